//! What a reminder says: the routine's name and how long it takes, in the language of the thread
//! that asks.

use crate::engine::Plan;
use crate::home::Home;
use crate::progress::Source;
use crate::remind::words::takes;
use crate::resolve::Resolve;
use crate::routine::Routine;
use crate::tr;

/// A reminder as shown: a summary naming the routine and a body saying how long it takes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Notice {
    /// The routine as the reminder names it (what "Start now" opens).
    pub routine: String,
    /// One line: `Time for Morning stretch`.
    pub summary: String,
    /// `It takes about 12 minutes.`, or why the routine could not be read.
    pub body: String,
    /// Whether the routine can be started ("Start now" is offered only then).
    pub startable: bool,
}

impl Notice {
    /// The notice for `routine` (a reminder's routine as stored), reading the routine from `home`
    /// or the bundled ones.
    pub fn for_routine(home: &Home, routine: &str) -> Notice {
        let loaded = Source::from_arg(routine, home)
            .map_err(|e| e.to_string())
            .and_then(|source| source.load().map_err(|e| e.to_string()));
        match loaded {
            Ok(r) => Notice::of(routine, &r),
            Err(why) => Notice {
                routine: routine.to_owned(),
                summary: tr!("remind-time-for", routine = routine),
                body: tr!("remind-cannot-open", why = why),
                startable: false,
            },
        }
    }

    /// The notice for `loaded`, known by the reminder as `routine`.
    pub fn of(routine: &str, loaded: &Routine) -> Notice {
        let name = &loaded.name;
        Notice {
            routine: routine.to_owned(),
            summary: tr!("remind-time-for", routine = name),
            body: takes(Plan::new(loaded).total),
            startable: true,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_bundled_routine_is_named_with_its_length() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        let bundled = &crate::bundled::ALL[0];
        let notice = Notice::for_routine(&home, bundled.id);
        let routine = bundled.load("en").unwrap();
        assert_eq!(notice.summary, format!("Time for {}", routine.name));
        assert!(notice.body.starts_with("It takes "), "{}", notice.body);
        assert!(notice.startable);
    }

    #[test]
    fn a_routine_that_is_gone_is_still_named() {
        let dir = tempfile::tempdir().unwrap();
        let notice = Notice::for_routine(&Home::at(dir.path()), "evening");
        assert_eq!(notice.summary, "Time for evening");
        assert!(
            notice
                .body
                .starts_with("The routine could not be opened: no routine named")
        );
        assert!(!notice.startable);
    }
}
