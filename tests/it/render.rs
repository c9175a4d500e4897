//! The guided-audio track as the test oracle: every cue's sound starts on the planned sample,
//! silence between, nothing clips.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::cast_possible_truncation
)] // Test helpers may fail loudly; frame arithmetic stays small.

use crate::common::CLocale as _;
use std::path::Path;

use assert_cmd::Command;
use stretch_timer::audio::CueStyle;
use stretch_timer::audio::bank::{Phrase, RENDER_RATE, Sound, SoundBank};
use stretch_timer::audio::render::{Placed, Rendered, render};
use stretch_timer::engine::Plan;
use stretch_timer::language::VoiceLanguage;
use stretch_timer::routine::{Routine, load};

const RATE: u64 = RENDER_RATE as u64;
/// One millisecond in frames.
const MS: u64 = RATE / 1000;

fn routine(path: &str) -> Routine {
    load(&Path::new(env!("CARGO_MANIFEST_DIR")).join(path)).unwrap()
}

fn render_in_memory(routine: &Routine, style: CueStyle) -> (Plan, SoundBank, Rendered, Vec<f32>) {
    let plan = Plan::new(routine);
    let bank = SoundBank::for_routine(routine, RENDER_RATE);
    let mut samples = Vec::new();
    let rendered = render(
        &plan,
        &bank,
        style,
        |chunk| {
            samples.extend_from_slice(chunk);
            Ok::<_, ()>(())
        },
        |_, _| {},
    )
    .unwrap();
    (plan, bank, rendered, samples)
}

/// For each frame of the track, whether some sound plays there.
fn sounding(placed: &[Placed], bank: &SoundBank, frames: usize) -> Vec<bool> {
    let mut mask = vec![false; frames];
    for p in placed {
        let start = p.frame as usize;
        let end = (start + bank.clip(p.sound).unwrap().samples().len()).min(frames);
        mask[start..end].fill(true);
    }
    mask
}

/// Checks the track against the plan: each moment's first sound begins within a millisecond of
/// the cue's planned time, on a sample that is not silent after silence; everything outside the
/// sounds is exact silence; the peak stays below full scale.
fn check_track(plan: &Plan, bank: &SoundBank, rendered: &Rendered, samples: &[f32]) {
    let mask = sounding(&rendered.placed, bank, samples.len());
    let mut moments: Vec<_> = plan.cues.iter().map(|c| c.at).collect();
    moments.dedup();
    assert!(!moments.is_empty());
    for at in moments {
        let planned = (at.as_secs_f64() * RATE as f64).round() as u64;
        let first = rendered
            .placed
            .iter()
            .find(|p| p.at == at)
            .unwrap_or_else(|| panic!("no sound for the cue at {at:?}"));
        assert!(
            first.frame.abs_diff(planned) <= MS,
            "{at:?}: starts at frame {}",
            first.frame
        );
        // The onset as heard: the first non-silent sample at or after a millisecond before.
        let onset = (planned.saturating_sub(MS)..)
            .find(|&f| samples[f as usize].abs() > 1e-4)
            .unwrap();
        if planned <= MS || !mask[(planned - MS - 1) as usize] {
            assert!(
                onset.abs_diff(planned) <= MS,
                "cue at {at:?}: heard at {:.3} ms",
                onset as f64 * 1000.0 / RATE as f64
            );
        }
    }
    for (f, s) in samples.iter().enumerate() {
        if !mask[f] {
            assert_eq!(
                *s,
                0.0,
                "sound at {:.3} s, between cues",
                f as f64 / RATE as f64
            );
        }
    }
    assert!(rendered.peak < 1.0, "clips: peak {}", rendered.peak);
    assert!(
        rendered.peak > 0.1,
        "too quiet to be the cue sounds: peak {}",
        rendered.peak
    );
    assert!(samples.len() as u64 >= plan.total.as_millis() as u64 * MS);
}

#[test]
fn every_cue_of_every_kind_sounds_on_time_with_silence_between_in_each_style() {
    let r = routine("tests/data/valid/every-field.ron");
    for style in [CueStyle::Tones, CueStyle::Voice, CueStyle::Both] {
        let (plan, bank, rendered, samples) = render_in_memory(&r, style);
        check_track(&plan, &bank, &rendered, &samples);
    }
}

#[test]
fn every_bundled_routine_renders_cleanly() {
    for b in stretch_timer::bundled::ALL {
        let r = b.load(stretch_timer::bundled::ENGLISH).unwrap();
        let (plan, bank, rendered, samples) = render_in_memory(&r, CueStyle::Both);
        check_track(&plan, &bank, &rendered, &samples);
    }
}

#[test]
fn a_routines_own_sounds_and_recordings_are_on_the_track() {
    let r = routine("tests/data/valid/with-assets/routine.ron");
    let (plan, bank, rendered, samples) = render_in_memory(&r, CueStyle::Tones);
    check_track(&plan, &bank, &rendered, &samples);
    use stretch_timer::audio::Sound;
    use stretch_timer::routine::Tone;
    let sounds: Vec<Sound> = rendered.placed.iter().map(|p| p.sound).collect();
    assert!(sounds.contains(&Sound::StepVoice(0)));
    // The routine's bell.wav, an 880 Hz tone, replaces the built-in hold_start: count its cycles.
    let hold = rendered
        .placed
        .iter()
        .find(|p| p.sound == Sound::Tone(Tone::HoldStart))
        .unwrap();
    let start = hold.frame as usize;
    let quarter: Vec<f32> = samples[start..start + RATE as usize / 4].to_vec();
    let crossings = quarter
        .windows(2)
        .filter(|w| w[0] < 0.0 && w[1] >= 0.0)
        .count();
    assert!(
        (215..=225).contains(&crossings),
        "{crossings} cycles in 250 ms"
    );
}

#[test]
fn the_render_command_writes_a_wav_whose_onsets_match_plan_json() {
    let dir = tempfile::tempdir().unwrap();
    let wav = dir.path().join("standing.wav");
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::cargo_bin("stretch-timer")
        .unwrap()
        .c_locale()
        .current_dir(root)
        .args(["render", "standing-psoas", "--style", "tones", "--out"])
        .arg(&wav)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let plan = Command::cargo_bin("stretch-timer")
        .unwrap()
        .c_locale()
        .current_dir(root)
        .args(["plan", "standing-psoas", "--json"])
        .output()
        .unwrap();
    let plan: serde_json::Value = serde_json::from_slice(&plan.stdout).unwrap();

    let mut reader = hound::WavReader::open(&wav).unwrap();
    let spec = reader.spec();
    assert_eq!(
        (spec.channels, spec.sample_rate, spec.bits_per_sample),
        (1, 44_100, 16)
    );
    let samples: Vec<i16> = reader.samples::<i16>().map(Result::unwrap).collect();
    assert!(samples.len() as u64 >= plan["total_ms"].as_u64().unwrap() * MS);
    assert!(
        samples.iter().all(|s| *s != i16::MIN && *s != i16::MAX),
        "clipped"
    );

    // Every moment with cues: silence just before (no sound is still ringing there in this
    // routine's tones) and sound within a millisecond of the planned time.
    let mut moments: Vec<u64> = plan["cues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["at_ms"].as_u64().unwrap())
        .collect();
    moments.dedup();
    let mut checked = 0;
    for at_ms in moments {
        let planned = at_ms * MS + at_ms / 10; // 44.1 frames per ms
        let window = &samples[planned.saturating_sub(MS) as usize..(planned + MS) as usize];
        let onset = window
            .iter()
            .position(|s| s.abs() > 3)
            .map(|i| i as u64 + planned.saturating_sub(MS));
        let before_silent = planned < 2 * MS
            || samples[(planned - 2 * MS) as usize..(planned - MS) as usize]
                .iter()
                .all(|s| *s == 0);
        if before_silent {
            let onset = onset.unwrap_or_else(|| panic!("nothing within 1 ms of {at_ms} ms"));
            assert!(
                onset.abs_diff(planned) <= MS,
                "{at_ms} ms: onset at frame {onset}"
            );
            checked += 1;
        }
    }
    assert!(checked > 40, "only {checked} onsets could be checked");
}

/// The built-in prompt heard at each cue moment of a rendered WAV (`render --style voice`): the
/// prompt, in any language, whose recording matches the track there (normalised correlation above
/// 0.95), with its language.
fn prompts_heard(wav: &Path, at_ms: &[u64]) -> Vec<(VoiceLanguage, Phrase)> {
    let mut reader = hound::WavReader::open(wav).unwrap();
    let scale = f32::from(i16::MAX);
    let samples: Vec<f32> = reader
        .samples::<i16>()
        .map(|s| f32::from(s.unwrap()) / scale)
        .collect();
    let banks: Vec<SoundBank> = VoiceLanguage::ALL
        .iter()
        .map(|l| SoundBank::builtin(*l, RENDER_RATE))
        .collect();
    let correlation = |a: &[f32], b: &[f32]| {
        let dot: f64 = a.iter().zip(b).map(|(x, y)| f64::from(x * y)).sum();
        let norm = |v: &[f32]| v.iter().map(|x| f64::from(x * x)).sum::<f64>().sqrt();
        dot / (norm(a) * norm(b)).max(1e-12)
    };
    let mut heard = Vec::new();
    for &ms in at_ms {
        let start = (ms * RATE / 1000) as usize;
        let best = banks
            .iter()
            .flat_map(|bank| Phrase::ALL.map(|p| (bank.language(), p, bank)))
            .filter_map(|(language, phrase, bank)| {
                let clip = bank.clip(Sound::Phrase(phrase))?.samples();
                let end = (start + clip.len()).min(samples.len());
                let c = correlation(&samples[start..end], &clip[..end - start]);
                (c > 0.95).then_some((c, language, phrase))
            })
            .max_by(|a, b| a.0.total_cmp(&b.0));
        if let Some((_, language, phrase)) = best {
            heard.push((language, phrase));
        }
    }
    heard
}

/// The cue moments of a routine, in milliseconds, as `plan --json` gives them.
fn cue_moments(routine: &str) -> Vec<u64> {
    let plan = Command::cargo_bin("stretch-timer")
        .unwrap()
        .c_locale()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["plan", routine, "--json"])
        .output()
        .unwrap();
    let plan: serde_json::Value = serde_json::from_slice(&plan.stdout).unwrap();
    let mut moments: Vec<u64> = plan["cues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["at_ms"].as_u64().unwrap())
        .collect();
    moments.dedup();
    moments
}

/// `render ROUTINE --style voice --no-speak-names` with `args`, into `wav`.
fn render_voice(routine: &str, wav: &Path, args: &[&str]) {
    let out = Command::cargo_bin("stretch-timer")
        .unwrap()
        .c_locale()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["render", routine, "--style", "voice", "--no-speak-names"])
        .args(args)
        .arg("--out")
        .arg(wav)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
}

/// Every prompt heard is in `language`, and the usual ones are there.
fn assert_all_in(heard: &[(VoiceLanguage, Phrase)], language: VoiceLanguage) {
    for phrase in [Phrase::GetReady, Phrase::Hold, Phrase::Three, Phrase::Relax] {
        assert!(
            heard.contains(&(language, phrase)),
            "{language}/{}: {heard:?}",
            phrase.name()
        );
    }
    assert!(heard.iter().all(|(l, _)| *l == language), "{heard:?}");
}

#[test]
fn a_german_render_says_the_german_prompts() {
    let dir = tempfile::tempdir().unwrap();
    let moments = cue_moments("standing-psoas");
    let german = dir.path().join("de.wav");
    render_voice("standing-psoas", &german, &["--lang", "de"]);
    let heard = prompts_heard(&german, &moments);
    assert!(heard.len() * 10 >= moments.len() * 9, "{heard:?}");
    assert_all_in(&heard, VoiceLanguage::German);
    // Without --lang, the program speaks English.
    let english = dir.path().join("en.wav");
    render_voice("standing-psoas", &english, &[]);
    assert_all_in(&prompts_heard(&english, &moments), VoiceLanguage::English);
}

#[test]
fn a_routine_that_names_its_language_speaks_it_whatever_the_programs_language() {
    let dir = tempfile::tempdir().unwrap();
    let routine = dir.path().join("etirement.ron");
    std::fs::write(
        &routine,
        r#"Routine(format: 1, name: "Étirement du psoas", language: "fr",
            steps: [Step(name: "Fente debout", sides: Both, hold: "20s")])"#,
    )
    .unwrap();
    let routine = routine.to_str().unwrap();
    let moments = cue_moments(routine);
    for lang in [&[][..], &["--lang", "de"]] {
        let wav = dir.path().join("fr.wav");
        render_voice(routine, &wav, lang);
        let heard = prompts_heard(&wav, &moments);
        assert_all_in(&heard, VoiceLanguage::French);
    }
}

#[test]
fn lang_takes_only_a_language_the_program_speaks() {
    let out = Command::cargo_bin("stretch-timer")
        .unwrap()
        .c_locale()
        .args(["--lang", "pt", "list"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(
        stderr.contains("stretch-timer does not speak “pt”. Choose one of: en, de, es, fr."),
        "{stderr}"
    );
    let out = Command::cargo_bin("stretch-timer")
        .unwrap()
        .c_locale()
        .args(["list", "--lang", "de-AT"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0));
}
