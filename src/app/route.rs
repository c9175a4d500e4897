//! Where the person is: the screens the router shows one at a time.

use super::catalog::Origin;
use super::ending::{Stopped, Summary};

/// The screens.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Screen {
    Library,
    Overview(Origin),
    /// "How is your pain right now?", before the routine from this entry starts.
    PainBefore(Origin),
    Player,
    Finished(Summary),
    /// A routine stopped early: pain now, then back.
    Stopped(Stopped),
    History,
    Editor,
    /// A routine file with errors: what is wrong, and "Edit".
    Broken(Origin),
    /// A routine file's text being fixed.
    Fix,
}
