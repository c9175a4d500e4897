//! The drafts in the user's folder: unsaved editor work, shown at the top of the library, and
//! files there that could not be read as drafts.

use std::path::PathBuf;

use crate::home::{DraftFile, Home, KeptDrafts};

/// The drafts in the user's folder.
#[derive(Debug, Default)]
pub(crate) struct Drafts {
    /// Unsaved editor work, by id.
    pub(crate) kept: Vec<(String, DraftFile)>,
    /// Files in the drafts folder that could not be read as drafts: left as they are (they may be
    /// from a newer version), and shown in the library.
    unreadable: Vec<PathBuf>,
}

impl Drafts {
    /// Reads the drafts folder.
    pub(crate) fn read(home: &Home) -> Drafts {
        let KeptDrafts { drafts, unreadable } = home.drafts_kept();
        Drafts {
            kept: drafts,
            unreadable,
        }
    }

    /// What the library says about drafts that could not be read.
    pub(crate) fn warnings(&self) -> Vec<String> {
        self.unreadable
            .iter()
            .map(|p| {
                let file = p.display().to_string();
                crate::tr!("library-draft-unreadable", file = file)
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::draft::Draft;

    #[test]
    fn a_draft_that_cannot_be_read_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let home = Home::at(dir.path());
        let kept = DraftFile {
            target: None,
            draft: Draft::default(),
        };
        home.save_draft("new-1", &kept).unwrap();
        let corrupt = home.drafts().join("new-2.json");
        std::fs::write(&corrupt, "{ not a draft").unwrap();

        let drafts = Drafts::read(&home);
        assert_eq!(drafts.kept, vec![("new-1".to_owned(), kept)]);
        assert_eq!(drafts.unreadable, vec![corrupt.clone()]);
        assert_eq!(drafts.warnings().len(), 1);
        assert!(drafts.warnings()[0].contains(&corrupt.display().to_string()));
        assert!(corrupt.exists());
    }
}
