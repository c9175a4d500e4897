//! The desktop app (eframe/egui): the library, a routine's overview, the player, settings.
//!
//! The engine's session is the one source of truth; the app reads it through the cue player and
//! sends it commands. Screens return what the person asked for, and [`StretchApp::apply`] is the
//! one place that changes state. Time comes from an injected clock and sound goes to an injected
//! output, so tests drive the real UI with a manual clock and a recording output.

pub mod editor;
mod illustration;
pub mod library;
mod overview;
pub mod player_view;
pub mod settings;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::sync::{Arc, Mutex};
use std::time::Duration;

use egui::RichText;

use self::editor::{Editor, EditorAction};
use self::library::{Library, LibraryAction, Origin};
use self::overview::OverviewAction;
use self::player_view::{PlayerAction, View};
use self::settings::{Settings, Theme};
use crate::audio::bank::{RENDER_RATE, SoundBank};
use crate::audio::output::{AudioOutput, DEFAULT_LEAD, OutputStatus, RodioOutput, SilentOutput};
use crate::audio::player::CuePlayer;
use crate::clock::Clock;
use crate::engine::{Command, Plan, Session, State};
use crate::home::{DraftFile, Home, RoutineWatcher};
use crate::routine::draft::Draft;
use crate::routine::{Routine, format_clock};
use crate::{handout, home, save, share};

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

/// What the app needs from outside: time, sound, and the user's folder.
#[derive(Clone)]
pub struct AppDeps {
    /// Where `now` comes from.
    pub clock: Arc<dyn Clock>,
    /// Where sound goes.
    pub audio: AudioFactory,
    /// The user's folder: their routines and drafts.
    pub home: Home,
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
    Overview(Origin),
    Player,
    Finished(Summary),
    Editor,
}

/// Where the player goes back to.
#[derive(Debug, Clone, PartialEq)]
enum Back {
    /// The routine's overview.
    Overview(Origin),
    /// The editor it was tried from.
    Editor,
}

/// What a finished routine shows.
#[derive(Debug, Clone, PartialEq)]
struct Summary {
    routine: Arc<Routine>,
    back: Back,
    from_step: Option<usize>,
    took: Duration,
}

/// A question the app is asking, in a modal window.
#[derive(Debug, Clone, PartialEq)]
enum Ask {
    /// Stop the routine being played?
    StopRoutine,
    /// Save a routine that has problems?
    SaveWithProblems { count: usize, over_valid: bool },
    /// The file changed on disk since the editor opened it: overwrite?
    ChangedOnDisk { path: PathBuf },
    /// Leave the editor with unsaved changes?
    LeaveEditor,
    /// An imported routine has the name of one already there.
    ImportClash { package: PathBuf, message: String },
}

/// A routine being played.
struct Running {
    back: Back,
    from_step: Option<usize>,
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
    editor: Option<Editor>,
    /// Unsaved editor work kept in the drafts folder, shown in the library.
    drafts: Vec<(String, DraftFile)>,
    ask: Option<Ask>,
    settings_open: bool,
    /// Set by the watcher when the user's routine files changed.
    changed: Arc<AtomicBool>,
    /// Watches the user's routines once the window is up; `None` before, or if it cannot.
    watcher: Option<Result<RoutineWatcher, String>>,
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
        let mut library = Library::new();
        library.refresh_user(&deps.home.routine_files());
        let drafts = deps.home.drafts_kept();
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
            picking: None,
            look: None,
            notice: None,
            typed_path: String::new(),
        };
        match launch {
            Launch::Library => {}
            Launch::Open(arg) => {
                if let Some(origin) = app.find_or_open(&arg) {
                    app.show(origin);
                }
            }
            Launch::Start(arg) => {
                if let Some(origin) = app.find_or_open(&arg)
                    && app.show(origin.clone())
                {
                    app.screen = Screen::Overview(origin.clone());
                    app.start(&origin);
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

    /// Shows a routine's overview if it can be used, else the library with its errors. Returns
    /// whether it can be used.
    fn show(&mut self, origin: Origin) -> bool {
        let usable = self.library.get(&origin).is_some_and(|e| e.routine.is_ok());
        self.screen = if usable {
            Screen::Overview(origin)
        } else {
            Screen::Library
        };
        usable
    }

    /// The editor, if a routine is being edited (for tests).
    pub fn editor(&self) -> Option<&Editor> {
        self.editor.as_ref()
    }

    fn find_or_open(&mut self, arg: &str) -> Option<Origin> {
        match crate::bundled::named(arg) {
            crate::bundled::Named::File(path) => Some(self.library.open(path)),
            crate::bundled::Named::Bundled(b) => self.library.find(b.id),
            // One of the user's routines, by its file name without `.ron`.
            crate::bundled::Named::Unknown
                if self
                    .library
                    .entries
                    .iter()
                    .any(|e| is_user_id(&e.origin, arg)) =>
            {
                self.library
                    .entries
                    .iter()
                    .find(|e| is_user_id(&e.origin, arg))
                    .map(|e| e.origin.clone())
            }
            crate::bundled::Named::Unknown => {
                self.notice = Some(format!("There is no routine named \"{arg}\"."));
                None
            }
        }
    }

    fn start(&mut self, origin: &Origin) {
        let Some(Ok(routine)) = self.library.get(origin).map(|e| e.routine.clone()) else {
            return;
        };
        self.start_routine(routine, Back::Overview(origin.clone()), None);
    }

    fn start_routine(&mut self, routine: Arc<Routine>, back: Back, from_step: Option<usize>) {
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
        player.command(from_step.map_or(Command::Start, Command::StartAtStep));
        self.running = Some(Running {
            back,
            from_step,
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
            PlayerAction::AskStop => self.ask = Some(Ask::StopRoutine),
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
        if let Some(running) = self.running.take() {
            running.player.command(Command::Stop);
            self.go_back(running.back);
        }
    }

    fn go_back(&mut self, back: Back) {
        self.screen = match back {
            Back::Overview(origin) => Screen::Overview(origin),
            Back::Editor if self.editor.is_some() => Screen::Editor,
            Back::Editor => Screen::Library,
        };
    }

    fn pick_file(&mut self) {
        let (tx, rx) = channel();
        let spawned = std::thread::Builder::new()
            .name("stretch-timer-file-dialog".to_owned())
            .spawn(move || {
                let picked = rfd::FileDialog::new()
                    .set_title("Open a routine")
                    .add_filter("Routine, or a shared routine", &["ron", "zip"])
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
                self.open_path(&path);
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

    /// The question being asked, if any, in a modal window.
    fn ask_modal(&mut self, ctx: &egui::Context) {
        let Some(ask) = self.ask.clone() else { return };
        let mut answer: Option<&'static str> = None;
        let modal = egui::Modal::new(egui::Id::unique("ask")).show(ctx, |ui| {
            ui.set_max_width(480.0);
            let mut choose = |ui: &mut egui::Ui, text: &'static str| {
                if ui.button(text).clicked() {
                    answer = Some(text);
                }
            };
            match &ask {
                Ask::StopRoutine => {
                    ui.heading("Stop this routine?");
                    ui.label("The routine ends here; you can start it again from the beginning.");
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        choose(ui, "Keep going");
                        choose(ui, "Stop routine");
                    });
                }
                Ask::SaveWithProblems { count, over_valid } => {
                    ui.heading(match count {
                        1 => "This routine has a problem".to_owned(),
                        n => format!("This routine has {n} problems"),
                    });
                    ui.label(if *over_valid {
                        "The file on disk works; saving now would replace it with one that cannot be started. Keep your changes as a draft and fix the problems first?"
                    } else {
                        "A routine with problems cannot be started. Keep your changes as a draft and fix the problems first?"
                    });
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        choose(ui, "Keep as draft");
                        choose(ui, "Save anyway");
                        choose(ui, "Keep editing");
                    });
                }
                Ask::ChangedOnDisk { path } => {
                    ui.heading("The file changed on disk");
                    ui.label(format!(
                        "{} was changed by another program since you opened it here. Saving replaces those changes with yours.",
                        path.display()
                    ));
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        choose(ui, "Replace with mine");
                        choose(ui, "Keep editing");
                    });
                }
                Ask::LeaveEditor => {
                    ui.heading("Save your changes?");
                    ui.label("Your changes to this routine are not saved yet.");
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        choose(ui, "Save");
                        choose(ui, "Keep as draft");
                        choose(ui, "Discard changes");
                        choose(ui, "Keep editing");
                    });
                }
                Ask::ImportClash { message, .. } => {
                    ui.heading("A routine of that name is already here");
                    ui.label(message);
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        choose(ui, "Keep both");
                        choose(ui, "Replace mine");
                        choose(ui, "Cancel");
                    });
                }
            }
        });
        if modal.should_close() && answer.is_none() {
            // Escape or a click outside: the safe answer, which changes nothing.
            self.ask = None;
            return;
        }
        let Some(answer) = answer else { return };
        self.ask = None;
        match (ask, answer) {
            (Ask::StopRoutine, "Stop routine") => self.stop(),
            (Ask::SaveWithProblems { .. }, "Save anyway") => self.save(true, false),
            (Ask::SaveWithProblems { .. } | Ask::LeaveEditor, "Keep as draft") => {
                self.keep_draft();
                self.leave_editor();
                self.notice = Some(
                    "Your changes are kept as a draft: find them at the top of the library."
                        .to_owned(),
                );
            }
            (Ask::ChangedOnDisk { .. }, "Replace with mine") => self.save(true, true),
            (Ask::LeaveEditor, "Save") => {
                self.save(false, false);
                if self.editor.as_ref().is_some_and(|e| !e.unsaved()) {
                    self.leave_editor();
                }
            }
            (Ask::LeaveEditor, "Discard changes") => {
                if let Some(editor) = &self.editor {
                    self.forget_draft(&editor.draft_id.clone());
                }
                self.leave_editor();
            }
            (Ask::ImportClash { package, .. }, "Keep both") => {
                self.import(&package, share::OnClash::Rename);
            }
            (Ask::ImportClash { package, .. }, "Replace mine") => {
                self.import(&package, share::OnClash::Replace);
            }
            _ => {}
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
                Screen::Library => {
                    let action = library::ui(ui, &self.library, &mut self.typed_path, &self.drafts);
                    if let Some(action) = action {
                        self.library_action(action);
                    }
                }
                Screen::Overview(origin) => {
                    let Some(entry) = self.library.get(&origin) else {
                        self.screen = Screen::Library;
                        return;
                    };
                    let Ok(routine) = entry.routine.clone() else {
                        // It became invalid on disk: its errors are in the library, and the
                        // version shown before is not started by accident.
                        self.notice = Some(format!(
                            "\"{}\" now has errors and cannot be started; they are listed in the library.",
                            entry.title()
                        ));
                        self.screen = Screen::Library;
                        return;
                    };
                    let kind = match &origin {
                        Origin::Bundled(_) => overview::Kind::Bundled,
                        Origin::User(_) => overview::Kind::Yours,
                        Origin::File(_) => overview::Kind::Opened,
                    };
                    if let Some(action) = overview::ui(ui, &routine, kind) {
                        self.overview_action(&origin, &routine, action, ui.ctx());
                    }
                }
                Screen::Player => repaint = self.player_screen(ui, now),
                Screen::Finished(summary) => self.finished_screen(ui, &summary),
                Screen::Editor => repaint = self.editor_screen(ui, now),
            }
        });
        repaint
    }

    fn library_action(&mut self, action: LibraryAction) {
        match action {
            LibraryAction::Open(origin) => self.screen = Screen::Overview(origin),
            LibraryAction::OpenFile => self.pick_file(),
            LibraryAction::OpenPath(path) => {
                self.typed_path.clear();
                self.open_path(&path);
            }
            LibraryAction::New(from) => {
                let draft = match from.and_then(crate::bundled::find) {
                    Some(b) => match b.load() {
                        Ok(routine) => Draft::from_routine(&routine, None),
                        Err(_) => Draft::default(),
                    },
                    None => Draft::default(),
                };
                let id = self.new_draft_id();
                let folder = self.deps.home.routines();
                self.open_editor(Editor::new(id, draft, Draft::default(), None, folder));
            }
            LibraryAction::ResumeDraft(id) => {
                let Some((_, kept)) = self.drafts.iter().find(|(d, _)| *d == id).cloned() else {
                    return;
                };
                let baseline = kept
                    .target
                    .as_deref()
                    .and_then(|p| Some((crate::routine::load(p).ok()?, p)))
                    .map_or_else(Draft::default, |(r, p)| {
                        Draft::from_routine(&r, std::fs::read_to_string(p).ok().as_deref())
                    });
                let folder = editor::folder_of(kept.target.as_deref(), &self.deps.home.routines());
                let mut editor = Editor::new(id, kept.draft.clone(), baseline, kept.target, folder);
                editor.kept = Some((kept.draft, self.deps.clock.now()));
                self.open_editor(editor);
            }
            LibraryAction::DiscardDraft(id) => self.forget_draft(&id),
        }
    }

    /// Opens a routine file from anywhere, or imports a shared routine (a zip).
    fn open_path(&mut self, path: &Path) {
        if path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("zip"))
        {
            self.import(path, share::OnClash::Refuse);
            return;
        }
        let origin = self.library.open(path);
        self.show(origin);
    }

    fn import(&mut self, package: &Path, on_clash: share::OnClash) {
        let routines = match self.deps.home.ensure_routines() {
            Ok(dir) => dir,
            Err(e) => {
                self.notice = Some(format!("Could not import: {e}"));
                return;
            }
        };
        match share::import(package, &routines, on_clash) {
            Ok(imported) => {
                self.refresh_user();
                self.notice = Some(format!(
                    "Imported \"{}\"{}.",
                    imported.name,
                    if imported.replaced {
                        ", in place of yours"
                    } else if imported.renamed {
                        ", next to the one you had"
                    } else {
                        ""
                    }
                ));
                self.screen = Screen::Overview(Origin::User(imported.path));
            }
            // The error's own words tell a command-line user to import again with a choice; here
            // the choice is offered at once.
            Err(share::ShareError::Clash { name, existing }) => {
                self.ask = Some(Ask::ImportClash {
                    package: package.to_owned(),
                    message: format!(
                        "\"{name}\" is already in your routines ({}). Keep both (the new one gets another name), or replace yours with the one being imported?",
                        existing.display()
                    ),
                });
            }
            Err(e) => self.notice = Some(format!("Could not import: {e}")),
        }
    }

    fn overview_action(
        &mut self,
        origin: &Origin,
        routine: &Arc<Routine>,
        action: OverviewAction,
        ctx: &egui::Context,
    ) {
        match action {
            OverviewAction::Back => self.screen = Screen::Library,
            OverviewAction::Start => self.start(origin),
            OverviewAction::Edit => self.edit(origin, routine),
            OverviewAction::Handout => self.write_handout(routine, ctx),
            OverviewAction::Export => self.export(origin),
        }
    }

    /// Opens the editor on a routine: a user's or opened file in place (or its unsaved draft), a
    /// bundled one as a new copy.
    fn edit(&mut self, origin: &Origin, routine: &Routine) {
        let Some(path) = origin.path() else {
            let id = self.new_draft_id();
            let draft = Draft::from_routine(routine, None);
            let folder = self.deps.home.routines();
            self.open_editor(Editor::new(id, draft, Draft::default(), None, folder));
            return;
        };
        let id = draft_id_for(path);
        if self.drafts.iter().any(|(d, _)| *d == id) {
            self.library_action(LibraryAction::ResumeDraft(id));
            return;
        }
        let source = std::fs::read_to_string(path).ok();
        let draft = Draft::from_routine(routine, source.as_deref());
        let folder = editor::folder_of(Some(path), &self.deps.home.routines());
        self.open_editor(Editor::new(
            id,
            draft.clone(),
            draft,
            Some(path.to_owned()),
            folder,
        ));
    }

    fn open_editor(&mut self, editor: Editor) {
        self.editor = Some(editor);
        self.screen = Screen::Editor;
    }

    fn new_draft_id(&self) -> String {
        (1..)
            .map(|n| format!("new-{n}"))
            .find(|id| !self.drafts.iter().any(|(d, _)| d == id))
            .unwrap_or_else(|| "new".to_owned())
    }

    /// Where the person's exports and handouts go: a folder of the user's folder, made if need be.
    fn output_folder(&mut self, name: &str) -> Option<PathBuf> {
        let dir = self.deps.home.root().join(name);
        match std::fs::create_dir_all(&dir) {
            Ok(()) => Some(dir),
            Err(e) => {
                self.notice = Some(format!(
                    "Could not create the folder {}: {e}",
                    dir.display()
                ));
                None
            }
        }
    }

    fn write_handout(&mut self, routine: &Routine, ctx: &egui::Context) {
        let Some(dir) = self.output_folder("handouts") else {
            return;
        };
        let path = dir.join(format!("{}.html", home::slug(&routine.name)));
        let handout = handout::render(routine);
        match save::write_atomic(&path, handout.html.as_bytes()) {
            Ok(()) => {
                let missing = if handout.problems.is_empty() {
                    String::new()
                } else {
                    format!(
                        " ({} pictures could not be included)",
                        handout.problems.len()
                    )
                };
                self.notice = Some(format!(
                    "The handout is in {}{missing}; it opens in your browser, to print.",
                    path.display()
                ));
                ctx.open_url(egui::OpenUrl::new_tab(file_url(&path)));
            }
            Err(e) => self.notice = Some(format!("Could not write the handout: {e}")),
        }
    }

    fn export(&mut self, origin: &Origin) {
        let Some(path) = origin.path() else { return };
        let Some(dir) = self.output_folder("exports") else {
            return;
        };
        let Some(Ok(routine)) = self.library.get(origin).map(|e| e.routine.clone()) else {
            return;
        };
        let out = dir.join(share::package_file_name(&routine));
        match share::export(path, &out) {
            Ok(exported) => {
                self.notice = Some(format!(
                    "Exported \"{}\" to {}: send this one file to your client, who opens it with \"Open or import a file…\".",
                    exported.name,
                    exported.path.display()
                ));
            }
            Err(e) => self.notice = Some(format!("Could not export: {e}")),
        }
    }

    /// Draws the editor; returns when to draw again.
    fn editor_screen(&mut self, ui: &mut egui::Ui, now: Duration) -> Option<Duration> {
        let Some(editor) = &mut self.editor else {
            self.screen = Screen::Library;
            return None;
        };
        let (action, playing) = editor.ui(ui, now);
        match action {
            Some(EditorAction::Close) => {
                if editor.unsaved() {
                    self.ask = Some(Ask::LeaveEditor);
                } else {
                    self.leave_editor();
                }
            }
            Some(EditorAction::Save) => self.save(false, false),
            Some(EditorAction::TryFrom(step)) => match editor.routine() {
                Some(routine) => self.start_routine(Arc::new(routine), Back::Editor, Some(step)),
                None => {
                    self.notice = Some(
                        "Fix the problems shown in red first; then it can be tried.".to_owned(),
                    );
                }
            },
            None => {}
        }
        playing.then_some(Duration::from_millis(33))
    }

    /// Saves the routine being edited. Unless `with_problems`, a routine with problems is not
    /// written (the person is asked); unless `over_changes`, a file changed on disk since it was
    /// opened is not overwritten (the person is asked).
    fn save(&mut self, with_problems: bool, over_changes: bool) {
        let Some(editor) = &mut self.editor else {
            return;
        };
        let checked = editor.checked().clone();
        if let Err(problems) = &checked.routine
            && !with_problems
        {
            {
                let over_valid = editor
                    .target
                    .as_deref()
                    .is_some_and(|p| crate::routine::load(p).is_ok());
                self.ask = Some(Ask::SaveWithProblems {
                    count: problems.len(),
                    over_valid,
                });
                return;
            }
        }
        if let Some(target) = &editor.target {
            let on_disk = std::fs::read_to_string(target).ok();
            if !over_changes && on_disk.is_some() && on_disk != editor.disk_text {
                self.ask = Some(Ask::ChangedOnDisk {
                    path: target.clone(),
                });
                return;
            }
        }
        let target = match &editor.target {
            Some(target) => target.clone(),
            None => match self.deps.home.ensure_routines() {
                Ok(dir) => home::free_path(&dir, &home::slug(&editor.draft.name)),
                Err(e) => {
                    self.notice = Some(format!("Could not save: {e}"));
                    return;
                }
            },
        };
        let text = checked.written.text;
        if let Err(e) = save::write_atomic(&target, text.as_bytes()) {
            self.notice = Some(format!("Could not save; your changes are still here: {e}"));
            return;
        }
        editor.saved(target.clone(), text);
        let id = editor.draft_id.clone();
        self.forget_draft(&id);
        self.refresh_user();
        self.notice = Some(format!("Saved to {}", target.display()));
    }

    /// Keeps the editor's unsaved work in the drafts folder now.
    fn keep_draft(&mut self) {
        let Some(editor) = &mut self.editor else {
            return;
        };
        if !editor.unsaved() {
            return;
        }
        let kept = DraftFile {
            target: editor.target.clone(),
            draft: editor.draft.clone(),
        };
        match self.deps.home.save_draft(&editor.draft_id, &kept) {
            Ok(()) => {
                editor.kept = Some((editor.draft.clone(), self.deps.clock.now()));
                self.drafts = self.deps.home.drafts_kept();
            }
            Err(e) => self.notice = Some(format!("Could not keep a draft: {e}")),
        }
    }

    /// Keeps a draft of changed work every few seconds while editing, so nothing typed is lost
    /// if the app or the computer stops.
    fn keep_draft_now_and_then(&mut self, now: Duration) {
        let Some(editor) = &self.editor else { return };
        let due = match &editor.kept {
            Some((draft, at)) => *draft != editor.draft && now.saturating_sub(*at) >= DRAFT_EVERY,
            None => editor.unsaved() && editor.draft != Draft::default(),
        };
        if due {
            self.keep_draft();
        }
    }

    fn forget_draft(&mut self, id: &str) {
        if let Err(e) = self.deps.home.remove_draft(id) {
            self.notice = Some(format!("Could not remove the draft: {e}"));
        }
        self.drafts = self.deps.home.drafts_kept();
    }

    fn leave_editor(&mut self) {
        let target = self.editor.take().and_then(|e| e.target);
        self.screen = match target {
            Some(path) if self.library.get(&Origin::User(path.clone())).is_some() => {
                Screen::Overview(Origin::User(path))
            }
            Some(path) if self.library.get(&Origin::File(path.clone())).is_some() => {
                Screen::Overview(Origin::File(path))
            }
            _ => Screen::Library,
        };
    }

    /// Reads the user's routines and drafts again.
    fn refresh_user(&mut self) {
        self.library.refresh_user(&self.deps.home.routine_files());
        self.drafts = self.deps.home.drafts_kept();
    }

    /// Starts watching the user's routines (once there is a window to wake), and reads them again
    /// when they changed.
    fn watch(&mut self, ctx: &egui::Context) {
        if self.watcher.is_none() {
            let changed = Arc::clone(&self.changed);
            let ctx = ctx.clone();
            let started = self
                .deps
                .home
                .ensure_routines()
                .map_err(|e| e.to_string())
                .and_then(|dir| {
                    RoutineWatcher::start(&dir, move || {
                        changed.store(true, Ordering::Release);
                        ctx.request_repaint();
                    })
                    .map_err(|e| e.to_string())
                });
            if let Err(e) = &started {
                eprintln!(
                    "stretch-timer: changes to your routine files will not show until restart: {e}"
                );
            }
            self.watcher = Some(started);
        }
        if self.changed.swap(false, Ordering::AcqRel) {
            self.refresh_user();
        }
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
        let shortcut = if self.ask.is_some() || self.settings_open {
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
                    routine: Arc::clone(&routine),
                    back: running.back,
                    from_step: running.from_step,
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
            let routine = &summary.routine;
            let steps = routine.steps.len();
            ui.label(RichText::new(&routine.name).size(24.0).strong());
            ui.label(
                RichText::new(format!(
                    "{} {} · {} planned · took {}",
                    steps,
                    if steps == 1 { "step" } else { "steps" },
                    format_clock(routine.total()),
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
            let back = match summary.back {
                Back::Editor => "Back to the editor",
                Back::Overview(_) => "Back to routines",
            };
            if ui.add(big(back)).clicked() {
                match summary.back {
                    Back::Editor => self.go_back(Back::Editor),
                    Back::Overview(_) => self.screen = Screen::Library,
                }
            }
            ui.add_space(8.0);
            if ui.add(big("Do it again")).clicked() {
                self.start_routine(
                    Arc::clone(&summary.routine),
                    summary.back.clone(),
                    summary.from_step,
                );
            }
        });
    }
}

impl eframe::App for StretchApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        let ctx = ui.ctx().clone();
        self.apply_look(&ctx);
        self.watch(&ctx);
        self.poll_file_dialog();
        if ctx.input(|i| i.viewport().close_requested()) {
            // The window is closing: unsaved work is kept as a draft, to come back to.
            self.keep_draft();
        } else {
            self.keep_draft_now_and_then(self.deps.clock.now());
        }
        self.top_bar(ui);
        let repaint = self.central(ui);
        self.settings_window(&ctx);
        self.ask_modal(&ctx);
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

    fn on_exit(&mut self, _gl: Option<&eframe::glow::Context>) {
        self.keep_draft();
    }
}

/// How often changed editor work is kept as a draft.
const DRAFT_EVERY: Duration = Duration::from_secs(2);

/// The id under which unsaved work on the routine file `path` is kept.
fn draft_id_for(path: &Path) -> String {
    home::slug(&path.to_string_lossy())
}

fn is_user_id(origin: &Origin, id: &str) -> bool {
    matches!(origin, Origin::User(p) if p.file_stem().is_some_and(|s| s == id))
}

/// A `file://` address for a local file, for the browser.
fn file_url(path: &Path) -> String {
    let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    format!("file://{}", absolute.display())
}

/// Opens the window and runs until it is closed. `style`, if given, replaces the saved cue style;
/// `home` is the user's folder.
pub fn run_native(
    launch: Launch,
    style: Option<crate::audio::CueStyle>,
    home: Home,
) -> eframe::Result {
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
        home,
    };
    eframe::run_native(
        "stretch-timer",
        options,
        Box::new(move |cc| Ok(Box::new(StretchApp::new(cc, deps, launch, style)))),
    )
}
