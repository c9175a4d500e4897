//! A routine's speech made before it starts: ahead, on a thread of its own, while its overview is
//! shown, so that Start does not wait for the synthesiser.

use std::sync::Arc;
use std::thread::JoinHandle;

use crate::app::AppDeps;
use crate::app::shared::Shared;
use crate::audio::bank::SoundBank;
use crate::language::VoiceLanguage;
use crate::routine::Routine;
use crate::speech::{Prepared, SpeechSettings, voice_language};

/// The output rate speech is made at ahead until a routine has been started: what sound cards
/// and sound servers run at nearly everywhere. A device at another rate has its speech made
/// again at Start (from the cache, without the synthesiser).
const USUAL_RATE: u32 = 48_000;

/// A routine's speech being made ahead, and what it is made for.
struct Ahead {
    routine: Arc<Routine>,
    settings: SpeechSettings,
    language: VoiceLanguage,
    rate: u32,
    made: JoinHandle<Prepared>,
}

/// Spoken step names made ahead of Start, and the rate they are made at.
#[derive(Default)]
pub(crate) struct Speech {
    /// The speech of the routine whose overview was shown, being made ahead of Start.
    ahead: Option<Ahead>,
    /// The rate of the output the last routine played on: speech made ahead is made at it.
    rate: Option<u32>,
}

impl Speech {
    /// Starts making the speech of `routine` on a thread of its own, unless it is being made
    /// already with the same settings (its overview was shown: Start is likely next).
    pub(crate) fn make_ahead(
        &mut self,
        deps: &AppDeps,
        settings: &SpeechSettings,
        routine: &Arc<Routine>,
    ) {
        let Some(speaker) = &deps.speaker else {
            return;
        };
        let rate = self.rate.unwrap_or(USUAL_RATE);
        // Asked here, on the window's thread: the program's language is this thread's.
        let language = voice_language(routine);
        if !settings.names
            || self.ahead.as_ref().is_some_and(|a| {
                a.routine == *routine
                    && a.settings == *settings
                    && a.language == language
                    && a.rate == rate
            })
        {
            return;
        }
        let (speaker, theirs, routine_there) =
            (speaker.clone(), settings.clone(), Arc::clone(routine));
        // No thread (the system is out of them): the speech is made at Start, as without this.
        self.ahead = std::thread::Builder::new()
            .name("stretch-timer-speech-ahead".to_owned())
            .spawn(move || speaker.prepare(&routine_there, &theirs, language, rate))
            .ok()
            .map(|made| Ahead {
                routine: Arc::clone(routine),
                settings: settings.clone(),
                language,
                rate,
                made,
            });
    }

    /// Adds the routine's spoken step names to `bank`, as the settings ask, before it starts:
    /// those made ahead if they were made for this routine, settings and rate (waiting for them
    /// if they are still being made), else made now. A synthesiser that is missing is said in
    /// Settings; one that failed or hung is said with the routine's other sound problems, and
    /// those steps keep the fixed prompts.
    pub(crate) fn add(
        &mut self,
        shared: &Shared,
        routine: &Routine,
        bank: &mut SoundBank,
        problems: &mut Vec<String>,
    ) {
        self.rate = Some(bank.rate());
        let ahead = self.ahead.take().filter(|a| {
            *a.routine == *routine
                && a.settings == shared.settings.speech
                && a.language == bank.language()
                && a.rate == bank.rate()
        });
        let Some(speaker) = &shared.deps.speaker else {
            return;
        };
        let prepared = ahead.and_then(|a| a.made.join().ok()).unwrap_or_else(|| {
            speaker.prepare(
                routine,
                &shared.settings.speech,
                bank.language(),
                bank.rate(),
            )
        });
        if let Some(e) = prepared.problem.as_ref().filter(|e| !e.is_missing()) {
            let problem = e.to_string();
            problems.push(crate::tr!("player-names-unspoken", problem = problem));
        }
        prepared.add_to(bank);
    }
}
