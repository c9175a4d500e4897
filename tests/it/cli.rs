//! The `stretch-timer` command as a process: exit codes, messages with file, line and column, and
//! the `plan --json` contract.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use crate::common::CLocale as _;
use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

fn stretch_timer() -> Command {
    let mut cmd = Command::cargo_bin("stretch-timer").unwrap();
    cmd.c_locale();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    // The program speaks the machine's language; these tests read its English, whatever the
    // machine running them speaks (as `common::program` does).
    cmd.env("LANG", "C.UTF-8")
        .env_remove("LANGUAGE")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES");
    // Never the tester's own routines: a user's folder that does not exist.
    cmd.env(
        "STRETCH_TIMER_HOME",
        concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/no-such-home"),
    );
    cmd
}

struct Output {
    code: i32,
    stdout: String,
    stderr: String,
}

fn run(args: &[&str]) -> Output {
    let out = stretch_timer().args(args).output().unwrap();
    Output {
        code: out.status.code().expect("exited, not killed by a signal"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// Each broken file in tests/data/broken with the exact lines `check` prints for it.
const BROKEN: &[(&str, &[&str])] = &[
    (
        "assets-outside-and-missing.ron",
        &[
            r#"1:72: image file "../../x.png" is outside the routine's folder; put the file next to the routine and write just its name"#,
            r#"1:99: voice file "missing.ogg" is not next to the routine (looked for tests/data/broken/missing.ogg)"#,
        ],
    ),
    (
        "backslash-path.ron",
        &[
            r#"5:47: image: write the file's path with forward slashes, as in "images/bench.png"; a backslash \ has another meaning in text"#,
        ],
    ),
    (
        "brace-for-paren.ron",
        &[r#"5:36: write ) here, not }: a step, and the routine, end with )"#],
    ),
    (
        "breathe-yes.ron",
        &[r#"5:50: breathe must be a duration such as 30, "30s" or "1m30s", but this is yes"#],
    ),
    (
        "clock-time.ron",
        &[
            r#"5:31: hold: minutes and seconds are written with their units, in double quotes: "1m30s", not 1:30"#,
        ],
    ),
    (
        "closing-curly-quote.ron",
        &[
            r#"5:31: hold: this text is closed with a curly quote, as a word processor writes it; write a straight double quote instead: "30s""#,
        ],
    ),
    (
        "control-character.ron",
        &[r#"4:11: name holds an invisible control character (U+0000) after "Evening"; remove it"#],
    ),
    (
        "curly-quotes.ron",
        &[
            r#"6:43: hold: these are curly quotes (“ ”), as a word processor writes them; write straight double quotes instead: "30s""#,
        ],
    ),
    (
        "dash-comment.ron",
        &[r#"5:48: comments in a routine file start with //, not --: write // in place of --"#],
    ),
    (
        "dash-for-minus.ron",
        &[
            r#"5:46: there is a dash – here, as a word processor writes it; write the value with digits only"#,
        ],
    ),
    (
        "decimal-comma.ron",
        &[r#"6:61: countdown must be a whole number, but this is 2,5"#],
    ),
    (
        "decimal-reps.ron",
        &[r#"6:56: reps must be a whole number, but this is 3.0"#],
    ),
    (
        "deep-nesting.ron",
        &[
            r#"1:70: unknown field "extra" in Routine; allowed here: format, name, summary, author, safety, sounds, schedule, read_instructions, language, steps"#,
        ],
    ),
    (
        "drawing-unknown.ron",
        &[
            r#"5:56: unknown drawing "cobra"; allowed here: lying-knees-bent, knees-to-chest, bench-psoas, floor-psoas, standing, standing-lunge, getting-up, none"#,
            r#"6:50: drawing is empty; write one of lying-knees-bent, knees-to-chest, bench-psoas, floor-psoas, standing, standing-lunge, getting-up, none, or leave drawing out to let the step's name pick one"#,
        ],
    ),
    (
        "drawing-unquoted.ron",
        &[r#"5:56: drawing is written in double quotes: "knees-to-chest""#],
    ),
    (
        "drawing-words.ron",
        &[
            r#"5:56: unknown drawing "Knees to chest"; did you mean "knees-to-chest"? allowed here: lying-knees-bent, knees-to-chest, bench-psoas, floor-psoas, standing, standing-lunge, getting-up, none"#,
        ],
    ),
    (
        "duplicate-field.ron",
        &[r#"1:31: "name" is written twice; keep one"#],
    ),
    (
        "duration-spelled.ron",
        &[
            r#"5:27: hold: "90 secs" is not a duration; write "90s""#,
            r#"6:27: hold: "2min" is not a duration; write "2m""#,
            r#"7:27: hold: "1m30" is not a duration; write "1m30s""#,
            r#"8:27: hold: "1:30" is not a duration; write "1m30s""#,
            r#"8:41: rest: "1 min 30" is not a duration; write "1m30s""#,
        ],
    ),
    (
        "duration-without-quotes.ron",
        &[r#"6:43: hold: a duration with a unit is written in double quotes: "30s""#],
    ),
    (
        "empty-image.ron",
        &[r#"6:57: image is empty; write the file's name between the quotes, or leave image out"#],
    ),
    (
        "empty.ron",
        &["1:1: the file is empty; a routine file starts with Routine( and lists its steps"],
    ),
    (
        "ends-early.ron",
        &[
            r#"6:1: the file ends too early: a closing bracket ) or ], or a closing quote ", is missing"#,
        ],
    ),
    (
        "equals-sign.ron",
        &[r#"5:30: write a colon : between hold and its value, not =: hold: …"#],
    ),
    (
        "format-zero.ron",
        &[
            "2:13: format 0 does not exist; write format: 1",
            r#"4:35: hold is "2h"; it must be from 1s to 1h"#,
        ],
    ),
    (
        "full-stop.ron",
        &[r#"3:15: write a comma here, not a full stop: fields and steps are separated by commas"#],
    ),
    (
        "hash-comment.ron",
        &[r#"1:1: comments in a routine file start with //, not #: write // in place of #"#],
    ),
    (
        "hold-range.ron",
        &[
            r#"5:31: hold is one duration, not a range such as 30-45: write the one to do, such as 30"#,
        ],
    ),
    (
        "hold-with-space.ron",
        &[
            r#"5:27: hold: a duration with a unit is written in double quotes, without a space: "30s", not 30 sec"#,
        ],
    ),
    (
        "language-in-words.ron",
        &[r#"4:15: "German" is not written as a language's code; did you mean "de"?"#],
    ),
    (
        "language-underscore.ron",
        &[r#"4:15: "de_AT" is not written as a language's code; did you mean "de-AT"?"#],
    ),
    (
        "language-without-voice.ron",
        &[
            r#"4:15: stretch-timer has no voice for "pt-BR"; the voice speaks en (English), de (German), es (Spanish), fr (French): write one of them, or leave language out and the voice speaks the client's language"#,
        ],
    ),
    (
        "long-name.ron",
        &["3:11: name is 81 characters long; it may be at most 80"],
    ),
    (
        "many-errors.ron",
        &[
            r#"5:31: hold: "30 secs" is not a duration; write "30s""#,
            "5:48: reps is 0; it must be from 1 to 50",
            "5:60: prepare is -3; it must be from 0s to 1h",
            r#"5:70: rest: "1.5" has a fraction; durations are whole seconds, e.g. "1m30s" instead of "1.5m""#,
            "6:20: name is empty; give it a short name a client will recognise",
            r#"6:30: hold is "0s"; it must be from 1s to 1h"#,
            "6:47: countdown is 11; it must be from 0 to 10",
            r#"6:65: breathe is "1s"; it must be from 2s to 30s"#,
            r#"7:9: step 3 has no "hold"; add one, e.g. hold: "30s","#,
        ],
    ),
    (
        "missing-comma.ron",
        &["4:5: a comma is missing before this: put a comma after each field and after each step"],
    ),
    (
        "misspelt-some.ron",
        &[r#"6:59: breathe: write Some("5s") with a capital S, or just "5s""#],
    ),
    (
        "newer-format.ron",
        &[
            "2:13: this routine was made for a newer stretch-timer (format 2); this version reads format 1: please update stretch-timer",
        ],
    ),
    (
        "no-break-space.ron",
        &[
            r#"5:36: there is a no-break space here, pasted from a word processor, which looks like a space but is not one; delete it and type an ordinary space"#,
        ],
    ),
    (
        "no-format-no-steps.ron",
        &[
            r#"1:1: the routine has no "format"; add one, e.g. format: 1,"#,
            "1:27: the routine has 0 steps; it must have from 1 to 200",
        ],
    ),
    (
        "no-routine-around.ron",
        &[
            r#"1:1: a routine file starts with Routine( and ends with ): write Routine( before format: and a closing ) at the very end"#,
        ],
    ),
    (
        "not-a-bool.ron",
        &["1:74: halfway is true or false: write true, not yes"],
    ),
    (
        "not-utf8.ron",
        &["1:28: the file is not UTF-8 text (byte 0xff here); save it as UTF-8 in your editor"],
    ),
    (
        "number-word.ron",
        &[r#"6:56: reps is written in digits: 3, not three"#],
    ),
    (
        "one-paren-too-many.ron",
        &[r#"5:37: there is one ) too many here; delete it"#],
    ),
    (
        "one-slash-comment.ron",
        &[r#"5:48: a comment starts with two slashes: write // in place of /"#],
    ),
    (
        "only-comments.ron",
        &[
            r#"1:1: the file holds only comments; a routine file starts with Routine( and lists its steps"#,
        ],
    ),
    (
        "prepare-none.ron",
        &[r#"5:47: prepare: write 0 for no time at all, or leave prepare out for the usual time"#],
    ),
    (
        "quote-inside-text.ron",
        &[
            r#"7:26: instructions: this text has a double quote " inside it, which ends the text early; inside text, use single quotes ' instead, or write \" for a double quote"#,
        ],
    ),
    (
        "quoted-bool.ron",
        &[r#"6:59: halfway is written without quotes: true"#],
    ),
    (
        "quoted-field-name.ron",
        &[r#"5:10: a field's name is written without quotes: name, not "name""#],
    ),
    (
        "quoted-number.ron",
        &[r#"6:56: reps is a number, written without quotes: 3"#],
    ),
    (
        "quoted-sides.ron",
        &[r#"6:57: sides is written without quotes: Both, not "Both""#],
    ),
    (
        "read-instructions-capital.ron",
        &["4:24: read_instructions is written in small letters: true, not True"],
    ),
    (
        "read-instructions-in-step.ron",
        &[
            r#"9:13: "read_instructions" is written in Routine( ... ), not in a Step( ... ): write it once, before steps: ["#,
        ],
    ),
    (
        "read-instructions-number.ron",
        &["4:24: read_instructions is true or false: write true, not 1"],
    ),
    (
        "read-instructions-quoted.ron",
        &[r#"4:24: read_instructions is true or false, without quotes: write true, not "yes""#],
    ),
    (
        "read-instructions-yes.ron",
        &["4:24: read_instructions is true or false: write true, not yes"],
    ),
    (
        "reps-range.ron",
        &[
            r#"5:44: reps is one whole number, not a range such as 2–3: write the one to do, such as 2"#,
        ],
    ),
    (
        "reps-sets.ron",
        &[
            r#"5:37: reps is one whole number, not 3x10: write the repetitions on each side, such as reps: 3, and make each its own hold"#,
        ],
    ),
    (
        "reps-with-words.ron",
        &[r#"5:44: reps is written as a number alone: 3, not 3 times"#],
    ),
    (
        "schedule-out-of-range.ron",
        &[
            "5:39: days_per_week is 8; it must be from 1 to 7",
            "5:57: times_per_day is 0; it must be from 1 to 6",
        ],
    ),
    (
        "schedule-typo.ron",
        &[r#"4:24: unknown field "days_a_week" in Schedule; did you mean "days_per_week"?"#],
    ),
    (
        "semicolon.ron",
        &[r#"2:12: write a comma here, not a semicolon: fields and steps are separated by commas"#],
    ),
    (
        "sides-in-words.ron",
        &[
            r#"5:32: sides is one word, one of Neither, Left, Right or Both (Both works the left side, then the right): write sides: Both"#,
        ],
    ),
    (
        "sides-two-words.ron",
        &[
            r#"5:38: sides is one word, one of Neither, Left, Right or Both (Both works the left side, then the right): write sides: Both"#,
        ],
    ),
    (
        "single-quotes-with-apostrophe.ron",
        &[r#"5:16: name: text is written in double quotes, not single ones: "Anna's stretch""#],
    ),
    (
        "single-quotes.ron",
        &[r#"5:27: hold: text is written in double quotes, not single ones: "30s""#],
    ),
    (
        "sound-missing.ron",
        &[
            r#"4:32: sound file "gong.wav" is not next to the routine (looked for tests/data/broken/gong.wav)"#,
        ],
    ),
    (
        "sound-not-text.ron",
        &["4:55: countdown must be a file name in double quotes, but this is 3"],
    ),
    (
        "sounds-typo.ron",
        &[r#"6:9: unknown field "hold_strat" in Sounds; did you mean "hold_start"?"#],
    ),
    (
        "step-lower-case.ron",
        &[r#"5:5: write Step( with a capital letter, not step("#],
    ),
    (
        "step-not-closed.ron",
        &[
            r#"5:45: this step is not closed: a closing ) is missing here, before the comma and the next Step("#,
        ],
    ),
    (
        "step-outside-steps.ron",
        &[
            r#"4:3: the steps are written in a list: steps: [ Step( ... ), Step( ... ) ], after the routine's other fields"#,
        ],
    ),
    (
        "step-without-step.ron",
        &[
            r#"6:9: each step is written Step( ... ) around its fields, as in Step(name: "Psoas stretch", hold: "30s")"#,
        ],
    ),
    (
        "steps-nested-lists.ron",
        &[
            "1:42: expected an opening ( here: a routine file is Routine( ... ) and each step is Step( ... )",
        ],
    ),
    (
        "steps-not-closed.ron",
        &[r#"6:1: the list of steps is not closed: a closing ] is missing before this )"#],
    ),
    (
        "steps-not-list.ron",
        &[
            r#"1:38: steps must be a list of steps in square brackets: [ Step(...), Step(...) ], but this is Step(name: "A""#,
        ],
    ),
    (
        "too-long-in-total.ron",
        &["1:1: the routine would last 198 hours in total; a routine may last at most 24 hours"],
    ),
    (
        "too-many-steps.ron",
        &["4:12: the routine has 201 steps; it must have from 1 to 200"],
    ),
    (
        "trailing-text.ron",
        &[
            "1:67: there is more after the end of the routine: the routine's closing ) must be the last thing in the file",
        ],
    ),
    (
        "two-commas.ron",
        &[r#"5:37: there are two commas here; delete one"#],
    ),
    (
        "unclosed-comment.ron",
        &["1:3: a /* comment is not closed with */"],
    ),
    (
        "unclosed-quote.ron",
        &[r#"3:11: this text is not closed: a closing double quote " is missing"#],
    ),
    (
        "unclosed-text.ron",
        &[r#"6:13: this text is not closed: a closing double quote " is missing"#],
    ),
    (
        "unit-outside-quotes.ron",
        &[r#"5:31: hold: the unit goes inside the quotes: "30s", not "30" sec"#],
    ),
    (
        "unknown-field.ron",
        &[r#"7:13: unknown field "hodl" in Step; did you mean "hold"?"#],
    ),
    (
        "unknown-sides.ron",
        &[r#"1:72: unknown sides "Bth"; did you mean "Both"?"#],
    ),
    (
        "wrong-struct-name.ron",
        &["1:1: expected Routine( here, but found Routin("],
    ),
    (
        "wrong-type.ron",
        &[r#"5:41: reps is a number, written without quotes: 3"#],
    ),
];

#[test]
fn every_broken_file_gets_its_exact_messages_with_line_and_column() {
    for (file, expected) in BROKEN {
        let path = format!("tests/data/broken/{file}");
        let out = run(&["check", &path]);
        let want: Vec<String> = expected
            .iter()
            .map(|line| format!("{path}:{line}"))
            .collect();
        let got: Vec<&str> = out.stdout.lines().collect();
        assert_eq!(got, want, "check {path}");
        assert_eq!(out.code, 1, "exit code for {path}");
    }
}

#[test]
fn check_in_german_says_each_problem_in_german_at_the_same_line_and_column() {
    let path = "tests/data/broken/wrong-type.ron";
    let out = run(&["check", "--lang", "de", path]);
    assert_eq!(
        out.stdout.lines().collect::<Vec<_>>(),
        [format!(
            "{path}:5:41: reps ist eine Zahl und steht ohne Anführungszeichen: 3"
        )]
    );
    assert_eq!(out.code, 1, "the exit code says the same in every language");
    let english = run(&["check", "--lang", "en", path]);
    assert_eq!(
        english.stdout.trim_end(),
        format!("{path}:5:41: reps is a number, written without quotes: 3")
    );
    let ok = run(&["check", "--lang", "de", "tests/data/valid/every-field.ron"]);
    assert_eq!(
        ok.stdout.trim_end(),
        "tests/data/valid/every-field.ron: in Ordnung (3 Übungen, 11:30)"
    );
}

#[test]
fn every_broken_file_is_in_the_table() {
    let mut on_disk: Vec<String> = std::fs::read_dir("tests/data/broken")
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    on_disk.sort();
    let in_table: Vec<String> = BROKEN.iter().map(|(f, _)| (*f).to_owned()).collect();
    assert_eq!(on_disk, in_table);
}

#[test]
fn valid_files_and_bundled_routines_pass_with_exit_0() {
    let out = run(&[
        "check",
        "tests/data/valid",
        "tests/data/valid/with-assets/routine.ron",
        "routines",
    ]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let lines: Vec<&str> = out.stdout.lines().collect();
    // 4 in tests/data/valid, and the 4 bundled routines in English, German, Spanish and French.
    assert_eq!(lines.len(), 20, "{}", out.stdout);
    assert!(lines.contains(&"tests/data/valid/every-field.ron: ok (3 steps, 11:30)"));
    assert!(lines.contains(&"tests/data/valid/with-assets/routine.ron: ok (2 steps, 1:10)"));
    assert!(lines.contains(&"routines/de/standing-psoas.ron: ok (2 steps, 4:55)"));
    assert!(lines.iter().all(|l| l.contains(": ok (")));
    assert!(
        out.stderr
            .contains("checked 20 files: 20 valid, 0 with errors")
    );
}

#[test]
fn one_broken_file_among_valid_ones_makes_exit_1_and_all_are_reported() {
    let out = run(&[
        "check",
        "tests/data/valid/minimal.ron",
        "tests/data/broken/unknown-field.ron",
        "tests/data/valid/every-field.ron",
    ]);
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout.lines().count(), 3, "{}", out.stdout);
    assert!(
        out.stderr
            .contains("checked 3 files: 2 valid, 1 with errors")
    );
}

#[test]
fn a_file_that_cannot_be_read_is_exit_2() {
    let out = run(&[
        "check",
        "tests/data/valid/minimal.ron",
        "tests/data/no-such-file.ron",
    ]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr
            .contains("tests/data/no-such-file.ron: cannot read the file:"),
        "{}",
        out.stderr
    );
    assert!(
        out.stdout.contains("minimal.ron: ok"),
        "the readable file is still checked"
    );
}

#[test]
fn usage_errors_are_exit_2() {
    assert_eq!(run(&["check"]).code, 2);
    assert_eq!(run(&["no-such-command"]).code, 2);
    assert_eq!(run(&["plan"]).code, 2);
    let help = run(&["--help"]);
    assert_eq!(help.code, 0);
    assert!(help.stdout.contains("check"));
    // The app's own arguments do not go with a command.
    let mixed = run(&["routines/floor-psoas.ron", "list"]);
    assert_eq!(mixed.code, 2);
    assert!(
        mixed.stderr.contains("give them without a command"),
        "{}",
        mixed.stderr
    );
    assert_eq!(run(&["--style", "voice", "list"]).code, 2);
}

/// `--help` and a mistyped command speak the person's language, clap's own words included
/// (issue #22), with the same exit codes.
#[test]
fn help_and_usage_errors_speak_the_language() {
    let help = run(&["--lang", "fr", "run", "--help"]);
    assert_eq!(help.code, 0, "{}", help.stderr);
    for said in [
        "Jouer un programme maintenant",
        "Utilisation\u{a0}: stretch-timer run [OPTIONS] <PROGRAMME>",
        "Options\u{a0}:",
        "--volume <VOLUME>",
        "[par défaut : 80]",
        "Afficher cette aide",
    ] {
        assert!(help.stdout.contains(said), "{said:?} in:\n{}", help.stdout);
    }
    let wrong = run(&["--lang", "es", "history", "--csv", "--json"]);
    assert_eq!(wrong.code, 2);
    assert_eq!(
        wrong.stderr,
        "error: '--csv' no se puede dar junto con '--json'\n\n\
         Uso: stretch-timer history [OPCIONES]\n\n\
         Para saber más, pruebe '--help'.\n"
    );
    let volume = run(&["--lang", "de", "run", "x", "--volume", "200"]);
    assert_eq!(volume.code, 2);
    assert!(
        volume
            .stderr
            .contains("eine ganze Zahl von 0 bis 100, nicht „200“"),
        "{}",
        volume.stderr
    );
    // English, as documented.
    let english = run(&["plan", "x", "--jsn"]);
    assert_eq!(english.code, 2);
    assert!(
        english.stderr.starts_with(
            "error: this command does not take '--jsn'\n\n  tip: did you mean '--json'?"
        ),
        "{}",
        english.stderr
    );
}

#[test]
fn home_goes_before_or_after_the_command() {
    let home = tempfile::tempdir().unwrap();
    let mine = home.path().join("routines/mine.ron");
    std::fs::create_dir_all(mine.parent().unwrap()).unwrap();
    std::fs::copy("tests/data/valid/minimal.ron", &mine).unwrap();
    let dir = home.path().to_str().unwrap();
    for args in [["--home", dir, "list"], ["list", "--home", dir]] {
        let out = run(&args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert!(out.stdout.contains("(yours)"), "{args:?}: {}", out.stdout);
    }
}

#[test]
fn a_folder_with_no_routines_is_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let out = run(&["check", dir.path().to_str().unwrap()]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("no .ron files in this folder"));
}

#[test]
fn a_file_over_one_mebibyte_is_refused_unread() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("huge.ron");
    std::fs::write(&path, vec![b' '; 1024 * 1024 + 1]).unwrap();
    let out = run(&["check", path.to_str().unwrap()]);
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stdout.trim_end(),
        format!(
            "{}:1:1: the file is 1048577 bytes; a routine file may be at most 1 MiB (1048576 bytes)",
            path.display()
        )
    );
}

#[test]
fn a_folder_given_as_a_routine_is_an_error_not_a_crash() {
    let out = run(&["plan", "tests/data/valid/with-assets"]);
    assert_eq!(out.code, 1);
    assert_eq!(
        out.stderr.trim_end(),
        "tests/data/valid/with-assets:1:1: this is a folder, not a routine file"
    );
}

#[test]
#[cfg(unix)]
fn an_image_linked_from_outside_the_folder_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let outside = tempfile::tempdir().unwrap();
    let secret = outside.path().join("secret.png");
    std::fs::write(&secret, b"not really").unwrap();
    std::os::unix::fs::symlink(&secret, dir.path().join("link.png")).unwrap();
    let routine = dir.path().join("r.ron");
    std::fs::write(
        &routine,
        r#"Routine(format: 1, name: "L", steps: [Step(name: "A", hold: 5, image: "link.png")])"#,
    )
    .unwrap();
    let out = run(&["check", routine.to_str().unwrap()]);
    assert_eq!(out.code, 1);
    assert!(
        out.stdout
            .contains(r#":1:71: image file "link.png" is outside the routine's folder"#),
        "{}",
        out.stdout
    );
}

#[test]
fn plan_json_follows_the_contract() {
    let out = run(&["plan", "tests/data/valid/every-field.ron", "--json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["name"], "Every field");
    assert_eq!(json["total_ms"], 690_000);

    let phases = json["phases"].as_array().unwrap();
    let first = &phases[0];
    assert_eq!(first["kind"], "prepare");
    assert_eq!(first["step"], 1);
    assert_eq!(first["step_name"], "Both sides");
    assert_eq!(first["side"], "left");
    assert_eq!(first["rep"], 1);
    assert_eq!(first["start_ms"], 0);
    assert_eq!(first["duration_ms"], 10_000);
    let kinds: Vec<&str> = phases.iter().map(|p| p["kind"].as_str().unwrap()).collect();
    assert!(kinds.contains(&"switch_sides") && kinds.contains(&"rest") && kinds.contains(&"hold"));
    // Phases tile the timeline.
    let mut t = 0;
    for p in phases {
        assert_eq!(p["start_ms"], t);
        t += p["duration_ms"].as_u64().unwrap();
    }
    assert_eq!(t, 690_000);
    // A step without sides has side null.
    let right_only = phases.iter().find(|p| p["step"] == 3).unwrap();
    assert_eq!(right_only["side"], "right");

    let cues = json["cues"].as_array().unwrap();
    assert_eq!(cues[0]["at_ms"], 0);
    assert_eq!(cues[0]["kind"], "step_start");
    assert!(cues[0].get("n").is_none(), "n only on countdown cues");
    let countdown: Vec<u64> = cues
        .iter()
        .filter(|c| c["kind"] == "countdown")
        .take(5)
        .map(|c| c["n"].as_u64().unwrap())
        .collect();
    assert_eq!(countdown, [5, 4, 3, 2, 1]);
    let last = cues.last().unwrap();
    assert_eq!(last["kind"], "routine_done");
    assert_eq!(last["at_ms"], 690_000);
    let known = [
        "step_start",
        "hold_start",
        "halfway",
        "countdown",
        "hold_end",
        "switch_sides",
        "breathe_in",
        "breathe_out",
        "routine_done",
    ];
    for c in cues {
        assert!(known.contains(&c["kind"].as_str().unwrap()), "{c}");
    }
    for kind in known {
        assert!(cues.iter().any(|c| c["kind"] == kind), "no {kind} cue");
    }
}

#[test]
fn plan_of_a_step_without_sides_has_side_null() {
    let out = run(&["plan", "tests/data/valid/minimal.ron", "--json"]);
    let json: Value = serde_json::from_str(&out.stdout).unwrap();
    assert!(json["phases"][0]["side"].is_null());
}

#[test]
fn plan_prints_a_readable_table_for_a_bundled_routine_by_name() {
    let out = run(&["plan", "standing-psoas"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mut lines = out.stdout.lines();
    assert_eq!(
        lines.next(),
        Some("Standing psoas stretch: 4:55 in total, 2 steps")
    );
    assert!(
        out.stdout.contains("   0:00    0:10  prepare"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("   4:55  end"), "{}", out.stdout);
}

#[test]
fn plan_with_cues_lists_each_cue() {
    let out = run(&["plan", "tests/data/valid/minimal.ron", "--cues"]);
    assert_eq!(out.code, 0);
    assert!(
        out.stdout.contains("     5.0s  hold start"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("    32.0s  countdown 3"),
        "{}",
        out.stdout
    );
    assert!(
        out.stdout.contains("    35.0s  routine done"),
        "{}",
        out.stdout
    );
}

#[test]
fn an_unknown_routine_name_lists_the_bundled_ones() {
    let out = run(&["plan", "psoas"]);
    assert_eq!(out.code, 2);
    assert!(
        out.stderr.contains("no routine named \"psoas\"") && out.stderr.contains("standing-psoas"),
        "{}",
        out.stderr
    );
}

#[test]
fn plan_of_a_broken_file_prints_its_errors_and_exits_1() {
    let out = run(&["plan", "tests/data/broken/unknown-field.ron"]);
    assert_eq!(out.code, 1);
    assert!(out.stdout.is_empty());
    assert!(
        out.stderr
            .contains(r#"unknown-field.ron:7:13: unknown field "hodl""#)
    );
}

#[test]
fn list_shows_every_bundled_routine_with_its_total_time() {
    let out = run(&["list"]);
    assert_eq!(out.code, 0);
    let lines: Vec<&str> = out.stdout.lines().collect();
    assert_eq!(lines.len(), 4, "{}", out.stdout);
    for id in [
        "supine-bench-psoas",
        "floor-psoas",
        "standing-psoas",
        "myofascial-psoas",
    ] {
        let line = lines.iter().find(|l| l.starts_with(id)).unwrap();
        assert!(line.ends_with("(bundled)"), "{line}");
    }
    assert!(
        out.stdout
            .contains("standing-psoas        4:55   2 steps  Standing psoas stretch")
    );
}

/// Every bundled routine in every language: `routines/ID.ron` in English, `routines/de/ID.ron`…
fn bundled_files() -> Vec<(&'static str, &'static str, std::path::PathBuf)> {
    stretch_timer::bundled::ALL
        .iter()
        .flat_map(|b| {
            b.texts
                .iter()
                .map(move |&(language, _)| (b.id, language, b.display_path(language)))
        })
        .collect()
}

#[test]
fn the_bundled_files_in_routines_are_the_ones_compiled_in() {
    let mut on_disk = Vec::new();
    for entry in std::fs::read_dir("routines").unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            on_disk.extend(std::fs::read_dir(&path).unwrap().map(|e| e.unwrap().path()));
        } else {
            on_disk.push(path);
        }
    }
    on_disk.sort();
    let mut bundled: Vec<_> = bundled_files().into_iter().map(|(_, _, p)| p).collect();
    bundled.sort();
    assert_eq!(on_disk, bundled);
    for (id, language, path) in bundled_files() {
        let text = stretch_timer::bundled::find(id).unwrap().text(language);
        assert_eq!(
            std::fs::read_to_string(&path).unwrap(),
            text,
            "{}",
            path.display()
        );
    }
}

/// What CI runs (`check routines/`) checks every bundled routine in every language.
#[test]
fn check_of_the_routines_folder_checks_every_translation() {
    let out = run(&["check", "routines/"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    let files = bundled_files();
    assert_eq!(out.stdout.lines().count(), files.len(), "{}", out.stdout);
    for (_, _, path) in files {
        let ok = format!("{}: ok (", path.display());
        assert!(out.stdout.contains(&ok), "{ok} in {}", out.stdout);
    }
    assert!(
        out.stderr
            .contains(&format!("checked {n} files: {n} valid", n = 16)),
        "{}",
        out.stderr
    );
}

/// A translation's timeline is the English one's to the millisecond: only the names differ.
#[test]
fn plan_json_of_every_translation_is_the_english_one_but_for_its_words() {
    let without_words = |json: &str| {
        let mut plan: serde_json::Value = serde_json::from_str(json).unwrap();
        plan["name"] = serde_json::Value::Null;
        for phase in plan["phases"].as_array_mut().unwrap() {
            phase["step_name"] = serde_json::Value::Null;
        }
        plan
    };
    for (id, language, path) in bundled_files() {
        if language == stretch_timer::bundled::ENGLISH {
            continue;
        }
        let english = run(&["plan", "--json", id]);
        let translated = run(&["plan", "--json", path.to_str().unwrap()]);
        assert_eq!(
            (english.code, translated.code),
            (0, 0),
            "{}",
            translated.stderr
        );
        assert_ne!(english.stdout, translated.stdout, "{id} in {language}");
        assert_eq!(
            without_words(&translated.stdout),
            without_words(&english.stdout),
            "{id} in {language}"
        );
    }
}

#[test]
fn never_exit_101_on_strange_arguments() {
    let weird = [
        vec!["check", "/"],
        vec!["check", "/dev/null"],
        vec!["plan", ""],
        vec!["plan", "/dev/null"],
        vec!["plan", "tests"],
        vec!["check", "tests/data/broken/not-utf8.ron", "--", "-x"],
    ];
    for args in weird {
        let out = run(&args);
        assert!(
            [0, 1, 2].contains(&out.code),
            "{args:?} exited {}",
            out.code
        );
        assert!(!out.stderr.contains("panicked"), "{args:?}: {}", out.stderr);
    }
    assert!(Path::new("/dev/null").exists());
}

#[test]
fn the_examples_in_the_routine_format_guide_say_what_the_guide_says() {
    // docs/routine-format.md shows these files and their output; tests/data/docs/README.md.
    let ok = run(&[
        "check",
        "tests/data/docs/evening-hips.ron",
        "tests/data/docs/evening-hips",
    ]);
    assert_eq!(ok.code, 0, "{}{}", ok.stdout, ok.stderr);
    let guide = std::fs::read_to_string("docs/routine-format.md").unwrap();
    let mistakes = Path::new("tests/data/docs/mistakes");
    let mut checked = 0;
    for entry in std::fs::read_dir(mistakes).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_none_or(|e| e != "ron") {
            continue;
        }
        let name = path.file_name().unwrap().to_str().unwrap();
        let out = stretch_timer()
            .current_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join(mistakes))
            .args(["check", name])
            .output()
            .unwrap();
        assert_eq!(out.status.code(), Some(1), "{name}");
        let expected = std::fs::read_to_string(path.with_extension("expected")).unwrap();
        let printed = String::from_utf8(out.stdout).unwrap();
        assert_eq!(printed, expected, "{name}");
        for line in expected.lines() {
            assert!(guide.contains(line), "the guide shows {line:?}");
        }
        checked += 1;
    }
    assert!(checked >= 3, "the guide's mistakes are all here");
}
