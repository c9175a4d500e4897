//! A routine being played: starting it, carrying out the player screen's commands and sound
//! settings, and reading the session for the player screen at the frame's `now`.

use std::sync::Arc;
use std::time::Duration;

use egui::RichText;

use super::ask::Ask;
use super::finish::Summary;
use super::library::Origin;
use super::player_view::{self, PlayerAction, View};
use super::{Action, Screen, StretchApp};
use crate::audio::bank::SoundBank;
use crate::audio::player::CuePlayer;
use crate::countdown::until_next_second;
use crate::engine::{Command, Plan, Session, State};
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
}

impl StretchApp {
    /// Starts the routine of the library's entry `origin`, if it can be used.
    pub(super) fn start(&mut self, origin: &Origin, now: Duration) {
        let Some(Ok(routine)) = self.library.get(origin).map(|e| e.routine.clone()) else {
            return;
        };
        self.start_routine(routine, Back::Overview(origin.clone()), None, now);
    }

    /// Plays `routine`, from its start or from a step, and shows the player.
    pub(super) fn start_routine(
        &mut self,
        routine: Arc<Routine>,
        back: Back,
        from_step: Option<usize>,
        now: Duration,
    ) {
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
            started: now,
            sound_problems,
        });
        self.go(Screen::Player);
    }

    /// What the player screen asked for.
    pub(super) fn player_action(&mut self, action: PlayerAction) {
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

    /// Gives the routine being played the sound settings in force.
    pub(super) fn apply_sound_settings(&self) {
        if let Some(running) = &self.running {
            running.player.set_style(self.settings.style);
            running.player.set_volume(self.settings.volume);
            running.player.set_muted(self.settings.muted);
            running.player.set_ticks(self.settings.ticks);
        }
    }

    /// Stops the routine being played and goes back where it was started from.
    pub(super) fn stop(&mut self) {
        if let Some(running) = self.running.take() {
            running.player.command(Command::Stop);
            self.go_back(running.back);
        }
    }

    /// The routine came to its end: its summary.
    pub(super) fn ended(&mut self, now: Duration) {
        if let Some(running) = self.running.take() {
            self.go(Screen::Finished(Summary {
                routine: running.routine,
                back: running.back,
                from_step: running.from_step,
                took: now.saturating_sub(running.started),
            }));
        }
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
        &self,
        ui: &mut egui::Ui,
        now: Duration,
    ) -> (Option<Action>, Option<Duration>) {
        let Some(running) = &self.running else {
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
            let status = shared.output_status();
            let view = View {
                routine: &running.routine,
                session: &shared.session,
                now,
                sound: &status,
                timing: shared.timing(),
                muted: self.settings.muted,
            };
            let action = player_view::ui(ui, &view);
            let state = shared.session.state();
            let next = (state == State::Running)
                .then(|| until_next_second(shared.session.phase_remaining(now)));
            (action, state, next)
        };
        let shortcut = if self.ask.is_some() || self.settings_open {
            None
        } else {
            player_view::shortcuts(ui.ctx())
        };
        if let Some(action) = action.or(shortcut) {
            return (Some(Action::Player(action)), Some(Duration::ZERO));
        }
        if state == State::Finished {
            return (Some(Action::Ended), Some(Duration::ZERO));
        }
        (dismissed.then_some(Action::DismissSoundProblems), next)
    }
}
