//! A step's picture and recording chosen in the editor: "Choose picture…" and "Choose
//! recording…" ask for a file (the system's dialog on a thread of its own; where none can be
//! shown, its path typed in a small window), check it with the editor's own [`MediaCheck`], and
//! copy it into the routine's folder, never moving the person's file. A routine kept as a single
//! file in the routines folder is first moved into a folder of its own (`name/name.ron`, as an
//! imported routine is laid out), so the library still finds it one folder down; a routine not
//! saved yet gets that folder at once, its file written there when it is saved. Beside each field
//! a small preview: the picture, or a button that plays the recording through the app's output.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::Duration;

use egui::RichText;

use super::recorder::Recorder;
use crate::app::AppDeps;
use crate::app::deps::AudioFactory;
use crate::app::dialogs::{FileDialogs, FileRequest};
use crate::audio::bank::{self, Sound};
use crate::audio::output::AudioOutput;
use crate::clock::Clock;
use crate::fault::io_words;
use crate::home;
use crate::media::MediaCheck;
use crate::routine::draft::{Draft, Field, StepField};
use crate::routine::{AssetCheck, AssetUse, Refusal};
use crate::tr;

/// A "nothing chosen" from the file dialog sooner than this after it was asked for means it could
/// not be shown (as in `files.rs`): a person takes longer to cancel one.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(400);

/// The preview's box beside a field: the same size whether it shows something or not, so
/// choosing a file moves nothing on the form.
const PREVIEW: egui::Vec2 = egui::vec2(64.0, 48.0);

/// What a file is chosen for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Kind {
    /// The step's `image`.
    Picture,
    /// The step's `voice`.
    Recording,
}

impl Kind {
    fn field(self) -> StepField {
        match self {
            Kind::Picture => StepField::Image,
            Kind::Recording => StepField::Voice,
        }
    }

    fn used_as(self) -> AssetUse {
        match self {
            Kind::Picture => AssetUse::Image,
            Kind::Recording => AssetUse::Voice,
        }
    }

    /// The kind as a message chooses its words by it (`picture`, `recording`).
    fn key(self) -> &'static str {
        match self {
            Kind::Picture => "picture",
            Kind::Recording => "recording",
        }
    }
}

/// One step's picture or recording.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
struct Slot {
    step: usize,
    kind: Kind,
}

/// A file being asked for.
enum Asking {
    /// The system's dialog, asked for at this app time; its answer comes on `rx`.
    Dialog {
        slot: Slot,
        asked: Duration,
        rx: Receiver<Option<PathBuf>>,
    },
    /// No dialog can be shown: the path is typed.
    Typed { slot: Slot, text: String },
}

/// What the picker needs from the app: where the routines live, the sound output, the clock, and
/// the file dialogs, where they can be shown.
struct Env {
    routines: PathBuf,
    audio: AudioFactory,
    clock: Arc<dyn Clock>,
    dialogs: Option<Arc<dyn FileDialogs>>,
}

/// The editor's file choosing and previews.
#[derive(Default)]
pub struct Picker {
    env: Option<Env>,
    asking: Option<Asking>,
    /// A file chosen and not yet copied in (done before the next drawing of the form).
    chosen: Option<(Slot, PathBuf)>,
    /// Why a file chosen for a slot was not taken, said at its field until another is chosen.
    refused: HashMap<Slot, String>,
    /// The recording playing: its slot, the output kept open while it plays, and when it ends.
    playing: Option<(Slot, Box<dyn AudioOutput>, Duration)>,
    /// "Record…": instructions recorded from the microphone, then taken in as a chosen file.
    pub(crate) recorder: Recorder,
}

/// The editor's state that choosing a file may change.
pub struct Place<'a> {
    /// The routine being edited.
    pub draft: &'a mut Draft,
    /// Its file (`None` until first saved, or until its folder is made).
    pub target: &'a mut Option<PathBuf>,
    /// Where the files it names are looked for.
    pub folder: &'a mut PathBuf,
    /// The fields whose messages are shown.
    pub shown: &'a mut std::collections::HashSet<Field>,
    /// The editor's check of the files the routine names.
    pub media: &'a MediaCheck,
}

impl Picker {
    /// Takes what the picker needs from the app (once; the app's deps do not change).
    pub fn connect(&mut self, deps: &AppDeps) {
        if self.env.is_none() {
            self.env = Some(Env {
                routines: deps.home.routines(),
                audio: Arc::clone(&deps.audio),
                clock: Arc::clone(&deps.clock),
                dialogs: deps.dialogs.clone(),
            });
        }
    }

    /// Why files chosen for step `step` were not taken, by field, to show at the field.
    pub fn refused(&self, step: usize) -> Vec<(StepField, String)> {
        self.refused
            .iter()
            .filter(|(slot, _)| slot.step == step)
            .map(|(slot, why)| (slot.kind.field(), why.clone()))
            .collect()
    }

    /// Takes the dialog's answer, and copies a chosen file into the routine's folder, setting the
    /// step's field to it. A file the check refuses is not copied; the field says why.
    pub fn apply(&mut self, place: &mut Place<'_>) {
        self.poll_dialog();
        if let Some((step, take)) = self.recorder.apply(place) {
            let kind = Kind::Recording;
            self.chosen = Some((Slot { step, kind }, take));
        }
        let Some((slot, source)) = self.chosen.take() else {
            return;
        };
        let field = Field::Step(slot.step, Some(slot.kind.field()));
        place.shown.insert(field);
        self.refused.remove(&slot);
        match self.take_in(place, slot, &source) {
            Ok((target, folder, relative)) => {
                *place.target = target;
                *place.folder = folder;
                if let Some(step) = place.draft.steps.get_mut(slot.step) {
                    match slot.kind {
                        Kind::Picture => step.image = relative,
                        Kind::Recording => step.voice = relative,
                    }
                }
            }
            Err(why) => {
                self.refused.insert(slot, why.to_string());
            }
        }
    }

    /// Checks `source` and copies it into the routine's folder (making that folder first if need
    /// be). Returns the routine's file and folder after that, and the copy's path as the field
    /// names it.
    fn take_in(
        &self,
        place: &Place<'_>,
        slot: Slot,
        source: &Path,
    ) -> Result<(Option<PathBuf>, PathBuf, String), TakeInError> {
        let name = source.file_name().map_or_else(
            || source.display().to_string(),
            |n| n.to_string_lossy().into_owned(),
        );
        if !source.is_file() {
            return Err(TakeInError::Missing(source.to_owned()));
        }
        place
            .media
            .check(slot.kind.used_as(), source)
            .map_err(|why| TakeInError::Refused {
                name: name.clone(),
                why,
            })?;
        let routines = self
            .env
            .as_ref()
            .map_or_else(|| place.folder.clone(), |e| e.routines.clone());
        let (target, folder) = own_folder(
            place.target.as_deref(),
            place.folder,
            &routines,
            &place.draft.name,
        )?;
        let relative = copy_into(source, &folder).map_err(|e| TakeInError::Copy {
            name,
            folder: folder.clone(),
            source: e,
        })?;
        Ok((target, folder, relative))
    }

    fn poll_dialog(&mut self) {
        let Some(Asking::Dialog { slot, asked, rx }) = &self.asking else {
            return;
        };
        let answer = match rx.try_recv() {
            Ok(answer) => answer,
            Err(TryRecvError::Empty) => return,
            Err(TryRecvError::Disconnected) => None,
        };
        let slot = *slot;
        let quick = self
            .env
            .as_ref()
            .is_none_or(|e| e.clock.now().saturating_sub(*asked) < NO_DIALOG_WITHIN);
        self.asking = None;
        match answer {
            Some(path) => self.chosen = Some((slot, path)),
            // rfd answers "nothing chosen" both for a Cancel and where no dialog can be shown.
            None if quick => {
                self.asking = Some(Asking::Typed {
                    slot,
                    text: String::new(),
                });
            }
            None => {}
        }
    }

    /// Asks for a file for `slot`: the system's dialog on its own thread, or a typed path.
    fn ask(&mut self, slot: Slot, from: &Path) {
        let Some(env) = &self.env else {
            return;
        };
        let Some(dialogs) = env.dialogs.clone() else {
            self.asking = Some(Asking::Typed {
                slot,
                text: String::new(),
            });
            return;
        };
        let (tx, rx) = channel();
        let from = from.to_owned();
        let request = match slot.kind {
            Kind::Picture => FileRequest::Picture {
                step: slot.step,
                from,
            },
            Kind::Recording => FileRequest::Recording {
                step: slot.step,
                from,
            },
        };
        // The dialog's words in the window's language, which is this thread's.
        let language = crate::l10n::language();
        let spawned = std::thread::Builder::new()
            .name("stretch-timer-media-dialog".to_owned())
            .spawn(move || {
                crate::l10n::set_language(&language);
                let _ = tx.send(dialogs.ask(request));
            });
        self.asking = Some(match spawned {
            Ok(_) => Asking::Dialog {
                slot,
                asked: env.clock.now(),
                rx,
            },
            Err(_) => Asking::Typed {
                slot,
                text: String::new(),
            },
        });
    }

    /// How wide the preview and the button beside a picture or recording field are, with the
    /// spaces between them: what the text field leaves them. Measured from the button's words,
    /// which are longer in some languages than in others.
    pub fn beside(ui: &egui::Ui, kind: Kind) -> f32 {
        let font = egui::TextStyle::Button.resolve(ui.style());
        let button = |text: String| {
            let color = ui.visuals().text_color();
            ui.painter()
                .layout_no_wrap(text, font.clone(), color)
                .size()
                .x
        };
        let widest = match kind {
            Kind::Picture => button(tr!("media-choose", kind = kind.key())),
            // "Record…" goes under "Choose recording…".
            Kind::Recording => {
                button(tr!("media-choose", kind = kind.key())).max(button(tr!("record-button")))
            }
        };
        let spacing = ui.spacing();
        PREVIEW.x + widest + 2.0 * spacing.button_padding.x + 3.0 * spacing.item_spacing.x
    }

    /// Draws a picture or recording field: `edit` (the text field), the preview in a box of fixed
    /// size, and the button that chooses a file. Returns the text field's response.
    pub fn field(
        &mut self,
        ui: &mut egui::Ui,
        kind: Kind,
        step: usize,
        value: &str,
        folder: &Path,
        edit: impl FnOnce(&mut egui::Ui) -> egui::Response,
    ) -> egui::Response {
        let slot = Slot { step, kind };
        let n = step + 1;
        if matches!(self.asking, Some(Asking::Dialog { .. })) {
            // The dialog answers on its thread: look again soon.
            ui.ctx().request_repaint_after(Duration::from_millis(200));
        }
        let response = ui
            .horizontal(|ui| {
                let response = edit(ui);
                let file = (!value.trim().is_empty()).then(|| folder.join(value.trim()));
                let (rect, _) = ui.allocate_exact_size(PREVIEW, egui::Sense::hover());
                let mut inside = ui.new_child(
                    egui::UiBuilder::new()
                        .max_rect(rect)
                        .layout(egui::Layout::left_to_right(egui::Align::Center)),
                );
                match (kind, file) {
                    (Kind::Picture, Some(file)) if file.is_file() => {
                        let uri = format!("file://{}", absolute(&file).display());
                        inside.add(
                            egui::Image::new(uri)
                                .max_size(PREVIEW)
                                .maintain_aspect_ratio(true)
                                .alt_text(tr!("media-picture-alt", n = n, file = value.trim())),
                        );
                    }
                    (Kind::Recording, Some(file)) if file.is_file() => {
                        self.play_button(&mut inside, slot, &file);
                    }
                    _ => {}
                }
                let text = tr!("media-choose", kind = kind.key());
                let name = tr!("media-choose", "name", kind = kind.key(), n = n);
                let button = match kind {
                    Kind::Picture => ui.button(text),
                    // "Record…" under "Choose recording…": the row is no wider than the picture's.
                    Kind::Recording => {
                        ui.vertical(|ui| {
                            let button = ui.add(
                                egui::Button::new(&text).wrap_mode(egui::TextWrapMode::Extend),
                            );
                            self.recorder.ui(ui, step, value);
                            button
                        })
                        .inner
                    }
                };
                button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
                if button.clicked() {
                    self.ask(slot, folder);
                }
                response
            })
            .inner;
        self.typed_ui(ui.ctx(), slot);
        response
    }

    /// Plays the recording, or stops it while it plays.
    fn play_button(&mut self, ui: &mut egui::Ui, slot: Slot, file: &Path) {
        let n = slot.step + 1;
        let now = self.env.as_ref().map(|e| e.clock.now());
        if let (Some((_, _, until)), Some(now)) = (&self.playing, now)
            && now >= *until
        {
            self.playing = None;
        }
        let playing = self.playing.as_ref().is_some_and(|(s, _, _)| *s == slot);
        let (text, name) = if playing {
            (tr!("media-stop"), tr!("media-stop", "name", n = n))
        } else {
            (tr!("media-play"), tr!("media-play", "name", n = n))
        };
        let button = ui.button(text);
        button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if let Some((_, _, until)) = &self.playing
            && let Some(now) = now
        {
            ui.ctx().request_repaint_after(until.saturating_sub(now));
        }
        if !button.clicked() {
            return;
        }
        if let Some((_, mut output, _)) = self.playing.take() {
            output.silence();
            if playing {
                return;
            }
        }
        let Some(env) = &self.env else { return };
        let (mut output, rate) = (env.audio)();
        match bank::decode_recording(file, rate) {
            Ok(clip) => {
                let now = env.clock.now();
                output.play(Sound::StepVoice(slot.step), &clip, env.clock.instant(now));
                self.playing = Some((slot, output, now + clip.duration()));
            }
            Err(e) => {
                let reason = e.to_string();
                self.refused
                    .insert(slot, tr!("media-cannot-play", reason = reason));
            }
        }
    }

    /// Where no file dialog can be shown: a small window asking for the file's path.
    fn typed_ui(&mut self, ctx: &egui::Context, slot: Slot) {
        let Some(Asking::Typed { slot: asked, text }) = &mut self.asking else {
            return;
        };
        if *asked != slot {
            return;
        }
        let n = slot.step + 1;
        let kind = slot.kind.key();
        let mut answer = None;
        egui::Modal::new(egui::Id::unique("media-picker-typed")).show(ctx, |ui| {
            ui.set_max_width(520.0);
            let heading = tr!("media-choose", "name", kind = kind, n = n);
            ui.label(RichText::new(heading).heading());
            ui.label(tr!("media-no-dialog", kind = kind));
            let name = tr!("media-path", kind = kind);
            let edit = ui.add(egui::TextEdit::singleline(text).desired_width(480.0));
            edit.widget_info(|| egui::WidgetInfo::labeled(egui::Role::TextInput, true, &name));
            let entered = edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
            ui.horizontal(|ui| {
                if ui.button(tr!("media-use-this", kind = kind)).clicked() || entered {
                    answer = Some(Some(PathBuf::from(text.trim())));
                }
                if ui.button(tr!("media-cancel")).clicked() {
                    answer = Some(None);
                }
            });
        });
        if let Some(answer) = answer {
            self.asking = None;
            if let Some(path) = answer.filter(|p| !p.as_os_str().is_empty()) {
                self.chosen = Some((slot, path));
                ctx.request_repaint();
            }
        }
    }
}

/// The routine's own folder, made if need be: a routine file in a folder of its own keeps it; a
/// single file in the routines folder is moved into `stem/stem.ron` (another free name if that
/// folder is taken); a routine not saved yet gets a folder named after it, its file to be
/// written there. Returns the routine's file and its folder.
fn own_folder(
    target: Option<&Path>,
    folder: &Path,
    routines: &Path,
    name: &str,
) -> Result<(Option<PathBuf>, PathBuf), TakeInError> {
    let free_stem = |stem: &str| {
        home::free_path(routines, stem)
            .file_stem()
            .map_or_else(|| stem.to_owned(), |s| s.to_string_lossy().into_owned())
    };
    match target {
        Some(file) if !same_folder(file.parent(), routines) => {
            Ok((Some(file.to_owned()), folder.to_owned()))
        }
        Some(file) => {
            let stem = file.file_stem().map_or_else(
                || "routine".to_owned(),
                |s| s.to_string_lossy().into_owned(),
            );
            let stem = if routines.join(&stem).exists() {
                free_stem(&stem)
            } else {
                stem
            };
            let dir = routine_folder(routines, &stem)?;
            let moved = dir.join(format!("{stem}.ron"));
            if let Err(e) = std::fs::rename(file, &moved) {
                let _ = std::fs::remove_dir(&dir);
                return Err(TakeInError::Move { dir, source: e });
            }
            Ok((Some(moved), dir))
        }
        None => {
            std::fs::create_dir_all(routines).map_err(|e| TakeInError::RoutinesFolder {
                dir: routines.to_owned(),
                source: e,
            })?;
            let stem = free_stem(&home::slug(name));
            let dir = routine_folder(routines, &stem)?;
            Ok((Some(dir.join(format!("{stem}.ron"))), dir))
        }
    }
}

/// Makes the routine's own folder `stem` in the routines folder.
fn routine_folder(routines: &Path, stem: &str) -> Result<PathBuf, TakeInError> {
    let dir = routines.join(stem);
    match std::fs::create_dir(&dir) {
        Ok(()) => Ok(dir),
        Err(e) => Err(TakeInError::OwnFolder { dir, source: e }),
    }
}

/// Why a chosen file was not taken into the routine's folder: said at the field it was for.
#[derive(Debug)]
enum TakeInError {
    /// The file chosen is not there (any more).
    Missing(PathBuf),
    /// The file cannot be shown or played as the field needs.
    Refused { name: String, why: Refusal },
    /// The routines folder could not be made.
    RoutinesFolder {
        dir: PathBuf,
        source: std::io::Error,
    },
    /// The routine's own folder could not be made.
    OwnFolder {
        dir: PathBuf,
        source: std::io::Error,
    },
    /// The routine's file could not be moved into its own folder.
    Move {
        dir: PathBuf,
        source: std::io::Error,
    },
    /// The file could not be copied next to the routine.
    Copy {
        name: String,
        folder: PathBuf,
        source: std::io::Error,
    },
}

impl std::fmt::Display for TakeInError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TakeInError::Missing(path) => {
                let path = path.display().to_string();
                f.write_str(&tr!("media-missing", path = path))
            }
            TakeInError::Refused { name, why } => {
                let reason = crate::problems::refusal(why.as_ref());
                f.write_str(&tr!("media-refused", file = name.as_str(), reason = reason))
            }
            TakeInError::RoutinesFolder { dir, source } => {
                let (folder, reason) = (dir.display().to_string(), io_words(source));
                let words = tr!("media-no-routines-folder", folder = folder, reason = reason);
                f.write_str(&words)
            }
            TakeInError::OwnFolder { dir, source } => {
                let (folder, reason) = (dir.display().to_string(), io_words(source));
                let words = tr!("media-no-own-folder", folder = folder, reason = reason);
                f.write_str(&words)
            }
            TakeInError::Move { dir, source } => {
                let (folder, reason) = (dir.display().to_string(), io_words(source));
                f.write_str(&tr!("media-not-moved", folder = folder, reason = reason))
            }
            TakeInError::Copy {
                name,
                folder,
                source,
            } => {
                let (folder, reason) = (folder.display().to_string(), io_words(source));
                let words = tr!(
                    "media-not-copied",
                    file = name.as_str(),
                    folder = folder,
                    reason = reason
                );
                f.write_str(&words)
            }
        }
    }
}

fn same_folder(a: Option<&Path>, b: &Path) -> bool {
    let Some(a) = a else { return false };
    match (std::fs::canonicalize(a), std::fs::canonicalize(b)) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

fn absolute(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned())
}

/// Copies `source` into `folder` under its own name, or a free one if another file has it (an
/// identical file already there is used as it is; a file already in the folder is not copied).
/// Returns the path relative to `folder`, with `/` between its parts, as the routine names it.
fn copy_into(source: &Path, folder: &Path) -> std::io::Result<String> {
    let (source_abs, folder_abs) = (absolute(source), absolute(folder));
    if let Ok(inside) = source_abs.strip_prefix(&folder_abs) {
        let parts: Vec<String> = inside
            .components()
            .map(|c| c.as_os_str().to_string_lossy().into_owned())
            .collect();
        return Ok(parts.join("/"));
    }
    let bytes = std::fs::read(source)?;
    let stem = source
        .file_stem()
        .and_then(|s| s.to_str())
        .map_or_else(|| "file".to_owned(), str::to_owned);
    let ext = source
        .extension()
        .and_then(|e| e.to_str())
        .map(|e| format!(".{e}"))
        .unwrap_or_default();
    for n in 1.. {
        let name = match n {
            1 => format!("{stem}{ext}"),
            n => format!("{stem}-{n}{ext}"),
        };
        let to = folder.join(&name);
        match std::fs::read(&to) {
            Ok(there) if there == bytes => return Ok(name),
            Ok(_) => continue,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                crate::save::write_atomic(&to, &bytes)
                    .map_err(|e| std::io::Error::other(e.to_string()))?;
                return Ok(name);
            }
            Err(_) => continue,
        }
    }
    Err(std::io::Error::other(crate::tr!("media-no-free-name")))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_in_use_gets_a_free_one_and_the_same_file_is_not_copied_twice() {
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().join("routine");
        std::fs::create_dir(&folder).unwrap();
        let a = dir.path().join("bench.jpg");
        std::fs::write(&a, b"one").unwrap();
        std::fs::write(folder.join("bench.jpg"), b"other").unwrap();
        assert_eq!(copy_into(&a, &folder).unwrap(), "bench-2.jpg");
        assert_eq!(copy_into(&a, &folder).unwrap(), "bench-2.jpg");
        assert_eq!(std::fs::read(folder.join("bench.jpg")).unwrap(), b"other");
        assert!(a.exists(), "copied, never moved");
        let inside = folder.join("bench.jpg");
        assert_eq!(copy_into(&inside, &folder).unwrap(), "bench.jpg");
    }
}
