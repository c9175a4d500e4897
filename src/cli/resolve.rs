//! ROUTINE arguments, read as the app reads them (see [`stretch_timer::resolve`]).

pub use stretch_timer::progress::Source;
pub use stretch_timer::resolve::{Resolve, user_id};
