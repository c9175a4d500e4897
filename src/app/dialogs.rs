//! The system's file dialogs, behind [`FileDialogs`] so that tests (and a desktop that has none)
//! type paths instead. A dialog blocks until answered: it is always asked on a thread of its own.

use std::path::PathBuf;

use crate::tr;

/// What a file dialog asks the person for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FileRequest {
    /// A routine or a shared routine to open.
    OpenRoutine,
    /// Where to save a copy of a shared routine, suggesting `name`.
    SaveCopy {
        /// The file name suggested.
        name: String,
    },
    /// A picture for step `step` (counted from 0), starting in `from`.
    Picture {
        /// The step, counted from 0.
        step: usize,
        /// The folder the dialog opens in.
        from: PathBuf,
    },
    /// A recording for step `step` (counted from 0), starting in `from`.
    Recording {
        /// The step, counted from 0.
        step: usize,
        /// The folder the dialog opens in.
        from: PathBuf,
    },
}

/// File dialogs: shows one for a request and waits for the answer.
pub trait FileDialogs: Send + Sync {
    /// The file chosen, or `None` for nothing chosen. A dialog that cannot be shown also answers
    /// `None` at once (rfd cannot tell that from a Cancel); the app tells them apart by how soon
    /// the answer came.
    fn ask(&self, request: FileRequest) -> Option<PathBuf>;
}

/// The desktop's own dialogs (rfd: the XDG portal or GTK on Linux, the common dialogs on
/// Windows).
#[derive(Debug, Clone, Copy, Default)]
pub struct SystemDialogs;

impl FileDialogs for SystemDialogs {
    fn ask(&self, request: FileRequest) -> Option<PathBuf> {
        let dialog = rfd::FileDialog::new();
        match request {
            FileRequest::OpenRoutine => dialog
                .set_title(tr!("dialog-open"))
                .add_filter(
                    tr!("dialog-open", "filter"),
                    &["ron", crate::share::EXTENSION],
                )
                .pick_file(),
            FileRequest::SaveCopy { name } => dialog
                .set_title(tr!("dialog-save-copy"))
                .add_filter(
                    tr!("dialog-save-copy", "filter"),
                    &[crate::share::EXTENSION],
                )
                .set_file_name(name)
                .save_file(),
            FileRequest::Picture { step, from } => {
                let n = step + 1;
                dialog
                    .set_directory(from)
                    .set_title(tr!("dialog-picture", n = n))
                    .add_filter(
                        tr!("dialog-picture", "filter"),
                        &["png", "jpg", "jpeg", "PNG", "JPG", "JPEG"],
                    )
                    .pick_file()
            }
            FileRequest::Recording { step, from } => {
                let n = step + 1;
                dialog
                    .set_directory(from)
                    .set_title(tr!("dialog-recording", n = n))
                    // Opus and AMR are offered too: choosing one says how to convert it.
                    .add_filter(
                        tr!("dialog-recording", "filter"),
                        &[
                            "m4a", "mp3", "wav", "ogg", "flac", "opus", "amr", "3gp", "M4A", "MP3",
                            "WAV",
                        ],
                    )
                    .pick_file()
            }
        }
    }
}
