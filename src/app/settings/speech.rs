//! The Settings window's rows about spoken step names: whether names are said; when instructions
//! are read (as the routine asks, always or never); in which language and how fast; and, where
//! espeak-ng cannot be used, why and how to get it, said there once rather than at every routine.

use egui::RichText;

use super::form::Rows;
use crate::app::widgets::radio_group;
use crate::audio::score::ReadInstructions;
use crate::speech::{RATES, SpeechSettings, Status};
use crate::tr;

/// Draws the rows into the Settings grid (two columns). The changes go into `speech`; they apply
/// from the next routine started, since its speech is made before it starts.
pub fn rows(ui: &mut egui::Ui, speech: &mut SpeechSettings, status: &Status) {
    rows_as(ui, &Rows::BESIDE, speech, status);
}

/// Draws the rows into the Settings form, laid out as `rows` says.
pub(super) fn rows_as(
    ui: &mut egui::Ui,
    rows: &Rows,
    speech: &mut SpeechSettings,
    status: &Status,
) {
    rows.row(
        ui,
        |ui| ui.label(tr!("settings-step-names")),
        |ui, _| {
            ui.vertical(|ui| {
                match &status.version {
                    Ok(_) => {
                        ui.checkbox(&mut speech.names, tr!("settings-say-names"));
                    }
                    Err(e) => {
                        let (reason, hint) = (e.to_string(), crate::speech::install_hint());
                        ui.add(
                            egui::Label::new(tr!(
                                "settings-no-speech",
                                reason = reason,
                                hint = hint
                            ))
                            .wrap(),
                        );
                    }
                }
                ui.label(RichText::new(tr!("settings-names-when")).small().weak());
            });
        },
    );
    if status.version.is_err() {
        return;
    }
    let names = speech.names;
    rows.row(
        ui,
        |ui| {
            ui.add_enabled_ui(names, |ui| {
                ui.label(tr!("settings-read-instructions"));
            });
        },
        |ui, ()| {
            ui.add_enabled_ui(names, |ui| {
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
        },
    );

    rows.row(
        ui,
        |ui| ui.label(tr!("settings-voice-language")).id,
        |ui, label| {
            ui.add_enabled_ui(names, |ui| voice_ui(ui, speech, status, label));
        },
    );
    rows.row(
        ui,
        |ui| ui.label(tr!("settings-rate")),
        |ui, _| {
            ui.add_enabled_ui(names, |ui| rate_ui(ui, &mut speech.rate));
        },
    );
}

/// The language step names are said in, from the voices espeak-ng has.
fn voice_ui(ui: &mut egui::Ui, speech: &mut SpeechSettings, status: &Status, label: egui::Id) {
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
}

/// How fast step names are said, in words a minute.
fn rate_ui(ui: &mut egui::Ui, rate: &mut u32) {
    let unit = tr!("settings-rate-unit");
    // The unit's words beside the slider are longer in some languages ("palabras por minuto"):
    // the slider gives up room for them, and where the row has none, they go beneath it.
    let words = egui::WidgetText::from(unit.as_str())
        .into_galley(
            ui,
            Some(egui::TextWrapMode::Extend),
            f32::INFINITY,
            egui::TextStyle::Body,
        )
        .size()
        .x;
    let spacing = ui.spacing();
    let value = spacing.interact_size.x + spacing.item_spacing.x;
    let slider = ui.available_width() - value - words - spacing.item_spacing.x;
    if slider >= 80.0 {
        ui.spacing_mut().slider_width = slider.min(ui.spacing().slider_width);
        ui.add(egui::Slider::new(rate, RATES).text(unit));
    } else {
        ui.vertical(|ui| {
            let slider = ui.available_width() - value;
            ui.spacing_mut().slider_width = slider.min(ui.spacing().slider_width);
            let slider = ui.add(egui::Slider::new(rate, RATES));
            let unit = ui.label(unit).id;
            slider.labelled_by(unit);
        });
    }
}
