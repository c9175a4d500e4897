//! The desktop app (eframe/egui): the library, a routine's overview, the player, settings.
//!
//! The engine's session is the one source of truth; the app reads it through the cue player and
//! sends it commands. Screens return what the person asked for, and [`StretchApp::apply`] is the
//! one place that changes state. Time comes from an injected clock and sound goes to an injected
//! output, so tests drive the real UI with a manual clock and a recording output.

mod illustration;
pub mod library;
mod overview;
pub mod player_view;
pub mod settings;

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use egui::RichText;

use self::library::{Library, LibraryAction};
use self::overview::OverviewAction;
use self::player_view::{PlayerAction, View};
use self::settings::{Settings, Theme};
use crate::audio::bank::{RENDER_RATE, SoundBank};
use crate::audio::output::{AudioOutput, DEFAULT_LEAD, OutputStatus, RodioOutput, SilentOutput};
use crate::audio::player::CuePlayer;
use crate::clock::Clock;
use crate::engine::{Command, Plan, Session, State};
use crate::routine::{Routine, format_clock};

/// Makes an output for a routine about to start, with the sample rate sounds must be decoded at.
pub type AudioFactory = Arc<dyn Fn() -> (Box<dyn AudioOutput>, u32) + Send + Sync>;

/// The default sound device, opened once and shared by every routine; opened again when it is
/// unavailable (on the next start, or when the person asks to retry).
pub fn device_audio() -> AudioFactory {
    let device: Mutex<Option<RodioOutput>> = Mutex::new(None);
    Arc::new(move || {
        let mut device = device
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        if device
            .as_ref()
            .is_some_and(|d| d.status() != OutputStatus::Playing)
        {
            *device = None;
        }
        if device.is_none() {
            match RodioOutput::open(DEFAULT_LEAD) {
                Ok(output) => *device = Some(output),
                Err(e) => {
                    return (
                        Box::new(SilentOutput::unavailable(e.to_string())) as Box<dyn AudioOutput>,
                        RENDER_RATE,
                    );
                }
            }
        }
        match device.as_ref() {
            Some(output) => (
                Box::new(output.clone()) as Box<dyn AudioOutput>,
                output.rate(),
            ),
            None => (
                Box::new(SilentOutput::new()) as Box<dyn AudioOutput>,
                RENDER_RATE,
            ),
        }
    })
}

/// What the app needs from outside: time and sound.
#[derive(Clone)]
pub struct AppDeps {
    /// Where `now` comes from.
    pub clock: Arc<dyn Clock>,
    /// Where sound goes.
    pub audio: AudioFactory,
}

/// What to show first.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub enum Launch {
    /// The library.
    #[default]
    Library,
    /// A routine's overview: a file path or a bundled routine's id.
    Open(String),
    /// A routine, started at once (a desktop shortcut for "my daily routine").
    Start(String),
}

/// The screens.
#[derive(Debug, Clone, PartialEq)]
enum Screen {
    Library,
    Overview(usize),
    Player,
    Finished(Summary),
}

/// What a finished routine shows.
#[derive(Debug, Clone, PartialEq)]
struct Summary {
    entry: usize,
    name: String,
    steps: usize,
    planned: Duration,
    took: Duration,
}

/// A routine being played.
struct Running {
    entry: usize,
    routine: Arc<Routine>,
    player: CuePlayer,
    started: Duration,
    /// Sound files that could not be used, shown once.
    sound_problems: Vec<String>,
}

/// The app.
pub struct StretchApp {
    deps: AppDeps,
    settings: Settings,
    library: Library,
    screen: Screen,
    running: Option<Running>,
    confirm_stop: bool,
    settings_open: bool,
    /// A file dialog running on its own thread.
    picking: Option<Receiver<Option<PathBuf>>>,
    /// The look last applied (theme, text scale), to apply changes once.
    look: Option<(Theme, f32)>,
    /// A message for the person, shown until dismissed.
    notice: Option<String>,
    /// The library's "path" field.
    typed_path: String,
}

impl StretchApp {
    /// The app as eframe creates it: settings restored from eframe's storage, with the cue style
    /// replaced if one is given (`stretch-timer --style tones`).
    pub fn new(
        cc: &eframe::CreationContext<'_>,
        deps: AppDeps,
        launch: Launch,
        style: Option<crate::audio::CueStyle>,
    ) -> Self {
        let mut settings = cc
            .storage
            .and_then(|s| eframe::get_value::<Settings>(s, Settings::KEY))
            .unwrap_or_default();
        if let Some(style) = style {
            settings.style = style;
        }
        Self::with_settings(deps, settings, launch)
    }

    /// The app with given settings (tests, and after restoring them).
    pub fn with_settings(deps: AppDeps, settings: Settings, launch: Launch) -> Self {
        let mut app = StretchApp {
            deps,
            settings: settings.sanitized(),
            library: Library::new(),
            screen: Screen::Library,
            running: None,
            confirm_stop: false,
            settings_open: false,
            picking: None,
            look: None,
            notice: None,
            typed_path: String::new(),
        };
        match launch {
            Launch::Library => {}
            Launch::Open(arg) => {
                if let Some(entry) = app.find_or_open(&arg) {
                    app.screen = Screen::Overview(entry);
                }
            }
            Launch::Start(arg) => {
                if let Some(entry) = app.find_or_open(&arg) {
                    app.screen = Screen::Overview(entry);
                    app.start(entry);
                }
            }
        }
        app
    }

    /// The settings in force.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The library.
    pub fn library(&self) -> &Library {
        &self.library
    }

    /// The session of the routine being played, if any (for tests and diagnostics).
    pub fn session_state(&self) -> Option<State> {
        self.running
            .as_ref()
            .map(|r| r.player.lock().session.state())
    }

    fn find_or_open(&mut self, arg: &str) -> Option<usize> {
        match crate::bundled::named(arg) {
            crate::bundled::Named::File(path) => Some(self.library.open(path)),
            crate::bundled::Named::Bundled(b) => self.library.find(b.id),
            crate::bundled::Named::Unknown => {
                self.notice = Some(format!("There is no routine named \"{arg}\"."));
                None
            }
        }
    }

    fn start(&mut self, entry: usize) {
        let Some(Ok(routine)) = self.library.entries.get(entry).map(|e| e.routine.clone()) else {
            return;
        };
        let plan = Arc::new(Plan::new(&routine));
        let (output, rate) = (self.deps.audio)();
        let bank = Arc::new(SoundBank::for_routine(&routine, rate));
        let sound_problems = bank.problems().iter().map(ToString::to_string).collect();
        let player = match CuePlayer::spawn(
            Session::new(plan),
            bank,
            output,
            self.settings.style,
            Arc::clone(&self.deps.clock),
        ) {
            Ok(player) => player,
            Err(e) => {
                self.notice = Some(format!("The routine could not start: {e}"));
                return;
            }
        };
        player.set_volume(self.settings.volume);
        player.set_muted(self.settings.muted);
        player.set_ticks(self.settings.ticks);
        player.command(Command::Start);
        self.running = Some(Running {
            entry,
            routine,
            player,
            started: self.deps.clock.now(),
            sound_problems,
        });
        self.screen = Screen::Player;
    }

    fn player_action(&mut self, action: PlayerAction) {
        match action {
            PlayerAction::Command(command) => {
                if let Some(running) = &self.running {
                    running.player.command(command);
                }
            }
            PlayerAction::AskStop => self.confirm_stop = true,
            PlayerAction::ToggleMute => {
                self.settings.muted = !self.settings.muted;
                self.apply_sound_settings();
            }
            PlayerAction::Volume(delta) => {
                self.settings.volume = (self.settings.volume + delta).clamp(0.0, 1.0);
                self.settings.muted = false;
                self.apply_sound_settings();
            }
            PlayerAction::RetrySound => {
                let (output, _) = (self.deps.audio)();
                if let Some(running) = &self.running {
                    running.player.set_output(output);
                }
                self.apply_sound_settings();
            }
        }
    }

    fn apply_sound_settings(&self) {
        if let Some(running) = &self.running {
            running.player.set_style(self.settings.style);
            running.player.set_volume(self.settings.volume);
            running.player.set_muted(self.settings.muted);
            running.player.set_ticks(self.settings.ticks);
        }
    }

    fn stop(&mut self) {
        self.confirm_stop = false;
        if let Some(running) = self.running.take() {
            running.player.command(Command::Stop);
            self.screen = Screen::Overview(running.entry);
        }
    }

    fn pick_file(&mut self) {
        let (tx, rx) = channel();
        let spawned = std::thread::Builder::new()
            .name("stretch-timer-file-dialog".to_owned())
            .spawn(move || {
                let picked = rfd::FileDialog::new()
                    .set_title("Open a routine")
                    .add_filter("Routine", &["ron"])
                    .pick_file();
                let _ = tx.send(picked);
            });
        match spawned {
            Ok(_) => self.picking = Some(rx),
            Err(e) => self.notice = Some(format!("The file dialog could not open: {e}")),
        }
    }

    fn poll_file_dialog(&mut self) {
        let Some(rx) = &self.picking else { return };
        match rx.try_recv() {
            Ok(Some(path)) => {
                self.picking = None;
                let entry = self.library.open(&path);
                self.screen = Screen::Overview(entry);
            }
            // Cancelled, or no dialog could be shown (no desktop portal): the path field stays.
            Ok(None) => self.picking = None,
            Err(TryRecvError::Empty) => {}
            Err(TryRecvError::Disconnected) => {
                self.picking = None;
                self.notice = Some(
                    "No file dialog is available here; start stretch-timer with the file's path instead: stretch-timer PATH".to_owned(),
                );
            }
        }
    }

    fn apply_look(&mut self, ctx: &egui::Context) {
        let look = (self.settings.theme, self.settings.text_scale);
        if self.look.is_none() {
            // Routine pictures: PNG, JPEG and SVG files next to the routine.
            egui_extras::install_image_loaders(ctx);
        }
        if self.look != Some(look) {
            ctx.set_theme(match look.0 {
                Theme::Dark => egui::Theme::Dark,
                Theme::Light => egui::Theme::Light,
            });
            ctx.set_zoom_factor(look.1);
            self.look = Some(look);
        }
    }

    fn top_bar(&mut self, ui: &mut egui::Ui) {
        egui::Panel::top("top").show(ui, |ui| {
            ui.horizontal(|ui| {
                ui.label(RichText::new("stretch-timer").strong());
                ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
                    ui.toggle_value(&mut self.settings_open, "Settings");
                });
            });
        });
    }

    fn notice_ui(&mut self, ui: &mut egui::Ui) {
        let Some(notice) = &self.notice else { return };
        let mut dismissed = false;
        ui.horizontal(|ui| {
            ui.label(RichText::new(notice).color(ui.visuals().warn_fg_color));
            dismissed = ui.button("Dismiss").clicked();
        });
        if dismissed {
            self.notice = None;
        }
    }

    fn settings_window(&mut self, ctx: &egui::Context) {
        let mut open = self.settings_open;
        let mut changed = false;
        egui::Window::new("Settings")
            .open(&mut open)
            .resizable(false)
            .collapsible(false)
            .show(ctx, |ui| changed = self.settings.ui(ui));
        self.settings_open = open;
        if changed {
            self.apply_sound_settings();
        }
    }

    fn confirm_stop_modal(&mut self, ctx: &egui::Context) {
        if !self.confirm_stop {
            return;
        }
        let mut choice = None;
        let modal = egui::Modal::new(egui::Id::unique("confirm-stop")).show(ctx, |ui| {
            ui.heading("Stop this routine?");
            ui.label("The routine ends here; you can start it again from the beginning.");
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                if ui.button("Keep going").clicked() {
                    choice = Some(false);
                }
                if ui.button("Stop routine").clicked() {
                    choice = Some(true);
                }
            });
        });
        if modal.should_close() && choice.is_none() {
            choice = Some(false);
        }
        match choice {
            Some(true) => self.stop(),
            Some(false) => self.confirm_stop = false,
            None => {}
        }
    }

    fn central(&mut self, ui: &mut egui::Ui) -> Option<Duration> {
        let now = self.deps.clock.now();
        let mut repaint = None;
        // No panel fill: the window is cleared to the panel colour instead (see `clear_color`).
        // Under software rendering every filled pixel costs, and a full-window fill is the
        // largest single shape.
        let frame = egui::Frame::central_panel(ui.style()).fill(egui::Color32::TRANSPARENT);
        egui::CentralPanel::default().frame(frame).show(ui, |ui| {
            self.notice_ui(ui);
            match self.screen.clone() {
                Screen::Library => match library::ui(ui, &self.library, &mut self.typed_path) {
                    Some(LibraryAction::Open(i)) => self.screen = Screen::Overview(i),
                    Some(LibraryAction::OpenFile) => self.pick_file(),
                    Some(LibraryAction::OpenPath(path)) => {
                        let entry = self.library.open(&path);
                        self.typed_path.clear();
                        if self.library.entries[entry].routine.is_ok() {
                            self.screen = Screen::Overview(entry);
                        }
                    }
                    None => {}
                },
                Screen::Overview(i) => {
                    let Some(Ok(routine)) = self.library.entries.get(i).map(|e| e.routine.clone())
                    else {
                        self.screen = Screen::Library;
                        return;
                    };
                    match overview::ui(ui, &routine) {
                        Some(OverviewAction::Back) => self.screen = Screen::Library,
                        Some(OverviewAction::Start) => self.start(i),
                        None => {}
                    }
                }
                Screen::Player => repaint = self.player_screen(ui, now),
                Screen::Finished(summary) => self.finished_screen(ui, &summary),
            }
        });
        repaint
    }

    /// Draws the player; returns when to draw again.
    fn player_screen(&mut self, ui: &mut egui::Ui, now: Duration) -> Option<Duration> {
        let Some(running) = &mut self.running else {
            self.screen = Screen::Library;
            return None;
        };
        if !running.sound_problems.is_empty() {
            let mut dismissed = false;
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new(format!(
                        "Some sounds could not be used: {}",
                        running.sound_problems.join("; ")
                    ))
                    .color(ui.visuals().warn_fg_color),
                );
                dismissed = ui.button("Dismiss").clicked();
            });
            if dismissed {
                running.sound_problems.clear();
            }
        }
        let routine = Arc::clone(&running.routine);
        // Catch up before drawing, so the screen never shows a moment whose cues have not been
        // handed to the output. The timing thread does this at every deadline regardless.
        running.player.tick();
        let (action, state, next) = {
            let shared = running.player.lock();
            let status = shared.output_status();
            let view = View {
                routine: &routine,
                session: &shared.session,
                now,
                sound: &status,
                muted: self.settings.muted,
            };
            let action = player_view::ui(ui, &view);
            let state = shared.session.state();
            let next = (state == State::Running)
                .then(|| player_view::until_next_second(shared.session.phase_remaining(now)));
            (action, state, next)
        };
        let shortcut = if self.confirm_stop || self.settings_open {
            None
        } else {
            player_view::shortcuts(ui.ctx())
        };
        if let Some(action) = action.or(shortcut) {
            self.player_action(action);
            return Some(Duration::ZERO);
        }
        if state == State::Finished {
            if let Some(running) = self.running.take() {
                self.screen = Screen::Finished(Summary {
                    entry: running.entry,
                    name: routine.name.clone(),
                    steps: routine.steps.len(),
                    planned: routine.total(),
                    took: now.saturating_sub(running.started),
                });
            }
            return Some(Duration::ZERO);
        }
        next
    }

    fn finished_screen(&mut self, ui: &mut egui::Ui, summary: &Summary) {
        ui.vertical_centered(|ui| {
            ui.add_space(40.0);
            ui.label(RichText::new("Routine complete").size(40.0).strong());
            ui.add_space(12.0);
            ui.label(RichText::new(&summary.name).size(24.0).strong());
            ui.label(
                RichText::new(format!(
                    "{} {} · {} planned · took {}",
                    summary.steps,
                    if summary.steps == 1 { "step" } else { "steps" },
                    format_clock(summary.planned),
                    format_clock(summary.took)
                ))
                .size(18.0),
            );
            ui.add_space(8.0);
            ui.label(RichText::new("Well done. Get up slowly, and drink some water.").size(18.0));
            ui.add_space(24.0);
            let big = |text: &str| {
                egui::Button::new(RichText::new(text).size(20.0)).min_size(egui::vec2(200.0, 48.0))
            };
            if ui.add(big("Back to routines")).clicked() {
                self.screen = Screen::Library;
            }
            ui.add_space(8.0);
            if ui.add(big("Do it again")).clicked() {
                self.start(summary.entry);
            }
        });
    }
}

impl eframe::App for StretchApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.apply_look(&ctx);
        self.poll_file_dialog();
        self.top_bar(ui);
        let repaint = self.central(ui);
        self.settings_window(&ctx);
        self.confirm_stop_modal(&ctx);
        if let Some(after) = repaint {
            ctx.request_repaint_after(after);
        }
        if self.picking.is_some() {
            ctx.request_repaint_after(Duration::from_millis(200));
        }
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Settings::KEY, &self.settings);
    }
}

/// Opens the window and runs until it is closed. `style`, if given, replaces the saved cue style.
pub fn run_native(launch: Launch, style: Option<crate::audio::CueStyle>) -> eframe::Result {
    #[cfg(feature = "wgpu")]
    let renderer = eframe::Renderer::Wgpu;
    #[cfg(not(feature = "wgpu"))]
    let renderer = eframe::Renderer::Glow;
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("stretch-timer")
            .with_app_id("stretch-timer")
            .with_inner_size([1100.0, 760.0])
            .with_min_inner_size([640.0, 480.0]),
        renderer,
        ..Default::default()
    };
    let audio = device_audio();
    // Open the sound device now, while the window is being made, not when the first routine
    // starts: the stream's first buffers are filled in one go, and the frame clock needs a few
    // real-time ones before it places a cue exactly (measured: a cue played at once after
    // opening came 40 ms early).
    drop(audio());
    let deps = AppDeps {
        clock: Arc::new(crate::clock::MonotonicClock::new()),
        audio,
    };
    eframe::run_native(
        "stretch-timer",
        options,
        Box::new(move |cc| Ok(Box::new(StretchApp::new(cc, deps, launch, style)))),
    )
}
