//! Spoken step names in the app: the rows of the Settings window (whether names are said; when
//! instructions are read: as the routine asks, always or never; in which language and how fast;
//! and, where espeak-ng cannot be used, why and how to get it, said there once rather than at
//! every routine), and making a routine's speech before it starts: ahead, on a thread of its own,
//! while its overview is shown, so that Start does not wait for the synthesiser.

use std::sync::Arc;
use std::thread::JoinHandle;

use egui::RichText;

use super::StretchApp;
use crate::audio::bank::SoundBank;
use crate::audio::score::ReadInstructions;
use crate::routine::Routine;
use crate::speech::{INSTALL_HINT, Prepared, RATES, SpeechSettings, Status};

/// The output rate speech is made at ahead until a routine has been started: what sound cards
/// and sound servers run at nearly everywhere. A device at another rate has its speech made
/// again at Start (from the cache, without the synthesiser).
const USUAL_RATE: u32 = 48_000;

/// A routine's speech being made ahead, and what it is made for.
pub(super) struct Ahead {
    routine: Arc<Routine>,
    settings: SpeechSettings,
    rate: u32,
    made: JoinHandle<Prepared>,
}

impl StretchApp {
    /// Starts making the speech of `routine` on a thread of its own, unless it is being made
    /// already with the same settings (its overview was shown: Start is likely next).
    pub(super) fn make_speech_ahead(&mut self, routine: &Arc<Routine>) {
        let Some(speaker) = &self.deps.speaker else {
            return;
        };
        let settings = &self.settings.speech;
        let rate = self.speech_rate.unwrap_or(USUAL_RATE);
        if !settings.names
            || self
                .speech_ahead
                .as_ref()
                .is_some_and(|a| a.routine == *routine && a.settings == *settings && a.rate == rate)
        {
            return;
        }
        let (speaker, theirs, routine_there) =
            (speaker.clone(), settings.clone(), Arc::clone(routine));
        // No thread (the system is out of them): the speech is made at Start, as without this.
        self.speech_ahead = std::thread::Builder::new()
            .name("stretch-timer-speech-ahead".to_owned())
            .spawn(move || speaker.prepare(&routine_there, &theirs, rate))
            .ok()
            .map(|made| Ahead {
                routine: Arc::clone(routine),
                settings: settings.clone(),
                rate,
                made,
            });
    }

    /// Adds the routine's spoken step names to `bank`, as the settings ask, before it starts:
    /// those made ahead if they were made for this routine, settings and rate (waiting for them
    /// if they are still being made), else made now. A synthesiser that is missing is said in
    /// Settings; one that failed or hung is said with the routine's other sound problems, and
    /// those steps keep the fixed prompts.
    pub(super) fn add_speech(
        &mut self,
        routine: &Routine,
        bank: &mut SoundBank,
        problems: &mut Vec<String>,
    ) {
        self.speech_rate = Some(bank.rate());
        let ahead = self.speech_ahead.take().filter(|a| {
            *a.routine == *routine && a.settings == self.settings.speech && a.rate == bank.rate()
        });
        let Some(speaker) = &self.deps.speaker else {
            return;
        };
        let prepared = ahead
            .and_then(|a| a.made.join().ok())
            .unwrap_or_else(|| speaker.prepare(routine, &self.settings.speech, bank.rate()));
        if let Some(e) = prepared.problem.as_ref().filter(|e| !e.is_missing()) {
            problems.push(format!("Some step names are not spoken: {e}"));
        }
        prepared.add_to(bank);
    }
}

/// Draws the rows into the Settings grid (two columns). The changes go into `speech`; they apply
/// from the next routine started, since its speech is made before it starts.
pub fn rows(ui: &mut egui::Ui, speech: &mut SpeechSettings, status: &Status) {
    ui.label("Step names");
    ui.vertical(|ui| {
        match &status.version {
            Ok(_) => {
                ui.checkbox(&mut speech.names, "Say each step's name at its start");
            }
            Err(e) => {
                ui.add(
                    egui::Label::new(RichText::new(format!(
                        "Step names cannot be spoken: {e}. {INSTALL_HINT}"
                    )))
                    .wrap(),
                );
            }
        }
        ui.label(
            RichText::new("With Voice or Both; from the next routine started")
                .small()
                .weak(),
        );
    });
    ui.end_row();
    if status.version.is_err() {
        return;
    }
    ui.add_enabled_ui(speech.names, |ui| {
        ui.label("Read instructions");
    });
    ui.add_enabled_ui(speech.names, |ui| {
        ui.vertical(|ui| {
            super::widgets::radio_group(ui, "Read each step's instructions", |ui| {
                for choice in ReadInstructions::ALL {
                    ui.radio_value(
                        &mut speech.instructions,
                        choice,
                        capitalised(choice.words()),
                    );
                }
            });
            ui.label(
                RichText::new("Read while getting ready, where they end before the hold")
                    .small()
                    .weak(),
            );
        });
    });
    ui.end_row();

    let label = ui.label("Language").id;
    ui.add_enabled_ui(speech.names, |ui| {
        let shown = status
            .languages
            .iter()
            .find(|l| l.code == speech.voice())
            .map_or_else(
                || speech.voice().to_owned(),
                |l| format!("{} ({})", l.name, l.code),
            );
        egui::ComboBox::from_id_salt("speech-language")
            .selected_text(shown)
            .height(320.0)
            .show_ui(ui, |ui| {
                for language in &status.languages {
                    ui.selectable_value(
                        &mut speech.voice,
                        language.code.clone(),
                        format!("{} ({})", language.name, language.code),
                    );
                }
            })
            .response
            .labelled_by(label);
    });
    ui.end_row();

    ui.label("Speaking rate");
    ui.add_enabled_ui(speech.names, |ui| {
        ui.add(egui::Slider::new(&mut speech.rate, RATES).text("words a minute"));
    });
    ui.end_row();
}

/// `words` with a capital first letter, as a choice is shown on its own.
fn capitalised(words: &str) -> String {
    let mut chars = words.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}
