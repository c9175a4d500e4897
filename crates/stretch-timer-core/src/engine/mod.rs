//! The timing engine: a routine becomes a [`Plan`] (every phase and cue at its exact offset), and a
//! [`Session`] steps through it from times the caller passes in.
//!
//! Pure and deterministic: nothing here reads a clock, sleeps or plays sound. Times are offsets
//! from an origin of the caller's choosing (a monotonic clock in the app, a manual one in tests).

mod breathing;
mod plan;
mod session;

pub use breathing::{Breath, Breathing};
pub use plan::{Cue, CueKind, Phase, PhaseKind, Plan};
pub use session::{BACK_GRACE, Command, DueCue, Session, State};
