//! The desktop app driven the way a person uses it, through egui_kittest and AccessKit labels,
//! with a manual clock and a recording audio output.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use std::collections::HashMap;
use std::sync::Arc;
use std::time::Duration;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use stretch_timer::app::settings::{Settings, Theme};
use stretch_timer::app::{Launch, StretchApp};
use stretch_timer::audio::CueStyle;
use stretch_timer::audio::bank::{Phrase, RENDER_RATE, Sound};
use stretch_timer::audio::output::Recorded;
use stretch_timer::clock::ManualClock;
use stretch_timer::engine::State;
use stretch_timer::home::Home;
use stretch_timer::routine::Tone;

use crate::common::*;

#[test]
fn pick_a_routine_start_it_and_follow_a_hold_with_its_cues() {
    let mut rig = rig(Launch::Library);
    assert!(rig.shows("Supine bench psoas stretch"));
    rig.click("Standing psoas stretch");
    // The overview: total time, safety text, Start.
    assert!(rig.shows_containing("4:55 in all"));
    assert!(rig.shows("Before you start"));
    rig.click("Start");
    assert_eq!(rig.state(), Some(State::Running));
    assert!(rig.shows("Get ready"));
    assert!(rig.shows("10 seconds left"), "prepare is 10 s");
    assert_eq!(
        rig.sounds(),
        [
            Sound::Tone(Tone::StepStart),
            Sound::Phrase(Phrase::GetReady)
        ]
    );

    rig.at_secs(10.0);
    assert!(rig.shows("Hold"));
    assert!(rig.shows("5 seconds left"));
    assert!(rig.shows("Rep 1 of 6"));
    assert_eq!(
        rig.sounds(),
        [Sound::Tone(Tone::HoldStart), Sound::Phrase(Phrase::Hold)]
    );

    // 2.3 s into the hold: 2.7 s left shows as 0:03.
    rig.at_secs(12.3);
    assert!(rig.shows("3 seconds left"));
    rig.at_secs(15.0);
    assert!(rig.shows("Rest"));
    assert_eq!(
        rig.sounds(),
        [Sound::Tone(Tone::HoldEnd), Sound::Phrase(Phrase::Relax)]
    );
}

#[test]
fn pause_stands_time_still_and_space_resumes() {
    let mut rig = rig(Launch::Start("standing-psoas".to_owned()));
    rig.at_secs(12.0);
    rig.click("Pause");
    assert!(rig.shows("Paused: Space to go on"));
    assert!(rig.shows("3 seconds left"));
    assert!(rig.output.log().contains(&Recorded::Silence));
    rig.at_secs(300.0);
    assert!(
        rig.shows("3 seconds left"),
        "time stands still while paused"
    );
    assert!(rig.shows("Resume"));
    rig.key(Key::Space);
    assert!(rig.shows("Hold"));
    assert!(rig.shows("Pause"));
    rig.at_secs(302.0);
    assert!(rig.shows("1 second left"));
}

#[test]
fn skip_back_and_restart_with_buttons_and_keys() {
    let mut rig = rig(Launch::Start("standing-psoas".to_owned()));
    rig.at_secs(3.0);
    rig.click("Skip");
    assert!(
        rig.shows("Hold") && rig.shows("5 seconds left"),
        "skipped the preparation"
    );
    rig.key(Key::N);
    assert!(rig.shows("Rest"));
    rig.key(Key::ArrowRight);
    assert!(rig.shows("Hold") && rig.shows("Rep 2 of 6"));
    rig.key(Key::B);
    assert!(
        rig.shows("Rest"),
        "back within 2 s goes to the previous phase"
    );
    rig.at_secs(5.0);
    rig.key(Key::ArrowLeft);
    assert!(
        rig.shows("Rest") && rig.shows("3 seconds left"),
        "later, back to the start of this phase"
    );
    rig.key(Key::R);
    assert!(
        rig.shows("Get ready") && rig.shows("10 seconds left"),
        "restart the step"
    );
    rig.click("Restart step");
    assert!(rig.shows("Get ready"));
}

#[test]
fn mute_and_volume_keys_reach_the_sound() {
    let mut rig = rig(Launch::Start("standing-psoas".to_owned()));
    rig.output.take();
    rig.key(Key::M);
    assert!(rig.shows("Unmute"));
    assert!(rig.output.log().contains(&Recorded::Muted(true)));
    rig.key(Key::M);
    assert!(rig.shows("Mute"));
    rig.key(Key::Minus);
    assert!(rig.harness.state().settings().volume < 0.75);
    assert!(
        rig.output
            .log()
            .iter()
            .any(|r| matches!(r, Recorded::Volume(v) if (*v - 0.7).abs() < 1e-4))
    );
}

#[test]
fn escape_asks_before_abandoning_the_routine() {
    let mut rig = rig(Launch::Start("standing-psoas".to_owned()));
    rig.at_secs(4.0);
    rig.key(Key::Escape);
    assert!(rig.shows("Stop this routine?"));
    rig.click("Keep going");
    assert!(!rig.shows("Stop this routine?"));
    assert_eq!(rig.state(), Some(State::Running));
    rig.click("Stop");
    assert!(rig.shows("Stop this routine?"));
    rig.click("Stop routine");
    assert_eq!(rig.state(), None, "the routine is no longer running");
    assert!(rig.shows("Routine stopped"), "the finish screen");
    rig.click("Back to routines");
    assert!(
        rig.shows_containing("Standing psoas"),
        "back on the routines"
    );
    assert!(rig.output.log().contains(&Recorded::Silence));
}

/// A client minimises the window during a routine and listens. eframe then draws nothing and
/// calls only `App::logic` when the app asked to be woken: the routine still ends at its end,
/// is recorded with its true length and time, and the finish screen is there when the window
/// comes back, an hour later.
#[test]
fn a_routine_minimised_before_its_end_ends_and_is_recorded_at_its_end() {
    let mut rig = rig(Launch::Start("standing-psoas".to_owned()));
    rig.at_secs(10.0);
    let (woken, _) = rig.hidden_until(Duration::from_secs(3600));
    let end = Duration::from_secs(295);
    assert!(
        woken.contains(&end),
        "woken at the routine's end (4:55), not only when shown again: {woken:?}"
    );
    assert_eq!(rig.state(), None, "the routine ended while hidden");
    assert!(
        rig.sounds().contains(&Sound::Tone(Tone::RoutineDone)),
        "its last cue was played"
    );

    rig.harness.run();
    assert!(rig.shows("Routine complete"));
    assert!(rig.shows_containing("2 steps · 4:55 planned · 4:55 done"));
    rig.click("Back to routines");
    let records = rig.harness.state().sessions().records().to_vec();
    assert_eq!(records.len(), 1);
    assert_eq!(
        records[0].outcome,
        Some(stretch_timer::progress::Outcome::Completed)
    );
    assert_eq!(records[0].seconds, 295);
    let ended = records[0].ended_at.unwrap().timestamp();
    assert_eq!(
        ended.duration_since(start_time().timestamp()),
        jiff::SignedDuration::from_secs(295),
        "recorded as ended at its end, not when the window came back"
    );
}

#[test]
fn finishing_shows_a_summary() {
    let mut rig = rig(Launch::Start("standing-psoas".to_owned()));
    rig.at_secs(296.0);
    assert!(rig.shows("Routine complete"));
    assert!(rig.shows_containing("2 steps · 4:55 planned · 4:55 done"));
    assert!(rig.sounds().contains(&Sound::Tone(Tone::RoutineDone)));
    rig.click("Back to routines");
    assert!(rig.shows("Routines"));
}

#[test]
fn a_broken_routine_file_is_listed_with_its_errors_and_cannot_start() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/broken/unknown-field.ron"
    );
    let mut rig = rig(Launch::Open(path.to_owned()));
    assert!(rig.shows("unknown-field.ron"));
    assert!(rig.shows_containing("has errors and cannot be started"));
    assert!(rig.shows_containing(
        r#"line 7, column 13: unknown field "hodl" in Step; did you mean "hold"?"#
    ));
    // Its errors have a page of their own (tests/editor_screen.rs); the library lists it too.
    rig.click("All routines");
    assert!(rig.shows_containing("has errors and cannot be started"));
    assert!(
        rig.shows("Supine bench psoas stretch"),
        "the other routines are still there"
    );
}

#[test]
fn a_routine_file_opens_on_its_overview() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/valid/every-field.ron"
    );
    let mut rig = rig(Launch::Open(path.to_owned()));
    assert!(rig.shows("Every field"));
    assert!(rig.shows_containing("by A. Therapist"));
    rig.click("All routines");
    assert!(
        rig.shows_containing("from "),
        "listed with where it comes from"
    );
}

/// eframe's storage, in memory.
#[derive(Default)]
struct Memory(HashMap<String, String>);

impl eframe::Storage for Memory {
    fn get_string(&self, key: &str) -> Option<String> {
        self.0.get(key).cloned()
    }
    fn set_string(&mut self, key: &str, value: String) {
        self.0.insert(key.to_owned(), value);
    }
    fn remove_string(&mut self, key: &str) {
        self.0.remove(key);
    }
    fn flush(&mut self) {}
}

#[test]
fn settings_survive_a_restart() {
    let mut rig = rig(Launch::Library);
    rig.click("Settings");
    rig.click("Voice");
    rig.click("Light");
    rig.click("Countdown ticks");
    rig.click("Large");
    let mut storage = Memory::default();
    eframe::App::save(rig.harness.state_mut(), &mut storage);
    drop(rig);

    let restored: Settings = eframe::get_value(&storage, Settings::KEY).unwrap();
    let mut again = rig_with(Launch::Library, restored);
    let settings = again.harness.state().settings().clone();
    assert_eq!(settings.style, CueStyle::Voice);
    assert_eq!(settings.theme, Theme::Light);
    assert!(!settings.ticks);
    assert_eq!(settings.text_scale, 1.5);
    // And the restored choice is what the settings window shows.
    again.click("Settings");
    let toggled = |label: &str| again.harness.get_by_label(label).accesskit_node().toggled();
    assert_eq!(toggled("Voice"), Some(egui::accesskit::Toggled::True));
    assert_eq!(toggled("Both"), Some(egui::accesskit::Toggled::False));
}

#[test]
fn cue_style_applies_to_the_running_routine() {
    let mut rig = rig_with(
        Launch::Start("standing-psoas".to_owned()),
        Settings {
            style: CueStyle::Tones,
            ..quiet()
        },
    );
    assert_eq!(rig.sounds(), [Sound::Tone(Tone::StepStart)]);
    rig.click("Settings");
    rig.click("Voice");
    rig.at_secs(10.0);
    assert_eq!(rig.sounds(), [Sound::Phrase(Phrase::Hold)]);
}

#[test]
fn a_steps_own_picture_is_shown_and_bundled_steps_have_drawings() {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/valid/with-assets/routine.ron"
    );
    let rig = rig(Launch::Start(path.to_owned()));
    assert!(rig.shows("Picture of Bench stretch"));
    let rig = self::rig(Launch::Start("supine-bench-psoas".to_owned()));
    assert!(rig.shows("Drawing: lying on the back, knees bent, feet flat"));
}

#[test]
fn at_twice_the_text_size_every_control_and_the_time_stay_inside_the_window() {
    let rig = rig_with(
        Launch::Start("supine-bench-psoas".to_owned()),
        Settings {
            text_scale: 2.0,
            ..quiet()
        },
    );
    // At zoom 2 the 1100 × 760 window holds 550 × 380 points.
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(550.0, 380.0));
    for label in [
        "Back",
        "Restart step",
        "Pause",
        "Skip",
        "Stop",
        "Mute",
        "15 seconds left",
        "Get ready",
        "Pelvic tilts",
    ] {
        let rect = rig.harness.get_by_label(label).rect();
        assert!(window.contains_rect(rect), "{label} at {rect:?} is cut off");
    }
}

#[test]
fn a_device_lost_mid_routine_is_shown_and_retried_on_request_while_the_timer_goes_on() {
    let clock = ManualClock::new();
    let device = Headset::default();
    let opened = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let home = tempfile::tempdir().unwrap();
    let deps = deps(home.path(), &clock, {
        let device = device.clone();
        let opened = Arc::clone(&opened);
        Arc::new(move || {
            opened.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
            (Box::new(device.clone()) as _, RENDER_RATE)
        })
    });
    let mut harness = Harness::builder()
        .with_size([1100.0, 760.0])
        .build_eframe(move |_| {
            StretchApp::with_settings(deps, quiet(), Launch::Start("standing-psoas".to_owned()))
        });
    assert!(harness.query_by_label_contains("No sound").is_none());
    device.gone.store(true, std::sync::atomic::Ordering::SeqCst);
    clock.set(Duration::from_secs(12));
    harness.run();
    assert!(
        harness
            .query_by_label_contains("No sound: the headset was unplugged")
            .is_some()
    );
    assert!(
        harness.query_by_label("3 seconds left").is_some(),
        "the timer goes on"
    );
    harness.get_by_label("Retry sound").click();
    harness.run();
    assert_eq!(
        opened.load(std::sync::atomic::Ordering::SeqCst),
        2,
        "the device was opened again"
    );
    // Plugged back in: the reopened output plays, and the message goes.
    device
        .gone
        .store(false, std::sync::atomic::Ordering::SeqCst);
    harness.run();
    assert!(harness.query_by_label_contains("No sound").is_none());
}

#[test]
fn the_sound_device_is_held_from_a_routines_overview_to_its_end_and_let_go_elsewhere() {
    let device = Headset::default();
    let home = tempfile::tempdir().unwrap();
    let clock = ManualClock::new();
    let deps = deps(home.path(), &clock, playing_on(&device, RENDER_RATE));
    let mut harness = Harness::builder()
        .with_size([1100.0, 760.0])
        .build_eframe(move |_| StretchApp::with_settings(deps, quiet(), Launch::Library));
    // Outputs held: the clones alive less this test's and the factory's, each holding the device.
    let held = |device: &Headset| Arc::strong_count(&device.alive) - 2;
    harness.run();
    assert_eq!(held(&device), 0, "the library holds no sound device");

    harness.get_by_label("Standing psoas stretch").click();
    harness.run();
    assert_eq!(
        held(&device),
        1,
        "open on the overview, running before Start"
    );
    harness.get_by_label("All routines").click();
    harness.run();
    assert_eq!(held(&device), 0, "let go again");

    harness.get_by_label("Standing psoas stretch").click();
    harness.run();
    harness.get_by_label("Start").click();
    harness.run();
    assert!(held(&device) >= 1, "the routine plays on it");
    clock.set(Duration::from_secs(296));
    harness.run();
    assert!(harness.query_by_label("Routine complete").is_some());
    harness.get_by_label("Back to routines").click();
    harness.run();
    assert_eq!(held(&device), 0, "let go once the routine is over");
}

#[test]
fn every_screen_works_from_the_keyboard_alone() {
    let mut rig = rig(Launch::Library);
    // Tab moves through the controls; Enter presses the focused one.
    let mut reached = false;
    for _ in 0..20 {
        rig.key(Key::Tab);
        if rig
            .harness
            .get_by_label("Standing psoas stretch")
            .is_focused()
        {
            reached = true;
            break;
        }
    }
    assert!(reached, "the routine can be reached with Tab");
    rig.key(Key::Enter);
    assert!(rig.shows("Before you start"));
    let mut started = false;
    for _ in 0..20 {
        rig.key(Key::Tab);
        if rig.harness.get_by_label("Start").is_focused() {
            rig.key(Key::Enter);
            started = true;
            break;
        }
    }
    assert!(started, "Start can be reached with Tab");
    assert_eq!(rig.state(), Some(State::Running));
    // In the player, a focused button takes Space; without focus Space pauses.
    rig.key(Key::Space);
    assert_eq!(rig.state(), Some(State::Paused));
}

#[test]
fn a_routine_file_can_be_opened_by_typing_its_path() {
    let mut rig = rig(Launch::Library);
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/valid/every-field.ron"
    );
    type_path(&mut rig, path);
    rig.click("Open path");
    assert!(rig.shows("Every field"));
    assert!(rig.shows("Start"));
    // A broken file opened this way shows its errors.
    rig.click("All routines");
    let broken = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/data/broken/many-errors.ron"
    );
    type_path(&mut rig, broken);
    rig.click("Open path");
    assert!(rig.shows_containing("line 5, column 31"));
}

fn type_path(rig: &mut Rig, path: &str) {
    rig.harness.get_by_label("Routine file path").focus();
    rig.harness.run();
    rig.harness
        .get_by_label("Routine file path")
        .type_text(path);
    rig.harness.run();
}

/// Replaces the text of the field named `label` with `text`, as a person does: click into it,
/// select everything, type.
fn set_field(rig: &mut Rig, label: &str, text: &str) {
    rig.harness.get_by_label(label).focus();
    rig.harness.run();
    rig.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    rig.harness.run();
    rig.harness.get_by_label(label).type_text(text);
    rig.harness.run();
}

fn new_blank_routine(rig: &mut Rig) {
    rig.click("New routine");
    rig.click("Blank routine");
    assert!(rig.shows("Editing: Untitled routine"));
}

fn routines_dir(rig: &Rig) -> std::path::PathBuf {
    rig.home.path().join("routines")
}

#[test]
fn a_routine_built_from_scratch_is_saved_listed_as_yours_and_started() {
    let mut rig = rig(Launch::Library);
    new_blank_routine(&mut rig);
    // A blank routine cannot be used yet; each field says why once it has been visited.
    assert!(rig.shows("Not finished"));
    set_field(&mut rig, "Routine name", "Evening hips");
    set_field(&mut rig, "Step 1 name", "Knee hug");
    set_field(&mut rig, "Step 1 hold", "45s");
    rig.click("Add a step");
    set_field(&mut rig, "Step 2 name", "Bench psoas");
    rig.click("Step 2 sides: Left, then right");
    set_field(&mut rig, "Step 2 hold", "1m");
    assert!(rig.shows("No problems: ready to save and to use."));
    // 5 s + 45 s, then 5 s + 60 s + 5 s switch + 60 s.
    assert!(rig.shows("Total time 3:00"));

    rig.click("Save");
    let path = routines_dir(&rig).join("evening-hips.ron");
    let saved = stretch_timer::routine::load(&path).expect("a valid routine file");
    assert_eq!(saved.name, "Evening hips");
    assert_eq!(saved.steps.len(), 2);
    assert_eq!(saved.steps[1].hold, Duration::from_secs(60));
    assert!(rig.shows("Saved"));

    rig.click("All routines");
    assert!(rig.shows("Evening hips"));
    assert!(rig.shows_containing("yours"));
    rig.click("Evening hips");
    rig.click("Start");
    assert_eq!(rig.state(), Some(State::Running));
    assert!(rig.shows("Knee hug"));
}

#[test]
fn an_invalid_value_shows_the_check_message_next_to_it_and_is_never_saved_over_a_good_file() {
    let home = tempfile::tempdir().unwrap();
    let routines = home.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    let file = routines.join("mine.ron");
    std::fs::copy("tests/data/valid/minimal.ron", &file).unwrap();
    let good = std::fs::read_to_string(&file).unwrap();
    let mut rig = rig_in(home, Launch::Open("mine".to_owned()), quiet());
    rig.click("Edit");
    set_field(&mut rig, "Step 1 hold", "1.5m");
    let message = "Hold: \"1.5m\" has a fraction; durations are whole seconds, e.g. \"1m30s\" instead of \"1.5m\"";
    assert!(rig.shows(message), "the message of `stretch-timer check`");
    assert!(rig.shows("1 problem"));
    assert!(
        rig.shows("Total ?"),
        "no total while a duration cannot be read"
    );

    rig.click("Save");
    assert!(rig.shows("This routine has a problem"));
    rig.click("Keep editing");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), good);
    // Fixed, it saves.
    set_field(&mut rig, "Step 1 hold", "1m30s");
    assert!(!rig.shows(message));
    rig.click("Save");
    assert_eq!(
        stretch_timer::routine::load(&file).unwrap().steps[0].hold,
        Duration::from_secs(90)
    );
}

#[test]
fn steps_are_reordered_duplicated_and_removed() {
    let mut rig = rig(Launch::Open("standing-psoas".to_owned()));
    rig.click("Edit a copy");
    let names = |rig: &Rig| -> Vec<String> {
        let app = rig.harness.state();
        let editor = app.editor().expect("editing");
        editor.draft.steps.iter().map(|s| s.name.clone()).collect()
    };
    assert_eq!(
        names(&rig),
        ["Standing pelvic tilts", "Standing psoas stretch"]
    );
    rig.click("Move step 1 down");
    assert_eq!(
        names(&rig),
        ["Standing psoas stretch", "Standing pelvic tilts"]
    );
    rig.click("Move step 2 up");
    assert_eq!(
        names(&rig),
        ["Standing pelvic tilts", "Standing psoas stretch"]
    );
    rig.click("Duplicate step 2");
    assert_eq!(
        names(&rig),
        [
            "Standing pelvic tilts",
            "Standing psoas stretch",
            "Standing psoas stretch"
        ]
    );
    rig.click("Remove step 1");
    set_field(&mut rig, "Routine name", "Standing, psoas only");
    rig.click("Save");
    // The copy is saved among the user's routines; the bundled routine is untouched.
    let copy =
        stretch_timer::routine::load(&routines_dir(&rig).join("standing-psoas-only.ron")).unwrap();
    let step_names: Vec<&str> = copy.steps.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        step_names,
        ["Standing psoas stretch", "Standing psoas stretch"]
    );
    let bundled = stretch_timer::bundled::find("standing-psoas")
        .unwrap()
        .load("en")
        .unwrap();
    assert_eq!(bundled.steps.len(), 2);
}

#[test]
fn a_draft_that_cannot_be_kept_is_tried_again_now_and_then_not_at_every_keystroke() {
    let mut rig = rig(Launch::Library);
    // The drafts folder is a file: no draft can be kept.
    std::fs::write(rig.home.path().join("drafts"), "not a folder").unwrap();
    new_blank_routine(&mut rig);
    set_field(&mut rig, "Routine name", "Half");
    assert!(rig.shows_containing("Could not keep a draft"));
    rig.click("Dismiss");
    set_field(&mut rig, "Routine name", "Half-written");
    assert!(
        !rig.shows_containing("Could not keep a draft"),
        "not tried again at the next keystroke"
    );
    rig.at_secs(2.5);
    set_field(&mut rig, "Routine name", "Half-written, longer");
    assert!(
        rig.shows_containing("Could not keep a draft"),
        "tried again a while later"
    );
}

#[test]
fn closing_the_window_with_unsaved_changes_keeps_them_for_next_time() {
    let mut rig = rig(Launch::Library);
    new_blank_routine(&mut rig);
    set_field(&mut rig, "Routine name", "Half-written");
    set_field(&mut rig, "Step 1 name", "Still typing");
    rig.harness
        .input_mut()
        .viewports
        .entry(egui::ViewportId::ROOT)
        .or_default()
        .events
        .push(egui::ViewportEvent::Close);
    rig.harness.run();
    let Rig { home, .. } = rig;

    // The app again, with the same folder: the work is offered back.
    let mut rig = rig_in(home, Launch::Library, quiet());
    assert!(rig.shows("Unsaved new routine “Half-written”"));
    rig.click("Continue editing Half-written");
    let app = rig.harness.state();
    let editor = app.editor().expect("editing");
    assert_eq!(editor.draft.steps[0].name, "Still typing");
    assert!(editor.unsaved());
    // Leaving asks; discarding forgets the draft.
    rig.click("All routines");
    assert!(rig.shows("Save your changes?"));
    rig.click("Discard changes");
    assert!(!rig.shows_containing("Unsaved new routine"));
    assert!(
        rig.home
            .path()
            .join("drafts")
            .read_dir()
            .unwrap()
            .next()
            .is_none()
    );
}

#[test]
fn a_draft_that_cannot_be_read_is_named_in_the_library_and_left_alone() {
    let home = tempfile::tempdir().unwrap();
    let drafts = home.path().join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    let corrupt = drafts.join("new-1.json");
    std::fs::write(&corrupt, "{ half a draft").unwrap();
    let mut rig = rig_in(home, Launch::Library, quiet());
    rig.harness.run();
    assert!(rig.shows_containing("could not be read as a draft"));
    assert!(rig.shows_containing(&corrupt.display().to_string()));
    assert!(corrupt.is_file(), "the file is kept as it was");
}

#[test]
fn a_routine_file_changed_on_disk_shows_in_the_library_while_the_app_runs() {
    let mut rig = rig(Launch::Library);
    let routines = routines_dir(&rig);
    // The watcher starts with the window; then a therapist saves files in a text editor.
    let file = routines.join("from-my-editor.ron");
    std::fs::write(
        &file,
        std::fs::read("tests/data/valid/minimal.ron").unwrap(),
    )
    .unwrap();
    let name = stretch_timer::routine::load(&file).unwrap().name;
    wait_until(&mut rig, |rig| rig.shows(&name));
    rig.click(&name);
    assert!(rig.shows("Start"));

    // The file is broken while its overview is open: its errors show, and it cannot start.
    std::fs::write(
        &file,
        "Routine(format: 1, name: \"Broken\", steps: [Step(hold: 0)])",
    )
    .unwrap();
    wait_until(&mut rig, |rig| rig.shows("from-my-editor.ron"));
    assert!(rig.shows_containing("This routine has errors and cannot be started"));
    assert!(rig.shows_containing("now has errors and cannot be started"));
    assert!(!rig.shows("Start"));
}

/// Lets the app run until `done`, for events from outside (the file system), up to 10 s.
fn wait_until(rig: &mut Rig, done: impl Fn(&Rig) -> bool) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !done(rig) {
        assert!(
            std::time::Instant::now() < deadline,
            "nothing changed in 10 s"
        );
        std::thread::sleep(Duration::from_millis(20));
        rig.harness.run();
    }
}

#[test]
fn a_step_is_tried_from_the_editor_and_stopping_returns_to_it() {
    let mut rig = rig(Launch::Open("standing-psoas".to_owned()));
    rig.click("Edit a copy");
    set_field(&mut rig, "Step 2 get ready", "3s");
    rig.click("Try from step 2");
    assert_eq!(rig.state(), Some(State::Running));
    assert!(rig.shows("· Step 2 of 2"), "step 2 at once");
    assert!(
        rig.shows("3 seconds left"),
        "with the get-ready time just typed"
    );
    rig.key(Key::Escape);
    rig.click("Stop routine");
    assert!(rig.shows("Editing: Standing psoas stretch"));
    assert_eq!(
        rig.harness.state().editor().unwrap().draft.steps[1].prepare,
        "3s",
        "the work is still there"
    );
    assert!(
        rig.harness.state().sessions().records().is_empty(),
        "a trial is not a session: nothing is recorded"
    );
}

#[test]
fn a_routine_exported_in_the_app_is_imported_with_a_choice_when_its_name_is_taken() {
    let home = tempfile::tempdir().unwrap();
    let mine = home.path().join("routines/mine");
    std::fs::create_dir_all(&mine).unwrap();
    for file in [
        "routine.ron",
        "bench.png",
        "intro.wav",
        "bell.wav",
        "not-audio.wav",
    ] {
        std::fs::copy(
            format!("tests/data/valid/with-assets/{file}"),
            mine.join(file),
        )
        .unwrap();
    }
    std::fs::create_dir(mine.join("images")).unwrap();
    std::fs::copy(
        "tests/data/valid/with-assets/images/floor.png",
        mine.join("images/floor.png"),
    )
    .unwrap();
    let mut rig = rig_in(home, Launch::Library, quiet());
    rig.click("With pictures");
    rig.click("Export to share");
    let package = rig.home.path().join("exports/with-pictures.zip");
    assert!(rig.shows_containing("send this one file to your client"));
    assert!(package.is_file());

    // Opened by the client: added to their routines, with its pictures.
    rig.click("Dismiss");
    rig.click("All routines");
    type_path(&mut rig, package.to_str().unwrap());
    rig.click("Open path");
    assert!(rig.shows("Imported \"With pictures\"."));
    let imported = rig
        .home
        .path()
        .join("routines/with-pictures/with-pictures.ron");
    assert!(stretch_timer::routine::load(&imported).is_ok());

    // Opened again: the client chooses what happens to the one they have.
    rig.click("Dismiss");
    rig.click("All routines");
    type_path(&mut rig, package.to_str().unwrap());
    rig.click("Open path");
    assert!(rig.shows("A routine of that name is already here"));
    rig.click("Cancel");
    assert_eq!(rig.harness.query_all_by_label("With pictures").count(), 2);
    type_path(&mut rig, package.to_str().unwrap());
    rig.click("Open path");
    rig.click("Keep both");
    assert!(rig.shows("Imported \"With pictures\", next to the one you had."));
    rig.click("All routines");
    assert_eq!(
        rig.harness.query_all_by_label("With pictures").count(),
        3,
        "all three are listed"
    );

    // Double-clicked on another machine: `stretch-timer PACKAGE.zip` imports it at once.
    let elsewhere = tempfile::tempdir().unwrap();
    let rig = rig_in(
        elsewhere,
        Launch::Open(package.to_str().unwrap().to_owned()),
        quiet(),
    );
    assert!(rig.shows("Imported \"With pictures\"."));
    assert!(
        rig.home
            .path()
            .join("routines/with-pictures/with-pictures.ron")
            .is_file()
    );
    assert!(rig.shows("Start"), "the imported routine's overview");
}

// The client's progress: pain before and after, the history, and a history that cannot be used.

/// A past session to put in the history before the app starts.
struct Past {
    /// Days before the rig's first day.
    days_ago: i64,
    pain_before: Option<u8>,
    pain_after: Option<u8>,
    note: &'static str,
}

/// Writes sessions of the bundled standing psoas stretch, completed, into the history of `home`,
/// as an earlier run of the program would have.
fn seed(home: &std::path::Path, past: &[Past]) {
    use stretch_timer::progress::Source;
    let bundled = stretch_timer::bundled::find("standing-psoas").unwrap();
    let routine = bundled.load("en").unwrap();
    let mut history =
        stretch_timer::history::History::open(&stretch_timer::history::path_in(&Home::at(home)))
            .unwrap();
    for p in past {
        let at = start_time()
            .timestamp()
            .checked_sub(jiff::SignedDuration::from_hours(24 * p.days_ago))
            .unwrap();
        record_done(
            &mut history,
            Done {
                routine: &routine,
                source: Source::Bundled("standing-psoas".to_owned()),
                text: bundled.text("en").as_bytes(),
                at: start_time().with_timestamp(at),
                seconds: 295,
                pain_before: p.pain_before,
                pain_after: p.pain_after,
                note: p.note,
            },
        );
    }
}

fn history_file(rig: &Rig) -> std::path::PathBuf {
    rig.home.path().join("history.sqlite3")
}

#[test]
fn a_finished_routine_with_pain_before_and_after_is_in_history_and_on_its_card() {
    let mut rig = rig_with(Launch::Library, Settings::default());
    rig.click("Standing psoas stretch");
    rig.click("Start");
    assert!(rig.shows("How is your pain right now?"));
    assert_eq!(rig.state(), None, "nothing starts before the answer");
    rig.click("Pain 6");
    assert_eq!(rig.state(), Some(State::Running), "one tap starts it");
    rig.at_secs(296.0);
    assert!(rig.shows("Routine complete"));
    assert!(rig.shows("How is your pain now?"));
    rig.click("Pain 3");
    rig.click("About right");
    set_field(&mut rig, "Note", "Easier than last week");
    rig.click("Back to routines");
    assert!(rig.shows_containing("Last done today"));

    let records = rig.harness.state().sessions().records().to_vec();
    assert_eq!(records.len(), 1);
    let session = &records[0];
    assert_eq!(
        session.outcome,
        Some(stretch_timer::progress::Outcome::Completed)
    );
    assert_eq!(
        session.pain_before.map(stretch_timer::progress::Pain::get),
        Some(6)
    );
    assert_eq!(
        session.pain_after.map(stretch_timer::progress::Pain::get),
        Some(3)
    );
    assert_eq!(
        session.effort,
        Some(stretch_timer::progress::Effort::AboutRight)
    );
    assert_eq!(session.note, "Easier than last week");
    assert_eq!(session.holds_done(), session.holds_planned());
    assert_eq!(session.started_at, start_time());

    rig.click("History");
    assert!(rig.shows("Wednesday 12 March (today): 1 session done"));
    rig.click("Sessions");
    assert!(rig.shows("Wed, 12 Mar 2025, 09:00 · Standing psoas stretch"));
    assert!(rig.shows_containing(
        "Completed · 4 min 55 s · 12 of 12 holds · pain 6 before, 3 after · About right"
    ));
    assert!(rig.shows("Note: Easier than last week"));
}

#[test]
fn the_pain_question_can_be_skipped_or_turned_off() {
    let mut rig = rig_with(
        Launch::Start("standing-psoas".to_owned()),
        Settings::default(),
    );
    assert!(rig.shows("How is your pain right now?"));
    rig.click("Start without a score");
    assert_eq!(rig.state(), Some(State::Running));

    let mut rig = rig_with(
        Launch::Start("standing-psoas".to_owned()),
        Settings::default(),
    );
    rig.key(Key::Num4);
    assert_eq!(rig.state(), Some(State::Running), "a digit answers too");

    let mut rig = self::rig(Launch::Open("standing-psoas".to_owned()));
    rig.click("Start");
    assert_eq!(
        rig.state(),
        Some(State::Running),
        "with the setting off, Start starts"
    );
}

#[test]
fn stopping_early_is_recorded_as_stopped_at_its_step_with_pain_now() {
    let mut rig = rig(Launch::Open("standing-psoas".to_owned()));
    rig.click("Start");
    rig.at_secs(20.0);
    rig.click("Stop");
    rig.click("Stop routine");
    assert!(rig.shows_containing("You stopped at step 1 (Standing pelvic tilts)"));
    rig.click("Pain 2");
    rig.click("Back to routines");
    let records = rig.harness.state().sessions().records().to_vec();
    assert_eq!(records.len(), 1);
    assert_eq!(
        records[0].outcome,
        Some(stretch_timer::progress::Outcome::Stopped { step: 0 })
    );
    assert_eq!(
        records[0]
            .pain_after
            .map(stretch_timer::progress::Pain::get),
        Some(2)
    );
    assert_eq!(records[0].holds_done(), 1, "one 5 s hold ended by 20 s");

    assert!(
        !rig.shows_containing("Last done"),
        "one hold of twelve is not a session done"
    );
    rig.click("History");
    rig.click("Sessions");
    assert!(rig.shows_containing(
        "Stopped early at step 1 (Standing pelvic tilts) · 20 s · 1 of 12 holds · pain 2 after"
    ));
}

#[test]
fn a_session_is_deleted_only_after_asking() {
    let home = tempfile::tempdir().unwrap();
    seed(
        home.path(),
        &[
            Past {
                days_ago: 3,
                pain_before: Some(5),
                pain_after: Some(4),
                note: "",
            },
            Past {
                days_ago: 1,
                pain_before: None,
                pain_after: None,
                note: "",
            },
        ],
    );
    let mut rig = rig_in(home, Launch::Library, quiet());
    assert!(rig.shows_containing("Last done yesterday"));
    rig.click("History");
    rig.click("Sessions");
    let delete = "Delete the session of Tue, 11 Mar 2025, 09:00";
    rig.click(delete);
    assert!(rig.shows("Delete this session?"));
    rig.click("Keep it");
    assert_eq!(rig.harness.state().sessions().records().len(), 2);
    assert!(rig.shows(delete));
    rig.click(delete);
    rig.click("Delete session");
    assert_eq!(rig.harness.state().sessions().records().len(), 1);
    assert!(!rig.shows(delete));
    rig.click("All routines");
    assert!(
        rig.shows_containing("Last done 3 days ago"),
        "worked out again"
    );
}

#[test]
fn a_note_is_added_afterwards() {
    let home = tempfile::tempdir().unwrap();
    seed(
        home.path(),
        &[Past {
            days_ago: 2,
            pain_before: Some(4),
            pain_after: Some(4),
            note: "",
        }],
    );
    let mut rig = rig_in(home, Launch::Library, quiet());
    rig.click("History");
    rig.click("Sessions");
    assert!(rig.shows("No note"));
    rig.click("Add a note to the session of Mon, 10 Mar 2025, 09:00");
    set_field(&mut rig, "Note", "Knee sore");
    rig.click("Save note");
    assert!(rig.shows("Note: Knee sore"));
    assert_eq!(
        rig.harness.state().sessions().records()[0].note,
        "Knee sore"
    );
    rig.click("Edit the note of the session of Mon, 10 Mar 2025, 09:00");
    set_field(&mut rig, "Note", "Knee sore, better by evening");
    rig.click("Cancel");
    assert!(rig.shows("Note: Knee sore"), "cancelled: unchanged");
}

#[test]
fn the_report_for_the_therapist_is_written_from_history() {
    let home = tempfile::tempdir().unwrap();
    seed(
        home.path(),
        &[Past {
            days_ago: 2,
            pain_before: Some(8),
            pain_after: Some(4),
            note: "Sharp at the second hold",
        }],
    );
    let mut rig = rig_in(home, Launch::Library, quiet());
    rig.click("History");
    rig.click("Report for my therapist");
    assert!(rig.shows_containing("The report is in"));
    assert!(
        rig.shows("Open folder"),
        "written as news, with its folder to open, as the handout is"
    );
    let report = rig.home.path().join("reports/report-2025-03-12.html");
    let html = std::fs::read_to_string(report).unwrap();
    assert!(
        html.contains("Sharp at the second hold"),
        "the client's notes"
    );
}

#[test]
fn the_pain_chart_has_one_point_per_session_with_a_score() {
    let home = tempfile::tempdir().unwrap();
    let past = |days_ago, pain_before, pain_after| Past {
        days_ago,
        pain_before,
        pain_after,
        note: "",
    };
    seed(
        home.path(),
        &[
            past(40, Some(7), Some(5)),
            past(20, Some(6), None),
            past(9, None, None),
            past(5, Some(5), Some(3)),
            past(1, Some(4), Some(2)),
            // Older than the 3 months shown at first.
            past(200, Some(9), Some(9)),
        ],
    );
    let mut rig = rig_in(home, Launch::Library, quiet());
    rig.click("History");
    rig.click("Charts");
    let view = rig.harness.state().history_view().unwrap();
    assert_eq!(view.pain_before.len(), 4);
    assert_eq!(view.pain_after.len(), 3);
    assert!(rig.shows_containing(
        "Chart of pain before and after: 4 sessions with a score before, 3 sessions with a score after. Average pain 5.5 before, 3.3 after."
    ));
    rig.click("Period: All");
    let view = rig.harness.state().history_view().unwrap();
    assert_eq!(view.pain_before.len(), 5);
    assert_eq!(view.pain_after.len(), 4);
    // 9 and 5 days before Wednesday 12 March are in the same week.
    assert_eq!(view.minutes.iter().filter(|(_, m)| *m > 0.0).count(), 5);
}

#[test]
fn the_charts_keys_are_above_the_charts_where_they_hide_no_week() {
    let home = tempfile::tempdir().unwrap();
    seed(
        home.path(),
        &[Past {
            days_ago: 1,
            pain_before: Some(9),
            pain_after: Some(8),
            note: "",
        }],
    );
    let mut rig = rig_in(home, Launch::Library, quiet());
    rig.click("History");
    rig.click("Charts");
    let chart = rig
        .harness
        .query_by_label_contains("Chart of pain before and after")
        .expect("the pain chart")
        .rect();
    // The latest scores, high and at the right, are where a legend on the chart would be.
    for name in ["Before", "After"] {
        let entry = rig.harness.get_by_label(name).rect();
        assert!(
            entry.max.y <= chart.min.y,
            "{name} at {entry:?}, the chart at {chart:?}"
        );
    }
}

#[test]
fn past_a_year_the_pain_chart_shows_a_point_a_week() {
    let home = tempfile::tempdir().unwrap();
    let past = |days_ago, pain_before, pain_after| Past {
        days_ago,
        pain_before,
        pain_after,
        note: "",
    };
    seed(
        home.path(),
        &[
            // Wednesday 7 and Tuesday 6 February 2024: one week.
            past(401, Some(6), None),
            past(400, Some(8), Some(5)),
            past(1, Some(4), Some(2)),
        ],
    );
    let mut rig = rig_in(home, Launch::Library, quiet());
    rig.click("History");
    rig.click("Charts");
    let view = rig.harness.state().history_view().unwrap();
    assert!(!view.pain_weekly, "3 months: a point per session");
    assert_eq!(view.pain_before.len(), 1);
    rig.click("Period: All");
    let view = rig.harness.state().history_view().unwrap();
    assert!(view.pain_weekly);
    let ys = |points: &[egui_plot::PlotPoint]| points.iter().map(|p| p.y).collect::<Vec<_>>();
    assert_eq!(ys(&view.pain_before), [7.0, 4.0]);
    assert_eq!(ys(&view.pain_after), [5.0, 2.0]);
    assert!(rig.shows_containing(
        "Chart of pain before and after: 3 sessions with a score before, 2 sessions with a score after. Average pain 6.0 before, 3.5 after. Each point is a week's average."
    ));
}

#[test]
fn a_damaged_history_is_said_once_left_as_it_is_and_the_routine_runs() {
    let home = tempfile::tempdir().unwrap();
    let damaged = b"this is not a database, just some bytes in the way".repeat(100);
    std::fs::write(home.path().join("history.sqlite3"), &damaged).unwrap();
    let mut rig = rig_in(home, Launch::Start("standing-psoas".to_owned()), quiet());
    assert_eq!(rig.state(), Some(State::Running), "the routine runs");
    let message = "could not be recorded";
    wait_until(&mut rig, |rig| rig.shows_containing(message));
    assert_eq!(
        rig.harness.query_all_by_label_contains(message).count(),
        1,
        "said once"
    );
    assert!(rig.shows_containing(
        "This session of Standing psoas stretch could not be recorded: your history file"
    ));
    rig.click("Dismiss");
    assert!(!rig.shows_containing(message), "dismissed");
    rig.at_secs(296.0);
    assert!(rig.shows("Routine complete"));
    let said: Vec<String> = rig
        .harness
        .query_all_by_label_contains(message)
        .map(|n| format!("{:?}", n.accesskit_node()))
        .collect();
    assert!(said.is_empty(), "not said again at the end: {said:?}");
    assert!(
        !rig.shows("How is your pain now?"),
        "no questions whose answers would be lost"
    );
    rig.click("Back to routines");
    rig.click("History");
    assert!(rig.shows("Your history cannot be used right now"));
    rig.click("Start a new history");
    assert!(rig.shows("Start a new history?"));
    rig.click("Cancel");
    let file = history_file(&rig);
    assert_eq!(std::fs::read(&file).unwrap(), damaged, "byte for byte");

    rig.click("Start a new history");
    rig.click("Set it aside and start anew");
    assert!(rig.shows_containing("A new history is started. The old file is kept as"));
    let aside = rig.home.path().join("history-set-aside-2025-03-12.sqlite3");
    assert_eq!(std::fs::read(aside).unwrap(), damaged, "kept, not deleted");
    assert!(
        rig.shows_somewhere("This week"),
        "the new, empty history is shown"
    );
}

/// Fails if a control or text on the screen runs past the window's right edge, or if two that
/// are wholly inside the window overlap. `window` is in points.
fn assert_fits(rig: &Rig, screen: &str, window: egui::Rect) {
    use egui::accesskit::Role;
    let mut shown: Vec<(String, egui::Rect)> = Vec::new();
    for role in [
        Role::Button,
        Role::TextInput,
        Role::MultilineTextInput,
        Role::ComboBox,
        Role::Label,
        Role::Image,
    ] {
        for node in rig.harness.query_all_by_role(role) {
            let rect = node.rect();
            let name = format!(
                "{role:?} {:?}",
                node.accesskit_node()
                    .label()
                    .or(node.accesskit_node().value())
                    .unwrap_or_default()
            );
            assert!(
                rect.max.x <= window.max.x + 0.5,
                "{screen}: {name} at {rect:?} runs past the right edge of {window:?}"
            );
            if window.contains_rect(rect) && rect.area() > 0.0 {
                shown.push((name, rect));
            }
        }
    }
    for (i, (a, ra)) in shown.iter().enumerate() {
        for (b, rb) in &shown[i + 1..] {
            let overlap = ra.intersect(*rb);
            assert!(
                overlap.width() <= 0.5 || overlap.height() <= 0.5,
                "{screen}: {a} at {ra:?} overlaps {b} at {rb:?}"
            );
        }
    }
}

#[test]
fn at_the_largest_text_in_a_small_window_the_pain_question_finish_and_history_fit() {
    let home = tempfile::tempdir().unwrap();
    let past: Vec<Past> = (1..30)
        .map(|d| Past {
            days_ago: d,
            pain_before: Some(5),
            pain_after: Some(3),
            note: "A long note, as people write them: the left hip was stiff this morning but it eased off by the third hold",
        })
        .collect();
    seed(home.path(), &past);
    let mut rig = rig_sized(
        home,
        Launch::Start("standing-psoas".to_owned()),
        Settings {
            text_scale: 2.0,
            ..Settings::default()
        },
        [1024.0, 640.0],
    );
    // At zoom 2 the 1024 × 640 window holds 512 × 320 points.
    let window = egui::Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(512.0, 320.0));
    assert!(rig.shows("How is your pain right now?"));
    assert_fits(&rig, "pain question", window);
    for name in [
        "Start without a score",
        "Don't start yet",
        "Pain 0",
        "Pain 10",
    ] {
        let rect = rig.harness.get_by_label(name).rect();
        assert!(window.contains_rect(rect), "{name} at {rect:?} is cut off");
    }
    rig.click("Pain 5");
    rig.at_secs(296.0);
    assert_fits(&rig, "finish", window);
    for name in ["Back to routines", "Do it again"] {
        let rect = rig.harness.get_by_label(name).rect();
        assert!(window.contains_rect(rect), "{name} at {rect:?} is cut off");
    }
    rig.click("Back to routines");
    assert_fits(&rig, "library", window);
    rig.click("History");
    assert_fits(&rig, "history, this week", window);
    rig.click("Charts");
    assert_fits(&rig, "history, charts", window);
    rig.click("Sessions");
    assert_fits(&rig, "history, sessions", window);
}

/// Ten years of sessions, three a day (about 11,000), in the history of `home`: pain before and
/// after on most, now and then a note, a stop or a skipped score.
fn seed_ten_years(home: &std::path::Path) -> usize {
    use stretch_timer::progress::{Effort, Outcome, Pain, SessionEnd, SessionStart, Source};
    let bundled = stretch_timer::bundled::find("standing-psoas").unwrap();
    let routine = bundled.load("en").unwrap();
    let mut history =
        stretch_timer::history::History::open(&stretch_timer::history::path_in(&Home::at(home)))
            .unwrap();
    let mut count = 0;
    for day in (1..=3650i64).rev() {
        for (n, hour) in [8i64, 13, 19].into_iter().enumerate() {
            let seed = (day * 7 + n as i64 * 3) % 11;
            let at = start_time()
                .timestamp()
                .checked_sub(jiff::SignedDuration::from_hours(24 * day - (hour - 9)))
                .unwrap();
            let started_at = start_time().with_timestamp(at);
            let pain = |k: i64| Pain::new(u8::try_from(k.rem_euclid(11)).unwrap()).ok();
            let start = SessionStart::new(
                &routine,
                Source::Bundled("standing-psoas".to_owned()),
                bundled.text("en").as_bytes(),
                started_at,
                (seed != 0).then(|| pain(seed)).flatten(),
            );
            let running = history.start(&start).unwrap();
            let end = SessionEnd {
                outcome: if seed == 5 {
                    Outcome::Stopped { step: 1 }
                } else {
                    Outcome::Completed
                },
                ended_at: started_at.with_timestamp(at + jiff::SignedDuration::from_secs(295)),
                elapsed: Duration::from_secs(295),
                pain_after: (seed != 3).then(|| pain(seed - 2)).flatten(),
                effort: Effort::ALL.get(usize::try_from(seed % 4).unwrap()).copied(),
                note: if seed == 7 {
                    "Hip stiff in the morning, easier after the second hold".to_owned()
                } else {
                    String::new()
                },
            };
            history.finish(running, &end).unwrap();
            count += 1;
        }
    }
    count
}

#[test]
#[ignore = "a measurement (BENCHMARKS.md): cargo test --release --test it -- --ignored app::ten_years --nocapture"]
fn ten_years_of_sessions_open_and_draw_within_a_frame() {
    // In memory where there is a tmpfs: the fixture's 33,000 transactions each wait for the disk.
    let home = match tempfile::tempdir_in("/dev/shm") {
        Ok(dir) => dir,
        Err(_) => tempfile::tempdir().unwrap(),
    };
    let start = std::time::Instant::now();
    let sessions = seed_ten_years(home.path());
    println!(
        "fixture: {sessions} sessions written in {:.1} s",
        start.elapsed().as_secs_f64()
    );
    let start = std::time::Instant::now();
    let mut rig = rig_in(home, Launch::Library, quiet());
    println!(
        "app made, history read (library's \"last done\" included): {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    assert_eq!(rig.harness.state().sessions().records().len(), sessions);
    let (ui, tess) = frame_ms(&mut rig, 30);
    println!("library frame: ui {ui:.2} ms, tessellation {tess:.2} ms");
    // What the thread working out History's first view ahead does, once per change.
    let mut ahead: Vec<f64> = (0..5)
        .map(|_| {
            let start = std::time::Instant::now();
            let view = rig.harness.state().sessions().view(
                None,
                stretch_timer::app::sessions::Period::default(),
                &stretch_timer::app::sessions::Schedules::new(),
            );
            assert!(!view.rows.is_empty());
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    ahead.sort_by(f64::total_cmp);
    println!(
        "History's first view worked out (ahead, off the UI thread): {:.1} ms",
        ahead[2]
    );

    let button = rig.harness.get_by_label("History");
    button.click();
    let start = std::time::Instant::now();
    rig.harness.step();
    println!(
        "History opened (the view worked out ahead taken) and its first frame drawn: {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    rig.harness.run();
    for (tab, period) in [
        ("This week", "3 months"),
        ("Charts", "3 months"),
        ("Sessions", "3 months"),
        ("Charts", "All"),
        ("Sessions", "All"),
    ] {
        rig.harness
            .get_by_label(&format!("Period: {period}"))
            .click();
        let start = std::time::Instant::now();
        rig.harness.step();
        let change = start.elapsed().as_secs_f64() * 1e3;
        rig.harness.run();
        rig.harness.query_all_by_label(tab).next().unwrap().click();
        rig.harness.run();
        let (ui, tess) = frame_ms(&mut rig, 30);
        println!(
            "{tab}, {period}: a frame takes ui {ui:.2} ms + tessellation {tess:.2} ms (the period chosen: {change:.1} ms)"
        );
        assert!(ui + tess < 16.0, "{tab}, {period}: over a frame");
    }
}
