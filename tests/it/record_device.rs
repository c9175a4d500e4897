//! Recording for real, through the app's own code (`DeviceMicrophone`, `Capture`, the take made
//! ready to save) and the real stack under it (rodio, cpal, ALSA, the ALSA PulseAudio plugin): a
//! private PulseAudio whose default source is a null sink's monitor, fed a known WAV with
//! `paplay`; what was recorded must be that sound. And with no sound server at all, the
//! microphone is reported as missing, in words, without a panic or a hang.
//!
//! Each test runs itself again as a child process with the sound server's and ALSA's variables
//! set (ALSA reads its configuration once per process, and setting variables in-process would
//! need `unsafe`). The test against PulseAudio needs `pulseaudio`, `pactl` and `paplay`
//! (pulseaudio-utils) and the ALSA PulseAudio plugin (libasound2-plugins): without them it prints
//! a SKIP line and passes.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Tests may fail loudly.

use crate::common;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use stretch_timer::audio::bank::{self, Clip};
use stretch_timer::audio::input::{Capture, CaptureError, DeviceMicrophone, InputError, Status};
use stretch_timer::audio::take;

/// Set in a child process: the test runs its part with these variables.
const CHILD: &str = "STRETCH_TIMER_TEST_RECORD_CHILD";

/// The private PulseAudio's process id, for a child that stops it.
const SERVER_PID: &str = "STRETCH_TIMER_TEST_PULSE_PID";

fn instructions() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/record/instructions.wav")
}

/// Runs the test `name` again in a child process with `vars` set, and fails if the child fails.
/// In the child itself, returns `true`: do the work.
fn in_child(name: &str, vars: &[(&str, String)]) -> bool {
    if std::env::var_os(CHILD).is_some() {
        return true;
    }
    let output = Command::new(std::env::current_exe().unwrap())
        .args([
            common::exact(module_path!(), name).as_str(),
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, "1")
        .envs(vars.iter().map(|(k, v)| (*k, v.as_str())))
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    eprintln!("{text}");
    assert!(output.status.success(), "the child test failed:\n{text}");
    assert!(text.contains("1 passed"), "the child ran no test:\n{text}");
    false
}

/// ALSA's own configuration, then one that sends its default device to the PulseAudio server at
/// `socket`. Returns the value for `ALSA_CONFIG_PATH`.
fn alsa_to_pulse(dir: &Path, socket: &Path) -> Option<String> {
    let system = [
        "/usr/share/alsa/alsa.conf",
        "/usr/local/share/alsa/alsa.conf",
    ]
    .into_iter()
    .find(|f| Path::new(f).is_file())?;
    let ours = dir.join("asound.conf");
    let server = socket.display();
    std::fs::write(
        &ours,
        format!(
            "pcm.!default {{ type pulse server \"unix:{server}\" }}\n\
             ctl.!default {{ type pulse server \"unix:{server}\" }}\n"
        ),
    )
    .unwrap();
    Some(format!("{system}:{}", ours.display()))
}

/// Waits for `capture` to finish, at most `within`.
fn finished(capture: &Capture, within: Duration) -> Result<take::Take, CaptureError> {
    let start = Instant::now();
    while capture.snapshot().status != Status::Done {
        assert!(start.elapsed() < within, "the recording never finished");
        std::thread::sleep(Duration::from_millis(10));
    }
    capture.result().expect("a finished capture has a result")
}

#[test]
fn without_a_sound_server_no_microphone_is_said_in_words_and_nothing_hangs() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("no-server-here");
    let Some(alsa) = alsa_to_pulse(dir.path(), &missing) else {
        common::skip(
            "recording with no sound server",
            "ALSA's alsa.conf is not installed (apt-get install -y libasound2-data)",
        );
        return;
    };
    let vars = [
        ("ALSA_CONFIG_PATH", alsa),
        ("PULSE_SERVER", format!("unix:{}", missing.display())),
    ];
    if !in_child(
        "without_a_sound_server_no_microphone_is_said_in_words_and_nothing_hangs",
        &vars,
    ) {
        return;
    }
    let started = Instant::now();
    let capture = Capture::start(Arc::new(DeviceMicrophone), Duration::from_secs(60));
    let result = finished(&capture, Duration::from_secs(10));
    eprintln!("no sound server: {result:?} after {:?}", started.elapsed());
    match result {
        Err(CaptureError::Input(e @ (InputError::NoDevice(_) | InputError::Unavailable(_)))) => {
            let words = e.to_string();
            assert!(
                words == "no microphone was found" || words == "the microphone could not be opened",
                "{words}"
            );
            assert!(
                !e.detail().is_empty(),
                "the sound system's words kept for the log"
            );
        }
        other => panic!("expected no microphone, got {other:?}"),
    }
}

/// A private PulseAudio: its own runtime, state and config folders, a null sink `room` whose
/// monitor is the default source. Stopped when dropped.
struct PrivatePulse {
    daemon: Child,
    dir: tempfile::TempDir,
}

impl PrivatePulse {
    /// Starts the server, or says loudly why it cannot.
    fn start() -> Option<PrivatePulse> {
        let plugin = [
            "/usr/lib/x86_64-linux-gnu/alsa-lib/libasound_module_pcm_pulse.so",
            "/usr/lib/aarch64-linux-gnu/alsa-lib/libasound_module_pcm_pulse.so",
            "/usr/lib/alsa-lib/libasound_module_pcm_pulse.so",
            "/usr/lib64/alsa-lib/libasound_module_pcm_pulse.so",
        ]
        .iter()
        .any(|p| Path::new(p).is_file());
        let mut missing = Vec::new();
        for (program, package) in [
            ("pulseaudio", "pulseaudio"),
            ("pactl", "pulseaudio-utils"),
            ("paplay", "pulseaudio-utils"),
        ] {
            if Command::new(program)
                .arg("--version")
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_err()
                && !missing.contains(&package)
            {
                missing.push(package);
            }
        }
        if !plugin {
            missing.push("libasound2-plugins");
        }
        if !missing.is_empty() {
            common::skip(
                "the test of the real microphone",
                &format!(
                    "recording through a real sound server needs {}. Install: apt-get install -y \
                     {}",
                    missing.join(", "),
                    missing.join(" ")
                ),
            );
            return None;
        }
        let dir = tempfile::tempdir().unwrap();
        for sub in ["home", "config", "run", "state"] {
            std::fs::create_dir(dir.path().join(sub)).unwrap();
        }
        let socket = dir.path().join("run/native");
        let daemon = Command::new("pulseaudio")
            .args([
                "-n",
                "--daemonize=no",
                "--use-pid-file=no",
                "--exit-idle-time=-1",
                "--disallow-exit",
                "--log-target=stderr",
            ])
            .arg(format!(
                "--load=module-native-protocol-unix auth-anonymous=1 socket={}",
                socket.display()
            ))
            .arg("--load=module-null-sink sink_name=room rate=48000 channels=1")
            .env_remove("PULSE_SERVER")
            .env("HOME", dir.path().join("home"))
            .env("XDG_CONFIG_HOME", dir.path().join("config"))
            .env("XDG_RUNTIME_DIR", dir.path().join("run"))
            .env("PULSE_RUNTIME_PATH", dir.path().join("run"))
            .env("PULSE_STATE_PATH", dir.path().join("state"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::fs::write(dir.path().join("client.conf"), "autospawn = no\n").unwrap();
        let pulse = PrivatePulse { daemon, dir };
        let started = Instant::now();
        while !pulse.pactl(&["info"]) {
            assert!(
                started.elapsed() < Duration::from_secs(10),
                "the private PulseAudio did not start"
            );
            std::thread::sleep(Duration::from_millis(100));
        }
        assert!(pulse.pactl(&["set-default-sink", "room"]));
        assert!(pulse.pactl(&["set-default-source", "room.monitor"]));
        Some(pulse)
    }

    fn socket(&self) -> PathBuf {
        self.dir.path().join("run/native")
    }

    /// What a client of this server (and only this one) needs.
    fn vars(&self) -> Vec<(&'static str, String)> {
        let alsa = alsa_to_pulse(self.dir.path(), &self.socket()).expect("alsa.conf");
        vec![
            ("PULSE_SERVER", format!("unix:{}", self.socket().display())),
            (
                "PULSE_CLIENTCONFIG",
                self.dir.path().join("client.conf").display().to_string(),
            ),
            (
                "PULSE_COOKIE",
                self.dir.path().join("cookie").display().to_string(),
            ),
            ("ALSA_CONFIG_PATH", alsa),
        ]
    }

    fn pactl(&self, args: &[&str]) -> bool {
        Command::new("pactl")
            .args(args)
            .envs(self.vars())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success())
    }
}

impl Drop for PrivatePulse {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// The largest normalised cross-correlation of `a` and `b` over shifts of up to `lag` samples.
fn best_correlation(a: &[f32], b: &[f32], lag: usize) -> (f64, isize) {
    let energy = |x: &[f32]| x.iter().map(|s| f64::from(*s) * f64::from(*s)).sum::<f64>();
    let norm = (energy(a) * energy(b)).sqrt();
    let mut best = (0.0, 0);
    for shift in -(lag as isize)..=lag as isize {
        let sum: f64 = a
            .iter()
            .enumerate()
            .filter_map(|(i, x)| {
                let j = i as isize + shift;
                (j >= 0 && (j as usize) < b.len()).then(|| f64::from(*x) * f64::from(b[j as usize]))
            })
            .sum();
        if sum / norm > best.0 {
            best = (sum / norm, shift);
        }
    }
    best
}

/// Records from the real default microphone while `paplay` plays tests/data/record/instructions.wav
/// to the sound server, and stops half a second after it ends.
fn record_the_file_played() -> Result<take::Take, CaptureError> {
    let capture = Capture::start(Arc::new(DeviceMicrophone), Duration::from_secs(60));
    let started = Instant::now();
    while capture.snapshot().length < Duration::from_millis(300) {
        if capture.snapshot().status == Status::Done {
            panic!("the microphone could not be used: {:?}", capture.result());
        }
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "nothing recorded"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let played = Command::new("paplay").arg(instructions()).status().unwrap();
    assert!(played.success(), "paplay failed");
    let after = capture.snapshot().length + Duration::from_millis(500);
    while capture.snapshot().length < after && capture.snapshot().status != Status::Done {
        assert!(
            started.elapsed() < Duration::from_secs(30),
            "the recording stalled"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    capture.stop();
    finished(&capture, Duration::from_secs(10))
}

#[test]
fn the_real_microphone_records_what_the_sound_server_hears_trimmed_and_levelled() {
    let pulse = if std::env::var_os(CHILD).is_none() {
        let Some(pulse) = PrivatePulse::start() else {
            return;
        };
        Some(pulse)
    } else {
        None
    };
    let vars = pulse.as_ref().map(PrivatePulse::vars).unwrap_or_default();
    if !in_child(
        "the_real_microphone_records_what_the_sound_server_hears_trimmed_and_levelled",
        &vars,
    ) {
        return;
    }
    // A computer too busy to take the sound in time loses some of it: rodio keeps 100 ms of the
    // microphone's sound, and ALSA's buffer is all there is before that; a test run with `nice`
    // on a loaded machine can be kept waiting longer. A loss in rodio's buffer is said to the
    // person (InputError::Lost); one before it leaves holes in the take, which correlates partly
    // (0.4 to 0.9 when seen here). Tried up to five times; a take that is not the sound at all
    // (correlating below 0.3), of the wrong length or level, fails at once.
    let mut holes = Vec::new();
    for attempt in 1..=5 {
        match record_the_file_played() {
            Err(CaptureError::Input(InputError::Lost)) => {
                eprintln!("attempt {attempt}: the computer was too busy, part was lost");
                holes.push(None);
            }
            result => {
                let (correlation, off) = compare_with_the_file(&result.unwrap());
                if correlation > 0.95 {
                    assert!(
                        off < 0.1,
                        "a whole take, {off:.3} s longer or shorter than it"
                    );
                    return;
                }
                assert!(
                    correlation > 0.3,
                    "the recording is not the sound played: correlation {correlation:.3}"
                );
                holes.push(Some(correlation));
            }
        }
    }
    eprintln!(
        "\n!!!!!!!! SKIP: the machine was too busy to record in real time: every attempt lost \
         sound ({holes:?}: None is a loss said to the person, a number a take with holes). \
         !!!!!!!!\n"
    );
}

/// Checks that `take` is as loud as the file's own take and about as long, and returns how well
/// it correlates with it and by how much their lengths differ, in seconds.
fn compare_with_the_file(take: &take::Take) -> (f64, f64) {
    let rate = take.clip.rate();
    eprintln!(
        "recorded {:?} at {rate} Hz, kept {:?}",
        take.recorded,
        take.length()
    );
    let source = bank::decode_file(&instructions(), rate).unwrap();
    let expected = take::finish(source.samples(), rate).unwrap();
    let level = bank::speech_level(take.clip.samples(), rate).unwrap();
    assert!(
        (level - bank::CUE_LOUDNESS_DBFS).abs() < 1.0,
        "{level} dBFS over speech"
    );
    let length = take.length().as_secs_f64();
    let wanted = expected.length().as_secs_f64();
    assert!(
        (length - wanted).abs() < 0.3,
        "kept {length:.3} s of the recording, {wanted:.3} s of the file"
    );
    // The saved file holds that sound: compared at 8 kHz, as read back from the WAV.
    let heard = bank::decode(take.wav.clone(), 8000).unwrap();
    let meant: Clip = bank::decode(take::wav_bytes(&expected.clip).unwrap(), 8000).unwrap();
    let (correlation, shift) = best_correlation(meant.samples(), heard.samples(), 2400);
    eprintln!("correlation {correlation:.4} at {shift} samples (8 kHz)");
    (correlation, (length - wanted).abs())
}

#[test]
fn a_sound_server_gone_mid_take_is_said_and_nothing_hangs() {
    let pulse = if std::env::var_os(CHILD).is_none() {
        let Some(pulse) = PrivatePulse::start() else {
            return;
        };
        Some(pulse)
    } else {
        None
    };
    let mut vars = pulse.as_ref().map(PrivatePulse::vars).unwrap_or_default();
    if let Some(pulse) = &pulse {
        vars.push((SERVER_PID, pulse.daemon.id().to_string()));
    }
    if !in_child(
        "a_sound_server_gone_mid_take_is_said_and_nothing_hangs",
        &vars,
    ) {
        return;
    }
    let capture = Capture::start(Arc::new(DeviceMicrophone), Duration::from_secs(60));
    let started = Instant::now();
    while capture.snapshot().length < Duration::from_millis(500) {
        assert!(
            capture.snapshot().status != Status::Done,
            "{:?}",
            capture.result()
        );
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "nothing recorded"
        );
        std::thread::sleep(Duration::from_millis(10));
    }
    let server = std::env::var(SERVER_PID).unwrap();
    assert!(
        Command::new("kill")
            .arg(&server)
            .status()
            .unwrap()
            .success()
    );
    let killed = Instant::now();
    let result = finished(&capture, Duration::from_secs(10));
    eprintln!("server gone: {result:?} after {:?}", killed.elapsed());
    assert_eq!(result, Err(CaptureError::Input(InputError::Stopped)));
}

/// The median of `runs` timings of `f`, in milliseconds.
fn median_ms(runs: usize, mut f: impl FnMut()) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed().as_secs_f64() * 1e3
        })
        .collect();
    times.sort_by(f64::total_cmp);
    times[runs / 2]
}

#[test]
#[ignore = "a measurement (BENCHMARKS.md): cargo test --release --test it -- --ignored record_device:: --nocapture"]
fn measure_the_work_on_a_take_at_48_khz() {
    let words = bank::decode_file(&instructions(), 48_000).unwrap();
    for seconds in [15usize, 120] {
        let samples: Vec<f32> = words
            .samples()
            .iter()
            .copied()
            .cycle()
            .take(seconds * 48_000)
            .collect();
        let finish = median_ms(5, || {
            take::finish(&samples, 48_000).unwrap();
        });
        let mut levels = take::Levels::new(48_000);
        levels.extend(&samples);
        let voiced = median_ms(5, || {
            levels.voiced().unwrap();
        });
        let extend = median_ms(5, || {
            let mut levels = take::Levels::new(48_000);
            for chunk in samples.chunks(960) {
                levels.extend(chunk);
            }
        });
        println!(
            "take of {seconds} s at 48 kHz: finish (trim, level, WAV) {finish:.1} ms; \
             Levels::voiced (every 200 ms while recording) {voiced:.2} ms; \
             Levels::extend over the whole take in 20 ms chunks {extend:.1} ms"
        );
    }
}
