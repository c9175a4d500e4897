//! Every sound a routine can make, decoded once before it starts: nothing is decoded on the
//! timing path.

use std::collections::HashMap;
use std::io::{Cursor, Read as _};
use std::num::NonZero;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::Duration;

use rodio::Source as _;

pub use crate::cue_sounds::Phrase;
use crate::cue_sounds::Tone;
use crate::language::VoiceLanguage;
use crate::limits;
use crate::media::sound_check::{self, Unplayable};
use crate::routine::Routine;
use crate::tr;
pub use stretch_timer_core::score::{Sound, Spoken};

/// The sample rate sounds are rendered at offline.
pub const RENDER_RATE: u32 = 44_100;

/// A decoded sound: mono samples in [-1, 1] at a known rate, cheap to clone.
#[derive(Clone, PartialEq)]
pub struct Clip {
    samples: Arc<[f32]>,
    rate: u32,
}

impl std::fmt::Debug for Clip {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Clip({} samples at {} Hz)",
            self.samples.len(),
            self.rate
        )
    }
}

impl Clip {
    /// A clip from samples at `rate`.
    pub fn new(samples: Vec<f32>, rate: u32) -> Clip {
        Clip {
            samples: samples.into(),
            rate,
        }
    }

    /// The samples, mono.
    pub fn samples(&self) -> &[f32] {
        &self.samples
    }

    /// Samples per second.
    pub fn rate(&self) -> u32 {
        self.rate
    }

    /// How long it sounds.
    pub fn duration(&self) -> Duration {
        Duration::from_secs_f64(self.samples.len() as f64 / f64::from(self.rate.max(1)))
    }
}

/// A sound file that could not be used; the built-in sound plays instead (or, for a step's
/// recording, nothing).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}: {reason}", .path.display())]
pub struct SoundProblem {
    /// The file.
    pub path: PathBuf,
    /// Why it could not be used.
    pub reason: String,
}

/// Decoded sounds for one routine at one sample rate.
#[derive(Debug, Clone)]
pub struct SoundBank {
    rate: u32,
    /// The language of the built-in prompts (and of the speech added).
    language: VoiceLanguage,
    tones: HashMap<Tone, Clip>,
    phrases: HashMap<Phrase, Clip>,
    step_voices: HashMap<usize, Clip>,
    /// Speech made for the routine (by [`crate::speech`]), added with [`SoundBank::add_speech`].
    speech: HashMap<Spoken, Clip>,
    problems: Vec<SoundProblem>,
}

/// Why a sound could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}", self.words())]
pub enum DecodeError {
    /// The file could not be read.
    Unreadable(String),
    /// The file is too large to be a cue or a spoken instruction.
    TooLarge(u64),
    /// Not a sound in a supported format.
    Undecodable(String),
    /// A kind of recording phones make that cannot be played, known by its first bytes.
    Unplayable(Unplayable),
    /// Decoded to nothing.
    Empty,
}

impl DecodeError {
    /// What is wrong, in the person's language.
    fn words(&self) -> String {
        match self {
            DecodeError::Unreadable(reason) => tr!("sound-unreadable", reason = reason.as_str()),
            DecodeError::TooLarge(bytes) => {
                let (bytes, limit) = (*bytes, limits::size_text(limits::SOUND_FILE_BYTES));
                tr!("sound-too-large", bytes = bytes, limit = limit)
            }
            DecodeError::Undecodable(reason) => {
                let (reason, playable) = (reason.as_str(), sound_check::playable());
                tr!("sound-undecodable", reason = reason, playable = playable)
            }
            DecodeError::Unplayable(unplayable) => unplayable.to_string(),
            DecodeError::Empty => tr!("sound-empty"),
        }
    }
}

/// Decodes any supported sound (WAV, OGG Vorbis, FLAC, MP3, M4A) to mono at `rate`.
pub fn decode(bytes: Vec<u8>, rate: u32) -> Result<Clip, DecodeError> {
    let decoder = open_decoder(bytes)?;
    let (channels, source_rate) = (decoder.channels(), decoder.sample_rate());
    let target = NonZero::new(rate).ok_or(DecodeError::Empty)?;
    // Decoded in full first: rodio 0.23's converter yields nothing when fed its Vorbis decoder
    // directly (it reads the decoder's first span as empty).
    let limit =
        limits::SOUND_CLIP.as_secs() * u64::from(source_rate.get()) * u64::from(channels.get());
    let decoded: Vec<f32> = decoder
        .take(usize::try_from(limit).unwrap_or(usize::MAX))
        .collect();
    let buffer = rodio::buffer::SamplesBuffer::new(channels, source_rate, decoded);
    let samples: Vec<f32> =
        rodio::source::UniformSourceIterator::new(buffer, NonZero::<u16>::MIN, target)
            .map(|s| s.clamp(-1.0, 1.0))
            .collect();
    if samples.is_empty() {
        return Err(DecodeError::Empty);
    }
    Ok(Clip::new(samples, rate))
}

/// A decoder for any supported sound. The length is given and seeking allowed: an M4A from a
/// phone keeps its index (the `moov` box) at the end, which the reader seeks to.
fn open_decoder(bytes: Vec<u8>) -> Result<rodio::Decoder<Cursor<Vec<u8>>>, DecodeError> {
    let len = u64::try_from(bytes.len()).unwrap_or(u64::MAX);
    let unplayable = Unplayable::sniff(&bytes);
    rodio::Decoder::builder()
        .with_data(Cursor::new(bytes))
        .with_byte_len(len)
        .with_seekable(true)
        .build()
        .map_err(|e| match unplayable {
            Some(kind) => DecodeError::Unplayable(kind),
            None => DecodeError::Undecodable(in_words(&e.to_string())),
        })
}

/// The decoder's message inside a sentence: "The format ... recognized." as "the format ...
/// recognized".
fn in_words(message: &str) -> String {
    let message = message.trim().trim_end_matches('.');
    let mut chars = message.chars();
    chars.next().map_or_else(String::new, |first| {
        first.to_lowercase().chain(chars).collect()
    })
}

/// Whether the sound file at `path` plays: decoded to its end once, at its own rate (nothing is
/// resampled). Its length if it does.
pub fn playable_file(path: &Path) -> Result<Duration, DecodeError> {
    let decoder = open_decoder(read_sound_file(path)?)?;
    let (channels, rate) = (decoder.channels(), decoder.sample_rate());
    let limit = limits::SOUND_CLIP.as_secs() * u64::from(rate.get()) * u64::from(channels.get());
    let samples = decoder
        .take(usize::try_from(limit).unwrap_or(usize::MAX))
        .count();
    if samples == 0 {
        return Err(DecodeError::Empty);
    }
    Ok(Duration::from_secs_f64(
        samples as f64 / f64::from(channels.get()) / f64::from(rate.get()),
    ))
}

/// The loudness the built-in spoken prompts are made at: assets/voice measure -22.4 to -21.7
/// dBFS with [`speech_level`] (and -22 dBFS RMS with `sox stats`). A routine's recordings are
/// brought to it.
pub const CUE_LOUDNESS_DBFS: f32 = -22.0;

/// The highest a recording's peaks may be after its gain: the built-in prompts peak between
/// -10 and -6 dBFS. Peaks that the gain would lift above it (a tap on the phone, a cough, a
/// plosive) are brought down to it over a few milliseconds, and the words keep their gain.
pub const PEAK_CEILING_DBFS: f32 = -3.0;

/// How long the limiter takes to bring its gain down before a peak, and holds it after; it
/// comes back up over as long again (see [`limited`]).
const LIMITER_HOLD: Duration = Duration::from_millis(5);

/// The most a recording is made louder (31.6 times): a file of near silence stays near silence
/// instead of becoming a roar of noise.
const MAX_GAIN_DB: f32 = 30.0;

/// How many of [`speech_level`]'s 50 ms windows a knock or a cough may take: 300 ms.
const KNOCK_WINDOWS: usize = 6;

/// The RMS level of `samples` in dBFS over their voiced parts, in 50 ms windows.
/// - The loudest window, or in a recording over 1.2 s the loudest once the loudest 300 ms are set
///   aside, says how loud the words are: a knock or a cough, however loud, is shorter.
/// - Windows more than 30 dB below it (pauses between words, a recording's lead-in) are left out,
///   so a recording with long pauses measures as loud as it sounds.
/// - Windows more than 10 dB above it (the knock, the cough) are left out too: a recording is as
///   loud as its words.
///
/// Everything is relative, so a gain moves the level by exactly itself. `None` for silence
/// (nothing above -70 dBFS).
pub fn speech_level(samples: &[f32], rate: u32) -> Option<f32> {
    let window = (rate as usize / 20).max(1);
    let powers: Vec<(f64, usize)> = samples
        .chunks(window)
        .map(|chunk| {
            let sum: f64 = chunk.iter().map(|s| f64::from(s * s)).sum();
            (sum / chunk.len() as f64, chunk.len())
        })
        .collect();
    let mut sorted: Vec<f64> = powers.iter().map(|(p, _)| *p).collect();
    sorted.sort_by(f64::total_cmp);
    if sorted.last().is_none_or(|loudest| *loudest <= 1e-7) {
        return None;
    }
    let set_aside = if sorted.len() > 4 * KNOCK_WINDOWS {
        KNOCK_WINDOWS
    } else {
        0
    };
    let loud = sorted[sorted.len() - 1 - set_aside];
    let gate = loud * 1e-3;
    let most = loud * 10.0;
    let (sum, count) = powers
        .iter()
        .filter(|(p, _)| (gate..=most).contains(p))
        .fold((0f64, 0usize), |(sum, count), (p, n)| {
            (sum + p * *n as f64, count + n)
        });
    #[allow(clippy::cast_possible_truncation)] // A level in dB, between -70 and +10.
    let db = (10.0 * (sum / count.max(1) as f64).log10()) as f32;
    Some(db)
}

/// `clip` brought to [`CUE_LOUDNESS_DBFS`], louder or quieter, with its peaks at most
/// [`PEAK_CEILING_DBFS`]: a quiet phone recording sounds as loud as the cues, and a knock or a
/// cough in it is made quieter, never clipped, without making the words quieter.
pub fn to_cue_loudness(clip: &Clip) -> Clip {
    let Some(level) = speech_level(clip.samples(), clip.rate()) else {
        return clip.clone();
    };
    let gain = 10f32.powf((CUE_LOUDNESS_DBFS - level).min(MAX_GAIN_DB) / 20.0);
    let hold = super::samples_in(LIMITER_HOLD, clip.rate()).max(1);
    Clip::new(
        limited(
            clip.samples(),
            gain,
            10f32.powf(PEAK_CEILING_DBFS / 20.0),
            hold,
        ),
        clip.rate(),
    )
}

/// `samples` times `gain`, except where that would take one above `ceiling`: there the gain
/// falls just enough, starting `hold` samples before the peak, staying down `hold` samples after
/// it, and moving over `2 * hold + 1` samples each way, so that a peak is turned down rather
/// than cut off (which would crackle).
///
/// The gain each sample can take is `min(gain, ceiling / |sample|)`. Its least over the `hold`
/// samples either side, averaged again over the `hold` samples either side, is never above
/// what any sample within reach can take: every average is of least values taken over windows
/// that each include the sample. Both are worked out as the samples go by, so that a long
/// recording needs no more memory than its result.
fn limited(samples: &[f32], gain: f32, ceiling: f32, hold: usize) -> Vec<f32> {
    let allowed = |s: f32| {
        if s.abs() * gain > ceiling {
            ceiling / s.abs()
        } else {
            gain
        }
    };
    if samples.iter().all(|s| s.abs() * gain <= ceiling) {
        return samples.iter().map(|s| s * gain).collect();
    }
    let mut least = SlidingLeast::new(samples.iter().map(|s| allowed(*s)), hold);
    // The least values from `first` on, and their sum.
    let mut window = std::collections::VecDeque::with_capacity(2 * hold + 1);
    let (mut first, mut sum) = (0, 0f64);
    samples
        .iter()
        .enumerate()
        .map(|(i, s)| {
            while first + window.len() <= i + hold
                && let Some(g) = least.next()
            {
                window.push_back(g);
                sum += f64::from(g);
            }
            while first + hold < i
                && let Some(g) = window.pop_front()
            {
                sum -= f64::from(g);
                first += 1;
            }
            #[allow(clippy::cast_possible_truncation, clippy::cast_precision_loss)] // A gain.
            let average = (sum / window.len().max(1) as f64) as f32;
            // Rounding in the sum must not take a sample over the ceiling.
            s * average.min(allowed(*s))
        })
        .collect()
}

/// The least of the values within `reach` of each one, in order: a sliding minimum, each value
/// read once.
struct SlidingLeast<I> {
    values: I,
    reach: usize,
    /// Values that may yet be the least, by their place, rising.
    candidates: std::collections::VecDeque<(usize, f32)>,
    /// How many values were read; the place of the next least given.
    read: usize,
    given: usize,
    ended: bool,
}

impl<I: Iterator<Item = f32>> SlidingLeast<I> {
    fn new(values: I, reach: usize) -> Self {
        SlidingLeast {
            values,
            reach,
            candidates: std::collections::VecDeque::new(),
            read: 0,
            given: 0,
            ended: false,
        }
    }
}

impl<I: Iterator<Item = f32>> Iterator for SlidingLeast<I> {
    type Item = f32;

    fn next(&mut self) -> Option<f32> {
        while !self.ended && self.read <= self.given + self.reach {
            let Some(value) = self.values.next() else {
                self.ended = true;
                break;
            };
            while self.candidates.back().is_some_and(|(_, v)| *v >= value) {
                self.candidates.pop_back();
            }
            self.candidates.push_back((self.read, value));
            self.read += 1;
        }
        if self.given >= self.read {
            return None;
        }
        while self
            .candidates
            .front()
            .is_some_and(|(at, _)| at + self.reach < self.given)
        {
            self.candidates.pop_front();
        }
        self.given += 1;
        self.candidates.front().map(|(_, v)| *v)
    }
}

/// Reads and decodes a routine's recording and brings it to the cues' loudness.
pub fn decode_recording(path: &Path, rate: u32) -> Result<Clip, DecodeError> {
    decode_file(path, rate).map(|clip| to_cue_loudness(&clip))
}

/// Reads and decodes a sound file.
pub fn decode_file(path: &Path, rate: u32) -> Result<Clip, DecodeError> {
    decode(read_sound_file(path)?, rate)
}

/// A sound file's bytes, at most [`limits::SOUND_FILE_BYTES`].
fn read_sound_file(path: &Path) -> Result<Vec<u8>, DecodeError> {
    crate::media::plain_file(path).map_err(|e| DecodeError::Unreadable(e.to_string()))?;
    let file = std::fs::File::open(path).map_err(|e| DecodeError::Unreadable(e.to_string()))?;
    let size = file
        .metadata()
        .map_err(|e| DecodeError::Unreadable(e.to_string()))?
        .len();
    if size > limits::SOUND_FILE_BYTES {
        return Err(DecodeError::TooLarge(size));
    }
    let mut bytes = Vec::new();
    file.take(limits::SOUND_FILE_BYTES)
        .read_to_end(&mut bytes)
        .map_err(|e| DecodeError::Unreadable(e.to_string()))?;
    Ok(bytes)
}

impl SoundBank {
    /// The built-in sounds, with the prompts in `language`, decoded at `rate`. They ship inside
    /// the program and are tested to decode; should one fail all the same, it is left out and
    /// reported, never a crash.
    pub fn builtin(language: VoiceLanguage, rate: u32) -> SoundBank {
        let mut bank = SoundBank {
            rate,
            language,
            tones: HashMap::new(),
            phrases: HashMap::new(),
            step_voices: HashMap::new(),
            speech: HashMap::new(),
            problems: Vec::new(),
        };
        for tone in Tone::ALL {
            match decode(tone.builtin().to_vec(), rate) {
                Ok(clip) => {
                    bank.tones.insert(tone, clip);
                }
                Err(e) => bank.problems.push(SoundProblem {
                    path: PathBuf::from(format!("assets/sounds/{}.wav", tone.name())),
                    reason: e.to_string(),
                }),
            }
        }
        for phrase in Phrase::ALL {
            match decode(phrase.builtin(language).to_vec(), rate) {
                Ok(clip) => {
                    bank.phrases.insert(phrase, clip);
                }
                Err(e) => bank.problems.push(SoundProblem {
                    path: PathBuf::from(format!("assets/voice/{language}/{}.ogg", phrase.name())),
                    reason: e.to_string(),
                }),
            }
        }
        bank
    }

    /// The built-in sounds, the routine's replacements for them, and its steps' recordings, all
    /// decoded at `rate`; the prompts in the language the voice speaks for this routine on this
    /// thread ([`crate::speech::voice_language`]). A file that cannot be used is reported in
    /// [`SoundBank::problems`] and the built-in sound stays.
    pub fn for_routine(routine: &Routine, rate: u32) -> SoundBank {
        let mut bank = SoundBank::builtin(crate::speech::voice_language(routine), rate);
        for (tone, asset) in &routine.sounds {
            match decode_recording(&asset.path, rate) {
                Ok(clip) => {
                    bank.tones.insert(*tone, clip);
                }
                Err(e) => bank.problems.push(SoundProblem {
                    path: asset.path.clone(),
                    reason: {
                        let (problem, cue) = (e.to_string(), tone.name());
                        tr!("sound-builtin-instead", problem = problem, cue = cue)
                    },
                }),
            }
        }
        for (index, step) in routine.steps.iter().enumerate() {
            let Some(voice) = &step.voice else { continue };
            match decode_recording(&voice.path, rate) {
                Ok(clip) => {
                    bank.step_voices.insert(index, clip);
                }
                Err(e) => bank.problems.push(SoundProblem {
                    path: voice.path.clone(),
                    reason: {
                        let (problem, step) = (e.to_string(), index + 1);
                        tr!("sound-step-without", problem = problem, step = step)
                    },
                }),
            }
        }
        bank
    }

    /// The sample rate of every clip.
    pub fn rate(&self) -> u32 {
        self.rate
    }

    /// The language of its prompts: speech added to it is made in this language.
    pub fn language(&self) -> VoiceLanguage {
        self.language
    }

    /// The clip for a sound, if there is one.
    pub fn clip(&self, sound: Sound) -> Option<&Clip> {
        match sound {
            Sound::Tone(tone) => self.tones.get(&tone),
            Sound::Phrase(phrase) => self.phrases.get(&phrase),
            Sound::StepVoice(step) => self.step_voices.get(&step),
            Sound::Speech(spoken) => self.speech.get(&spoken),
        }
    }

    /// Adds speech made for the routine, at the bank's rate: the score then says it where it
    /// fits, instead of the fixed prompts.
    pub fn add_speech(&mut self, spoken: Spoken, clip: Clip) {
        self.speech.insert(spoken, clip);
    }

    /// How long a sound lasts (zero if there is no clip for it).
    pub fn duration(&self, sound: Sound) -> Duration {
        self.clip(sound).map_or(Duration::ZERO, Clip::duration)
    }

    /// Files that could not be used, each said once.
    pub fn problems(&self) -> &[SoundProblem] {
        &self.problems
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::routine::load;

    #[test]
    fn every_builtin_sound_decodes_and_starts_at_once() {
        let bank = SoundBank::builtin(VoiceLanguage::English, RENDER_RATE);
        assert!(bank.problems().is_empty(), "{:?}", bank.problems());
        for tone in Tone::ALL {
            let clip = bank.clip(Sound::Tone(tone)).unwrap();
            let first = clip.samples().iter().position(|s| s.abs() > 1e-4).unwrap();
            assert!(
                first < 5 * RENDER_RATE as usize / 1000,
                "{} starts {first} samples late",
                tone.name()
            );
            assert!(
                clip.duration() < Duration::from_millis(1700),
                "{}",
                tone.name()
            );
        }
        for language in VoiceLanguage::ALL {
            let bank = SoundBank::builtin(language, RENDER_RATE);
            assert!(bank.problems().is_empty(), "{:?}", bank.problems());
            assert_eq!(bank.language(), language);
            for phrase in Phrase::ALL {
                let clip = bank.clip(Sound::Phrase(phrase)).unwrap();
                assert!(
                    clip.duration() < Duration::from_millis(1600),
                    "{language}/{}",
                    phrase.name()
                );
            }
            for short in [Phrase::Three, Phrase::Two, Phrase::One] {
                assert!(
                    bank.duration(Sound::Phrase(short)) < Duration::from_millis(750),
                    "{language}/{}",
                    short.name()
                );
            }
        }
    }

    fn data(path: &str) -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data")
            .join(path)
    }

    #[test]
    fn a_file_that_cannot_be_played_keeps_the_builtin_and_is_reported_with_a_hint() {
        let dir = tempfile::tempdir().unwrap();
        for file in ["not-a-recording.m4a", "voice-note.opus", "memo.amr"] {
            std::fs::copy(data("media").join(file), dir.path().join(file)).unwrap();
        }
        let text = r#"Routine(format: 1, name: "T",
            sounds: Sounds(hold_end: "not-a-recording.m4a"),
            steps: [
                Step(name: "A", hold: 5, voice: "voice-note.opus"),
                Step(name: "B", hold: 5, voice: "memo.amr"),
            ])"#;
        let routine = crate::routine::parse(text, Some(dir.path())).unwrap();
        let builtin = SoundBank::builtin(VoiceLanguage::English, RENDER_RATE);
        let bank = SoundBank::for_routine(&routine, RENDER_RATE);
        assert_eq!(
            bank.clip(Sound::Tone(Tone::HoldEnd)),
            builtin.clip(Sound::Tone(Tone::HoldEnd))
        );
        assert_eq!(bank.clip(Sound::StepVoice(0)), None);
        let problems: Vec<String> = bank.problems().iter().map(ToString::to_string).collect();
        let [text_file, opus, amr] = problems.as_slice() else {
            panic!("{problems:?}")
        };
        assert!(
            text_file.contains("not-a-recording.m4a: it is not a sound file stretch-timer can play (the format of the data has not been recognized); it plays WAV, OGG Vorbis, FLAC, MP3 and M4A (AAC)")
                && text_file.ends_with("; the built-in hold_end sound plays instead"),
            "{text_file}"
        );
        assert!(
            opus.contains("it is an Opus recording")
                && opus.contains("convert it to M4A, MP3 or WAV")
                && opus.ends_with("step 1 starts without it"),
            "{opus}"
        );
        assert!(amr.contains("it is an AMR recording"), "{amr}");
    }

    #[test]
    fn every_format_a_phone_or_computer_makes_plays() {
        for file in [
            "chime.wav",
            "chime.ogg",
            "chime.flac",
            "chime.mp3",
            "quiet-memo.m4a",
        ] {
            let clip = decode_file(&data("media").join(file), RENDER_RATE)
                .unwrap_or_else(|e| panic!("{file}: {e}"));
            let length = playable_file(&data("media").join(file)).unwrap();
            let expected = if file.starts_with("chime") { 0.3 } else { 2.16 };
            // MP3 and AAC add their encoder's delay and padding: up to 2048 samples at 16 kHz.
            assert!(
                (clip.duration().as_secs_f64() - expected).abs() < 0.13
                    && (length.as_secs_f64() - expected).abs() < 0.13,
                "{file}: {:?}, {length:?}",
                clip.duration()
            );
        }
    }

    #[test]
    fn the_builtin_prompts_are_at_the_cue_loudness() {
        for language in VoiceLanguage::ALL {
            let bank = SoundBank::builtin(language, RENDER_RATE);
            let mut levels: Vec<f32> = Phrase::ALL
                .iter()
                .map(|p| {
                    let clip = bank.clip(Sound::Phrase(*p)).unwrap();
                    speech_level(clip.samples(), clip.rate()).unwrap()
                })
                .collect();
            levels.sort_by(f32::total_cmp);
            let median = levels[levels.len() / 2];
            assert!(
                (median - CUE_LOUDNESS_DBFS).abs() < 1.0,
                "{language}: median {median} dBFS: {levels:?}"
            );
        }
    }

    #[test]
    fn a_quiet_phone_recording_is_brought_to_the_cues_loudness_and_a_loud_one_never_clips() {
        let memo = data("media/quiet-memo.m4a");
        let raw = decode_file(&memo, RENDER_RATE).unwrap();
        let level = |clip: &Clip| speech_level(clip.samples(), clip.rate()).unwrap();
        let peak = |clip: &Clip| {
            let peak = clip.samples().iter().fold(0f32, |m, s| m.max(s.abs()));
            20.0 * peak.log10()
        };
        assert!(level(&raw) < -40.0, "as recorded: {} dBFS", level(&raw));
        let loud = decode_recording(&memo, RENDER_RATE).unwrap();
        // Its peaks stand 20 dB above its speech: they are turned down, not the words.
        assert!(
            (level(&loud) - CUE_LOUDNESS_DBFS).abs() < 0.5 && level(&loud) - level(&raw) > 18.0,
            "{} dBFS, from {} dBFS",
            level(&loud),
            level(&raw)
        );
        assert!(peak(&loud) <= PEAK_CEILING_DBFS + 0.01, "{}", peak(&loud));
        // A square wave at full scale: as loud as it can be, it is brought down to the ceiling.
        let square: Vec<f32> = (0..8000)
            .map(|i| if i % 40 < 20 { 1.0 } else { -1.0 })
            .collect();
        let tamed = to_cue_loudness(&Clip::new(square, 8000));
        assert!(
            (peak(&tamed) - CUE_LOUDNESS_DBFS).abs() < 0.01,
            "{}",
            peak(&tamed)
        );
        // Silence stays silence.
        let silence = Clip::new(vec![0.0; 800], 8000);
        assert_eq!(to_cue_loudness(&silence), silence);
    }

    #[test]
    fn a_cough_in_a_quiet_recording_is_turned_down_smoothly_and_the_words_around_it_are_not() {
        let rate = 16_000;
        // Quiet "words" (a 220 Hz tone at -40 dBFS RMS for 3 s), and a cough a quarter of a
        // second long in the middle: noise-like, at full scale.
        let words = 0.01 * std::f32::consts::SQRT_2;
        let mut samples: Vec<f32> = (0..3 * rate)
            .map(|i| words * (i as f32 * 220.0 * std::f32::consts::TAU / rate as f32).sin())
            .collect();
        let cough = 24_000..28_000;
        for (i, s) in samples[cough.clone()].iter_mut().enumerate() {
            *s = if (i * 7919) % 13 < 6 { 0.98 } else { -0.95 };
        }
        // Measured as loud as the words, the cough left out.
        let level = speech_level(&samples, rate).unwrap();
        assert!((level + 40.0).abs() < 0.1, "{level} dBFS");
        let clip = to_cue_loudness(&Clip::new(samples.clone(), rate));
        let out = clip.samples();
        let peak = out.iter().fold(0f32, |m, s| m.max(s.abs()));
        assert!(20.0 * peak.log10() <= PEAK_CEILING_DBFS + 0.01, "{peak}");
        // Away from the cough the words get the whole gain the level asked for: the cough does
        // not make them quieter.
        let gain = 10f32.powf((CUE_LOUDNESS_DBFS - level).min(MAX_GAIN_DB) / 20.0);
        let hold = 80;
        for i in (0..cough.start - 2 * hold - 1).chain(cough.end + 2 * hold + 1..out.len()) {
            assert!((out[i] - samples[i] * gain).abs() < 1e-6, "sample {i}");
        }
        // The gain falls and rises over at least 10 ms, never in a jump (a jump crackles): a
        // sample's gain is at most a 160th of the fall from its neighbour's.
        let gains: Vec<(usize, f32)> = (cough.start - 3 * hold..cough.end + 3 * hold)
            .filter(|i| samples[*i].abs() > 1e-3)
            .map(|i| (i, out[i] / samples[i]))
            .collect();
        let fall = gain - gains.iter().fold(gain, |m, (_, g)| m.min(*g));
        assert!(fall > gain * 0.9, "turned down by {fall} of {gain}");
        for pair in gains.windows(2) {
            let ((i, a), (j, b)) = (pair[0], pair[1]);
            assert!(
                (b - a).abs() <= fall / (2 * hold) as f32 * (j - i) as f32 + 1e-4,
                "from {a} at {i} to {b} at {j}"
            );
        }
    }

    #[test]
    fn the_limiter_never_lets_a_sample_over_the_ceiling_and_finds_each_windows_least() {
        // Noise with bursts, from a fixed sequence.
        let mut seed = 12_345u32;
        let mut noise = || {
            seed = seed.wrapping_mul(1_103_515_245).wrapping_add(12_345);
            f32::from(u16::try_from(seed >> 16).unwrap()) / 32_768.0 - 1.0
        };
        let samples: Vec<f32> = (0..5000)
            .map(|i| noise() * if i % 700 < 40 { 1.0 } else { 0.02 })
            .collect();
        for hold in [1, 3, 80] {
            let values: Vec<f32> = samples.iter().map(|s| s.abs()).collect();
            let least: Vec<f32> = SlidingLeast::new(values.iter().copied(), hold).collect();
            assert_eq!(least.len(), values.len());
            for (i, got) in least.iter().enumerate() {
                let window = &values[i.saturating_sub(hold)..(i + hold + 1).min(values.len())];
                assert_eq!(*got, window.iter().copied().fold(f32::INFINITY, f32::min));
            }
            let out = limited(&samples, 20.0, 0.5, hold);
            assert!(out.iter().all(|s| s.abs() <= 0.5), "hold {hold}");
            // Between bursts, far from them, the whole gain.
            assert!((out[350] - samples[350] * 20.0).abs() < 1e-5, "hold {hold}");
        }
    }

    #[test]
    fn a_routine_replaces_tones_and_plays_its_steps_recordings() {
        let routine = load(Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/valid/with-assets/routine.ron"
        )))
        .unwrap();
        let builtin = SoundBank::builtin(VoiceLanguage::English, RENDER_RATE);
        let bank = SoundBank::for_routine(&routine, RENDER_RATE);
        // bell.wav: 250 ms at 880 Hz, unlike the built-in hold_start.
        let bell = bank.clip(Sound::Tone(Tone::HoldStart)).unwrap();
        assert_eq!(bell.samples().len(), RENDER_RATE as usize / 4);
        assert_ne!(Some(bell), builtin.clip(Sound::Tone(Tone::HoldStart)));
        assert!(bank.problems().is_empty(), "{:?}", bank.problems());
        // The step's recording (intro.wav, 0.1 s at 8 kHz) is resampled to the bank's rate.
        let voice = bank.clip(Sound::StepVoice(0)).unwrap().samples().len();
        assert!((4400..=4410).contains(&voice), "{voice} samples");
        assert_eq!(bank.clip(Sound::StepVoice(1)), None);
    }
}
