//! What every screen may read and change: the app's dependencies, the settings, the routines
//! in the library, the history, the drafts, the notice at the top of the page and the question
//! asked in a modal. Each screen's own state is its own.

use std::path::PathBuf;

use super::AppDeps;
use super::ask::Ask;
use super::catalog::Library;
use super::drafts::Drafts;
use super::notice::Notice;
use super::prefs::Settings;
use super::sessions::Sessions;
use crate::progress::Source;
use crate::resolve::Resolve;

/// What every screen may read and change.
pub(crate) struct Shared {
    /// Time, sound, the user's folder and the rest from outside.
    pub(crate) deps: AppDeps,
    /// The settings in force.
    pub(crate) settings: Settings,
    /// The routines: bundled, the person's own, files opened.
    pub(crate) library: Library,
    /// The history, read once per change.
    pub(crate) sessions: Sessions,
    /// Unsaved editor work kept in the drafts folder, shown in the library.
    pub(crate) drafts: Drafts,
    /// A message for the person, shown until dismissed.
    pub(crate) notice: Option<Notice>,
    /// A question asked in a modal window, waiting for its answer.
    pub(crate) ask: Option<Ask>,
}

impl Shared {
    /// The routine named on the command line, added to the library if it is a file; `None`, with
    /// a notice, if there is none of that name.
    pub(crate) fn find_or_open(&mut self, arg: &str) -> Option<Source> {
        match Source::from_arg(arg, &self.deps.home) {
            Ok(Source::File(path)) => Some(self.library.open(&path)),
            Ok(Source::Bundled(b)) => self.library.find(&b),
            Err(unknown) => {
                let name = unknown.name.as_str();
                self.notice = Some(Notice::warning(crate::tr!(
                    "library-no-such-routine",
                    name = name
                )));
                None
            }
        }
    }

    /// Reads the user's routines and drafts again.
    pub(crate) fn refresh_user(&mut self) {
        self.library.refresh_user(&self.deps.home.routine_files());
        self.drafts = Drafts::read(&self.deps.home);
    }

    /// Where the person's exports and handouts go: a folder of the user's folder, made if need be.
    pub(crate) fn output_folder(&mut self, name: &str) -> Option<PathBuf> {
        let dir = self.deps.home.root().join(name);
        match std::fs::create_dir_all(&dir) {
            Ok(()) => Some(dir),
            Err(e) => {
                let (folder, reason) = (dir.display().to_string(), crate::fault::io_words(&e));
                self.notice = Some(Notice::warning(crate::tr!(
                    "library-folder-not-made",
                    folder = folder,
                    reason = reason
                )));
                None
            }
        }
    }
}

/// A `file://` address for a local file, for the browser.
pub(crate) fn file_url(path: &std::path::Path) -> String {
    let absolute = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_owned());
    format!("file://{}", absolute.display())
}
