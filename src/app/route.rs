//! Where the person is: the screens the router shows one at a time.

use super::ending::Summary;
use crate::progress::Source;

/// The screens.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Screen {
    Library,
    Overview(Source),
    /// "How is your pain right now?", before the routine from this entry starts.
    PainBefore(Source),
    Player,
    /// A routine came to its end or was stopped: how it went, and its questions.
    Finished(Summary),
    History,
    Editor,
    /// A routine file with errors: what is wrong, and "Edit".
    Broken(Source),
    /// A routine file's text being fixed.
    Fix,
}
