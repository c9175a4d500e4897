//! Reminders in words, as the app says them: a prescription, the autostart entry, a desktop's
//! error. Days, times and errors are said as everywhere else ([`crate::remind::words`]).

use crate::remind::NotifyError;
use crate::remind::autostart::{AutostartError, Change};
use crate::routine::Schedule;
use crate::tr;

/// A prescription, with the times suggested for it: `Prescribed 5 days a week, twice a day.
/// These times are suggested: …`.
pub(super) fn prescription_words(schedule: Schedule) -> String {
    let (days, times) = (schedule.days_per_week, schedule.times_per_day);
    tr!("reminders-prescribed", days = days, times = times)
}

/// What became of the autostart entry, in words for the person; nothing if nothing changed.
pub(super) fn autostart_words(autostart: Option<Result<Change, AutostartError>>) -> Option<String> {
    match autostart? {
        Ok(Change::Written(_)) => Some(tr!("reminders-autostart-written")),
        Ok(Change::Removed(_)) => Some(tr!("reminders-autostart-removed")),
        Ok(Change::Unchanged) => None,
        Err(e) => {
            let why = e.to_string();
            Some(tr!("reminders-autostart-failed", why = why))
        }
    }
}

/// Why notifications cannot be shown, and what the app does instead, in plain words first; what
/// the system said apart, for whoever looks closer.
pub(super) fn without_detail(error: &NotifyError) -> (String, Option<&str>) {
    match error {
        NotifyError::NoBus { detail } => (tr!("reminders-desktop-no-bus"), Some(detail)),
        NotifyError::NoServer { detail } => (tr!("reminders-desktop-no-server"), Some(detail)),
        NotifyError::Unsupported | NotifyError::Failed { .. } => {
            let why = crate::app::widgets::sentence(&error.to_string());
            (tr!("reminders-desktop-cannot", why = why), None)
        }
    }
}
