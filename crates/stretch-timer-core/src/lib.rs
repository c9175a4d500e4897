//! The pure core of stretch-timer: the routine format, its checker and the timing engine.
//!
//! [`routine`] reads and checks routine files, [`engine`] turns a routine into a timeline and steps
//! through it with time passed in, [`score`] says what each moment of it sounds like, and
//! [`bundled`] holds the routines that ship inside the program. [`cue_sounds`] and [`limits`]
//! each declare one vocabulary once.
//!
//! This crate cannot draw, play sound or read the wall clock: its dependencies reach no window
//! system, sound device or command-line parser, so the compiler keeps it pure.
//!
//! ```
//! use std::sync::Arc;
//! use std::time::Duration;
//! use stretch_timer_core::engine::{Command, CueKind, Plan, Session};
//! use stretch_timer_core::routine::parse;
//!
//! let text = r#"Routine(format: 1, name: "Quick", steps: [Step(name: "Psoas", hold: "30s")])"#;
//! let routine = parse(text, None).expect("a valid routine");
//! let plan = Arc::new(Plan::new(&routine));
//! assert_eq!(plan.total, Duration::from_secs(35)); // 5 s to get ready, 30 s hold
//!
//! // Time is passed in: here seconds from an arbitrary origin.
//! let mut session = Session::new(plan);
//! session.apply(Command::Start, Duration::from_secs(100));
//! let due = session.poll(Duration::from_secs(105));
//! assert!(due.iter().any(|d| d.cue.kind == CueKind::HoldStart));
//! assert_eq!(session.phase_remaining(Duration::from_secs(105)), Duration::from_secs(30));
//! ```

pub mod bundled;
pub mod cue_sounds;
pub mod engine;
#[doc(hidden)]
pub mod fuzzing;
pub mod language;
pub mod limits;
pub mod progress;
pub mod reminders;
pub mod routine;
pub mod score;
