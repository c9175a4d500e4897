//! Desktop notifications: sent with `notify-rust` on its default backend, zbus (D-Bus in pure
//! Rust: no libdbus), to the notification server of the session bus
//! (`org.freedesktop.Notifications`).
//!
//! Before the first notification, [`probe`] asks the server for its capabilities on a zbus
//! connection of our own, which tells the two ways there can be no notifications apart:
//! [`NotifyError::NoBus`] (no session bus: not in a desktop session) and
//! [`NotifyError::NoServer`] (a bus, but nothing on it shows notifications). The actions ("Start
//! now", "In 15 minutes") are offered only where the server lists the `actions` capability.
//!
//! Each notification shown with actions has a thread of its own waiting for the person's answer
//! (notify-rust keeps the connection it was sent on, which some servers send the answer to); the
//! answer becomes an [`Event`] on a channel, and the daemon is woken. When a routine is reminded
//! again while its previous notification is still up, that one is closed first, so there is one
//! notification per routine and no waiting thread outlives its notification.

use std::sync::mpsc::Sender;

use crate::remind::daemon::{Event, Notifier};
use crate::remind::notice::Notice;

/// The action key of "Start now".
pub const START: &str = "start";
/// The action key of "In 15 minutes".
pub const SNOOZE: &str = "snooze";
/// The label of "Start now", in the language of the thread that asks.
pub fn start_label() -> String {
    crate::tr!("remind-start-now")
}
/// The label of "In 15 minutes", in the language of the thread that asks.
pub fn snooze_label() -> String {
    crate::tr!("remind-snooze")
}
/// The name the notifications are sent under.
pub const APP_NAME: &str = "Stretch Timer";

/// Why a notification could not be shown (its words: [`crate::remind::words`]).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum NotifyError {
    /// There is no session bus: the program is not running in a desktop session.
    NoBus {
        /// What the connection attempt said.
        detail: String,
    },
    /// There is a session bus, but no notification server on it.
    NoServer {
        /// What the bus said.
        detail: String,
    },
    /// This system's notifications are not supported yet (only the freedesktop.org ones are).
    Unsupported,
    /// The server is there but did not take this notification.
    Failed {
        /// What it said.
        detail: String,
    },
}

impl NotifyError {
    /// Whether no notification can be shown at all (as opposed to this one failing): the daemon
    /// then stops.
    pub fn is_fatal(&self) -> bool {
        match self {
            NotifyError::NoBus { .. } | NotifyError::NoServer { .. } | NotifyError::Unsupported => {
                true
            }
            NotifyError::Failed { .. } => false,
        }
    }
}

/// What the notification server is and can do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Capabilities {
    /// The server's name and version, as it gives them.
    pub server: String,
    /// Whether it shows action buttons.
    pub actions: bool,
}

#[cfg(all(unix, not(target_os = "macos")))]
pub use xdg::{DesktopNotifier, probe};

#[cfg(not(all(unix, not(target_os = "macos"))))]
pub use unsupported::{DesktopNotifier, probe};

#[cfg(all(unix, not(target_os = "macos")))]
mod xdg {
    use std::collections::HashMap;
    use std::sync::{Arc, Mutex, PoisonError};

    use super::*;
    use crate::remind::daemon::Action;

    const NAME: &str = "org.freedesktop.Notifications";
    const PATH: &str = "/org/freedesktop/Notifications";

    fn connect() -> Result<zbus::blocking::Connection, NotifyError> {
        zbus::blocking::Connection::session().map_err(|e| NotifyError::NoBus {
            detail: e.to_string(),
        })
    }

    fn call<R>(conn: &zbus::blocking::Connection, method: &str) -> Result<R, NotifyError>
    where
        R: for<'d> serde::Deserialize<'d> + zbus::zvariant::Type,
    {
        let reply = conn
            .call_method(Some(NAME), PATH, Some(NAME), method, &())
            .map_err(|e| match e {
                zbus::Error::MethodError(..) | zbus::Error::FDO(_) => NotifyError::NoServer {
                    detail: e.to_string(),
                },
                e => NotifyError::NoBus {
                    detail: e.to_string(),
                },
            })?;
        reply.body().deserialize().map_err(|e| NotifyError::Failed {
            detail: e.to_string(),
        })
    }

    fn capabilities_on(conn: &zbus::blocking::Connection) -> Result<Capabilities, NotifyError> {
        let capabilities: Vec<String> = call(conn, "GetCapabilities")?;
        let (name, _vendor, version, _spec): (String, String, String, String) =
            call(conn, "GetServerInformation")?;
        Ok(Capabilities {
            server: format!("{name} {version}"),
            actions: capabilities.iter().any(|c| c == "actions"),
        })
    }

    /// Asks the session bus's notification server what it can do: the check to make before
    /// promising reminders (the app's Settings, the daemon's start).
    pub fn probe() -> Result<Capabilities, NotifyError> {
        capabilities_on(&connect()?)
    }

    /// Notifications on the desktop's notification server.
    pub struct DesktopNotifier {
        conn: zbus::blocking::Connection,
        capabilities: Capabilities,
        /// The notification up for each routine, by its id on the server; a waiting thread
        /// removes its own when the person answers or it closes.
        open: Arc<Mutex<HashMap<String, u32>>>,
        events: Sender<Event>,
        wake: Arc<dyn Fn() + Send + Sync>,
    }

    impl DesktopNotifier {
        /// Connects to the session bus and asks the server what it can do. Answers to
        /// notifications are sent on `events`, each followed by a call to `wake`.
        pub fn connect(
            events: Sender<Event>,
            wake: impl Fn() + Send + Sync + 'static,
        ) -> Result<DesktopNotifier, NotifyError> {
            let conn = connect()?;
            let capabilities = capabilities_on(&conn)?;
            Ok(DesktopNotifier {
                conn,
                capabilities,
                open: Arc::default(),
                events,
                wake: Arc::new(wake),
            })
        }

        /// What the server can do.
        pub fn capabilities(&self) -> &Capabilities {
            &self.capabilities
        }

        fn close(&self, id: u32) {
            // Already closed by the person or the server: nothing to do.
            let _ =
                self.conn
                    .call_method(Some(NAME), PATH, Some(NAME), "CloseNotification", &(id,));
        }

        /// Why showing failed: the bus or server gone (fatal), or just this one.
        fn failure(&self, error: &notify_rust::error::Error) -> NotifyError {
            match probe() {
                Err(fatal) if fatal.is_fatal() => fatal,
                _ => NotifyError::Failed {
                    detail: error.to_string(),
                },
            }
        }
    }

    impl Notifier for DesktopNotifier {
        fn show(&mut self, notice: &Notice) -> Result<(), NotifyError> {
            let open = |map: &mut HashMap<String, u32>| map.remove(&notice.routine);
            let previous = open(&mut self.open.lock().unwrap_or_else(PoisonError::into_inner));
            if let Some(id) = previous {
                self.close(id);
            }
            let mut notification = notify_rust::Notification::new();
            notification
                .appname(APP_NAME)
                .summary(&notice.summary)
                .body(&notice.body);
            if self.capabilities.actions {
                if notice.startable {
                    notification.action(START, &start_label());
                }
                notification.action(SNOOZE, &snooze_label());
            }
            let handle = notification.show().map_err(|e| self.failure(&e))?;
            if !self.capabilities.actions {
                return Ok(());
            }
            let id = handle.id();
            let routine = notice.routine.clone();
            self.open
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .insert(routine.clone(), id);
            let (open, events, wake) = (self.open.clone(), self.events.clone(), self.wake.clone());
            let waiting = move || {
                let answer = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    let mut answer = Action::Dismissed;
                    handle.wait_for_action(|key| {
                        answer = match key {
                            START => Action::Start,
                            SNOOZE => Action::Snooze,
                            _ => Action::Dismissed,
                        };
                    });
                    answer
                }))
                // The bus went away while waiting: as if dismissed.
                .unwrap_or(Action::Dismissed);
                let mut map = open.lock().unwrap_or_else(PoisonError::into_inner);
                if map.get(&routine) == Some(&id) {
                    map.remove(&routine);
                }
                drop(map);
                // The daemon may have stopped: then no one is waiting for the answer.
                if events
                    .send(Event {
                        routine,
                        action: answer,
                    })
                    .is_ok()
                {
                    wake();
                }
            };
            std::thread::Builder::new()
                .name("stretch-timer-notice".to_owned())
                .spawn(waiting)
                .map_err(|e| {
                    let why = e.to_string();
                    NotifyError::Failed {
                        detail: crate::tr!("remind-error-cannot-wait", why = why),
                    }
                })?;
            Ok(())
        }
    }
}

#[cfg(not(all(unix, not(target_os = "macos"))))]
mod unsupported {
    use super::*;

    /// Not supported here yet: always [`NotifyError::Unsupported`].
    pub fn probe() -> Result<Capabilities, NotifyError> {
        Err(NotifyError::Unsupported)
    }

    /// Notifications are not supported on this system yet.
    pub struct DesktopNotifier;

    impl DesktopNotifier {
        /// Always [`NotifyError::Unsupported`].
        pub fn connect(
            _events: Sender<Event>,
            _wake: impl Fn() + Send + Sync + 'static,
        ) -> Result<DesktopNotifier, NotifyError> {
            Err(NotifyError::Unsupported)
        }
    }

    impl Notifier for DesktopNotifier {
        fn show(&mut self, _notice: &Notice) -> Result<(), NotifyError> {
            Err(NotifyError::Unsupported)
        }
    }
}
