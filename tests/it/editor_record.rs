//! "Record…" in the editor, as a therapist records a client's instructions in the clinic: the
//! window's meter moves while the words come in, Stop keeps only the words (the room and the
//! mouse clicks cut) at the cues' loudness in a WAV beside the routine, the step's recording names
//! it, Play back plays it, Record again replaces it; a take longer than fits before the hold is
//! said; without a microphone the window says so. The microphone is a fake fed from
//! tests/data/record/instructions.wav (tests/record_device.rs records through the real stack).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Tests may fail loudly.

use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use crate::common::*;
use egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use stretch_timer::app::Launch;
use stretch_timer::audio::bank::{self, Sound};
use stretch_timer::audio::input::{FakeMicrophone, InputError};

fn instructions() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/record/instructions.wav")
}

fn press(rig: &mut Rig, label: &str) {
    control(rig, label).scroll_to_me();
    frames(rig);
    control(rig, label).click();
    frames(rig);
}

/// The editor on "Minimal" (one step "Stretch", get ready 5 s by default, kept as a single file)
/// recording from `microphone`.
fn editing_minimal(microphone: Arc<FakeMicrophone>) -> Rig {
    let home = tempfile::tempdir().unwrap();
    let routines = home.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    std::fs::copy("tests/data/valid/minimal.ron", routines.join("minimal.ron")).unwrap();
    let mut rig = rig_changed(
        home,
        Launch::Open("minimal".to_owned()),
        quiet(),
        [1100.0, 760.0],
        |deps| deps.microphone = microphone,
    );
    press(&mut rig, "Edit");
    assert!(rig.shows("Editing: Minimal"));
    rig
}

/// A microphone that hears the instructions at each take: the same words to the ear, each take's
/// file different from the others as a real new take's would be (the microphone's polarity
/// flipped, a hum at -70 dBFS added).
fn hearing_instructions() -> Arc<FakeMicrophone> {
    let words = bank::decode_file(&instructions(), 16_000).unwrap();
    let take = |sign: f32, hum: f32| {
        let samples = words.samples().iter().enumerate().map(|(i, s)| {
            let t = i as f32 / 16_000.0;
            sign * s + hum * (2.0 * std::f32::consts::PI * 50.0 * t).sin()
        });
        bank::Clip::new(samples.collect(), 16_000)
    };
    Arc::new(FakeMicrophone::hearing_takes(vec![
        take(1.0, 0.0),
        take(-1.0, 0.0),
        take(1.0, 3e-4),
        take(-1.0, 3e-4),
    ]))
}

/// The length the window shows while recording ("Recording  0:04.2"), in seconds.
fn shown_length(rig: &Rig) -> Option<f64> {
    let node = rig.harness.query_by_label_contains("Recording  ")?;
    let node = node.accesskit_node();
    // A text label's words are its value.
    let text = node.label().or_else(|| node.value())?.to_owned();
    let (minutes, seconds) = text.trim_start_matches("Recording  ").split_once(':')?;
    Some(minutes.parse::<f64>().ok()? * 60.0 + seconds.parse::<f64>().ok()?)
}

/// The meter's reading (dBFS), while it has one.
fn meter(rig: &Rig) -> Option<f64> {
    rig.harness
        .query_by_label_contains("Microphone level")?
        .accesskit_node()
        .numeric_value()
}

/// Draws frames (the capture runs on its own thread, in real time) until `done` holds.
fn until(rig: &mut Rig, what: &str, mut done: impl FnMut(&mut Rig) -> bool) {
    let start = Instant::now();
    while !done(rig) {
        assert!(start.elapsed() < Duration::from_secs(30), "never: {what}");
        std::thread::sleep(Duration::from_millis(10));
        rig.harness.step();
    }
    frames(rig);
}

/// How much of the recording is words, as the window shows it while recording ("words: 2.8 s").
fn shown_words(rig: &Rig) -> Option<f64> {
    let node = rig.harness.query_by_label_contains("words: ")?;
    let node = node.accesskit_node();
    let text = node.label().or_else(|| node.value())?.to_owned();
    text.trim_start_matches("words: ")
        .trim_end_matches(" s")
        .parse()
        .ok()
}

/// Records until `seconds` have come in, noting the meter's readings; then presses Stop and waits
/// for the take. Returns the readings and how much was words when Stop was pressed.
fn record_for(rig: &mut Rig, seconds: f64) -> (Vec<f64>, Option<f64>) {
    let mut readings = Vec::new();
    until(rig, "recorded long enough", |rig| {
        readings.extend(meter(rig));
        shown_length(rig).is_some_and(|s| s >= seconds)
    });
    let words = shown_words(rig);
    press(rig, "Stop");
    until(rig, "saved", |rig| rig.shows_containing("of silence cut)"));
    (readings, words)
}

#[test]
fn recorded_instructions_are_trimmed_levelled_saved_beside_the_routine_played_and_redone() {
    let microphone = hearing_instructions();
    let mut rig = editing_minimal(Arc::clone(&microphone));
    set_field(&mut rig, "Step 1 get ready", "10s");
    press(&mut rig, "Record instructions for step 1");
    assert!(rig.shows_containing("up to 7.5 s fits before the hold"));
    press(&mut rig, "Record");

    let (readings, words) = record_for(&mut rig, 5.5);
    let (quietest, loudest) = readings
        .iter()
        .fold((f64::MAX, f64::MIN), |(lo, hi), r| (lo.min(*r), hi.max(*r)));
    assert!(
        quietest < -55.0 && loudest > -50.0,
        "the meter moved with the words: {readings:?}"
    );
    assert!(!rig.shows_containing("longer than fits"));
    let words = words.expect("the length of the words shown while recording");
    assert!(
        (2.3..=3.1).contains(&words),
        "of 5.5 s recorded, the words and a little around them: {words} s"
    );

    // Saved beside the routine, moved into a folder of its own as Choose recording… does.
    let folder = rig.home.path().join("routines/minimal");
    assert!(folder.join("minimal.ron").is_file());
    let saved = folder.join("stretch.wav");
    assert_eq!(field_text(&rig, "Step 1 recording"), "stretch.wav");
    assert!(rig.shows_containing("Saved as stretch.wav"));
    let take = bank::decode_file(&saved, 16_000).unwrap();
    let length = take.duration().as_secs_f64();
    assert!(
        (2.3..=3.1).contains(&length),
        "the words (1.04 s to 3.31 s of 5.2 s) and a little around them: {length:.2} s"
    );
    let level = bank::speech_level(take.samples(), 16_000).unwrap();
    assert!(
        (level - bank::CUE_LOUDNESS_DBFS).abs() < 1.0,
        "as loud as the cues: {level} dBFS"
    );

    rig.sounds();
    press(&mut rig, "Play back");
    assert_eq!(rig.sounds(), vec![Sound::StepVoice(0)]);
    assert!(rig.shows("Stop playing"));

    press(&mut rig, "Record again");
    record_for(&mut rig, 5.5);
    assert_eq!(microphone.opened(), 2);
    assert_eq!(field_text(&rig, "Step 1 recording"), "stretch-2.wav");
    frames(&mut rig);
    assert!(
        !saved.exists(),
        "the take replaced is removed: the routine never named it on disk"
    );
    assert!(folder.join("stretch-2.wav").is_file());

    press(&mut rig, "Done");
    assert!(!rig.shows("Record again"), "the window is closed");

    // Recorded again later, in a new window: the take it replaces goes too.
    press(&mut rig, "Record instructions for step 1");
    press(&mut rig, "Record");
    record_for(&mut rig, 5.5);
    assert_eq!(field_text(&rig, "Step 1 recording"), "stretch.wav");
    frames(&mut rig);
    assert!(!folder.join("stretch-2.wav").exists());
    press(&mut rig, "Done");

    press(&mut rig, "Save");
    let text = std::fs::read_to_string(folder.join("minimal.ron")).unwrap();
    assert!(text.contains("voice: \"stretch.wav\""), "{text}");
    let routine = stretch_timer::routine::load(&folder.join("minimal.ron")).unwrap();
    assert!(routine.steps[0].voice.is_some(), "check takes it");

    // A take the saved routine names is never removed: only the field changes until Save.
    press(&mut rig, "Record instructions for step 1");
    press(&mut rig, "Record");
    record_for(&mut rig, 5.5);
    assert_eq!(field_text(&rig, "Step 1 recording"), "stretch-2.wav");
    frames(&mut rig);
    assert!(folder.join("stretch.wav").is_file(), "the saved routine's");
    assert_eq!(microphone.opened(), 4);
}

#[test]
fn a_take_longer_than_fits_before_the_hold_is_said_while_recording_and_at_its_field() {
    let mut rig = editing_minimal(hearing_instructions());
    press(&mut rig, "Record instructions for step 1");
    assert!(
        rig.shows_containing("up to 2.5 s fits before the hold"),
        "get ready is 5 s, of which the start cue takes 2.5 s"
    );
    press(&mut rig, "Record");
    until(&mut rig, "the warning", |rig| {
        rig.shows_containing("Longer than fits before the hold (2.5 s)")
    });
    press(&mut rig, "Stop");
    until(&mut rig, "saved", |rig| {
        rig.shows_containing("of silence cut)")
    });
    assert!(rig.shows_containing("make Get ready at least 6s"));
    press(&mut rig, "Done");
    assert!(
        rig.harness
            .query_all_by_label_contains("The recording lasts")
            .next()
            .is_some(),
        "the check's own message at the field"
    );
}

#[test]
fn without_a_microphone_the_window_says_so_and_nothing_is_changed() {
    let microphone = Arc::new(FakeMicrophone::failing(InputError::NoDevice(
        "ALSA: no default input".to_owned(),
    )));
    let mut rig = editing_minimal(Arc::clone(&microphone));
    press(&mut rig, "Record instructions for step 1");
    press(&mut rig, "Record");
    until(&mut rig, "the failure", |rig| {
        rig.shows_containing("No microphone was found")
    });
    assert!(
        !rig.shows_containing("ALSA"),
        "the sound system's words go to the log"
    );
    press(&mut rig, "Try again");
    until(&mut rig, "asked again, and said again", |rig| {
        microphone.opened() == 2 && rig.shows_containing("No microphone was found")
    });
    rig.key(Key::Escape);
    assert!(
        !rig.shows_containing("No microphone was found"),
        "Escape closes the window"
    );
    assert_eq!(field_text(&rig, "Step 1 recording"), "");
    let routines = rig.home.path().join("routines");
    assert!(routines.join("minimal.ron").is_file(), "nothing moved");
    assert!(!routines.join("minimal").exists());
}

#[test]
fn a_silent_microphone_is_said_and_nothing_is_saved() {
    let silence = bank::Clip::new(vec![0.0; 16_000], 16_000);
    let mut rig = editing_minimal(Arc::new(FakeMicrophone::hearing(silence)));
    press(&mut rig, "Record instructions for step 1");
    press(&mut rig, "Record");
    until(&mut rig, "recording", |rig| {
        shown_length(rig).is_some_and(|s| s >= 1.0)
    });
    press(&mut rig, "Stop");
    until(&mut rig, "the failure", |rig| {
        rig.shows_containing("Nothing was heard")
    });
    assert_eq!(field_text(&rig, "Step 1 recording"), "");
    assert!(!rig.home.path().join("routines/minimal").exists());
}
