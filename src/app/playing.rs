//! A routine being played: asking about pain before it starts, starting it and recording its
//! session (through [`crate::recording`]), carrying out the player screen's commands and sound
//! settings, reading the session for the player screen at the frame's `now`, and how it ended:
//! the finish screen's answers, or pain now after stopping early, kept with the session.

use std::sync::Arc;
use std::time::Duration;

use egui::RichText;

use super::ask::Ask;
use super::finish::{Answers, FinishAction, Summary};
use super::library::Origin;
use super::pain::PainAction;
use super::player_view::{self, Moment, PlayerAction, View};
use super::sessions::source_of;
use super::{Action, Screen, StretchApp};
use crate::audio::bank::SoundBank;
use crate::audio::player::CuePlayer;
use crate::engine::{Command, Plan, Session, State};
use crate::history::HistoryError;
use crate::progress::{LocalTime, Outcome, Pain, SessionEnd};
use crate::recording::{self, Recording};
use crate::routine::Routine;

/// Where the player goes back to.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum Back {
    /// The routine's overview.
    Overview(Origin),
    /// The editor it was tried from.
    Editor,
}

/// A routine being played.
pub(super) struct Running {
    back: Back,
    from_step: Option<usize>,
    routine: Arc<Routine>,
    pub(super) player: CuePlayer,
    started: Duration,
    /// Sound files that could not be used, shown once.
    pub(super) sound_problems: Vec<String>,
    /// The session being recorded; `None` for a trial from the editor.
    recording: Option<Recording>,
    /// Whether recording failed (the person was told): nothing more is asked about the session.
    unrecorded: bool,
    /// What the screen reader was last told about, to say only what changed.
    announced: Option<Moment>,
    /// The latest announcement and its number (see [`View::announcement`]).
    announcement: Option<(String, u64)>,
    /// The Stop question paused the session: "Keep going" resumes it.
    paused_for_question: bool,
}

/// A session that ended (completed, or stopped early) and waits for the person's answers; it
/// is recorded as ended when they leave the screen that asks, whichever way they leave.
pub(super) struct After {
    recording: Recording,
    outcome: Outcome,
    ended_at: LocalTime,
    /// Time spent, pauses not counted.
    elapsed: Duration,
    /// Whether to ask: not when recording failed.
    ask: bool,
    /// What the person answered so far.
    pub(super) answers: Answers,
}

impl After {
    /// Whether the person is asked how it went.
    pub(super) fn asks(&self) -> bool {
        self.ask
    }
}

/// A routine stopped early, for the question that follows.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Stopped {
    /// Where to go afterwards.
    pub(super) back: Back,
    /// The routine's name.
    pub(super) routine: String,
    /// The step stopped at, in words: "step 2 (Hip flexor stretch)".
    pub(super) step: String,
}

impl StretchApp {
    /// Starts the routine of the library's entry `origin`: first asks about pain, unless the
    /// person turned that off.
    pub(super) fn begin(&mut self, origin: Origin, now: Duration) {
        if self.settings.ask_pain {
            self.go(Screen::PainBefore(origin));
        } else {
            self.start(&origin, None, now);
        }
    }

    /// Starts the routine of the library's entry `origin`, if it can be used, and records it.
    pub(super) fn start(&mut self, origin: &Origin, pain_before: Option<Pain>, now: Duration) {
        // A session still waiting for answers is recorded as it stands first.
        self.record_end();
        let Some(Ok(routine)) = self.library.get(origin).map(|e| e.routine.clone()) else {
            return;
        };
        let source = source_of(origin);
        let started_at = self.deps.calendar.local(now);
        let (recording, unrecorded) = match recording::routine_text(&source) {
            Ok(text) => (
                Some(Recording::start(
                    &crate::history::path_in(&self.deps.home),
                    &routine,
                    source,
                    &text,
                    started_at,
                    pain_before,
                )),
                false,
            ),
            Err(e) => {
                self.notice = Some(format!(
                    "This session of {} is not recorded: its file could not be read again ({e}).",
                    routine.name
                ));
                (None, true)
            }
        };
        self.start_routine(routine, Back::Overview(origin.clone()), None, now);
        if let Some(running) = &mut self.running {
            if let Some(recording) = &recording {
                running
                    .player
                    .set_hold_sink(Some(Box::new(recording.hold_sink())));
            }
            running.recording = recording;
            running.unrecorded = unrecorded;
        }
    }

    /// Plays `routine`, from its start or from a step, and shows the player. Records nothing:
    /// [`StretchApp::start`] adds the recording for a session; "Try from here" in the editor
    /// comes here directly, a trial and not a session.
    pub(super) fn start_routine(
        &mut self,
        routine: Arc<Routine>,
        back: Back,
        from_step: Option<usize>,
        now: Duration,
    ) {
        let plan = Arc::new(Plan::new(&routine));
        let (output, rate) = (self.deps.audio)();
        let mut bank = SoundBank::for_routine(&routine, rate);
        let mut sound_problems: Vec<String> =
            bank.problems().iter().map(ToString::to_string).collect();
        self.add_speech(&routine, &mut bank, &mut sound_problems);
        let bank = Arc::new(bank);
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
            started: now,
            sound_problems,
            recording: None,
            unrecorded: false,
            announced: None,
            announcement: None,
            paused_for_question: false,
        });
        self.go(Screen::Player);
    }

    /// Says, once, why the session being played could not be recorded.
    pub(super) fn poll_recording(&mut self) {
        let Some(running) = &mut self.running else {
            return;
        };
        if let Some(e) = running.recording.as_mut().and_then(Recording::failure) {
            running.unrecorded = true;
            let mut text = e.to_string();
            if matches!(e.history_error(), Some(HistoryError::Corrupt { .. })) {
                text.push_str("; choose \"Start a new history\" in History to record again");
            }
            self.notice = Some(sentence(&text));
        }
    }

    /// The answer to the pain question before a routine, or after stopping one.
    pub(super) fn pain_action(&mut self, action: PainAction, now: Duration) {
        match (self.screen.clone(), action) {
            (Screen::PainBefore(origin), PainAction::Answer(pain)) => {
                self.start(&origin, pain, now);
            }
            (Screen::PainBefore(origin), PainAction::Back) => self.go(Screen::Overview(origin)),
            (Screen::Stopped(stopped), PainAction::Answer(pain)) => {
                if let Some(after) = &mut self.after {
                    after.answers.pain = pain;
                }
                self.record_end();
                self.go_back(stopped.back);
            }
            (Screen::Stopped(stopped), PainAction::Back) => {
                self.record_end();
                self.go_back(stopped.back);
            }
            _ => {}
        }
    }

    /// What the finish screen asked for.
    pub(super) fn finish_action(&mut self, action: FinishAction, now: Duration) {
        let Screen::Finished(summary) = self.screen.clone() else {
            return;
        };
        match (action, summary.back) {
            (FinishAction::Pain(pain), _) => {
                if let Some(after) = &mut self.after {
                    after.answers.pain = pain;
                }
            }
            (FinishAction::Effort(effort), _) => {
                if let Some(after) = &mut self.after {
                    after.answers.effort = effort;
                }
            }
            (FinishAction::Back, Back::Editor) => self.go_back(Back::Editor),
            (FinishAction::Back, Back::Overview(_)) => {
                self.record_end();
                self.go(Screen::Library);
            }
            (FinishAction::Again, Back::Overview(origin)) => {
                self.record_end();
                self.begin(origin, now);
            }
            (FinishAction::Again, Back::Editor) => {
                self.start_routine(summary.routine, Back::Editor, summary.from_step, now);
            }
        }
    }

    /// Records how the session that ended went, with what the person answered, and reads the
    /// history again.
    pub(super) fn record_end(&mut self) {
        let Some(after) = self.after.take() else {
            return;
        };
        let After {
            recording,
            outcome,
            ended_at,
            elapsed,
            ask: _,
            answers,
        } = after;
        let end = SessionEnd {
            outcome,
            ended_at,
            elapsed,
            pain_after: answers.pain,
            effort: answers.effort,
            note: answers.note.trim().to_owned(),
        };
        if let Some(e) = recording.finish(end) {
            self.notice = Some(sentence(&e.to_string()));
        }
        self.sessions.reload();
    }

    /// The window is closing: a routine being played is recorded as stopped where it is, and a
    /// session waiting for answers with what was answered.
    pub(super) fn close_session(&mut self, now: Duration) {
        if self.running.is_some() {
            self.stop(now);
        }
        self.record_end();
    }

    /// What the player screen asked for.
    pub(super) fn player_action(&mut self, action: PlayerAction) {
        match action {
            PlayerAction::Command(command) => {
                if let Some(running) = &self.running {
                    running.player.command(command);
                }
            }
            PlayerAction::AskStop => {
                // The time stops while the question is asked: a person reading it, or finding
                // the buttons with a screen reader, does not lose the hold meanwhile.
                if let Some(running) = &mut self.running
                    && running.player.lock().session.state() == State::Running
                {
                    running.player.command(Command::Pause);
                    running.paused_for_question = true;
                }
                self.ask = Some(Ask::StopRoutine);
            }
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

    /// A question was answered with "leave things as they are": a session paused to ask it goes
    /// on.
    pub(super) fn keep_going(&mut self) {
        if let Some(running) = &mut self.running
            && std::mem::take(&mut running.paused_for_question)
        {
            running.player.command(Command::Resume);
        }
    }

    /// The player's keys, read before anything is drawn, so that they work whatever has focus
    /// (a screen reader's user is always on a button, and Space must not press it). None while
    /// a question or the settings are open: their keys are their own.
    pub(super) fn player_keys(&self, ctx: &egui::Context) -> Option<Action> {
        if self.screen != Screen::Player
            || self.running.is_none()
            || self.ask.is_some()
            || self.settings_open
        {
            return None;
        }
        let action = player_view::shortcuts(ctx)?;
        ctx.request_repaint();
        Some(Action::Player(action))
    }

    /// Gives the routine being played the sound settings in force.
    pub(super) fn apply_sound_settings(&self) {
        if let Some(running) = &self.running {
            running.player.set_style(self.settings.style);
            running.player.set_volume(self.settings.volume);
            running.player.set_muted(self.settings.muted);
            running.player.set_ticks(self.settings.ticks);
        }
    }

    /// Holds the sound device open on the screens before a routine starts, so that it is
    /// running when Start is pressed (the first cues on a stream just opened can come early: see
    /// `deps::run_native`); elsewhere lets it go, and the device is closed once nothing holds it
    /// (`audio::device::SharedDevice`): an open stream costs about 1 % of a core.
    pub(super) fn keep_sound_ready(&mut self) {
        let about_to_play = matches!(self.screen, Screen::Overview(_) | Screen::PainBefore(_));
        if about_to_play != self.sound_ready.is_some() {
            self.sound_ready = about_to_play.then(|| (self.deps.audio)().0);
        }
    }

    /// Stops the routine being played. A recorded session asks for pain now (the short
    /// version of the finish screen's questions); a trial goes back where it was started from.
    pub(super) fn stop(&mut self, now: Duration) {
        let Some(running) = self.running.take() else {
            return;
        };
        let (step, elapsed) = {
            let shared = running.player.lock();
            let step = shared.session.phase(now).map_or(0, |p| p.step);
            (step, shared.session.position(now))
        };
        running.player.command(Command::Stop);
        let Some(recording) = running.recording else {
            self.go_back(running.back);
            return;
        };
        let ask = !running.unrecorded;
        self.after = Some(After {
            recording,
            outcome: Outcome::Stopped { step },
            ended_at: self.deps.calendar.local(now),
            elapsed,
            ask,
            answers: Answers::default(),
        });
        if ask {
            let name = running
                .routine
                .steps
                .get(step)
                .map_or_else(String::new, |s| format!(" ({})", s.name));
            self.go(Screen::Stopped(Stopped {
                back: running.back,
                routine: running.routine.name.clone(),
                step: format!("step {}{name}", step + 1),
            }));
        } else {
            self.record_end();
            self.go_back(running.back);
        }
    }

    /// The routine being played, whether the window is shown, minimised or covered
    /// (`App::logic`): caught up with the clock, ended once it came to its end, and the app woken
    /// again at its end, so that the end is recorded when it happens.
    pub(super) fn playing_logic(&mut self, ctx: &egui::Context, now: Duration) {
        let Some(running) = &self.running else {
            return;
        };
        running.player.tick();
        let (state, remaining) = {
            let shared = running.player.lock();
            (shared.session.state(), shared.session.remaining(now))
        };
        match state {
            State::Finished => self.ended(now),
            State::Running => ctx.request_repaint_after(remaining),
            State::Ready | State::Paused | State::Stopped => {}
        }
    }

    /// The routine came to its end: its summary, and the questions about how it went. The end is
    /// when the session reached it, however much later this is called.
    fn ended(&mut self, now: Duration) {
        let Some(running) = self.running.take() else {
            return;
        };
        let (elapsed, end) = {
            let shared = running.player.lock();
            let end = shared.session.finished_at().unwrap_or(now);
            (shared.session.plan().total, end)
        };
        if let Some(recording) = running.recording {
            self.after = Some(After {
                recording,
                outcome: Outcome::Completed,
                ended_at: self.deps.calendar.local_at(end, now),
                elapsed,
                ask: !running.unrecorded,
                answers: Answers::default(),
            });
        }
        self.go(Screen::Finished(Summary {
            routine: running.routine,
            back: running.back,
            from_step: running.from_step,
            took: end.saturating_sub(running.started),
        }));
    }

    /// Back where a routine was started from: its overview, or the editor if it is still open.
    pub(super) fn go_back(&mut self, back: Back) {
        self.go(match back {
            Back::Overview(origin) => Screen::Overview(origin),
            Back::Editor if self.editor.is_some() => Screen::Editor,
            Back::Editor => Screen::Library,
        });
    }

    /// Draws the player; returns what was asked for (or that the routine ended) and when to draw
    /// again.
    pub(super) fn player_screen(
        &mut self,
        ui: &mut egui::Ui,
        now: Duration,
    ) -> (Option<Action>, Option<Duration>) {
        let Some(running) = &mut self.running else {
            return (Some(Action::Lost(None)), None);
        };
        let mut dismissed = false;
        if !running.sound_problems.is_empty() {
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
        }
        // Catch up before drawing, so the screen never shows a moment whose cues have not been
        // handed to the output. The timing thread does this at every deadline regardless.
        running.player.tick();
        let (action, state, next) = {
            let shared = running.player.lock();
            let moment = player_view::moment(&running.routine, &shared.session, now);
            if let Some(moment) = moment {
                if let Some(text) = player_view::announce(running.announced.as_ref(), &moment) {
                    let number = running.announcement.as_ref().map_or(0, |(_, n)| n + 1);
                    running.announcement = Some((text, number));
                }
                running.announced = Some(moment);
            }
            let status = shared.output_status();
            let view = View {
                routine: &running.routine,
                session: &shared.session,
                now,
                sound: &status,
                timing: shared.timing(),
                muted: self.settings.muted,
                announcement: running
                    .announcement
                    .as_ref()
                    .map(|(text, n)| (text.as_str(), *n)),
            };
            let action = player_view::ui(ui, &view);
            let state = shared.session.state();
            // Drawn again only when something shown changes; never while paused.
            let next = player_view::next_change(&running.routine, &shared.session, now);
            (action, state, next)
        };
        if let Some(action) = action {
            return (Some(Action::Player(action)), Some(Duration::ZERO));
        }
        if state == State::Finished {
            // Ended by `playing_logic` before the next frame is drawn.
            return (None, Some(Duration::ZERO));
        }
        (dismissed.then_some(Action::DismissSoundProblems), next)
    }
}

/// A message as a sentence: its first letter a capital (the history's messages start in lower
/// case, to follow "could not record:" on the command line).
fn sentence(message: &str) -> String {
    let mut chars = message.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_uppercase().chain(chars).collect::<String>()
    })
}
