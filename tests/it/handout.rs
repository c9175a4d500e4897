//! The printable handout: what a client reads on the page, pictures inside the one file, pictures
//! that cannot be used, hostile text, and `stretch-timer handout` as a process.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use crate::common::CLocale as _;
use std::fs;
use std::path::{Path, PathBuf};

use assert_cmd::Command;
use base64::Engine as _;
use stretch_timer::bundled;
use stretch_timer::handout::{self, Handout, ImageError, ImageKind, MAX_IMAGE_BYTES};
use stretch_timer::routine::{self, Routine, format_clock};

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data")
        .join(path)
}

fn load(path: &Path) -> Routine {
    routine::load(path).unwrap_or_else(|e| panic!("{e}"))
}

/// Text as it appears in the HTML source: maud escapes these four characters.
fn escaped(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
}

fn base64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Asserts that each of `needles` is in `html`, in this order.
fn assert_in_order(html: &str, needles: &[&str]) {
    let mut from = 0;
    for needle in needles {
        let Some(at) = html[from..].find(needle) else {
            panic!("{needle:?} is missing, or out of order, in the handout");
        };
        from += at + needle.len();
    }
}

/// The part of `html` from `start` to `end`.
fn between<'a>(html: &'a str, start: &str, end: &str) -> &'a str {
    let from = html.find(start).unwrap();
    let to = from + html[from..].find(end).unwrap();
    &html[from..to]
}

/// Every `src="..."` in the page: a self-contained handout has only `data:` URIs.
fn sources(html: &str) -> Vec<&str> {
    html.split("src=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
        .collect()
}

/// A routine in a fresh folder, with `files` (name, bytes) next to it.
fn routine_with_files(text: &str, files: &[(&str, &[u8])]) -> (tempfile::TempDir, Routine) {
    let dir = tempfile::tempdir().unwrap();
    for (name, bytes) in files {
        fs::write(dir.path().join(name), bytes).unwrap();
    }
    let path = dir.path().join("routine.ron");
    fs::write(&path, text).unwrap();
    let routine = load(&path);
    (dir, routine)
}

const PNG: &[u8] = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
const JPEG: &[u8] = b"\xFF\xD8\xFF\xE0\0\x10JFIF\0";
const SVG: &[u8] = br#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"/>"#;

#[test]
fn every_field_reads_as_the_client_needs_it() {
    let routine = load(&data("valid/every-field.ron"));
    let Handout { html, problems } = handout::render(&routine);
    assert!(problems.is_empty());
    assert!(html.starts_with("<!DOCTYPE html>"));
    assert_in_order(
        &html,
        &[
            "<title>Every field</title>",
            "<h1>Every field</h1>",
            "Uses every field the format has.",
            "Prepared by <strong>A. Therapist</strong>",
            "Total time <strong>11:30 min</strong>",
            "Before you start",
            "Stop on sharp pain.",
            "1. Both sides",
            "7:00 min",
            "2 × 1 min 30 s hold, each side (left, then right)",
            "10 s to get into position",
            "15 s rest between holds",
            "20 s to switch sides",
            "breathe in for 6 s, out for 6 s",
            "A sound marks the middle of each hold",
            "Lie down.<br>Breathe slowly.",
            "2. Left only",
            "Hold 2 min, left side only",
            "3. Right only",
            "3 × 45 s hold, right side only",
            "5 s rest between holds",
            "breathe in for 5 s, out for 5 s",
            "Notes",
            "Made with stretch-timer",
        ],
    );
    // Only what applies: "Left only" has no time to get into position, no rests, no breathing.
    let left_only = between(&html, "2. Left only", "3. Right only");
    for absent in ["position", "rest", "breathe", "switch", "sound"] {
        assert!(!left_only.contains(absent), "{absent:?} in {left_only}");
    }
    assert_eq!(html.matches("A sound marks the middle").count(), 1);
}

#[test]
fn every_bundled_routine_has_its_text_steps_and_total_time_in_every_language() {
    for (bundled, language) in bundled::ALL
        .iter()
        .flat_map(|b| b.texts.iter().map(move |&(language, _)| (b, language)))
    {
        let routine = bundled.load(language).unwrap();
        let Handout { html, problems } = handout::render(&routine);
        assert!(problems.is_empty(), "{} in {language}", bundled.id);
        let mut expected = vec![
            escaped(&routine.name),
            escaped(routine.summary.as_deref().unwrap()),
            format!(
                "Prepared by <strong>{}</strong>",
                escaped(routine.author.as_deref().unwrap())
            ),
            format!(
                "Total time <strong>{} min</strong>",
                format_clock(routine.total())
            ),
            escaped(routine.safety.as_deref().unwrap()),
        ];
        for (i, step) in routine.steps.iter().enumerate() {
            expected.push(format!("{}. {}", i + 1, escaped(&step.name)));
            expected.push(escaped(step.instructions.as_deref().unwrap()));
        }
        expected.push("Made with stretch-timer".to_owned());
        let needles: Vec<&str> = expected.iter().map(String::as_str).collect();
        assert_in_order(&html, &needles);
        assert!(
            sources(&html).is_empty(),
            "bundled routines have no pictures"
        );
    }
}

#[test]
fn pictures_are_inside_the_one_file() {
    let routine = load(&data("valid/with-assets/routine.ron"));
    let Handout { html, problems } = handout::render(&routine);
    assert!(problems.is_empty(), "{problems:?}");
    let bench = fs::read(data("valid/with-assets/bench.png")).unwrap();
    let floor = fs::read(data("valid/with-assets/images/floor.png")).unwrap();
    assert_eq!(
        sources(&html),
        [
            format!("data:image/png;base64,{}", base64(&bench)),
            format!("data:image/png;base64,{}", base64(&floor)),
        ]
    );
    assert_in_order(
        &html,
        &[
            "1. Bench stretch",
            "alt=\"Step 1: Bench stretch\"",
            "2. Floor stretch",
        ],
    );
    assert!(!html.contains("not included"));
}

#[test]
fn jpeg_and_svg_pictures_are_embedded_with_their_type() {
    let text = r#"Routine(format: 1, name: "Kinds", steps: [
        Step(name: "Photo", hold: 10, image: "photo.JPG"),
        Step(name: "Drawing", hold: 10, image: "drawing.svg"),
    ])"#;
    let (_dir, routine) = routine_with_files(text, &[("photo.JPG", JPEG), ("drawing.svg", SVG)]);
    let Handout { html, problems } = handout::render(&routine);
    assert!(problems.is_empty(), "{problems:?}");
    assert_eq!(
        sources(&html),
        [
            format!("data:image/jpeg;base64,{}", base64(JPEG)),
            format!("data:image/svg+xml;base64,{}", base64(SVG)),
        ]
    );
}

#[test]
fn a_picture_gone_since_loading_is_left_out_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let folder = data("valid/with-assets");
    fs::create_dir(dir.path().join("images")).unwrap();
    for file in [
        "routine.ron",
        "bench.png",
        "images/floor.png",
        "bell.wav",
        "intro.wav",
        "not-audio.wav",
    ] {
        fs::copy(folder.join(file), dir.path().join(file)).unwrap();
    }
    let routine = load(&dir.path().join("routine.ron"));
    fs::remove_file(dir.path().join("bench.png")).unwrap();

    let Handout { html, problems } = handout::render(&routine);
    // The page is still made, with the other picture and a note where the missing one was.
    assert_in_order(
        &html,
        &[
            "1. Bench stretch",
            "Picture \u{201c}bench.png\u{201d} is not included: it could not be read",
            "2. Floor stretch",
            "data:image/png;base64,",
        ],
    );
    assert_eq!(sources(&html).len(), 1);
    let [problem] = problems.as_slice() else {
        panic!("{problems:?}")
    };
    assert_eq!((problem.step, problem.written.as_str()), (1, "bench.png"));
    assert!(matches!(problem.reason, ImageError::Unreadable(_)));
    assert!(
        problem
            .to_string()
            .starts_with("step 1 \"Bench stretch\": picture \"bench.png\" left out of the handout: it could not be read"),
        "{problem}"
    );
}

#[test]
fn files_that_are_not_usable_pictures_are_left_out_with_a_note() {
    let text = r#"Routine(format: 1, name: "Odd files", steps: [
        Step(name: "Text named png", hold: 10, image: "notes.png"),
        Step(name: "Jpeg named png", hold: 10, image: "photo.png"),
        Step(name: "Gif", hold: 10, image: "anim.gif"),
        Step(name: "Empty", hold: 10, image: "empty.svg"),
        Step(name: "Fine", hold: 10, image: "fine.png"),
    ])"#;
    let (_dir, routine) = routine_with_files(
        text,
        &[
            ("notes.png", b"remember to breathe"),
            ("photo.png", JPEG),
            ("anim.gif", b"GIF89a\x01\0\x01\0"),
            ("empty.svg", b""),
            ("fine.png", PNG),
        ],
    );
    let Handout { html, problems } = handout::render(&routine);
    let reasons: Vec<(usize, String)> = problems
        .iter()
        .map(|p| (p.step, p.reason.to_string()))
        .collect();
    assert_eq!(
        reasons,
        [
            (1, "the file is named as a PNG picture but its content is not one".to_owned()),
            (2, "the file is named as a PNG picture but its content is not one".to_owned()),
            (3, "a handout holds PNG, JPEG and SVG pictures, and this file's name does not end in .png, .jpg, .jpeg or .svg".to_owned()),
            (4, "the file is named as a SVG picture but its content is not one".to_owned()),
        ]
    );
    assert!(matches!(
        problems[0].reason,
        ImageError::NotAnImage(ImageKind::Png)
    ));
    assert_eq!(html.matches("is not included").count(), 4);
    assert_eq!(
        sources(&html),
        [format!("data:image/png;base64,{}", base64(PNG))]
    );
}

#[test]
fn a_phone_photo_over_8_mib_goes_in_as_its_print_copy() {
    // A "motion photo", as some phones take: the JPEG, then a video the decoder does not read,
    // 12 MiB in all.
    let photo = fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/media/phone-portrait-12mp.jpg"
    ))
    .unwrap();
    let mut motion = photo.clone();
    motion.resize(12 * 1024 * 1024, 0x55);
    let text = r#"Routine(format: 1, name: "Motion", steps: [
        Step(name: "Photo", hold: 10, image: "motion.jpg"),
    ])"#;
    let (_dir, routine) = routine_with_files(text, &[("motion.jpg", &motion)]);
    let Handout { html, problems } = handout::render(&routine);
    assert!(problems.is_empty(), "{problems:?}");
    let [source] = sources(&html)[..] else {
        panic!("{:?}", sources(&html))
    };
    let copy = source
        .strip_prefix("data:image/jpeg;base64,")
        .expect("a JPEG copy");
    // The print copy, a fraction of the photo: the video is not in it.
    assert!(
        copy.len() < photo.len() * 4 / 3,
        "{} bytes of base64",
        copy.len()
    );
}

#[test]
fn a_picture_over_8_mib_is_left_out() {
    let text = r#"Routine(format: 1, name: "Big", steps: [
        Step(name: "Huge photo", hold: 10, image: "huge.jpg"),
        Step(name: "Just fits", hold: 10, image: "fits.jpg"),
    ])"#;
    let (dir, _) = routine_with_files(text, &[("huge.jpg", JPEG), ("fits.jpg", JPEG)]);
    for (name, len) in [
        ("huge.jpg", MAX_IMAGE_BYTES + 1),
        ("fits.jpg", MAX_IMAGE_BYTES),
    ] {
        let file = fs::OpenOptions::new()
            .write(true)
            .open(dir.path().join(name))
            .unwrap();
        file.set_len(len).unwrap();
    }
    let routine = load(&dir.path().join("routine.ron"));
    let Handout { html, problems } = handout::render(&routine);
    let [problem] = problems.as_slice() else {
        panic!("{problems:?}")
    };
    assert_eq!(problem.step, 1);
    assert!(matches!(problem.reason, ImageError::TooLarge(n) if n == MAX_IMAGE_BYTES + 1));
    assert!(html.contains(
        "Picture \u{201c}huge.jpg\u{201d} is not included: it is 8.0 MiB; a handout holds pictures of up to 8 MiB."
    ));
    assert_eq!(sources(&html).len(), 1);
}

#[test]
fn hostile_text_is_shown_as_text_never_run() {
    let text = r#"Routine(format: 1,
        name: "<script>alert('name')</script>",
        summary: "</style><script>alert(1)</script>",
        author: "\"><img src=x onerror=alert(2)>",
        safety: "A & B <b>bold</b>",
        steps: [Step(name: "<i>step</i>", instructions: "<iframe src=\"x\"></iframe>", hold: 10)],
    )"#;
    let (_dir, routine) = routine_with_files(text, &[]);
    let Handout { html, .. } = handout::render(&routine);
    for tag in ["<script", "<img", "<iframe", "<i>", "<b>"] {
        assert!(!html.contains(tag), "{tag} got through: {html}");
    }
    assert_eq!(
        html.matches("</style>").count(),
        1,
        "only the page's own style ends"
    );
    assert_in_order(
        &html,
        &[
            "<title>&lt;script&gt;alert('name')&lt;/script&gt;</title>",
            "<h1>&lt;script&gt;alert('name')&lt;/script&gt;</h1>",
            "&lt;/style&gt;&lt;script&gt;alert(1)&lt;/script&gt;",
            "Prepared by <strong>&quot;&gt;&lt;img src=x onerror=alert(2)&gt;</strong>",
            "A &amp; B &lt;b&gt;bold&lt;/b&gt;",
            "1. &lt;i&gt;step&lt;/i&gt;",
            "&lt;iframe src=&quot;x&quot;&gt;&lt;/iframe&gt;",
        ],
    );
}

#[test]
fn a_routine_without_summary_author_or_safety_leaves_them_out() {
    let (_dir, routine) = routine_with_files(
        r#"Routine(format: 1, name: "Bare", steps: [Step(name: "S", hold: "1h", prepare: "2m")])"#,
        &[],
    );
    let Handout { html, .. } = handout::render(&routine);
    assert!(!html.contains("Prepared by"));
    assert!(!html.contains("Before you start"));
    assert!(html.contains("Total time <strong>1:02:00 h</strong>"));
    assert!(html.contains("Hold 1 h"));
    assert!(html.contains("2 min to get into position"));
}

// The command as a process.

fn stretch_timer() -> Command {
    let mut cmd = Command::cargo_bin("stretch-timer").unwrap();
    cmd.c_locale();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd
}

#[test]
fn the_command_writes_a_bundled_routine_s_handout() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("handout.html");
    let out = stretch_timer()
        .args(["handout", "standing-psoas", "--out"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8(out.stdout).unwrap();
    assert_eq!(
        stdout,
        format!(
            "Wrote the handout for \"Standing psoas stretch\" to {}\n",
            path.display()
        )
    );
    assert!(out.stderr.is_empty());
    let html = fs::read_to_string(&path).unwrap();
    assert_in_order(
        &html,
        &[
            "<h1>Standing psoas stretch</h1>",
            "Total time <strong>4:55 min</strong>",
            "1. Standing pelvic tilts",
            "2. Standing psoas stretch",
            "3 × 30 s hold, each side (left, then right)",
            "Made with stretch-timer",
        ],
    );
}

/// A picture that `check` refuses is not printed around: the handout says what `check` says and
/// writes nothing (one check of a routine and its files, everywhere).
#[test]
fn a_routine_whose_picture_check_refuses_gets_checks_message_and_no_handout() {
    let text =
        r#"Routine(format: 1, name: "Warn", steps: [Step(name: "S", hold: 10, image: "pic.png")])"#;
    let (dir, _) = routine_with_files(text, &[("pic.png", b"not a picture")]);
    let routine = dir.path().join("routine.ron");
    let path = dir.path().join("out.html");
    let out = stretch_timer()
        .args(["handout"])
        .arg(&routine)
        .arg("--out")
        .arg(&path)
        .output()
        .unwrap();
    let check = stretch_timer().arg("check").arg(&routine).output().unwrap();
    assert_eq!(out.status.code(), Some(1));
    let said = String::from_utf8(out.stderr).unwrap();
    assert!(
        said.contains(r#"image file "pic.png" cannot be used: it is not a picture"#),
        "{said}"
    );
    assert_eq!(
        said,
        String::from_utf8(check.stdout).unwrap(),
        "as check says it"
    );
    assert!(!path.exists(), "no handout written");
}

#[test]
fn an_invalid_routine_gets_its_errors_and_no_handout() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("handout.html");
    let out = stretch_timer()
        .args(["handout", "tests/data/broken/unknown-field.ron", "--out"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        "tests/data/broken/unknown-field.ron:7:13: unknown field \"hodl\" in Step; did you mean \"hold\"?\n"
    );
    assert!(!path.exists());
    assert_eq!(
        fs::read_dir(dir.path()).unwrap().count(),
        0,
        "nothing written"
    );
}
