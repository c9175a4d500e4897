//! `stretch-timer report` as a process, over sessions written through the history: the period,
//! the prescription, the flags, the chart and the notes, with what the client wrote kept as text.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use crate::common::CLocale as _;
use crate::common::program;
use std::path::Path;
use std::time::Duration;

use jiff::ZonedDateTime;
use jiff::civil::Date;
use stretch_timer::history::History;
use stretch_timer::progress::{
    HoldDone, LocalTime, Outcome, Pain, SessionEnd, SessionStart, Source,
};
use stretch_timer::routine;

const ROUTINE: &str = r#"Routine(format: 1, name: "Evening back", schedule: Schedule(days_per_week: 5, times_per_day: 2), steps: [
    Step(name: "Knee hug", hold: 30, reps: 2),
    Step(name: "Bridge", hold: 20),
])"#;

const HOSTILE: &str = "</td><script>alert(\"x\")</script> & <b>bold</b>";

/// Records a session of the routine at `path`, `days_ago` days before now.
fn record(
    history: &mut History,
    path: &Path,
    days_ago: i64,
    pain: (Option<u8>, Option<u8>),
    outcome: Outcome,
    note: &str,
) {
    let routine = routine::parse(ROUTINE, None).unwrap();
    let now = ZonedDateTime::now();
    let started = LocalTime::new(
        now.timestamp() - jiff::SignedDuration::from_hours(24 * days_ago),
        now.offset(),
    );
    let pain_of = |p: Option<u8>| p.map(|p| Pain::new(p).unwrap());
    let start = SessionStart::new(
        &routine,
        Source::File(path.to_owned()),
        ROUTINE.as_bytes(),
        started,
        pain_of(pain.0),
    );
    let running = history.start(&start).unwrap();
    history
        .hold_done(
            &running,
            &HoldDone {
                step: 0,
                side: None,
                elapsed: Duration::from_secs(30),
                at: started.timestamp(),
            },
        )
        .unwrap();
    history
        .finish(
            running,
            &SessionEnd {
                outcome,
                ended_at: started,
                elapsed: Duration::from_secs(60),
                pain_after: pain_of(pain.1),
                effort: None,
                note: note.to_owned(),
            },
        )
        .unwrap();
}

#[test]
fn the_report_has_the_period_the_prescription_flags_chart_and_notes() {
    let home = tempfile::tempdir().unwrap();
    let routines = home.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    let file = routines.join("evening-back.ron");
    std::fs::write(&file, ROUTINE).unwrap();
    let mut history = History::open(&home.path().join("history.sqlite3")).unwrap();
    let stopped = Outcome::Stopped { step: 1 };
    record(
        &mut history,
        &file,
        9,
        (Some(3), Some(2)),
        Outcome::Completed,
        "",
    );
    record(
        &mut history,
        &file,
        5,
        (Some(2), Some(6)),
        Outcome::Completed,
        "",
    );
    record(&mut history, &file, 3, (Some(8), None), stopped, HOSTILE);
    record(
        &mut history,
        &file,
        2,
        (None, None),
        stopped,
        "Knees hurt on the bridge",
    );
    // Before the period: left out.
    record(
        &mut history,
        &file,
        400,
        (Some(9), Some(9)),
        Outcome::Completed,
        "long ago",
    );
    drop(history);

    let since = ZonedDateTime::now().date() - jiff::Span::new().days(30);
    let out_file = home.path().join("report.html");
    let out = program()
        .args(["report", "--since", &since.to_string(), "--out"])
        .arg(&out_file)
        .arg("--home")
        .arg(home.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(String::from_utf8_lossy(&out.stdout).contains("4 sessions"));
    let html = std::fs::read_to_string(&out_file).unwrap();

    let long = |d: Date| d.strftime("%A, %-d %B %Y").to_string();
    assert!(html.contains(&long(since)), "the period's first day");
    assert!(html.contains("Evening back"));
    assert!(html.contains("5 days a week, twice a day (10 sessions a week)"));
    // Flags, in words.
    assert!(html.contains("pain 8/10 before the session"), "{html}");
    assert!(html.contains("pain rose from 2 to 6 during the session"));
    assert!(html.contains("stopped early 2 times at step 2 \u{201c}Bridge\u{201d}"));
    assert!(
        !html.contains("pain 9/10"),
        "sessions before the period are left out"
    );
    // The chart: one mark per score (and one of each in the legend), drawn without a script.
    assert_eq!(html.matches("<svg class=\"chart\"").count(), 1);
    assert_eq!(html.matches("<circle class=\"before\"").count(), 3 + 1);
    assert_eq!(html.matches("<rect class=\"after\"").count(), 2 + 1);
    // Notes, as text.
    assert!(html.contains("Knees hurt on the bridge"));
    assert!(
        html.contains(
            "&lt;/td&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &lt;b&gt;"
        )
    );
    assert!(!html.contains("<script"));
    assert!(!html.contains("long ago"));
    // Self-contained: nothing for a browser to fetch.
    assert!(
        !html.contains("http://")
            || !html
                .replace("http://www.w3.org/2000/svg", "")
                .contains("http://")
    );
    assert!(!html.contains("https://"));
}

#[test]
fn the_report_puts_red_flags_first_then_trends_and_pairs_pain_with_notes() {
    let home = tempfile::tempdir().unwrap();
    let routines = home.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    let file = routines.join("evening-back.ron");
    std::fs::write(&file, ROUTINE).unwrap();
    let mut history = History::open(&home.path().join("history.sqlite3")).unwrap();
    let done = Outcome::Completed;
    let stopped = Outcome::Stopped { step: 1 };
    // Seven sessions with high pain, the oldest first, and one whose pain rose: six are listed,
    // two grouped.
    for days_ago in [20, 19, 18, 17, 16, 15, 14] {
        record(&mut history, &file, days_ago, (Some(7), Some(7)), done, "");
    }
    record(&mut history, &file, 6, (Some(3), Some(5)), done, "");
    record(&mut history, &file, 4, (None, None), stopped, "");
    record(&mut history, &file, 3, (None, None), stopped, "");
    record(
        &mut history,
        &file,
        2,
        (Some(4), Some(4)),
        done,
        "Sharp pain at the bridge, then NUMB toes",
    );
    // The client writes in their own language, whatever the report is made in.
    record(
        &mut history,
        &file,
        1,
        (Some(2), None),
        done,
        "Kribbeln im Fuß",
    );
    drop(history);

    let out_file = home.path().join("report.html");
    let out = program()
        .c_locale()
        .args(["report", "--out"])
        .arg(&out_file)
        .arg("--home")
        .arg(home.path())
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let html = std::fs::read_to_string(&out_file).unwrap();
    let at = |text: &str| {
        html.find(text)
            .unwrap_or_else(|| panic!("{text:?} is not in the report: {html}"))
    };
    // Red flags, newest first: the notes' words, the rise, then high pain; then trends; then
    // earlier high pain grouped; then the rest of the report.
    let order = [
        "Red flags: ask about these first",
        "the note says \u{201c}Kribbeln\u{201d}",
        "the note says \u{201c}Sharp\u{201d}, \u{201c}NUMB\u{201d}",
        "pain rose from 3 to 5 during the session",
        "pain 7/10 before and 7/10 after the session",
        "Trends",
        "stopped early 2 times at step 2",
        "Earlier sessions with high or rising pain",
        "Evening back: 2 earlier sessions with pain of 7 or more, or up by 2 or more",
        "Pain before and after each session",
    ];
    let places: Vec<usize> = order.iter().map(|text| at(text)).collect();
    assert!(
        places.windows(2).all(|w| w[0] < w[1]),
        "in this order: {order:?}\n{html}"
    );
    assert_eq!(
        html.matches("pain 7/10 before and 7/10 after").count(),
        5,
        "the five newest sessions with high pain listed one by one"
    );
    // The notes table pairs each note with the pain around it.
    assert!(
        html.contains("<th class=\"n\">Pain before → after</th>"),
        "{html}"
    );
    assert!(html.contains("<td class=\"n pain\">4 → 4</td>"), "{html}");
    assert!(html.contains("<td class=\"n pain\">2 → –</td>"), "{html}");
    // The chart joins the before and after of each session that has both (and one in its key).
    assert_eq!(
        html.matches("<line class=\"pair\"").count(),
        7 + 1 + 1 + 1,
        "{html}"
    );
}
