//! Paced breathing in a hold: the one rule that both the plan's cues and the player's disc
//! follow. Breath `n` (counted from 0) begins `n` paces into the hold: in on even `n`, out on odd.

use std::time::Duration;

use crate::routine::Step;

/// Breathing in or out, during a hold with a breathing pace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Breath {
    /// Breathe in.
    In,
    /// Breathe out.
    Out,
}

impl Breath {
    /// Breath `n` of a hold, counted from 0.
    fn nth(n: u128) -> Breath {
        if n.is_multiple_of(2) {
            Breath::In
        } else {
            Breath::Out
        }
    }
}

/// The breathing of a step's holds: its pace.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Breathing {
    pace: Duration,
}

impl Breathing {
    /// The breathing of `step`'s holds; `None` for a step without a pace (or a zero one).
    pub fn of(step: &Step) -> Option<Breathing> {
        step.breathe
            .filter(|pace| !pace.is_zero())
            .map(|pace| Breathing { pace })
    }

    /// How long each breath lasts.
    pub fn pace(self) -> Duration {
        self.pace
    }

    /// The breath `into` a hold, and how far through it (0 to 1; a fraction is plenty for
    /// drawing).
    pub fn at(self, into: Duration) -> (Breath, f32) {
        let n = into.as_nanos() / self.pace.as_nanos();
        let begun = self.pace * u32::try_from(n).unwrap_or(u32::MAX);
        let through = into.saturating_sub(begun).as_secs_f32() / self.pace.as_secs_f32();
        (Breath::nth(n), through)
    }

    /// Where each breath of a hold `length` long begins, from the hold's start, and which it is.
    pub fn starts(self, length: Duration) -> impl Iterator<Item = (Duration, Breath)> {
        let pace = self.pace;
        std::iter::successors(Some(Duration::ZERO), move |at| at.checked_add(pace))
            .take_while(move |at| *at < length)
            .zip(0u128..)
            .map(|(at, n)| (at, Breath::nth(n)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pace(secs: u64) -> Breathing {
        Breathing {
            pace: Duration::from_secs(secs),
        }
    }

    #[test]
    fn breaths_begin_every_pace_in_first_and_the_player_agrees_at_every_start() {
        let starts: Vec<_> = pace(4).starts(Duration::from_secs(10)).collect();
        assert_eq!(
            starts,
            [
                (Duration::ZERO, Breath::In),
                (Duration::from_secs(4), Breath::Out),
                (Duration::from_secs(8), Breath::In),
            ]
        );
        for (at, breath) in starts {
            assert_eq!(pace(4).at(at), (breath, 0.0), "at {at:?}");
        }
        assert_eq!(pace(4).at(Duration::from_secs(6)), (Breath::Out, 0.5));
    }
}
