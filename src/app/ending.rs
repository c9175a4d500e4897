//! How a routine played comes to an end, handed from the player to the finish screen: where to
//! go back to, the session waiting for the person's answers, what the finish screen shows, and
//! what was answered.

use std::sync::Arc;
use std::time::Duration;

use crate::progress::Source;
use crate::progress::{Effort, LocalTime, Outcome, Pain};
use crate::recording::Recording;
use crate::routine::Routine;

/// Where the player goes back to.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Back {
    /// The routine's overview.
    Overview(Source),
    /// The editor it was tried from.
    Editor,
}

/// A session that ended (completed, shortened or stopped early) and waits for the person's
/// answers. How and when it ended was recorded at that moment ([`Recording::ended`]); the
/// answers are added when they leave the screen that asks, whichever way they leave.
pub(crate) struct After {
    pub(crate) recording: Recording,
    pub(crate) outcome: Outcome,
    pub(crate) ended_at: LocalTime,
    /// Time played, pauses and skips not counted.
    pub(crate) elapsed: Duration,
    /// Whether to ask: not when recording failed.
    pub(crate) ask: bool,
    /// What the person answered so far.
    pub(crate) answers: Answers,
}

impl After {
    /// A session that came to its end now: recorded as ended at once, whether or not the window
    /// is shown, to wait for the person's answers.
    pub(crate) fn ended(
        recording: Recording,
        outcome: Outcome,
        ended_at: LocalTime,
        elapsed: Duration,
        ask: bool,
    ) -> After {
        recording.ended(crate::progress::SessionEnd {
            outcome,
            ended_at,
            elapsed,
            pain_after: None,
            effort: None,
            note: String::new(),
        });
        After {
            recording,
            outcome,
            ended_at,
            elapsed,
            ask,
            answers: Answers::default(),
        }
    }

    /// Whether the person is asked how it went.
    pub(crate) fn asks(&self) -> bool {
        self.ask
    }
}

/// How a routine played came to an end, as the finish screen says it.
#[derive(Debug, Clone, PartialEq)]
pub(crate) enum Ended {
    /// Played to the end, nothing skipped.
    Completed,
    /// Played to the end with this much of its time skipped.
    Shortened {
        /// The time skipped.
        skipped: Duration,
    },
    /// Stopped before the end.
    Stopped {
        /// The step stopped at, in words: "step 2 (Hip flexor stretch)".
        step: String,
    },
}

/// What a finished routine shows.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Summary {
    /// The routine played.
    pub(crate) routine: Arc<Routine>,
    /// Where it was started from.
    pub(crate) back: Back,
    /// The step it was started at, if not the first.
    pub(crate) from_step: Option<usize>,
    /// How it ended.
    pub(crate) ended: Ended,
    /// The time it played, pauses and skips not counted.
    pub(crate) played: Duration,
}

/// How the session felt, as answered so far on the finish screen (or after stopping early).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Answers {
    /// Pain now.
    pub(crate) pain: Option<Pain>,
    /// How hard it was.
    pub(crate) effort: Option<Effort>,
    /// A note; empty for none.
    pub(crate) note: String,
}
