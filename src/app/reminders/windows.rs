//! The windows of the reminders: one due now, and "Remind me" on a routine's page.

use egui::RichText;

use super::ReminderAction;
use super::forms::{RemindMe, RemindMeAnswer};
use super::words::prescription_words;
use crate::app::widgets::{sentence, warn};
use crate::remind::Notice as Due;
use crate::reminders::TimeOfDay;

/// A due reminder, shown in the window.
pub(super) fn notice_window(ctx: &egui::Context, notice: &Due) -> Option<ReminderAction> {
    let mut action = None;
    egui::Window::new("Reminder")
        .anchor(egui::Align2::CENTER_TOP, [0.0, 56.0])
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            // Large: read from across the room.
            ui.label(RichText::new(&notice.summary).size(28.0).strong());
            ui.label(RichText::new(&notice.body).size(18.0));
            ui.add_space(8.0);
            ui.horizontal(|ui| {
                let big = |text: &str| {
                    egui::Button::new(RichText::new(text).size(20.0))
                        .min_size(egui::vec2(0.0, 40.0))
                };
                if notice.startable && ui.add(big("Start now")).clicked() {
                    action = Some(ReminderAction::Start(notice.routine.clone()));
                }
                if ui.add(big("In 15 minutes")).clicked() {
                    action = Some(ReminderAction::Snooze(notice.routine.clone()));
                }
                if ui.add(big("Dismiss")).clicked() {
                    action = Some(ReminderAction::Dismiss);
                }
            });
        });
    action
}

/// "Remind me": the times and days, suggested from the prescription, to change before saving.
pub(super) fn remind_me_window(
    ctx: &egui::Context,
    dialog: &mut RemindMe,
) -> Option<RemindMeAnswer> {
    let mut answer = None;
    egui::Window::new("Remind me")
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.heading(RichText::new(&dialog.name).strong());
            ui.label(match dialog.schedule {
                Some(schedule) => format!(
                    "Prescribed {}. These times are suggested: change them as you like.",
                    prescription_words(schedule)
                ),
                None => "No prescription: one reminder a day is suggested. Change it as you like."
                    .to_owned(),
            });
            if !dialog.already.is_empty() {
                ui.label(format!(
                    "Already set: {} (remove them in Settings).",
                    dialog.already.join(", ")
                ));
            }
            ui.add_space(6.0);
            let mut remove = None;
            for (i, time) in dialog.times.iter_mut().enumerate() {
                ui.horizontal(|ui| {
                    let n = i + 1;
                    ui.label(format!("Time {n}"));
                    let field = ui.add(egui::TextEdit::singleline(time).desired_width(60.0));
                    field.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::TextInput,
                            true,
                            format!("Reminder time {n}"),
                        )
                    });
                    let button = ui.button("Remove");
                    button.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Button,
                            true,
                            format!("Remove time {n}"),
                        )
                    });
                    if button.clicked() {
                        remove = Some(i);
                    }
                    if let Err(e) = time.parse::<TimeOfDay>() {
                        warn(ui, &sentence(&e.to_string()));
                    }
                });
            }
            if let Some(i) = remove {
                dialog.times.remove(i);
            }
            if ui.button("Add a time").clicked() {
                dialog.times.push(String::new());
            }
            ui.add_space(6.0);
            dialog.days.ui(ui);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let ready = dialog.times().is_some() && dialog.days.days().is_some();
                if ui
                    .add_enabled(ready, egui::Button::new("Save reminders"))
                    .clicked()
                {
                    answer = Some(RemindMeAnswer::Save);
                }
                if ui.button("Cancel").clicked() {
                    answer = Some(RemindMeAnswer::Cancel);
                }
            });
        });
    answer
}
