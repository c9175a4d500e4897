//! The prescription in the editor: how often the therapist suggests doing the routine, as the
//! format's `schedule: Schedule(days_per_week: 5, times_per_day: 2)`, with how many times a week
//! that makes. The two numbers are always drawn, greyed out without a prescription, so ticking
//! the box moves nothing.

use crate::limits;
use crate::routine::Schedule;
use crate::tr;

/// The prescription's fields. Returns the responses of everything the person could change, joined.
pub(super) fn schedule_ui(ui: &mut egui::Ui, schedule: &mut Option<Schedule>) -> egui::Response {
    ui.vertical(|ui| {
        let mut prescribed = schedule.is_some();
        let name = tr!("editor-schedule", "box");
        let mut response = ui.checkbox(&mut prescribed, &name);
        response.widget_info(|| {
            egui::WidgetInfo::selected(egui::Role::CheckBox, true, prescribed, &name)
        });
        let mut chosen = schedule.unwrap_or_default();
        ui.add_enabled_ui(prescribed, |ui| {
            ui.horizontal_wrapped(|ui| {
                for (value, range, unit, name) in [
                    (
                        &mut chosen.days_per_week,
                        limits::DAYS_PER_WEEK,
                        tr!("editor-schedule", "days"),
                        tr!("editor-schedule", "days-name"),
                    ),
                    (
                        &mut chosen.times_per_day,
                        limits::TIMES_PER_DAY,
                        tr!("editor-schedule", "times"),
                        tr!("editor-schedule", "times-name"),
                    ),
                ] {
                    let r = ui.add(egui::DragValue::new(value).range(range.min..=range.max));
                    r.widget_info(|| {
                        egui::WidgetInfo::labeled(egui::Role::SpinButton, prescribed, &name)
                    });
                    ui.label(unit);
                    response |= r;
                }
            });
            let week = chosen.sessions_per_week();
            let words = if prescribed {
                tr!("editor-schedule-week", week = week)
            } else {
                tr!("editor-schedule-none")
            };
            ui.label(egui::RichText::new(words).weak());
        });
        *schedule = prescribed.then_some(chosen);
        response
    })
    .inner
}
