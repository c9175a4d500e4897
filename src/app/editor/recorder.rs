//! "Record…" beside a step's recording: a therapist records the client's instructions from the
//! default microphone in a small window, with a level meter and the length while recording. On
//! Stop the silence at both ends is cut and the take brought to the cues' loudness (on the
//! capture's own thread, [`crate::audio::input`]), then saved as a WAV in the routine's folder
//! the way *Choose recording…* saves a file (`media_picker`: the routine moved into a folder of
//! its own if need be), and the step's `voice` names it. *Play back* plays the take; *Record
//! again* replaces it (the previous take is removed unless the routine's saved file names it).
//! A microphone that cannot be used is said in the window, in words.

use std::collections::HashMap;
use std::path::PathBuf;
use std::sync::Arc;
use std::time::Duration;

use egui::{Color32, RichText};

use super::media_picker::Place;
use crate::app::AppDeps;
use crate::app::deps::AudioFactory;
use crate::audio::bank::{self, Sound};
use crate::audio::input::{Capture, CaptureError, InputError, Microphone, Snapshot, Status};
use crate::audio::output::AudioOutput;
use crate::audio::take::{self, Take, TakeError};
use crate::clock::Clock;
use crate::fault::io_words;
use crate::limits::VOICE_AFTER_START;
use crate::routine::{defaults, format_duration, parse_duration};
use crate::tr;

/// A recording stops by itself after this long: a step's instructions, not a lecture.
pub const LIMIT: Duration = Duration::from_secs(120);

/// How often the window is drawn again while recording: the meter shows the last 100 ms of
/// sound. Drawing it 20 times a second cost 38 % of a core with software OpenGL (BENCHMARKS.md).
const METER_EVERY: Duration = Duration::from_millis(100);

/// The meter's scale: from this level (dBFS) to 0.
const METER_FROM_DBFS: f32 = -60.0;

/// Speech peaking below this (dBFS) is too far from the microphone to sound clean when made
/// louder.
const QUIET_DBFS: f32 = -40.0;

/// Peaks above this (dBFS) are about to clip: the meter turns red.
const LOUD_DBFS: f32 = -3.0;

/// A peak this high (dBFS) was clipped by the sound card.
const CLIPPED_DBFS: f32 = -0.5;

/// What the recorder needs from the app: the microphone, and the sound output and clock to play
/// a take back.
struct Env {
    microphone: Arc<dyn Microphone>,
    audio: AudioFactory,
    clock: Arc<dyn Clock>,
}

/// The editor's "Record…" for every step: at most one window open, for one step.
#[derive(Default)]
pub struct Recorder {
    env: Option<Env>,
    session: Option<Session>,
    /// Where a take waits to be copied into the routine's folder.
    temp: Option<tempfile::TempDir>,
    /// The take saved last for each step while this editor is open: its name in the routine and
    /// its bytes (to know the file is still that take before removing it for a newer one).
    saved: HashMap<usize, (String, Vec<u8>)>,
}

/// The window open for one step.
struct Session {
    step: usize,
    state: State,
    /// How long a recording may last and still end before the hold (the step's get-ready time,
    /// less what its start cue takes); `None` while that time is not a duration.
    fits: Option<Duration>,
    /// The take shown has been noted in [`Recorder::saved`] under the name the step gives it.
    noted: bool,
    /// A take replaced by a newer one, removed once the step names the newer.
    replaced: Option<(String, Vec<u8>)>,
    /// The take playing back: the output kept open while it plays, and when it ends.
    playing: Option<(Box<dyn AudioOutput>, Duration)>,
}

enum State {
    /// Waiting for Record.
    Ready,
    /// Recording, or finishing the take.
    Capturing(Capture),
    /// A take, saved (or being saved) in the routine's folder.
    Taken(Take),
    /// Nothing could be recorded; why, in words.
    Failed(String),
}

impl Recorder {
    /// Takes what the recorder needs from the app (once; the app's deps do not change).
    pub fn connect(&mut self, deps: &AppDeps) {
        if self.env.is_none() {
            self.env = Some(Env {
                microphone: Arc::clone(&deps.microphone),
                audio: Arc::clone(&deps.audio),
                clock: Arc::clone(&deps.clock),
            });
        }
    }

    /// Before the form is drawn: keeps what fits before the hold current, removes a replaced
    /// take once the step names the new one, and, when a take is ready, writes it where the
    /// media picker takes it from. Returns the step and that file, for the picker to copy into
    /// the routine's folder and name in the step's `voice`.
    pub fn apply(&mut self, place: &Place<'_>) -> Option<(usize, PathBuf)> {
        let session = self.session.as_mut()?;
        let step = place.draft.steps.get(session.step)?;
        session.fits = fits(&step.prepare);
        if let Some((old, bytes)) = &session.replaced
            && step.voice.trim() != old
        {
            remove_take(place, old, bytes);
            session.replaced = None;
        }
        if let State::Taken(take) = &session.state
            && !session.noted
            && !step.voice.trim().is_empty()
        {
            // The picker copied the take in and the step names it now.
            let name = step.voice.trim().to_owned();
            self.saved.insert(session.step, (name, take.wav.clone()));
            session.noted = true;
        }
        let State::Capturing(capture) = &session.state else {
            return None;
        };
        let result = capture.result()?;
        let take = match result {
            Ok(take) => take,
            Err(e) => {
                session.state = State::Failed(failure_words(&e));
                return None;
            }
        };
        let voice = step.voice.trim().to_owned();
        let name = match step.name.trim() {
            "" => format!("step-{}.wav", session.step + 1),
            named => format!("{}.wav", crate::home::slug(named)),
        };
        let written = (|| {
            let temp = tempfile::Builder::new()
                .prefix("stretch-timer-take-")
                .tempdir()?;
            let file = temp.path().join(&name);
            crate::save::write_atomic(&file, &take.wav).map_err(std::io::Error::other)?;
            Ok::<_, std::io::Error>((temp, file))
        })();
        match written {
            Ok((temp, file)) => {
                // The take being replaced goes once the step names this one (a copy into the
                // folder gets a free name, so the two are never the same file).
                if let Some((old, bytes)) = self.saved.remove(&session.step)
                    && old == voice
                {
                    session.replaced = Some((old, bytes));
                }
                self.temp = Some(temp);
                session.state = State::Taken(take);
                session.noted = false;
                Some((session.step, file))
            }
            Err(e) => {
                let reason = io_words(&e);
                session.state = State::Failed(tr!("record-not-saved", reason = reason));
                None
            }
        }
    }

    /// The "Record…" button of step `step` (whose recording is `value`), and its
    /// window while it is open.
    pub fn ui(&mut self, ui: &mut egui::Ui, step: usize, value: &str) {
        let n = step + 1;
        let button =
            ui.add(egui::Button::new(tr!("record-button")).wrap_mode(egui::TextWrapMode::Extend));
        let name = tr!("record-button", "name", n = n);
        button.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Button, true, &name));
        if button.clicked() && self.session.is_none() {
            self.session = Some(Session {
                step,
                state: State::Ready,
                fits: None,
                noted: false,
                replaced: None,
                playing: None,
            });
        }
        if self.session.as_ref().is_some_and(|s| s.step == step) {
            self.window(ui.ctx(), value);
        }
    }

    /// The window: what to do, the meter while recording, the take after.
    fn window(&mut self, ctx: &egui::Context, value: &str) {
        let Some(session) = &mut self.session else {
            return;
        };
        let Some(env) = &self.env else { return };
        let n = session.step + 1;
        let now = env.clock.now();
        if let Some((_, until)) = &session.playing {
            if now >= *until {
                session.playing = None;
            } else {
                ctx.request_repaint_after(until.saturating_sub(now));
            }
        }
        let mut close = false;
        let mut record = false;
        let modal = egui::Modal::new(egui::Id::unique("stretch-timer-record-instructions"));
        let shown = modal.show(ctx, |ui| {
            ui.set_width(460.0);
            ui.label(RichText::new(tr!("record-button", "name", n = n)).heading());
            ui.add_space(6.0);
            match &session.state {
                State::Ready => {
                    ui.label(tr!("record-how"));
                    fits_line(ui, session.fits);
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        record = ui
                            .button(RichText::new(tr!("record-start")).strong())
                            .clicked();
                        close = ui.button(tr!("record-cancel")).clicked();
                    });
                }
                State::Capturing(capture) => {
                    let snapshot = capture.snapshot();
                    ctx.request_repaint_after(METER_EVERY);
                    capturing_ui(ui, &snapshot, session.fits);
                    ui.add_space(8.0);
                    let stop = ui.add_enabled(
                        matches!(snapshot.status, Status::Opening | Status::Recording),
                        egui::Button::new(RichText::new(tr!("record-stop")).strong()),
                    );
                    if stop.clicked() {
                        capture.stop();
                    }
                }
                State::Taken(take) => {
                    let cut = take.recorded.saturating_sub(take.length());
                    let (length, cut) = (seconds(take.length()), seconds(cut));
                    ui.label(match value.trim() {
                        "" => tr!("record-saving", length = length, cut = cut),
                        file => tr!("record-saved", file = file, length = length, cut = cut),
                    });
                    if let Some(fits) = session.fits
                        && take.length() > fits
                    {
                        let needed = take.length() + VOICE_AFTER_START;
                        let needed = Duration::from_secs(
                            needed.as_secs() + u64::from(needed.subsec_nanos() > 0),
                        );
                        let (fits, needed) = (seconds(fits), format_duration(needed));
                        ui.colored_label(
                            ui.visuals().warn_fg_color,
                            tr!("record-too-long", fits = fits, needed = needed),
                        );
                    }
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        let playing = session.playing.is_some();
                        let label = if playing {
                            tr!("record-stop-playing")
                        } else {
                            tr!("record-play-back")
                        };
                        if ui.button(label).clicked() {
                            session.playing = match session.playing.take() {
                                Some((mut output, _)) => {
                                    output.silence();
                                    None
                                }
                                None => play(env, session.step, take),
                            };
                        }
                        record = ui.button(tr!("record-again")).clicked();
                        close = ui.button(tr!("record-done")).clicked();
                    });
                }
                State::Failed(why) => {
                    ui.colored_label(ui.visuals().error_fg_color, why);
                    ui.add_space(8.0);
                    ui.horizontal(|ui| {
                        record = ui.button(tr!("record-try-again")).clicked();
                        close = ui.button(tr!("record-close")).clicked();
                    });
                }
            }
        });
        // Escape or a click beside the window closes it, except while recording: Stop first.
        if shown.should_close() && !matches!(session.state, State::Capturing(_)) {
            close = true;
        }
        if record {
            if let Some((mut output, _)) = session.playing.take() {
                output.silence();
            }
            session.state = State::Capturing(Capture::start(Arc::clone(&env.microphone), LIMIT));
        }
        if close {
            self.session = None;
        }
    }
}

/// Plays `take` back through a new output; the output and when the take ends.
fn play(env: &Env, step: usize, take: &Take) -> Option<(Box<dyn AudioOutput>, Duration)> {
    let (mut output, rate) = (env.audio)();
    let clip = bank::decode(take.wav.clone(), rate).ok()?;
    let now = env.clock.now();
    output.play(Sound::StepVoice(step), &clip, env.clock.instant(now));
    Some((output, now + clip.duration()))
}

/// How long a recording may last for a step whose get-ready time is written `prepare`.
fn fits(prepare: &str) -> Option<Duration> {
    let prepare = match prepare.trim() {
        "" => defaults::PREPARE,
        text => parse_duration(text).ok()?,
    };
    Some(prepare.saturating_sub(VOICE_AFTER_START))
}

fn fits_line(ui: &mut egui::Ui, fits: Option<Duration>) {
    let Some(fits) = fits else { return };
    if fits.is_zero() {
        let cue = seconds(VOICE_AFTER_START);
        ui.colored_label(ui.visuals().warn_fg_color, tr!("record-no-room", cue = cue));
    } else {
        let fits = seconds(fits);
        ui.label(tr!("record-room", fits = fits));
    }
}

/// While recording: what it is doing and how long it is, the meter, a hint on the level, and
/// whether the words still fit before the hold. Every line is always there, so nothing moves.
fn capturing_ui(ui: &mut egui::Ui, snapshot: &Snapshot, fits: Option<Duration>) {
    let live = snapshot.status == Status::Recording;
    ui.horizontal(|ui| match snapshot.status {
        Status::Opening => {
            ui.label(tr!("record-opening"));
        }
        Status::Recording => {
            ui.label(
                RichText::new(tr!(
                    "record-recording",
                    length = clock_text(snapshot.length)
                ))
                .strong()
                .color(Color32::from_rgb(200, 40, 40)),
            );
            if !snapshot.spoken.is_zero() {
                ui.weak(tr!("record-words", length = seconds(snapshot.spoken)));
            }
        }
        Status::Finishing | Status::Done => {
            ui.label(tr!("record-finishing"));
        }
    });
    meter(ui, snapshot.level, live);
    let (hint, colour) = if !live {
        (String::new(), ui.visuals().weak_text_color())
    } else if snapshot.loudest >= CLIPPED_DBFS {
        (tr!("record-too-loud"), ui.visuals().error_fg_color)
    } else if snapshot.length >= Duration::from_secs(3) && snapshot.loudest < QUIET_DBFS {
        (tr!("record-quiet"), ui.visuals().warn_fg_color)
    } else {
        (String::new(), ui.visuals().weak_text_color())
    };
    ui.label(RichText::new(hint).color(colour));
    match fits {
        Some(fits) if snapshot.spoken > fits => {
            let fits = seconds(fits);
            ui.colored_label(
                ui.visuals().warn_fg_color,
                tr!("record-longer-than-fits", fits = fits),
            );
        }
        Some(fits) => {
            ui.weak(tr!("record-fits", fits = seconds(fits)));
        }
        None => {
            ui.label("");
        }
    }
}

/// The level meter: the latest sound's level as a bar from -60 dBFS to 0, its peak as a tick;
/// red where it is about to clip.
fn meter(ui: &mut egui::Ui, level: take::Level, live: bool) {
    let size = egui::vec2(ui.available_width().min(420.0), 18.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    let at = |db: f32| {
        let f = ((db - METER_FROM_DBFS) / -METER_FROM_DBFS).clamp(0.0, 1.0);
        rect.left() + f * rect.width()
    };
    let painter = ui.painter_at(rect);
    painter.rect_filled(rect, 3.0, ui.visuals().extreme_bg_color);
    if live {
        let colour = if level.peak > LOUD_DBFS {
            Color32::from_rgb(210, 50, 40)
        } else {
            Color32::from_rgb(60, 170, 80)
        };
        let bar = egui::Rect::from_min_max(rect.min, egui::pos2(at(level.rms), rect.max.y));
        painter.rect_filled(bar, 3.0, colour);
        let x = at(level.peak);
        painter.line_segment(
            [egui::pos2(x, rect.top()), egui::pos2(x, rect.bottom())],
            egui::Stroke::new(2.0, ui.visuals().strong_text_color()),
        );
    }
    painter.rect_stroke(
        rect,
        3.0,
        egui::Stroke::new(1.0, ui.visuals().widgets.noninteractive.bg_stroke.color),
        egui::StrokeKind::Inside,
    );
    response.widget_info(|| {
        let mut info = egui::WidgetInfo::labeled(egui::Role::Meter, true, tr!("record-meter"));
        info.value = live.then_some(f64::from(level.rms.round()));
        info
    });
}

/// Why nothing was recorded, in words, with what to do.
fn failure_words(e: &CaptureError) -> String {
    match e {
        CaptureError::Input(InputError::NoDevice(_)) => tr!("record-no-microphone"),
        CaptureError::Input(InputError::Denied(_)) => tr!("record-denied"),
        CaptureError::Input(InputError::Busy(_)) => tr!("record-busy"),
        CaptureError::Input(InputError::Unavailable(_)) => tr!("record-unavailable"),
        CaptureError::Input(InputError::Stopped) => tr!("record-stopped"),
        CaptureError::Input(InputError::Lost) => tr!("record-lost"),
        CaptureError::Take(TakeError::NothingHeard) => tr!("record-nothing-heard"),
        CaptureError::Take(e @ TakeError::Wav(_)) => {
            let reason = e.to_string();
            tr!("record-cannot-keep", reason = reason)
        }
    }
}

/// A previous take the step no longer names, removed if it is still that take and the
/// routine's saved file does not name it.
fn remove_take(place: &Place<'_>, name: &str, bytes: &[u8]) {
    let file = place.folder.join(name);
    let named_on_disk = place
        .target
        .as_deref()
        .and_then(|t| std::fs::read_to_string(t).ok())
        .is_some_and(|text| text.contains(&format!("\"{name}\"")));
    let still_ours = std::fs::read(&file).is_ok_and(|there| there == bytes);
    let named_by_a_step = place.draft.steps.iter().any(|s| s.voice.trim() == name);
    if still_ours && !named_on_disk && !named_by_a_step {
        let _ = std::fs::remove_file(&file);
    }
}

/// "0:04.2" ("0:04,2" where a comma marks the tenths).
fn clock_text(length: Duration) -> String {
    let tenths = length.as_millis() / 100;
    let (minutes, tenth) = (tenths / 600, tenths % 10);
    let seconds = format!("{:02}", tenths / 10 % 60);
    tr!(
        "record-clock",
        minutes = minutes,
        seconds = seconds,
        tenth = tenth
    )
}

/// "4.2 s" ("4,2 s" where a comma marks the tenths).
fn seconds(length: Duration) -> String {
    let tenths = (length.as_millis() + 50) / 100;
    let (whole, tenth) = (tenths / 10, tenths % 10);
    tr!("record-seconds", whole = whole, tenth = tenth)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn what_fits_before_the_hold_is_the_get_ready_time_less_the_start_cue() {
        assert_eq!(fits("10s"), Some(Duration::from_millis(7500)));
        assert_eq!(fits(""), Some(defaults::PREPARE - VOICE_AFTER_START));
        assert_eq!(fits("2s"), Some(Duration::ZERO));
        assert_eq!(fits("soon"), None);
        assert_eq!(clock_text(Duration::from_millis(64_250)), "1:04.2");
    }
}
