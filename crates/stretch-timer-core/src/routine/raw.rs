//! The routine file as written: serde structs that mirror the RON text, before any checking.
//!
//! Every value that may need an error message is wrapped in [`Located`], which numbers it in parse
//! order. serde gives values no position, so to find where value number `k` starts, the text is
//! parsed again with a probe that stops just before value `k`; the RON parser then reports its own
//! position. That costs one extra parse per error, and nothing when the file is valid.

use std::cell::Cell;
use std::fmt;

use serde::Deserialize;
use serde::de::{self, DeserializeOwned, Deserializer, Visitor};

use super::Tone;
pub(super) use super::fields::RawStep;

/// The number of a [`Located`] value: its place in parse order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub(super) struct Mark(u32);

thread_local! {
    /// The next mark to hand out, and the mark at which to stop (while locating).
    static PROBE: Cell<(u32, Option<u32>)> = const { Cell::new((0, None)) };
}

/// The message with which the probe stops the parser. It cannot come from a file.
pub(super) const PROBE_STOP: &str = "\u{0}stretch-timer probe";

/// Numbers [`Located`] values for one parse on this thread, and stops at `target` if given. Parsing
/// is synchronous, so a guard per parse keeps runs apart; dropping it resets the state.
pub(super) struct ProbeRun(());

impl ProbeRun {
    pub(super) fn start(target: Option<Mark>) -> Self {
        PROBE.with(|p| p.set((0, target.map(|m| m.0))));
        ProbeRun(())
    }
}

impl Drop for ProbeRun {
    fn drop(&mut self) {
        PROBE.with(|p| p.set((0, None)));
    }
}

/// A value with its mark, so that checks after parsing can point at it.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Located<T> {
    pub value: T,
    pub mark: Mark,
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Located<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let (mark, stop) = PROBE.with(|p| {
            let (next, target) = p.get();
            p.set((next.saturating_add(1), target));
            (next, target == Some(next))
        });
        if stop {
            return Err(de::Error::custom(PROBE_STOP));
        }
        let value = T::deserialize(deserializer)?;
        Ok(Located {
            value,
            mark: Mark(mark),
        })
    }
}

/// The field names that serde's derive declares for `T`, asked of it by a deserializer that only
/// listens: the struct below is then the one list of a routine's (or a step's) fields.
pub(super) fn fields_of<T: DeserializeOwned>() -> &'static [&'static str] {
    let mut fields: &'static [&'static str] = &[];
    // The listener always stops the parse with an error, after noting the fields.
    let _ = T::deserialize(FieldListener(&mut fields));
    fields
}

/// A deserializer that notes the field names a struct asks for, then stops.
struct FieldListener<'a>(&'a mut &'static [&'static str]);

/// Why the listener stopped: it always does.
#[derive(Debug)]
struct Listened;

impl fmt::Display for Listened {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("only listening for field names")
    }
}

impl std::error::Error for Listened {}

impl de::Error for Listened {
    fn custom<M: fmt::Display>(_: M) -> Self {
        Listened
    }
}

impl<'de> Deserializer<'de> for FieldListener<'_> {
    type Error = Listened;

    fn deserialize_any<V: Visitor<'de>>(self, _: V) -> Result<V::Value, Listened> {
        Err(Listened)
    }

    fn deserialize_struct<V: Visitor<'de>>(
        self,
        _: &'static str,
        fields: &'static [&'static str],
        _: V,
    ) -> Result<V::Value, Listened> {
        *self.0 = fields;
        Err(Listened)
    }

    serde::forward_to_deserialize_any! {
        bool i8 i16 i32 i64 i128 u8 u16 u32 u64 u128 f32 f64 char str string bytes byte_buf option
        unit unit_struct newtype_struct seq tuple tuple_struct map enum identifier ignored_any
    }
}

/// `Routine(...)` as written. Every field is optional here so that one missing field does not hide
/// the other problems; the checks say which are required.
#[derive(Debug, Deserialize)]
#[serde(rename = "Routine", deny_unknown_fields)]
pub(super) struct RawRoutine {
    pub format: Option<Located<i64>>,
    pub name: Option<Located<String>>,
    pub summary: Option<Located<String>>,
    pub author: Option<Located<String>>,
    pub safety: Option<Located<String>>,
    pub sounds: Option<Located<RawSounds>>,
    pub schedule: Option<Located<RawSchedule>>,
    pub read_instructions: Option<Located<bool>>,
    pub language: Option<Located<String>>,
    pub steps: Option<Located<Vec<Located<RawStep>>>>,
}

/// `Schedule(...)` as written: how often the therapist wants the routine done.
#[derive(Debug, Deserialize)]
#[serde(rename = "Schedule", deny_unknown_fields)]
pub(super) struct RawSchedule {
    pub days_per_week: Option<Located<i64>>,
    pub times_per_day: Option<Located<i64>>,
}

/// `Sounds(...)` as written: a file for each cue sound the routine replaces, in file order. Its
/// fields are the names of [`Tone`], so a new tone can be replaced from a file at once.
#[derive(Debug)]
pub(super) struct RawSounds(pub Vec<(Tone, Located<String>)>);

impl<'de> Deserialize<'de> for RawSounds {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        /// A field name of `Sounds(...)`: a tone's name.
        struct Key(Tone);

        impl<'de> Deserialize<'de> for Key {
            fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                struct KeyVisitor;

                impl Visitor<'_> for KeyVisitor {
                    type Value = Key;

                    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                        f.write_str("the name of a cue sound")
                    }

                    fn visit_str<E: de::Error>(self, v: &str) -> Result<Key, E> {
                        Tone::from_name(v)
                            .map(Key)
                            .ok_or_else(|| E::unknown_field(v, Tone::NAMES))
                    }
                }

                deserializer.deserialize_identifier(KeyVisitor)
            }
        }

        struct SoundsVisitor;

        impl<'de> Visitor<'de> for SoundsVisitor {
            type Value = RawSounds;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("Sounds( ... ) with a file for each cue sound to replace")
            }

            fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<RawSounds, A::Error> {
                let mut sounds: Vec<(Tone, Located<String>)> = Vec::new();
                while let Some(Key(tone)) = map.next_key()? {
                    if sounds.iter().any(|(t, _)| *t == tone) {
                        return Err(de::Error::duplicate_field(tone.name()));
                    }
                    sounds.push((tone, map.next_value()?));
                }
                Ok(RawSounds(sounds))
            }
        }

        deserializer.deserialize_struct("Sounds", Tone::NAMES, SoundsVisitor)
    }
}

/// Only the version, read from a file that may have fields this version does not know: a newer
/// format should be reported as such, not as a list of unknown fields.
#[derive(Debug, Deserialize)]
#[serde(rename = "Routine")]
pub(super) struct VersionOnly {
    pub format: Option<Located<i64>>,
}

/// A duration as written: whole seconds or text. Checked later, so that a bad duration does not
/// stop the parse and hide the problems after it.
#[derive(Debug, Clone, PartialEq)]
pub(super) enum RawDuration {
    Seconds(u64),
    Negative(i64),
    Fraction(f64),
    Text(String),
}

impl<'de> Deserialize<'de> for RawDuration {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        struct RawDurationVisitor;

        impl Visitor<'_> for RawDurationVisitor {
            type Value = RawDuration;

            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(r#"a duration such as 30, "30s" or "1m30s""#)
            }

            fn visit_u64<E: de::Error>(self, v: u64) -> Result<RawDuration, E> {
                Ok(RawDuration::Seconds(v))
            }

            fn visit_i64<E: de::Error>(self, v: i64) -> Result<RawDuration, E> {
                Ok(u64::try_from(v).map_or(RawDuration::Negative(v), RawDuration::Seconds))
            }

            fn visit_f64<E: de::Error>(self, v: f64) -> Result<RawDuration, E> {
                Ok(RawDuration::Fraction(v))
            }

            fn visit_str<E: de::Error>(self, v: &str) -> Result<RawDuration, E> {
                Ok(RawDuration::Text(v.to_owned()))
            }
        }

        deserializer.deserialize_any(RawDurationVisitor)
    }
}
