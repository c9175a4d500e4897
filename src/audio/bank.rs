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
use crate::limits;
use crate::routine::Routine;
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
    tones: HashMap<Tone, Clip>,
    phrases: HashMap<Phrase, Clip>,
    step_voices: HashMap<usize, Clip>,
    /// Speech made for the routine (by [`crate::speech`]), added with [`SoundBank::add_speech`].
    speech: HashMap<Spoken, Clip>,
    problems: Vec<SoundProblem>,
}

/// Why a sound could not be decoded.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DecodeError {
    /// The file could not be read.
    #[error("cannot read it: {0}")]
    Unreadable(String),
    /// The file is too large to be a cue or a spoken instruction.
    #[error(
        "it is {0} bytes; a sound file may be at most {max}",
        max = limits::size_text(limits::SOUND_FILE_BYTES)
    )]
    TooLarge(u64),
    /// Not a sound in a supported format.
    #[error("it is not a sound file stretch-timer can play (WAV, OGG Vorbis, FLAC or MP3): {0}")]
    Undecodable(String),
    /// Decoded to nothing.
    #[error("it holds no sound")]
    Empty,
}

/// Decodes any supported sound (WAV, OGG Vorbis, FLAC, MP3) to mono at `rate`.
pub fn decode(bytes: Vec<u8>, rate: u32) -> Result<Clip, DecodeError> {
    let decoder = rodio::Decoder::new(Cursor::new(bytes))
        .map_err(|e| DecodeError::Undecodable(e.to_string()))?;
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

/// Reads and decodes a sound file.
pub fn decode_file(path: &Path, rate: u32) -> Result<Clip, DecodeError> {
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
    decode(bytes, rate)
}

impl SoundBank {
    /// The built-in sounds, decoded at `rate`. They ship inside the program and are tested to
    /// decode; should one fail all the same, it is left out and reported, never a crash.
    pub fn builtin(rate: u32) -> SoundBank {
        let mut bank = SoundBank {
            rate,
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
            match decode(phrase.builtin().to_vec(), rate) {
                Ok(clip) => {
                    bank.phrases.insert(phrase, clip);
                }
                Err(e) => bank.problems.push(SoundProblem {
                    path: PathBuf::from(format!("assets/voice/{}.ogg", phrase.name())),
                    reason: e.to_string(),
                }),
            }
        }
        bank
    }

    /// The built-in sounds, the routine's replacements for them, and its steps' recordings, all
    /// decoded at `rate`. A file that cannot be used is reported in [`SoundBank::problems`] and
    /// the built-in sound stays.
    pub fn for_routine(routine: &Routine, rate: u32) -> SoundBank {
        let mut bank = SoundBank::builtin(rate);
        for (tone, asset) in &routine.sounds {
            match decode_file(&asset.path, rate) {
                Ok(clip) => {
                    bank.tones.insert(*tone, clip);
                }
                Err(e) => bank.problems.push(SoundProblem {
                    path: asset.path.clone(),
                    reason: format!("{e}; the built-in {} sound plays instead", tone.name()),
                }),
            }
        }
        for (index, step) in routine.steps.iter().enumerate() {
            let Some(voice) = &step.voice else { continue };
            match decode_file(&voice.path, rate) {
                Ok(clip) => {
                    bank.step_voices.insert(index, clip);
                }
                Err(e) => bank.problems.push(SoundProblem {
                    path: voice.path.clone(),
                    reason: format!("{e}; step {} starts without it", index + 1),
                }),
            }
        }
        bank
    }

    /// The sample rate of every clip.
    pub fn rate(&self) -> u32 {
        self.rate
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
        let bank = SoundBank::builtin(RENDER_RATE);
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
        for phrase in Phrase::ALL {
            let clip = bank.clip(Sound::Phrase(phrase)).unwrap();
            assert!(
                clip.duration() < Duration::from_millis(1600),
                "{}",
                phrase.name()
            );
        }
        for short in [Phrase::Three, Phrase::Two, Phrase::One] {
            assert!(bank.duration(Sound::Phrase(short)) < Duration::from_millis(750));
        }
    }

    #[test]
    fn a_routine_replaces_tones_and_a_broken_file_keeps_the_builtin_and_is_reported() {
        let routine = load(Path::new(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/tests/data/valid/with-assets/routine.ron"
        )))
        .unwrap();
        let builtin = SoundBank::builtin(RENDER_RATE);
        let bank = SoundBank::for_routine(&routine, RENDER_RATE);
        // bell.wav: 250 ms at 880 Hz, unlike the built-in hold_start.
        let bell = bank.clip(Sound::Tone(Tone::HoldStart)).unwrap();
        assert_eq!(bell.samples().len(), RENDER_RATE as usize / 4);
        assert_ne!(Some(bell), builtin.clip(Sound::Tone(Tone::HoldStart)));
        // not-audio.wav cannot be decoded: the built-in hold_end stays, and it is said once.
        assert_eq!(
            bank.clip(Sound::Tone(Tone::HoldEnd)),
            builtin.clip(Sound::Tone(Tone::HoldEnd))
        );
        assert_eq!(bank.problems().len(), 1, "{:?}", bank.problems());
        let problem = bank.problems()[0].to_string();
        assert!(
            problem.contains("not-audio.wav")
                && problem.contains("the built-in hold_end sound plays instead"),
            "{problem}"
        );
        // The step's recording (intro.wav, 0.1 s at 8 kHz) is resampled to the bank's rate.
        let voice = bank.clip(Sound::StepVoice(0)).unwrap().samples().len();
        assert!((4400..=4410).contains(&voice), "{voice} samples");
        assert_eq!(bank.clip(Sound::StepVoice(1)), None);
    }
}
