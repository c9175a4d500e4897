//! Reminders against a real D-Bus: a private `dbus-daemon --session` and a notification server
//! written here with zbus (`org.freedesktop.Notifications`), with the daemon's real notifier
//! (notify-rust) talking to it, time passed in and the "Start now" command recorded.
//!
//! notify-rust finds the bus through `DBUS_SESSION_BUS_ADDRESS`, which a test cannot set in its
//! own process (it is `unsafe` in this edition, and this workspace forbids `unsafe`). So each test
//! that needs another bus runs itself again as a child process with the variable set, and the
//! child does the work ([`in_child`]).

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use crate::common;
use crate::common::CLocale as _;
use std::collections::HashMap;
use std::ffi::OsString;
use std::io::{BufRead as _, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use jiff::Timestamp;
use jiff::tz::TimeZone;
use stretch_timer::home::Home;
use stretch_timer::remind::daemon::Happened;
use stretch_timer::remind::desktop::{DesktopNotifier, probe};
use stretch_timer::remind::{Action, Daemon, Event, Launcher, NotifyError, cli, store};
use stretch_timer::reminders::{Days, Reminder, Reminders};

/// Set in a child process: the test runs its part with this bus.
const CHILD: &str = "STRETCH_TIMER_TEST_REMIND_CHILD";

/// How long to wait for the bus to deliver something before failing.
const BUS_TIMEOUT: Duration = Duration::from_secs(10);

/// Runs the test `name` again in a child process with `DBUS_SESSION_BUS_ADDRESS` set to
/// `address`, and fails if the child fails. In the child itself, returns `true`: do the work.
fn in_child(name: &str, address: &str) -> bool {
    if std::env::var_os(CHILD).is_some() {
        return true;
    }
    let exe = std::env::current_exe().unwrap();
    let output = Command::new(exe)
        .args([
            common::exact(module_path!(), name).as_str(),
            "--exact",
            "--nocapture",
            "--test-threads=1",
        ])
        .env(CHILD, "1")
        .env("DBUS_SESSION_BUS_ADDRESS", address)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout).into_owned()
        + &String::from_utf8_lossy(&output.stderr);
    assert!(output.status.success(), "the child test failed:\n{text}");
    assert!(text.contains("1 passed"), "the child ran no test:\n{text}");
    false
}

/// A private session bus, stopped when dropped.
struct PrivateBus {
    daemon: Child,
    address: String,
}

impl PrivateBus {
    /// Starts `dbus-daemon --session`, or says loudly why it cannot.
    fn start() -> Option<PrivateBus> {
        let spawned = Command::new("dbus-daemon")
            .args(["--session", "--nofork", "--print-address"])
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn();
        let mut daemon = match spawned {
            Ok(daemon) => daemon,
            Err(e) => {
                common::skip(
                    "the tests against a real D-Bus",
                    &format!(
                        "dbus-daemon could not be started ({e}). Install it: apt-get install -y \
                         dbus-daemon"
                    ),
                );
                return None;
            }
        };
        let mut line = String::new();
        let stdout = daemon.stdout.take().unwrap();
        BufReader::new(stdout).read_line(&mut line).unwrap();
        let address = line.trim().to_owned();
        assert!(!address.is_empty(), "dbus-daemon printed no address");
        Some(PrivateBus { daemon, address })
    }
}

impl Drop for PrivateBus {
    fn drop(&mut self) {
        let _ = self.daemon.kill();
        let _ = self.daemon.wait();
    }
}

/// A Notify call as the server received it.
#[derive(Debug, Clone)]
struct Notified {
    id: u32,
    app_name: String,
    summary: String,
    body: String,
    actions: Vec<String>,
}

/// A notification server: records every Notify call and answers with a new id.
struct Server {
    calls: Sender<Notified>,
    next_id: u32,
    capabilities: Vec<String>,
}

#[zbus::interface(name = "org.freedesktop.Notifications")]
impl Server {
    fn get_capabilities(&self) -> Vec<String> {
        self.capabilities.clone()
    }

    #[allow(clippy::too_many_arguments)]
    fn notify(
        &mut self,
        app_name: String,
        _replaces_id: u32,
        _app_icon: String,
        summary: String,
        body: String,
        actions: Vec<String>,
        _hints: HashMap<String, zbus::zvariant::OwnedValue>,
        _expire_timeout: i32,
    ) -> u32 {
        self.next_id += 1;
        let _ = self.calls.send(Notified {
            id: self.next_id,
            app_name,
            summary,
            body,
            actions,
        });
        self.next_id
    }

    async fn close_notification(
        &self,
        id: u32,
        #[zbus(signal_emitter)] emitter: zbus::object_server::SignalEmitter<'_>,
    ) {
        // 3: closed by a call to CloseNotification.
        let _ = emitter
            .emit(
                "org.freedesktop.Notifications",
                "NotificationClosed",
                &(id, 3_u32),
            )
            .await;
    }

    fn get_server_information(&self) -> (String, String, String, String) {
        (
            "test-server".into(),
            "stretch-timer tests".into(),
            "1.0".into(),
            "1.2".into(),
        )
    }
}

const PATH: &str = "/org/freedesktop/Notifications";
const NAME: &str = "org.freedesktop.Notifications";

fn serve(address: &str, capabilities: &[&str]) -> (zbus::blocking::Connection, Receiver<Notified>) {
    let (calls, received) = mpsc::channel();
    let server = Server {
        calls,
        next_id: 0,
        capabilities: capabilities.iter().map(|c| (*c).to_owned()).collect(),
    };
    let conn = zbus::blocking::connection::Builder::address(address)
        .unwrap()
        .name(NAME)
        .unwrap()
        .serve_at(PATH, server)
        .unwrap()
        .build()
        .unwrap();
    (conn, received)
}

/// The person presses the button `key` on notification `id`: the server emits `ActionInvoked`
/// until the daemon's answer arrives. (notify-rust subscribes to the signal on its own thread
/// just after the notification is shown, so one emitted at once could come before it listens; a
/// person never clicks that fast.)
fn press(
    server: &zbus::blocking::Connection,
    id: u32,
    key: &str,
    answers: &Receiver<Event>,
) -> Event {
    for _ in 0..50 {
        server
            .emit_signal(None::<&str>, PATH, NAME, "ActionInvoked", &(id, key))
            .unwrap();
        if let Ok(event) = answers.recv_timeout(Duration::from_millis(200)) {
            return event;
        }
    }
    panic!("no answer came back for {key} on notification {id}");
}

/// Records the commands "Start now" runs.
#[derive(Default)]
struct Ran(Vec<Vec<OsString>>);

impl Launcher for Ran {
    fn launch(&mut self, argv: &[OsString]) -> std::io::Result<()> {
        self.0.push(argv.to_vec());
        Ok(())
    }
}

fn ts(text: &str) -> Timestamp {
    text.parse().unwrap()
}

fn home_with_reminder(dir: &Path, routine: &str) -> Home {
    let home = Home::at(dir);
    let reminders = Reminders::from(vec![Reminder::new(
        routine,
        "08:00".parse().unwrap(),
        Days::DAILY,
    )]);
    store::save(&home, &reminders).unwrap();
    home
}

#[test]
fn notifications_on_a_private_session_bus() {
    let child = std::env::var_os(CHILD).is_some();
    let bus = if child {
        None
    } else {
        match PrivateBus::start() {
            Some(bus) => Some(bus),
            None => return,
        }
    };
    let address = match &bus {
        Some(bus) => bus.address.clone(),
        None => std::env::var("DBUS_SESSION_BUS_ADDRESS").unwrap(),
    };
    if !in_child("notifications_on_a_private_session_bus", &address) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let bundled = &stretch_timer::bundled::ALL[0];
    let routine = bundled.load("en").unwrap();
    let home = home_with_reminder(dir.path(), bundled.id);

    // A bus, but no notification server yet: said once, exit code 2.
    assert!(matches!(probe(), Err(NotifyError::NoServer { .. })));
    let mut log = Vec::new();
    assert_eq!(cli::daemon(&home, &mut log, None), 2);
    let log = String::from_utf8(log).unwrap();
    assert_eq!(log.lines().count(), 1, "{log}");
    assert!(
        log.starts_with("stretch-timer: no notification server is running on this desktop"),
        "{log}"
    );

    let (server, notified) = serve(&address, &["actions", "body"]);
    let (answers_to, answers) = mpsc::channel();
    let notifier = DesktopNotifier::connect(answers_to, || {}).unwrap();
    assert!(notifier.capabilities().actions);
    assert_eq!(notifier.capabilities().server, "test-server 1.0");
    let exe = PathBuf::from("/opt/stretch-timer/bin/stretch-timer");
    let mut daemon = Daemon::new(
        home.clone(),
        exe.clone(),
        store::load(&home).unwrap(),
        ts("2026-06-01T07:00:00Z"),
        notifier,
        Ran::default(),
    );
    let utc = TimeZone::UTC;

    // 08:00: the notification names the routine and says how long it takes, with both actions.
    let happened = daemon.tick(&utc, ts("2026-06-01T08:00:00Z")).unwrap();
    assert_eq!(
        happened,
        [Happened::Shown {
            routine: bundled.id.to_owned()
        }]
    );
    let first = notified.recv_timeout(BUS_TIMEOUT).unwrap();
    assert_eq!(first.app_name, "Stretch Timer");
    assert_eq!(first.summary, format!("Time for {}", routine.name));
    assert!(
        first.body.starts_with("It takes about ") && first.body.ends_with(" minutes."),
        "{}",
        first.body
    );
    assert_eq!(
        first.actions,
        ["start", "Start now", "snooze", "In 15 minutes"]
    );

    // "Start now" runs the program straight into the routine's player, with the same folder.
    let start = press(&server, first.id, "start", &answers);
    assert_eq!(
        start,
        Event {
            routine: bundled.id.to_owned(),
            action: Action::Start
        }
    );
    daemon.handle(start, ts("2026-06-01T08:00:20Z"));
    let expected: Vec<OsString> = vec![
        exe.into(),
        "--home".into(),
        dir.path().into(),
        "--start".into(),
        bundled.id.into(),
    ];
    assert_eq!(daemon.launcher().0, [expected]);

    // The next day, "In 15 minutes": shown again exactly 15 minutes after the answer.
    daemon.tick(&utc, ts("2026-06-02T08:00:00Z")).unwrap();
    let second = notified.recv_timeout(BUS_TIMEOUT).unwrap();
    let snooze = press(&server, second.id, "snooze", &answers);
    assert_eq!(snooze.action, Action::Snooze);
    daemon.handle(snooze, ts("2026-06-02T08:01:00Z"));
    assert_eq!(daemon.next(&utc), Some(ts("2026-06-02T08:16:00Z")));
    assert!(
        daemon
            .tick(&utc, ts("2026-06-02T08:15:59Z"))
            .unwrap()
            .is_empty()
    );
    assert!(notified.try_recv().is_err(), "shown again too early");
    let again = daemon.tick(&utc, ts("2026-06-02T08:16:00Z")).unwrap();
    assert_eq!(again.len(), 1);
    let third = notified.recv_timeout(BUS_TIMEOUT).unwrap();
    assert_eq!(third.summary, first.summary);
    assert_eq!(third.actions, first.actions);
    assert_eq!(daemon.launcher().0.len(), 1, "snoozing starts nothing");
}

#[test]
fn a_server_without_actions_gets_a_plain_notification() {
    let child = std::env::var_os(CHILD).is_some();
    let bus = if child { None } else { PrivateBus::start() };
    let address = match &bus {
        Some(bus) => bus.address.clone(),
        None if child => std::env::var("DBUS_SESSION_BUS_ADDRESS").unwrap(),
        None => return,
    };
    if !in_child(
        "a_server_without_actions_gets_a_plain_notification",
        &address,
    ) {
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let id = stretch_timer::bundled::ALL[0].id;
    let home = home_with_reminder(dir.path(), id);
    let (_server, notified) = serve(&address, &["body"]);
    let (answers_to, _answers) = mpsc::channel();
    let notifier = DesktopNotifier::connect(answers_to, || {}).unwrap();
    assert!(!notifier.capabilities().actions);
    let mut daemon = Daemon::new(
        home.clone(),
        PathBuf::from("stretch-timer"),
        store::load(&home).unwrap(),
        ts("2026-06-01T07:00:00Z"),
        notifier,
        Ran::default(),
    );
    daemon
        .tick(&TimeZone::UTC, ts("2026-06-01T08:00:00Z"))
        .unwrap();
    let call = notified.recv_timeout(BUS_TIMEOUT).unwrap();
    assert!(call.actions.is_empty(), "{:?}", call.actions);
}

#[test]
fn no_session_bus_is_said_once_with_exit_code_2() {
    let nowhere = "unix:path=/nonexistent/stretch-timer-test/bus";
    if !in_child("no_session_bus_is_said_once_with_exit_code_2", nowhere) {
        return;
    }
    assert!(matches!(probe(), Err(NotifyError::NoBus { .. })));
    let (answers_to, _answers) = mpsc::channel();
    assert!(matches!(
        DesktopNotifier::connect(answers_to, || {}),
        Err(NotifyError::NoBus { .. })
    ));
    let dir = tempfile::tempdir().unwrap();
    let home = home_with_reminder(dir.path(), stretch_timer::bundled::ALL[0].id);
    let mut log = Vec::new();
    assert_eq!(cli::daemon(&home, &mut log, None), 2);
    let log = String::from_utf8(log).unwrap();
    assert_eq!(log.lines().count(), 1, "{log}");
    assert!(
        log.starts_with("stretch-timer: there is no desktop session bus to show notifications on"),
        "{log}"
    );
    assert!(log.ends_with("the reminder daemon stops\n"), "{log}");
    // The lock was released: another daemon may try again later.
    assert!(!stretch_timer::remind::daemon_running(&home));
}

/// The program's start in German, as `LANG=de_DE.UTF-8` or `--lang de` makes it: every thread
/// started after speaks German too (the notification's own waiting thread among them).
fn start_in_german() {
    let german = "de".parse().unwrap();
    assert!(stretch_timer::l10n::set_default_language(&german));
}

#[test]
fn a_notification_and_the_daemon_s_words_in_german() {
    let child = std::env::var_os(CHILD).is_some();
    let bus = if child { None } else { PrivateBus::start() };
    let address = match &bus {
        Some(bus) => bus.address.clone(),
        None if child => std::env::var("DBUS_SESSION_BUS_ADDRESS").unwrap(),
        None => return,
    };
    if !in_child("a_notification_and_the_daemon_s_words_in_german", &address) {
        return;
    }
    start_in_german();
    let dir = tempfile::tempdir().unwrap();
    let bundled = &stretch_timer::bundled::ALL[0];
    // Named in German, as the program speaking German shows a bundled routine.
    let routine = bundled.load("de").unwrap();
    let home = home_with_reminder(dir.path(), bundled.id);

    // No notification server yet: the daemon says why it stops, once, in German.
    let mut log = Vec::new();
    assert_eq!(cli::daemon(&home, &mut log, None), 2);
    let log = String::from_utf8(log).unwrap();
    assert!(
        log.starts_with("stretch-timer: auf diesem Desktop läuft kein Benachrichtigungsdienst ("),
        "{log}"
    );
    assert!(
        log.ends_with("; der Erinnerungsdienst beendet sich\n"),
        "{log}"
    );

    let (_server, notified) = serve(&address, &["actions", "body"]);
    let (answers_to, _answers) = mpsc::channel();
    let notifier = DesktopNotifier::connect(answers_to, || {}).unwrap();
    let mut daemon = Daemon::new(
        home.clone(),
        PathBuf::from("stretch-timer"),
        store::load(&home).unwrap(),
        ts("2026-06-01T07:00:00Z"),
        notifier,
        Ran::default(),
    );
    let happened = daemon
        .tick(&TimeZone::UTC, ts("2026-06-01T08:00:00Z"))
        .unwrap();
    assert_eq!(
        happened[0].to_string(),
        format!("an {} erinnert", bundled.id)
    );
    let call = notified.recv_timeout(BUS_TIMEOUT).unwrap();
    assert_eq!(call.app_name, "Stretch Timer");
    assert_eq!(call.summary, format!("Zeit für {}", routine.name));
    assert!(
        call.body.starts_with("Es dauert etwa ") && call.body.ends_with(" Minuten."),
        "{}",
        call.body
    );
    assert_eq!(
        call.actions,
        ["start", "Jetzt starten", "snooze", "In 15 Minuten"]
    );
}

/// `remind set`, `list` and `off` say what they did in German: through the library's commands,
/// as the command line prints them (with the thread's language, as `--lang de` sets it).
#[test]
fn the_remind_commands_in_german() {
    assert!(stretch_timer::l10n::set_language(&"de".parse().unwrap()));
    let dir = tempfile::tempdir().unwrap();
    let home = Home::at(&dir.path().join("home"));
    let config = dir.path().join("config");
    let env = cli::Env {
        now: ts("2026-06-01T07:00:00Z"),
        tz: TimeZone::UTC,
        exe: PathBuf::from("/usr/bin/stretch-timer"),
        config_dir: Some(config.clone()),
    };
    let bundled = &stretch_timer::bundled::ALL[0];
    let name = bundled.load("de").unwrap().name;

    let set = cli::set(
        &home,
        bundled.id,
        "08:00".parse().unwrap(),
        Days::WEEKDAYS,
        &env,
    );
    assert_eq!(set.code, 0, "{set:?}");
    assert!(
        set.out.starts_with(&format!(
            "Erinnerung eingerichtet: {name} um 08:00, montags bis freitags.\n"
        )),
        "{}",
        set.out
    );
    assert!(
        set.out.contains("Erinnerungen starten bei der Anmeldung: "),
        "{}",
        set.out
    );
    assert!(
        set.out.contains("Der Erinnerungsdienst läuft gerade nicht"),
        "{}",
        set.out
    );
    let again = cli::set(
        &home,
        bundled.id,
        "08:00".parse().unwrap(),
        "sat,sun".parse().unwrap(),
        &env,
    );
    assert!(
        again.out.starts_with(&format!(
            "Erinnerung geändert: {name} um 08:00, am Wochenende (vorher montags bis freitags).\n"
        )),
        "{}",
        again.out
    );
    let chosen = cli::set(
        &home,
        bundled.id,
        "18:30".parse().unwrap(),
        "mon,wed".parse().unwrap(),
        &env,
    );
    assert!(chosen.out.contains("um 18:30, Mo, Mi."), "{}", chosen.out);

    let list = cli::list(&home, &env);
    let lines: Vec<&str> = list.out.lines().collect();
    assert_eq!(
        lines[0].split_whitespace().collect::<Vec<_>>(),
        ["UHRZEIT", "TAGE", "PROGRAMM", "NÄCHSTE"]
    );
    // The next one falls on Saturday 6 June, written as Germans write a date.
    assert!(
        lines[1].starts_with("08:00    am Wochenende  "),
        "{}",
        list.out
    );
    assert!(lines[1].ends_with("Sa., 06.06.2026, 08:00"), "{}", list.out);
    assert!(lines[2].ends_with("Mo., 01.06.2026, 18:30"), "{}", list.out);

    let off = cli::off(&home, Some(bundled.id), &env);
    assert!(
        off.out.starts_with(&format!(
            "2 Erinnerungen für {} abgeschaltet.\n",
            bundled.id
        )),
        "{}",
        off.out
    );
    assert!(
        off.out.contains("Bei der Anmeldung startet nichts mehr: "),
        "{}",
        off.out
    );
    let none = cli::off(&home, Some("abends"), &env);
    assert_eq!(none.code, 2);
    assert_eq!(
        none.err,
        "stretch-timer: für „abends“ gibt es keine Erinnerungen; es sind keine Erinnerungen eingerichtet\n"
    );
}

/// The program as a process running `args`, with its own folder, autostart folder and a session
/// bus that is not there.
fn stretch_timer(home: &Path, config: &Path, args: &[&str]) -> assert_cmd::Command {
    let mut cmd = assert_cmd::Command::cargo_bin("stretch-timer").unwrap();
    cmd.c_locale();
    cmd.args(args)
        .arg("--home")
        .arg(home)
        .env("XDG_CONFIG_HOME", config)
        .env(
            "DBUS_SESSION_BUS_ADDRESS",
            "unix:path=/nonexistent/stretch-timer-test/bus",
        );
    cmd
}

fn run(mut cmd: assert_cmd::Command) -> (String, String, i32) {
    let output = cmd.output().unwrap();
    (
        String::from_utf8(output.stdout).unwrap(),
        String::from_utf8(output.stderr).unwrap(),
        output.status.code().unwrap_or(-1),
    )
}

#[test]
fn remind_set_list_off_write_and_remove_the_autostart_entry() {
    let dir = tempfile::tempdir().unwrap();
    let (home, config) = (dir.path().join("home"), dir.path().join("config"));
    let id = stretch_timer::bundled::ALL[0].id;
    let entry =
        stretch_timer::remind::autostart::path_for(&config, &stretch_timer::home::Home::at(&home));

    let (out, err, code) = run(stretch_timer(
        &home,
        &config,
        &["remind", "set", id, "--at", "8:00", "--days", "weekdays"],
    ));
    assert_eq!(code, 0, "{err}");
    assert!(out.contains("at 08:00, weekdays."), "{out}");
    let text = std::fs::read_to_string(&entry).unwrap();
    let exe = assert_cmd::cargo::cargo_bin("stretch-timer");
    assert!(
        text.contains(&format!(
            "Exec=\"{}\" --home \"{}\" remind daemon\n",
            exe.display(),
            home.display()
        )),
        "{text}"
    );

    let (_, _, code) = run(stretch_timer(
        &home,
        &config,
        &["remind", "set", id, "--at", "18:00"],
    ));
    assert_eq!(code, 0);
    let (out, _, code) = run(stretch_timer(&home, &config, &["remind", "list"]));
    assert_eq!(code, 0);
    assert!(
        out.lines()
            .nth(1)
            .unwrap()
            .starts_with("08:00  weekdays   "),
        "{out}"
    );
    assert!(
        out.lines()
            .nth(2)
            .unwrap()
            .starts_with("18:00  every day  "),
        "{out}"
    );
    assert!(out.contains("The reminder daemon is not running"), "{out}");

    let (out, _, code) = run(stretch_timer(&home, &config, &["remind", "off"]));
    assert_eq!(code, 0);
    assert!(out.starts_with("Turned off 2 reminders."), "{out}");
    assert!(!entry.exists());
}

#[test]
fn remind_set_refuses_a_wrong_time_day_or_routine() {
    let dir = tempfile::tempdir().unwrap();
    let (home, config) = (dir.path().join("home"), dir.path().join("config"));
    let id = stretch_timer::bundled::ALL[0].id;
    let (_, err, code) = run(stretch_timer(
        &home,
        &config,
        &["remind", "set", id, "--at", "25:00"],
    ));
    assert_eq!(code, 2);
    assert!(
        err.contains("“25:00” is not a time of day: the hour must be from 0 to 23"),
        "{err}"
    );
    let (_, err, code) = run(stretch_timer(
        &home,
        &config,
        &["remind", "set", id, "--at", "08:00", "--days", "mon,thurs"],
    ));
    assert_eq!(code, 2);
    assert!(err.contains("“thurs” is not a day"), "{err}");
    let (_, err, code) = run(stretch_timer(
        &home,
        &config,
        &["remind", "set", "evening", "--at", "08:00"],
    ));
    assert_eq!(code, 2);
    assert!(
        err.starts_with("stretch-timer: no routine named \"evening\""),
        "{err}"
    );
    assert!(!home.join("reminders.json").exists());
}

#[test]
fn remind_daemon_without_a_session_bus_says_so_once_and_exits_2() {
    let dir = tempfile::tempdir().unwrap();
    let (home, config) = (dir.path().join("home"), dir.path().join("config"));
    let id = stretch_timer::bundled::ALL[0].id;
    let (_, _, code) = run(stretch_timer(
        &home,
        &config,
        &["remind", "set", id, "--at", "08:00"],
    ));
    assert_eq!(code, 0);
    let (out, err, code) = run(stretch_timer(&home, &config, &["remind", "daemon"]));
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty());
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("stretch-timer: there is no desktop session bus to show notifications on"),
        "{err}"
    );
}

#[test]
fn a_second_remind_daemon_says_one_is_running() {
    let dir = tempfile::tempdir().unwrap();
    let (home, config) = (dir.path().join("home"), dir.path().join("config"));
    let _first = stretch_timer::remind::DaemonLock::acquire(&Home::at(&home)).unwrap();
    let (_, err, code) = run(stretch_timer(&home, &config, &["remind", "daemon"]));
    assert_eq!(code, 0);
    assert_eq!(
        err,
        format!(
            "stretch-timer: a reminder daemon is already running for {}\n",
            home.display()
        )
    );
}

/// `stretch-timer --home HOME ARGS…` with `config` as the desktop's configuration folder; its
/// standard output.
fn remind_in(home: &Path, config: &Path, args: &[&str]) -> String {
    let out = Command::new(env!("CARGO_BIN_EXE_stretch-timer"))
        .c_locale()
        .arg("--home")
        .arg(home)
        .args(args)
        .env("XDG_CONFIG_HOME", config)
        .env_remove("DBUS_SESSION_BUS_ADDRESS")
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8(out.stdout).unwrap()
}

#[test]
fn each_folder_keeps_its_own_autostart_entry_and_list_tells_the_truth_about_it() {
    let dir = tempfile::tempdir().unwrap();
    let config = dir.path().join("config");
    let (first, second) = (dir.path().join("first"), dir.path().join("second"));
    let id = stretch_timer::bundled::ALL[0].id;
    remind_in(&first, &config, &["remind", "set", id, "--at", "08:00"]);
    remind_in(&second, &config, &["remind", "set", id, "--at", "09:00"]);
    let entries = |config: &Path| -> Vec<String> {
        std::fs::read_dir(config.join("autostart"))
            .unwrap()
            .map(|e| std::fs::read_to_string(e.unwrap().path()).unwrap())
            .collect()
    };
    assert_eq!(entries(&config).len(), 2, "one for each folder");

    // Turning off the second folder's reminders leaves the first's entry, which still starts it.
    let off = remind_in(&second, &config, &["remind", "off"]);
    assert!(off.contains("Nothing starts at login any more"), "{off}");
    let left = entries(&config);
    assert_eq!(left.len(), 1);
    assert!(
        left[0].contains(&format!("--home \"{}\"", first.display())),
        "{}",
        left[0]
    );
    let list = remind_in(&first, &config, &["remind", "list"]);
    assert!(list.contains("it starts at your next login"), "{list}");

    // Gone by other hands: `remind list` says so instead of promising a start at login.
    for entry in std::fs::read_dir(config.join("autostart")).unwrap() {
        std::fs::remove_file(entry.unwrap().path()).unwrap();
    }
    let list = remind_in(&first, &config, &["remind", "list"]);
    assert!(!list.contains("it starts at your next login"), "{list}");
    assert!(list.contains("nothing starts it at login"), "{list}");
}

#[test]
fn a_reminder_whose_routine_is_gone_is_listed_with_a_warning_and_weekends_are_days() {
    let dir = tempfile::tempdir().unwrap();
    let (home, config) = (dir.path().join("home"), dir.path().join("config"));
    let routines = Home::at(&home).ensure_routines().unwrap();
    let file = routines.join("evening.ron");
    std::fs::write(
        &file,
        "Routine(format: 1, name: \"Evening\", steps: [Step(name: \"S\", hold: 30)])\n",
    )
    .unwrap();
    let set = remind_in(
        &home,
        &config,
        &[
            "remind", "set", "evening", "--at", "19:00", "--days", "weekends",
        ],
    );
    assert!(set.contains("at 19:00, weekends."), "{set}");
    std::fs::remove_file(&file).unwrap();

    let out = Command::new(env!("CARGO_BIN_EXE_stretch-timer"))
        .c_locale()
        .arg("--home")
        .arg(&home)
        .args(["remind", "list"])
        .env("XDG_CONFIG_HOME", &config)
        .output()
        .unwrap();
    let stdout = String::from_utf8(out.stdout).unwrap();
    let stderr = String::from_utf8(out.stderr).unwrap();
    assert!(stdout.contains("19:00  weekends  evening"), "{stdout}");
    assert!(
        stderr.contains("the reminders for “evening” cannot start it")
            && stderr.contains("stretch-timer remind off \"evening\""),
        "{stderr}"
    );
}
