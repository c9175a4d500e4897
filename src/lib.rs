//! stretch-timer: guided, exactly timed stretching routines.
//!
//! The pure core lives in its own crate, `stretch_timer_core`, re-exported here under the same
//! names: [`routine`] reads and checks routine files, [`engine`] turns a routine into a timeline and
//! steps through it with time passed in, and [`bundled`] holds the routines that ship inside the
//! program. None of these reads the wall clock, draws, or plays sound; the compiler keeps it so,
//! since that crate cannot reach egui, rodio or clap.
//!
//! This crate is the shell around it: [`audio`] (decoding, mixing, rendering, playback through an
//! interface), [`clock`] (where `now` comes from), [`home`] (the user's own folder), [`save`]
//! (atomic writes), [`share`], [`handout`], and the desktop [`app`].

pub use stretch_timer_core::{
    bundled, cue_sounds, engine, language, limits, progress, reminders, routine,
};

pub mod alarm;
pub mod app;
pub mod audio;
pub mod clock;
pub mod countdown;
pub mod dates;
pub mod details;
pub mod fault;
#[doc(hidden)]
pub mod fuzzing;
pub mod handout;
pub mod history;
pub mod home;
pub mod l10n;
pub mod media;
pub mod numbers;
pub mod problems;
pub mod recording;
pub mod remind;
pub mod report;
pub mod resolve;
pub mod save;
pub mod share;
pub mod speech;
