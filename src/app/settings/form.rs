//! The settings' form, in the Settings window.

use super::speech;
use crate::app::prefs::{Settings, TEXT_SIZES, Theme};
use crate::app::widgets::radio_group;
use crate::audio::CueStyle;
use crate::l10n;
use crate::tr;

/// The settings' form: cues, volume, theme, the pain question, the text size. Returns true if
/// anything changed.
pub(crate) fn form(ui: &mut egui::Ui, settings: &mut Settings) -> bool {
    let before = settings.clone();
    egui::Grid::new("settings")
        .num_columns(2)
        .spacing([16.0, 10.0])
        .show(ui, |ui| {
            language_row(ui, &mut settings.language);

            let cues = tr!("settings-cues");
            ui.label(&cues);
            radio_group(ui, &cues, |ui| {
                ui.radio_value(
                    &mut settings.style,
                    CueStyle::Tones,
                    tr!("settings-cues-tones"),
                );
                ui.radio_value(
                    &mut settings.style,
                    CueStyle::Voice,
                    tr!("settings-cues-voice"),
                );
                ui.radio_value(
                    &mut settings.style,
                    CueStyle::Both,
                    tr!("settings-cues-both"),
                );
            });
            ui.end_row();
            speech::rows(ui, &mut settings.speech, crate::speech::system_status());

            ui.label(tr!("settings-volume"));
            volume_ui(ui, &mut settings.volume);
            ui.end_row();

            ui.label(tr!("settings-sound"));
            ui.checkbox(&mut settings.muted, tr!("settings-mute"));
            ui.end_row();

            ui.label(tr!("settings-countdown"));
            ui.checkbox(&mut settings.ticks, tr!("settings-ticks"));
            ui.end_row();

            let theme = tr!("settings-theme");
            ui.label(&theme);
            radio_group(ui, &theme, |ui| {
                ui.radio_value(&mut settings.theme, Theme::Dark, tr!("settings-theme-dark"));
                ui.radio_value(
                    &mut settings.theme,
                    Theme::Light,
                    tr!("settings-theme-light"),
                );
            });
            ui.end_row();

            ui.label(tr!("settings-pain"));
            ui.checkbox(&mut settings.ask_pain, tr!("settings-ask-pain"));
            ui.end_row();

            let text_size = tr!("settings-text-size");
            ui.label(&text_size);
            radio_group(ui, &text_size, |ui| {
                for ((scale, _), label) in TEXT_SIZES.into_iter().zip([
                    tr!("settings-text-normal"),
                    tr!("settings-text-large"),
                    tr!("settings-text-largest"),
                ]) {
                    ui.radio_value(&mut settings.text_scale, scale, label);
                }
            });
            ui.end_row();
        });
    *settings != before
}

/// The volume as a percentage, shown and read out as one ("80 percent", not "0.8"); kept as a
/// fraction.
/// The app's language: the system's, or one of those offered, each by its own name ("Deutsch").
fn language_row(ui: &mut egui::Ui, language: &mut Option<String>) {
    let label = ui.label(tr!("settings-language")).id;
    let system = l10n::choose(&l10n::system_languages());
    let system_name = l10n::own_name(&system);
    let system_choice = tr!("settings-language-system", language = system_name);
    let shown = language
        .as_deref()
        .and_then(|code| code.parse::<l10n::LanguageIdentifier>().ok())
        .filter(|id| l10n::offered().contains(id))
        .map_or_else(|| system_choice.clone(), |id| l10n::own_name(&id));
    egui::ComboBox::from_id_salt("app-language")
        .selected_text(shown)
        .show_ui(ui, |ui| {
            ui.selectable_value(language, None, system_choice);
            for offered in l10n::offered() {
                let name = l10n::own_name(&offered);
                ui.selectable_value(language, Some(offered.to_string()), name);
            }
        })
        .response
        .labelled_by(label);
    ui.end_row();
}

fn volume_ui(ui: &mut egui::Ui, volume: &mut f32) {
    let mut percent = (*volume * 100.0).round();
    let response = ui.add(
        egui::Slider::new(&mut percent, 0.0..=100.0)
            .step_by(5.0)
            .suffix(" %")
            .text(tr!("settings-volume")),
    );
    if response.changed() {
        *volume = percent / 100.0;
    }
    let said = tr!("settings-volume-said", percent = percent);
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_value(said));
}
