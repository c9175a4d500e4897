//! The printable handout: one self-contained HTML page for a routine.

use crate::routine::Routine;

/// Why a handout could not be made.
#[derive(Debug, thiserror::Error)]
pub enum HandoutError {}

/// The handout for `routine`, as a complete HTML document.
pub fn render(routine: &Routine) -> Result<String, HandoutError> {
    Ok(format!("<!doctype html><title>{}</title>", routine.name))
}
