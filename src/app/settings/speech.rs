//! The Settings window's rows about spoken step names: whether names are said; when instructions
//! are read (as the routine asks, always or never); in which language and how fast; and, where
//! espeak-ng cannot be used, why and how to get it, said there once rather than at every routine.

use egui::RichText;

use crate::app::widgets::radio_group;
use crate::audio::score::ReadInstructions;
use crate::speech::{INSTALL_HINT, RATES, SpeechSettings, Status};

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
            radio_group(ui, "Read each step's instructions", |ui| {
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
