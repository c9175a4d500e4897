//! The Settings window's rows about spoken step names: whether names are said; when instructions
//! are read (as the routine asks, always or never); in which language and how fast; and, where
//! espeak-ng cannot be used, why and how to get it, said there once rather than at every routine.

use egui::RichText;

use crate::app::widgets::radio_group;
use crate::audio::score::ReadInstructions;
use crate::speech::{RATES, SpeechSettings, Status};
use crate::tr;

/// Draws the rows into the Settings grid (two columns). The changes go into `speech`; they apply
/// from the next routine started, since its speech is made before it starts.
pub fn rows(ui: &mut egui::Ui, speech: &mut SpeechSettings, status: &Status) {
    ui.label(tr!("settings-step-names"));
    ui.vertical(|ui| {
        match &status.version {
            Ok(_) => {
                ui.checkbox(&mut speech.names, tr!("settings-say-names"));
            }
            Err(e) => {
                let reason = e.to_string();
                ui.add(egui::Label::new(tr!("settings-no-speech", reason = reason)).wrap());
            }
        }
        ui.label(RichText::new(tr!("settings-names-when")).small().weak());
    });
    ui.end_row();
    if status.version.is_err() {
        return;
    }
    ui.add_enabled_ui(speech.names, |ui| {
        ui.label(tr!("settings-read-instructions"));
    });
    ui.add_enabled_ui(speech.names, |ui| {
        ui.vertical(|ui| {
            radio_group(ui, &tr!("settings-read-instructions-name"), |ui| {
                for choice in ReadInstructions::ALL {
                    let words = match choice {
                        ReadInstructions::WhenAsked => tr!("settings-read-when-asked"),
                        ReadInstructions::Always => tr!("settings-read-always"),
                        ReadInstructions::Never => tr!("settings-read-never"),
                    };
                    ui.radio_value(&mut speech.instructions, choice, words);
                }
            });
            ui.label(RichText::new(tr!("settings-read-when")).small().weak());
        });
    });
    ui.end_row();

    let label = ui.label(tr!("settings-voice-language")).id;
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

    ui.label(tr!("settings-rate"));
    ui.add_enabled_ui(speech.names, |ui| {
        ui.add(egui::Slider::new(&mut speech.rate, RATES).text(tr!("settings-rate-unit")));
    });
    ui.end_row();
}
