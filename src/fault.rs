//! What went wrong, in words a person can act on: "the disk is full" rather than
//! "No space left on device (os error 28)". The CLI prints errors through [`chain_words`]; typed
//! errors that name an I/O failure use [`io_words`] for it.

use std::error::Error;
use std::io;

use crate::tr;

/// An I/O error as a person would say it, with what to do where there is something to do.
pub fn io_words(e: &io::Error) -> String {
    match e.kind() {
        io::ErrorKind::StorageFull => tr!("fault-disk-full"),
        io::ErrorKind::QuotaExceeded => tr!("fault-quota"),
        io::ErrorKind::ReadOnlyFilesystem => tr!("fault-read-only-disk"),
        io::ErrorKind::PermissionDenied => tr!("fault-not-allowed"),
        io::ErrorKind::NotFound => tr!("fault-not-found"),
        _ => without_code(&e.to_string()),
    }
}

/// The system's own text without its " (os error N)" tail, which means nothing to a person.
fn without_code(text: &str) -> String {
    match text.rfind(" (os error ") {
        Some(at) if text.ends_with(')') => text[..at].to_owned(),
        _ => text.to_owned(),
    }
}

/// An error and its causes on one line, "what: why: why", each I/O cause in [`io_words`], and a
/// cause left out when the line already says it (typed errors often put their source in their
/// own text).
pub fn chain_words(e: &(dyn Error + 'static)) -> String {
    let mut line = String::new();
    let mut cause = Some(e);
    while let Some(error) = cause {
        let text = match error.downcast_ref::<io::Error>() {
            Some(io) => io_words(io),
            None => error.to_string(),
        };
        if !line.contains(&text) {
            if !line.is_empty() {
                line.push_str(": ");
            }
            line.push_str(&text);
        }
        cause = error.source();
    }
    line
}

#[cfg(test)]
mod tests {
    use super::*;

    #[derive(Debug, thiserror::Error)]
    #[error("could not write a.ron: {}", io_words(.source))]
    struct Saving {
        source: io::Error,
    }

    #[test]
    fn a_full_disk_is_said_once_in_plain_words() {
        let e = Saving {
            source: io::Error::from_raw_os_error(28),
        };
        assert_eq!(
            chain_words(&e),
            "could not write a.ron: the disk is full: free some space and try again"
        );
    }

    #[test]
    fn other_errors_keep_the_systems_words_without_the_code() {
        let e = io::Error::from_raw_os_error(5);
        assert_eq!(io_words(&e), "Input/output error");
        assert_eq!(without_code("odd (os error"), "odd (os error");
    }

    #[test]
    fn anyhow_context_and_the_cause_read_as_one_line() {
        let e =
            anyhow::Error::new(io::Error::from_raw_os_error(30)).context("could not save b.ron");
        assert_eq!(
            chain_words(e.as_ref()),
            "could not save b.ron: the disk is read-only: nothing can be saved there"
        );
    }
}
