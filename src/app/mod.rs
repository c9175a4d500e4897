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

mod access;
mod ask;
mod authoring;
mod chrome;
mod deps;
pub mod editor;
mod files;
mod finish;
mod fix;
mod history_charts;
pub mod history_view;
mod illustration;
pub mod library;
mod media_picker;
mod overview;
mod pain;
pub mod player_view;
mod playing;
mod recorder;
mod reminders_view;
pub mod sessions;
pub mod settings;
pub mod speech_settings;

use std::sync::Arc;
use std::sync::atomic::AtomicBool;
use std::time::Duration;

pub use self::deps::{
    AppDeps, AudioFactory, Calendar, ClockCalendar, SystemCalendar, device_audio, run_native,
};

use self::ask::{Answer, Ask};
use self::authoring::Drafts;
use self::editor::{Editor, EditorAction};
use self::finish::{FinishAction, Summary};
use self::history_view::{HistoryAction, HistoryScreen};
use self::library::{Library, LibraryAction, Origin};
use self::overview::OverviewAction;
use self::pain::PainAction;
use self::player_view::PlayerAction;
use self::playing::{After, Running, Stopped};
use self::sessions::Sessions;
use self::settings::{Settings, Theme};
use crate::engine::State;
use crate::home::RoutineWatcher;

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
    Overview(Origin),
    /// "How is your pain right now?", before the routine from this entry starts.
    PainBefore(Origin),
    Player,
    Finished(Summary),
    /// A routine stopped early: pain now, then back.
    Stopped(Stopped),
    History,
    Editor,
    /// A routine file with errors: what is wrong, and "Edit".
    Broken(Origin),
    /// A routine file's text being fixed.
    Fix,
}

/// What the person asked for, on a screen or in answer to a question, and what the routine being
/// played did: carried out by `StretchApp::apply`.
enum Action {
    Library(LibraryAction),
    Overview(Origin, OverviewAction),
    Player(PlayerAction),
    Finish(FinishAction),
    /// The answer to the pain question before a routine or after stopping one.
    Pain(PainAction),
    History(HistoryAction),
    Editor(EditorAction),
    Answer(Answer),
    /// Back to the library: what the screen showed is gone; the notice says why, if anything.
    Lost(Option<String>),
    Notice(chrome::NoticeAction),
    Broken(Origin, fix::BrokenAction),
    Fix(fix::FixAction),
    DismissSoundProblems,
    /// What the person did with a reminder shown in the window.
    Reminder(reminders_view::ReminderAction),
}

/// The app.
pub struct StretchApp {
    deps: AppDeps,
    settings: Settings,
    library: Library,
    screen: Screen,
    running: Option<Running>,
    editor: Option<Editor>,
    /// Unsaved editor work kept in the drafts folder, shown in the library.
    drafts: Drafts,
    ask: Option<Ask>,
    settings_open: bool,
    /// Set by the watcher when the user's routine files changed.
    changed: Arc<AtomicBool>,
    /// Watches the user's routines once the window is up; `None` before; why not, if it cannot.
    watcher: Option<Result<RoutineWatcher, String>>,
    /// The file dialog and "Open folder", on threads of their own.
    jobs: files::Jobs,
    /// The look last applied (theme, text scale), to apply changes once.
    look: Option<(Theme, f32)>,
    /// A message for the person, shown until dismissed.
    notice: Option<String>,
    /// When keeping a draft last failed: it is tried again only after a while.
    draft_failed_at: Option<Duration>,
    /// What the notice offers, if it is news (a file written: "Open folder").
    notice_more: Option<chrome::NoticeMore>,
    /// A broken routine file's text being fixed.
    fix: Option<fix::Fix>,
    /// The library's "path" field.
    typed_path: String,
    /// The history, read once per change.
    sessions: Sessions,
    /// The History screen's state, while it is shown.
    history: Option<HistoryScreen>,
    /// The view History opens on, worked out ahead while the library is shown.
    prepared_history: Option<sessions::Prepared>,
    /// A session that ended and waits for the person's answers before it is recorded as ended.
    after: Option<After>,
    /// The screen changed to one that shows dates: check what day it is (once, not per frame).
    date_unchecked: bool,
    /// The screen changed (or the window just opened): its heading takes the focus.
    screen_changed: bool,
    /// Makes the spoken step names before a routine starts; `None`: the fixed prompts only.
    speaker: Option<crate::speech::Speaker>,
    /// The speech of the routine whose overview was shown, being made ahead of Start.
    speech_ahead: Option<speech_settings::Ahead>,
    /// The rate of the output the last routine played on: speech made ahead is made at it.
    speech_rate: Option<u32>,
    /// The sound device, held open on the screens before a routine starts (`keep_sound_ready`).
    sound_ready: Option<Box<dyn crate::audio::output::AudioOutput>>,
    /// Where the editor's "Record…" records from (`recorder.rs`).
    microphone: Arc<dyn crate::audio::input::Microphone>,
    /// Reminders: the app's presence, what is due and shown, Settings' part and "Remind me".
    reminding: reminders_view::Reminding,
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
        Self::with_speaker(deps, settings, launch, crate::speech::Speaker::system())
    }

    /// The app with given settings (tests, and after restoring them), without spoken step names.
    pub fn with_settings(deps: AppDeps, settings: Settings, launch: Launch) -> Self {
        Self::with_speaker(deps, settings, launch, None)
    }

    /// The app with given settings, its step names spoken by `speaker` (the real app: espeak-ng,
    /// kept in the user's cache folder; tests: a stand-in and a folder of their own).
    pub fn with_speaker(
        deps: AppDeps,
        settings: Settings,
        launch: Launch,
        speaker: Option<crate::speech::Speaker>,
    ) -> Self {
        let mut library = Library::new();
        library.refresh_user(&deps.home.routine_files());
        let drafts = Drafts::read(&deps.home);
        let now = deps.clock.now();
        let today = deps.calendar.local(now).date();
        let sessions = Sessions::open(&crate::history::path_in(&deps.home), today);
        let reminding = reminders_view::Reminding::start(&deps);
        let mut app = StretchApp {
            deps,
            settings: settings.sanitized(),
            library,
            screen: Screen::Library,
            running: None,
            editor: None,
            drafts,
            ask: None,
            settings_open: false,
            changed: Arc::new(AtomicBool::new(false)),
            watcher: None,
            jobs: files::Jobs::default(),
            look: None,
            notice: None,
            draft_failed_at: None,
            notice_more: None,
            fix: None,
            typed_path: String::new(),
            sessions,
            history: None,
            prepared_history: None,
            after: None,
            date_unchecked: false,
            screen_changed: true,
            speaker,
            speech_ahead: None,
            sound_ready: None,
            speech_rate: None,
            microphone: Arc::new(crate::audio::input::DeviceMicrophone),
            reminding,
            now,
        };
        match launch {
            Launch::Library => {}
            // A shared routine (double-clicked, or `stretch-timer PACKAGE.zip`) is imported, as
            // "Open or import a file…" does; with --start too: a package is looked at before it
            // is played.
            Launch::Open(arg) | Launch::Start(arg) if files::is_package(&arg) => {
                app.open_path(std::path::Path::new(&arg));
            }
            Launch::Open(arg) => {
                if let Some(origin) = app.find_or_open(&arg) {
                    app.show(origin);
                }
            }
            Launch::Start(arg) => {
                if let Some(origin) = app.find_or_open(&arg)
                    && app.show(origin.clone())
                {
                    let now = app.deps.clock.now();
                    app.begin(origin, now);
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

    /// The editor, if a routine is being edited (for tests).
    pub fn editor(&self) -> Option<&Editor> {
        self.editor.as_ref()
    }

    /// What the History screen shows, while it is shown (for tests: the charts' points).
    pub fn history_view(&self) -> Option<&sessions::HistoryView> {
        self.history.as_ref().map(|h| &h.view)
    }

    /// The history as the app read it (for tests).
    pub fn sessions(&self) -> &Sessions {
        &self.sessions
    }

    /// Changes the screen: the one place it changes.
    fn go(&mut self, screen: Screen) {
        if matches!(screen, Screen::Library | Screen::History) {
            self.date_unchecked = true;
        }
        if screen != Screen::History {
            self.history = None;
        }
        self.screen_changed = self.screen_changed || screen != self.screen;
        self.screen = screen;
    }

    /// Shows a routine's overview if it can be used, else the library with its errors. Returns
    /// whether it can be used.
    fn show(&mut self, origin: Origin) -> bool {
        let routine = self
            .library
            .get(&origin)
            .and_then(|e| e.routine.clone().ok());
        if let Some(routine) = &routine {
            self.make_speech_ahead(routine);
        }
        let usable = routine.is_some();
        self.go(if usable {
            Screen::Overview(origin)
        } else {
            Screen::Broken(origin)
        });
        usable
    }

    /// Carries out what was asked for: the one place that does.
    fn apply(&mut self, action: Action, now: Duration, ctx: &egui::Context) {
        match action {
            Action::Library(action) => self.library_action(action, now),
            Action::Overview(origin, action) => {
                let Some(Ok(routine)) = self.library.get(&origin).map(|e| e.routine.clone()) else {
                    return;
                };
                match action {
                    OverviewAction::Back => self.go(Screen::Library),
                    OverviewAction::Start => self.begin(origin, now),
                    OverviewAction::Edit => self.edit(&origin, &routine, now),
                    OverviewAction::Handout => self.write_handout(&routine, ctx),
                    OverviewAction::Export => self.export(&origin),
                    OverviewAction::RemindMe => self.remind_me(&origin, &routine),
                }
            }
            Action::Player(action) => self.player_action(action),
            Action::Finish(action) => self.finish_action(action, now),
            Action::Pain(action) => self.pain_action(action, now),
            Action::History(action) => self.history_action(&action, ctx),
            Action::Editor(action) => self.editor_action(action, now),
            Action::Answer(answer) => self.answer(answer, now),
            Action::Lost(notice) => {
                if notice.is_some() {
                    self.notice = notice;
                }
                self.go(Screen::Library);
            }
            Action::Notice(action) => self.notice_action(action, ctx),
            Action::Broken(origin, action) => self.broken_action(&origin, action),
            Action::Fix(action) => self.fix_action(action),
            Action::Reminder(action) => self.reminder_action(action, now),
            Action::DismissSoundProblems => {
                if let Some(running) = &mut self.running {
                    running.sound_problems.clear();
                }
            }
        }
    }

    fn library_action(&mut self, action: LibraryAction, now: Duration) {
        match action {
            LibraryAction::Open(origin) => {
                self.show(origin);
            }
            LibraryAction::OpenFile => self.pick_file(),
            LibraryAction::OpenPath(path) => {
                self.typed_path.clear();
                self.open_path(&path);
            }
            LibraryAction::New(from) => self.new_routine(from),
            LibraryAction::ResumeDraft(id) => self.resume_draft(&id, now),
            LibraryAction::DiscardDraft(id) => self.forget_draft(&id),
            LibraryAction::History => self.open_history(),
        }
    }

    fn answer(&mut self, answer: Answer, now: Duration) {
        match answer {
            Answer::Nothing => self.keep_going(),
            Answer::StopRoutine => self.stop(now),
            Answer::KeepAsDraft => self.keep_as_draft_and_leave(now),
            Answer::SaveAnyway => self.save(authoring::Agreed::Problems),
            Answer::ReplaceWithMine => self.save(authoring::Agreed::ProblemsAndChanges),
            Answer::SaveAndLeave => self.save_and_leave(),
            Answer::Discard => self.discard_and_leave(),
            Answer::KeepBoth(package) => self.import(&package, crate::share::OnClash::Rename),
            Answer::ReplaceMine(package) => self.import(&package, crate::share::OnClash::Replace),
            Answer::DeleteSession(id) => self.delete_session(id),
            Answer::StartNewHistory => self.start_new_history(),
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
            let notice = chrome::notice_ui(ui, self.notice.as_deref(), self.notice_more.as_mut());
            action = match self.screen.clone() {
                Screen::Library => {
                    let warnings = self.folder_warnings();
                    library::ui(
                        ui,
                        &self.library,
                        &mut self.typed_path,
                        &self.drafts.kept,
                        &warnings,
                        &|origin| self.sessions.last_done(origin),
                    )
                    .map(Action::Library)
                }
                Screen::Overview(origin) => self.overview_screen(ui, origin),
                Screen::PainBefore(origin) => {
                    let name = self.library.get(&origin).map(library::Entry::title);
                    match name {
                        Some(name) => pain::question_ui(ui, &name, None).map(Action::Pain),
                        None => Some(Action::Lost(None)),
                    }
                }
                Screen::Stopped(stopped) => {
                    pain::question_ui(ui, &stopped.routine, Some(&stopped.step)).map(Action::Pain)
                }
                Screen::History => self.history_screen(ui),
                Screen::Player => {
                    let (action, after) = self.player_screen(ui, now);
                    repaint = after;
                    action
                }
                Screen::Finished(summary) => {
                    let answers = self
                        .after
                        .as_mut()
                        .filter(|after| after.asks())
                        .map(|after| &mut after.answers);
                    finish::ui(ui, &summary, answers).map(Action::Finish)
                }
                Screen::Editor => match &mut self.editor {
                    Some(editor) => {
                        editor.picker.connect(&self.deps, !self.jobs.no_dialogs);
                        editor.picker.recorder.connect(&self.deps, &self.microphone);
                        let (action, playing) = editor.ui(ui, now);
                        repaint = playing.then_some(Duration::from_millis(33));
                        action.map(Action::Editor)
                    }
                    None => Some(Action::Lost(None)),
                },
                Screen::Broken(origin) => match self.library.get(&origin) {
                    Some(entry) => fix::broken_ui(ui, entry).map(|a| Action::Broken(origin, a)),
                    None => Some(Action::Lost(None)),
                },
                Screen::Fix => match &mut self.fix {
                    Some(fix) => fix.ui(ui).map(Action::Fix),
                    None => Some(Action::Lost(None)),
                },
            }
            .or(notice.map(Action::Notice));
        });
        (action, repaint)
    }

    fn overview_screen(&self, ui: &mut egui::Ui, origin: Origin) -> Option<Action> {
        let Some(entry) = self.library.get(&origin) else {
            return Some(Action::Lost(None));
        };
        let Ok(routine) = &entry.routine else {
            // It became invalid on disk: its errors are in the library, and the version shown
            // before is not started by accident.
            return Some(Action::Lost(Some(format!(
                "\"{}\" now has errors and cannot be started; they are listed in the library.",
                entry.title()
            ))));
        };
        let kind = match &origin {
            Origin::Bundled(_) => overview::Kind::Bundled,
            Origin::User(_) => overview::Kind::Yours,
            Origin::File(_) => overview::Kind::Opened,
        };
        overview::ui(ui, routine, kind).map(|action| Action::Overview(origin, action))
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
        let now = self.deps.clock.now();
        self.now = now;
        self.watch(ctx);
        self.poll_file_dialog();
        self.poll_recording();
        if std::mem::take(&mut self.date_unchecked) {
            self.check_date(now);
        }
        if ctx.input(|i| i.viewport().close_requested()) {
            // The window is closing: unsaved work is kept as a draft, to come back to, and the
            // session being played or answered about is recorded as it stands.
            self.keep_draft(now);
            self.close_session(now);
        } else if let Some(wait) = self.keep_draft_now_and_then(now) {
            ctx.request_repaint_after(wait);
        }
        self.playing_logic(ctx, now);
        self.reminders_logic(ctx, now);
        self.keep_sound_ready();
        if self.screen == Screen::Library {
            self.prepare_history();
        }
        if self.jobs.busy() {
            ctx.request_repaint_after(Duration::from_millis(200));
        }
    }

    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        let now = self.now;
        self.apply_look(&ctx);
        let keys = self.player_keys(&ctx);
        self.focus_heading_if_new(&ctx);
        self.top_bar(ui);
        let (action, repaint) = self.central(ui, now);
        if let Some(action) = keys.or(action) {
            self.apply(action, now, &ctx);
        }
        self.settings_window(&ctx);
        if let Some(action) = self.reminders_ui(&ctx) {
            self.apply(action, now, &ctx);
        }
        if let Some(answer) = self.ask.as_ref().and_then(|ask| ask::ui(&ctx, ask)) {
            self.ask = None;
            self.apply(Action::Answer(answer), now, &ctx);
        }
        self.name_window(&ctx);
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
        eframe::set_value(storage, Settings::KEY, &self.settings);
    }

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        let now = self.deps.clock.now();
        self.keep_draft(now);
        self.close_session(now);
    }
}
