//! What a screen reader gets from the app, read from the AccessKit tree it is given (the same
//! tree AccessKit hands to AT-SPI on Linux): a named window, headings marked as headings, the
//! focus on the new screen's heading after every screen change, named radio groups, the volume
//! in percent, and no tab stop without a name. `/work/shared/a11y/run-check.sh` checks the same
//! with the real AT-SPI bus and Orca; docs/accessibility.md says how.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use std::sync::Arc;

use crate::common::*;
use egui::Key;
use egui::accesskit::{Live, Role};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable as _};
use stretch_timer::app::settings::Settings;
use stretch_timer::app::{Launch, StretchApp};
use stretch_timer::audio::bank::RENDER_RATE;
use stretch_timer::audio::output::SilentOutput;
use stretch_timer::clock::{Clock as _, ManualClock};

/// The window's name, as a screen reader says it.
fn window_name(rig: &Rig) -> String {
    rig.harness
        .root()
        .accesskit_node()
        .label()
        .unwrap_or_default()
}

/// The node with the keyboard focus: its role and name. The window itself when no widget has
/// it.
fn focused(rig: &Rig) -> (Role, String) {
    let root = rig.harness.root();
    let node = root
        .children_recursive()
        .map(|n| n.accesskit_node())
        .find(egui_kittest::kittest::AccessKitNode::is_focused)
        .unwrap_or_else(|| root.accesskit_node());
    (node.role(), node.label().unwrap_or_default())
}

#[test]
fn the_window_is_named_after_the_app_and_the_screen() {
    let mut rig = rig(Launch::Library);
    assert_eq!(window_name(&rig), "Stretch Timer: Routines");
    rig.click("History");
    assert_eq!(window_name(&rig), "Stretch Timer: History");
    rig.click("All routines");
    rig.click("Standing psoas stretch");
    assert_eq!(window_name(&rig), "Stretch Timer: Standing psoas stretch");
}

#[test]
fn every_screen_change_puts_the_focus_on_something_named_and_on_its_heading_where_it_has_one() {
    let mut rig = rig_with(
        Launch::Start(minimal()),
        Settings {
            ask_pain: true,
            ..quiet()
        },
    );
    assert_eq!(
        focused(&rig),
        (Role::Heading, "How is your pain right now?".to_owned()),
        "on start"
    );
    rig.click("Pain 5");
    let (_, name) = focused(&rig);
    assert!(
        !name.is_empty(),
        "the player gives the focus to nothing named"
    );
    let now = rig.clock.now().as_secs_f64();
    rig.at_secs(now + 3600.0);
    assert_eq!(
        focused(&rig),
        (Role::Heading, "Routine complete".to_owned())
    );
    rig.click("Back to routines");
    assert_eq!(focused(&rig), (Role::Heading, "Routines".to_owned()));
    rig.click("History");
    assert_eq!(focused(&rig), (Role::Heading, "History".to_owned()));
    rig.click("All routines");
    assert_eq!(focused(&rig), (Role::Heading, "Routines".to_owned()));
    rig.click("Minimal");
    let (_, name) = focused(&rig);
    assert!(
        !name.is_empty(),
        "the overview gives the focus to nothing named"
    );
}

#[test]
fn the_focus_stays_where_it_is_while_the_screen_does_not_change() {
    let mut rig = rig(Launch::Library);
    rig.key(Key::Tab);
    let first = focused(&rig);
    assert_ne!(first.1, "Routines", "Tab moves on from the heading");
    rig.at_secs(5.0);
    assert_eq!(
        focused(&rig),
        first,
        "a frame alone does not move the focus"
    );
}

#[test]
fn headings_are_marked_as_headings() {
    let rig = rig(Launch::Library);
    let headings: Vec<String> = rig
        .harness
        .query_all_by_role(Role::Heading)
        .filter_map(|n| n.accesskit_node().label())
        .collect();
    assert!(headings.contains(&"Routines".to_owned()), "{headings:?}");
}

fn settings_open() -> Rig {
    let mut rig = rig(Launch::Library);
    rig.click("Settings");
    rig
}

#[test]
fn the_radio_groups_in_settings_are_named() {
    let rig = settings_open();
    for (group, choices) in [
        ("Cues", &["Tones", "Voice", "Both"][..]),
        ("Theme", &["Dark", "Light"]),
        ("Text size", &["Normal", "Large", "Largest"]),
    ] {
        let node = rig
            .harness
            .query_all_by_role(Role::RadioGroup)
            .find(|n| n.accesskit_node().label().as_deref() == Some(group))
            .unwrap_or_else(|| panic!("no radio group named {group}"));
        let inside: Vec<String> = node
            .children_recursive()
            .filter(|n| n.accesskit_node().role() == Role::RadioButton)
            .filter_map(|n| n.accesskit_node().label())
            .collect();
        assert_eq!(inside, choices, "{group}");
    }
}

fn volume(rig: &Rig) -> egui_kittest::Node<'_> {
    rig.harness
        .query_all_by_role(Role::Slider)
        .find(|n| n.accesskit_node().label().as_deref() == Some("Volume"))
        .expect("a Volume slider")
}

#[test]
fn the_volume_reads_as_a_percentage() {
    let mut rig = settings_open();
    let slider = volume(&rig);
    assert_eq!(slider.accesskit_node().numeric_value(), Some(80.0));
    assert_eq!(slider.value().as_deref(), Some("80 percent"));
    // Turned down with the keyboard, as a screen-reader user does: the setting follows.
    slider.focus();
    rig.harness.run();
    rig.key(Key::ArrowLeft);
    assert_eq!(volume(&rig).value().as_deref(), Some("75 percent"));
    assert!((rig.harness.state().settings().volume - 0.75).abs() < 1e-6);
}

#[test]
fn no_tab_stop_is_without_a_name() {
    let mut rig = settings_open();
    let mut stops = Vec::new();
    for _ in 0..60 {
        rig.key(Key::Tab);
        let (role, name) = focused(&rig);
        assert!(
            !name.trim().is_empty(),
            "a tab stop ({role:?}) has no name, after {stops:?}"
        );
        stops.push(name);
    }
    assert!(
        stops.iter().any(|s| s == "Largest"),
        "Tab reaches Settings: {stops:?}"
    );
    assert!(
        stops.iter().any(|s| s == "Standing psoas stretch"),
        "Tab reaches the routines: {stops:?}"
    );
}

/// What the player's live region says now (AccessKit sends it as an AT-SPI announcement).
fn live(rig: &Rig) -> String {
    rig.harness
        .query_all_by_role(Role::Label)
        .filter(|n| n.accesskit_node().live() == Live::Polite)
        .find_map(|n| n.accesskit_node().value())
        .expect("a live announcement")
}

/// Orca 43 speaks no announcement and no live region, but does say the active window's new name:
/// what the player announces names the window too, so every Orca says it.
#[test]
fn what_the_player_announces_also_names_the_window() {
    let mut rig = rig_with(
        Launch::Start(minimal()),
        Settings {
            ask_pain: true,
            ..quiet()
        },
    );
    assert_eq!(window_name(&rig), "Stretch Timer: Pain before Minimal");
    rig.key(Key::S);
    let ready = live(&rig);
    assert!(ready.starts_with("Get ready: Stretch, "), "{ready}");
    assert_eq!(window_name(&rig), ready);
    let routine = stretch_timer::routine::load(std::path::Path::new(&minimal())).unwrap();
    let hold = stretch_timer::engine::Plan::new(&routine).phases[1].start;
    rig.at_secs(hold.as_secs_f64());
    assert_eq!(window_name(&rig), "Hold: Stretch, 30 seconds.");
    rig.at_secs(hold.as_secs_f64() + 10.5);
    assert_eq!(window_name(&rig), "20 seconds to go.");
    // Between announcements the window keeps the last one: nothing new is said.
    rig.at_secs(hold.as_secs_f64() + 13.5);
    assert_eq!(window_name(&rig), "20 seconds to go.");
    rig.key(Key::Space);
    assert_eq!(window_name(&rig), "Paused, 17 seconds left.");
    assert_eq!(window_name(&rig), live(&rig));
    rig.key(Key::Escape);
    rig.click("Stop routine");
    assert_eq!(window_name(&rig), "Stretch Timer: Routine stopped");
}

/// Screen readers say a window's name when it changes: the same words announced twice in a row
/// (Restart step, twice) empty the name for one frame between them.
#[test]
fn the_same_announcement_twice_empties_the_window_name_for_a_frame_between() {
    let mut rig = rig(Launch::Start(minimal()));
    rig.at_secs(2.0);
    let ready = window_name(&rig);
    let mut names = Vec::new();
    rig.harness.key_press(Key::R);
    for _ in 0..4 {
        rig.harness.step();
        names.push(window_name(&rig));
    }
    names.dedup();
    assert_eq!(names, ["", ready.as_str()]);
}

/// With no sound the person learns it first, with the phase: a blind person following by ear must
/// know that the spoken prompts are off.
#[test]
fn no_sound_is_said_first_when_the_routine_starts() {
    let home = tempfile::tempdir().unwrap();
    let audio = Arc::new(|| {
        let reason = "no speaker or headphones could be found";
        (
            Box::new(SilentOutput::unavailable(reason)) as _,
            RENDER_RATE,
        )
    });
    let deps = deps(home.path(), &ManualClock::new(), audio);
    let settings = Settings {
        ask_pain: true,
        ..quiet()
    };
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |_| StretchApp::with_settings(deps, settings, Launch::Start(minimal())));
    harness.key_press(Key::S);
    harness.run();
    let name = harness.root().accesskit_node().label().unwrap_or_default();
    assert_eq!(
        name,
        "No sound: no speaker or headphones could be found. Follow the screen. \
         Get ready: Stretch, 5 seconds."
    );
}

/// Orca 43 reads out a progress bar's percentage every ten seconds, over what the player
/// announces, unless the bar is in a status bar (its `ignoreStatusBarProgressBars`, on by default).
#[test]
fn the_routine_progress_is_in_a_status_bar() {
    let rig = rig(Launch::Start(minimal()));
    let bar = rig.harness.get_by_role(Role::ProgressIndicator);
    let mut ancestors = std::iter::successors(
        bar.accesskit_node().parent(),
        egui_kittest::kittest::AccessKitNode::parent,
    );
    assert!(ancestors.any(|n| n.role() == Role::Status));
}

/// The test data's short routine.
fn minimal() -> String {
    std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/valid/minimal.ron")
        .display()
        .to_string()
}
