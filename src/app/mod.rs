//! The desktop app (eframe/egui): the library, a routine's overview, the player, the finish
//! screen, the editor, settings.
//!
//! The engine's session is the one source of truth; the app reads it through the cue player and
//! sends it commands. Each screen is a function that draws and returns what the person asked for,
//! an `Action`; `StretchApp::apply` is the one place that carries actions out, and
//! `StretchApp::go` the one place the screen changes. The clock is read once per frame, and that
//! `now` is passed down. Time comes from an injected clock and sound goes to an injected output
//! ([`AppDeps`]), so tests drive the real UI with a manual clock and a recording output.
//!
//! By job: `deps` (the sound device, what the app needs from outside, the window), `ask`
//! (questions in a modal window, answered with an enum), `authoring` (edit, save, drafts),
//! `files` (the file dialog, open, import, export, handout, watching the user's folder),
//! `playing` (a routine being played and its session recorded), `pain` (the pain question before
//! a routine and after stopping one), `finish` (the screen after it), `sessions` (the history as
//! read once per change, and what is drawn from it) and `history_view` (the History screen).

mod ask;
mod catalog;
mod deps;
pub mod dialogs;
mod drafts;
pub mod editor;
mod ending;
mod files;
mod finish;
mod fix;
mod history;
pub mod library;
mod notice;
mod overview;
mod player;
mod prefs;
mod reminders;
mod route;
pub mod sessions;
pub mod settings;
mod shared;
mod transitions;
mod widgets;

use std::sync::Arc;
use std::time::Duration;

pub use self::deps::{
    AppDeps, AudioFactory, Calendar, ClockCalendar, SystemCalendar, device_audio,
};

use self::ask::{Answer, Ask};

use self::catalog::{Library, Shelf};
use self::drafts::Drafts;
use self::editor::{Agreed, Authoring, Editor, EditorAction};
use self::files::Files;
use self::finish::FinishAction;
use self::history::{History, HistoryAction};
use self::library::LibraryAction;
use self::notice::Notice;
use self::overview::OverviewAction;
use self::player::view::PlayerAction;
use self::player::{Player, PlayerAsk};
use self::route::Screen;
use self::sessions::Sessions;
use self::settings::Settings;
use self::shared::Shared;
use self::widgets::access;
use self::widgets::pain::{self, PainAction};
use crate::engine::State;
use crate::home::Home;
use crate::progress::Source;
use crate::speech::Speaker;

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

/// What the person asked for, on a screen or in answer to a question, and what the routine being
/// played did: carried out by `StretchApp::apply`.
enum Action {
    Library(LibraryAction),
    Overview(Source, OverviewAction),
    Player(PlayerAsk),
    Finish(FinishAction),
    /// The answer to the pain question before a routine or after stopping one.
    Pain(PainAction),
    History(HistoryAction),
    Editor(EditorAction),
    Answer(Answer),
    /// Back to the library: what the screen showed is gone; the notice says why, if anything.
    Lost(Option<Notice>),
    Notice(notice::NoticeAction),
    Broken(Source, fix::BrokenAction),
    Fix(fix::FixAction),
    /// What the person did with a reminder shown in the window.
    Reminder(reminders::ReminderAction),
}

/// The app.
pub struct StretchApp {
    /// What every screen may read and change.
    shared: Shared,
    screen: Screen,
    /// The routine being played.
    player: Player,
    /// The finish screen's session waiting for answers.
    finish: finish::Finish,
    /// The routine being written.
    authoring: Authoring,
    /// The Settings window and the look it sets.
    settings_room: settings::SettingsRoom,
    /// The file dialog, "Open folder" and the watcher of the user's routines.
    files: Files,
    /// A broken routine file's text being fixed.
    fix: Option<fix::Fix>,
    /// The library's "path" field.
    typed_path: String,
    /// The History screen and the view it opens on.
    history: History,
    /// The screen changed to one that shows dates: check what day it is (once, not per frame).
    date_unchecked: bool,
    /// The screen changed (or the window just opened): its heading takes the focus.
    screen_changed: bool,
    /// A screen opened anew: it opens at its top (`widgets::open_at_top`).
    scroll_anew: bool,
    /// Reminders: the app's presence, what is due and shown, Settings' part and "Remind me".
    reminding: reminders::Reminding,
    /// The clock as `App::logic` read it for this frame; `ui` draws the same moment.
    now: Duration,
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
        let mut library = Library::new();
        library.refresh_user(&deps.home.routine_files());
        let drafts = Drafts::read(&deps.home);
        let now = deps.clock.now();
        let today = deps.calendar.local(now).date();
        let sessions = Sessions::open(&crate::history::path_in(&deps.home), today);
        let reminding = reminders::Reminding::start(&deps);
        let mut app = StretchApp {
            shared: Shared {
                deps,
                settings: settings.sanitized(),
                library,
                sessions,
                drafts,
                notice: None,
                ask: None,
            },
            screen: Screen::Library,
            player: Player::default(),
            finish: finish::Finish::default(),
            authoring: Authoring::default(),
            settings_room: settings::SettingsRoom::default(),
            files: Files::default(),
            fix: None,
            typed_path: String::new(),
            history: History::default(),
            date_unchecked: false,
            screen_changed: true,
            scroll_anew: true,
            reminding,
            now,
        };
        match launch {
            Launch::Library => {}
            // A shared routine (double-clicked, or `stretch-timer PACKAGE.zip`) is imported, as
            // "Open or import a file…" does; with --start too: a package is looked at before it
            // is played.
            Launch::Open(arg) | Launch::Start(arg) if files::is_package(&arg) => {
                let go = files::open_path(&mut app.shared, std::path::Path::new(&arg));
                app.files_go(go);
            }
            Launch::Open(arg) => {
                if let Some(source) = app.shared.find_or_open(&arg) {
                    app.show(source);
                }
            }
            Launch::Start(arg) => {
                if let Some(source) = app.shared.find_or_open(&arg)
                    && app.show(source.clone())
                {
                    let now = app.shared.deps.clock.now();
                    app.begin(source, now);
                }
            }
        }
        app
    }

    /// The settings in force.
    pub fn settings(&self) -> &Settings {
        &self.shared.settings
    }

    /// The library.
    pub fn library(&self) -> &Library {
        &self.shared.library
    }

    /// The session of the routine being played, if any (for tests and diagnostics).
    pub fn session_state(&self) -> Option<State> {
        self.player.session_state()
    }

    /// The editor, if a routine is being edited (for tests).
    pub fn editor(&self) -> Option<&Editor> {
        self.authoring.editor.as_ref()
    }

    /// What the History screen shows, while it is shown (for tests: the charts' points).
    pub fn history_view(&self) -> Option<&sessions::HistoryView> {
        self.history.view()
    }

    /// The history as the app read it (for tests).
    pub fn sessions(&self) -> &Sessions {
        &self.shared.sessions
    }

    /// Changes the screen: the one place it changes.
    fn go(&mut self, screen: Screen) {
        if matches!(screen, Screen::Library | Screen::History) {
            self.date_unchecked = true;
        }
        if screen != Screen::History {
            self.history.close();
        }
        self.screen_changed = self.screen_changed || screen != self.screen;
        self.scroll_anew = self.scroll_anew || screen != self.screen;
        self.screen = screen;
    }

    /// Shows a routine's overview if it can be used, else the library with its errors. Returns
    /// whether it can be used.
    fn show(&mut self, source: Source) -> bool {
        let routine = self
            .shared
            .library
            .get(&source)
            .and_then(|e| e.routine.clone().ok());
        if let Some(routine) = &routine {
            self.player
                .speech
                .make_ahead(&self.shared.deps, &self.shared.settings.speech, routine);
        }
        let usable = routine.is_some();
        self.go(if usable {
            Screen::Overview(source)
        } else {
            Screen::Broken(source)
        });
        usable
    }

    /// Carries out what was asked for: the one place that does.
    fn apply(&mut self, action: Action, now: Duration, ctx: &egui::Context) {
        match action {
            Action::Library(action) => self.library_action(action, now),
            Action::Overview(source, action) => {
                let Some(Ok(routine)) = self.shared.library.get(&source).map(|e| e.routine.clone())
                else {
                    return;
                };
                match action {
                    OverviewAction::Back => self.go(Screen::Library),
                    OverviewAction::Start => self.begin(source, now),
                    OverviewAction::Edit => self.edit(&source, &routine, now),
                    OverviewAction::Handout => {
                        files::write_handout(&mut self.shared, &routine, ctx);
                    }
                    OverviewAction::Export => files::export(&mut self.shared, &source),
                    OverviewAction::RemindMe => {
                        let home = &self.shared.deps.home;
                        self.reminding.remind_me(home, &source, &routine);
                    }
                }
            }
            Action::Player(PlayerAsk::Player(action)) => {
                if action == PlayerAction::AskStop {
                    self.shared.ask = Some(Ask::StopRoutine);
                }
                let Shared { settings, deps, .. } = &mut self.shared;
                self.player.act(action, settings, &deps.audio);
            }
            Action::Player(PlayerAsk::DismissSoundProblems) => self.player.dismiss_sound_problems(),
            Action::Finish(action) => self.finish_action(action, now),
            Action::Pain(action) => self.pain_action(action, now),
            Action::History(action) => {
                if self.history.act(&action, &mut self.shared, ctx) {
                    self.go(Screen::Library);
                }
            }
            Action::Editor(action) => {
                let go = self.authoring.act(&mut self.shared, action);
                self.follow(go);
            }
            Action::Answer(answer) => self.answer(answer, now),
            Action::Lost(notice) => {
                if notice.is_some() {
                    self.shared.notice = notice;
                }
                self.go(Screen::Library);
            }
            Action::Notice(action) => {
                let go = self.files.notice_action(&mut self.shared, action, ctx);
                self.files_go(go);
            }
            Action::Broken(source, action) => self.broken_action(&source, action, now),
            Action::Fix(action) => self.fix_action(action),
            Action::Reminder(action) => {
                if let Some(routine) = self.reminding.act(action, &self.shared.deps, now)
                    && let Some(source) = self.shared.find_or_open(&routine)
                    && self.show(source.clone())
                {
                    self.begin(source, now);
                }
            }
        }
    }

    fn library_action(&mut self, action: LibraryAction, now: Duration) {
        match action {
            LibraryAction::Open(source) => {
                self.show(source);
            }
            LibraryAction::OpenFile => self.files.pick_file(&mut self.shared),
            LibraryAction::OpenPath(path) => {
                self.typed_path.clear();
                let go = files::open_path(&mut self.shared, &path);
                self.files_go(go);
            }
            LibraryAction::New(from) => {
                let go = self.authoring.new_routine(&self.shared, from.as_deref());
                self.follow(Some(go));
            }
            LibraryAction::ResumeDraft(id) => {
                let go = self.authoring.resume_draft(&self.shared, &id, now);
                self.follow(go);
            }
            LibraryAction::DiscardDraft(id) => editor::forget_draft(&mut self.shared, &id),
            LibraryAction::History => {
                self.go(Screen::History);
                self.history.open(&self.shared);
            }
        }
    }

    fn answer(&mut self, answer: Answer, now: Duration) {
        match answer {
            Answer::Nothing => self.player.keep_going(),
            Answer::StopRoutine => self.stop(now),
            Answer::KeepAsDraft => {
                let go = self
                    .authoring
                    .keep_as_draft_and_leave(&mut self.shared, now);
                self.follow(Some(go));
            }
            Answer::SaveAnyway => self.authoring.save(&mut self.shared, Agreed::Problems),
            Answer::ReplaceWithMine => self
                .authoring
                .save(&mut self.shared, Agreed::ProblemsAndChanges),
            Answer::SaveAndLeave => {
                let go = self.authoring.save_and_leave(&mut self.shared);
                self.follow(go);
            }
            Answer::Discard => {
                let go = self.authoring.discard_and_leave(&mut self.shared);
                self.follow(Some(go));
            }
            Answer::KeepBoth(package) => {
                let go = files::import(&mut self.shared, &package, crate::share::OnClash::Rename);
                self.files_go(go);
            }
            Answer::ReplaceMine(package) => {
                let go = files::import(&mut self.shared, &package, crate::share::OnClash::Replace);
                self.files_go(go);
            }
            Answer::DeleteSession(id) => self.history.delete_session(&mut self.shared, id),
            Answer::StartNewHistory => self.history.start_new(&mut self.shared),
        }
    }

    /// Draws the screen; returns what was asked for, and when to draw again.
    fn central(&mut self, ui: &mut egui::Ui, now: Duration) -> (Option<Action>, Option<Duration>) {
        let mut action = None;
        let mut repaint = None;
        // No panel fill: the window is cleared to the panel colour instead (see `clear_color`).
        // Under software rendering every filled pixel costs, and a full-window fill is the
        // largest single shape.
        let frame = egui::Frame::central_panel(ui.style()).fill(egui::Color32::TRANSPARENT);
        egui::CentralPanel::default().frame(frame).show(ui, |ui| {
            action = match self.screen.clone() {
                Screen::Library => {
                    let warnings = self.files.folder_warnings(&self.shared);
                    library::ui(
                        ui,
                        &self.shared.library,
                        &mut self.typed_path,
                        &self.shared.drafts.kept,
                        &warnings,
                        &|source| self.shared.sessions.last_done(source),
                    )
                    .map(Action::Library)
                }
                Screen::Overview(source) => self.overview_screen(ui, source),
                Screen::PainBefore(source) => {
                    let name = self.shared.library.get(&source).map(catalog::Entry::title);
                    match name {
                        Some(name) => pain::question_ui(ui, &name).map(Action::Pain),
                        None => Some(Action::Lost(None)),
                    }
                }
                Screen::History => match self.history.ui(ui, &self.shared) {
                    Some(action) => action.map(Action::History),
                    None => Some(Action::Lost(None)),
                },
                Screen::Player => match self.player.ui(ui, self.shared.settings.muted, now) {
                    Some((action, after)) => {
                        repaint = after;
                        action.map(Action::Player)
                    }
                    None => Some(Action::Lost(None)),
                },
                Screen::Finished(summary) => {
                    finish::ui(ui, &summary, self.finish.answers()).map(Action::Finish)
                }
                Screen::Editor => match &mut self.authoring.editor {
                    Some(editor) => {
                        editor.picker.connect(&self.shared.deps);
                        editor.picker.recorder.connect(&self.shared.deps);
                        let (action, playing) = editor.ui(ui, now);
                        repaint = playing.then_some(Duration::from_millis(33));
                        action.map(Action::Editor)
                    }
                    None => Some(Action::Lost(None)),
                },
                Screen::Broken(source) => match self.shared.library.get(&source) {
                    Some(entry) => fix::broken_ui(ui, entry).map(|a| Action::Broken(source, a)),
                    None => Some(Action::Lost(None)),
                },
                Screen::Fix => match &mut self.fix {
                    Some(fix) => fix.ui(ui).map(Action::Fix),
                    None => Some(Action::Lost(None)),
                },
            }
        });
        let notice = notice::overlay(ui.ctx(), self.shared.notice.as_mut(), &self.screen);
        (action.or(notice.map(Action::Notice)), repaint)
    }

    fn overview_screen(&self, ui: &mut egui::Ui, source: Source) -> Option<Action> {
        let Some(entry) = self.shared.library.get(&source) else {
            return Some(Action::Lost(None));
        };
        let Ok(routine) = &entry.routine else {
            // It became invalid on disk: its errors are in the library, and the version shown
            // before is not started by accident.
            let routine = entry.title();
            return Some(Action::Lost(Some(Notice::warning(crate::tr!(
                "library-now-broken",
                routine = routine
            )))));
        };
        let kind = match entry.shelf {
            Shelf::Bundled => overview::Kind::Bundled,
            Shelf::Yours => overview::Kind::Yours,
            Shelf::FromTherapist => overview::Kind::FromTherapist,
            Shelf::Opened => overview::Kind::Opened,
        };
        let done = self.shared.sessions.done_this_week(&source);
        overview::ui(ui, routine, kind, done).map(|action| Action::Overview(source, action))
    }
}

/// The widest texture the app makes. Pictures are made at most 1920 pixels on their long side
/// (`media::photo::SCREEN_LONG_SIDE`); text needs less. It is egui's own default.
const MAX_TEXTURE_SIDE: usize = 2048;

impl eframe::App for StretchApp {
    /// The app's work, called before every frame and also while the window is minimised or
    /// covered, when no frame is drawn: the routine's end and its record, reminders falling due,
    /// drafts kept, files changed, and the window closing. Each part asks to be called again when
    /// it next has something to do.
    fn logic(&mut self, ctx: &egui::Context, _frame: &mut eframe::Frame) {
        // The one reading of the clock for this frame, drawn with it too.
        let now = self.shared.deps.clock.now();
        self.now = now;
        // The language may have changed (in Settings): the bundled routines follow it at once.
        if self.shared.library.follow_language() {
            // History names bundled routines in the language too.
            self.shared.sessions.reload();
            self.history.refresh(&self.shared);
            ctx.request_repaint();
        }
        self.files.watch(&mut self.shared, ctx);
        let go = self.files.poll(&mut self.shared);
        self.files_go(go);
        self.player.poll_recording(&mut self.shared.notice);
        if std::mem::take(&mut self.date_unchecked) {
            self.history.check_date(&mut self.shared, now);
        }
        if ctx.input(|i| i.viewport().close_requested()) {
            // The window is closing: unsaved work is kept as a draft, to come back to, and the
            // session being played or answered about is recorded as it stands.
            self.authoring.keep_draft(&mut self.shared, now);
            self.close_session(now);
        } else if let Some(wait) = self
            .authoring
            .keep_draft_now_and_then(&mut self.shared, now)
        {
            ctx.request_repaint_after(wait);
        }
        if let Some(ending) = self.player.logic(ctx, &self.shared, now) {
            self.ending(ending);
        }
        let calm = self.reminder_may_show();
        let on_overview = matches!(self.screen, Screen::Overview(_));
        self.reminding
            .logic(ctx, &self.shared.deps, now, calm, on_overview);
        let about_to_play = matches!(self.screen, Screen::Overview(_) | Screen::PainBefore(_));
        self.player
            .keep_sound_ready(&self.shared.deps.audio, about_to_play);
        if self.screen == Screen::Library {
            self.history.prepare(&self.shared);
        }
        if self.files.jobs.busy() {
            ctx.request_repaint_after(Duration::from_millis(200));
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let now = self.now;
        self.settings_room.apply_look(&ctx, &self.shared.settings);
        self.settings_room.apply_language(
            &ctx,
            &self.shared.settings,
            self.shared.deps.system_language.as_ref(),
        );
        let keys_free =
            self.screen == Screen::Player && self.shared.ask.is_none() && !self.settings_room.open;
        let keys = self
            .player
            .keys(&ctx, keys_free)
            .map(|action| Action::Player(PlayerAsk::Player(action)));
        widgets::open_at_top(&ctx, &mut self.scroll_anew);
        access::focus_heading_if_new(&ctx, &mut self.screen_changed);
        self.settings_room.top_bar(ui);
        let (action, repaint) = self.central(ui, now);
        if let Some(action) = keys.or(action) {
            self.apply(action, now, &ctx);
        }
        self.settings_window(&ctx);
        let calm = self.reminder_may_show();
        let Shared { deps, notice, .. } = &mut self.shared;
        if let Some(action) = self.reminding.ui(&ctx, deps, notice, calm) {
            self.apply(Action::Reminder(action), now, &ctx);
        }
        if let Some(answer) = self.shared.ask.as_ref().and_then(|ask| ask::ui(&ctx, ask)) {
            self.shared.ask = None;
            self.apply(Action::Answer(answer), now, &ctx);
        }
        access::name_window(&ctx, self.screen_changed, self.window_name());
        if let Some(after) = repaint {
            ctx.request_repaint_after(after);
        }
    }

    /// Textures no wider than `MAX_TEXTURE_SIDE`: egui makes its font atlas as wide as the
    /// largest texture the GPU allows (8192 pixels under Mesa's software OpenGL, 16384 on most
    /// GPUs), and one row of the player's large digits made it 8192 × 256 pixels: 8 MiB, and as
    /// much again for the texture under software OpenGL (BENCHMARKS.md).
    fn raw_input_hook(&mut self, _ctx: &egui::Context, raw_input: &mut egui::RawInput) {
        if let Some(side) = &mut raw_input.max_texture_side {
            *side = (*side).min(MAX_TEXTURE_SIDE);
        }
    }

    fn clear_color(&self, visuals: &egui::Visuals) -> [f32; 4] {
        visuals.panel_fill.to_normalized_gamma_f32()
    }

    fn save(&mut self, storage: &mut dyn eframe::Storage) {
        eframe::set_value(storage, Settings::KEY, &self.shared.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        let now = self.shared.deps.clock.now();
        self.authoring.keep_draft(&mut self.shared, now);
        self.close_session(now);
    }
}

/// The file eframe keeps the app's settings in: `app.ron` in the folder it makes for the name
/// "stretch-timer" (`~/.local/share/stretch-timer` on Linux).
pub fn settings_file() -> Option<std::path::PathBuf> {
    eframe::storage_dir(SETTINGS_FOLDER).map(|dir| dir.join("app.ron"))
}

/// The name the settings' folder is made from.
const SETTINGS_FOLDER: &str = "stretch-timer";

/// The window's icon: the launcher's, at the size a taskbar shows it on a dense screen.
const WINDOW_ICON: &[u8] =
    include_bytes!("../../assets/desktop/icons/128/io.github.stretch_timer.StretchTimer.png");

/// Opens the window and runs until it is closed. `style`, if given, replaces the saved cue style;
/// `language`, if given (`--lang`), is spoken instead of the system's where Settings names none;
/// `home` is the user's folder.
pub fn run_native(
    launch: Launch,
    style: Option<crate::audio::CueStyle>,
    language: Option<crate::l10n::LanguageIdentifier>,
    home: Home,
) -> eframe::Result {
    #[cfg(feature = "wgpu")]
    let renderer = eframe::Renderer::Wgpu;
    #[cfg(not(feature = "wgpu"))]
    let renderer = eframe::Renderer::Glow;
    let mut viewport = egui::ViewportBuilder::default()
        .with_title("stretch-timer")
        // The launcher's id: a Wayland desktop finds the window's name and icon by it (on X11
        // it is the window's class, the launcher's StartupWMClass).
        .with_app_id("io.github.stretch_timer.StretchTimer")
        .with_inner_size([1100.0, 760.0])
        .with_min_inner_size([640.0, 480.0]);
    // The app's own icon for the window (X11's taskbar and switcher; Windows): without one,
    // eframe decodes egui's 512-pixel logo and keeps it, 1 MiB of memory for a picture shown at
    // 48 pixels (BENCHMARKS.md).
    if let Ok(icon) = eframe::icon_data::from_png_bytes(WINDOW_ICON) {
        viewport = viewport.with_icon(icon);
    }
    let options = eframe::NativeOptions {
        viewport,
        renderer,
        // egui's dithering adds noise to every pixel against banding in gradients, which these
        // screens do not have; under software OpenGL it is 8 % of a frame (BENCHMARKS.md).
        dithering: false,
        // Where the settings have always been kept (eframe names the folder after the app id,
        // which became the launcher's id later): a person's settings stay theirs after updating.
        persistence_path: settings_file(),
        ..Default::default()
    };
    let audio = device_audio();
    // Open the sound device now, while the window is being made, not when the first routine
    // starts: the stream's first buffers are filled in one go, and the frame clock needs a few
    // real-time ones before it places a cue exactly (measured: a cue played at once after
    // opening came 40 ms early). It is let go at once: a routine started from the command line
    // finds it open, and it closes if none starts within `CLOSE_UNUSED_AFTER`. Later routines
    // find it opened on their overview (`StretchApp::keep_sound_ready`).
    drop(audio());
    let deps = AppDeps {
        clock: Arc::new(crate::clock::MonotonicClock::new()),
        calendar: Arc::new(SystemCalendar),
        audio,
        home,
        autostart: crate::remind::autostart::config_dir(),
        speaker: Speaker::system(),
        microphone: Arc::new(crate::audio::input::DeviceMicrophone),
        dialogs: Some(Arc::new(dialogs::SystemDialogs)),
        system_language: Some(
            language.unwrap_or_else(|| crate::l10n::choose(&crate::l10n::system_languages())),
        ),
    };
    eframe::run_native(
        "stretch-timer",
        options,
        Box::new(move |cc| Ok(Box::new(StretchApp::new(cc, deps, launch, style)))),
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn settings_stay_in_the_folder_they_were_always_in() {
        // Builds before the launcher's id became the window's app id kept them here; a new
        // folder would reset every person's theme, text size, volume and pain question.
        let file = super::settings_file().expect("a data folder");
        assert_eq!(file.file_name().unwrap(), "app.ron");
        assert_eq!(file.parent().unwrap().file_name().unwrap(), "stretch-timer");
    }
}
