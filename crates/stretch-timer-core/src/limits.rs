//! Every limit of the routine format, of the files a routine names and of shared packages,
//! declared once. `check`, the editor, the library, `export`, `import` and `handout` enforce these
//! values and their messages print them, so a limit changed here changes all of them (and
//! docs/routine-format.md lists them).

use std::fmt;
use std::time::Duration;

use crate::routine::format_duration;

const MIB: u64 = 1024 * 1024;
const HOUR: Duration = Duration::from_secs(3600);

/// A whole-number field's allowed values, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Whole {
    /// The smallest allowed value.
    pub min: u32,
    /// The largest allowed value.
    pub max: u32,
}

impl Whole {
    /// Whether `n` is allowed.
    pub fn contains(self, n: i64) -> bool {
        (i64::from(self.min)..=i64::from(self.max)).contains(&n)
    }
}

impl fmt::Display for Whole {
    /// `from 1 to 50`, as the messages say it.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "from {} to {}", self.min, self.max)
    }
}

/// A duration field's allowed values, both ends included.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// The shortest allowed duration.
    pub min: Duration,
    /// The longest allowed duration.
    pub max: Duration,
}

impl Span {
    /// Whether `d` is allowed.
    pub fn contains(self, d: Duration) -> bool {
        (self.min..=self.max).contains(&d)
    }
}

impl fmt::Display for Span {
    /// `from 1s to 1h`, written as durations are written in routine files.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "from {} to {}",
            format_duration(self.min),
            format_duration(self.max)
        )
    }
}

/// A routine file larger than this is refused unread.
pub const ROUTINE_FILE_BYTES: u64 = MIB;
/// At most this many problems are reported for one file; the first ones matter most.
pub const REPORTED_PROBLEMS: usize = 50;
/// A routine's or a step's name, in characters.
pub const NAME_CHARS: usize = 80;
/// How many steps a routine has.
pub const STEPS: Whole = Whole { min: 1, max: 200 };
/// Repetitions per side.
pub const REPS: Whole = Whole { min: 1, max: 50 };
/// Countdown ticks at the end of a hold.
pub const COUNTDOWN: Whole = Whole { min: 0, max: 10 };
/// How long a hold lasts.
pub const HOLD: Span = Span {
    min: Duration::from_secs(1),
    max: HOUR,
};
/// Getting ready, resting between repetitions, switching sides.
pub const PAUSE: Span = Span {
    min: Duration::ZERO,
    max: HOUR,
};
/// The pace of breathing cues.
pub const BREATHE: Span = Span {
    min: Duration::from_secs(2),
    max: Duration::from_secs(30),
};
/// A prescription's days a week.
pub const DAYS_PER_WEEK: Whole = Whole { min: 1, max: 7 };
/// A prescription's sessions a day.
pub const TIMES_PER_DAY: Whole = Whole { min: 1, max: 6 };
/// The whole routine, from its first cue to its last.
pub const ROUTINE_TOTAL: Duration = Duration::from_secs(24 * 3600);
/// A sound or voice file a routine names; larger ones are not read.
pub const SOUND_FILE_BYTES: u64 = 64 * MIB;
/// A recording is cut after this long: a step's voice file is spoken instructions, not music.
pub const SOUND_CLIP: Duration = Duration::from_secs(10 * 60);
/// How much of a step's get-ready time its start cue may take before the step's own recording
/// plays: the start tone and its spoken words ("Next step", "Left side"), with the gaps between
/// them, take at most 2.48 s with the built-in sounds. A recording must end within the rest of it.
pub const VOICE_AFTER_START: Duration = Duration::from_millis(2500);
/// A picture a routine names (phone photos are up to about 25 MB); larger ones are not read.
pub const PICTURE_FILE_BYTES: u64 = 64 * MIB;
/// The most pixels a picture may have (a 200-megapixel phone photo still opens); a file that
/// claims more (a "decompression bomb": a few bytes that would unpack to gigabytes) is refused
/// before anything is decoded.
pub const PICTURE_PIXELS: u64 = 200_000_000;
/// A picture a handout embeds as it is (an SVG, or one that cannot be made smaller); a PNG or
/// JPEG goes in as a smaller print copy, however large the file.
pub const HANDOUT_IMAGE_BYTES: u64 = 8 * MIB;

/// A shared routine package (a zip file) as a whole.
pub const PACKAGE_BYTES: u64 = PACKAGE_CONTENT_BYTES + MIB;
/// Entries in a package, folders included.
pub const PACKAGE_ENTRIES: usize = 500;
/// One picture or sound in a package (the routine file itself: [`ROUTINE_FILE_BYTES`]): as large
/// as a routine may name, so whatever `check` accepts can be shared.
pub const PACKAGE_MEDIA_BYTES: u64 = larger(SOUND_FILE_BYTES, PICTURE_FILE_BYTES);
/// Everything a package unpacks to, counted while reading: two of the largest files.
pub const PACKAGE_CONTENT_BYTES: u64 = 2 * PACKAGE_MEDIA_BYTES;

const fn larger(a: u64, b: u64) -> u64 {
    if a > b { a } else { b }
}

// Whatever a routine may name fits in a package, with its routine file: checked when compiling.
const _: () = assert!(PACKAGE_MEDIA_BYTES >= SOUND_FILE_BYTES);
const _: () = assert!(PACKAGE_MEDIA_BYTES >= PICTURE_FILE_BYTES);
const _: () = assert!(PACKAGE_CONTENT_BYTES >= PACKAGE_MEDIA_BYTES + ROUTINE_FILE_BYTES);
/// How deep a package's entries may be nested.
pub const PACKAGE_DEPTH: usize = 8;
/// The length of one entry's name in a package, in bytes.
pub const PACKAGE_NAME_BYTES: usize = 512;

/// A size as the messages say it: `16 MiB`, `1.5 MiB`, `12 KiB`, `300 bytes`.
pub fn size_text(bytes: u64) -> String {
    if bytes >= MIB && bytes.is_multiple_of(MIB) {
        format!("{} MiB", bytes / MIB)
    } else if bytes >= MIB {
        format!("{:.1} MiB", bytes as f64 / MIB as f64)
    } else if bytes >= 1024 {
        format!("{} KiB", bytes.div_ceil(1024))
    } else {
        format!("{bytes} bytes")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ranges_are_said_as_the_format_writes_them() {
        assert_eq!(REPS.to_string(), "from 1 to 50");
        assert_eq!(HOLD.to_string(), "from 1s to 1h");
        assert_eq!(BREATHE.to_string(), "from 2s to 30s");
        assert_eq!(PAUSE.to_string(), "from 0s to 1h");
        assert!(REPS.contains(50) && !REPS.contains(51) && !REPS.contains(0));
        assert_eq!(size_text(ROUTINE_FILE_BYTES), "1 MiB");
        assert_eq!(size_text(PACKAGE_MEDIA_BYTES), "64 MiB");
        assert_eq!(size_text(MIB + MIB / 2), "1.5 MiB");
        assert_eq!(size_text(1500), "2 KiB");
        assert_eq!(size_text(12), "12 bytes");
    }
}
