//! Sessions recorded by `stretch-timer run` and read back by `stretch-timer history`, as
//! processes with a folder of their own (`--home`): a run finished, one stopped with Ctrl-C
//! (SIGINT) and one killed (SIGKILL) midway, all at once in one history; the export's columns as
//! a contract; usage errors.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use crate::common;
use crate::common::CLocale as _;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;
use stretch_timer::progress::RoutineHash;

/// Step A holds 0–1 and 1–2 s, step B 2–8 s.
const QUICK: &str = "tests/data/progress/quick.ron";

fn quick() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(QUICK)
}

struct Output {
    code: i32,
    stdout: String,
    stderr: String,
}

fn command(home: &Path, args: &[&str]) -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_stretch-timer"));
    command.c_locale();
    command
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(args)
        .arg("--home")
        .arg(home)
        .stdin(Stdio::null());
    command
}

/// Runs `stretch-timer --home HOME ARGS…` to its end.
fn cli(home: &Path, args: &[&str]) -> Output {
    let out = command(home, args).output().unwrap();
    Output {
        code: out.status.code().expect("exited, not killed by a signal"),
        stdout: String::from_utf8(out.stdout).unwrap(),
        stderr: String::from_utf8(out.stderr).unwrap(),
    }
}

/// Starts `run` of the quick routine, without sound.
fn start_run(home: &Path, args: &[&str]) -> Child {
    command(home, &["run", QUICK, "--silent"])
        .args(args)
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap()
}

/// The sessions as `history --json` gives them.
fn sessions(home: &Path) -> Vec<Value> {
    let out = cli(home, &["history", "--json"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    serde_json::from_str::<Value>(&out.stdout)
        .unwrap()
        .as_array()
        .unwrap()
        .clone()
}

/// Waits until the running session that started with `pain_before` has done `holds`.
fn wait_for_holds(home: &Path, pain_before: u64, holds: u64) {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let done = sessions(home).iter().any(|s| {
            s["pain_before"] == pain_before && s["outcome"].is_null() && s["holds_done"] == holds
        });
        if done {
            return;
        }
        assert!(
            Instant::now() < deadline,
            "no running session with {holds} holds"
        );
        std::thread::sleep(Duration::from_millis(50));
    }
}

/// Waits for `child` to end, for at most a minute.
fn wait(child: &mut Child) -> std::process::ExitStatus {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        if let Some(status) = child.try_wait().unwrap() {
            return status;
        }
        assert!(Instant::now() < deadline, "the run did not end");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// The CSV rows after the header, read as a spreadsheet reads them (RFC 4180).
fn csv_rows(text: &str) -> Vec<Vec<String>> {
    csv::Reader::from_reader(text.as_bytes())
        .records()
        .map(|r| r.unwrap().iter().map(str::to_owned).collect())
        .collect()
}

#[test]
fn a_run_finished_one_stopped_with_ctrl_c_and_one_killed_are_all_in_the_history() {
    let home = tempfile::tempdir().unwrap();
    let home = home.path();
    // All three at once, in one history: pain before tells them apart.
    let finished = start_run(home, &["--pain-before", "1", "--pain-after", "0"]);
    let mut stopped = start_run(home, &["--pain-before", "2", "--pain-after", "3"]);
    let mut killed = start_run(home, &["--pain-before", "3"]);

    // Midway through step B: step A's two holds are written.
    wait_for_holds(home, 2, 2);
    let status = Command::new("kill")
        .args(["-INT", &stopped.id().to_string()])
        .status()
        .unwrap();
    assert!(status.success());
    wait_for_holds(home, 3, 2);
    killed.kill().unwrap();
    wait(&mut killed);

    let stopped_status = wait(&mut stopped);
    assert_eq!(stopped_status.code(), Some(130), "Ctrl-C's exit code");
    let finished = finished.wait_with_output().unwrap();
    assert_eq!(
        finished.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&finished.stderr)
    );

    // The killed run's session is found and marked as this history is opened.
    let out = cli(home, &["history", "--csv"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let mut rows = csv_rows(&out.stdout);
    rows.sort_by(|a, b| a[6].cmp(&b[6]));
    let summary: Vec<_> = rows
        .iter()
        .map(|r| {
            (
                r[1].as_str(),
                r[2].as_str(),
                r[4].as_str(),
                r[5].as_str(),
                r[6].as_str(),
                r[7].as_str(),
            )
        })
        .collect();
    assert_eq!(
        summary,
        [
            ("Quick", "completed", "3", "3", "1", "0"),
            ("Quick", "stopped", "2", "3", "2", "3"),
            ("Quick", "interrupted", "2", "3", "3", ""),
        ]
    );
    for row in &rows {
        assert!(
            row[0].len() == 25 && row[0].as_bytes()[10] == b'T',
            "ISO 8601 with offset: {}",
            row[0]
        );
    }
    assert_eq!(rows[0][3], "8", "the whole routine's seconds");
    assert_eq!(rows[2][3], "2", "up to the last finished hold");

    // JSON: the same, plus where it stopped and every step's holds.
    let json = sessions(home);
    let stopped = json.iter().find(|s| s["outcome"] == "stopped").unwrap();
    // Steps are numbered from 1, as `plan --json` and the table number them.
    assert_eq!(stopped["stopped_at_step"], 2);
    assert_eq!(
        stopped["steps"],
        serde_json::json!([
            {"step": 1, "name": "A", "side": null, "planned": 2, "done": 2},
            {"step": 2, "name": "B", "side": null, "planned": 1, "done": 0},
        ])
    );
    let interrupted = json.iter().find(|s| s["outcome"] == "interrupted").unwrap();
    assert_eq!(
        interrupted["stopped_at_step"], 2,
        "the step it was killed in: the first with holds left undone"
    );
    let plan = cli(home, &["plan", QUICK, "--json"]);
    let plan: Value = serde_json::from_str(&plan.stdout).unwrap();
    assert!(
        plan.to_string().contains("\"step\":2"),
        "plan --json numbers step B 2 too: {plan}"
    );
    let file = std::fs::read(quick()).unwrap();
    assert_eq!(
        stopped["routine_hash"],
        RoutineHash::of(&file).to_string(),
        "the hash of the file's exact bytes"
    );
    assert_eq!(
        stopped["source"]["file"],
        quick().to_string_lossy().as_ref()
    );
    let keys: Vec<&str> = stopped
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    for key in [
        "started_at",
        "routine",
        "outcome",
        "seconds",
        "holds_done",
        "holds_planned",
        "pain_before",
        "pain_after",
        "effort",
        "note",
        "ended_at",
        "stopped_at_step",
        "source",
        "routine_hash",
        "id",
        "steps",
    ] {
        assert!(keys.contains(&key), "{key} in {keys:?}");
    }

    // The table for people, and the filters.
    let table = cli(home, &["history"]);
    assert_eq!(table.code, 0, "{}", table.stderr);
    assert!(table.stdout.starts_with("Started "), "{}", table.stdout);
    assert!(
        table.stdout.contains("Stopped at step 2"),
        "{}",
        table.stdout
    );
    assert!(table.stdout.contains("2/3"), "{}", table.stdout);
    assert_eq!(
        csv_rows(&cli(home, &["history", "--csv", "--routine", "QUICK"]).stdout).len(),
        3
    );
    assert!(csv_rows(&cli(home, &["history", "--csv", "--routine", "other"]).stdout).is_empty());
    assert!(csv_rows(&cli(home, &["history", "--csv", "--since", "2999-01-01"]).stdout).is_empty());
}

#[test]
fn the_csv_columns_are_the_contract() {
    let home = tempfile::tempdir().unwrap();
    let out = cli(home.path(), &["history", "--csv"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert_eq!(
        out.stdout,
        "started_at,routine,outcome,seconds,holds_done,holds_planned,pain_before,pain_after,effort,note\r\n"
    );
    // Reading an empty history makes no file.
    assert!(!home.path().join("history.sqlite3").exists());
}

#[test]
fn pain_out_of_range_and_dates_not_written_yyyy_mm_dd_are_usage_errors() {
    let home = tempfile::tempdir().unwrap();
    for args in [
        &["run", QUICK, "--silent", "--pain-before", "11"][..],
        &["run", QUICK, "--silent", "--pain-after", "-1"],
        &["run", QUICK, "--silent", "--pain-before", "three"],
    ] {
        let out = cli(home.path(), args);
        assert_eq!(out.code, 2, "{args:?}");
        assert!(out.stderr.contains("0 to 10"), "{}", out.stderr);
    }
    for date in ["2025-3-4", "04/03/2025", "2025-02-30", "yesterday"] {
        for command in ["history", "report"] {
            let mut args = vec![command, "--since", date];
            if command == "report" {
                args.extend(["--out", "r.html"]);
            }
            let out = cli(home.path(), &args);
            assert_eq!(out.code, 2, "{args:?}");
            assert!(out.stderr.contains("YYYY-MM-DD"), "{}", out.stderr);
        }
    }
    // Nothing ran, nothing was recorded.
    assert!(!home.path().join("history.sqlite3").exists());
}

#[test]
fn a_damaged_history_is_said_once_and_the_routine_runs_anyway() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("history.sqlite3");
    let junk = b"not a database at all, but long enough to be taken for one. ".repeat(100);
    std::fs::write(&path, &junk).unwrap();
    let out = cli(home.path(), &["run", QUICK, "--silent"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("Routine complete."), "{}", out.stdout);
    assert_eq!(
        out.stderr.matches("could not be recorded").count(),
        1,
        "{}",
        out.stderr
    );
    assert!(out.stderr.contains("damaged"), "{}", out.stderr);
    assert_eq!(std::fs::read(&path).unwrap(), junk, "left as it was");
    // And `history` says so, in words, with the usage/I/O exit code.
    let out = cli(home.path(), &["history"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("damaged"), "{}", out.stderr);
}

#[test]
fn a_damaged_history_names_the_command_line_way_out_and_it_works() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("history.sqlite3");
    let junk = b"not a database at all, but long enough to be taken for one. ".repeat(100);
    std::fs::write(&path, &junk).unwrap();
    let report = home.path().join("report.html");
    for args in [
        &["history"][..],
        &["history", "--csv"],
        &["report", "--out", report.to_str().unwrap()],
    ] {
        let out = cli(home.path(), args);
        assert_eq!(out.code, 2, "{args:?}");
        assert!(
            out.stderr
                .contains("run `stretch-timer history --set-aside`"),
            "{args:?}: {}",
            out.stderr
        );
        assert!(
            !out.stderr.contains("Choose"),
            "no button here: {}",
            out.stderr
        );
    }

    let out = cli(home.path(), &["history", "--set-aside"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(out.stdout.contains("(kept, not deleted)"), "{}", out.stdout);
    let aside: Vec<_> = std::fs::read_dir(home.path())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().contains("set-aside"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    assert_eq!(std::fs::read(&aside[0]).unwrap(), junk, "kept as it was");

    let out = cli(home.path(), &["run", QUICK, "--silent"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    assert!(
        !out.stderr.contains("could not be recorded"),
        "{}",
        out.stderr
    );
    assert_eq!(sessions(home.path()).len(), 1, "recorded again");

    let again = cli(home.path(), &["history", "--set-aside"]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    assert!(
        again.stdout.contains("nothing was moved"),
        "{}",
        again.stdout
    );
}

/// A history in `home` with one finished session of the quick routine per `(name, note)`.
fn history_with(home: &Path, sessions: &[(&str, &str)]) -> PathBuf {
    use jiff::Timestamp;
    use stretch_timer::history::History;
    use stretch_timer::progress::{LocalTime, Source};
    let path = home.join("history.sqlite3");
    let text = std::fs::read_to_string(quick()).unwrap();
    let mut history = History::open(&path).unwrap();
    for (n, (name, note)) in sessions.iter().enumerate() {
        let mut routine = stretch_timer::routine::parse(&text, None).unwrap();
        routine.name = (*name).to_owned();
        let day = 86_400 * i64::try_from(n).unwrap();
        common::record_done(
            &mut history,
            common::Done {
                routine: &routine,
                source: Source::Bundled("quick".to_owned()),
                text: text.as_bytes(),
                at: LocalTime::new(
                    Timestamp::from_second(1_740_985_200 + day).unwrap(),
                    jiff::tz::Offset::UTC,
                ),
                seconds: 8,
                pain_before: None,
                pain_after: None,
                note,
            },
        );
    }
    path
}

#[test]
fn csv_cells_a_spreadsheet_would_run_are_written_as_text() {
    let home = tempfile::tempdir().unwrap();
    history_with(
        home.path(),
        &[
            ("=cmd|' /C calc'!A0", "+1 felt fine"),
            ("-2+3", "@SUM(1,2)"),
            ("Plain", "=HYPERLINK(\"http://x\",\"click\")"),
            ("Tab", "\tindented"),
        ],
    );
    let out = cli(home.path(), &["history", "--csv"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let rows = csv_rows(&out.stdout);
    let cells: Vec<(&str, &str)> = rows
        .iter()
        .map(|r| (r[1].as_str(), r[9].as_str()))
        .collect();
    assert_eq!(
        cells,
        [
            ("'=cmd|' /C calc'!A0", "'+1 felt fine"),
            ("'-2+3", "'@SUM(1,2)"),
            ("Plain", "'=HYPERLINK(\"http://x\",\"click\")"),
            ("Tab", "'\tindented"),
        ]
    );
    // JSON is for programs: the text as it was written.
    let json = sessions(home.path());
    assert_eq!(json[0]["routine"], "=cmd|' /C calc'!A0");
    assert_eq!(json[1]["note"], "@SUM(1,2)");
}

#[test]
fn reading_the_history_never_makes_or_changes_the_file() {
    let home = tempfile::tempdir().unwrap();
    let path = home.path().join("history.sqlite3");
    std::fs::write(&path, b"").unwrap();
    let report = home.path().join("report.html");
    for args in [
        &["history"][..],
        &["history", "--json"],
        &["report", "--out", report.to_str().unwrap()],
    ] {
        let out = cli(home.path(), args);
        assert_eq!(out.code, 0, "{args:?}: {}", out.stderr);
        assert_eq!(std::fs::metadata(&path).unwrap().len(), 0, "{args:?}");
    }
    std::fs::remove_file(&path).unwrap();
    assert_eq!(cli(home.path(), &["history"]).code, 0);
    assert!(!path.exists(), "not made by reading");
}

#[test]
fn one_bad_row_is_named_and_the_other_sessions_are_read() {
    let home = tempfile::tempdir().unwrap();
    let path = history_with(home.path(), &[("First", ""), ("Second", ""), ("Third", "")]);
    let db = rusqlite::Connection::open(&path).unwrap();
    db.execute(
        "UPDATE sessions SET pain_before = 42 WHERE routine = 'Second'",
        [],
    )
    .unwrap();
    db.execute(
        "UPDATE sessions SET effort = 'enormous' WHERE routine = 'Third'",
        [],
    )
    .unwrap();
    drop(db);
    let out = cli(home.path(), &["history", "--csv"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let routines: Vec<String> = csv_rows(&out.stdout)
        .into_iter()
        .map(|r| r[1].clone())
        .collect();
    assert_eq!(routines, ["First"]);
    assert_eq!(
        out.stderr,
        "session 2 cannot be read: its pain before is not what stretch-timer writes; it is left out\n\
         session 3 cannot be read: its effort is not what stretch-timer writes; it is left out\n"
    );
}
