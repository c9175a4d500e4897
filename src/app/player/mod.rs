//! The Player room: a routine being played. Starting it (its sound bank, its spoken names, its
//! cue player) and recording its session (through [`crate::recording`]), carrying out the player
//! screen's commands and sound settings, its keys, and how it ends: handed to the router as an
//! [`Ending`] for the finish screen.

mod announce;
mod details;
mod dial;
pub(crate) mod speech;
mod timing;
pub(crate) mod view;

use std::sync::Arc;
use std::time::Duration;

use egui::RichText;

use self::view::{Moment, PlayerAction, View};
use super::ending::{After, Back, Ended, Summary};
use super::notice::Notice;
use super::prefs::Settings;
use super::shared::Shared;
use super::widgets::sentence;
use crate::audio::bank::SoundBank;
use crate::audio::output::AudioOutput;
use crate::audio::player::CuePlayer;
use crate::engine::{Command, Plan, Session, State};
use crate::history::HistoryError;
use crate::progress::Source;
use crate::progress::{Outcome, Pain};
use crate::recording::{self, Recording};
use crate::routine::Routine;

/// A routine being played.
pub(crate) struct Running {
    back: Back,
    from_step: Option<usize>,
    routine: Arc<Routine>,
    pub(crate) player: CuePlayer,
    /// Sound files that could not be used, shown once.
    sound_problems: Vec<String>,
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

/// What the player screen asks the router for.
pub(crate) enum PlayerAsk {
    /// A command or sound change for the routine being played (the router asks the Stop question
    /// itself).
    Player(PlayerAction),
    /// The notice about sounds that could not be used was dismissed.
    DismissSoundProblems,
}

/// How a routine being played came to an end, for the router.
pub(crate) enum Ending {
    /// It came to its end, or was stopped: the finish screen, with the session waiting for its
    /// answers (`None` for a trial).
    Finished(Summary, Option<After>),
    /// It was stopped with nothing to ask (a trial, or a session that cannot be recorded): back
    /// where it came from, its session recorded as it stands.
    Left(Back, Option<After>),
}

/// The Player room's own state.
#[derive(Default)]
pub(crate) struct Player {
    /// The routine being played, if any.
    running: Option<Running>,
    /// The sound device, held open on the screens before a routine starts (`keep_sound_ready`).
    sound_ready: Option<Box<dyn AudioOutput>>,
    /// Spoken step names, made ahead of Start.
    pub(crate) speech: speech::Speech,
}

impl Player {
    /// Whether a routine is being played.
    pub(crate) fn playing(&self) -> bool {
        self.running.is_some()
    }

    /// The session of the routine being played, if any.
    pub(crate) fn session_state(&self) -> Option<State> {
        self.running
            .as_ref()
            .map(|r| r.player.lock().session.state())
    }

    /// Plays the routine of `source`, if it can be used, and records it.
    /// Returns whether it started.
    pub(crate) fn start(
        &mut self,
        shared: &mut Shared,
        source: &Source,
        pain_before: Option<Pain>,
        now: Duration,
    ) -> bool {
        let Some(Ok(routine)) = shared.library.get(source).map(|e| e.routine.clone()) else {
            return false;
        };
        let started_at = shared.deps.calendar.local(now);
        let (recording, unrecorded) = match recording::routine_text(source) {
            Ok(text) => (
                Some(Recording::start(
                    &crate::history::path_in(&shared.deps.home),
                    &routine,
                    source.clone(),
                    &text,
                    started_at,
                    pain_before,
                )),
                false,
            ),
            Err(e) => {
                let (routine, reason) = (routine.name.as_str(), e.to_string());
                shared.notice = Some(Notice::warning(crate::tr!(
                    "player-not-recorded",
                    routine = routine,
                    reason = reason
                )));
                (None, true)
            }
        };
        if !self.start_routine(shared, routine, Back::Overview(source.clone()), None) {
            return false;
        }
        if let Some(running) = &mut self.running {
            if let Some(recording) = &recording {
                running
                    .player
                    .set_hold_sink(Some(Box::new(recording.hold_sink())));
            }
            running.recording = recording;
            running.unrecorded = unrecorded;
        }
        true
    }

    /// Plays `routine`, from its start or from a step. Records nothing: [`Player::start`] adds
    /// the recording for a session; "Try from here" in the editor comes here directly, a trial
    /// and not a session. Returns whether it started (if not, the notice says why).
    pub(crate) fn start_routine(
        &mut self,
        shared: &mut Shared,
        routine: Arc<Routine>,
        back: Back,
        from_step: Option<usize>,
    ) -> bool {
        let plan = Arc::new(Plan::new(&routine));
        let (output, rate) = (shared.deps.audio)();
        let mut bank = SoundBank::for_routine(&routine, rate);
        let mut sound_problems: Vec<String> =
            bank.problems().iter().map(ToString::to_string).collect();
        self.speech
            .add(shared, &routine, &mut bank, &mut sound_problems);
        let bank = Arc::new(bank);
        let player = match CuePlayer::spawn(
            Session::new(plan),
            bank,
            output,
            shared.settings.style,
            Arc::clone(&shared.deps.clock),
        ) {
            Ok(player) => player,
            Err(e) => {
                let reason = e.to_string();
                shared.notice = Some(Notice::warning(crate::tr!(
                    "player-could-not-start",
                    reason = reason
                )));
                return false;
            }
        };
        player.set_volume(shared.settings.volume);
        player.set_muted(shared.settings.muted);
        player.set_ticks(shared.settings.ticks);
        player.command(from_step.map_or(Command::Start, Command::StartAtStep));
        self.running = Some(Running {
            back,
            from_step,
            routine,
            player,
            sound_problems,
            recording: None,
            unrecorded: false,
            announced: None,
            announcement: None,
            paused_for_question: false,
        });
        true
    }

    /// Says, once, why the session being played could not be recorded.
    pub(crate) fn poll_recording(&mut self, notice: &mut Option<Notice>) {
        let Some(running) = &mut self.running else {
            return;
        };
        if let Some(e) = running.recording.as_mut().and_then(Recording::failure) {
            running.unrecorded = true;
            let mut text = e.to_string();
            if matches!(e.history_error(), Some(HistoryError::Corrupt { .. })) {
                text = crate::tr!("player-start-new-history", problem = text);
            }
            *notice = Some(Notice::warning(sentence(&text)));
        }
    }

    /// Carries out what the player screen asked for. `AskStop` pauses the session while the
    /// question is asked (a person reading it, or finding the buttons with a screen reader, does
    /// not lose the hold meanwhile); the router asks it.
    pub(crate) fn act(
        &mut self,
        action: PlayerAction,
        settings: &mut Settings,
        shared_audio: &crate::app::AudioFactory,
    ) {
        match action {
            PlayerAction::Command(command) => {
                if let Some(running) = &self.running {
                    running.player.command(command);
                }
            }
            PlayerAction::AskStop => {
                if let Some(running) = &mut self.running
                    && running.player.lock().session.state() == State::Running
                {
                    running.player.command(Command::Pause);
                    running.paused_for_question = true;
                }
            }
            PlayerAction::ToggleMute => {
                settings.muted = !settings.muted;
                self.apply_sound_settings(settings);
            }
            PlayerAction::Volume(delta) => {
                settings.volume = (settings.volume + delta).clamp(0.0, 1.0);
                settings.muted = false;
                self.apply_sound_settings(settings);
            }
            PlayerAction::RetrySound => {
                let (output, _) = (shared_audio)();
                if let Some(running) = &self.running {
                    running.player.set_output(output);
                }
                self.apply_sound_settings(settings);
            }
        }
    }

    /// Forgets the sounds that could not be used, once the person dismissed them.
    pub(crate) fn dismiss_sound_problems(&mut self) {
        if let Some(running) = &mut self.running {
            running.sound_problems.clear();
        }
    }

    /// A question was answered with "leave things as they are": a session paused to ask it goes
    /// on.
    pub(crate) fn keep_going(&mut self) {
        if let Some(running) = &mut self.running
            && std::mem::take(&mut running.paused_for_question)
        {
            running.player.command(Command::Resume);
        }
    }

    /// The player's keys, read before anything is drawn, so that they work whatever has focus
    /// (a screen reader's user is always on a button, and Space must not press it). `free`:
    /// the player is shown and no question or Settings window has the keys.
    pub(crate) fn keys(&self, ctx: &egui::Context, free: bool) -> Option<PlayerAction> {
        if !free || self.running.is_none() {
            return None;
        }
        let action = timing::shortcuts(ctx)?;
        ctx.request_repaint();
        Some(action)
    }

    /// Gives the routine being played the sound settings in force.
    pub(crate) fn apply_sound_settings(&self, settings: &Settings) {
        if let Some(running) = &self.running {
            running.player.set_style(settings.style);
            running.player.set_volume(settings.volume);
            running.player.set_muted(settings.muted);
            running.player.set_ticks(settings.ticks);
        }
    }

    /// Holds the sound device open on the screens before a routine starts (`about_to_play`), so
    /// that it is running when Start is pressed (the first cues on a stream just opened can
    /// come early: see `run_native`); elsewhere lets it go, and the device is closed once nothing
    /// holds it (`audio::device::SharedDevice`): an open stream costs about 1 % of a core.
    pub(crate) fn keep_sound_ready(
        &mut self,
        audio: &crate::app::AudioFactory,
        about_to_play: bool,
    ) {
        if about_to_play != self.sound_ready.is_some() {
            self.sound_ready = about_to_play.then(|| (audio)().0);
        }
    }

    /// Stops the routine being played. A recorded session is recorded as stopped at once and
    /// goes to the finish screen, for pain now, effort and a note; a trial, or a session that
    /// cannot be recorded, goes back where it was started from.
    pub(crate) fn stop(&mut self, shared: &Shared, now: Duration) -> Option<Ending> {
        let running = self.running.take()?;
        running.player.command(Command::Stop);
        let (step, played) = {
            let session = &running.player.lock().session;
            (
                session.phase(now).map_or(0, |p| p.step),
                session.played(now),
            )
        };
        let Some(recording) = running.recording else {
            return Some(Ending::Left(running.back, None));
        };
        let ask = !running.unrecorded;
        let after = After::ended(
            recording,
            Outcome::Stopped { step },
            shared.deps.calendar.local(now),
            played,
            ask,
        );
        if !ask {
            return Some(Ending::Left(running.back, Some(after)));
        }
        let number = step + 1;
        let step = match running.routine.steps.get(step) {
            Some(s) => crate::tr!(
                "pain-stopped-step-named",
                step = number,
                name = s.name.as_str()
            ),
            None => crate::tr!("pain-stopped-step", step = number),
        };
        Some(Ending::Finished(
            Summary {
                routine: running.routine,
                back: running.back,
                from_step: running.from_step,
                ended: Ended::Stopped { step },
                played,
            },
            Some(after),
        ))
    }

    /// The routine being played, whether the window is shown, minimised or covered
    /// (`App::logic`): caught up with the clock, ended once it came to its end, and the app woken
    /// again at its end, so that the end is recorded when it happens.
    pub(crate) fn logic(
        &mut self,
        ctx: &egui::Context,
        shared: &Shared,
        now: Duration,
    ) -> Option<Ending> {
        let running = self.running.as_ref()?;
        running.player.tick();
        let (state, remaining) = {
            let shared = running.player.lock();
            (shared.session.state(), shared.session.remaining(now))
        };
        match state {
            State::Finished => self.ended(shared, now),
            State::Running => {
                ctx.request_repaint_after(remaining);
                None
            }
            State::Ready | State::Paused | State::Stopped => None,
        }
    }

    /// The routine came to its end: its summary, and the questions about how it went. The end is
    /// when the session reached it, however much later this is called.
    fn ended(&mut self, shared: &Shared, now: Duration) -> Option<Ending> {
        let running = self.running.take()?;
        let (played, skipped, end) = {
            let session = &running.player.lock().session;
            let end = session.finished_at().unwrap_or(now);
            (session.played(end), session.unplayed(end), end)
        };
        let outcome = Outcome::at_end(skipped);
        let ended_at = shared.deps.calendar.local_at(end, now);
        let ask = !running.unrecorded;
        let after = running
            .recording
            .map(|recording| After::ended(recording, outcome, ended_at, played, ask));
        Some(Ending::Finished(
            Summary {
                routine: running.routine,
                back: running.back,
                from_step: running.from_step,
                // A trial from the editor starts where it was asked to: not a skip.
                ended: match outcome {
                    Outcome::Shortened if running.from_step.is_none() => {
                        Ended::Shortened { skipped }
                    }
                    _ => Ended::Completed,
                },
                played,
            },
            after,
        ))
    }

    /// Draws the player; returns what was asked for and when to draw again. `None` as the
    /// action's value: nothing is playing (the screen is lost).
    pub(crate) fn ui(
        &mut self,
        ui: &mut egui::Ui,
        muted: bool,
        now: Duration,
    ) -> Option<(Option<PlayerAsk>, Option<Duration>)> {
        let running = self.running.as_mut()?;
        let mut dismissed = false;
        if !running.sound_problems.is_empty() {
            ui.horizontal(|ui| {
                ui.label(
                    RichText::new({
                        let problems = running.sound_problems.join("; ");
                        crate::tr!("player-sounds-unusable", problems = problems)
                    })
                    .color(ui.visuals().warn_fg_color),
                );
                dismissed = ui.button(crate::tr!("notice-dismiss")).clicked();
            });
        }
        // Catch up before drawing, so the screen never shows a moment whose cues have not been
        // handed to the output. The timing thread does this at every deadline regardless.
        running.player.tick();
        let (action, state, next) = {
            let shared = running.player.lock();
            let moment = timing::moment(&running.routine, &shared.session, now);
            if let Some(moment) = moment {
                if let Some(text) = view::announce(running.announced.as_ref(), &moment) {
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
                muted,
                announcement: running
                    .announcement
                    .as_ref()
                    .map(|(text, n)| (text.as_str(), *n)),
            };
            let action = view::ui(ui, &view);
            let state = shared.session.state();
            // Drawn again only when something shown changes; never while paused.
            let next = timing::next_change(&running.routine, &shared.session, now);
            (action, state, next)
        };
        if let Some(action) = action {
            return Some((Some(PlayerAsk::Player(action)), Some(Duration::ZERO)));
        }
        if state == State::Finished {
            // Ended by `logic` before the next frame is drawn.
            return Some((None, Some(Duration::ZERO)));
        }
        Some((dismissed.then_some(PlayerAsk::DismissSoundProblems), next))
    }
}
