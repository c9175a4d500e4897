//! Spoken step names and instructions, made by a speech synthesiser (espeak-ng, run as a process)
//! before a routine starts, never on the timing path, and kept in a cache on disk.
//!
//! [`Speaker::prepare`] turns a routine's texts ([`crate::audio::score::speech_texts`]) into clips
//! for the [`SoundBank`]: each from the [`cache`] if it was made before with the same voice and
//! rate, else from the [`Synthesiser`], then trimmed and brought to the built-in prompts'
//! loudness. The score then says them where they fit. Live playback and `render` both go through
//! here, so a rendered routine says what a live one does. Without a synthesiser, nothing is added
//! and the fixed prompts play, with the reason in [`Prepared::problem`].

pub mod cache;
pub mod espeak;

use std::collections::HashMap;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde::{Deserialize, Serialize};

use crate::audio::bank::{self, Clip, SoundBank, Spoken};
use crate::audio::score::{self, ReadInstructions};
use crate::language::VoiceLanguage;
use crate::routine::Routine;

pub use self::cache::SpeechCache;
pub use self::espeak::{EspeakNg, Language, Status, system_status};

/// How to get the synthesiser, for the front ends to show next to [`SpeechError`]s: Debian's
/// package on Linux, eSpeak NG's own installer on Windows.
pub fn install_hint() -> String {
    if cfg!(windows) {
        crate::tr!("speech-install-hint-windows")
    } else {
        crate::tr!("speech-install-hint")
    }
}

/// A text longer than this is cut at the last sentence or word that fits: about a minute of
/// speech, and a synthesiser never gets an enormous input.
pub const MAX_TEXT_CHARS: usize = 1000;

/// Speaking rates offered, in words per minute.
pub const RATES: std::ops::RangeInclusive<u32> = 80..=260;

/// The person's speech settings (the app's Settings, the command line's flags).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct SpeechSettings {
    /// Say each step's name and side at its start.
    pub names: bool,
    /// When a step's instructions are also read while the person gets ready, where they fit
    /// before the hold (only with `names`): as the routine asks, always or never. Settings saved
    /// before this was a choice said `true` (always) or `false` (not asked for: as the routine
    /// asks).
    #[serde(deserialize_with = "read_instructions_or_old_switch")]
    pub instructions: ReadInstructions,
    /// The synthesiser's voice: a language, as espeak-ng names it (`en`, `en-us`, `de`).
    pub voice: String,
    /// Words per minute, within [`RATES`].
    pub rate: u32,
}

impl Default for SpeechSettings {
    fn default() -> Self {
        SpeechSettings {
            names: true,
            instructions: ReadInstructions::WhenAsked,
            voice: DEFAULT_VOICE.to_owned(),
            rate: DEFAULT_RATE,
        }
    }
}

/// The built-in prompts' language and rate (scripts/make-voice.sh), so names sound like them.
pub const DEFAULT_VOICE: &str = "en-us";
/// See [`DEFAULT_VOICE`].
pub const DEFAULT_RATE: u32 = 145;

impl SpeechSettings {
    /// Speech off: the fixed prompts only.
    pub fn off() -> SpeechSettings {
        SpeechSettings {
            names: false,
            ..SpeechSettings::default()
        }
    }

    /// The voice if it is a plausible language name (letters, digits and `-`, as espeak-ng's
    /// are), else the default: a hand-edited settings file cannot pass anything else on.
    pub fn voice(&self) -> &str {
        if is_voice_name(&self.voice) {
            &self.voice
        } else {
            DEFAULT_VOICE
        }
    }

    /// The rate, brought within [`RATES`].
    pub fn rate(&self) -> u32 {
        self.rate.clamp(*RATES.start(), *RATES.end())
    }

    /// The espeak-ng voice that speaks `language`: the chosen [`SpeechSettings::voice`] where it
    /// is that language (`en-gb` for English), else the language's own voice (the one its
    /// prompts were made with), so that names and prompts are one language.
    pub fn voice_for(&self, language: VoiceLanguage) -> &str {
        let chosen = self.voice();
        if VoiceLanguage::of_tag(chosen) == Some(language) {
            chosen
        } else {
            language.espeak_voice()
        }
    }
}

/// The language the voice speaks for `routine` (its prompts, and its step names): the routine's
/// own (`language: "de"`) where it names one, else the program's language on this thread
/// ([`crate::l10n::language`]) where the voice speaks it, else English.
pub fn voice_language(routine: &Routine) -> VoiceLanguage {
    routine
        .language
        .as_ref()
        .map(|l| l.voice)
        .or_else(|| VoiceLanguage::of_tag(&crate::l10n::language().to_string()))
        .unwrap_or_default()
}

/// [`SpeechSettings::instructions`] as saved now (`"when-asked"`, `"always"`, `"never"`), or as
/// saved when it was a switch: `true` (read) is always, `false` is as the routine asks.
fn read_instructions_or_old_switch<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
) -> Result<ReadInstructions, D::Error> {
    #[derive(Deserialize)]
    #[serde(untagged)]
    enum Saved {
        Switch(bool),
        Choice(ReadInstructions),
    }
    Ok(match Saved::deserialize(deserializer)? {
        Saved::Switch(true) => ReadInstructions::Always,
        Saved::Switch(false) => ReadInstructions::WhenAsked,
        Saved::Choice(choice) => choice,
    })
}

/// Whether `name` can be a voice's language: `en`, `en-us`, `pt-br`, `cmn-latn-pinyin`.
pub fn is_voice_name(name: &str) -> bool {
    !name.is_empty()
        && name.len() <= 40
        && !name.starts_with('-')
        && name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
}

/// Why speech could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SpeechError {
    /// The synthesiser is not installed.
    #[error("{}", crate::tr!("speech-missing", program = program.as_str()))]
    Missing {
        /// The program looked for.
        program: String,
    },
    /// It could not be started.
    #[error("{}", crate::tr!("speech-not-started", program = program.as_str(), reason = reason.as_str()))]
    Start {
        /// The program.
        program: String,
        /// Why.
        reason: String,
    },
    /// It did not finish in time and was stopped.
    #[error("{}", crate::tr!("speech-timed-out", program = program.as_str(), seconds = after.as_secs()))]
    TimedOut {
        /// The program.
        program: String,
        /// How long it was given.
        after: Duration,
    },
    /// It ended with an error.
    #[error("{}", crate::tr!("speech-failed", program = program.as_str(), reason = reason.as_str()))]
    Failed {
        /// The program.
        program: String,
        /// Its exit status and what it said.
        reason: String,
    },
    /// What it made is not a sound.
    #[error("{}", crate::tr!("speech-no-sound", reason = .0.as_str()))]
    NoSound(String),
    /// The cache could not be written.
    #[error("{}", crate::tr!("speech-not-kept", file = path.as_str(), reason = reason.as_str()))]
    Cache {
        /// The cache's file or folder.
        path: String,
        /// Why.
        reason: String,
    },
}

impl SpeechError {
    /// Whether the synthesiser is not there at all (said once in Settings, not at each start).
    pub fn is_missing(&self) -> bool {
        matches!(self, SpeechError::Missing { .. })
    }
}

/// Something that turns text into speech in a WAV file.
pub trait Synthesiser: Send + Sync {
    /// Names what it makes, for the cache key: a change here makes new clips.
    fn identity(&self) -> String;

    /// Writes `text` spoken in `voice` at `rate` words per minute to the WAV file `out`.
    fn synthesise(&self, text: &str, voice: &str, rate: u32, out: &Path)
    -> Result<(), SpeechError>;
}

/// A stand-in synthesiser for tests and measurements: a soft tone as long as the text would
/// take to say at the rate (a word a beat), counting how often it is asked.
#[derive(Debug, Default)]
pub struct ToneSynthesiser {
    calls: AtomicUsize,
}

impl ToneSynthesiser {
    /// How many texts it has made.
    pub fn calls(&self) -> usize {
        self.calls.load(Ordering::SeqCst)
    }
}

#[expect(
    clippy::cast_possible_truncation,
    reason = "a few seconds of frames; samples within ±8000"
)]
impl Synthesiser for ToneSynthesiser {
    fn identity(&self) -> String {
        "tone".to_owned()
    }

    fn synthesise(
        &self,
        text: &str,
        _voice: &str,
        rate: u32,
        out: &Path,
    ) -> Result<(), SpeechError> {
        self.calls.fetch_add(1, Ordering::SeqCst);
        let words = text.split_whitespace().count().max(1);
        let seconds = words as f64 * 60.0 / f64::from(rate.max(1));
        let sample_rate = 22_050u32;
        let spec = hound::WavSpec {
            channels: 1,
            sample_rate,
            bits_per_sample: 16,
            sample_format: hound::SampleFormat::Int,
        };
        let failed = |e: hound::Error| SpeechError::Failed {
            program: self.identity(),
            reason: e.to_string(),
        };
        let mut writer = hound::WavWriter::create(out, spec).map_err(failed)?;
        let frames = (seconds * f64::from(sample_rate)) as u64;
        for n in 0..frames {
            let phase = n as f64 * 330.0 / f64::from(sample_rate) * std::f64::consts::TAU;
            writer
                .write_sample((phase.sin() * 8000.0) as i16)
                .map_err(failed)?;
        }
        writer.finalize().map_err(failed)
    }
}

/// The synthesiser and the cache its clips are kept in.
#[derive(Clone)]
pub struct Speaker {
    synthesiser: Arc<dyn Synthesiser>,
    cache: SpeechCache,
}

/// Speech made for one routine.
#[derive(Debug, Default)]
pub struct Prepared {
    /// Each text's clip, at the rate asked for.
    pub clips: Vec<(Spoken, Clip)>,
    /// How many were made now (the rest came from the cache).
    pub made: usize,
    /// Why some or all could not be made; those steps have the fixed prompts.
    pub problem: Option<SpeechError>,
}

impl Prepared {
    /// Puts the clips in the bank, where the score finds them.
    pub fn add_to(self, bank: &mut SoundBank) {
        for (spoken, clip) in self.clips {
            bank.add_speech(spoken, clip);
        }
    }
}

impl Speaker {
    /// `synthesiser`, keeping its clips in the folder `cache`.
    pub fn new(synthesiser: Arc<dyn Synthesiser>, cache: SpeechCache) -> Speaker {
        Speaker { synthesiser, cache }
    }

    /// espeak-ng, with the clips in the user's cache folder; `None` where the system has no
    /// such folder.
    pub fn system() -> Option<Speaker> {
        Some(Speaker::new(
            Arc::new(EspeakNg::new()),
            SpeechCache::system()?,
        ))
    }

    /// The cache.
    pub fn cache(&self) -> &SpeechCache {
        &self.cache
    }

    /// The clips of what `routine` says with `settings` in `language` (with its voice:
    /// [`SpeechSettings::voice_for`]), decoded at `rate`: each step's name (and instructions,
    /// where the settings and the routine ask: [`ReadInstructions::reads`]). Empty or overlong
    /// texts are skipped or cut; after the synthesiser is missing, hangs or fails, nothing more is
    /// asked of it and the steps left keep the fixed prompts.
    pub fn prepare(
        &self,
        routine: &Routine,
        settings: &SpeechSettings,
        language: VoiceLanguage,
        rate: u32,
    ) -> Prepared {
        let mut prepared = Prepared::default();
        if !settings.names {
            return prepared;
        }
        let (voice, speed) = (settings.voice_for(language), settings.rate());
        let identity = self.synthesiser.identity();
        let mut made: HashMap<String, Clip> = HashMap::new();
        for (spoken, text) in score::speech_texts(routine, settings.instructions, language) {
            let text = limit_text(&text);
            if text.is_empty() {
                continue;
            }
            if let Some(clip) = made.get(text) {
                prepared.clips.push((spoken, clip.clone()));
                continue;
            }
            let key = self.cache.key(&identity, voice, speed, text);
            let bytes = match self.cache.get(&key) {
                Some(bytes) => bytes,
                None => {
                    let made_now = self.cache.make(&key, |out| {
                        self.synthesiser.synthesise(text, voice, speed, out)
                    });
                    match made_now {
                        Ok(bytes) => {
                            prepared.made += 1;
                            bytes
                        }
                        Err(e) => {
                            prepared.problem = Some(e);
                            break;
                        }
                    }
                }
            };
            match bank::decode(bytes, rate) {
                Ok(clip) => {
                    let Some(clip) = shape(&clip) else { continue };
                    made.insert(text.to_owned(), clip.clone());
                    prepared.clips.push((spoken, clip));
                }
                Err(e) => {
                    self.cache.forget(&key);
                    prepared.problem = Some(SpeechError::NoSound(e.to_string()));
                }
            }
        }
        prepared
    }
}

/// `text` cut to at most [`MAX_TEXT_CHARS`]: at the last sentence's end that fits, else the last
/// space, else anywhere.
pub fn limit_text(text: &str) -> &str {
    let text = text.trim();
    let Some((cut, _)) = text.char_indices().nth(MAX_TEXT_CHARS) else {
        return text;
    };
    let head = &text[..cut];
    let end = head
        .rfind(['.', '!', '?'])
        .map(|i| i + 1)
        .or_else(|| head.rfind(char::is_whitespace))
        .unwrap_or(cut);
    head[..end].trim_end()
}

/// Silence below this (-50 dBFS) at either end is cut, as for the built-in prompts.
const SILENCE: f32 = 0.003_162;
/// The loudness of the built-in prompts (RMS, dBFS; scripts/make-voice.sh).
const TARGET_RMS_DBFS: f32 = -22.0;
/// Their peaks stay below this (dBFS).
const PEAK_CEILING_DBFS: f32 = -6.5;

/// A synthesised clip made like the built-in prompts (scripts/make-voice.sh): silence cut at both
/// ends so the speech starts on the first sample and its length is what is heard; one gain to
/// the prompts' loudness, never past their peak ceiling; a 3 ms fade in and 20 ms fade out.
/// `None` if it is all silence.
fn shape(clip: &Clip) -> Option<Clip> {
    let samples = clip.samples();
    let first = samples.iter().position(|s| s.abs() > SILENCE)?;
    let last = samples.iter().rposition(|s| s.abs() > SILENCE)?;
    let mut voiced = samples[first..=last].to_vec();
    let rms = (voiced.iter().map(|s| s * s).sum::<f32>() / voiced.len() as f32).sqrt();
    let peak = voiced.iter().fold(0f32, |m, s| m.max(s.abs()));
    let to_db = |x: f32| 20.0 * x.max(1e-9).log10();
    let gain_db = (TARGET_RMS_DBFS - to_db(rms)).min(PEAK_CEILING_DBFS - to_db(peak));
    let gain = 10f32.powf(gain_db / 20.0);
    let rate = clip.rate() as usize;
    let (fade_in, fade_out) = ((rate * 3 / 1000).max(1), (rate * 20 / 1000).max(1));
    let len = voiced.len();
    for (i, s) in voiced.iter_mut().enumerate() {
        let in_ramp = (i as f32 / fade_in as f32).min(1.0);
        let out_ramp = ((len - i) as f32 / fade_out as f32).min(1.0);
        *s = (*s * gain * in_ramp * out_ramp).clamp(-1.0, 1.0);
    }
    Some(Clip::new(voiced, clip.rate()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_text_is_cut_at_a_sentence_and_a_short_one_is_kept() {
        assert_eq!(limit_text("  Hug one knee.  "), "Hug one knee.");
        let long = "Breathe slowly. ".repeat(100);
        let cut = limit_text(&long);
        assert!(cut.chars().count() <= MAX_TEXT_CHARS);
        assert!(cut.ends_with("slowly."), "{cut}");
        let one_word = "a".repeat(3000);
        assert_eq!(limit_text(&one_word).chars().count(), MAX_TEXT_CHARS);
        let wide = "é".repeat(3000);
        assert_eq!(limit_text(&wide).chars().count(), MAX_TEXT_CHARS);
    }

    #[test]
    fn only_plausible_voice_names_reach_the_synthesiser() {
        for good in ["en", "en-us", "pt-br", "cmn-latn-pinyin"] {
            assert!(is_voice_name(good), "{good}");
        }
        for bad in ["", "-w", "en us", "en/../../x", "en+f3", &"a".repeat(41)] {
            assert!(!is_voice_name(bad), "{bad}");
        }
        let hand_edited = SpeechSettings {
            voice: "--stdout".to_owned(),
            rate: 10_000,
            ..SpeechSettings::default()
        };
        assert_eq!(hand_edited.voice(), DEFAULT_VOICE);
        assert_eq!(hand_edited.rate(), *RATES.end());
    }

    #[test]
    fn the_voice_speaks_the_routines_language_else_the_programs_with_a_voice_of_that_language() {
        use VoiceLanguage::{English, French, German};
        let text = |language: &str| {
            format!(
                r#"Routine(format: 1, name: "T", {language} steps: [Step(name: "A", hold: 5)])"#
            )
        };
        let plain = crate::routine::parse(&text(""), None).unwrap();
        let french = crate::routine::parse(&text(r#"language: "fr-CA","#), None).unwrap();
        // On a thread of its own: the program's language is the thread's.
        std::thread::scope(|s| {
            s.spawn(|| {
                assert_eq!(voice_language(&plain), English);
                assert_eq!(voice_language(&french), French);
                assert!(crate::l10n::set_language(&"de".parse().unwrap()));
                assert_eq!(voice_language(&plain), German);
                assert_eq!(voice_language(&french), French);
            })
            .join()
            .unwrap();
        });
        let british = SpeechSettings {
            voice: "en-gb".to_owned(),
            ..SpeechSettings::default()
        };
        assert_eq!(british.voice_for(English), "en-gb");
        assert_eq!(british.voice_for(German), "de");
        assert_eq!(SpeechSettings::default().voice_for(French), "fr-fr");
        assert_eq!(SpeechSettings::default().voice_for(English), "en-us");
    }

    #[test]
    fn instructions_saved_as_a_switch_read_as_the_choice_it_meant() {
        let read = |json: &str| {
            serde_json::from_str::<SpeechSettings>(json)
                .unwrap()
                .instructions
        };
        assert_eq!(read(r#"{"instructions": true}"#), ReadInstructions::Always);
        assert_eq!(
            read(r#"{"instructions": false}"#),
            ReadInstructions::WhenAsked
        );
        for choice in ReadInstructions::ALL {
            let saved = SpeechSettings {
                instructions: choice,
                ..SpeechSettings::default()
            };
            let json = serde_json::to_string(&saved).unwrap();
            assert!(json.contains(&format!("\"{}\"", choice.name())), "{json}");
            assert_eq!(read(&json), choice);
        }
    }

    /// eframe's storage, in memory: the app's settings are kept in RON through it.
    #[derive(Default)]
    struct Memory(HashMap<String, String>);

    impl eframe::Storage for Memory {
        fn get_string(&self, key: &str) -> Option<String> {
            self.0.get(key).cloned()
        }
        fn set_string(&mut self, key: &str, value: String) {
            self.0.insert(key.to_owned(), value);
        }
        fn remove_string(&mut self, key: &str) {
            self.0.remove(key);
        }
        fn flush(&mut self) {}
    }

    #[test]
    fn settings_kept_by_the_app_before_and_after_the_choice_read_back() {
        let mut storage = Memory::default();
        let old = r#"(names:true,instructions:true,voice:"de",rate:120)"#;
        eframe::Storage::set_string(&mut storage, "speech", old.to_owned());
        let read: SpeechSettings = eframe::get_value(&storage, "speech").unwrap();
        assert_eq!(
            read,
            SpeechSettings {
                instructions: ReadInstructions::Always,
                voice: "de".to_owned(),
                rate: 120,
                ..SpeechSettings::default()
            }
        );
        for choice in ReadInstructions::ALL {
            let kept = SpeechSettings {
                instructions: choice,
                ..read.clone()
            };
            eframe::set_value(&mut storage, "speech", &kept);
            assert_eq!(eframe::get_value(&storage, "speech"), Some(kept));
        }
    }

    #[test]
    fn old_settings_without_speech_fields_read_as_the_defaults() {
        let read: SpeechSettings = serde_json::from_str(r#"{"rate": 120}"#).unwrap();
        assert_eq!(
            read,
            SpeechSettings {
                rate: 120,
                ..SpeechSettings::default()
            }
        );
    }

    #[test]
    fn a_clip_is_trimmed_to_its_sound_and_brought_to_the_prompts_loudness() {
        let rate = 22_050;
        let mut samples = vec![0.0f32; 2205];
        samples.extend((0..22_050).map(|n| 0.02 * (n as f32 * 0.05).sin()));
        samples.extend(vec![0.0f32; 4410]);
        let shaped = shape(&Clip::new(samples, rate)).unwrap();
        assert!((22_000..=22_050).contains(&shaped.samples().len()));
        let rms = (shaped.samples().iter().map(|s| s * s).sum::<f32>()
            / shaped.samples().len() as f32)
            .sqrt();
        let db = 20.0 * rms.log10();
        assert!((db - TARGET_RMS_DBFS).abs() < 0.5, "{db} dBFS");
        assert_eq!(shape(&Clip::new(vec![0.0; 100], rate)), None);
    }
}
