//! Where the person is: the screens the router shows one at a time.

use super::ending::{Stopped, Summary};
use crate::progress::Source;

/// The screens.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Screen {
    Library,
    Overview(Source),
    /// "How is your pain right now?", before the routine from this entry starts.
    PainBefore(Source),
    Player,
    Finished(Summary),
    /// A routine stopped early: pain now, then back.
    Stopped(Stopped),
    History,
    Editor,
    /// A routine file with errors: what is wrong, and "Edit".
    Broken(Source),
    /// A routine file's text being fixed.
    Fix,
}
