//! Mixing clips that start at exact sample positions: the same code renders a routine to a file
//! and feeds the sound card.

use super::bank::Clip;

/// A clip playing or waiting for its first sample.
#[derive(Debug, Clone)]
struct Voice {
    clip: Clip,
    /// The frame at which its first sample sounds.
    start: u64,
    gain: f32,
}

/// Clips scheduled at frame positions, summed into one mono stream.
#[derive(Debug, Clone, Default)]
pub struct Mix {
    /// Playing and waiting clips; waiting ones are those with `start` after `frame`.
    voices: Vec<Voice>,
    /// The frame the next call to [`Mix::next_sample`] produces.
    frame: u64,
}

impl Mix {
    /// An empty mix at frame 0.
    pub fn new() -> Mix {
        Mix::default()
    }

    /// The frame the next sample belongs to.
    pub fn frame(&self) -> u64 {
        self.frame
    }

    /// Schedules `clip` to start at frame `start`; a start already passed means now.
    pub fn schedule(&mut self, start: u64, clip: Clip, gain: f32) {
        self.voices.push(Voice {
            clip,
            start: start.max(self.frame),
            gain,
        });
    }

    /// Stops everything playing and everything scheduled.
    pub fn clear(&mut self) {
        self.voices.clear();
    }

    /// Whether nothing is playing or scheduled.
    pub fn is_idle(&self) -> bool {
        self.voices.is_empty()
    }

    /// The sum of every clip sounding at the current frame; then moves to the next frame.
    pub fn next_sample(&mut self) -> f32 {
        let frame = self.frame;
        let mut sum = 0.0;
        self.voices.retain(|v| {
            if frame < v.start {
                return true;
            }
            let index = usize::try_from(frame - v.start).unwrap_or(usize::MAX);
            match v.clip.samples().get(index) {
                Some(s) => {
                    sum += s * v.gain;
                    true
                }
                None => false,
            }
        });
        self.frame += 1;
        sum
    }

    /// Fills `out` with the next samples.
    pub fn fill(&mut self, out: &mut [f32]) {
        for sample in out {
            *sample = self.next_sample();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clips_start_on_their_frame_and_overlap_by_summing() {
        let mut mix = Mix::new();
        mix.schedule(2, Clip::new(vec![0.5, 0.5, 0.5], 10), 1.0);
        mix.schedule(3, Clip::new(vec![0.25], 10), 2.0);
        let mut out = [0.0; 7];
        mix.fill(&mut out);
        assert_eq!(out, [0.0, 0.0, 0.5, 1.0, 0.5, 0.0, 0.0]);
        assert!(mix.is_idle());
    }

    #[test]
    fn a_start_in_the_past_starts_now_and_clear_silences_everything() {
        let mut mix = Mix::new();
        let mut out = [0.0; 4];
        mix.fill(&mut out);
        mix.schedule(1, Clip::new(vec![0.1, 0.2], 10), 1.0);
        mix.schedule(100, Clip::new(vec![0.3], 10), 1.0);
        assert_eq!(mix.next_sample(), 0.1);
        mix.clear();
        assert_eq!(mix.next_sample(), 0.0);
        assert!(mix.is_idle());
    }
}
