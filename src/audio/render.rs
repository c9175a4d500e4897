//! The whole routine's audio track, offline: every cue's sounds at their planned offsets, silence
//! between. Faster than real time; streamed in chunks, so even a long routine needs little memory.

use std::io::BufWriter;
use std::path::Path;
use std::time::Duration;

use super::bank::{Sound, SoundBank};
use super::mix::Mix;
use super::score::{self, CueStyle};
use crate::engine::Plan;
use crate::tr;

/// Frames rendered per chunk handed to the sink.
const CHUNK: usize = 8192;

/// One sound placed on the track.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Placed {
    /// When it starts, from the start of the routine.
    pub at: Duration,
    /// The frame it starts on.
    pub frame: u64,
    /// What it is.
    pub sound: Sound,
}

/// Every sound of the routine with its start, in time order: what the player plays, laid out.
pub fn score(plan: &Plan, bank: &SoundBank, style: CueStyle) -> Vec<Placed> {
    let rate = u128::from(bank.rate());
    let mut placed: Vec<Placed> = score::moments(&plan.cues)
        .flat_map(|cues| {
            let moment = cues[0].at;
            score::moment(
                cues,
                style,
                score::room_after(&plan.cues, moment),
                |sound| bank.clip(sound).is_some(),
                |sound| bank.duration(sound),
            )
            .into_iter()
            .filter(|(_, sound)| bank.clip(*sound).is_some())
            .map(move |(offset, sound)| {
                let at = moment + offset;
                // Nearest frame: within half a sample (11 µs at 44.1 kHz) of the planned time.
                let frame = (at.as_nanos() * rate + 500_000_000) / 1_000_000_000;
                Placed {
                    at,
                    frame: u64::try_from(frame).unwrap_or(u64::MAX),
                    sound,
                }
            })
        })
        .collect();
    placed.sort_by_key(|p| p.frame);
    placed
}

/// What a render produced.
#[derive(Debug, Clone, PartialEq)]
pub struct Rendered {
    /// Every sound placed, in time order.
    pub placed: Vec<Placed>,
    /// Frames written.
    pub frames: u64,
    /// The loudest sample, before limiting to [-1, 1].
    pub peak: f32,
}

/// Renders the track at the bank's rate, handing mono samples to `sink` chunk by chunk and
/// reporting (frames done, frames in all) to `progress` after each.
pub fn render<E>(
    plan: &Plan,
    bank: &SoundBank,
    style: CueStyle,
    mut sink: impl FnMut(&[f32]) -> Result<(), E>,
    mut progress: impl FnMut(u64, u64),
) -> Result<Rendered, E> {
    let placed = score(plan, bank, style);
    let rate = u64::from(bank.rate());
    let plan_end =
        u64::try_from(plan.total.as_nanos() * u128::from(rate) / 1_000_000_000).unwrap_or(u64::MAX);
    let sounds_end = placed
        .iter()
        .map(|p| p.frame + bank.clip(p.sound).map_or(0, |c| c.samples().len() as u64))
        .max()
        .unwrap_or(0);
    let frames = plan_end.max(sounds_end);

    let mut mix = Mix::new();
    let mut next = 0;
    let mut peak = 0.0f32;
    let mut buffer = vec![0.0f32; CHUNK];
    while mix.frame() < frames {
        let len = usize::try_from(frames - mix.frame()).map_or(CHUNK, |left| left.min(CHUNK));
        let chunk_end = mix.frame() + len as u64;
        while let Some(p) = placed.get(next).filter(|p| p.frame < chunk_end) {
            if let Some(clip) = bank.clip(p.sound) {
                mix.schedule(p.frame, clip.clone(), 1.0);
            }
            next += 1;
        }
        let out = &mut buffer[..len];
        mix.fill(out);
        for s in out.iter_mut() {
            peak = peak.max(s.abs());
            *s = s.clamp(-1.0, 1.0);
        }
        sink(out)?;
        progress(mix.frame(), frames);
    }
    Ok(Rendered {
        placed,
        frames,
        peak,
    })
}

/// Why a render could not be written.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    /// The WAV file could not be created or written. Nothing is left at its path.
    #[error("{}", tr!("render-cannot-write", file = path.as_str(), reason = hound_words(source)))]
    Write {
        /// The file.
        path: String,
        /// What went wrong.
        source: hound::Error,
    },
    /// A 16-bit WAV file holds at most 4 GiB: about 13 hours of mono sound at 44.1 kHz.
    #[error("{}", tr!("render-too-long", hours = u64::clone(hours)))]
    TooLong {
        /// The routine's length in whole hours.
        hours: u64,
    },
}

/// The longest track a 16-bit mono WAV at 44.1 kHz can hold (its size field is 32 bits).
const MAX_WAV_TRACK: Duration = Duration::from_secs(13 * 3600);

/// Renders the track to a 16-bit mono WAV file at `path`.
pub fn render_wav(
    plan: &Plan,
    bank: &SoundBank,
    style: CueStyle,
    path: &Path,
    progress: impl FnMut(u64, u64),
) -> Result<Rendered, RenderError> {
    if plan.total > MAX_WAV_TRACK {
        return Err(RenderError::TooLong {
            hours: plan.total.as_secs() / 3600,
        });
    }
    let write_error = |source| RenderError::Write {
        path: path.display().to_string(),
        source,
    };
    let spec = hound::WavSpec {
        channels: 1,
        sample_rate: bank.rate(),
        bits_per_sample: 16,
        sample_format: hound::SampleFormat::Int,
    };
    // Written beside its path under a hidden name and renamed into place once complete, so that
    // a disk filling up or a render stopped midway never leaves a half track that looks whole.
    let folder = match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p,
        _ => Path::new("."),
    };
    let io_error = |e| write_error(hound::Error::IoError(e));
    let temp = tempfile::Builder::new()
        .prefix(".render-")
        .suffix(".wav.tmp")
        .tempfile_in(folder)
        .map_err(io_error)?;
    let file = temp.as_file().try_clone().map_err(io_error)?;
    let mut writer = hound::WavWriter::new(BufWriter::new(file), spec).map_err(write_error)?;
    let rendered = render(
        plan,
        bank,
        style,
        |chunk| {
            let mut samples = writer.get_i16_writer(u32::try_from(chunk.len()).unwrap_or(u32::MAX));
            for s in chunk {
                samples.write_sample(to_i16(*s));
            }
            samples.flush()
        },
        progress,
    )
    .map_err(write_error)?;
    writer.finalize().map_err(write_error)?;
    temp.as_file().sync_all().map_err(io_error)?;
    temp.persist(path).map_err(|e| io_error(e.error))?;
    crate::save::sync_folder(folder).map_err(io_error)?;
    Ok(rendered)
}

/// hound's error in a person's words: an I/O failure as [`crate::fault::io_words`] says it.
fn hound_words(e: &hound::Error) -> String {
    match e {
        hound::Error::IoError(io) => crate::fault::io_words(io),
        other => other.to_string(),
    }
}

#[expect(
    clippy::cast_possible_truncation,
    reason = "in range after clamping to [-1, 1]; `as` saturates anyway"
)]
fn to_i16(sample: f32) -> i16 {
    (sample * f32::from(i16::MAX)).round() as i16
}
