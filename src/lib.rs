//! stretch-timer: guided, exactly timed stretching routines.
//!
//! The pure core: [`routine`] reads and checks routine files, [`engine`] turns a routine into a
//! timeline and steps through it with time passed in, and [`bundled`] holds the routines that ship
//! inside the program. None of these reads the wall clock, draws, or plays sound.
//!
//! Around it, the shell's parts that are not drawing: [`audio`] (sounds, mixing, rendering,
//! playback through an interface), [`clock`] (where `now` comes from), [`home`] (the user's own
//! folder) and [`save`] (atomic writes).
//!
//! ```
//! use std::sync::Arc;
//! use std::time::Duration;
//! use stretch_timer::engine::{Command, CueKind, Plan, Session};
//! use stretch_timer::routine::parse;
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

pub mod app;
pub mod audio;
pub mod bundled;
pub mod clock;
pub mod engine;
pub mod handout;
pub mod home;
pub mod routine;
pub mod save;
pub mod share;
