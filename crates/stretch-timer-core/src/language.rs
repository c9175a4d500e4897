//! The languages the voice speaks: the built-in prompts are recorded in each
//! (assets/voice/<code>/, scripts/make-voice.sh), and a routine may name one (`language: "de"`).
//!
//! The core knows nothing of the program's language files: this is the small list of languages
//! with a voice, and how a routine's language tag is read. Which one speaks (the routine's, else
//! the program's) is the shell's to say: it knows the program's language.

use std::fmt;

/// A language the voice speaks: its prompts are recorded, and step names are made with its
/// espeak-ng voice.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub enum VoiceLanguage {
    /// English (the prompts of US English).
    #[default]
    English,
    /// German.
    German,
    /// Spanish (of Spain).
    Spanish,
    /// French (of France).
    French,
}

impl VoiceLanguage {
    /// Every language with a voice, English first.
    pub const ALL: [VoiceLanguage; 4] = [
        VoiceLanguage::English,
        VoiceLanguage::German,
        VoiceLanguage::Spanish,
        VoiceLanguage::French,
    ];

    /// Its code, as a routine and the language files write it (`de`), which is also the folder
    /// of its prompts in assets/voice.
    pub fn code(self) -> &'static str {
        match self {
            VoiceLanguage::English => "en",
            VoiceLanguage::German => "de",
            VoiceLanguage::Spanish => "es",
            VoiceLanguage::French => "fr",
        }
    }

    /// Its name in English, as `check`'s messages say it.
    pub fn english_name(self) -> &'static str {
        match self {
            VoiceLanguage::English => "English",
            VoiceLanguage::German => "German",
            VoiceLanguage::Spanish => "Spanish",
            VoiceLanguage::French => "French",
        }
    }

    /// The espeak-ng voice its prompts were made with, and step names are spoken in.
    pub fn espeak_voice(self) -> &'static str {
        match self {
            VoiceLanguage::English => "en-us",
            VoiceLanguage::German => "de",
            VoiceLanguage::Spanish => "es",
            VoiceLanguage::French => "fr-fr",
        }
    }

    /// The language whose code is `code` (`de`), in any case.
    pub fn from_code(code: &str) -> Option<VoiceLanguage> {
        VoiceLanguage::ALL
            .into_iter()
            .find(|l| l.code().eq_ignore_ascii_case(code))
    }

    /// The language a tag names (`de`, `de-AT`, `fr-CA`): its first part, if there is a voice
    /// for it.
    pub fn of_tag(tag: &str) -> Option<VoiceLanguage> {
        tag.split(['-', '_'])
            .next()
            .and_then(VoiceLanguage::from_code)
    }

    /// Every language, as messages list them: `en (English), de (German), …`.
    pub fn listed() -> String {
        VoiceLanguage::ALL
            .iter()
            .map(|l| format!("{} ({})", l.code(), l.english_name()))
            .collect::<Vec<_>>()
            .join(", ")
    }
}

impl fmt::Display for VoiceLanguage {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

/// A routine's language, as its file names it (`language: "de-AT"`), and the voice that speaks it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Language {
    /// The tag as written, without spaces around it: written back as it was.
    pub tag: String,
    /// The voice that speaks it.
    pub voice: VoiceLanguage,
}

/// Why a routine's `language` cannot be used.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TagFault {
    /// Nothing between the quotes.
    Empty,
    /// Not written as a language tag (`German`, `de_DE`, `deu`); the tag probably meant, if one is
    /// clear.
    NotATag {
        /// What to write instead.
        suggestion: Option<String>,
    },
    /// A language tag, but of a language the voice does not speak (`pt-BR`).
    NoVoice,
}

impl Language {
    /// Reads a routine's `language` value.
    pub fn parse(written: &str) -> Result<Language, TagFault> {
        let tag = written.trim();
        if tag.is_empty() {
            return Err(TagFault::Empty);
        }
        if let Some(meant) = named(tag) {
            return Err(TagFault::NotATag {
                suggestion: Some(meant.code().to_owned()),
            });
        }
        if tag.contains('_') {
            let hyphens = tag.replace('_', "-");
            return Err(TagFault::NotATag {
                suggestion: is_tag(&hyphens).then_some(hyphens),
            });
        }
        if !is_tag(tag) {
            return Err(TagFault::NotATag { suggestion: None });
        }
        match VoiceLanguage::of_tag(tag) {
            Some(voice) => Ok(Language {
                tag: tag.to_owned(),
                voice,
            }),
            None => Err(TagFault::NoVoice),
        }
    }
}

/// Whether `tag` is written as a language tag (BCP 47, as far as a routine needs): a language of
/// two or three letters, then a script (four letters), a region (two letters or three digits)
/// or variants (five to eight letters and digits, or four starting with a digit), each after a
/// hyphen.
fn is_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let Some(language) = parts.next() else {
        return false;
    };
    if !(2..=3).contains(&language.len()) || !language.bytes().all(|b| b.is_ascii_alphabetic()) {
        return false;
    }
    parts.all(|part| {
        let len = part.len();
        let alphanumeric = part.bytes().all(|b| b.is_ascii_alphanumeric());
        let letters = part.bytes().all(|b| b.is_ascii_alphabetic());
        let digits = part.bytes().all(|b| b.is_ascii_digit());
        ((len == 2 || len == 4) && letters)
            || (len == 3 && digits)
            || ((5..=8).contains(&len) && alphanumeric)
            || (len == 4 && alphanumeric && part.as_bytes()[0].is_ascii_digit())
    })
}

/// The language a therapist named in words or by a three-letter code (`German`, `Deutsch`,
/// `français`, `deu`) instead of its tag.
fn named(written: &str) -> Option<VoiceLanguage> {
    const NAMES: &[(&str, VoiceLanguage)] = &[
        ("english", VoiceLanguage::English),
        ("englisch", VoiceLanguage::English),
        ("inglés", VoiceLanguage::English),
        ("ingles", VoiceLanguage::English),
        ("anglais", VoiceLanguage::English),
        ("eng", VoiceLanguage::English),
        ("german", VoiceLanguage::German),
        ("deutsch", VoiceLanguage::German),
        ("alemán", VoiceLanguage::German),
        ("aleman", VoiceLanguage::German),
        ("allemand", VoiceLanguage::German),
        ("deu", VoiceLanguage::German),
        ("ger", VoiceLanguage::German),
        ("spanish", VoiceLanguage::Spanish),
        ("spanisch", VoiceLanguage::Spanish),
        ("español", VoiceLanguage::Spanish),
        ("espanol", VoiceLanguage::Spanish),
        ("castellano", VoiceLanguage::Spanish),
        ("espagnol", VoiceLanguage::Spanish),
        ("spa", VoiceLanguage::Spanish),
        ("french", VoiceLanguage::French),
        ("französisch", VoiceLanguage::French),
        ("franzosisch", VoiceLanguage::French),
        ("francés", VoiceLanguage::French),
        ("frances", VoiceLanguage::French),
        ("français", VoiceLanguage::French),
        ("francais", VoiceLanguage::French),
        ("fra", VoiceLanguage::French),
        ("fre", VoiceLanguage::French),
    ];
    let lower = written.to_lowercase();
    NAMES
        .iter()
        .find(|(name, _)| *name == lower)
        .map(|(_, language)| *language)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_of_a_language_with_a_voice_are_read_as_written() {
        for (written, voice) in [
            ("de", VoiceLanguage::German),
            (" de-AT ", VoiceLanguage::German),
            ("fr-CA", VoiceLanguage::French),
            ("es-419", VoiceLanguage::Spanish),
            ("EN-gb", VoiceLanguage::English),
        ] {
            let read = Language::parse(written).unwrap();
            assert_eq!(read.voice, voice, "{written}");
            assert_eq!(read.tag, written.trim());
        }
    }

    #[test]
    fn a_language_in_words_a_wrong_hyphen_or_no_voice_is_said() {
        let suggested = |s: &str| {
            Err(TagFault::NotATag {
                suggestion: Some(s.to_owned()),
            })
        };
        assert_eq!(Language::parse("German"), suggested("de"));
        assert_eq!(Language::parse("Français"), suggested("fr"));
        assert_eq!(Language::parse("deu"), suggested("de"));
        assert_eq!(Language::parse("de_DE"), suggested("de-DE"));
        assert_eq!(
            Language::parse("de DE"),
            Err(TagFault::NotATag { suggestion: None })
        );
        assert_eq!(Language::parse("  "), Err(TagFault::Empty));
        assert_eq!(Language::parse("pt-BR"), Err(TagFault::NoVoice));
        assert_eq!(Language::parse("sr-Latn-RS"), Err(TagFault::NoVoice));
    }
}
