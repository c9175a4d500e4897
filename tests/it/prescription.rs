//! The prescription (issue #23): how often the therapist suggests a routine, set in the editor,
//! saved as the file's `schedule`, and shown to the client on the overview (with what was done
//! this week) and on the handout.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Tests may fail loudly.

use egui::Key;
use egui_kittest::kittest::Queryable as _;
use stretch_timer::app::Launch;
use stretch_timer::handout::{self, Handout};
use stretch_timer::history::History;
use stretch_timer::progress::Source;

use crate::common::*;

/// A routine file from `tests/data/valid` in a new user's folder.
fn home_with(file: &str) -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let routines = home.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    std::fs::copy(format!("tests/data/valid/{file}"), routines.join(file)).unwrap();
    home
}

/// Replaces the text of the field named `label` with `text`, as a person does.
fn type_into(rig: &mut Rig, label: &str, text: &str) {
    control(rig, label).focus();
    rig.harness.run();
    rig.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    rig.harness.run();
    control(rig, label).type_text(text);
    rig.harness.run();
}

#[test]
fn the_prescription_is_set_in_the_editor_saved_and_shown_on_the_overview() {
    let mut rig = rig(Launch::Library);
    rig.click("New routine");
    rig.click("Blank routine");
    type_into(&mut rig, "Routine name", "Evening hips");
    type_into(&mut rig, "Step 1 name", "Knee hug");
    assert!(rig.shows("No suggestion: the client does it when it suits them."));
    rig.click("Suggest how often to do it");
    // Every day once a day to start with; then 5 days a week, twice a day.
    assert!(rig.shows("That is 7 times a week."));
    type_into(&mut rig, "Days a week", "5");
    type_into(&mut rig, "Times a day", "2");
    assert!(
        rig.shows("That is 10 times a week."),
        "the week's count follows"
    );
    rig.click("Save");
    let path = rig.home.path().join("routines/evening-hips.ron");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(
        text.contains("schedule: Schedule(days_per_week: 5, times_per_day: 2),"),
        "{text}"
    );

    rig.click("All routines");
    rig.click("Evening hips");
    assert!(rig.shows(
        "Your therapist suggests: 5 days a week, twice a day (10 sessions a week). \
         None done yet this week."
    ));

    // Unticked, the prescription goes from the file.
    rig.click("Edit");
    rig.click("Suggest how often to do it");
    assert!(rig.shows("No suggestion: the client does it when it suits them."));
    rig.click("Save");
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(!text.contains("schedule"), "{text}");
}

#[test]
fn the_overview_counts_the_sessions_done_this_week_against_the_prescription() {
    let home = home_with("every-field.ron");
    let file = std::path::absolute(home.path().join("routines/every-field.ron")).unwrap();
    let text = std::fs::read(&file).unwrap();
    let routine = stretch_timer::routine::load(&file).unwrap();
    let mut history = History::open(&home.path().join("history.sqlite3")).unwrap();
    // The rig's today is Wednesday 12 March 2025: Monday and Tuesday count, last Friday not.
    for days_ago in [1, 2, 5] {
        let at = start_time();
        let at =
            at.with_timestamp(at.timestamp() - jiff::SignedDuration::from_hours(24 * days_ago));
        record_done(
            &mut history,
            Done {
                routine: &routine,
                source: Source::File(file.clone()),
                text: &text,
                at,
                seconds: 690,
                pain_before: None,
                pain_after: None,
                note: "",
            },
        );
    }
    drop(history);
    let rig = rig_in(home, Launch::Open("every-field".to_owned()), quiet());
    assert!(
        rig.shows(
            "Your therapist suggests: 5 days a week, twice a day (10 sessions a week). \
             2 done this week."
        ),
        "the overview says the prescription and this week's sessions"
    );
}

#[test]
fn the_handout_says_how_often() {
    let routine =
        stretch_timer::routine::load(std::path::Path::new("tests/data/valid/every-field.ron"))
            .unwrap();
    let Handout { html, .. } = handout::render(&routine);
    assert!(
        html.contains(
            "<p class=\"prescription\">How often: <strong>5 days a week, twice a day \
             (10 sessions a week)</strong></p>"
        ),
        "{html}"
    );
    let minimal =
        stretch_timer::routine::load(std::path::Path::new("tests/data/valid/minimal.ron")).unwrap();
    let Handout { html, .. } = handout::render(&minimal);
    assert!(!html.contains("How often"), "no prescription, nothing said");
}

#[test]
fn the_history_chart_joins_each_sessions_pain_before_and_after() {
    let home = home_with("every-field.ron");
    let file = std::path::absolute(home.path().join("routines/every-field.ron")).unwrap();
    let text = std::fs::read(&file).unwrap();
    let routine = stretch_timer::routine::load(&file).unwrap();
    let mut history = History::open(&home.path().join("history.sqlite3")).unwrap();
    for (days_ago, before, after) in [
        (3, Some(6), Some(3)),
        (2, Some(4), None),
        (1, Some(2), Some(5)),
    ] {
        let at = start_time();
        let at =
            at.with_timestamp(at.timestamp() - jiff::SignedDuration::from_hours(24 * days_ago));
        record_done(
            &mut history,
            Done {
                routine: &routine,
                source: Source::File(file.clone()),
                text: &text,
                at,
                seconds: 690,
                pain_before: before,
                pain_after: after,
                note: "",
            },
        );
    }
    drop(history);
    let mut rig = rig_in(home, Launch::Library, quiet());
    rig.click("History");
    rig.click("Charts");
    assert!(
        rig.shows("One session, before to after"),
        "the chart's key names the line joining a pair"
    );
    let view = rig.harness.state().sessions().view(
        None,
        stretch_timer::app::sessions::Period::default(),
        &stretch_timer::app::sessions::Schedules::new(),
    );
    let pairs: Vec<(f64, f64, bool)> = view
        .pain_pairs
        .iter()
        .map(|[before, after]| (before.y, after.y, before.x == after.x))
        .collect();
    assert_eq!(
        pairs,
        [(6.0, 3.0, true), (2.0, 5.0, true)],
        "a pair for each session with both scores, upright at its time"
    );
}

#[test]
fn a_word_typed_into_repetitions_is_said_under_it_not_ignored() {
    let mut rig = rig(Launch::Library);
    rig.click("New routine");
    rig.click("Blank routine");
    type_into(&mut rig, "Step 1 repetitions", "three");
    assert!(
        rig.shows_somewhere(
            "“three” is not a number, so it stays at 1: type it in figures, such as 3."
        ),
        "the word is said under the field"
    );
    // Leaving the field keeps the message: the number shown is not what was typed.
    control(&rig, "Step 1 name").focus();
    rig.harness.run();
    assert!(rig.shows_containing("“three” is not a number"));
    type_into(&mut rig, "Step 1 repetitions", "3");
    assert!(
        !rig.shows_containing("is not a number"),
        "a number clears it"
    );
    assert_eq!(
        control(&rig, "Step 1 repetitions").value().as_deref(),
        Some("3")
    );
}

#[test]
fn the_editors_messages_name_fields_by_their_labels_and_wrap_whole() {
    let mut rig = rig_sized(
        tempfile::tempdir().unwrap(),
        Launch::Library,
        stretch_timer::app::settings::Settings {
            text_scale: 2.0,
            ..quiet()
        },
        [1024.0, 640.0],
    );
    rig.click("New routine");
    rig.click("Blank routine");
    type_into(&mut rig, "Step 1 breathing pace", "1s");
    control(&rig, "Step 1 name").focus();
    rig.harness.run();
    // The form's words, not the file's: "breathe" is the field "Breathing pace".
    let message = "Breathing pace is \"1s\"; it must be from 2s to 30s";
    let shown = rig
        .harness
        .query_all_by_label(message)
        .next()
        .unwrap_or_else(|| panic!("{message:?} is shown under the field, whole"));
    assert!(!shown.value().unwrap_or_default().contains('…'));
    assert!(
        rig.shows_somewhere("Step 1: Breathing pace is \"1s\"; it must be from 2s to 30s"),
        "and in the list of problems"
    );
    // A long one wraps within the field's width instead of being cut.
    type_into(&mut rig, "Step 1 hold", "1.5m");
    let long = "Hold: \"1.5m\" has a fraction; durations are whole seconds, e.g. \"1m30s\" instead of \"1.5m\"";
    let node = rig
        .harness
        .query_all_by_label(long)
        .next()
        .unwrap_or_else(|| panic!("{long:?} is shown whole"));
    let field = control(&rig, "Step 1 hold").rect();
    let window = rig.harness.ctx.content_rect();
    assert!(node.rect().max.x <= window.max.x, "within the window");
    assert!(
        node.rect().height() > field.height() * 1.2,
        "on more than one line: {:?}",
        node.rect()
    );
}

#[test]
fn a_typo_in_a_typed_path_keeps_the_field_open_with_its_text_and_says_why() {
    let mut rig = rig_in(home_with("every-field.ron"), Launch::Library, quiet());
    rig.click(&stretch_timer::share::import_button());
    let right = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/valid/minimal.ron");
    let typo = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/valid/minmal.ron");
    type_into(&mut rig, "Path of the file to open", typo);
    rig.click("Open this file");
    assert!(
        rig.shows_containing(&format!("There is no file at {typo}. Check the spelling")),
        "said under the field"
    );
    assert_eq!(
        field_text(&rig, "Path of the file to open"),
        typo,
        "the field is still there with what was typed"
    );
    // Corrected in place, it opens.
    type_into(&mut rig, "Path of the file to open", right);
    rig.click("Open this file");
    assert!(rig.shows("Minimal"));
    assert!(rig.shows("Start"));
    assert!(!rig.shows_containing("There is no file at"));

    // Where a copy goes: a folder that is not there is said the same way.
    rig.click("All routines");
    rig.click("Every field");
    rig.click("Export to share");
    rig.click("Save as…");
    let elsewhere = tempfile::tempdir().unwrap();
    let wrong = elsewhere.path().join("Dokuments/for-ann.zip");
    type_into(&mut rig, "Where to save the copy", wrong.to_str().unwrap());
    rig.click("Save the copy");
    let folder = elsewhere.path().join("Dokuments");
    assert!(rig.shows_containing(&format!("There is no folder {}.", folder.display())));
    assert_eq!(
        field_text(&rig, "Where to save the copy"),
        wrong.to_str().unwrap()
    );
}

/// `stretch-timer plan NAME --json` with the user's folder `home`, in the C locale: exit code,
/// stdout, stderr.
fn plan(home: &std::path::Path, name: &str) -> (Option<i32>, String, String) {
    let out = program()
        .args(["plan", name, "--json", "--home"])
        .arg(home)
        .output()
        .unwrap();
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn the_command_line_finds_a_routine_by_the_name_the_library_shows() {
    let home = tempfile::tempdir().unwrap();
    let routines = home.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    std::fs::copy(
        "tests/data/names/evening-back.ron",
        routines.join("evening-back.ron"),
    )
    .unwrap();
    // A bundled routine by its name in English, and in German, whatever the program speaks.
    for name in [
        "Standing psoas stretch",
        "Psoas-Dehnung im Stehen",
        "standing PSOAS stretch",
    ] {
        let (code, stdout, stderr) = plan(home.path(), name);
        assert_eq!(code, Some(0), "{name}: {stderr}");
        assert!(stdout.contains("Standing pelvic tilts"), "{name}: {stdout}");
    }
    // A person's routine by the name inside it.
    let (code, stdout, stderr) = plan(home.path(), "Evening back");
    assert_eq!(code, Some(0), "{stderr}");
    assert!(stdout.contains("Knee hug"), "{stdout}");

    // Two routines shown as "Evening back": which one is not guessed.
    std::fs::copy(
        "tests/data/names/back-for-ann.ron",
        routines.join("back-for-ann.ron"),
    )
    .unwrap();
    let (code, _, stderr) = plan(home.path(), "evening back");
    assert_eq!(code, Some(2), "{stderr}");
    assert!(
        stderr.contains(
            "several routines are called \"evening back\": name the one you mean as \
             back-for-ann, evening-back"
        ) || stderr.contains(
            "several routines are called \"evening back\": name the one you mean as \
             evening-back, back-for-ann"
        ),
        "{stderr}"
    );
    // The file's own name still says which.
    let (code, stdout, _) = plan(home.path(), "back-for-ann");
    assert_eq!(code, Some(0));
    assert!(stdout.contains("Bridge"));
}

#[test]
fn a_routine_the_therapist_sent_is_marked_theirs_and_changed_only_as_a_copy() {
    // The therapist's package, made as the therapist makes one.
    let therapist = tempfile::tempdir().unwrap();
    let package = therapist.path().join("for-ann.zip");
    let out = program()
        .args([
            "export",
            "tests/data/valid/with-assets/routine.ron",
            "--out",
        ])
        .arg(&package)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    // Opened by the client.
    let mut rig = rig(Launch::Open(package.to_str().unwrap().to_owned()));
    assert!(rig.shows_containing("Imported"));
    assert!(
        rig.shows("Edit a copy"),
        "the therapist's routine itself is not edited"
    );
    assert!(!rig.shows("Export to share"), "nor shared on");
    rig.click("All routines");
    assert!(rig.shows_containing("from your therapist"));
    assert!(!rig.shows_containing("yours"));

    // Its copy is the client's, beside it (its pictures and sounds are there), and the
    // therapist's file is as it came.
    let folder = std::fs::read_dir(rig.home.path().join("routines"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_dir() && !p.file_name().unwrap().to_string_lossy().starts_with('.'))
        .unwrap();
    let files = |folder: &std::path::Path| -> Vec<std::path::PathBuf> {
        let mut rons: Vec<_> = std::fs::read_dir(folder)
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.extension().is_some_and(|e| e == "ron"))
            .collect();
        rons.sort();
        rons
    };
    let [original] = &files(&folder)[..] else {
        panic!("one routine file in {folder:?}");
    };
    let sent = std::fs::read(original).unwrap();
    rig.click("With pictures");
    rig.click("Edit a copy");
    type_into(&mut rig, "Routine name", "My evening");
    rig.click("Save");
    assert!(rig.shows("Saved"), "the copy is whole where it is saved");
    let after = files(&folder);
    assert_eq!(after.len(), 2, "the copy beside it: {after:?}");
    assert_eq!(std::fs::read(original).unwrap(), sent);
    rig.click("All routines");
    assert!(
        rig.shows_containing("yours"),
        "the copy is the client's own"
    );
}
