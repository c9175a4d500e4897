//! The settings' form, in the Settings window.

use super::speech;
use crate::app::prefs::{Settings, TEXT_SIZES, Theme};
use crate::app::widgets::radio_group;
use crate::audio::CueStyle;

/// The settings' form: cues, volume, theme, the pain question, the text size. Returns true if
/// anything changed.
pub(crate) fn form(ui: &mut egui::Ui, settings: &mut Settings) -> bool {
    let before = settings.clone();
    egui::Grid::new("settings")
        .num_columns(2)
        .spacing([16.0, 10.0])
        .show(ui, |ui| {
            ui.label("Cues");
            radio_group(ui, "Cues", |ui| {
                ui.radio_value(&mut settings.style, CueStyle::Tones, "Tones");
                ui.radio_value(&mut settings.style, CueStyle::Voice, "Voice");
                ui.radio_value(&mut settings.style, CueStyle::Both, "Both");
            });
            ui.end_row();
            speech::rows(ui, &mut settings.speech, crate::speech::system_status());

            ui.label("Volume");
            volume_ui(ui, &mut settings.volume);
            ui.end_row();

            ui.label("Sound");
            ui.checkbox(&mut settings.muted, "Mute");
            ui.end_row();

            ui.label("Countdown");
            ui.checkbox(&mut settings.ticks, "Countdown ticks");
            ui.end_row();

            ui.label("Theme");
            radio_group(ui, "Theme", |ui| {
                ui.radio_value(&mut settings.theme, Theme::Dark, "Dark");
                ui.radio_value(&mut settings.theme, Theme::Light, "Light");
            });
            ui.end_row();

            ui.label("Pain");
            ui.checkbox(&mut settings.ask_pain, "Ask about pain before a routine");
            ui.end_row();

            ui.label("Text size");
            radio_group(ui, "Text size", |ui| {
                for (scale, label) in TEXT_SIZES {
                    ui.radio_value(&mut settings.text_scale, scale, label);
                }
            });
            ui.end_row();
        });
    *settings != before
}

/// The volume as a percentage, shown and read out as one ("80 percent", not "0.8"); kept as a
/// fraction.
fn volume_ui(ui: &mut egui::Ui, volume: &mut f32) {
    let mut percent = (*volume * 100.0).round();
    let response = ui.add(
        egui::Slider::new(&mut percent, 0.0..=100.0)
            .step_by(5.0)
            .suffix(" %")
            .text("Volume"),
    );
    if response.changed() {
        *volume = percent / 100.0;
    }
    let said = format!("{percent:.0} percent");
    ui.ctx()
        .accesskit_node_builder(response.id, |node| node.set_value(said));
}
