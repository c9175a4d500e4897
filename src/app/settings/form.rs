//! The settings' form, in the Settings window.

use super::speech;
use crate::app::prefs::{Settings, TEXT_SIZES, Theme};
use crate::app::widgets::radio_group;
use crate::audio::CueStyle;
use crate::l10n;
use crate::tr;

/// How the form's rows are laid out: each setting's name beside its control (a grid of two
/// columns), or above it where the window has no room for the two side by side (a small window at
/// the largest text, in a language with longer words than English).
pub(super) struct Rows {
    above: bool,
}

impl Rows {
    /// Each name beside its control, in a grid of two columns.
    pub(super) const BESIDE: Self = Self { above: false };

    /// One setting: `name` draws its name (and returns what the control needs of it, such as its
    /// id), then `control` draws what changes it.
    pub(super) fn row<R>(
        &self,
        ui: &mut egui::Ui,
        name: impl FnOnce(&mut egui::Ui) -> R,
        control: impl FnOnce(&mut egui::Ui, R),
    ) {
        if self.above {
            ui.vertical(|ui| {
                let named = name(ui);
                control(ui, named);
            });
            ui.add_space(ui.spacing().item_spacing.y);
        } else {
            let named = name(ui);
            control(ui, named);
            ui.end_row();
        }
    }
}

/// The settings' form: cues, volume, theme, the pain question, the text size. Returns true if
/// anything changed. Laid out as a grid where it fits the window; the grid's width is measured
/// as it is drawn and remembered for each language, and a frame drawn too wide is redrawn with
/// the names above their controls before anyone sees it.
pub(crate) fn form(ui: &mut egui::Ui, settings: &mut Settings) -> bool {
    let before = settings.clone();
    let id = egui::Id::unique(("settings-grid-width", l10n::language().to_string()));
    let room = ui.available_width();
    let needs = ui.data(|d| d.get_temp::<f32>(id));
    if needs.is_some_and(|needs| needs > room + 0.5) {
        ui.vertical(|ui| rows(ui, &Rows { above: true }, settings));
    } else {
        let grid = egui::Grid::new("settings")
            .num_columns(2)
            .spacing([16.0, 10.0])
            .show(ui, |ui| rows(ui, &Rows::BESIDE, settings));
        let width = grid.response.rect.width();
        ui.data_mut(|d| d.insert_temp(id, width));
        if width > room + 0.5 {
            ui.ctx()
                .request_discard("the settings are too wide for the window side by side");
        }
    }
    *settings != before
}

fn rows(ui: &mut egui::Ui, rows: &Rows, settings: &mut Settings) {
    rows.row(
        ui,
        |ui| ui.label(tr!("settings-language")).id,
        |ui, label| language_ui(ui, &mut settings.language, label),
    );
    let cues = tr!("settings-cues");
    rows.row(
        ui,
        |ui| ui.label(&cues),
        |ui, _| {
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
        },
    );
    speech::rows_as(
        ui,
        rows,
        &mut settings.speech,
        crate::speech::system_status(),
    );
    rows.row(
        ui,
        |ui| ui.label(tr!("settings-volume")),
        |ui, _| volume_ui(ui, &mut settings.volume),
    );
    rows.row(
        ui,
        |ui| ui.label(tr!("settings-sound")),
        |ui, _| {
            ui.checkbox(&mut settings.muted, tr!("settings-mute"));
        },
    );
    rows.row(
        ui,
        |ui| ui.label(tr!("settings-countdown")),
        |ui, _| {
            ui.checkbox(&mut settings.ticks, tr!("settings-ticks"));
        },
    );
    let theme = tr!("settings-theme");
    rows.row(
        ui,
        |ui| ui.label(&theme),
        |ui, _| {
            radio_group(ui, &theme, |ui| {
                ui.radio_value(&mut settings.theme, Theme::Dark, tr!("settings-theme-dark"));
                ui.radio_value(
                    &mut settings.theme,
                    Theme::Light,
                    tr!("settings-theme-light"),
                );
            });
        },
    );
    rows.row(
        ui,
        |ui| ui.label(tr!("settings-pain")),
        |ui, _| {
            ui.checkbox(&mut settings.ask_pain, tr!("settings-ask-pain"));
        },
    );
    let text_size = tr!("settings-text-size");
    rows.row(
        ui,
        |ui| ui.label(&text_size),
        |ui, _| {
            radio_group(ui, &text_size, |ui| {
                for ((scale, _), label) in TEXT_SIZES.into_iter().zip([
                    tr!("settings-text-normal"),
                    tr!("settings-text-large"),
                    tr!("settings-text-largest"),
                ]) {
                    ui.radio_value(&mut settings.text_scale, scale, label);
                }
            });
        },
    );
}

/// The app's language: the system's, or one of those offered, each by its own name ("Deutsch").
fn language_ui(ui: &mut egui::Ui, language: &mut Option<String>, label: egui::Id) {
    let system = l10n::choose(&l10n::system_languages());
    let system_name = l10n::own_name(&system);
    let system_choice = tr!("settings-language-system", language = system_name);
    let shown = language
        .as_deref()
        .and_then(l10n::offered_named)
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
}

/// The volume as a percentage, shown and read out as one ("80 percent", not "0.8"); kept as a
/// fraction.
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
