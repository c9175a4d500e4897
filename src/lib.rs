//! stretch-timer: guided, exactly timed stretching routines.
//!
//! The library is the pure core: [`routine`] reads and checks routine files, [`engine`] turns a
//! routine into a timeline and steps through it with time passed in, and [`bundled`] holds the
//! routines that ship inside the program. Nothing here reads the wall clock, draws, or plays sound.

pub mod bundled;
pub mod engine;
pub mod routine;
