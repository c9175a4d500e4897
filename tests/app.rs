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
use stretch_timer::app::{AppDeps, Launch, StretchApp};
use stretch_timer::audio::CueStyle;
use stretch_timer::audio::bank::{Phrase, RENDER_RATE, Sound};
use stretch_timer::audio::output::{Recorded, RecordingOutput};
use stretch_timer::clock::ManualClock;
use stretch_timer::engine::State;
use stretch_timer::home::Home;
use stretch_timer::routine::Tone;

struct Rig {
    harness: Harness<'static, StretchApp>,
    clock: ManualClock,
    output: RecordingOutput,
    /// The user's folder, empty at first; removed when the test ends.
    home: tempfile::TempDir,
}

fn rig_with(launch: Launch, settings: Settings) -> Rig {
    let home = tempfile::tempdir().unwrap();
    rig_in(home, launch, settings)
}

/// The app with the user's folder `home` (which may already hold routines and drafts).
fn rig_in(home: tempfile::TempDir, launch: Launch, settings: Settings) -> Rig {
    let clock = ManualClock::new();
    let output = RecordingOutput::new();
    let deps = AppDeps {
        clock: Arc::new(clock.clone()),
        audio: {
            let output = output.clone();
            Arc::new(move || (Box::new(output.clone()) as _, RENDER_RATE))
        },
        home: Home::at(home.path()),
    };
    let harness = Harness::builder()
        .with_size([1100.0, 760.0])
        .build_eframe(move |_| StretchApp::with_settings(deps, settings, launch));
    Rig {
        harness,
        clock,
        output,
        home,
    }
}

fn rig(launch: Launch) -> Rig {
    rig_with(launch, Settings::default())
}

impl Rig {
    /// Moves the clock to `s` seconds and lets the app draw.
    fn at_secs(&mut self, s: f64) {
        self.clock.set(Duration::from_secs_f64(s));
        self.harness.run();
    }

    fn shows(&self, label: &str) -> bool {
        self.harness.query_by_label(label).is_some()
    }

    /// Whether `label` is shown, once or more (a message next to its field and in a list).
    fn shows_somewhere(&self, label: &str) -> bool {
        self.harness.query_all_by_label(label).next().is_some()
    }

    fn shows_containing(&self, text: &str) -> bool {
        self.harness.query_by_label_contains(text).is_some()
    }

    /// Clicks the control named `label`, scrolled into view first as a person would.
    fn click(&mut self, label: &str) {
        self.harness.get_by_label(label).scroll_to_me();
        self.harness.run();
        self.harness.get_by_label(label).click();
        self.harness.run();
    }

    fn key(&mut self, key: Key) {
        self.harness.key_press(key);
        self.harness.run();
    }

    fn sounds(&self) -> Vec<Sound> {
        self.output
            .take()
            .into_iter()
            .filter_map(|r| match r {
                Recorded::Play { sound, .. } => Some(sound),
                _ => None,
            })
            .collect()
    }

    fn state(&self) -> Option<State> {
        self.harness.state().session_state()
    }
}

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
    assert!(rig.shows("0:10"), "prepare is 10 s");
    assert_eq!(
        rig.sounds(),
        [
            Sound::Tone(Tone::StepStart),
            Sound::Phrase(Phrase::GetReady)
        ]
    );

    rig.at_secs(10.0);
    assert!(rig.shows("Hold"));
    assert!(rig.shows("0:05"));
    assert!(rig.shows("Rep 1 of 6"));
    assert_eq!(
        rig.sounds(),
        [Sound::Tone(Tone::HoldStart), Sound::Phrase(Phrase::Hold)]
    );

    // 2.3 s into the hold: 2.7 s left shows as 0:03.
    rig.at_secs(12.3);
    assert!(rig.shows("0:03"));
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
    assert!(rig.shows("Paused · Hold"));
    assert!(rig.shows("0:03"));
    assert!(rig.output.log().contains(&Recorded::Silence));
    rig.at_secs(300.0);
    assert!(rig.shows("0:03"), "time stands still while paused");
    assert!(rig.shows("Resume"));
    rig.key(Key::Space);
    assert!(rig.shows("Hold"));
    assert!(rig.shows("Pause"));
    rig.at_secs(302.0);
    assert!(rig.shows("0:01"));
}

#[test]
fn skip_back_and_restart_with_buttons_and_keys() {
    let mut rig = rig(Launch::Start("standing-psoas".to_owned()));
    rig.at_secs(3.0);
    rig.click("Skip");
    assert!(
        rig.shows("Hold") && rig.shows("0:05"),
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
        rig.shows("Rest") && rig.shows("0:03"),
        "later, back to the start of this phase"
    );
    rig.key(Key::R);
    assert!(
        rig.shows("Get ready") && rig.shows("0:10"),
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
    assert!(rig.shows("Start"), "back on the routine's overview");
    assert!(rig.output.log().contains(&Recorded::Silence));
}

#[test]
fn finishing_shows_a_summary() {
    let mut rig = rig(Launch::Start("standing-psoas".to_owned()));
    rig.at_secs(296.0);
    assert!(rig.shows("Routine complete"));
    assert!(rig.shows_containing("2 steps · 4:55 planned · took 4:56"));
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
    let rig = rig(Launch::Open(path.to_owned()));
    assert!(rig.shows("unknown-field.ron"));
    assert!(rig.shows_containing("has errors and cannot be started"));
    assert!(rig.shows_containing(
        r#"line 7, column 13: unknown field "hodl" in Step; did you mean "hold"?"#
    ));
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
            ..Settings::default()
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
            ..Settings::default()
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
        "0:15",
        "Get ready",
        "Pelvic tilts",
    ] {
        let rect = rig.harness.get_by_label(label).rect();
        assert!(window.contains_rect(rect), "{label} at {rect:?} is cut off");
    }
}

/// An output whose device can vanish, as a USB headset pulled out mid-routine.
#[derive(Clone, Default)]
struct Vanishing {
    gone: Arc<std::sync::atomic::AtomicBool>,
}

impl stretch_timer::audio::output::AudioOutput for Vanishing {
    fn play(&mut self, _: Sound, _: &stretch_timer::audio::Clip, _: std::time::Instant) {}
    fn silence(&mut self) {}
    fn set_volume(&mut self, _: f32) {}
    fn set_muted(&mut self, _: bool) {}
    fn status(&self) -> stretch_timer::audio::output::OutputStatus {
        if self.gone.load(std::sync::atomic::Ordering::SeqCst) {
            stretch_timer::audio::output::OutputStatus::Unavailable(
                "the headset was unplugged".to_owned(),
            )
        } else {
            stretch_timer::audio::output::OutputStatus::Playing
        }
    }
}

#[test]
fn a_device_lost_mid_routine_is_shown_and_retried_on_request_while_the_timer_goes_on() {
    let clock = ManualClock::new();
    let device = Vanishing::default();
    let opened = Arc::new(std::sync::atomic::AtomicUsize::new(0));
    let home = tempfile::tempdir().unwrap();
    let deps = AppDeps {
        home: Home::at(home.path()),
        clock: Arc::new(clock.clone()),
        audio: {
            let device = device.clone();
            let opened = Arc::clone(&opened);
            Arc::new(move || {
                opened.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                (Box::new(device.clone()) as _, RENDER_RATE)
            })
        },
    };
    let mut harness = Harness::builder()
        .with_size([1100.0, 760.0])
        .build_eframe(move |_| {
            StretchApp::with_settings(
                deps,
                Settings::default(),
                Launch::Start("standing-psoas".to_owned()),
            )
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
        harness.query_by_label("0:03").is_some(),
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
    // A broken file opened this way stays in the library, with its errors.
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
    // A blank routine cannot be used yet, and says why, next to the fields.
    assert!(rig.shows_somewhere("name is empty; give it a short name a client will recognise"));
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
    let mut rig = rig_in(home, Launch::Open("mine".to_owned()), Settings::default());
    rig.click("Edit");
    set_field(&mut rig, "Step 1 hold", "1.5m");
    let message = "hold: \"1.5m\" has a fraction; durations are whole seconds, e.g. \"1m30s\" instead of \"1.5m\"";
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
        .load()
        .unwrap();
    assert_eq!(bundled.steps.len(), 2);
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
    let mut rig = rig_in(home, Launch::Library, Settings::default());
    assert!(rig.shows("Unsaved new routine \"Half-written\""));
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
    let mut rig = rig_in(home, Launch::Library, Settings::default());
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
    assert!(rig.shows("0:03"), "with the get-ready time just typed");
    rig.key(Key::Escape);
    rig.click("Stop routine");
    assert!(rig.shows("Editing: Standing psoas stretch"));
    assert_eq!(
        rig.harness.state().editor().unwrap().draft.steps[1].prepare,
        "3s",
        "the work is still there"
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
    let mut rig = rig_in(home, Launch::Library, Settings::default());
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
}
