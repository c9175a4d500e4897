//! Which routine a session was of: where it came from, and a hash of its text as it was.

use std::borrow::Cow;
use std::fmt;
use std::path::{Path, PathBuf};
use std::str::FromStr;

/// Where a routine came from.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Source {
    /// A routine that ships inside the program, by its id.
    Bundled(String),
    /// A routine file, by its path.
    File(PathBuf),
}

impl Source {
    /// `bundled` or `file`.
    pub fn kind(&self) -> &'static str {
        match self {
            Source::Bundled(_) => "bundled",
            Source::File(_) => "file",
        }
    }

    /// The bundled id, or the path (a path that is not valid Unicode with its odd bytes replaced).
    pub fn id(&self) -> Cow<'_, str> {
        match self {
            Source::Bundled(id) => Cow::Borrowed(id),
            Source::File(path) => path.to_string_lossy(),
        }
    }

    /// The file, for a routine that is one.
    pub fn path(&self) -> Option<&Path> {
        match self {
            Source::Bundled(_) => None,
            Source::File(path) => Some(path),
        }
    }

    /// The source written as [`Source::kind`] and [`Source::id`].
    pub fn from_parts(kind: &str, id: &str) -> Option<Source> {
        match kind {
            "bundled" => Some(Source::Bundled(id.to_owned())),
            "file" => Some(Source::File(PathBuf::from(id))),
            _ => None,
        }
    }
}

impl serde::Serialize for Source {
    /// `{"bundled": "id"}` or `{"file": "path"}`.
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::SerializeMap as _;
        let mut map = serializer.serialize_map(Some(1))?;
        map.serialize_entry(self.kind(), &self.id())?;
        map.end()
    }
}

/// A fingerprint of a routine's text: the 64-bit FNV-1a hash of its bytes exactly as read (no
/// normalising of line ends or spaces), written as 16 lower-case hex digits. Stable across
/// versions, platforms and runs; not a security measure (anyone can make two texts with the same
/// hash), only a way to tell which version of a routine a session followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct RoutineHash(u64);

impl RoutineHash {
    /// The hash of `text`.
    pub fn of(text: &[u8]) -> RoutineHash {
        const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
        const PRIME: u64 = 0x0000_0100_0000_01b3;
        RoutineHash(
            text.iter()
                .fold(OFFSET_BASIS, |h, &b| (h ^ u64::from(b)).wrapping_mul(PRIME)),
        )
    }

    /// The hash as a number.
    pub fn value(self) -> u64 {
        self.0
    }
}

impl fmt::Display for RoutineHash {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

/// Text that is not 16 hex digits.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("a routine's hash is 16 hex digits, not {given:?}")]
pub struct HashError {
    /// What was given.
    pub given: String,
}

impl FromStr for RoutineHash {
    type Err = HashError;

    fn from_str(s: &str) -> Result<RoutineHash, HashError> {
        if s.len() != 16 || !s.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(HashError {
                given: s.to_owned(),
            });
        }
        u64::from_str_radix(s, 16)
            .map(RoutineHash)
            .map_err(|_| HashError {
                given: s.to_owned(),
            })
    }
}

impl serde::Serialize for RoutineHash {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}
