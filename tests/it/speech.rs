//! Spoken step names: made once by the synthesiser (the real espeak-ng where installed), kept in a
//! cache, placed by the score where they end before the next cue, and the same live and rendered.
//! Without espeak-ng, or with one that hangs, the fixed prompts play and the reason is given.
//!
//! A test that needs espeak-ng and cannot find it prints a SKIP line and skips only that part; CI
//! installs it (.ci/run), so there it runs for real.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::cast_possible_truncation
)] // Test helpers may fail loudly; frame arithmetic stays small.

use crate::common;
use crate::common::CLocale as _;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use assert_cmd::Command;
use stretch_timer::audio::CueStyle;
use stretch_timer::audio::bank::{RENDER_RATE, Sound, SoundBank, Spoken};
use stretch_timer::audio::output::{Recorded, RecordingOutput};
use stretch_timer::audio::player::CuePlayer;
use stretch_timer::audio::render::{Placed, render, render_wav};
use stretch_timer::audio::score::{GAP, ReadInstructions};
use stretch_timer::clock::{Clock, ManualClock};
use stretch_timer::engine::{Command as PlayerCommand, CueKind, Plan, Session};
use stretch_timer::language::VoiceLanguage::English;
use stretch_timer::routine::{Routine, Side, parse};
use stretch_timer::speech::{
    EspeakNg, Language, Speaker, SpeechCache, SpeechError, SpeechSettings, Status, ToneSynthesiser,
};

const RATE: u64 = RENDER_RATE as u64;
/// One millisecond in frames.
const MS: u64 = RATE / 1000;

/// Two steps with time to get ready: the first on both sides.
const ROUTINE: &str = r#"Routine(format: 1, name: "Names", steps: [
    Step(name: "Bench psoas stretch", sides: Both, hold: "6s", prepare: "5s", switch_sides: "4s",
         countdown: 0, instructions: "Hug one knee."),
    Step(name: "Knees to chest", hold: "5s", prepare: "4s", countdown: 0,
         instructions: "Bring both knees up towards your chest, hold them behind the thighs, and let your lower back relax and flatten onto the bench while you breathe slowly."),
])"#;

fn routine() -> Routine {
    parse(ROUTINE, None).unwrap()
}

fn names_and_instructions() -> SpeechSettings {
    SpeechSettings {
        instructions: ReadInstructions::Always,
        ..SpeechSettings::default()
    }
}

/// Whether espeak-ng runs here; if not, says loudly that `what` is skipped.
fn espeak_or_skip(what: &str) -> bool {
    let status = EspeakNg::new().status();
    match status.version {
        Ok(_) => true,
        Err(e) => {
            common::skip(
                what,
                &format!("{e} (CI installs espeak-ng; here: sudo apt install espeak-ng)"),
            );
            false
        }
    }
}

fn bank_with(routine: &Routine, speaker: &Speaker, settings: &SpeechSettings) -> SoundBank {
    let mut bank = SoundBank::for_routine(routine, RENDER_RATE);
    let prepared = speaker.prepare(routine, settings, bank.language(), RENDER_RATE);
    assert_eq!(prepared.problem, None);
    prepared.add_to(&mut bank);
    bank
}

fn render_samples(plan: &Plan, bank: &SoundBank, style: CueStyle) -> (Vec<Placed>, Vec<f32>) {
    let mut samples = Vec::new();
    let rendered = render(
        plan,
        bank,
        style,
        |chunk| {
            samples.extend_from_slice(chunk);
            Ok::<_, ()>(())
        },
        |_, _| {},
    )
    .unwrap();
    (rendered.placed, samples)
}

/// The first frame from `from` on whose sample is heard (above -80 dBFS).
fn onset(samples: &[i16], from: u64) -> u64 {
    (from..)
        .find(|&f| samples[f as usize].unsigned_abs() > 3)
        .unwrap()
}

/// The length of `text` as espeak-ng says it with the app's voice and rate, silence cut: straight
/// from the program, not through the app's code.
fn espeak_length(text: &str, dir: &Path) -> Duration {
    let out = dir.join("direct.wav");
    let status = std::process::Command::new("espeak-ng")
        .args([
            "-w",
            out.to_str().unwrap(),
            "-v",
            "en-us+f3",
            "-s",
            "145",
            "-p",
            "45",
        ])
        .arg(text)
        .status()
        .unwrap();
    assert!(status.success());
    let mut reader = hound::WavReader::open(&out).unwrap();
    let rate = reader.spec().sample_rate;
    let samples: Vec<i16> = reader.samples::<i16>().map(Result::unwrap).collect();
    // -50 dBFS, as the app and scripts/make-voice.sh cut.
    let loud = |s: &i16| s.unsigned_abs() > 103;
    let first = samples.iter().position(loud).unwrap();
    let last = samples.iter().rposition(loud).unwrap();
    Duration::from_secs_f64((last + 1 - first) as f64 / f64::from(rate))
}

#[test]
fn render_says_each_steps_name_at_its_start_and_it_ends_before_the_next_cue() {
    if !espeak_or_skip("the render with espeak-ng") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let speaker = Speaker::new(
        Arc::new(EspeakNg::new()),
        SpeechCache::at(dir.path().join("cache")),
    );
    let routine = routine();
    let bank = bank_with(&routine, &speaker, &SpeechSettings::default());
    let plan = Plan::new(&routine);
    let wav = dir.path().join("names.wav");
    let rendered = render_wav(&plan, &bank, CueStyle::Voice, &wav, |_, _| {}).unwrap();
    let samples: Vec<i16> = hound::WavReader::open(&wav)
        .unwrap()
        .samples::<i16>()
        .map(Result::unwrap)
        .collect();

    let starts: Vec<_> = plan
        .cues
        .iter()
        .filter(|c| c.kind == CueKind::StepStart)
        .collect();
    assert_eq!(starts.len(), 2);
    for (start, text) in starts
        .iter()
        .zip(["Bench psoas stretch. Left side.", "Knees to chest."])
    {
        let spoken = Sound::Speech(Spoken::Name {
            step: start.step,
            side: start.side,
        });
        let name = rendered
            .placed
            .iter()
            .find(|p| p.sound == spoken)
            .unwrap_or_else(|| panic!("{text:?} is not on the track"));
        // Said at the step's start: at once for the first step, after "Relax" for the next.
        let planned = (start.at.as_secs_f64() * RATE as f64).round() as u64;
        let heard = onset(&samples, planned.saturating_sub(MS));
        if start.step == 0 {
            assert_eq!(name.at, start.at);
            assert!(
                heard.abs_diff(planned) <= MS,
                "{text:?} heard at frame {heard}"
            );
        } else {
            assert!(name.at > start.at && name.at < start.at + Duration::from_secs(2));
            let after_relax = onset(&samples, name.frame.saturating_sub(MS));
            assert!(after_relax.abs_diff(name.frame) <= MS, "{text:?}");
        }
        // It is that text as espeak-ng says it: the same length, within 25 ms.
        let length = bank.duration(spoken);
        let direct = espeak_length(text, dir.path());
        assert!(
            length.abs_diff(direct) <= Duration::from_millis(25),
            "{text:?}: {length:?} on the track, {direct:?} from espeak-ng"
        );
        assert!(length > Duration::from_millis(700), "{text:?}: {length:?}");
        // It ends before the next cue, and nothing sounds between its end and that cue.
        let next = plan.cues.iter().find(|c| c.at > start.at).unwrap();
        let end = name.frame + bank.clip(spoken).unwrap().samples().len() as u64;
        let next_frame = (next.at.as_secs_f64() * RATE as f64).round() as u64;
        assert!(
            end + (GAP.as_millis() as u64) * MS <= next_frame,
            "{text:?} ends at frame {end}, the next cue is at {next_frame}"
        );
        assert!(
            samples[end as usize..next_frame as usize]
                .iter()
                .all(|s| *s == 0),
            "{text:?}: sound between its end and the next cue"
        );
        // And the heard cue comes on time after it.
        let cue_heard = onset(&samples, next_frame.saturating_sub(MS));
        assert!(cue_heard.abs_diff(next_frame) <= MS);
    }
}

#[test]
fn instructions_are_read_while_getting_ready_only_when_they_end_before_the_hold() {
    let dir = tempfile::tempdir().unwrap();
    let speaker = Speaker::new(
        Arc::new(ToneSynthesiser::default()),
        SpeechCache::at(dir.path()),
    );
    let routine = routine();
    let bank = bank_with(&routine, &speaker, &names_and_instructions());
    let plan = Plan::new(&routine);
    let (placed, _) = render_samples(&plan, &bank, CueStyle::Voice);
    let sounds: Vec<Sound> = placed.iter().map(|p| p.sound).collect();
    // Step 1's three words fit in its 5 s; step 2's thirty do not fit in its 4 s.
    assert!(sounds.contains(&Sound::Speech(Spoken::Instructions(0))));
    assert!(!sounds.contains(&Sound::Speech(Spoken::Instructions(1))));
    assert!(bank.clip(Sound::Speech(Spoken::Instructions(1))).is_some());
    for p in placed
        .iter()
        .filter(|p| matches!(p.sound, Sound::Speech(_)))
    {
        let next = plan.cues.iter().find(|c| c.at > p.at).unwrap();
        assert!(p.at + bank.duration(p.sound) + GAP <= next.at, "{p:?}");
    }
}

#[test]
fn the_second_time_speech_comes_from_the_cache_without_running_the_synthesiser() {
    let dir = tempfile::tempdir().unwrap();
    let synthesiser = Arc::new(ToneSynthesiser::default());
    let cache = SpeechCache::at(dir.path().join("speech"));
    let routine = routine();
    let first = Speaker::new(synthesiser.clone(), cache.clone()).prepare(
        &routine,
        &names_and_instructions(),
        English,
        RENDER_RATE,
    );
    // Two names and two instructions.
    assert_eq!((first.made, synthesiser.calls()), (4, 4));
    let files = std::fs::read_dir(cache.dir()).unwrap().count();
    assert_eq!(files, 4, "one file a text, no scratch files left");

    let again = Speaker::new(synthesiser.clone(), cache.clone()).prepare(
        &routine,
        &names_and_instructions(),
        English,
        RENDER_RATE,
    );
    assert_eq!((again.made, synthesiser.calls()), (0, 4));
    assert_eq!(again.clips, first.clips);

    // Another rate is other speech.
    let faster = SpeechSettings {
        rate: 200,
        ..names_and_instructions()
    };
    let made =
        Speaker::new(synthesiser.clone(), cache).prepare(&routine, &faster, English, RENDER_RATE);
    assert_eq!((made.made, synthesiser.calls()), (4, 8));
}

#[test]
fn the_real_synthesiser_is_not_run_again_for_a_cached_text() {
    if !espeak_or_skip("the cache with espeak-ng") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let cache = SpeechCache::at(dir.path());
    let speaker = Speaker::new(Arc::new(EspeakNg::new()), cache.clone());
    let routine = routine();
    let first = speaker.prepare(&routine, &SpeechSettings::default(), English, RENDER_RATE);
    assert_eq!((first.made, first.problem), (2, None));
    let modified: Vec<_> = std::fs::read_dir(cache.dir())
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().modified().unwrap())
        .collect();
    let again = speaker.prepare(&routine, &SpeechSettings::default(), English, RENDER_RATE);
    assert_eq!(again.made, 0);
    assert_eq!(again.clips, first.clips);
    let unchanged: Vec<_> = std::fs::read_dir(cache.dir())
        .unwrap()
        .map(|e| e.unwrap().metadata().unwrap().modified().unwrap())
        .collect();
    assert_eq!(modified, unchanged);
}

#[test]
fn without_espeak_ng_the_fixed_prompts_play_and_the_reason_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let missing = EspeakNg::with_program(dir.path().join("no-such-espeak-ng"));
    let status = missing.status();
    let Err(reason) = status.version else {
        panic!("a program that is not there answered");
    };
    assert!(reason.is_missing());
    assert!(
        reason
            .to_string()
            .ends_with("no-such-espeak-ng is not installed")
    );
    assert!(status.languages.is_empty());

    let routine = routine();
    let speaker = Speaker::new(Arc::new(missing), SpeechCache::at(dir.path()));
    let prepared = speaker.prepare(&routine, &SpeechSettings::default(), English, RENDER_RATE);
    assert!(
        prepared
            .problem
            .as_ref()
            .is_some_and(SpeechError::is_missing)
    );
    assert!(prepared.clips.is_empty());
    let mut bank = SoundBank::for_routine(&routine, RENDER_RATE);
    prepared.add_to(&mut bank);

    let plan = Plan::new(&routine);
    let without = SoundBank::for_routine(&routine, RENDER_RATE);
    for style in CueStyle::ALL {
        assert_eq!(
            render_samples(&plan, &bank, style),
            render_samples(&plan, &without, style),
            "{style:?}"
        );
    }
}

#[test]
fn a_hanging_synthesiser_is_stopped_after_its_timeout_and_not_asked_again() {
    let dir = tempfile::tempdir().unwrap();
    let script = dir.path().join("hangs");
    let pid_file = dir.path().join("pid");
    std::fs::write(
        &script,
        format!(
            "#!/bin/sh\necho $$ >> '{}'\nexec /bin/sleep 60\n",
            pid_file.display()
        ),
    )
    .unwrap();
    use std::os::unix::fs::PermissionsExt as _;
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();

    let hangs = EspeakNg::with_program(&script).with_timeout(Duration::from_millis(400));
    let speaker = Speaker::new(Arc::new(hangs), SpeechCache::at(dir.path().join("cache")));
    let started = Instant::now();
    let prepared = speaker.prepare(&routine(), &names_and_instructions(), English, RENDER_RATE);
    let took = started.elapsed();
    assert!(
        matches!(prepared.problem, Some(SpeechError::TimedOut { .. })),
        "{:?}",
        prepared.problem
    );
    assert!(prepared.clips.is_empty());
    assert!(took < Duration::from_secs(3), "took {took:?}");
    let pids = std::fs::read_to_string(&pid_file).unwrap();
    assert_eq!(pids.lines().count(), 1, "asked again after it hung: {pids}");
    let pid = pids.trim();
    assert!(
        !Path::new(&format!("/proc/{pid}")).exists(),
        "the hung synthesiser {pid} is still running"
    );
    assert!(
        prepared
            .problem
            .unwrap()
            .to_string()
            .contains("did not finish within")
    );
}

#[test]
fn a_step_with_its_own_recording_plays_that_instead_of_its_spoken_name() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let routine =
        stretch_timer::routine::load(&root.join("tests/data/valid/with-assets/routine.ron"))
            .unwrap();
    let dir = tempfile::tempdir().unwrap();
    let speaker = Speaker::new(
        Arc::new(ToneSynthesiser::default()),
        SpeechCache::at(dir.path()),
    );
    let mut bank = SoundBank::for_routine(&routine, RENDER_RATE);
    speaker
        .prepare(&routine, &SpeechSettings::default(), English, RENDER_RATE)
        .add_to(&mut bank);
    let plan = Plan::new(&routine);
    let (placed, _) = render_samples(&plan, &bank, CueStyle::Voice);
    let sounds: Vec<Sound> = placed.iter().map(|p| p.sound).collect();
    assert!(sounds.contains(&Sound::StepVoice(0)));
    assert!(
        !sounds
            .iter()
            .any(|s| matches!(s, Sound::Speech(Spoken::Name { step: 0, .. }))),
        "{sounds:?}"
    );
    assert!(
        sounds
            .iter()
            .any(|s| matches!(s, Sound::Speech(Spoken::Name { step: 1, .. }))),
        "{sounds:?}"
    );
}

#[test]
fn live_playback_says_the_same_names_at_the_same_times_as_the_render() {
    let dir = tempfile::tempdir().unwrap();
    let speaker = Speaker::new(
        Arc::new(ToneSynthesiser::default()),
        SpeechCache::at(dir.path()),
    );
    let routine = routine();
    let bank = Arc::new(bank_with(&routine, &speaker, &names_and_instructions()));
    let plan = Arc::new(Plan::new(&routine));
    let (placed, _) = render_samples(&plan, &bank, CueStyle::Both);

    let clock = ManualClock::new();
    let output = RecordingOutput::new();
    let player = CuePlayer::spawn(
        Session::new(Arc::clone(&plan)),
        Arc::clone(&bank),
        Box::new(output.clone()),
        CueStyle::Both,
        Arc::new(clock.clone()),
    )
    .unwrap();
    player.command(PlayerCommand::Start);
    for cue in &plan.cues {
        let mut shared = player.lock();
        clock.set(cue.at);
        shared.tick(&clock);
    }
    let zero = clock.instant(Duration::ZERO);
    let live: Vec<(Sound, Duration)> = output
        .take()
        .into_iter()
        .filter_map(|r| match r {
            Recorded::Play { sound, at } => Some((sound, at - zero)),
            _ => None,
        })
        .collect();
    let rendered: Vec<(Sound, Duration)> = placed.iter().map(|p| (p.sound, p.at)).collect();
    assert_eq!(live, rendered);
    assert!(live.contains(&(
        Sound::Speech(Spoken::Name {
            step: 0,
            side: Some(Side::Left)
        }),
        // After the step's tone and a gap.
        bank.duration(Sound::Tone(stretch_timer::routine::Tone::StepStart)) + GAP
    )));
}

fn stretch_timer() -> Command {
    let mut command = Command::cargo_bin("stretch-timer").unwrap();
    command.c_locale();
    command
}

#[test]
fn render_speak_names_without_espeak_ng_warns_once_and_renders_the_usual_prompts() {
    let dir = tempfile::tempdir().unwrap();
    let routine = dir.path().join("names.ron");
    std::fs::write(&routine, ROUTINE).unwrap();
    let (plain, spoken) = (dir.path().join("plain.wav"), dir.path().join("spoken.wav"));
    stretch_timer()
        .args([
            "render",
            routine.to_str().unwrap(),
            "--no-speak-names",
            "--out",
        ])
        .arg(&plain)
        .env("XDG_CACHE_HOME", dir.path().join("cache"))
        .assert()
        .success();
    let assert = stretch_timer()
        .args([
            "render",
            routine.to_str().unwrap(),
            "--speak-names",
            "--out",
        ])
        .arg(&spoken)
        .env("XDG_CACHE_HOME", dir.path().join("cache"))
        // No espeak-ng on this PATH.
        .env("PATH", dir.path())
        .assert()
        .success();
    let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
    assert_eq!(
        stderr,
        "warning: step names are not spoken: espeak-ng is not installed. Install espeak-ng to \
         hear step names: sudo apt install espeak-ng\n"
    );
    assert_eq!(
        std::fs::read(&plain).unwrap(),
        std::fs::read(&spoken).unwrap()
    );
}

#[test]
fn render_speak_names_with_espeak_ng_adds_the_names_and_keeps_them_in_the_cache_folder() {
    if !espeak_or_skip("render --speak-names with espeak-ng") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let routine = dir.path().join("names.ron");
    std::fs::write(&routine, ROUTINE).unwrap();
    let cache = dir.path().join("cache");
    let render_to = |name: &str| {
        let out = dir.path().join(name);
        stretch_timer()
            .args([
                "render",
                routine.to_str().unwrap(),
                "--speak-names",
                "--out",
            ])
            .arg(&out)
            .env("XDG_CACHE_HOME", &cache)
            .assert()
            .success()
            .stderr("");
        std::fs::read(out).unwrap()
    };
    let first = render_to("first.wav");
    let clips = std::fs::read_dir(cache.join("stretch-timer/speech"))
        .unwrap()
        .count();
    assert_eq!(clips, 2, "one clip per step name");
    assert_eq!(
        first,
        render_to("second.wav"),
        "the cached names say the same"
    );
    // Names are spoken by default, as in the app; --no-speak-names leaves them out and makes
    // none.
    let default = dir.path().join("default.wav");
    stretch_timer()
        .args(["render", routine.to_str().unwrap(), "--out"])
        .arg(&default)
        .env("XDG_CACHE_HOME", &cache)
        .assert()
        .success()
        .stderr("");
    assert!(first == std::fs::read(default).unwrap(), "names by default");
    let plain = dir.path().join("plain.wav");
    let elsewhere = dir.path().join("no-cache");
    stretch_timer()
        .args([
            "render",
            routine.to_str().unwrap(),
            "--no-speak-names",
            "--out",
        ])
        .arg(&plain)
        .env("XDG_CACHE_HOME", &elsewhere)
        .assert()
        .success()
        .stderr("");
    assert!(first != std::fs::read(plain).unwrap(), "no names");
    assert!(!elsewhere.exists(), "no speech made");
}

/// The app with step names made by the stand-in synthesiser, kept in a folder of the test's own.
fn app_rig(settings: stretch_timer::app::settings::Settings) -> (common::Rig, tempfile::TempDir) {
    app_rig_launching(settings, stretch_timer::app::Launch::Library)
}

/// [`app_rig`], launched as `launch` asks.
fn app_rig_launching(
    settings: stretch_timer::app::settings::Settings,
    launch: stretch_timer::app::Launch,
) -> (common::Rig, tempfile::TempDir) {
    app_rig_speaking(
        settings,
        launch,
        RENDER_RATE,
        Arc::new(ToneSynthesiser::default()),
    )
}

/// The app with speech made by `synthesiser`, its sound card at `rate`; the cache folder is
/// returned beside the rig.
fn app_rig_speaking(
    settings: stretch_timer::app::settings::Settings,
    launch: stretch_timer::app::Launch,
    rate: u32,
    synthesiser: Arc<dyn stretch_timer::speech::Synthesiser>,
) -> (common::Rig, tempfile::TempDir) {
    use stretch_timer::app::StretchApp;
    let home = tempfile::tempdir().unwrap();
    let cache = tempfile::tempdir().unwrap();
    let clock = ManualClock::new();
    let output = RecordingOutput::new();
    let mut deps = common::deps(home.path(), &clock, common::playing_on(&output, rate));
    deps.speaker = Some(Speaker::new(synthesiser, SpeechCache::at(cache.path())));
    let harness = egui_kittest::Harness::builder()
        .with_size([1100.0, 760.0])
        .build_eframe(move |_| StretchApp::with_settings(deps, settings, launch));
    let rig = common::Rig {
        harness,
        clock,
        output,
        home,
    };
    (rig, cache)
}

#[test]
fn the_app_says_the_first_steps_name_when_a_routine_starts_and_the_fixed_prompt_when_off() {
    let (mut rig, cache) = app_rig(common::quiet());
    rig.click("Standing psoas stretch");
    rig.click("Start");
    assert_eq!(
        rig.sounds(),
        [
            Sound::Tone(stretch_timer::routine::Tone::StepStart),
            Sound::Speech(Spoken::Name {
                step: 0,
                side: None
            })
        ]
    );
    assert!(std::fs::read_dir(cache.path()).unwrap().count() > 0);

    let off = stretch_timer::app::settings::Settings {
        speech: SpeechSettings::off(),
        ..common::quiet()
    };
    let (mut rig, _cache) = app_rig(off);
    rig.click("Standing psoas stretch");
    rig.click("Start");
    assert_eq!(
        rig.sounds(),
        [
            Sound::Tone(stretch_timer::routine::Tone::StepStart),
            Sound::Phrase(stretch_timer::audio::Phrase::GetReady)
        ]
    );
}

#[test]
fn settings_say_why_names_are_not_spoken_and_how_to_get_espeak_ng() {
    use egui_kittest::kittest::Queryable as _;
    let status = EspeakNg::with_program("/nonexistent/espeak-ng").status();
    let mut speech = SpeechSettings::default();
    let harness = egui_kittest::Harness::new_ui(|ui| {
        egui::Grid::new("g").show(ui, |ui| {
            stretch_timer::app::settings::speech::rows(ui, &mut speech, &status);
        });
    });
    harness.get_by_label_contains(
        "Step names cannot be spoken: /nonexistent/espeak-ng is not installed. Install espeak-ng \
         to hear step names: sudo apt install espeak-ng",
    );
    assert!(harness.query_by_label("Speaking rate").is_none());
    drop(harness);

    let working = Status {
        version: Ok("eSpeak NG 1.51".to_owned()),
        languages: vec![Language {
            code: "de".to_owned(),
            name: "German".to_owned(),
        }],
    };
    let mut speech = SpeechSettings::default();
    let mut harness = egui_kittest::Harness::new_ui(|ui| {
        egui::Grid::new("g").show(ui, |ui| {
            stretch_timer::app::settings::speech::rows(ui, &mut speech, &working);
        });
    });
    harness
        .get_by_label("Say each step's name at its start")
        .click();
    harness.run();
    assert!(
        harness
            .query_by_label_contains("cannot be spoken")
            .is_none()
    );
    drop(harness);
    assert!(!speech.names);
}

#[test]
fn enormous_instructions_are_cut_before_the_synthesiser_and_blank_ones_are_not_said() {
    let long = "Breathe slowly and let the hip soften. ".repeat(500);
    let text = format!(
        r#"Routine(format: 1, name: "Long", steps: [
            Step(name: "Long", hold: "5s", prepare: "5s", instructions: "{long}"),
            Step(name: "Blank", hold: "5s", prepare: "5s", instructions: "  "),
        ])"#
    );
    let routine = parse(&text, None).unwrap();
    let dir = tempfile::tempdir().unwrap();
    let synthesiser = Arc::new(ToneSynthesiser::default());
    let prepared = Speaker::new(synthesiser.clone(), SpeechCache::at(dir.path())).prepare(
        &routine,
        &names_and_instructions(),
        English,
        RENDER_RATE,
    );
    assert_eq!(prepared.problem, None);
    // Two names and one set of instructions: the blank ones are not asked for.
    assert_eq!(synthesiser.calls(), 3);
    let read = prepared
        .clips
        .iter()
        .find(|(s, _)| *s == Spoken::Instructions(0))
        .map(|(_, clip)| clip.duration())
        .unwrap();
    // 20 000 characters cut to at most 1000: 175 words (25 sentences of 7) at 145 words a
    // minute, where the whole text would be 3500 words, 24 minutes.
    assert!(
        read < Duration::from_secs(75) && read > Duration::from_secs(60),
        "{read:?}"
    );
}

/// [`ROUTINE`] asking for its instructions to be read: the first step's fit in its 5 s of getting
/// ready, the second's do not fit in its 4 s.
fn asking() -> String {
    ROUTINE.replacen(
        r#"name: "Names","#,
        r#"name: "Names", read_instructions: true,"#,
        1,
    )
}

#[test]
fn a_routine_that_asks_has_its_instructions_on_the_rendered_track_unless_the_person_says_never() {
    let dir = tempfile::tempdir().unwrap();
    let speaker = Speaker::new(
        Arc::new(ToneSynthesiser::default()),
        SpeechCache::at(dir.path()),
    );
    let routine = parse(&asking(), None).unwrap();
    assert!(routine.read_instructions);
    let plan = Plan::new(&routine);
    let read = Sound::Speech(Spoken::Instructions(0));

    // The person's setting as it comes: when the routine asks.
    let bank = bank_with(&routine, &speaker, &SpeechSettings::default());
    let (placed, samples) = render_samples(&plan, &bank, CueStyle::Voice);
    let on_track = placed
        .iter()
        .find(|p| p.sound == read)
        .expect("the instructions are placed on the track");
    let clip = bank.clip(read).unwrap().samples();
    let span = on_track.frame as usize..on_track.frame as usize + clip.len();
    assert!(clip.len() > RATE as usize / 2, "{} frames", clip.len());
    // What is heard there is that clip, and nothing else.
    assert_eq!(&samples[span.clone()], clip);
    let next = plan.cues.iter().find(|c| c.at > on_track.at).unwrap();
    assert!(on_track.at + bank.duration(read) + GAP <= next.at);

    // The person chose never: the same routine says its names only, and the track is silent there.
    let never = SpeechSettings {
        instructions: ReadInstructions::Never,
        ..SpeechSettings::default()
    };
    let bank = bank_with(&routine, &speaker, &never);
    assert!(bank.clip(read).is_none(), "not even made");
    let (placed, samples) = render_samples(&plan, &bank, CueStyle::Voice);
    assert!(
        placed
            .iter()
            .all(|p| !matches!(p.sound, Sound::Speech(Spoken::Instructions(_))))
    );
    assert!(
        placed
            .iter()
            .any(|p| matches!(p.sound, Sound::Speech(Spoken::Name { step: 0, .. })))
    );
    assert!(samples[span].iter().all(|s| *s == 0.0));

    // The same routine without the ask: names only, as before.
    let not_asking = parse(ROUTINE, None).unwrap();
    let bank = bank_with(&not_asking, &speaker, &SpeechSettings::default());
    assert!(bank.clip(read).is_none());
}

#[test]
fn the_app_reads_the_instructions_a_routine_asks_for_at_its_start_and_not_when_told_never() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("asking.ron");
    std::fs::write(&file, asking()).unwrap();
    let launch = || stretch_timer::app::Launch::Start(file.to_str().unwrap().to_owned());
    let (rig, _cache) = app_rig_launching(common::quiet(), launch());
    let first = Spoken::Name {
        step: 0,
        side: Some(Side::Left),
    };
    assert_eq!(
        rig.sounds(),
        [
            Sound::Tone(stretch_timer::routine::Tone::StepStart),
            Sound::Speech(first),
            Sound::Speech(Spoken::Instructions(0)),
        ]
    );

    let mut never = common::quiet();
    never.speech.instructions = ReadInstructions::Never;
    let (rig, _cache) = app_rig_launching(never, launch());
    assert_eq!(
        rig.sounds(),
        [
            Sound::Tone(stretch_timer::routine::Tone::StepStart),
            Sound::Speech(first),
        ]
    );
}

#[test]
fn settings_offer_when_instructions_are_read_and_the_choice_is_kept() {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    let working = Status {
        version: Ok("eSpeak NG 1.51".to_owned()),
        languages: Vec::new(),
    };
    let mut speech = SpeechSettings::default();
    let mut harness = egui_kittest::Harness::new_ui(|ui| {
        egui::Grid::new("g").show(ui, |ui| {
            stretch_timer::app::settings::speech::rows(ui, &mut speech, &working);
        });
    });
    let selected = |harness: &egui_kittest::Harness<'_>, label: &str| {
        harness.get_by_label(label).accesskit_node().toggled()
            == Some(egui::accesskit::Toggled::True)
    };
    assert!(selected(&harness, "When the routine asks"));
    assert!(!selected(&harness, "Always"));
    harness.get_by_label("Never").click();
    harness.run();
    assert!(selected(&harness, "Never"));
    assert!(!selected(&harness, "When the routine asks"));
    drop(harness);
    assert_eq!(speech.instructions, ReadInstructions::Never);
}

#[test]
fn the_editor_asks_for_the_instructions_to_be_read_and_saves_it() {
    use egui_kittest::kittest::{NodeT as _, Queryable as _};
    let home = tempfile::tempdir().unwrap();
    let routines = home.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    let file = routines.join("mine.ron");
    std::fs::copy("tests/data/valid/minimal.ron", &file).unwrap();
    let mut rig = common::rig_in(
        home,
        stretch_timer::app::Launch::Open("mine".to_owned()),
        common::quiet(),
    );
    rig.click("Edit");
    let ticked = |rig: &common::Rig| {
        rig.harness
            .get_by_label("Read each step's instructions aloud")
            .accesskit_node()
            .toggled()
            == Some(egui::accesskit::Toggled::True)
    };
    assert!(!ticked(&rig), "minimal.ron does not ask");
    rig.click("Read each step's instructions aloud");
    assert!(ticked(&rig));
    rig.click("Save");
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(
        saved.contains("\n    read_instructions: true,\n"),
        "{saved}"
    );
    assert!(
        stretch_timer::routine::load(&file)
            .unwrap()
            .read_instructions
    );

    // Opened again, it shows ticked; unticked and saved, the routine no longer asks.
    rig.click("All routines");
    rig.click("Minimal");
    rig.click("Edit");
    assert!(ticked(&rig));
    rig.click("Read each step's instructions aloud");
    rig.click("Save");
    assert!(
        !std::fs::read_to_string(&file)
            .unwrap()
            .contains("read_instructions")
    );
    assert!(
        !stretch_timer::routine::load(&file)
            .unwrap()
            .read_instructions
    );
}

#[test]
fn render_reads_the_instructions_a_routine_asks_for_unless_told_never() {
    if !espeak_or_skip("render of a routine asking for its instructions") {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let render_with = |name: &str, text: &str, extra: &[&str]| {
        let routine = dir.path().join(format!("{name}.ron"));
        std::fs::write(&routine, text).unwrap();
        let out = dir.path().join(format!("{name}.wav"));
        let cache = dir.path().join(name);
        let assert = stretch_timer()
            .args(["render", routine.to_str().unwrap(), "--speak-names"])
            .args(extra)
            .arg("--out")
            .arg(&out)
            .env("XDG_CACHE_HOME", &cache)
            .assert()
            .success();
        let stderr = String::from_utf8(assert.get_output().stderr.clone()).unwrap();
        let clips = std::fs::read_dir(cache.join("stretch-timer/speech"))
            .unwrap()
            .count();
        (clips, std::fs::read(out).unwrap(), stderr)
    };
    let (asked, asked_wav, note) = render_with("asked", &asking(), &[]);
    assert_eq!(asked, 4, "two names and the two steps' instructions");
    // The second step's thirty words do not fit in its 4 s: the therapist is told what would.
    let prefix = "note: step 2 (\"Knees to chest\"): its instructions, read aloud, last ";
    assert!(
        note.starts_with(prefix) && note.lines().count() == 1,
        "{note}"
    );
    let (_, least) = note
        .trim_end()
        .split_once("make prepare at least ")
        .unwrap();
    let least = least.strip_suffix("s, or shorten them").unwrap();
    let least: u64 = least.parse().unwrap();
    assert!(least > 4, "{note}");

    let (never, never_wav, quiet) = render_with("never", &asking(), &["--read-instructions=never"]);
    assert_eq!(never, 2, "the names only");
    assert_eq!(quiet, "", "nothing was to be read");
    assert_ne!(asked_wav, never_wav);
    let (always, always_wav, _) = render_with("always", &asking(), &["--read-instructions"]);
    assert_eq!((always, always_wav), (asked, asked_wav));

    // With the prepare the note asks for, they fit (a clip made and not placed would be noted);
    // with a second less, they do not.
    let prepare =
        |secs: u64| asking().replacen(r#"prepare: "4s""#, &format!(r#"prepare: "{secs}s""#), 1);
    let (clips, _, none) = render_with("enough", &prepare(least), &[]);
    assert_eq!((clips, none.as_str()), (4, ""));
    let (_, _, still) = render_with("short", &prepare(least - 1), &[]);
    assert!(still.starts_with(prefix), "{still}");
}

#[test]
fn read_instructions_takes_when_asked_always_or_never() {
    let out = stretch_timer()
        .args([
            "render",
            "tests/data/valid/minimal.ron",
            "--speak-names",
            "--read-instructions=sometimes",
            "--out",
            "/nonexistent/x.wav",
        ])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("write one of when-asked, always, never, not \"sometimes\""),
        "{stderr}"
    );
}

/// A synthesiser that notes the thread each text is made on, and makes it as the stand-in does.
#[derive(Default)]
struct ThreadNoting {
    made_on: std::sync::Mutex<Vec<String>>,
    tone: ToneSynthesiser,
}

impl stretch_timer::speech::Synthesiser for ThreadNoting {
    fn identity(&self) -> String {
        self.tone.identity()
    }

    fn synthesise(
        &self,
        text: &str,
        voice: &str,
        rate: u32,
        out: &Path,
    ) -> Result<(), SpeechError> {
        let thread = std::thread::current()
            .name()
            .unwrap_or("unnamed")
            .to_owned();
        self.made_on.lock().unwrap().push(thread);
        self.tone.synthesise(text, voice, rate, out)
    }
}

#[test]
fn a_routines_speech_is_made_while_its_overview_is_shown_never_on_the_windows_thread() {
    let synthesiser = Arc::new(ThreadNoting::default());
    // The usual sound card's rate, which speech made ahead is made at.
    let (mut rig, _cache) = app_rig_speaking(
        common::quiet(),
        stretch_timer::app::Launch::Library,
        48_000,
        synthesiser.clone(),
    );
    rig.click("Standing psoas stretch");
    rig.click("Start");
    assert_eq!(
        rig.sounds(),
        [
            Sound::Tone(stretch_timer::routine::Tone::StepStart),
            Sound::Speech(Spoken::Name {
                step: 0,
                side: None
            })
        ]
    );
    let made_on = synthesiser.made_on.lock().unwrap().clone();
    assert!(!made_on.is_empty());
    assert!(
        made_on.iter().all(|t| t == "stretch-timer-speech-ahead"),
        "{made_on:?}"
    );
}
