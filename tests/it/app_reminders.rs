//! Reminders in the app, driven through the real UI with egui_kittest: set and removed in
//! Settings (the file and the autostart entry, as `stretch-timer remind` writes them), "Remind me"
//! on an overview, a due reminder shown in the window at its time by the manual clock, and the
//! app's presence that keeps the daemon quiet.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Tests may fail loudly.

use std::time::Duration;

use egui::Key;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use stretch_timer::app::Launch;
use stretch_timer::engine::State;
use stretch_timer::home::Home;
use stretch_timer::remind::{self, autostart, store};
use stretch_timer::reminders::{Days, Reminder, Reminders};

use crate::common;

use crate::common::*;

/// A routine of the person's own with a prescription: five days a week, twice a day.
const HIPS: &str = r#"Routine(
    format: 1,
    name: "Evening hips",
    schedule: Schedule(days_per_week: 5, times_per_day: 2),
    steps: [Step(name: "Psoas", hold: "30s")],
)"#;

fn home_with_hips() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let routines = Home::at(dir.path()).ensure_routines().unwrap();
    std::fs::write(routines.join("evening-hips.ron"), HIPS).unwrap();
    dir
}

fn reminders_in(rig: &Rig) -> Reminders {
    store::load(&Home::at(rig.home.path())).unwrap()
}

fn entry_path(rig: &Rig) -> std::path::PathBuf {
    autostart::path_for(&rig.home.path().join("config"), &Home::at(rig.home.path()))
}

/// Replaces the text of the field named `label` with `text`, as a person does.
fn set_field(rig: &mut Rig, label: &str, text: &str) {
    rig.harness.get_by_label(label).focus();
    rig.harness.run();
    rig.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    rig.harness.run();
    rig.harness.get_by_label(label).type_text(text);
    rig.harness.run();
}

fn field_value(rig: &Rig, label: &str) -> Option<String> {
    rig.harness.get_by_label(label).accesskit_node().value()
}

/// A home whose reminders file holds `reminders`, as `stretch-timer remind set` leaves it.
fn home_reminding(reminders: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let list = reminders
        .iter()
        .map(|(routine, at)| Reminder::new(*routine, at.parse().unwrap(), Days::DAILY))
        .collect::<Vec<_>>();
    store::save(&Home::at(dir.path()), &Reminders::from(list)).unwrap();
    dir
}

/// A bundled routine's name in the thread's language, as the app shows it.
fn bundled_name(id: &str) -> String {
    let language = stretch_timer::l10n::language().to_string();
    stretch_timer::bundled::find(id)
        .unwrap()
        .load(&language)
        .unwrap()
        .name
}

/// Lets the app run until `done`, for what happens off the UI thread, up to 10 s.
fn wait_until(rig: &mut Rig, done: impl Fn(&Rig) -> bool) {
    let deadline = std::time::Instant::now() + Duration::from_secs(10);
    while !done(rig) {
        assert!(
            std::time::Instant::now() < deadline,
            "nothing changed in 10 s"
        );
        std::thread::sleep(Duration::from_millis(20));
        rig.harness.run();
    }
}

#[test]
fn a_reminder_set_in_settings_is_saved_with_the_autostart_entry_and_removed_again() {
    let mut rig = rig_in(home_with_hips(), Launch::Library, quiet());
    rig.click("Settings");
    assert!(rig.shows("No reminders are set."));
    // Choose the person's own routine from the library's list.
    rig.harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Routine")
        .click();
    rig.harness.run();
    rig.harness
        .get_all_by_label("Evening hips")
        .last()
        .unwrap()
        .click();
    rig.harness.run();
    set_field(&mut rig, "Reminder time", "7:45");
    // From every day, the days not wanted are unticked.
    rig.click("Chosen days");
    rig.click("Wed");
    rig.click("Sat");
    rig.click("Sun");
    rig.click("Add reminder");

    let saved = reminders_in(&rig);
    assert_eq!(
        saved.list(),
        [Reminder::new(
            "evening-hips",
            "07:45".parse().unwrap(),
            "mon,tue,thu,fri".parse().unwrap()
        )]
    );
    let entry = std::fs::read_to_string(entry_path(&rig)).unwrap();
    let exec = format!("--home \"{}\" remind daemon\n", rig.home.path().display());
    assert!(entry.contains(&exec), "{entry}");
    assert!(rig.shows_containing("Reminder set: Evening hips at 07:45, Mon, Tue, Thu, Fri."));
    assert!(rig.shows("07:45"));

    // An impossible time is said next to the field and cannot be added.
    set_field(&mut rig, "Reminder time", "25:00");
    assert!(rig.shows_containing("the hour must be from 0 to 23"));
    assert!(
        rig.harness
            .get_by_label("Add reminder")
            .accesskit_node()
            .is_disabled()
    );

    rig.click("Remove the reminder at 07:45 for Evening hips");
    assert!(reminders_in(&rig).is_empty());
    assert!(
        !entry_path(&rig).exists(),
        "nothing starts at login any more"
    );
    assert!(rig.shows("No reminders are set."));
}

#[test]
fn remind_me_on_an_overview_suggests_the_prescribed_times_and_saves_what_the_person_chose() {
    let mut rig = rig_in(
        home_with_hips(),
        Launch::Open("evening-hips".to_owned()),
        quiet(),
    );
    rig.click("Remind me");
    assert!(rig.shows_containing("Prescribed 5 days a week, twice a day."));
    assert_eq!(
        field_value(&rig, "Reminder time 1").as_deref(),
        Some("08:00")
    );
    assert_eq!(
        field_value(&rig, "Reminder time 2").as_deref(),
        Some("18:00")
    );
    assert!(rig.harness.query_by_label("Reminder time 3").is_none());
    set_field(&mut rig, "Reminder time 2", "19:30");
    rig.click("Save reminders");

    let weekdays = Days::WEEKDAYS;
    assert_eq!(
        reminders_in(&rig).list(),
        [
            Reminder::new("evening-hips", "08:00".parse().unwrap(), weekdays),
            Reminder::new("evening-hips", "19:30".parse().unwrap(), weekdays),
        ]
    );
    assert!(entry_path(&rig).exists());
    assert!(rig.shows_containing("Reminders set for Evening hips: 08:00 and 19:30, weekdays."));
    assert!(!rig.shows("Save reminders"), "the window closed");

    // Opened again, it says what is set already.
    rig.click("Remind me");
    assert!(rig.shows_containing("Already set: 08:00 weekdays, 19:30 weekdays"));
    rig.click("Cancel");
    assert_eq!(reminders_in(&rig).list().len(), 2);

    // It belongs to the routine's page: leaving the page closes it.
    rig.click("Remind me");
    rig.click("All routines");
    assert!(!rig.shows("Save reminders"));
}

/// A time not understood is said on a line kept for it under the field, so that the window's
/// buttons stay where they were while a time is typed.
#[test]
fn a_wrong_time_in_remind_me_is_said_under_it_and_moves_no_button() {
    let mut rig = rig_in(
        home_with_hips(),
        Launch::Open("evening-hips".to_owned()),
        quiet(),
    );
    rig.click("Remind me");
    let where_is = |rig: &Rig, label: &str| rig.harness.get_by_label(label).rect();
    // Within half a point: the window's own rounding moves things by a tenth.
    let stayed = |a: egui::Rect, b: egui::Rect| (a.min - b.min).length() < 0.5;
    let (add, save) = (
        where_is(&rig, "Add a time"),
        where_is(&rig, "Save reminders"),
    );
    set_field(
        &mut rig,
        "Reminder time 1",
        "twenty five past seven in the evening",
    );
    assert!(rig.shows_containing("is not a time of day"));
    let now = where_is(&rig, "Add a time");
    assert!(stayed(add, now), "Add a time moved from {add:?} to {now:?}");
    let now = where_is(&rig, "Save reminders");
    assert!(
        stayed(save, now),
        "Save reminders moved from {save:?} to {now:?}"
    );
}

#[test]
fn a_due_reminder_shows_at_its_time_and_start_now_opens_its_player() {
    // The rig's clock starts at 09:00; the reminder is at 09:30.
    let home = home_reminding(&[("standing-psoas", "09:30")]);
    let mut rig = rig_in(home, Launch::Library, quiet());
    let summary = format!("Time for {}", bundled_name("standing-psoas"));
    assert!(!rig.shows(&summary));
    rig.at_secs(1799.0);
    assert!(!rig.shows(&summary), "not before its time");
    rig.at_secs(1800.0);
    assert!(rig.shows(&summary));
    assert!(rig.shows_containing("It takes about"));
    let handled = store::handled(&Home::at(rig.home.path())).unwrap();
    assert!(
        handled >= "2025-03-12T08:30:00Z".parse().unwrap(),
        "noted as handled, for the daemon: {handled}"
    );
    rig.click("Start now");
    assert_eq!(rig.state(), Some(State::Running));
    assert!(!rig.shows(&summary));
}

/// The client keeps the app minimised: the daemon stays quiet while the app is open, so the app
/// itself must wake at the reminder's time, bring its window back and show it.
#[test]
fn a_reminder_due_while_the_window_is_minimised_brings_the_window_back_at_its_time() {
    let home = home_reminding(&[("standing-psoas", "09:30")]);
    let mut rig = rig_in(home, Launch::Library, quiet());
    rig.harness.run();
    let (woken, commands) = rig.hidden_until(Duration::from_secs(2 * 3600));
    let due = Duration::from_secs(1800);
    assert!(
        woken.contains(&due),
        "woken at 09:30 while minimised: {woken:?}"
    );
    assert!(
        commands.contains(&egui::ViewportCommand::Minimized(false)),
        "the window is brought back: {commands:?}"
    );
    let handled = store::handled(&Home::at(rig.home.path())).unwrap();
    assert!(
        handled >= "2025-03-12T08:30:00Z".parse().unwrap(),
        "noted as handled at its time, for the daemon: {handled}"
    );
    rig.harness.run();
    assert!(rig.shows(&format!("Time for {}", bundled_name("standing-psoas"))));
}

#[test]
fn in_15_minutes_shows_it_again_15_minutes_later_and_not_before() {
    let home = home_reminding(&[("standing-psoas", "09:30")]);
    let mut rig = rig_in(home, Launch::Library, quiet());
    let summary = format!("Time for {}", bundled_name("standing-psoas"));
    rig.at_secs(1800.0);
    rig.click("In 15 minutes");
    assert!(!rig.shows(&summary));
    for s in [1860.0, 2400.0, 2699.0] {
        rig.at_secs(s);
        assert!(!rig.shows(&summary), "not yet at {s} s");
    }
    rig.at_secs(2700.0);
    assert!(rig.shows(&summary), "again 15 minutes after the snooze");
    rig.click("Dismiss");
    rig.at_secs(2760.0);
    rig.at_secs(3600.0);
    assert!(!rig.shows(&summary), "dismissed is gone for today");
    assert_eq!(rig.state(), None);
}

#[test]
fn a_reminder_of_a_routine_already_done_today_is_not_shown() {
    let home = home_reminding(&[("standing-psoas", "09:30"), ("floor-psoas", "09:30")]);
    seed_done_today(home.path(), "standing-psoas");
    let mut rig = rig_in(home, Launch::Library, quiet());
    rig.at_secs(1800.0);
    assert!(rig.shows(&format!("Time for {}", bundled_name("floor-psoas"))));
    rig.click("Dismiss");
    assert!(
        !rig.shows(&format!("Time for {}", bundled_name("standing-psoas"))),
        "done today already"
    );
}

/// A completed session of the bundled routine `id` at 08:00 on the rig's first day.
fn seed_done_today(home: &std::path::Path, id: &str) {
    use stretch_timer::progress::Source;
    let bundled = stretch_timer::bundled::find(id).unwrap();
    let routine = bundled.load("en").unwrap();
    let path = stretch_timer::history::path_in(&Home::at(home));
    let mut history = stretch_timer::history::History::open(&path).unwrap();
    let at = start_time()
        .timestamp()
        .checked_sub(jiff::SignedDuration::from_hours(1))
        .unwrap();
    record_done(
        &mut history,
        Done {
            routine: &routine,
            source: Source::Bundled(id.to_owned()),
            text: bundled.text("en").as_bytes(),
            at: start_time().with_timestamp(at),
            seconds: 300,
            pain_before: None,
            pain_after: None,
            note: "",
        },
    );
}

#[test]
fn a_due_reminder_waits_while_a_routine_plays() {
    let home = home_reminding(&[("floor-psoas", "09:01")]);
    let mut rig = rig_in(home, Launch::Start("standing-psoas".to_owned()), quiet());
    assert_eq!(rig.state(), Some(State::Running));
    let summary = format!("Time for {}", bundled_name("floor-psoas"));
    rig.at_secs(61.0);
    assert!(!rig.shows(&summary), "not over the player");
    rig.key(Key::Escape);
    rig.click("Stop routine");
    assert!(
        rig.shows(&summary),
        "once the routine is over, on the finish screen as after one played to its end"
    );
}

#[test]
fn while_the_app_is_open_the_daemon_knows_it() {
    let rig = rig(Launch::Library);
    let home = Home::at(rig.home.path());
    assert!(remind::app_open(&home));
    let Rig {
        harness, home: dir, ..
    } = rig;
    drop(harness);
    assert!(!remind::app_open(&Home::at(dir.path())));
}

#[test]
fn a_damaged_reminders_file_is_said_kept_and_set_aside_only_when_asked() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("reminders.json"), "{damaged").unwrap();
    let mut rig = rig_in(dir, Launch::Library, quiet());
    rig.click("Settings");
    assert!(rig.shows_containing("cannot be read"));
    assert!(!rig.shows("Add reminder"), "nothing is saved over it");
    let file = rig.home.path().join("reminders.json");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), "{damaged");

    rig.click("Keep the damaged file aside and start again");
    assert!(!file.exists());
    let aside = std::fs::read_dir(rig.home.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .find(|name| name.starts_with("reminders.json.broken-"))
        .expect("the damaged file is kept");
    assert_eq!(
        std::fs::read_to_string(rig.home.path().join(aside)).unwrap(),
        "{damaged"
    );
    assert!(rig.shows("No reminders are set."));
    assert!(rig.shows("Add reminder"));
}

/// Set in the child process that runs a test with a session bus of its own.
const CHILD: &str = "STRETCH_TIMER_TEST_APP_REMINDERS_CHILD";

#[test]
fn without_a_session_bus_settings_says_so_in_plain_words() {
    if std::env::var_os(CHILD).is_none() {
        let output = std::process::Command::new(std::env::current_exe().unwrap())
            .args([
                common::exact(
                    module_path!(),
                    "without_a_session_bus_settings_says_so_in_plain_words",
                )
                .as_str(),
                "--exact",
                "--nocapture",
            ])
            .env(CHILD, "1")
            .env("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
            .output()
            .unwrap();
        let text = String::from_utf8_lossy(&output.stdout).into_owned()
            + &String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "the child test failed:\n{text}");
        assert!(text.contains("1 passed"), "the child ran no test:\n{text}");
        return;
    }
    let mut rig = rig(Launch::Library);
    rig.click("Settings");
    wait_until(&mut rig, |rig| {
        rig.shows_containing("There is no desktop session bus to show notifications on")
    });
    assert!(rig.shows_containing("While Stretch Timer is open, it reminds you in its window"));
}

/// Speaks `language` on this test's thread, as the app's window does after the choice in
/// Settings; the tests beside it stay in English.
fn speak(language: &str) {
    let language = language.parse().unwrap();
    assert!(stretch_timer::l10n::set_language(&language));
}

#[test]
fn the_reminders_in_settings_in_german() {
    speak("de");
    let mut rig = rig_in(home_with_hips(), Launch::Library, quiet());
    rig.click("Einstellungen");
    assert!(rig.shows("Erinnerungen"));
    assert!(rig.shows("Es sind keine Erinnerungen eingerichtet."));
    rig.harness
        .get_by_role_and_label(egui::accesskit::Role::ComboBox, "Programm")
        .click();
    rig.harness.run();
    rig.harness
        .get_all_by_label("Evening hips")
        .last()
        .unwrap()
        .click();
    rig.harness.run();

    // A wrong time is said in German, next to the field.
    set_field(&mut rig, "Uhrzeit der Erinnerung", "25:00");
    assert!(
        rig.shows_containing(
            "„25:00“ ist keine Uhrzeit: Die Stunde muss zwischen 0 und 23 liegen."
        )
    );
    assert!(
        rig.harness
            .get_by_label("Erinnerung hinzufügen")
            .accesskit_node()
            .is_disabled()
    );

    // The days by their German names.
    set_field(&mut rig, "Uhrzeit der Erinnerung", "7:45");
    rig.click("Bestimmte Tage");
    for day in ["Mi", "Sa", "So"] {
        rig.click(day);
    }
    rig.click("Erinnerung hinzufügen");
    assert_eq!(
        reminders_in(&rig).list(),
        [Reminder::new(
            "evening-hips",
            "07:45".parse().unwrap(),
            "mon,tue,thu,fri".parse().unwrap()
        )]
    );
    assert!(rig.shows_containing(
        "Erinnerung eingerichtet: Evening hips um 07:45, Mo, Di, Do, Fr. Ab Ihrer nächsten \
         Anmeldung erscheinen sie auch, wenn Stretch Timer geschlossen ist."
    ));
    assert!(rig.shows("Mo, Di, Do, Fr"));

    rig.click("Die Erinnerung um 07:45 für Evening hips entfernen");
    assert!(reminders_in(&rig).is_empty());
    assert!(rig.shows_containing(
        "Die Erinnerung ist entfernt. Bei der Anmeldung erinnert Sie nichts mehr."
    ));
    assert!(rig.shows("Es sind keine Erinnerungen eingerichtet."));
}

#[test]
fn remind_me_and_a_due_reminder_in_french() {
    speak("fr");
    let mut rig = rig_in(
        home_with_hips(),
        Launch::Open("evening-hips".to_owned()),
        quiet(),
    );
    rig.click("Me le rappeler");
    assert!(rig.shows_containing(
        "Prescrit 5 jours par semaine, deux fois par jour. Ces heures sont des suggestions\u{a0}: \
         changez-les comme vous le souhaitez."
    ));
    assert_eq!(
        field_value(&rig, "Heure du rappel 2").as_deref(),
        Some("18:00")
    );
    rig.click("Enregistrer les rappels");
    assert_eq!(reminders_in(&rig).list().len(), 2);
    assert!(rig.shows_containing(
        "Rappels programmés pour Evening hips\u{a0}: 08:00 et 18:00, en semaine."
    ));
    rig.click("Me le rappeler");
    assert!(rig.shows_containing("Déjà programmés\u{a0}: 08:00 en semaine, 18:00 en semaine"));
    rig.click("Annuler");

    // The rig's clock starts at 09:00: one due at 09:30 is shown in the window, in French.
    let home = home_reminding(&[("standing-psoas", "09:30")]);
    let mut rig = rig_in(home, Launch::Library, quiet());
    rig.at_secs(1800.0);
    let summary = format!("C’est l’heure de {}", bundled_name("standing-psoas"));
    assert!(rig.shows(&summary));
    assert!(rig.shows_containing("Cela prend environ "));
    assert!(rig.shows("Commencer maintenant"));
    assert!(rig.shows("Dans 15 minutes"));
    rig.click("Fermer");
    assert!(!rig.shows(&summary));
}
