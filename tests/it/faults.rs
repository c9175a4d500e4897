//! Faults survived on a real file system: a disk that fills up and a folder that turns read-only
//! while a routine, an import, a draft, a reminder or a session's history is written. Each time
//! the person gets a message in plain words, the old files are intact and nothing half-written is
//! left visible.
//!
//! The small disk is a real tmpfs of a few kilobytes, mounted for the test. Mounting needs root
//! (CI runs as root); elsewhere these tests say so loudly and skip.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use crate::common;
use crate::common::CLocale as _;
use std::fs;
use std::io::Write as _;
use std::path::{Path, PathBuf};
use std::process::Command as Process;

use assert_cmd::Command;
use stretch_timer::save;

/// A tmpfs of `kib` KiB on a fresh folder, unmounted when dropped.
struct SmallDisk {
    dir: tempfile::TempDir,
}

impl SmallDisk {
    /// `None` (after saying why, loudly) where this process may not mount.
    fn mount(test: &str, kib: u32) -> Option<SmallDisk> {
        let dir = tempfile::tempdir().unwrap();
        let out = Process::new("mount")
            .args([
                "-t",
                "tmpfs",
                "-o",
                &format!("size={kib}k,mode=0755"),
                "tmpfs",
            ])
            .arg(dir.path())
            .output();
        match out {
            Ok(out) if out.status.success() => Some(SmallDisk { dir }),
            Ok(out) => {
                common::skip(
                    test,
                    &format!(
                        "cannot mount a small disk for the test (needs root): {}",
                        String::from_utf8_lossy(&out.stderr).trim()
                    ),
                );
                None
            }
            Err(e) => {
                common::skip(test, &format!("the `mount` program could not be run: {e}"));
                None
            }
        }
    }

    fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Fills the disk to the last byte with a file the test does not look at.
    fn fill(&self) {
        let mut filler = fs::File::create(self.path().join("filler")).unwrap();
        let block = [0u8; 512];
        while filler.write_all(&block).is_ok() {}
        // The last partial block.
        while filler.write_all(&[0]).is_ok() {}
        let _ = filler.sync_all();
    }

    /// Makes the whole disk read-only, as a folder on a failing drive becomes.
    fn make_read_only(&self) {
        let status = Process::new("mount")
            .args(["-o", "remount,ro"])
            .arg(self.path())
            .status()
            .unwrap();
        assert!(status.success(), "remount read-only");
    }
}

impl Drop for SmallDisk {
    fn drop(&mut self) {
        let _ = Process::new("umount")
            .arg("-l")
            .arg(self.dir.path())
            .status();
    }
}

fn stretch_timer(home: &Path) -> Command {
    let mut cmd = Command::cargo_bin("stretch-timer").unwrap();
    cmd.c_locale();
    cmd.current_dir(env!("CARGO_MANIFEST_DIR"));
    cmd.env("STRETCH_TIMER_HOME", home);
    // No autostart entry or notification server from the tester's own desktop.
    cmd.env("XDG_CONFIG_HOME", home.join("config"));
    cmd.env_remove("DBUS_SESSION_BUS_ADDRESS");
    cmd
}

struct Output {
    code: i32,
    stderr: String,
}

fn run(cmd: &mut Command) -> Output {
    let out = cmd.output().unwrap();
    Output {
        code: out.status.code().expect("exited, not killed by a signal"),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// Every file under `dir` (hidden ones too) with its bytes, the filler left out.
fn files_under(dir: &Path) -> Vec<(PathBuf, Vec<u8>)> {
    let mut found = Vec::new();
    let mut folders = vec![dir.to_owned()];
    while let Some(folder) = folders.pop() {
        for entry in fs::read_dir(&folder).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                folders.push(path);
            } else if path.file_name().is_some_and(|n| n != "filler") {
                let bytes = fs::read(&path).unwrap();
                found.push((path.strip_prefix(dir).unwrap().to_owned(), bytes));
            }
        }
    }
    found.sort();
    found
}

const ROUTINE: &str =
    "Routine(format: 1, name: \"Minimal\", steps: [Step(name: \"Stretch\", hold: 30)])\n";

/// A user's folder on the small disk holding one routine of the person's own.
fn home_with_a_routine(disk: &SmallDisk) -> PathBuf {
    let home = disk.path().join("home");
    fs::create_dir_all(home.join("routines")).unwrap();
    fs::write(home.join("routines/minimal.ron"), ROUTINE).unwrap();
    home
}

#[test]
fn a_full_disk_while_writing_a_new_routine_leaves_no_half_written_file() {
    let Some(disk) = SmallDisk::mount("new on a full disk", 64) else {
        return;
    };
    let home = home_with_a_routine(&disk);
    let before = files_under(&home);
    disk.fill();

    let out = run(stretch_timer(&home).args(["new", "Morning stretch"]));

    assert_ne!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("the disk is full"), "{}", out.stderr);
    assert_eq!(
        files_under(&home),
        before,
        "no new file, not even an empty one"
    );
}

#[test]
fn a_full_disk_while_importing_keeps_the_routines_there_and_leaves_nothing_behind() {
    let Some(disk) = SmallDisk::mount("import on a full disk", 64) else {
        return;
    };
    let home = home_with_a_routine(&disk);
    let before = files_under(&home);
    disk.fill();

    let out = run(stretch_timer(&home).args(["import", "tests/data/share/flat.zip"]));

    assert_ne!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("the disk is full"), "{}", out.stderr);
    assert_eq!(
        files_under(&home),
        before,
        "no staging folder, no half package"
    );
}

#[test]
fn a_read_only_folder_while_setting_a_reminder_keeps_the_reminders_there() {
    let Some(disk) = SmallDisk::mount("remind set on a read-only disk", 256) else {
        return;
    };
    let home = home_with_a_routine(&disk);
    let set = run(stretch_timer(&home).args(["remind", "set", "minimal", "--at", "08:00"]));
    assert_eq!(set.code, 0, "{}", set.stderr);
    let before = files_under(&home);
    disk.make_read_only();

    let out = run(stretch_timer(&home).args(["remind", "set", "minimal", "--at", "18:30"]));

    assert_ne!(out.code, 0, "{}", out.stderr);
    assert!(out.stderr.contains("read-only"), "{}", out.stderr);
    assert_eq!(files_under(&home), before);
}

#[test]
fn a_full_disk_while_rendering_leaves_no_half_written_wav() {
    let Some(disk) = SmallDisk::mount("render on a full disk", 512) else {
        return;
    };
    let wav = disk.path().join("minimal.wav");

    let out = run(stretch_timer(disk.path())
        // Without step names: the speech cache would be a folder on this disk too.
        .args([
            "render",
            "tests/data/valid/minimal.ron",
            "--no-speak-names",
            "-o",
        ])
        .arg(&wav));

    assert_ne!(
        out.code, 0,
        "a 40 s track does not fit in 512 KiB: {}",
        out.stderr
    );
    assert!(out.stderr.contains("the disk is full"), "{}", out.stderr);
    assert!(!wav.exists(), "no half-written track");
    let left: Vec<_> = fs::read_dir(disk.path()).unwrap().collect();
    assert!(left.is_empty(), "nothing left behind: {left:?}");
}

#[test]
fn saving_over_a_file_on_a_full_disk_keeps_the_old_file_and_no_temporary_one() {
    let Some(disk) = SmallDisk::mount("write_atomic on a full disk", 64) else {
        return;
    };
    let path = disk.path().join("minimal.ron");
    fs::write(&path, ROUTINE).unwrap();
    disk.fill();

    let err = save::write_atomic(&path, ROUTINE.repeat(100).as_bytes()).unwrap_err();

    assert!(err.to_string().contains("the disk is full"), "{err}");
    assert_eq!(fs::read_to_string(&path).unwrap(), ROUTINE);
    let names: Vec<_> = fs::read_dir(disk.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(names.len(), 2, "the file and the filler only: {names:?}");
}

#[test]
fn a_full_disk_while_a_draft_is_kept_keeps_the_draft_there_and_no_temporary_file() {
    use stretch_timer::home::{DraftFile, Home};
    use stretch_timer::routine::draft::Draft;
    let Some(disk) = SmallDisk::mount("a draft on a full disk", 64) else {
        return;
    };
    let home = Home::at(&disk.path().join("home"));
    let draft = |name: &str| DraftFile {
        target: None,
        draft: Draft {
            name: name.to_owned(),
            ..Draft::default()
        },
    };
    home.save_draft("new-1", &draft("Morning")).unwrap();
    let before = files_under(home.root());
    disk.fill();

    let err = home
        .save_draft("new-1", &draft(&"Morning stretch, longer ".repeat(200)))
        .unwrap_err();

    assert!(err.to_string().contains("the disk is full"), "{err}");
    assert_eq!(
        home.drafts_kept().drafts,
        [("new-1".to_owned(), draft("Morning"))],
        "the draft kept before, whole"
    );
    assert_eq!(files_under(home.root()), before, "no temporary file left");
}

#[test]
fn a_full_disk_before_the_first_draft_says_so_and_leaves_nothing() {
    use stretch_timer::home::{DraftFile, Home};
    use stretch_timer::routine::draft::Draft;
    let Some(disk) = SmallDisk::mount("the first draft on a full disk", 64) else {
        return;
    };
    let home = Home::at(&disk.path().join("home"));
    fs::create_dir_all(home.root()).unwrap();
    disk.fill();

    let err = home
        .save_draft(
            "new-1",
            &DraftFile {
                target: None,
                draft: Draft::default(),
            },
        )
        .unwrap_err();

    assert!(err.to_string().contains("the disk is full"), "{err}");
    assert!(home.drafts_kept().drafts.is_empty());
    assert_eq!(files_under(home.root()), []);
}

/// The history's sessions as `history --json` prints them.
fn history_json(home: &Path) -> String {
    let out = stretch_timer(home)
        .args(["history", "--json"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// Records one whole session of tests/data/progress/quick.ron (8 s) with `run`.
fn run_quick(home: &Path) -> std::process::Output {
    stretch_timer(home)
        .args([
            "run",
            "tests/data/progress/quick.ron",
            "--silent",
            "--no-ask",
        ])
        .output()
        .unwrap()
}

#[test]
fn a_full_disk_while_a_session_is_recorded_is_said_once_and_the_history_stays_whole() {
    let Some(disk) = SmallDisk::mount("the history on a full disk", 1024) else {
        return;
    };
    let home = disk.path().join("home");
    let first = run_quick(&home);
    assert!(first.status.success());
    let before = history_json(&home);
    assert!(before.contains("\"completed\""), "{before}");
    disk.fill();

    let out = run_quick(&home);

    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "the routine is not stopped: {stderr}");
    assert!(stdout.contains("Routine complete."), "{stdout}");
    assert_eq!(
        stderr.matches("full").count(),
        1,
        "said once, though a start and three holds could not be written: {stderr}"
    );
    assert!(
        stderr.contains("could not be recorded") && stderr.contains("is full; free some space"),
        "{stderr}"
    );
    fs::remove_file(disk.path().join("filler")).unwrap();
    assert_eq!(
        history_json(&home),
        before,
        "the earlier session whole, no part of this one"
    );
}

#[test]
fn a_disk_that_fills_during_a_session_keeps_every_hold_written_before() {
    use jiff::Timestamp;
    use std::time::Duration;
    use stretch_timer::history::{Filter, History, HistoryError};
    use stretch_timer::routine;
    use stretch_timer_core::progress::{HoldDone, LocalTime, SessionStart, Source};
    let Some(disk) = SmallDisk::mount("the history filling up", 1024) else {
        return;
    };
    let path = disk.path().join("history.sqlite3");
    let text = fs::read_to_string("tests/data/progress/quick.ron").unwrap();
    let quick = routine::parse(&text, None).unwrap();
    let at = |second: i64| Timestamp::from_second(1_740_985_200 + second).unwrap();
    let start = SessionStart::new(
        &quick,
        Source::Bundled("quick".to_owned()),
        text.as_bytes(),
        LocalTime::new(at(0), jiff::tz::Offset::UTC),
        None,
    );
    let hold = |n: u64| HoldDone {
        step: 0,
        side: None,
        elapsed: Duration::from_secs(n),
        at: at(n as i64),
    };
    let mut history = History::open(&path).unwrap();
    let running = history.start(&start).unwrap();
    history.hold_done(&running, &hold(1)).unwrap();
    disk.fill();

    let err = history.hold_done(&running, &hold(2)).unwrap_err();

    assert!(matches!(err, HistoryError::Full { .. }), "{err:?}");
    assert!(err.to_string().contains("is full"), "{err}");
    drop(running);
    drop(history);
    fs::remove_file(disk.path().join("filler")).unwrap();
    let sessions = History::open(&path)
        .unwrap()
        .list(&Filter::default())
        .unwrap();
    assert_eq!(sessions.len(), 1);
    assert_eq!(
        sessions[0].record.holds_done(),
        1,
        "the hold written before the disk filled, not the one after"
    );
}

/// Writes one finished session of tests/data/progress/quick.ron into the history at `path`, as
/// `run` would, and leaves the file as a program that closed it leaves it.
fn one_session(path: &Path) {
    use jiff::Timestamp;
    use stretch_timer::history::History;
    use stretch_timer_core::progress::{LocalTime, Source};
    let text = fs::read_to_string("tests/data/progress/quick.ron").unwrap();
    let quick = stretch_timer::routine::parse(&text, None).unwrap();
    let mut history = History::open(path).unwrap();
    common::record_done(
        &mut history,
        common::Done {
            routine: &quick,
            source: Source::Bundled("quick".to_owned()),
            text: text.as_bytes(),
            at: LocalTime::new(
                Timestamp::from_second(1_740_985_200).unwrap(),
                jiff::tz::Offset::UTC,
            ),
            seconds: 8,
            pain_before: None,
            pain_after: None,
            note: "",
        },
    );
}

/// `history --json` and `report` in `home`, the report written to `out`: both must read.
fn read_back(home: &Path, out: &Path) {
    let history = history_json(home);
    assert!(history.contains("\"completed\""), "{history}");
    let report = run(stretch_timer(home).args(["report", "--out"]).arg(out));
    assert_eq!(report.code, 0, "{}", report.stderr);
    assert!(out.exists());
}

#[test]
fn the_history_reads_on_a_read_only_disk() {
    let Some(disk) = SmallDisk::mount("the history on a read-only disk", 1024) else {
        return;
    };
    let home = disk.path().join("home");
    one_session(&home.join("history.sqlite3"));
    disk.make_read_only();
    let elsewhere = tempfile::tempdir().unwrap();
    read_back(&home, &elsewhere.path().join("report.html"));
}

#[test]
fn the_history_reads_on_a_full_disk_and_is_left_as_it_was() {
    let Some(disk) = SmallDisk::mount("the history on a full disk, read", 1024) else {
        return;
    };
    let home = disk.path().join("home");
    one_session(&home.join("history.sqlite3"));
    let before = files_under(&home);
    disk.fill();
    let elsewhere = tempfile::tempdir().unwrap();
    read_back(&home, &elsewhere.path().join("report.html"));
    let names = |files: Vec<(PathBuf, Vec<u8>)>| -> Vec<(PathBuf, usize)> {
        files.into_iter().map(|(p, b)| (p, b.len())).collect()
    };
    let after = files_under(&home);
    assert_eq!(
        names(after.clone()),
        names(before.clone()),
        "reading wrote nothing"
    );
    assert!(after == before, "reading changed no byte");
}
