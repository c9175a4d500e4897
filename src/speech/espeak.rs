//! espeak-ng, run as a process: the text goes in on stdin (never as an argument, so no text can
//! be taken for an option), the WAV comes out in a file, and a process that does not finish in
//! time is killed.

use std::io::{Read as _, Write as _};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitStatus, Stdio};
use std::sync::OnceLock;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use super::{SpeechError, Synthesiser};

/// How long one text may take: a sentence takes espeak-ng tens of milliseconds.
pub const TIMEOUT: Duration = Duration::from_secs(5);

/// The variant and pitch of the built-in prompts (scripts/make-voice.sh), so that spoken names
/// sound like the same person saying "Hold".
const VARIANT: &str = "+f3";
const PITCH: &str = "45";

/// At most this much of what the program writes is kept for a message.
const KEPT_OUTPUT: u64 = 64 * 1024;

/// espeak-ng.
#[derive(Debug, Clone)]
pub struct EspeakNg {
    program: PathBuf,
    timeout: Duration,
}

impl Default for EspeakNg {
    fn default() -> Self {
        EspeakNg::new()
    }
}

/// Whether speech can be made, and in which languages.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Status {
    /// What the program says its version is, or why it cannot be used.
    pub version: Result<String, SpeechError>,
    /// The languages it speaks, by code (empty if it cannot be used).
    pub languages: Vec<Language>,
}

/// A language espeak-ng speaks.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Language {
    /// Its code, as the voice setting holds it (`en-us`).
    pub code: String,
    /// Its name in words (`English (America)`).
    pub name: String,
}

/// Where eSpeak NG's Windows installer puts the program (`C:\Program Files\eSpeak NG`), which
/// it does not add to the PATH; nothing elsewhere.
fn installed() -> Option<PathBuf> {
    if !cfg!(windows) {
        return None;
    }
    ["ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"]
        .into_iter()
        .filter_map(std::env::var_os)
        .map(|folder| Path::new(&folder).join("eSpeak NG").join("espeak-ng.exe"))
        .find(|program| program.is_file())
}

impl EspeakNg {
    /// `espeak-ng` found on the PATH (on Windows, first where eSpeak NG's installer puts it),
    /// given [`TIMEOUT`] per text.
    pub fn new() -> EspeakNg {
        EspeakNg::with_program(installed().unwrap_or_else(|| PathBuf::from("espeak-ng")))
    }

    /// Another program with espeak-ng's command line (tests: one that is not there, one that
    /// hangs).
    pub fn with_program(program: impl Into<PathBuf>) -> EspeakNg {
        EspeakNg {
            program: program.into(),
            timeout: TIMEOUT,
        }
    }

    /// The same, given `timeout` per text.
    pub fn with_timeout(mut self, timeout: Duration) -> EspeakNg {
        self.timeout = timeout;
        self
    }

    fn name(&self) -> String {
        self.program.display().to_string()
    }

    /// Asks the program its version and its languages.
    pub fn status(&self) -> Status {
        let version = self
            .run(&["--version"], b"")
            .map(|out| out.lines().next().unwrap_or_default().trim().to_owned());
        let languages = match &version {
            Ok(_) => self
                .run(&["--voices"], b"")
                .map(|out| languages(&out))
                .unwrap_or_default(),
            Err(_) => Vec::new(),
        };
        Status { version, languages }
    }

    /// Runs the program with `args`, `input` on its stdin; its stdout if it succeeds in time.
    fn run(&self, args: &[&str], input: &[u8]) -> Result<String, SpeechError> {
        let program = self.name();
        let mut child = Command::new(&self.program)
            .args(args)
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| match e.kind() {
                std::io::ErrorKind::NotFound => SpeechError::Missing {
                    program: program.clone(),
                },
                _ => SpeechError::Start {
                    program: program.clone(),
                    reason: e.to_string(),
                },
            })?;
        if let Some(mut stdin) = child.stdin.take() {
            // A program that exits without reading is judged by its exit status below. The text
            // is far smaller than a pipe's buffer, so this never waits on a hung program.
            let _ = stdin.write_all(input);
        }
        let stdout = read_in_background(child.stdout.take());
        let stderr = read_in_background(child.stderr.take());
        let status = wait_until(&mut child, Instant::now() + self.timeout);
        let Some(status) = status else {
            // Killing one that ended meanwhile fails harmlessly; reaping it frees its entry.
            let _ = child.kill();
            let _ = child.wait();
            return Err(SpeechError::TimedOut {
                program,
                after: self.timeout,
            });
        };
        // A child of the program may still hold the pipes open: wait only a moment for them.
        let collect = |rx: mpsc::Receiver<String>| {
            rx.recv_timeout(Duration::from_millis(200))
                .unwrap_or_default()
        };
        let (out, err) = (collect(stdout), collect(stderr));
        if status.success() {
            Ok(out)
        } else {
            let said = err.trim();
            Err(SpeechError::Failed {
                program,
                reason: if said.is_empty() {
                    status.to_string()
                } else {
                    format!("{status}: {said}")
                },
            })
        }
    }
}

impl Synthesiser for EspeakNg {
    fn identity(&self) -> String {
        format!("espeak-ng{VARIANT} p{PITCH}")
    }

    fn synthesise(
        &self,
        text: &str,
        voice: &str,
        rate: u32,
        out: &Path,
    ) -> Result<(), SpeechError> {
        let out = out.to_string_lossy();
        let voice = format!("{voice}{VARIANT}");
        let rate = rate.to_string();
        // -b 1: the input is UTF-8.
        let args = [
            "-w", &out, "-v", &voice, "-s", &rate, "-p", PITCH, "-b", "1", "--stdin",
        ];
        self.run(&args, text.as_bytes()).map(drop)
    }
}

/// The program's exit status, or `None` if it has not ended by `deadline`.
fn wait_until(child: &mut std::process::Child, deadline: Instant) -> Option<ExitStatus> {
    loop {
        match child.try_wait() {
            Ok(Some(status)) => return Some(status),
            Ok(None) if Instant::now() >= deadline => return None,
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(_) => return None,
        }
    }
}

/// Reads a pipe to its end on a thread of its own, so that a program writing much to it never
/// blocks on a full pipe.
fn read_in_background(pipe: Option<impl std::io::Read + Send + 'static>) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel();
    if let Some(pipe) = pipe {
        let spawned = std::thread::Builder::new()
            .name("stretch-timer-speech-pipe".to_owned())
            .spawn(move || {
                let mut bytes = Vec::new();
                let _ = pipe.take(KEPT_OUTPUT).read_to_end(&mut bytes);
                let _ = tx.send(String::from_utf8_lossy(&bytes).into_owned());
            });
        // Without the thread, the output is not read: the message only lacks it.
        drop(spawned);
    }
    rx
}

/// The languages in `espeak-ng --voices` (columns: priority, language, age and gender, voice
/// name, ...): each code once, with the first voice's name, sorted by code.
fn languages(listing: &str) -> Vec<Language> {
    let mut found: Vec<Language> = listing
        .lines()
        .skip(1)
        .filter_map(|line| {
            let mut columns = line.split_whitespace().skip(1);
            let code = columns.next()?;
            let name = columns.nth(1).unwrap_or(code).replace('_', " ");
            super::is_voice_name(code).then(|| Language {
                code: code.to_owned(),
                name,
            })
        })
        .collect();
    found.sort_by(|a, b| a.code.cmp(&b.code));
    found.dedup_by(|a, b| a.code == b.code);
    found
}

/// espeak-ng's status on this system, asked once per run of the program (for Settings).
pub fn system_status() -> &'static Status {
    static STATUS: OnceLock<Status> = OnceLock::new();
    STATUS.get_or_init(|| EspeakNg::new().status())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn languages_are_read_from_the_voice_listing() {
        let listing = "Pty Language       Age/Gender VoiceName          File                 Other Languages\n \
             5  af              --/M      Afrikaans          gmw/af\n \
             5  en-us           --/M      English_(America)  gmw/en-US            (en 3)\n \
             2  en-us           --/M      English_(America)  gmw/en-US-nyc\n";
        let read = languages(listing);
        let codes: Vec<&str> = read.iter().map(|l| l.code.as_str()).collect();
        assert_eq!(codes, ["af", "en-us"]);
        assert_eq!(read[1].name, "English (America)");
    }
}
