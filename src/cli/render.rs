//! `stretch-timer render ROUTINE --out FILE.wav`, and the spoken step names it shares with `run`.

use std::io::{IsTerminal as _, Write};
use std::path::Path;

use anyhow::Context as _;
use indicatif::{ProgressBar, ProgressStyle};
use stretch_timer::audio::CueStyle;
use stretch_timer::audio::bank::{RENDER_RATE, SoundBank};
use stretch_timer::audio::bank::{Sound, Spoken};
use stretch_timer::audio::render::{Placed, render_wav};
use stretch_timer::audio::score::{GAP, ReadInstructions};
use stretch_timer::engine::CueKind;
use stretch_timer::engine::Plan;
use stretch_timer::routine::{Routine, format_clock};
use stretch_timer::speech::{
    self, DEFAULT_RATE, DEFAULT_VOICE, RATES, Speaker, SpeechCache, SpeechSettings,
};

use stretch_timer::tr;

use super::EXIT_OK;
use super::resolve::{Resolve, Source};
use stretch_timer::home::Home;

/// The spoken step names' options, for `render` and `run`; their words in --help are in cli/words.rs.
#[derive(Debug, Clone, clap::Args)]
pub struct SpeechArgs {
    #[arg(long, overrides_with = "no_speak_names")]
    pub speak_names: bool,
    #[arg(long, overrides_with = "speak_names")]
    pub no_speak_names: bool,
    #[arg(
        long,
        value_name = "WHEN",
        conflicts_with = "no_speak_names",
        num_args = 0..=1,
        require_equals = true,
        default_value = "when-asked",
        default_missing_value = "always",
        value_parser = parse_read_instructions
    )]
    pub read_instructions: ReadInstructions,
    #[arg(long, value_name = "VOICE", value_parser = parse_voice)]
    pub speech_voice: Option<String>,
    #[arg(
        long,
        value_name = "WPM",
        default_value_t = DEFAULT_RATE,
        value_parser = |t: &str| super::parse_between(t, RATES)
    )]
    pub speech_rate: u32,
}

impl SpeechArgs {
    /// The settings they make.
    pub fn settings(&self) -> SpeechSettings {
        SpeechSettings {
            names: !self.no_speak_names,
            instructions: self.read_instructions,
            voice: self
                .speech_voice
                .clone()
                .unwrap_or_else(|| DEFAULT_VOICE.to_owned()),
            rate: self.speech_rate,
        }
    }
}

/// `--read-instructions=WHEN`: one of the choices Settings offers.
fn parse_read_instructions(text: &str) -> Result<ReadInstructions, String> {
    ReadInstructions::from_name(text).ok_or_else(|| {
        let names: Vec<&str> = ReadInstructions::ALL.iter().map(|r| r.name()).collect();
        let (choices, given) = (names.join(", "), format!("{text:?}"));
        tr!("cli-write-one-of", choices = choices, given = given)
    })
}

/// `--speech-voice`: a language name espeak-ng could have.
fn parse_voice(text: &str) -> Result<String, String> {
    if speech::is_voice_name(text) {
        Ok(text.to_owned())
    } else {
        let given = format!("{text:?}");
        Err(tr!("cli-voice-name", given = given))
    }
}

/// Adds the routine's spoken step names to `bank`, if asked for: from the cache, or made now
/// with espeak-ng. What cannot be made is said on stderr; those steps keep the usual prompts.
pub fn add_speech(routine: &Routine, args: &SpeechArgs, bank: &mut SoundBank) {
    let settings = args.settings();
    if !settings.names {
        return;
    }
    // Without a cache folder, a scratch folder: the names are still said, only made each time.
    let speaker = Speaker::system().unwrap_or_else(|| {
        Speaker::new(
            std::sync::Arc::new(speech::EspeakNg::new()),
            SpeechCache::at(std::env::temp_dir().join("stretch-timer-speech")),
        )
    });
    let language = bank.language();
    if let Some(asked) = &args.speech_voice
        && settings.voice_for(language) != asked
    {
        let voice = settings.voice_for(language);
        eprintln!(
            "{}",
            tr!(
                "cli-voice-not-language",
                asked = asked,
                language = language.code(),
                voice = voice
            )
        );
    }
    let prepared = speaker.prepare(routine, &settings, language, bank.rate());
    match &prepared.problem {
        Some(e) if e.is_missing() => {
            let (problem, hint) = (e.to_string(), speech::install_hint());
            eprintln!(
                "{}",
                tr!("render-names-unspoken", problem = problem, hint = hint)
            );
        }
        Some(e) => {
            let problem = e.to_string();
            eprintln!("{}", tr!("render-some-names-unspoken", problem = problem));
        }
        None => {}
    }
    prepared.add_to(bank);
}

/// The steps whose instructions were made to be read but are not on the track: said after their
/// name, they would not end before the hold. For the therapist listening to a render, with the
/// `prepare` that would let them be read.
fn unread_instructions(
    routine: &Routine,
    plan: &Plan,
    bank: &SoundBank,
    placed: &[Placed],
) -> Vec<String> {
    let mut notes = Vec::new();
    for (index, step) in routine.steps.iter().enumerate() {
        let read = Sound::Speech(Spoken::Instructions(index));
        if bank.clip(read).is_none() || placed.iter().any(|p| p.sound == read) {
            continue;
        }
        let start = plan
            .cues
            .iter()
            .find(|c| c.kind == CueKind::StepStart && c.step == index);
        let name = placed
            .iter()
            .find(|p| matches!(p.sound, Sound::Speech(Spoken::Name { step, .. }) if step == index));
        // Without its name said (no room even for that, or no words in this style), the step
        // has the fixed prompts, and its instructions were never going to be read.
        let (Some(start), Some(name)) = (start, name) else {
            continue;
        };
        let length = bank.duration(read);
        let needed =
            name.at.saturating_sub(start.at) + bank.duration(name.sound) + GAP + length + GAP;
        let needed = needed.as_secs() + u64::from(needed.subsec_nanos() > 0);
        let (number, name, length) = (index + 1, step.name.as_str(), length.as_secs_f64());
        let length = format!("{length:.1}");
        notes.push(tr!(
            "render-instructions-too-long",
            step = number,
            name = name,
            length = length,
            needed = needed
        ));
    }
    notes
}

pub fn run(
    arg: &str,
    out_path: &Path,
    style: CueStyle,
    speech: &SpeechArgs,
    home: &Home,
    out: &mut dyn Write,
) -> anyhow::Result<u8> {
    let source = Source::from_arg(arg, home)?;
    let routine = match source.load() {
        Ok(r) => r,
        Err(e) => return Ok(super::report_load_error(&e)),
    };
    let plan = Plan::new(&routine);
    let mut bank = SoundBank::for_routine(&routine, RENDER_RATE);
    for problem in bank.problems() {
        let problem = problem.to_string();
        eprintln!("{}", tr!("cli-warning", problem = problem));
    }
    add_speech(&routine, speech, &mut bank);
    let bar = if std::io::stderr().is_terminal() && plan.total.as_secs() > 60 {
        let bar = ProgressBar::new(100);
        bar.set_style(
            // The bar's own placeholders go through the message as they are.
            ProgressStyle::with_template(&tr!(
                "render-progress",
                bar = "{bar:40}",
                percent = "{percent:>3}%",
                eta = "{eta}"
            ))
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
        );
        bar
    } else {
        ProgressBar::hidden()
    };
    let rendered = render_wav(&plan, &bank, style, out_path, |done, all| {
        bar.set_position(done * 100 / all.max(1));
    })
    .with_context(|| tr!("render-rendering", routine = routine.name.as_str()))?;
    bar.finish_and_clear();
    for note in unread_instructions(&routine, &plan, &bank, &rendered.placed) {
        eprintln!("{}", tr!("render-note", note = note));
    }
    let (file, length) = (out_path.display().to_string(), format_clock(plan.total));
    let (routine, cues) = (routine.name.as_str(), rendered.placed.len());
    writeln!(
        out,
        "{}",
        tr!(
            "render-done",
            file = file,
            length = length,
            routine = routine,
            cues = cues
        )
    )?;
    Ok(EXIT_OK)
}
