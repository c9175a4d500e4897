//! The windows of the reminders: one due now, and "Remind me" on a routine's page.

use egui::RichText;

use super::ReminderAction;
use super::forms::{RemindMe, RemindMeAnswer};
use super::words::prescription_words;
use crate::app::widgets::warning_line;
use crate::remind::Notice as Due;
use crate::remind::words::time_error_words;
use crate::reminders::TimeOfDay;
use crate::tr;

/// A due reminder, shown in the window.
pub(super) fn notice_window(ctx: &egui::Context, notice: &Due) -> Option<ReminderAction> {
    let mut action = None;
    egui::Window::new(tr!("reminders-due"))
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
                if notice.startable && ui.add(big(&tr!("remind-start-now"))).clicked() {
                    action = Some(ReminderAction::Start(notice.routine.clone()));
                }
                if ui.add(big(&tr!("remind-snooze"))).clicked() {
                    action = Some(ReminderAction::Snooze(notice.routine.clone()));
                }
                if ui.add(big(&tr!("reminders-dismiss"))).clicked() {
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
    egui::Window::new(tr!("reminders-remind-me"))
        .anchor(egui::Align2::CENTER_CENTER, [0.0, 0.0])
        .collapsible(false)
        .resizable(false)
        .show(ctx, |ui| {
            ui.heading(RichText::new(&dialog.name).strong());
            ui.label(match dialog.schedule {
                Some(schedule) => prescription_words(schedule),
                None => tr!("reminders-no-prescription"),
            });
            if !dialog.already.is_empty() {
                let list = dialog.already.join(", ");
                ui.label(tr!("reminders-already", list = list));
            }
            ui.add_space(6.0);
            let mut remove = None;
            for (i, time) in dialog.times.iter_mut().enumerate() {
                ui.horizontal(|ui| {
                    let n = i + 1;
                    ui.label(tr!("reminders-time-n", n = n));
                    let field = ui.add(egui::TextEdit::singleline(time).desired_width(60.0));
                    field.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::TextInput,
                            true,
                            tr!("reminders-time-n-name", n = n),
                        )
                    });
                    let button = ui.button(tr!("reminders-remove"));
                    button.widget_info(|| {
                        egui::WidgetInfo::labeled(
                            egui::Role::Button,
                            true,
                            tr!("reminders-remove-time-n", n = n),
                        )
                    });
                    if button.clicked() {
                        remove = Some(i);
                    }
                });
                // On a line kept for it under the time, as in Settings: said beside it, a
                // half-typed time ("8:") widened the window and pushed the buttons away.
                let problem = time
                    .parse::<TimeOfDay>()
                    .err()
                    .map(|e| time_error_words(&e));
                warning_line(ui, problem.as_deref());
            }
            if let Some(i) = remove {
                dialog.times.remove(i);
            }
            if ui.button(tr!("reminders-add-time")).clicked() {
                dialog.times.push(String::new());
            }
            ui.add_space(6.0);
            dialog.days.ui(ui);
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let ready = dialog.times().is_some() && dialog.days.days().is_some();
                if ui
                    .add_enabled(ready, egui::Button::new(tr!("reminders-save")))
                    .clicked()
                {
                    answer = Some(RemindMeAnswer::Save);
                }
                if ui.button(tr!("ask-cancel")).clicked() {
                    answer = Some(RemindMeAnswer::Cancel);
                }
            });
        });
    answer
}
