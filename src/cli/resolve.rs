//! ROUTINE arguments, read as the app reads them (see [`stretch_timer::resolve`]), and what the
//! command line makes of a routine that could not be loaded.

use stretch_timer::routine::{self, LoadError};

pub use stretch_timer::resolve::{Source, user_id};

/// Whether the error is that the file could not be read at all (rather than that it has errors).
pub fn is_unreadable(e: &LoadError) -> bool {
    e.diagnostics
        .iter()
        .any(|d| matches!(d.problem, routine::Problem::Unreadable { .. }))
}
