//! The player screen as a person two metres away sees it and as a screen reader tells it: the
//! time large at every text size and window size, nothing over the controls, the side and the
//! breathing in words, pause unmistakable, the Stop question stopping the time, the keys working
//! whatever has focus, and what is announced when. Driven through egui_kittest and AccessKit, with
//! the rig's manual clock.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use std::sync::atomic::Ordering;

use crate::common::*;
use egui::accesskit::{Live, Role};
use egui::{Key, Rect};
use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use stretch_timer::app::settings::{Settings, Theme};
use stretch_timer::app::{Launch, StretchApp};
use stretch_timer::audio::bank::RENDER_RATE;
use stretch_timer::clock::ManualClock;
use stretch_timer::engine::State;

/// The window sizes the player must fit, in pixels.
const SIZES: [[f32; 2]; 3] = [[1024.0, 640.0], [1280.0, 800.0], [1920.0, 1080.0]];

/// The text sizes of the settings.
const TEXT: [f32; 3] = [1.0, 1.5, 2.0];

/// The controls at the bottom of the player, by their messages' ids.
const CONTROLS: [&str; 8] = [
    "player-back",
    "player-restart-step",
    "player-pause",
    "player-resume",
    "player-skip",
    "player-stop",
    "player-mute",
    "player-unmute",
];

/// The controls' names in the language of this test's thread.
fn control_names() -> Vec<String> {
    CONTROLS
        .iter()
        .map(|id| stretch_timer::l10n::loader().get(id))
        .collect()
}

fn player(routine: &str, size: [f32; 2], text_scale: f32, theme: Theme) -> Rig {
    rig_sized(
        tempfile::tempdir().unwrap(),
        Launch::Start(routine.to_owned()),
        Settings {
            text_scale,
            theme,
            ..quiet()
        },
        size,
    )
}

/// The window, in points.
fn window(rig: &Rig) -> Rect {
    rig.harness.ctx.content_rect()
}

/// The ring with the time left: its name (the time in words) and rectangle in points.
fn time_left(rig: &Rig) -> (String, Rect) {
    let found: Vec<(String, Rect)> = rig
        .harness
        .query_all_by_role(Role::Label)
        .filter_map(|n| {
            let node = n.accesskit_node();
            let label = node.label().or_else(|| node.value())?;
            let words: Vec<&str> = label.split(' ').collect();
            let is_time = label.ends_with(" left")
                && !label.contains(',')
                && words.first().is_some_and(|w| w.parse::<u64>().is_ok());
            is_time.then(|| (label, n.rect()))
        })
        .collect();
    assert_eq!(found.len(), 1, "one time left on the screen: {found:?}");
    found.into_iter().next().unwrap()
}

/// What the live region says now, if anything.
fn announced(rig: &Rig) -> Option<String> {
    let live: Vec<String> = rig
        .harness
        .query_all_by_role(Role::Label)
        .filter(|n| n.accesskit_node().live() == Live::Polite)
        .filter_map(|n| {
            n.accesskit_node()
                .label()
                .or_else(|| n.accesskit_node().value())
        })
        .collect();
    assert!(live.len() <= 1, "one live announcement at a time: {live:?}");
    live.into_iter().next()
}

#[test]
fn the_time_takes_a_quarter_of_the_window_and_never_shrinks_at_a_larger_text_size() {
    for size in SIZES {
        let mut normal = 0.0;
        for text in TEXT {
            // 16 s in: the first hold of the supine bench routine.
            let mut rig = player("supine-bench-psoas", size, text, Theme::Dark);
            rig.at_secs(16.0);
            let (name, rect) = time_left(&rig);
            assert_eq!(name, "4 seconds left");
            let pixels = rect.height() * rig.harness.ctx.pixels_per_point();
            assert!(
                pixels >= size[1] * 0.25,
                "{size:?} at text {text}: the time is {pixels} px high"
            );
            assert!(
                window(&rig).contains_rect(rect),
                "{size:?} at text {text}: the time at {rect:?} is cut off"
            );
            if text == 1.0 {
                normal = pixels;
            }
            assert!(
                pixels >= normal - 1.0,
                "{size:?}: the time is {pixels} px high at text {text}, {normal} px at Normal"
            );
        }
    }
}

/// Every widget shown, as rectangles in points: a text's lines one by one, and what lies in a
/// scroll area cut to the part in view (its scroll bar's span).
fn shown(rig: &Rig) -> Vec<(String, Role, Rect)> {
    #[allow(clippy::cast_possible_truncation)] // Pixels on a screen fit an f32.
    fn points(b: egui::accesskit::Rect, ppp: f32) -> Rect {
        Rect::from_min_max(
            egui::pos2(b.x0 as f32 / ppp, b.y0 as f32 / ppp),
            egui::pos2(b.x1 as f32 / ppp, b.y1 as f32 / ppp),
        )
    }
    fn walk(
        node: egui_kittest::Node<'_>,
        clip: Rect,
        ppp: f32,
        out: &mut Vec<(String, Role, Rect)>,
    ) {
        let a = node.accesskit_node();
        let role = a.role();
        if let Some(bounds) = a.bounding_box()
            && !matches!(role, Role::TextRun | Role::ScrollBar | Role::Window)
        {
            let name = a.label().or_else(|| a.value()).unwrap_or_default();
            let lines: Vec<Rect> = a
                .children()
                .filter(|c| c.role() == Role::TextRun)
                .filter_map(|c| c.bounding_box())
                .map(|b| points(b, ppp))
                .collect();
            let parts = if lines.is_empty() {
                vec![points(bounds, ppp)]
            } else {
                lines
            };
            for part in parts {
                let part = part.intersect(clip);
                if part.width() > 0.5 && part.height() > 0.5 {
                    out.push((name.clone(), role, part));
                }
            }
        }
        let children: Vec<_> = node.children().collect();
        for (i, child) in children.iter().enumerate() {
            let mut inner = clip;
            // A scroll area: a container without bounds, followed by its bar, which spans
            // the part in view.
            let bar = children
                .get(i + 1)
                .map(egui_kittest::Node::accesskit_node)
                .filter(|c| c.role() == Role::ScrollBar)
                .and_then(|c| c.bounding_box());
            if child.accesskit_node().bounding_box().is_none()
                && let Some(bar) = bar
            {
                let bar = points(bar, ppp);
                inner = Rect::from_x_y_ranges(
                    clip.x_range(),
                    clip.y_range().intersection(bar.y_range()),
                );
            }
            walk(*child, inner, ppp, out);
        }
    }
    let mut out = Vec::new();
    let everything = Rect::from_min_max(egui::pos2(-1e6, -1e6), egui::pos2(1e6, 1e6));
    walk(
        rig.harness.root(),
        everything,
        rig.harness.ctx.pixels_per_point(),
        &mut out,
    );
    out
}

/// Nothing past the window's edges, and nothing over a control.
fn assert_clear_of_the_controls(rig: &Rig, what: &str) {
    let window = window(rig).expand(0.5);
    let parts = shown(rig);
    let names = control_names();
    let controls: Vec<&(String, Role, Rect)> = parts
        .iter()
        .filter(|(name, role, _)| *role == Role::Button && names.contains(name))
        .collect();
    assert!(controls.len() >= 6, "{what}: the controls are shown");
    for (name, role, rect) in &parts {
        assert!(
            window.contains_rect(*rect),
            "{what}: {role:?} {name:?} at {rect:?} runs out of the window {window:?}"
        );
        if controls.iter().any(|(n, r, _)| n == name && r == role) {
            continue;
        }
        for (control, _, at) in &controls {
            let overlap = rect.intersect(*at);
            assert!(
                overlap.width() <= 0.5 || overlap.height() <= 0.5,
                "{what}: {role:?} {name:?} at {rect:?} covers {control} at {at:?}"
            );
        }
    }
}

#[test]
fn at_the_largest_text_nothing_covers_the_controls_or_leaves_the_window() {
    for size in SIZES {
        for theme in [Theme::Light, Theme::Dark] {
            let what = |moment: &str| format!("{moment} at {size:?} in {theme:?}");
            let mut rig = player("supine-bench-psoas", size, 2.0, theme);
            assert_clear_of_the_controls(&rig, &what("getting ready"));
            rig.at_secs(16.0);
            assert_clear_of_the_controls(&rig, &what("a hold"));
            rig.at_secs(180.0);
            assert_clear_of_the_controls(&rig, &what("the left side"));
            rig.click("Pause");
            assert_clear_of_the_controls(&rig, &what("paused"));
            let mut rig = player("myofascial-psoas", size, 2.0, theme);
            rig.at_secs(100.0);
            assert_clear_of_the_controls(&rig, &what("a breathing hold"));
        }
    }
}

#[test]
fn in_german_s_longer_words_nothing_covers_the_controls_or_leaves_the_window() {
    let german = "de".parse().unwrap();
    assert!(stretch_timer::l10n::set_language(&german));
    for size in SIZES {
        for text_scale in [1.0, 2.0] {
            let what = |moment: &str| format!("{moment} at {size:?}, text {text_scale}, in German");
            let mut rig = player("supine-bench-psoas", size, text_scale, Theme::Light);
            assert_clear_of_the_controls(&rig, &what("getting ready"));
            rig.at_secs(180.0);
            assert_clear_of_the_controls(&rig, &what("the left side"));
            rig.click("Pause");
            assert_clear_of_the_controls(&rig, &what("paused"));
        }
    }
}

#[test]
fn the_side_is_a_large_word_beside_the_drawing_and_the_rep_is_large() {
    let mut rig = player("supine-bench-psoas", [1280.0, 800.0], 1.0, Theme::Light);
    rig.at_secs(180.0);
    let left = rig.harness.get_by_label("Left side").rect();
    let drawing = rig
        .harness
        .get_by_label_contains("Drawing: lying at the end of a bench")
        .rect();
    assert!(
        left.height() >= 36.0,
        "LEFT is {} points high",
        left.height()
    );
    assert!(
        left.max.x <= drawing.min.x && left.max.y > drawing.min.y && left.min.y < drawing.max.y,
        "LEFT at {left:?} is on the left of the drawing at {drawing:?}"
    );
    let rep = rig.harness.get_by_label("Rep 1 of 3").rect();
    assert!(
        rep.height() >= 30.0,
        "the rep is {} points high",
        rep.height()
    );
    assert!(!rig.shows("Right side"));
    // The right side: the drawing is mirrored and the word on its other side.
    rig.at_secs(300.0);
    let right = rig.harness.get_by_label("Right side").rect();
    let drawing = rig
        .harness
        .get_by_label_contains("Drawing: lying at the end of a bench")
        .rect();
    assert!(
        right.min.x >= drawing.max.x,
        "RIGHT at {right:?} is on the right of the drawing at {drawing:?}"
    );
    assert!(!rig.shows("Left side"));
    // A step without sides shows neither.
    rig.at_secs(420.0);
    assert!(!rig.shows("Left side") && !rig.shows("Right side"));
}

#[test]
fn breathing_is_shown_in_words_that_change_at_the_pace() {
    // "Settle and breathe": its hold from 0:15 to 1:15, breathing at a 5 s pace.
    let mut rig = player("myofascial-psoas", [1280.0, 800.0], 1.0, Theme::Dark);
    rig.at_secs(10.0);
    assert!(!rig.shows("Breathe in") && !rig.shows("Breathe out"));
    for (at, words) in [
        (15.2, "Breathe in"),
        (19.9, "Breathe in"),
        (20.1, "Breathe out"),
        (24.9, "Breathe out"),
        (25.1, "Breathe in"),
        (74.0, "Breathe out"),
    ] {
        rig.at_secs(at);
        assert!(rig.shows(words), "{words} at {at} s");
    }
    // The next step's preparation: no breathing shown.
    rig.at_secs(80.0);
    assert!(!rig.shows("Breathe in") && !rig.shows("Breathe out"));
}

#[test]
fn paused_says_so_in_words_and_space_goes_on() {
    let mut rig = player("supine-bench-psoas", [1280.0, 800.0], 1.0, Theme::Dark);
    rig.at_secs(16.0);
    assert!(!rig.shows("Paused: Space to go on"));
    rig.key(Key::Space);
    assert_eq!(rig.state(), Some(State::Paused));
    assert!(rig.shows("Paused: Space to go on"));
    assert!(rig.shows("Resume"));
    rig.key(Key::Space);
    assert_eq!(rig.state(), Some(State::Running));
    assert!(!rig.shows("Paused: Space to go on"));
}

#[test]
fn the_stop_question_stops_the_time_and_keep_going_goes_on_from_there() {
    let mut rig = player("supine-bench-psoas", [1280.0, 800.0], 1.0, Theme::Dark);
    rig.at_secs(195.0);
    assert_eq!(time_left(&rig).0, "6 seconds left");
    rig.key(Key::Escape);
    let dialog = rig.harness.get_by_role(Role::Dialog);
    assert_eq!(
        dialog.accesskit_node().label().as_deref(),
        Some("Stop this routine?")
    );
    assert!(dialog.accesskit_node().is_modal());
    assert!(
        rig.harness.get_by_label("Keep going").is_focused(),
        "the question takes the focus, on the answer that changes nothing"
    );
    assert_eq!(rig.state(), Some(State::Paused));
    rig.at_secs(255.0);
    assert_eq!(
        time_left(&rig).0,
        "6 seconds left",
        "a minute later the time has not moved"
    );
    rig.click("Keep going");
    assert!(!rig.shows("Stop this routine?"));
    assert_eq!(rig.state(), Some(State::Running));
    rig.at_secs(257.0);
    assert_eq!(time_left(&rig).0, "4 seconds left", "it goes on from there");
    // Paused before asking: still paused after "Keep going".
    rig.key(Key::Space);
    rig.key(Key::Escape);
    rig.key(Key::Escape);
    assert!(!rig.shows("Stop this routine?"), "Escape is Keep going");
    assert_eq!(rig.state(), Some(State::Paused));
}

#[test]
fn the_players_keys_work_while_a_button_has_focus() {
    let mut rig = player("supine-bench-psoas", [1280.0, 800.0], 1.0, Theme::Dark);
    rig.at_secs(16.0);
    let mut on_skip = false;
    for _ in 0..20 {
        rig.key(Key::Tab);
        if rig.harness.get_by_label("Skip").is_focused() {
            on_skip = true;
            break;
        }
    }
    assert!(on_skip, "Skip can be reached with Tab");
    rig.key(Key::Space);
    assert_eq!(rig.state(), Some(State::Paused), "Space paused");
    assert_eq!(
        time_left(&rig).0,
        "4 seconds left",
        "and did not press Skip"
    );
    rig.key(Key::Space);
    assert_eq!(rig.state(), Some(State::Running));
    rig.key(Key::ArrowRight);
    assert!(rig.shows("Rest"), "Right skips to the rest");
    rig.key(Key::M);
    assert!(rig.shows("Unmute"));
}

#[test]
fn each_phase_and_every_ten_seconds_of_a_hold_are_announced_not_every_second() {
    let mut rig = player("supine-bench-psoas", [1280.0, 800.0], 1.0, Theme::Dark);
    assert_eq!(
        announced(&rig).as_deref(),
        Some("Get ready: Pelvic tilts, 15 seconds.")
    );
    // From the left side's preparation (2:36) through its first hold (2:51 to 3:21) into the
    // rest, a frame every half second: what is said, in order.
    let mut said: Vec<String> = Vec::new();
    for half in 2 * 150..2 * 205 {
        rig.at_secs(f64::from(half) / 2.0);
        let now = announced(&rig).unwrap();
        if said.last() != Some(&now) {
            said.push(now);
        }
    }
    assert_eq!(
        said,
        [
            // Caught in the middle of a phase: how long is left, not how long it lasts.
            "Hold: Knees to chest, rep 3 of 3, 6 seconds left.",
            "5 seconds to go.",
            "3.",
            "2.",
            "1.",
            "Get ready: Bench psoas stretch, left side, 15 seconds.",
            "Hold: Bench psoas stretch, left side, rep 1 of 3, 30 seconds.",
            "20 seconds to go.",
            "10 seconds to go.",
            "5 seconds to go.",
            "3.",
            "2.",
            "1.",
            "Rest, 10 seconds. Then rep 2 of 3.",
        ]
    );
    rig.key(Key::Space);
    assert_eq!(announced(&rig).as_deref(), Some("Paused, 7 seconds left."));
}

#[test]
fn the_progress_bar_has_a_range_and_says_its_times_in_words() {
    let mut rig = player("supine-bench-psoas", [1280.0, 800.0], 1.0, Theme::Dark);
    rig.at_secs(65.0);
    let bar = rig.harness.get_by_role(Role::ProgressIndicator);
    let node = bar.accesskit_node();
    assert_eq!(node.min_numeric_value(), Some(0.0));
    assert_eq!(node.max_numeric_value(), Some(100.0));
    // 65 s of 7:11.
    assert_eq!(node.numeric_value(), Some(15.0));
    assert_eq!(
        node.label().as_deref(),
        Some("Routine progress: 1 minute 5 seconds of 7 minutes 11 seconds")
    );
}

#[test]
fn no_sound_is_announced_at_once() {
    let clock = ManualClock::new();
    let device = Headset::default();
    let home = tempfile::tempdir().unwrap();
    let deps = deps(home.path(), &clock, playing_on(&device, RENDER_RATE));
    let mut harness = Harness::builder()
        .with_size([1280.0, 800.0])
        .build_eframe(move |_| {
            StretchApp::with_settings(deps, quiet(), Launch::Start("standing-psoas".to_owned()))
        });
    device.gone.store(true, Ordering::SeqCst);
    clock.set(std::time::Duration::from_secs(3));
    harness.run();
    let warning = harness.get_by_label_contains("No sound: the headset was unplugged");
    assert_eq!(warning.accesskit_node().live(), Live::Assertive);
}
