//! A recording made in the editor, as plain numbers: the level meter's reading, the silence cut
//! from both ends, the level brought to the cues' ([`bank::to_cue_loudness`]) and the WAV file
//! written. No device here: [`super::input`] captures the samples.

use std::io::Cursor;
use std::ops::Range;
use std::time::Duration;

use super::bank::{self, Clip};
use crate::tr;

/// The lowest level the meter shows: quieter is drawn as nothing.
pub const FLOOR_DBFS: f32 = -90.0;

/// A window of sound is heard as the start of speech only if it lasts this long above the gate:
/// the click of the mouse pressing Record or Stop (a few milliseconds) is not.
const SUSTAINED: Duration = Duration::from_millis(30);

/// Kept before the first sound heard: a soft consonant starts below the gate.
const LEAD: Duration = Duration::from_millis(150);

/// Kept after the last sound heard: the end of a word fades out below the gate.
const TAIL: Duration = Duration::from_millis(300);

/// Faded in and out at the cuts, so a recording never starts or ends with a click.
const FADE: Duration = Duration::from_millis(10);

/// Quieter than any microphone's own noise: nothing but zeros, or the last bit of a 16-bit file.
const DIGITAL_SILENCE: f32 = -85.0;

/// The levels are measured in windows of this length.
const WINDOW: Duration = Duration::from_millis(10);

/// Below this (sustained, in dBFS) nothing was said: a microphone that is muted or far away. The
/// cues' loudness is at most 30 dB away ([`bank::to_cue_loudness`]'s limit).
pub const HEARD_DBFS: f32 = -55.0;

/// What the meter shows: the level of the last moment of sound, in dBFS.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Level {
    /// Its RMS level (what is heard as loudness).
    pub rms: f32,
    /// Its highest sample (0 dBFS is the most a file can hold: more is clipped).
    pub peak: f32,
}

impl Level {
    /// Nothing at all.
    pub const SILENT: Level = Level {
        rms: FLOOR_DBFS,
        peak: FLOOR_DBFS,
    };
}

/// An amplitude (1.0 is full scale) in dBFS, no lower than [`FLOOR_DBFS`].
pub fn dbfs(amplitude: f32) -> f32 {
    if amplitude <= 0.0 {
        return FLOOR_DBFS;
    }
    (20.0 * amplitude.log10()).max(FLOOR_DBFS)
}

/// The level of `samples` (mono).
pub fn level(samples: &[f32]) -> Level {
    if samples.is_empty() {
        return Level::SILENT;
    }
    let power: f64 = samples.iter().map(|s| f64::from(s * s)).sum::<f64>() / samples.len() as f64;
    let peak = samples.iter().fold(0f32, |m, s| m.max(s.abs()));
    #[allow(clippy::cast_possible_truncation)] // An amplitude between 0 and 1.
    let rms = power.sqrt() as f32;
    Level {
        rms: dbfs(rms),
        peak: dbfs(peak),
    }
}

/// Samples in `span` at `rate`, at least one.
fn samples_in(span: Duration, rate: u32) -> usize {
    super::samples_in(span, rate).max(1)
}

/// Where something was said in `samples` (mono, at `rate`): from a little before the first sound
/// that lasts, to a little after the last. The gate is set from the recording itself: 10 dB above
/// its room noise (its quietest tenth, digital silence left out), at least 40 dB and at most
/// 10 dB below its loudest. `None` if nothing louder than [`HEARD_DBFS`] lasts long enough to be
/// speech.
pub fn voiced(samples: &[f32], rate: u32) -> Option<Range<usize>> {
    let mut levels = Levels::new(rate);
    levels.extend(samples);
    levels.voiced()
}

/// The level of a recording window by window, measured as its samples come in, so that where it
/// was said ([`Levels::voiced`]) can be asked again and again while recording without measuring
/// it all again.
#[derive(Debug, Clone)]
pub struct Levels {
    rate: u32,
    window: usize,
    /// The RMS level of each whole window, in dBFS.
    levels: Vec<f32>,
    /// Samples of a window not yet whole.
    partial: Vec<f32>,
    /// All the samples measured.
    len: usize,
}

impl Levels {
    /// Nothing measured yet, of sound at `rate`.
    pub fn new(rate: u32) -> Levels {
        let window = samples_in(WINDOW, rate);
        Levels {
            rate,
            window,
            levels: Vec::new(),
            partial: Vec::with_capacity(window),
            len: 0,
        }
    }

    /// Measures the next `samples`.
    pub fn extend(&mut self, samples: &[f32]) {
        self.len += samples.len();
        let mut rest = samples;
        while !rest.is_empty() {
            let take = (self.window - self.partial.len()).min(rest.len());
            self.partial.extend_from_slice(&rest[..take]);
            rest = &rest[take..];
            if self.partial.len() == self.window {
                self.levels.push(level(&self.partial).rms);
                self.partial.clear();
            }
        }
    }

    /// Where something was said in what was measured (see [`voiced`]).
    pub fn voiced(&self) -> Option<Range<usize>> {
        let (window, rate) = (self.window, self.rate);
        let mut levels = self.levels.clone();
        if !self.partial.is_empty() {
            levels.push(level(&self.partial).rms);
        }
        let run = samples_in(SUSTAINED, rate).div_ceil(window).max(1);
        if levels.len() < run {
            return None;
        }
        // The level a sound keeps for `run` windows from each window on.
        let sustained: Vec<f32> = levels
            .windows(run)
            .map(|w| w.iter().copied().fold(f32::INFINITY, f32::min))
            .collect();
        let loudest = sustained.iter().copied().fold(FLOOR_DBFS, f32::max);
        if loudest < HEARD_DBFS {
            return None;
        }
        // Digital silence (a muted input, a sound server before anything plays) says nothing of
        // the room's noise.
        let mut sorted: Vec<f32> = levels
            .iter()
            .copied()
            .filter(|l| *l > DIGITAL_SILENCE)
            .collect();
        sorted.sort_by(f32::total_cmp);
        let noise = sorted.get(sorted.len() / 10).copied().unwrap_or(FLOOR_DBFS);
        let gate = (noise + 10.0).max(loudest - 40.0).min(loudest - 10.0);
        let first = sustained.iter().position(|l| *l >= gate)?;
        let last = sustained.iter().rposition(|l| *l >= gate)?;
        let start = (first * window).saturating_sub(samples_in(LEAD, rate));
        let end = ((last + run) * window + samples_in(TAIL, rate)).min(self.len);
        Some(start..end)
    }
}

/// Why a recording was not kept.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TakeError {
    /// Nothing louder than the room was heard.
    #[error("{}", tr!("recording-silent"))]
    NothingHeard,
    /// The WAV file could not be written in memory (should not happen).
    #[error("{}", tr!("recording-not-written", reason = .0.as_str()))]
    Wav(String),
}

/// A recording ready to be saved.
#[derive(Debug, Clone, PartialEq)]
pub struct Take {
    /// The sound as saved: trimmed and at the cues' loudness.
    pub clip: Clip,
    /// How long was recorded before trimming.
    pub recorded: Duration,
    /// The WAV file's bytes: mono, 16 bits, at the microphone's rate.
    pub wav: Vec<u8>,
}

impl Take {
    /// How long it plays.
    pub fn length(&self) -> Duration {
        self.clip.duration()
    }
}

/// A recording as the microphone gave it (mono, at `rate`) made ready to save: the silence cut
/// from both ends (faded at the cuts), brought to the cues' loudness, written as WAV.
pub fn finish(samples: &[f32], rate: u32) -> Result<Take, TakeError> {
    let range = voiced(samples, rate).ok_or(TakeError::NothingHeard)?;
    let mut kept = samples[range].to_vec();
    fade_ends(&mut kept, samples_in(FADE, rate));
    let clip = bank::to_cue_loudness(&Clip::new(kept, rate));
    let wav = wav_bytes(&clip).map_err(|e| TakeError::Wav(e.to_string()))?;
    Ok(Take {
        clip,
        recorded: Duration::from_secs_f64(samples.len() as f64 / f64::from(rate.max(1))),
        wav,
    })
}

/// Fades the first and last `fade` samples in and out.
fn fade_ends(samples: &mut [f32], fade: usize) {
    let fade = fade.min(samples.len() / 2);
    let len = samples.len();
    for i in 0..fade {
        let gain = i as f32 / fade as f32;
        samples[i] *= gain;
        samples[len - 1 - i] *= gain;
    }
}

/// `clip` as a WAV file: mono, 16-bit PCM, at its rate.
pub fn wav_bytes(clip: &Clip) -> Result<Vec<u8>, hound::Error> {
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: clip.rate(),
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    let mut bytes = Cursor::new(Vec::new());
    let mut writer = hound::WavWriter::new(&mut bytes, spec)?;
    for sample in clip.samples() {
        #[allow(clippy::cast_possible_truncation)] // Clamped to the range of i16 first.
        let value = (sample.clamp(-1.0, 1.0) * f32::from(i16::MAX)).round() as i16;
        writer.write_sample(value)?;
    }
    writer.finalize()?;
    Ok(bytes.into_inner())
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)] // Tests may fail loudly.

    use super::*;

    /// tests/data/record/instructions.wav (see make.sh there): room noise, the click of Record at
    /// 0.25 s, quiet words from 1.04 s to 3.31 s, the click of Stop at 4.92 s, at 16 kHz.
    fn instructions() -> Clip {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/data/record/instructions.wav");
        bank::decode_file(&path, 16_000).unwrap()
    }

    fn secs(samples: usize) -> f64 {
        samples as f64 / 16_000.0
    }

    #[test]
    fn a_full_scale_sine_measures_minus_3_dbfs_rms_with_its_peak_at_0() {
        let sine: Vec<f32> = (0..48_000)
            .map(|i| (2.0 * std::f32::consts::PI * 440.0 * i as f32 / 48_000.0).sin())
            .collect();
        let at = level(&sine);
        assert!((at.rms - -3.01).abs() < 0.05, "{at:?}");
        assert!(at.peak.abs() < 0.01, "{at:?}");
        let quieter: Vec<f32> = sine.iter().map(|s| s * 0.01).collect();
        assert!((level(&quieter).rms - -43.01).abs() < 0.05);
        assert_eq!(level(&[]), Level::SILENT);
        assert_eq!(level(&[0.0; 100]), Level::SILENT);
    }

    #[test]
    fn the_words_are_kept_and_the_room_noise_and_mouse_clicks_around_them_cut() {
        let clip = instructions();
        let kept = voiced(clip.samples(), 16_000).unwrap();
        let (start, end) = (secs(kept.start), secs(kept.end));
        assert!(
            (0.8..=1.04).contains(&start),
            "starts at {start:.2} s: after the click at 0.25 s, before the words at 1.04 s"
        );
        assert!(
            (3.31..=3.9).contains(&end),
            "ends at {end:.2} s: after the words end at 3.31 s, before the click at 4.92 s"
        );
    }

    #[test]
    fn measured_as_it_comes_in_it_finds_the_same_words_as_measured_at_once() {
        let clip = instructions();
        let mut levels = Levels::new(16_000);
        let mut found = Vec::new();
        for chunk in clip.samples().chunks(777) {
            levels.extend(chunk);
            found.push(levels.voiced());
        }
        assert_eq!(levels.voiced(), voiced(clip.samples(), 16_000));
        let first = found.iter().position(Option::is_some).unwrap();
        let first_at = secs((first + 1) * 777);
        assert!(
            (1.04..1.2).contains(&first_at),
            "words heard at {first_at:.2} s"
        );
        assert_eq!(
            found[..first].iter().flatten().count(),
            0,
            "not the click at 0.25 s"
        );
    }

    #[test]
    fn room_noise_with_a_click_in_it_is_nothing_heard() {
        let clip = instructions();
        let before_the_words = &clip.samples()[..16_000];
        assert_eq!(voiced(before_the_words, 16_000), None);
        assert_eq!(
            finish(before_the_words, 16_000),
            Err(TakeError::NothingHeard)
        );
        assert_eq!(voiced(&[0.0; 32_000], 16_000), None);
        assert_eq!(voiced(&[], 16_000), None);
    }

    #[test]
    fn digital_silence_before_the_room_is_heard_does_not_lower_the_gate() {
        // As from a sound server before anything plays: zeros, then the recording as it was.
        let clip = instructions();
        let mut samples = vec![0.0; 32_000];
        samples.extend_from_slice(clip.samples());
        let kept = voiced(&samples, 16_000).unwrap();
        let start = secs(kept.start) - 2.0;
        assert!((0.8..=1.04).contains(&start), "starts at {start:.2} s");
    }

    #[test]
    fn a_quiet_take_is_saved_trimmed_at_the_cues_loudness_and_reads_back_the_same() {
        let clip = instructions();
        let before = bank::speech_level(clip.samples(), 16_000).unwrap();
        assert!(before < -35.0, "the words were recorded quietly: {before}");
        let take = finish(clip.samples(), 16_000).unwrap();
        let after = bank::speech_level(take.clip.samples(), 16_000).unwrap();
        assert!(
            (after - bank::CUE_LOUDNESS_DBFS).abs() < 1.0,
            "{after} dBFS over speech"
        );
        assert!(level(take.clip.samples()).peak <= bank::PEAK_CEILING_DBFS + 0.01);
        assert!((take.recorded.as_secs_f64() - secs(clip.samples().len())).abs() < 1e-3);
        let length = take.length().as_secs_f64();
        assert!((2.3..=3.1).contains(&length), "{length:.2} s kept");
        assert_eq!(take.clip.samples().first().copied(), Some(0.0), "faded in");

        let read = bank::decode(take.wav.clone(), 16_000).unwrap();
        assert_eq!(read.samples().len(), take.clip.samples().len());
        let worst = read
            .samples()
            .iter()
            .zip(take.clip.samples())
            .fold(0f32, |m, (a, b)| m.max((a - b).abs()));
        assert!(worst < 1e-4, "16-bit rounding only: {worst}");
    }

    #[test]
    fn a_loud_take_is_made_quieter_and_a_tap_on_the_microphone_is_never_clipped() {
        let clip = instructions();
        let peak = clip.samples().iter().fold(0f32, |m, s| m.max(s.abs()));
        let loud: Vec<f32> = clip.samples().iter().map(|s| s / peak).collect();
        let take = finish(&loud, 16_000).unwrap();
        let speech = bank::speech_level(take.clip.samples(), 16_000).unwrap();
        assert!((speech - bank::CUE_LOUDNESS_DBFS).abs() < 1.0, "{speech}");
        assert!(level(take.clip.samples()).peak <= bank::PEAK_CEILING_DBFS + 0.01);

        // A tap on the microphone while speaking: 2 ms at full scale, far above the words.
        let mut knocked = clip.samples().to_vec();
        for (i, s) in knocked[32_000..32_032].iter_mut().enumerate() {
            *s = if i % 16 < 8 { 1.0 } else { -1.0 };
        }
        let take = finish(&knocked, 16_000).unwrap();
        let at = level(take.clip.samples());
        assert!(
            (at.peak - bank::PEAK_CEILING_DBFS).abs() < 0.1,
            "the tap at the ceiling: {at:?}"
        );
        // Turned down where it is, not the words with it.
        let speech = bank::speech_level(take.clip.samples(), 16_000).unwrap();
        assert!(
            (speech - bank::CUE_LOUDNESS_DBFS).abs() < 1.0,
            "the words at the cues' loudness: {speech}"
        );
    }
}
