//! The desktop app as the tests drive it: a kittest harness around the real `StretchApp`, with a
//! manual clock, a recording audio output and a fresh user's folder. Shared by the UI test files
//! (`mod common;`); each uses the part it needs.

#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use stretch_timer::app::settings::Settings;
use stretch_timer::app::{AppDeps, AudioFactory, ClockCalendar, Launch, StretchApp};
use stretch_timer::audio::bank::{RENDER_RATE, Sound};
use stretch_timer::audio::input::{FakeMicrophone, InputError};
use stretch_timer::audio::output::{AudioOutput, OutputStatus, Recorded, RecordingOutput};
use stretch_timer::clock::ManualClock;
use stretch_timer::engine::State;
use stretch_timer::home::Home;
use stretch_timer::progress::LocalTime;

pub struct Rig {
    pub harness: Harness<'static, StretchApp>,
    pub clock: ManualClock,
    pub output: RecordingOutput,
    /// The user's folder, empty at first; removed when the test ends.
    pub home: tempfile::TempDir,
}

/// Settings without the pain question: the player tests start routines at once.
pub fn quiet() -> Settings {
    Settings {
        ask_pain: false,
        ..Settings::default()
    }
}

/// The person's local time when the rig's clock reads zero: Wednesday 12 March 2025, 09:00 at
/// UTC+01:00.
pub fn start_time() -> LocalTime {
    let at: jiff::Timestamp = "2025-03-12T08:00:00Z".parse().unwrap();
    LocalTime::new(at, jiff::tz::Offset::constant(1))
}

pub fn calendar() -> Arc<ClockCalendar> {
    Arc::new(ClockCalendar {
        start: start_time(),
    })
}

pub fn rig_with(launch: Launch, settings: Settings) -> Rig {
    let home = tempfile::tempdir().unwrap();
    rig_in(home, launch, settings)
}

/// The app with the user's folder `home` (which may already hold routines and drafts).
pub fn rig_in(home: tempfile::TempDir, launch: Launch, settings: Settings) -> Rig {
    rig_sized(home, launch, settings, [1100.0, 760.0])
}

/// The app's dependencies in a test: the rig's calendar moving with `clock`, the user's folder
/// `home` (the autostart folder inside it, never the real ~/.config), sound from `audio`; no
/// spoken step names, a microphone that hears nothing, and no file dialogs (paths are typed).
pub fn deps(home: &Path, clock: &ManualClock, audio: AudioFactory) -> AppDeps {
    AppDeps {
        calendar: calendar(),
        clock: Arc::new(clock.clone()),
        audio,
        home: Home::at(home),
        autostart: Some(home.join("config")),
        speaker: None,
        microphone: Arc::new(FakeMicrophone::failing(InputError::NoDevice(
            "a test has no microphone".to_owned(),
        ))),
        dialogs: None,
        system_language: None,
    }
}

/// Sound on clones of `output`, for clips decoded at `rate`.
pub fn playing_on<O: AudioOutput + Clone + Sync + 'static>(output: &O, rate: u32) -> AudioFactory {
    let output = output.clone();
    Arc::new(move || (Box::new(output.clone()) as _, rate))
}

/// A sound device that can be unplugged, as a USB headset pulled out mid-routine. Its clones
/// share `alive`, whose count tells how many are held.
#[derive(Clone, Default)]
pub struct Headset {
    pub gone: Arc<AtomicBool>,
    pub alive: Arc<()>,
}

impl AudioOutput for Headset {
    fn play(&mut self, _: Sound, _: &stretch_timer::audio::Clip, _: std::time::Instant) {}
    fn silence(&mut self) {}
    fn set_volume(&mut self, _: f32) {}
    fn set_muted(&mut self, _: bool) {}
    fn status(&self) -> OutputStatus {
        if self.gone.load(Ordering::SeqCst) {
            OutputStatus::Unavailable("the headset was unplugged".to_owned())
        } else {
            OutputStatus::Playing
        }
    }
}

/// [`rig_in`] in a window of `size` pixels.
pub fn rig_sized(
    home: tempfile::TempDir,
    launch: Launch,
    settings: Settings,
    size: [f32; 2],
) -> Rig {
    rig_changed(home, launch, settings, size, |_| {})
}

/// [`rig_sized`] with the app's dependencies changed by `change` (a microphone, a synthesiser,
/// file dialogs of the test's own).
pub fn rig_changed(
    home: tempfile::TempDir,
    launch: Launch,
    settings: Settings,
    size: [f32; 2],
    change: impl FnOnce(&mut AppDeps),
) -> Rig {
    let clock = ManualClock::new();
    let output = RecordingOutput::new();
    let mut deps = deps(home.path(), &clock, playing_on(&output, RENDER_RATE));
    change(&mut deps);
    // Threads of the app's own (the folder watcher, the desktop's notification probe, picture
    // decoding) wake it from outside: a run may take a few more frames to settle than egui's own
    // repaints need, more so on a loaded machine.
    let harness = Harness::builder()
        .with_max_steps(16)
        .with_size(size)
        .build_eframe(move |_| StretchApp::with_settings(deps, settings, launch));
    Rig {
        harness,
        clock,
        output,
        home,
    }
}

pub fn rig(launch: Launch) -> Rig {
    rig_with(launch, quiet())
}

impl Rig {
    /// Moves the clock to `s` seconds and lets the app draw.
    pub fn at_secs(&mut self, s: f64) {
        self.clock.set(Duration::from_secs_f64(s));
        self.harness.run();
    }

    pub fn shows(&self, label: &str) -> bool {
        self.harness.query_by_label(label).is_some()
    }

    /// Whether `label` is shown, once or more (a message next to its field and in a list).
    pub fn shows_somewhere(&self, label: &str) -> bool {
        self.harness.query_all_by_label(label).next().is_some()
    }

    pub fn shows_containing(&self, text: &str) -> bool {
        self.harness.query_by_label_contains(text).is_some()
    }

    /// Clicks the control named `label`, scrolled into view first as a person would.
    pub fn click(&mut self, label: &str) {
        self.harness.get_by_label(label).scroll_to_me();
        self.harness.run();
        self.harness.get_by_label(label).click();
        self.harness.run();
    }

    pub fn key(&mut self, key: Key) {
        self.harness.key_press(key);
        self.harness.run();
    }

    pub fn sounds(&self) -> Vec<Sound> {
        self.output
            .take()
            .into_iter()
            .filter_map(|r| match r {
                Recorded::Play { sound, .. } => Some(sound),
                _ => None,
            })
            .collect()
    }

    pub fn state(&self) -> Option<State> {
        self.harness.state().session_state()
    }

    /// The window minimised from now until `until`: as eframe does then, nothing is drawn and
    /// only `App::logic` is called, each time at the moment the app last asked to be woken (the
    /// soonest `request_repaint_after`). Returns the clock's readings at each wake, and the
    /// commands the app sent the window meanwhile.
    pub fn hidden_until(&mut self, until: Duration) -> (Vec<Duration>, Vec<egui::ViewportCommand>) {
        use stretch_timer::clock::Clock as _;

        let asked = Arc::new(std::sync::Mutex::new(Vec::<Duration>::new()));
        let ctx = self.harness.ctx.clone();
        let observed = Arc::clone(&asked);
        ctx.set_repaint_observer(move |info| observed.lock().unwrap().push(info.delay));
        let mut input = egui::RawInput::default();
        input
            .viewports
            .entry(egui::ViewportId::ROOT)
            .or_default()
            .minimized = Some(true);
        let mut woken = Vec::new();
        let mut commands = Vec::new();
        let mut now = self.clock.now();
        loop {
            asked.lock().unwrap().clear();
            self.clock.set(now);
            let app = self.harness.state_mut();
            let output = ctx.run_logic(&input, |ctx| {
                eframe::App::logic(app, ctx, &mut eframe::Frame::_new_kittest());
            });
            commands.extend(output.viewport_commands.into_values().flatten());
            woken.push(now);
            assert!(
                woken.len() < 10_000,
                "logic asks to be woken in a loop: {woken:?}"
            );
            let soonest = asked.lock().unwrap().iter().min().copied();
            match soonest {
                Some(wait) if now + wait <= until => now += wait,
                _ => break,
            }
        }
        ctx.set_repaint_observer(|_| {});
        self.clock.set(until);
        (woken, commands)
    }
}

/// The median of `runs` frames of what the rig shows now: the UI pass and its tessellation, in
/// milliseconds.
pub fn frame_ms(rig: &mut Rig, runs: usize) -> (f64, f64) {
    frames_ms(rig, runs, |_| {})
}

/// [`frame_ms`], with `before` giving each frame its input (a scroll, a key).
pub fn frames_ms(rig: &mut Rig, runs: usize, mut before: impl FnMut(&Rig)) -> (f64, f64) {
    let mut ui = Vec::new();
    let mut tessellate = Vec::new();
    for _ in 0..runs {
        before(rig);
        let start = std::time::Instant::now();
        rig.harness.step();
        ui.push(start.elapsed().as_secs_f64() * 1e3);
        let output = rig.harness.output().clone();
        let start = std::time::Instant::now();
        let meshes = rig
            .harness
            .ctx
            .tessellate(output.shapes, output.pixels_per_point);
        tessellate.push(start.elapsed().as_secs_f64() * 1e3);
        assert!(!meshes.is_empty());
    }
    let median = |v: &mut Vec<f64>| {
        v.sort_by(f64::total_cmp);
        v[v.len() / 2]
    };
    (median(&mut ui), median(&mut tessellate))
}

/// The control named `label` (not a text label of the same words beside it).
pub fn control<'a>(rig: &'a Rig, label: &'a str) -> egui_kittest::Node<'a> {
    rig.harness
        .query_all_by_label(label)
        .find(|n| n.accesskit_node().role() != egui::accesskit::Role::Label)
        .unwrap_or_else(|| panic!("no control named {label}"))
}

/// Lets the app draw until it is still, or 8 frames where something keeps moving (a meter, a
/// loader's thread).
pub fn frames(rig: &mut Rig) {
    if rig.harness.try_run().is_err() {
        rig.harness.run_steps(8);
    }
}

/// Replaces what the text field named `label` holds with `text`, as a person would.
pub fn set_field(rig: &mut Rig, label: &str, text: &str) {
    control(rig, label).focus();
    frames(rig);
    rig.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    frames(rig);
    rig.harness.key_press(Key::Backspace);
    frames(rig);
    control(rig, label).type_text(text);
    frames(rig);
}

/// What the text field named `label` holds.
pub fn field_text(rig: &Rig, label: &str) -> String {
    control(rig, label)
        .accesskit_node()
        .value()
        .unwrap_or_default()
        .to_owned()
}

/// The name the test harness knows test `name` of `module` by (pass `module_path!()`), e.g.
/// `history::child_writing_sessions`: a child process started with `--exact` runs just that test.
pub fn exact(module: &str, name: &str) -> String {
    let module = module.split_once("::").map_or("", |(_crate, rest)| rest);
    format!("{module}::{name}")
}

/// Says loudly, past the test harness's capture, that `what` is skipped because of `why` (a
/// program or package this machine lacks, and how to install it). Under `CI=true` nothing is
/// skipped: CI installs everything the tests need, so a missing tool fails the test instead.
pub fn skip(what: &str, why: &str) {
    let line = format!("SKIP {what}: {why}");
    assert!(
        std::env::var_os("CI").is_none_or(|ci| ci != "true"),
        "{line} (under CI=true a missing tool fails instead of skipping)"
    );
    let _ = std::io::Write::write_all(
        &mut std::io::stderr(),
        format!("\n!!!!!!!! {line} !!!!!!!!\n").as_bytes(),
    );
}

/// A session recorded as completed, as the app and `run` record one: its routine (from `source`,
/// whose file's text is `text`), started `at` and lasting `seconds`, with pain before and after
/// and a note.
pub struct Done<'a> {
    pub routine: &'a stretch_timer::routine::Routine,
    pub source: stretch_timer::progress::Source,
    pub text: &'a [u8],
    pub at: LocalTime,
    pub seconds: u64,
    pub pain_before: Option<u8>,
    pub pain_after: Option<u8>,
    pub note: &'a str,
}

/// Writes `done` into `history`: its start, then its end.
pub fn record_done(history: &mut stretch_timer::history::History, done: Done<'_>) {
    use stretch_timer::progress::{Outcome, Pain, SessionEnd, SessionStart};
    let pain = |n: Option<u8>| n.map(|n| Pain::new(n).unwrap());
    let start = SessionStart::new(
        done.routine,
        done.source,
        done.text,
        done.at,
        pain(done.pain_before),
    );
    let running = history.start(&start).unwrap();
    let seconds = i64::try_from(done.seconds).unwrap();
    let end = SessionEnd {
        outcome: Outcome::Completed,
        ended_at: done
            .at
            .with_timestamp(done.at.timestamp() + jiff::SignedDuration::from_secs(seconds)),
        elapsed: Duration::from_secs(done.seconds),
        pain_after: pain(done.pain_after),
        effort: None,
        note: done.note.to_owned(),
    };
    history.finish(running, &end).unwrap();
}

/// The program as a command, in the locale of a machine with none set ([`CLocale`]).
pub fn program() -> std::process::Command {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_stretch-timer"));
    command.c_locale();
    command
}

/// A command for the program, set to the locale of a machine with none set, so that its words and
/// dates are English whatever the language of the machine running the tests.
pub trait CLocale {
    /// Sets the locale: `LANG=C.UTF-8`, and none of the variables that would come before it; and
    /// a data folder with no saved settings, so that no language chosen in the tester's own app
    /// applies.
    fn c_locale(&mut self) -> &mut Self;
}

impl CLocale for std::process::Command {
    fn c_locale(&mut self) -> &mut Self {
        self.env("LANG", "C.UTF-8")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("XDG_DATA_HOME", no_settings())
    }
}

impl CLocale for assert_cmd::Command {
    fn c_locale(&mut self) -> &mut Self {
        self.env("LANG", "C.UTF-8")
            .env_remove("LANGUAGE")
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("XDG_DATA_HOME", no_settings())
    }
}

/// A data folder that does not exist: no app settings are kept there.
fn no_settings() -> std::path::PathBuf {
    std::env::temp_dir().join("stretch-timer-tests-no-saved-settings")
}
