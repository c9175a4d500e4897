//! Sound, the interface of a person lying with eyes closed: what each cue sounds like
//! ([`bank`], [`score`]), mixing clips at exact sample positions ([`mix`]), rendering a routine to
//! a file ([`render`]), and playing in real time ([`output`], [`player`]).
//!
//! Everything but [`output::RodioOutput`] is device-free and tested as plain code; the player talks
//! to an [`output::AudioOutput`], which is rodio, silence, or a recorder in tests.

pub mod bank;
pub mod device;
pub mod frame_clock;
pub mod input;
pub mod mix;
pub mod output;
pub mod player;
pub mod render;
pub mod take;

pub use stretch_timer_core::score;

pub use bank::{Clip, Phrase, Sound, SoundBank, SoundProblem};
pub use score::CueStyle;

/// How many samples `span` takes at `rate`, rounded down.
pub fn samples_in(span: std::time::Duration, rate: u32) -> usize {
    usize::try_from(span.as_nanos() * u128::from(rate) / 1_000_000_000).unwrap_or(usize::MAX)
}
