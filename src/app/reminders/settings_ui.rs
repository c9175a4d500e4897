//! The Reminders part of the Settings window: the reminders set, adding and removing one.

use std::time::Duration;

use egui::RichText;

use super::words::{autostart_words, without_detail};
use super::{Probe, Reminding, Unreadable, read, title_of};
use crate::app::AppDeps;
use crate::app::catalog::Library;
use crate::app::widgets::{sentence, warn, warning_line};
use crate::home::Home;
use crate::remind::change::{self};
use crate::remind::store::{self, StoreError};
use crate::remind::words::{days_words, time_error_words, time_words};
use crate::reminders::{Reminder, Reminders, TimeOfDay};
use crate::resolve::Resolve;
use crate::tr;

impl Reminding {
    /// The Reminders part of the Settings window.
    pub(crate) fn settings_ui(&mut self, ui: &mut egui::Ui, deps: &AppDeps, library: &Library) {
        ui.separator();
        ui.label(RichText::new(tr!("reminders-heading")).strong());
        let r = &*self;
        match &r.probe {
            Probe::Known(Ok(capabilities)) => {
                ui.label(if capabilities.actions {
                    tr!("reminders-desktop-with-buttons")
                } else {
                    tr!("reminders-desktop-without-buttons")
                });
            }
            Probe::Known(Err(e)) => {
                let (said, detail) = without_detail(e);
                let label = ui.add(
                    egui::Label::new(RichText::new(said).color(ui.visuals().warn_fg_color)).wrap(),
                );
                if let Some(detail) = detail {
                    label.on_hover_text(detail);
                }
            }
            Probe::NotYet | Probe::Asking(_) => {
                ui.label(tr!("reminders-desktop-asking"));
            }
        }
        if let Err(e) = &r.presence {
            let why = sentence(&e.to_string());
            warn(ui, &tr!("reminders-presence-failed", why = why));
        }
        let mut remove = None;
        let mut set_aside = false;
        match &r.file {
            Err(unreadable) => {
                warn(ui, &unreadable.message);
                if unreadable.damaged {
                    set_aside = ui.button(tr!("reminders-set-aside")).clicked();
                }
            }
            Ok(reminders) if reminders.is_empty() => {
                ui.label(tr!("reminders-none"));
            }
            Ok(reminders) => {
                // The routine's name and Remove share the last column, where they wrap: a
                // bundled routine's name is long in French ("Étirement du psoas sur le dos, en
                // bout de banc"), and the window may be narrow.
                egui::Grid::new("reminders")
                    .num_columns(3)
                    .spacing([12.0, 6.0])
                    .show(ui, |ui| {
                        for (reminder, name) in reminders.list().iter().zip(&r.names) {
                            let time = time_words(reminder.at);
                            ui.label(&time);
                            ui.label(days_words(reminder.days));
                            ui.horizontal_wrapped(|ui| {
                                ui.label(name);
                                let label =
                                    tr!("reminders-remove-name", time = time, routine = name);
                                let button = ui.button(tr!("reminders-remove"));
                                button.widget_info(|| {
                                    egui::WidgetInfo::labeled(egui::Role::Button, true, &label)
                                });
                                if button.clicked() {
                                    remove = Some(reminder.clone());
                                }
                            });
                            ui.end_row();
                        }
                    });
            }
        }
        let add = if r.file.is_ok() {
            self.new_reminder_ui(ui, &deps.home, library)
        } else {
            None
        };
        if let Some(said) = &self.said {
            ui.add(egui::Label::new(said.as_str()).wrap());
        }
        if set_aside {
            self.set_aside_reminders(deps);
        }
        if let Some(reminder) = remove {
            self.change_reminders(deps, |reminders| {
                let kept: Vec<Reminder> = reminders
                    .list()
                    .iter()
                    .filter(|r| **r != reminder)
                    .cloned()
                    .collect();
                *reminders = Reminders::from(kept);
                None
            });
        }
        if let Some(reminder) = add {
            self.change_reminders(deps, |reminders| {
                reminders.set(reminder.clone());
                Some(reminder)
            });
        }
    }

    /// The form for a new reminder; returns the reminder to add when "Add reminder" is clicked.
    fn new_reminder_ui(
        &mut self,
        ui: &mut egui::Ui,
        home: &Home,
        library: &Library,
    ) -> Option<Reminder> {
        let choices: Vec<(String, String)> = usable(home, library);
        let form = &mut self.form;
        if form
            .routine
            .as_ref()
            .is_none_or(|chosen| !choices.contains(chosen))
        {
            form.routine = choices.first().cloned();
        }
        ui.add_space(4.0);
        ui.label(tr!("reminders-add-heading"));
        ui.horizontal(|ui| {
            let routine = tr!("reminders-routine");
            ui.label(&routine);
            let shown = form.routine.as_ref().map_or("", |(_, name)| name.as_str());
            let shown = shown.to_owned();
            let combo = egui::ComboBox::from_id_salt("reminder routine")
                .selected_text(&shown)
                .show_ui(ui, |ui| {
                    for choice in &choices {
                        ui.selectable_value(&mut form.routine, Some(choice.clone()), &choice.1);
                    }
                });
            combo.response.widget_info(|| {
                let mut info = egui::WidgetInfo::labeled(egui::Role::ComboBox, true, &routine);
                info.current_text_value = Some(shown.clone());
                info
            });
        });
        ui.horizontal(|ui| {
            ui.label(tr!("reminders-time"));
            let field = ui.add(
                egui::TextEdit::singleline(&mut form.time)
                    .desired_width(60.0)
                    .hint_text("08:00"),
            );
            field.widget_info(|| {
                egui::WidgetInfo::labeled(egui::Role::TextInput, true, tr!("reminders-time-name"))
            });
        });
        // Under the field, on a line of its own kept for it: beside the field, a long message
        // widened the window and pushed "Add reminder" half out of view.
        let time = form.time.parse::<TimeOfDay>();
        let problem = time.as_ref().err().map(time_error_words);
        warning_line(ui, problem.as_deref());
        let time = time.ok();
        form.days.ui(ui);
        let ready = match (&form.routine, time, form.days.days()) {
            (Some((key, _)), Some(at), Some(days)) => Some(Reminder::new(key.clone(), at, days)),
            _ => None,
        };
        let clicked = ui
            .add_enabled(ready.is_some(), egui::Button::new(tr!("reminders-add")))
            .clicked();
        ready.filter(|_| clicked)
    }

    /// Changes the reminders as Settings asks, saying what came of it there.
    fn change_reminders(
        &mut self,
        deps: &AppDeps,
        change: impl FnOnce(&mut Reminders) -> Option<Reminder>,
    ) {
        let home = deps.home.clone();
        match change::update(&home, &self.startup, change) {
            Ok(changed) => {
                let mut words = match &changed.result {
                    Some(added) => {
                        let routine = title_of(&home, &added.routine);
                        let (time, days) = (time_words(added.at), days_words(added.days));
                        tr!("remind-set", routine = routine, time = time, days = days)
                    }
                    None => tr!("reminders-removed"),
                };
                if let Some(more) = autostart_words(changed.autostart) {
                    words.push(' ');
                    words.push_str(&more);
                }
                self.said = Some(words);
                self.took(&home, Ok(changed.reminders));
                self.look_at = Duration::ZERO;
            }
            Err(e) => {
                self.said = None;
                self.took(
                    &home,
                    Err(Unreadable {
                        damaged: matches!(e, StoreError::Broken { .. }),
                        message: sentence(&e.to_string()),
                    }),
                );
            }
        }
    }

    /// Moves a damaged reminders file aside (kept, not deleted), as the person chose.
    fn set_aside_reminders(&mut self, deps: &AppDeps) {
        let home = deps.home.clone();
        let now = deps.calendar.local(deps.clock.now()).timestamp();
        self.said = Some(match store::set_aside(&home, now) {
            Ok(aside) => {
                let file = aside.display().to_string();
                tr!("reminders-kept-aside", file = file)
            }
            Err(e) => sentence(&e.to_string()),
        });
        let file = read(&home);
        self.took(&home, file);
    }
}

/// The library's routines that can be started, as reminders name them, with their names.
pub(super) fn usable(home: &Home, library: &Library) -> Vec<(String, String)> {
    // The folder read once for all of them.
    let files = home.routine_files();
    library
        .entries
        .iter()
        .filter(|e| e.routine.is_ok())
        .map(|e| (e.source.argument_among(&files), e.title()))
        .collect()
}
