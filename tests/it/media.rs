//! The therapist's own media, as a phone makes it: M4A voice memos and other recordings played
//! and rendered, files that cannot be played named by `check` at their line, photos shown upright
//! and no larger than needed, and handouts that stay light. Real files in tests/data/media.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::cast_possible_truncation
)] // Test helpers may fail loudly; frame arithmetic stays small.

use std::path::{Path, PathBuf};

use crate::common::*;
use assert_cmd::Command;
use egui_kittest::kittest::Queryable as _;
use stretch_timer::app::Launch;
use stretch_timer::audio::CueStyle;
use stretch_timer::audio::Sound;
use stretch_timer::audio::bank::{self, CUE_LOUDNESS_DBFS, RENDER_RATE, SoundBank};
use stretch_timer::audio::render::render;
use stretch_timer::engine::Plan;
use stretch_timer::handout;
use stretch_timer::media::photo::{self, PRINT_LONG_SIDE, PhotoError, SCREEN_LONG_SIDE};
use stretch_timer::routine;

fn data(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/media")
        .join(path)
}

fn check(args: &[&str]) -> (i32, String, String) {
    let out = Command::cargo_bin("stretch-timer")
        .unwrap()
        .c_locale()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env(
            "STRETCH_TIMER_HOME",
            concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/no-such-home"),
        )
        .arg("check")
        .args(args)
        .output()
        .unwrap();
    (
        out.status.code().unwrap(),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

const PLAYABLE: &str = "WAV, OGG Vorbis, FLAC, MP3 and M4A (AAC)";

#[test]
fn check_names_each_phone_file_that_cannot_be_used_at_its_line_with_what_to_do() {
    let (code, stdout, _) = check(&["tests/data/media/phone-files.ron"]);
    assert_eq!(code, 1, "{stdout}");
    let file = "tests/data/media/phone-files.ron";
    let expected = [
        format!(
            "{file}:6:46: voice file \"not-a-recording.m4a\" cannot be used: it is not a sound file stretch-timer can play (the format of the data has not been recognized); it plays {PLAYABLE}"
        ),
        format!(
            "{file}:7:49: voice file \"voice-note.opus\" cannot be used: it is an Opus recording (as WhatsApp, Signal and Telegram voice notes are), which stretch-timer cannot play; convert it to M4A, MP3 or WAV with any audio converter (it plays {PLAYABLE})"
        ),
        format!(
            "{file}:8:50: voice file \"memo.amr\" cannot be used: it is an AMR recording (as older phones' voice recorders make), which stretch-timer cannot play; convert it to M4A, MP3 or WAV with any audio converter (it plays {PLAYABLE})"
        ),
        format!(
            "{file}:9:53: image file \"photo.heic\" cannot be used: it is a HEIC photo (as iPhones take them), which stretch-timer cannot show; convert it to JPEG (an iPhone takes JPEG photos when its camera's format is Most Compatible)"
        ),
    ];
    assert_eq!(stdout.lines().collect::<Vec<_>>(), expected);
}

#[test]
fn check_passes_wav_ogg_flac_mp3_and_m4a_and_a_sideways_phone_photo() {
    let (code, stdout, stderr) = check(&["tests/data/media/every-format.ron"]);
    assert_eq!(code, 0, "{stdout}{stderr}");
    assert_eq!(
        stdout.trim(),
        "tests/data/media/every-format.ron: ok (1 step, 0:25)"
    );
}

#[test]
fn check_finds_a_recording_broken_after_its_header() {
    // A real M4A cut in half: the header promises sound the file no longer holds.
    let dir = tempfile::tempdir().unwrap();
    let memo = std::fs::read(data("quiet-memo.m4a")).unwrap();
    std::fs::write(dir.path().join("cut.m4a"), &memo[..memo.len() / 2]).unwrap();
    let routine = dir.path().join("routine.ron");
    std::fs::write(
        &routine,
        r#"Routine(format: 1, name: "Cut", steps: [Step(name: "S", hold: 5, voice: "cut.m4a")])"#,
    )
    .unwrap();
    let (code, stdout, _) = check(&[routine.to_str().unwrap()]);
    assert_eq!(code, 1, "{stdout}");
    assert!(
        stdout.contains(":1:73: voice file \"cut.m4a\" cannot be used: "),
        "{stdout}"
    );
}

#[test]
fn a_routine_whose_voice_is_an_m4a_has_it_at_the_steps_start_as_loud_as_the_cues() {
    let routine = routine::load(&data("every-format.ron")).unwrap();
    let plan = Plan::new(&routine);
    let bank = SoundBank::for_routine(&routine, RENDER_RATE);
    assert!(bank.problems().is_empty(), "{:?}", bank.problems());
    let mut samples = Vec::new();
    let rendered = render(
        &plan,
        &bank,
        CueStyle::Tones,
        |chunk| {
            samples.extend_from_slice(chunk);
            Ok::<_, ()>(())
        },
        |_, _| {},
    )
    .unwrap();
    let voice = rendered
        .placed
        .iter()
        .find(|p| p.sound == Sound::StepVoice(0))
        .expect("the step's recording is on the track");
    // The step's start: its tone on the planned instant, then the recording after the score's
    // short gap.
    let tone = rendered
        .placed
        .iter()
        .find(|p| p.sound == Sound::Tone(stretch_timer::routine::Tone::StepStart))
        .unwrap();
    assert_eq!(tone.at, plan.phases[0].start);
    let after_tone = tone.at + bank.duration(tone.sound) + stretch_timer_core::score::GAP;
    assert!(
        voice.at.abs_diff(after_tone) < std::time::Duration::from_millis(1),
        "{:?} after the step's start, its tone ends at {after_tone:?}",
        voice.at
    );
    // The track there is the memo as decoded: the speech of the M4A, not silence or another
    // sound.
    let clip = bank.clip(Sound::StepVoice(0)).unwrap().samples();
    let start = voice.frame as usize;
    let track = &samples[start..start + clip.len()];
    let mismatch = track
        .iter()
        .zip(clip)
        .map(|(s, c)| (s - c).abs())
        .fold(0f32, f32::max);
    assert!(clip.iter().any(|s| s.abs() > 0.1), "the memo is heard");
    assert!(mismatch < 1e-4, "{mismatch}");
    let level = bank::speech_level(clip, RENDER_RATE).unwrap();
    assert!(
        (level - CUE_LOUDNESS_DBFS).abs() < 1.5,
        "the quiet memo plays at {level} dBFS"
    );
    let peak = track.iter().fold(0f32, |m, s| m.max(s.abs()));
    assert!(peak < 1.0, "clipped: {peak}");
}

#[test]
fn a_sideways_phone_photo_is_shown_upright() {
    // Stored 64 × 32, red on the left, blue on the right, with EXIF orientation 6 (turn 90°
    // clockwise to view): upright it is 32 × 64, red on top.
    let photo = photo::load(&data("rotated-6.jpg"), SCREEN_LONG_SIDE).unwrap();
    assert!(photo.reoriented);
    assert_eq!(photo.full_size, (32, 64));
    let image = photo.image.to_rgb8();
    assert_eq!(image.dimensions(), (32, 64));
    let (top, bottom) = (image.get_pixel(16, 8), image.get_pixel(16, 56));
    assert!(top[0] > 180 && top[2] < 80, "top {top:?}");
    assert!(bottom[2] > 180 && bottom[0] < 80, "bottom {bottom:?}");
    // The same picture without the tag stays as stored.
    let upright = photo::load(&data("upright.jpg"), SCREEN_LONG_SIDE).unwrap();
    assert!(!upright.reoriented);
    let image = upright.image.to_rgb8();
    assert_eq!(image.dimensions(), (64, 32));
    assert!(image.get_pixel(8, 16)[0] > 180 && image.get_pixel(56, 16)[2] > 180);
}

#[test]
fn a_12_megapixel_photo_is_decoded_upright_at_screen_size() {
    // 4000 × 3000 as stored, orientation 6: a portrait photo as phones store them.
    let photo = photo::load(&data("phone-portrait-12mp.jpg"), SCREEN_LONG_SIDE).unwrap();
    assert_eq!(photo.full_size, (3000, 4000));
    let image = photo.image.to_rgb8();
    assert_eq!(image.dimensions(), (1440, 1920));
    assert!(image.get_pixel(720, 100)[0] > 180, "red on top");
    assert!(image.get_pixel(720, 1820)[2] > 180, "blue below");
    // A small picture is never enlarged.
    let small = photo::load(&data("upright.jpg"), 1000).unwrap();
    assert_eq!((small.image.width(), small.image.height()), (64, 32));
}

#[test]
fn heic_and_files_that_are_not_pictures_say_what_they_are() {
    assert_eq!(
        photo::load(&data("photo.heic"), SCREEN_LONG_SIDE).unwrap_err(),
        PhotoError::Heic
    );
    assert_eq!(
        photo::load(&data("not-a-recording.m4a"), SCREEN_LONG_SIDE).unwrap_err(),
        PhotoError::NotAPicture
    );
}

#[test]
fn a_handout_embeds_a_phone_photo_upright_at_print_size_well_under_a_megabyte() {
    let dir = tempfile::tempdir().unwrap();
    // A 12-megapixel photo with some grain weighs what a phone's does: a few megabytes.
    let noise = image::RgbImage::from_fn(4000, 3000, |x, y| {
        let grain = ((x.wrapping_mul(2_654_435_761) ^ y.wrapping_mul(40_503)) >> 27) as u8;
        image::Rgb([
            90 + grain,
            (y * 150 / 3000) as u8 + grain,
            200 - (x * 200 / 4000) as u8,
        ])
    });
    let mut bytes = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut bytes, 90)
        .encode_image(&noise)
        .unwrap();
    assert!(
        (2_000_000..8_000_000).contains(&bytes.len()),
        "{} bytes",
        bytes.len()
    );
    std::fs::write(dir.path().join("photo.jpg"), &bytes).unwrap();
    std::fs::copy(data("rotated-6.jpg"), dir.path().join("sideways.jpg")).unwrap();
    std::fs::copy(data("photo.heic"), dir.path().join("iphone.heic")).unwrap();
    std::fs::write(
        dir.path().join("routine.ron"),
        r#"Routine(format: 1, name: "Photos", steps: [
            Step(name: "Big", hold: 5, image: "photo.jpg"),
            Step(name: "Sideways", hold: 5, image: "sideways.jpg"),
            Step(name: "iPhone", hold: 5, image: "iphone.heic"),
        ])"#,
    )
    .unwrap();
    let routine = routine::load(&dir.path().join("routine.ron")).unwrap();
    let page = handout::render(&routine);
    let [heic] = page.problems.as_slice() else {
        panic!("{:?}", page.problems)
    };
    assert_eq!(heic.step, 3);
    assert!(page.html.contains(
        "Picture \u{201c}iphone.heic\u{201d} is not included: it is a HEIC photo (as iPhones take them), which stretch-timer cannot show; convert it to JPEG"
    ));
    assert!(
        page.html.len() < 1_000_000,
        "{} bytes for a {}-byte photo",
        page.html.len(),
        bytes.len()
    );
    let embedded: Vec<image::DynamicImage> = page
        .html
        .split("src=\"data:image/jpeg;base64,")
        .skip(1)
        .map(|rest| {
            use base64::Engine as _;
            let b64 = &rest[..rest.find('"').unwrap()];
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(b64)
                .unwrap();
            image::load_from_memory(&bytes).unwrap()
        })
        .collect();
    let sizes: Vec<(u32, u32)> = embedded.iter().map(|i| (i.width(), i.height())).collect();
    assert_eq!(sizes, [(PRINT_LONG_SIDE, 1200), (32, 64)]);
    let sideways = embedded[1].to_rgb8();
    assert!(
        sideways.get_pixel(16, 8)[0] > 180,
        "red on top, as the phone showed it"
    );
}

#[test]
fn the_player_shows_a_12_megapixel_phone_photo_upright_from_a_screen_sized_texture() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(
        data("phone-portrait-12mp.jpg"),
        dir.path().join("photo.jpg"),
    )
    .unwrap();
    let routine = dir.path().join("routine.ron");
    std::fs::write(
        &routine,
        r#"Routine(format: 1, name: "Photo", steps: [Step(name: "Bench", hold: 30, image: "photo.jpg")])"#,
    )
    .unwrap();
    let mut rig = rig_with(Launch::Start(routine.display().to_string()), quiet());
    // The photo is decoded on a thread of its own; frames go on meanwhile, until its texture is
    // there (the largest by far: the others are glyphs and icons).
    let largest = |rig: &Rig| {
        rig.harness
            .ctx
            .tex_manager()
            .read()
            .allocated()
            .map(|(_, meta)| meta.size)
            .max_by_key(|size| size[0] * size[1])
            .unwrap()
    };
    for _ in 0..1000 {
        rig.harness.run_ok();
        if largest(&rig)[1] > 1200 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    rig.harness.run_ok();
    // Its texture is the screen-sized copy, not the photo's 12 megapixels.
    assert_eq!(largest(&rig), [1440, 1920]);
    let rect = rig.harness.get_by_label("Picture of Bench").rect();
    // Stored 4000 × 3000 with orientation 6: shown upright, 3 wide for 4 high.
    let ratio = rect.height() / rect.width();
    assert!((ratio - 4.0 / 3.0).abs() < 0.02, "{rect:?}");
}

#[test]
fn the_editor_says_at_its_field_that_a_voice_note_cannot_be_played() {
    let dir = tempfile::tempdir().unwrap();
    for file in [
        "phone-files.ron",
        "not-a-recording.m4a",
        "voice-note.opus",
        "memo.amr",
    ] {
        std::fs::copy(data(file), dir.path().join(file)).unwrap();
    }
    for file in ["photo.heic", "quiet-memo.m4a", "upright.jpg"] {
        std::fs::copy(data(file), dir.path().join(file)).unwrap();
    }
    let path = dir.path().join("phone-files.ron").display().to_string();
    let mut rig = rig_with(Launch::Open(path), quiet());
    rig.click("Edit");
    rig.click("Save");
    for message in [
        "Recording file \"voice-note.opus\" cannot be used: it is an Opus recording",
        "Recording file \"memo.amr\" cannot be used: it is an AMR recording",
        "Picture file \"photo.heic\" cannot be used: it is a HEIC photo",
    ] {
        // At the field, and in the question about saving with problems.
        assert!(
            rig.harness
                .query_all_by_label_contains(message)
                .next()
                .is_some(),
            "{message}"
        );
    }
}

#[test]
fn check_asks_for_a_longer_get_ready_time_where_a_recording_would_run_into_the_hold() {
    let file = "tests/data/media/too-long-to-get-ready.ron";
    let (code, stdout, _) = check(&[file]);
    assert_eq!(code, 1, "{stdout}");
    assert_eq!(
        stdout.lines().collect::<Vec<_>>(),
        [format!(
            "{file}:7:60: voice file \"long-instructions.ogg\" lasts 9.0s, longer than this step's get-ready time allows: it plays after the step's start cue (up to 2.5s with its words), and prepare is 5s; make prepare at least 12s, or shorten the recording"
        )]
    );
}
