//! The honest record of a session, as the client leaves it in the app: a routine skipped through
//! is saved as shortened with the time it played, one stopped goes to the finish screen with all
//! its questions, every question of that screen is in view at 1024×640 pixels with the largest
//! text, and a session's end is written when it happens, the window shown or not.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use std::time::Duration;

use egui::Key;
use egui::accesskit::Role;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use stretch_timer::app::Launch;
use stretch_timer::app::settings::Settings;
use stretch_timer::clock::Clock as _;
use stretch_timer::details::effort_words;
use stretch_timer::history::{Filter, History};
use stretch_timer::progress::{Effort, Outcome, Pain, SessionRecord};
use stretch_timer::{l10n, tr};

use crate::common::*;

/// standing-psoas: 2 steps, 4:55, 12 holds.
fn psoas() -> Launch {
    Launch::Start("standing-psoas".to_owned())
}

/// Presses Skip (N) until the routine has come to its end.
fn skip_to_the_end(rig: &mut Rig) {
    for _ in 0..100 {
        if rig.state().is_none() {
            return;
        }
        rig.key(Key::N);
    }
    panic!("a hundred skips did not end the routine");
}

fn stop(rig: &mut Rig) {
    rig.click("Stop");
    rig.click("Stop routine");
}

fn write_note(rig: &mut Rig, text: &str) {
    let note = || {
        rig.harness
            .get_by_role_and_label(Role::MultilineTextInput, "Note")
    };
    note().focus();
    rig.harness.run();
    rig.harness
        .get_by_role_and_label(Role::MultilineTextInput, "Note")
        .type_text(text);
    rig.harness.run();
}

fn records(rig: &Rig) -> Vec<SessionRecord> {
    rig.harness.state().sessions().records().to_vec()
}

#[test]
fn a_routine_skipped_through_is_saved_as_shortened_with_the_seconds_it_played() {
    let mut rig = rig(psoas());
    rig.at_secs(3.0);
    skip_to_the_end(&mut rig);
    assert!(rig.shows("Done, with parts skipped"));
    assert!(
        !rig.shows_containing("Well done"),
        "no praise for 0 of 12 holds"
    );
    assert!(rig.shows_containing("You did 0:03 of it and skipped 4:52."));
    rig.click("Back to routines");

    let records = records(&rig);
    assert_eq!(records.len(), 1);
    assert_eq!(records[0].outcome, Some(Outcome::Shortened));
    assert_eq!(records[0].seconds, 3, "the time played, not 4:55");
    assert_eq!(
        (records[0].holds_done(), records[0].holds_planned()),
        (0, 12)
    );
    assert!(!records[0].counts_as_done());
    assert!(
        !rig.shows_containing("Last done"),
        "a routine skipped through is not a session done"
    );
    rig.click("History");
    rig.click("Sessions");
    assert!(rig.shows_containing("Shortened by skipping · 3 s · 0 of 12 holds"));
}

#[test]
fn a_routine_played_with_one_skip_is_shortened_and_one_played_whole_is_completed() {
    let mut rig = rig(psoas());
    // Get ready skipped at 2 s; everything else played.
    rig.at_secs(2.0);
    rig.key(Key::N);
    rig.at_secs(600.0);
    assert!(rig.shows("Done, with parts skipped"));
    rig.click("Do it again");
    let again = rig.clock.now().as_secs_f64();
    rig.at_secs(again + 600.0);
    assert!(rig.shows("Routine complete"));
    assert!(rig.shows_containing("Well done"));
    rig.click("Back to routines");

    let records = records(&rig);
    let got: Vec<_> = records
        .iter()
        .map(|r| (r.outcome, r.seconds, r.holds_done()))
        .collect();
    let prepare = 10; // standing-psoas's first get ready
    assert_eq!(
        got,
        [
            (Some(Outcome::Shortened), 295 - prepare + 2, 12),
            (Some(Outcome::Completed), 295, 12),
        ]
    );
    assert!(records.iter().all(SessionRecord::counts_as_done));
}

#[test]
fn stopping_leads_to_the_finish_screen_with_pain_effort_and_a_note() {
    let mut rig = rig(psoas());
    rig.at_secs(20.0);
    stop(&mut rig);
    assert!(rig.shows("Routine stopped"));
    assert!(rig.shows_containing("You stopped at step 1 (Standing pelvic tilts), after 0:20."));
    assert!(rig.shows("How is your pain now?"));
    rig.click("Pain 7");
    rig.click("Too hard");
    write_note(&mut rig, "sharp pain at step 1");
    rig.click("Back to routines");

    let records = records(&rig);
    assert_eq!(records.len(), 1);
    let record = &records[0];
    assert_eq!(record.outcome, Some(Outcome::Stopped { step: 0 }));
    assert_eq!(record.seconds, 20);
    assert_eq!(record.pain_after, Pain::new(7).ok());
    assert_eq!(record.effort, Some(Effort::TooHard));
    assert_eq!(record.note, "sharp pain at step 1");
}

/// Digits answer the pain question until a note is begun: after that, digits typed once the note
/// box has lost the focus ("…at step 3") do not replace the score given.
#[test]
fn digits_typed_after_a_note_is_begun_do_not_change_the_pain_score() {
    let mut rig = rig(psoas());
    rig.at_secs(20.0);
    stop(&mut rig);
    rig.key(Key::Num4);
    rig.click("Pain 7");
    write_note(&mut rig, "sharp at step ");
    // The focus goes to a button, and the rest of the sentence is typed all the same.
    rig.click("Too hard");
    rig.key(Key::Num3);
    rig.click("Back to routines");
    let written = records(&rig);
    assert_eq!(
        written[0].pain_after,
        Pain::new(7).ok(),
        "still the score tapped"
    );
    assert_eq!(written[0].note, "sharp at step");

    let mut rig = self::rig(psoas());
    rig.at_secs(20.0);
    stop(&mut rig);
    rig.key(Key::Num4);
    rig.click("Back to routines");
    assert_eq!(
        records(&rig)[0].pain_after,
        Pain::new(4).ok(),
        "a digit answers"
    );
}

#[test]
fn closing_the_window_on_the_finish_screen_keeps_what_was_answered() {
    let mut rig = rig(psoas());
    rig.at_secs(30.0);
    stop(&mut rig);
    rig.click("Pain 5");
    write_note(&mut rig, "numb toes");
    // What eframe does when the window closes.
    eframe::App::on_exit(rig.harness.state_mut(), None);

    let history = History::open_read_only(&rig.home.path().join("history.sqlite3")).unwrap();
    let sessions = history.list(&Filter::default()).unwrap();
    assert_eq!(sessions.len(), 1);
    let record = &sessions[0].record;
    assert_eq!(record.outcome, Some(Outcome::Stopped { step: 0 }));
    assert_eq!(record.seconds, 30);
    assert_eq!(record.pain_after, Pain::new(5).ok());
    assert_eq!(record.note, "numb toes");
}

/// The session in the history file, once the recorder's thread has written its outcome (up to
/// 10 s of real time: the write is on a thread of its own).
fn written(rig: &Rig) -> SessionRecord {
    let path = rig.home.path().join("history.sqlite3");
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    loop {
        let sessions = History::open_read_only(&path)
            .and_then(|h| h.list(&Filter::default()))
            .unwrap_or_default();
        if let Some(s) = sessions.into_iter().find(|s| s.record.outcome.is_some()) {
            return s.record;
        }
        assert!(std::time::Instant::now() < deadline, "no outcome written");
        std::thread::sleep(Duration::from_millis(20));
    }
}

/// Minimised with the routine playing: its end is written at its end, with the time it played
/// and how it ended, before the window is shown again or anything is answered.
#[test]
fn a_session_ending_while_minimised_is_written_at_its_end_with_what_it_played() {
    let mut rig = rig(psoas());
    rig.at_secs(1.0);
    rig.key(Key::N); // the rest of get ready (10 s) skipped: 9 s
    rig.at_secs(10.0);
    rig.hidden_until(Duration::from_secs(3600));
    assert_eq!(rig.state(), None, "the routine ended while hidden");
    let record = written(&rig);
    assert_eq!(record.outcome, Some(Outcome::Shortened));
    assert_eq!(record.seconds, 295 - 9);
    let ended = record.ended_at.unwrap().timestamp();
    assert_eq!(
        ended.duration_since(start_time().timestamp()),
        jiff::SignedDuration::from_secs(295 - 9),
        "ended when its last phase ran out"
    );
    assert_eq!(record.pain_after, None, "nothing answered yet");
}

/// What must be in view on the finish screen for the client to answer everything and leave, in
/// the thread's language: the heading saying how it ended, each question and every answer, the
/// note and the way back, with nothing to scroll.
fn questions_in_view(rig: &mut Rig, heading: &str) {
    let zoom = rig.harness.ctx.zoom_factor();
    assert!((zoom - 2.0).abs() < 1e-3, "the largest text size");
    let window = egui::vec2(1024.0, 640.0) / zoom;
    rig.harness.set_size(window);
    rig.harness.run();
    let ppp = rig.harness.ctx.pixels_per_point();
    let inside = egui::Rect::from_min_size(egui::Pos2::ZERO, window).expand(0.5);
    let in_view = |rig: &Rig, role: Role, label: &str| {
        let node = rig.harness.get_by_role_and_label(role, label);
        let b = node.accesskit_node().bounding_box().unwrap();
        #[allow(clippy::cast_possible_truncation)] // Window coordinates, well within an f32.
        let rect = egui::Rect::from_min_max(
            egui::pos2(b.x0 as f32, b.y0 as f32) / ppp,
            egui::pos2(b.x1 as f32, b.y1 as f32) / ppp,
        );
        assert!(
            inside.contains_rect(rect),
            "{label} at {rect:?} is out of the window {inside:?}"
        );
    };
    in_view(rig, Role::Heading, heading);
    in_view(rig, Role::Heading, &tr!("finish-pain-now"));
    for pain in [0, 10] {
        in_view(rig, Role::Button, &tr!("pain-button-name", pain = pain));
    }
    in_view(rig, Role::Heading, &tr!("finish-how-hard"));
    for effort in Effort::ALL {
        in_view(rig, Role::Button, &effort_words(effort));
    }
    in_view(rig, Role::MultilineTextInput, &tr!("finish-note-name"));
    in_view(rig, Role::Button, &tr!("finish-back-to-routines"));
    assert!(
        rig.harness.query_by_role(Role::ScrollBar).is_none(),
        "nothing to scroll to, in {}",
        l10n::language()
    );
}

fn largest() -> Settings {
    Settings {
        text_scale: 2.0,
        ..quiet()
    }
}

fn at_the_largest_text() -> Rig {
    rig_sized(
        tempfile::tempdir().unwrap(),
        psoas(),
        largest(),
        [1024.0, 640.0],
    )
}

#[test]
fn every_question_is_in_view_after_a_stop_at_1024_by_640_with_the_largest_text() {
    for language in ["en", "de", "es", "fr"] {
        assert!(l10n::set_language(&language.parse().unwrap()));
        let mut rig = at_the_largest_text();
        rig.at_secs(20.0);
        rig.key(Key::Escape);
        rig.click(&tr!("ask-stop-routine"));
        questions_in_view(&mut rig, &tr!("finish-stopped"));
    }
}

#[test]
fn every_question_is_in_view_after_a_skip_through_at_1024_by_640_with_the_largest_text() {
    for language in ["en", "de", "es", "fr"] {
        assert!(l10n::set_language(&language.parse().unwrap()));
        let mut rig = at_the_largest_text();
        rig.at_secs(3.0);
        skip_to_the_end(&mut rig);
        questions_in_view(&mut rig, &tr!("finish-shortened"));
    }
}

#[test]
fn every_question_is_in_view_after_a_whole_routine_at_1024_by_640_with_the_largest_text() {
    let mut rig = at_the_largest_text();
    rig.at_secs(600.0);
    questions_in_view(&mut rig, "Routine complete");
    // Leaving by the way out keeps the pain answered first.
    rig.click("Pain 3");
    rig.click("Back to routines");
    assert_eq!(records(&rig)[0].pain_after, Pain::new(3).ok());
}

/// `stretch-timer ARGS… --home HOME` run to its end: its standard output.
fn cli(home: &std::path::Path, args: &[&str]) -> String {
    let out = program()
        .args(args)
        .arg("--home")
        .arg(home)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

/// The walkthrough of issue 23: a routine skipped through, one stopped, one done whole, in the
/// app; then `history`, its CSV and the report tell each as it was.
#[test]
fn history_its_csv_and_the_report_tell_a_skip_through_a_stop_and_a_whole_routine_apart() {
    let mut rig = rig(psoas());
    rig.at_secs(3.0);
    skip_to_the_end(&mut rig);
    rig.click("Do it again");
    rig.at_secs(23.0);
    stop(&mut rig);
    rig.click("Pain 7");
    write_note(&mut rig, "sharp pain at step 1");
    rig.click("Do it again");
    rig.at_secs(23.0 + 600.0);
    rig.click("Pain 2");
    rig.click("Back to routines");

    let home = rig.home.path();
    let csv = cli(home, &["history", "--csv"]);
    let rows: Vec<Vec<&str>> = csv
        .lines()
        .skip(1)
        .map(|line| line.split(',').skip(2).take(6).collect())
        .collect();
    assert_eq!(
        rows,
        [
            ["shortened", "3", "0", "12", "", ""],
            ["stopped", "20", "1", "12", "", "7"],
            ["completed", "295", "12", "12", "", "2"],
        ],
        "{csv}"
    );

    let table = cli(home, &["history"]);
    assert!(table.contains("Shortened by skipping"), "{table}");

    let report = home.join("report.html");
    cli(
        home,
        &[
            "report",
            "--since",
            "2025-03-01",
            "--out",
            report.to_str().unwrap(),
        ],
    );
    let html = std::fs::read_to_string(&report).unwrap();
    assert!(
        html.contains(
            "3 sessions: 1 completed, 1 shortened by skipping, 1 stopped early, 0 interrupted."
        ),
        "{html}"
    );
    assert!(
        html.contains("1 session done."),
        "only the whole one: {html}"
    );
}
