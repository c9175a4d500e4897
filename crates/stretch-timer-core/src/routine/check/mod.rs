//! From bytes to a checked [`Routine`], collecting every problem with its position, in three
//! stages: the text is parsed into raw structs ([`syntax`] turns a parse error into plain words),
//! the raw values are checked ([`values`]), and each problem is given its line and column
//! ([`locate`]).

mod locate;
mod mistakes;
mod slips;
mod syntax;
mod values;

use std::borrow::Cow;
use std::fs;
use std::io::Read as _;
use std::path::Path;

use super::diagnostic::{Diagnostic, LoadError, Position, Problem, Special};
use super::raw::{Located, ProbeRun, RawRoutine, VersionOnly};
use super::{AssetCheck, FORMAT_VERSION, Routine};
use crate::limits;

/// Reads and checks the routine file at `path`. Files it refers to (images, voice recordings) are
/// looked for next to it.
///
/// Never panics, whatever the file holds; every problem found is in the error, in file order.
pub fn load(path: &Path) -> Result<Routine, LoadError> {
    load_checking(path, None)
}

/// As [`load`], and each file the routine names must also pass `files` (which can decode it):
/// one that does not is a problem at its value, like a file that is missing.
pub fn load_with(path: &Path, files: &dyn AssetCheck) -> Result<Routine, LoadError> {
    load_checking(path, Some(files))
}

fn load_checking(path: &Path, files: Option<&dyn AssetCheck>) -> Result<Routine, LoadError> {
    let unreadable = |e: std::io::Error| LoadError::io(path, &e);
    let meta = fs::metadata(path).map_err(unreadable)?;
    if meta.is_dir() {
        return Err(LoadError::at_start(path, Problem::Folder));
    }
    if !meta.is_file() {
        let kind = special_kind(&meta.file_type());
        return Err(LoadError::at_start(path, Problem::NotAFile { kind }));
    }
    if meta.len() > limits::ROUTINE_FILE_BYTES {
        return Err(LoadError::at_start(
            path,
            Problem::TooLarge { bytes: meta.len() },
        ));
    }
    let mut bytes = Vec::new();
    fs::File::open(path)
        .and_then(|f| {
            f.take(limits::ROUTINE_FILE_BYTES + 1)
                .read_to_end(&mut bytes)
        })
        .map_err(unreadable)?;
    if bytes.len() as u64 > limits::ROUTINE_FILE_BYTES {
        // The file grew between the size check and the read.
        return Err(LoadError::at_start(
            path,
            Problem::TooLarge {
                bytes: bytes.len() as u64,
            },
        ));
    }
    let folder = path.parent().map(|p| {
        if p.as_os_str().is_empty() {
            Path::new(".")
        } else {
            p
        }
    });
    parse_bytes_checking(&bytes, folder, files).map_err(|diagnostics| LoadError::Invalid {
        path: path.to_owned(),
        diagnostics,
    })
}

/// What a file that is neither a plain file nor a folder is (a named pipe, a device).
#[cfg(unix)]
pub fn special_kind(kind: &fs::FileType) -> Special {
    use std::os::unix::fs::FileTypeExt as _;
    if kind.is_fifo() {
        Special::Pipe
    } else if kind.is_socket() {
        Special::Socket
    } else if kind.is_block_device() || kind.is_char_device() {
        Special::Device
    } else {
        Special::Other
    }
}

/// What a file that is neither a plain file nor a folder is, in words.
#[cfg(not(unix))]
pub fn special_kind(_kind: &fs::FileType) -> Special {
    Special::Other
}

/// Checks routine bytes, as read from a file in `folder`: a UTF-8 byte-order mark is skipped, other
/// bytes that are not UTF-8 are an error at their position.
///
/// Never panics, whatever the bytes; every problem found is in the error, in file order.
pub fn parse_bytes(bytes: &[u8], folder: Option<&Path>) -> Result<Routine, Vec<Diagnostic>> {
    parse_bytes_checking(bytes, folder, None)
}

fn parse_bytes_checking(
    bytes: &[u8],
    folder: Option<&Path>,
    files: Option<&dyn AssetCheck>,
) -> Result<Routine, Vec<Diagnostic>> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => parse_checking(text, folder, files),
        Err(e) => {
            let valid = String::from_utf8_lossy(&bytes[..e.valid_up_to()]);
            Err(vec![Diagnostic {
                pos: syntax::end_of(&valid),
                problem: Problem::NotUtf8 {
                    byte: bytes[e.valid_up_to()],
                },
            }])
        }
    }
}

/// Checks routine text. `folder` is where files it names are looked for; `None` for a routine
/// that is not in a folder (bundled, or unsaved), which may then name no files.
///
/// Never panics, whatever the text; every problem found is in the error, in file order.
///
/// ```
/// use stretch_timer_core::routine::parse;
///
/// let text = "Routine(\n  format: 1,\n  name: \"Typo\",\n  steps: [Step(name: \"A\", hodl: 30)],\n)";
/// let errors = parse(text, None).unwrap_err();
/// assert_eq!(errors[0].to_string(), r#"4:27: unknown field "hodl" in Step; did you mean "hold"?"#);
/// ```
pub fn parse(text: &str, folder: Option<&Path>) -> Result<Routine, Vec<Diagnostic>> {
    parse_checking(text, folder, None)
}

/// As [`parse`], and each file the routine names must also pass `files`.
pub fn parse_with(
    text: &str,
    folder: Option<&Path>,
    files: &dyn AssetCheck,
) -> Result<Routine, Vec<Diagnostic>> {
    parse_checking(text, folder, Some(files))
}

fn parse_checking(
    text: &str,
    folder: Option<&Path>,
    files: Option<&dyn AssetCheck>,
) -> Result<Routine, Vec<Diagnostic>> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text: Cow<'_, str> = if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n"))
    } else {
        Cow::Borrowed(text)
    };
    if text.trim().is_empty() {
        return Err(vec![Diagnostic {
            pos: Position::START,
            problem: Problem::Empty,
        }]);
    }
    if syntax::only_blank_after(&text, Position::START) {
        return Err(vec![Diagnostic {
            pos: Position::START,
            problem: Problem::OnlyComments,
        }]);
    }
    let raw = deserialize(&text)?;
    let mut checker = values::Checker::new(folder);
    if let Some(files) = files {
        checker = checker.with_files(files);
    }
    let routine = checker.routine(raw);
    match routine {
        Some(routine) if checker.is_clean() => Ok(routine),
        _ => Err(locate::all::<Located<RawRoutine>>(
            &text,
            checker.into_problems(),
        )),
    }
}

pub(super) fn options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// Parses the text into raw structs; a syntax error or a value of the wrong type stops the parse
/// and is the one problem reported.
fn deserialize(text: &str) -> Result<Located<RawRoutine>, Vec<Diagnostic>> {
    let (error, path) = {
        let _run = ProbeRun::start(None);
        let mut de = ron::Deserializer::from_str_with_options(text, &options())
            .map_err(|e| vec![syntax::diagnostic(text, &e, "")])?;
        match serde_path_to_error::deserialize::<_, Located<RawRoutine>>(&mut de) {
            Ok(raw) => match de.end() {
                Ok(()) => return Ok(raw),
                Err(e) => (de.span_error(e), String::new()),
            },
            Err(e) => {
                let path = e.path().to_string();
                (de.span_error(e.into_inner()), path)
            }
        }
    };
    // A file from a newer version fails on fields this version does not know; say so instead.
    if let Some(newer) = newer_format(text) {
        return Err(vec![newer]);
    }
    Err(vec![syntax::diagnostic(text, &error, &path)])
}

/// The "made for a newer stretch-timer" problem, if the text says `format:` higher than ours.
fn newer_format(text: &str) -> Option<Diagnostic> {
    let version = {
        let _run = ProbeRun::start(None);
        options().from_str::<VersionOnly>(text).ok()?.format?
    };
    (version.value > FORMAT_VERSION).then(|| Diagnostic {
        pos: locate::at::<VersionOnly>(text, version.mark),
        problem: Problem::NewerFormat {
            found: version.value,
        },
    })
}

#[cfg(test)]
mod tests {
    use std::time::Duration;

    use super::*;
    use crate::routine::{Sides, Step};

    fn one_step(fields: &str) -> Result<Step, Vec<String>> {
        let text = format!("Routine(format: 1, name: \"T\", steps: [Step(name: \"S\", {fields})])");
        parse(&text, None)
            .map(|mut r| r.steps.remove(0))
            .map_err(|ds| ds.iter().map(|d| d.problem.to_string()).collect())
    }

    #[test]
    fn a_file_that_cannot_be_read_is_an_io_error_and_a_folder_is_not() {
        let missing = Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/no-such-routine.ron"));
        let err = load(missing).unwrap_err();
        assert!(
            matches!(
                &err,
                LoadError::Io {
                    kind: std::io::ErrorKind::NotFound,
                    ..
                }
            ),
            "{err:?}"
        );
        assert!(err.is_io());
        assert_eq!(err.path(), missing);
        assert!(
            err.to_string().contains(":1:1: cannot read the file: "),
            "{err}"
        );
        let folder = load(Path::new(env!("CARGO_MANIFEST_DIR"))).unwrap_err();
        assert!(!folder.is_io());
        assert_eq!(folder.diagnostics()[0].problem, Problem::Folder);
    }

    #[test]
    fn defaults_are_the_documented_ones() {
        let step = one_step("hold: 30").unwrap();
        assert_eq!(step.sides, Sides::Neither);
        assert_eq!(step.reps, 1);
        assert_eq!(step.prepare, Duration::from_secs(5));
        assert_eq!(step.rest, Duration::ZERO);
        assert_eq!(step.switch_sides, Duration::from_secs(5));
        assert_eq!(step.countdown, 3);
        assert!(!step.halfway);
        assert_eq!(step.breathe, None);
        assert_eq!(step.instructions, None);
    }

    #[test]
    fn optional_values_may_be_written_with_or_without_some() {
        let a = one_step(r#"hold: 30, breathe: Some("5s")"#).unwrap();
        let b = one_step(r#"hold: 30, breathe: "5s""#).unwrap();
        let c = one_step(r#"hold: 30, breathe: None"#).unwrap();
        assert_eq!(a.breathe, Some(Duration::from_secs(5)));
        assert_eq!(a, b);
        assert_eq!(c.breathe, None);
    }

    #[test]
    fn comments_trailing_commas_crlf_and_bom_are_accepted() {
        let text = "\u{feff}// routine\r\nRoutine(\r\n  format: 1, /* v1 */\r\n  name: \"Windows\",\r\n  steps: [Step(name: \"A\", hold: \"1m\",),],\r\n)\r\n";
        let r = parse(text, None).unwrap();
        assert_eq!(r.name, "Windows");
        assert_eq!(r.steps[0].hold, Duration::from_secs(60));
        let bytes = [
            b"\xEF\xBB\xBF".as_slice(),
            text.trim_start_matches('\u{feff}').as_bytes(),
        ]
        .concat();
        assert_eq!(parse_bytes(&bytes, None).unwrap(), r);
    }

    #[test]
    fn multi_line_instructions_keep_plain_line_breaks() {
        let step = one_step("hold: 30, instructions: \"Lie down.\r\nBreathe.\"").unwrap();
        assert_eq!(step.instructions.as_deref(), Some("Lie down.\nBreathe."));
    }

    #[test]
    fn an_unknown_field_far_from_any_known_one_lists_the_allowed_fields() {
        let errors = one_step("hold: 30, colour: \"red\"").unwrap_err();
        assert_eq!(
            errors,
            [
                "unknown field \"colour\" in Step; allowed here: name, instructions, sides, hold, reps, prepare, rest, switch_sides, countdown, halfway, breathe, image, drawing, voice"
            ]
        );
    }

    #[test]
    fn close_misspellings_get_a_suggestion() {
        assert_eq!(
            one_step("hold: 30, rep: 3").unwrap_err(),
            ["unknown field \"rep\" in Step; did you mean \"reps\"?"]
        );
        assert_eq!(
            one_step("hold: 30, switchsides: 3").unwrap_err(),
            ["unknown field \"switchsides\" in Step; did you mean \"switch_sides\"?"]
        );
        assert_eq!(
            one_step("hold: 30, sides: left").unwrap_err(),
            ["unknown sides \"left\"; did you mean \"Left\"?"]
        );
    }

    #[test]
    fn a_step_names_its_drawing_in_the_one_spelling_or_none() {
        use crate::routine::Drawing;
        assert_eq!(one_step("hold: 30").unwrap().drawing, None);
        for (id, drawing) in Drawing::IDS.iter().zip(Drawing::ALL) {
            let step = one_step(&format!("hold: 30, drawing: \"{id}\"")).unwrap();
            assert_eq!(step.drawing, Some(*drawing), "{id}");
        }
        let allowed = "allowed here: lying-knees-bent, knees-to-chest, bench-psoas, floor-psoas, standing, standing-lunge, getting-up, none";
        for (written, message) in [
            (
                "\"Knees to chest\"",
                format!("unknown drawing \"Knees to chest\"; did you mean \"knees-to-chest\"? {allowed}"),
            ),
            (
                "\"bench_psoas\"",
                format!("unknown drawing \"bench_psoas\"; did you mean \"bench-psoas\"? {allowed}"),
            ),
            (
                "\"None\"",
                format!("unknown drawing \"None\"; did you mean \"none\"? {allowed}"),
            ),
            ("\"cat\"", format!("unknown drawing \"cat\"; {allowed}")),
            (
                "\" \"",
                "drawing is empty; write one of lying-knees-bent, knees-to-chest, bench-psoas, floor-psoas, standing, standing-lunge, getting-up, none, or leave drawing out to let the step's name pick one".to_owned(),
            ),
            (
                "KneesToChest",
                "drawing is written in double quotes: \"knees-to-chest\"".to_owned(),
            ),
            (
                "42",
                "drawing must be a drawing's name in double quotes, such as \"knees-to-chest\", but this is 42".to_owned(),
            ),
        ] {
            assert_eq!(
                one_step(&format!("hold: 30, drawing: {written}")).unwrap_err(),
                [message],
                "{written}"
            );
        }
    }

    #[test]
    fn a_wrong_drawing_is_pointed_at_and_other_problems_are_still_found() {
        let text = "Routine(format: 1, name: \"T\", steps: [\n  Step(name: \"S\", hold: 30, drawing: \"knees\"),\n  Step(name: \"U\", hold: 0),\n])";
        let errors: Vec<String> = parse(text, None)
            .unwrap_err()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert_eq!(
            errors,
            [
                "2:38: unknown drawing \"knees\"; did you mean \"knees-to-chest\"? allowed here: lying-knees-bent, knees-to-chest, bench-psoas, floor-psoas, standing, standing-lunge, getting-up, none",
                "3:25: hold is 0; it must be from 1s to 1h",
            ]
        );
    }

    #[test]
    fn whitespace_only_names_are_empty_and_names_are_trimmed() {
        let r = parse(
            r#"Routine(format: 1, name: "  Morning  ", steps: [Step(name: " A ", hold: 1)])"#,
            None,
        )
        .unwrap();
        assert_eq!(
            (r.name.as_str(), r.steps[0].name.as_str()),
            ("Morning", "A")
        );
        let errors = parse(
            r#"Routine(format: 1, name: " ", steps: [Step(name: "A", hold: 1)])"#,
            None,
        )
        .unwrap_err();
        assert_eq!(errors[0].problem, Problem::EmptyText { field: "name" });
    }

    #[test]
    fn a_routine_without_a_folder_may_not_name_files() {
        assert_eq!(
            one_step(r#"hold: 30, image: "a.png""#).unwrap_err(),
            ["image file \"a.png\" cannot be found: this routine is not saved in a folder yet"]
        );
    }

    #[test]
    fn files_are_found_next_to_the_routine_in_subfolders_too() {
        let folder = Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/../../tests/data/valid/with-assets"
        ));
        let text = r#"Routine(format: 1, name: "T", steps: [Step(name: "S", hold: 1, image: "images/floor.png", voice: "./intro.wav")])"#;
        let step = parse(text, Some(folder)).unwrap().steps.remove(0);
        let image = step.image.unwrap();
        assert_eq!(image.written, "images/floor.png");
        assert_eq!(image.path, folder.join("images/floor.png"));
        assert!(step.voice.unwrap().path.is_file());
        for outside in ["/etc/passwd", "../valid/minimal.ron", "images/../../x.png"] {
            let text = format!(
                r#"Routine(format: 1, name: "T", steps: [Step(name: "S", hold: 1, image: "{outside}")])"#
            );
            let errors = parse(&text, Some(folder)).unwrap_err();
            assert!(
                matches!(errors[0].problem, Problem::AssetOutside { .. }),
                "{outside:?}: {errors:?}"
            );
        }
        let empty =
            r#"Routine(format: 1, name: "T", steps: [Step(name: "S", hold: 1, image: " ")])"#;
        assert_eq!(
            parse(empty, Some(folder)).unwrap_err()[0].problem,
            Problem::EmptyFile { field: "image" }
        );
    }

    /// Refuses files whose name holds "bad", and notes what it was asked.
    struct Refuse(std::cell::RefCell<Vec<(crate::routine::AssetUse, String)>>);

    impl crate::routine::AssetCheck for Refuse {
        fn check(
            &self,
            used_as: crate::routine::AssetUse,
            path: &Path,
        ) -> Result<(), crate::routine::Refusal> {
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            self.0.borrow_mut().push((used_as, name.clone()));
            if name.contains("bad") {
                let why: Box<dyn std::error::Error + Send + Sync> =
                    "it is an Opus recording".into();
                Err(why.into())
            } else {
                Ok(())
            }
        }
    }

    #[test]
    fn a_file_the_shell_refuses_is_a_problem_at_the_value_that_names_it() {
        use crate::routine::AssetUse;
        let folder = tempfile_folder(&["bad.opus", "ok.wav", "bad.heic"]);
        let text = "Routine(format: 1, name: \"T\",\n  sounds: Sounds(hold_start: \"ok.wav\"),\n  steps: [\n    Step(name: \"S\", hold: 1, voice: \"bad.opus\"),\n    Step(name: \"P\", hold: 1,\n      image: \"bad.heic\"),\n  ])";
        let refuse = Refuse(std::cell::RefCell::new(Vec::new()));
        let errors = parse_with(text, Some(&folder), &refuse).unwrap_err();
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "4:37: voice file \"bad.opus\" cannot be used: it is an Opus recording",
                "6:14: image file \"bad.heic\" cannot be used: it is an Opus recording",
            ]
        );
        let mut asked = refuse.0.take();
        asked.sort_by(|a, b| a.1.cmp(&b.1));
        assert_eq!(
            asked,
            [
                (AssetUse::Image, "bad.heic".to_owned()),
                (AssetUse::Voice, "bad.opus".to_owned()),
                (AssetUse::Sound, "ok.wav".to_owned()),
            ]
        );
        // Without the shell's check the same text is a routine: the core decodes nothing.
        assert!(parse(text, Some(&folder)).is_ok());
        std::fs::remove_dir_all(folder).unwrap();
    }

    /// Recordings as long as the number of seconds in their name ("memo-8.m4a": 8.2 s).
    struct Lengths;

    impl crate::routine::AssetCheck for Lengths {
        fn check(
            &self,
            _: crate::routine::AssetUse,
            _: &Path,
        ) -> Result<(), crate::routine::Refusal> {
            Ok(())
        }

        fn length(&self, path: &Path) -> Option<std::time::Duration> {
            let stem = path.file_stem()?.to_string_lossy().into_owned();
            let secs: f64 = stem.rsplit('-').next()?.parse().ok()?;
            Some(std::time::Duration::from_secs_f64(secs + 0.2))
        }
    }

    #[test]
    fn a_recording_longer_than_its_steps_get_ready_time_allows_is_a_problem_at_its_value() {
        let folder = tempfile_folder(&["memo-8.m4a", "memo-6.m4a"]);
        // Get ready 10 s: a 6.2 s memo ends in time after the start cue's 2.5 s, an
        // 8.2 s one would still be talking when the hold starts.
        let text = "Routine(format: 1, name: \"T\", steps: [\n  Step(name: \"S\", hold: 1, prepare: \"10s\", voice: \"memo-6.m4a\"),\n  Step(name: \"P\", hold: 1, prepare: \"10s\", voice: \"memo-8.m4a\"),\n  Step(name: \"Q\", hold: 1, prepare: \"11s\", voice: \"memo-8.m4a\"),\n])";
        let errors = parse_with(text, Some(&folder), &Lengths).unwrap_err();
        let shown: Vec<String> = errors.iter().map(ToString::to_string).collect();
        assert_eq!(
            shown,
            [
                "3:51: voice file \"memo-8.m4a\" lasts 8.2s, longer than this step's get-ready time allows: it plays after the step's start cue (up to 2.5s with its words), and prepare is 10s; make prepare at least 11s, or shorten the recording"
            ]
        );
        std::fs::remove_dir_all(folder).unwrap();
    }

    /// A fresh folder holding empty files of these names.
    fn tempfile_folder(names: &[&str]) -> std::path::PathBuf {
        let folder = std::env::temp_dir().join(format!(
            "stretch-timer-core-assets-{}-{:?}",
            std::process::id(),
            std::thread::current().id()
        ));
        std::fs::create_dir_all(&folder).unwrap();
        for name in names {
            std::fs::write(folder.join(name), b"").unwrap();
        }
        folder
    }

    #[test]
    fn large_numbers_are_out_of_range_not_wrapped() {
        assert_eq!(
            one_step("hold: 30, reps: 4294967297").unwrap_err(),
            ["reps is 4294967297; it must be from 1 to 50"]
        );
        assert_eq!(
            one_step("hold: 3601").unwrap_err(),
            ["hold is 3601; it must be from 1s to 1h"]
        );
    }
}
