//! Moving through a routine and screens that hold still (issue 23): a whole step skipped or gone
//! back with a button or a key, buttons that keep their places when their words change, words
//! that never push the page, the time large at every size, and the pain question's buttons and
//! keys saying what they do. Driven through egui_kittest with the rig's manual clock.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use crate::common::*;
use egui::{Key, Rect};
use egui_kittest::kittest::{NodeT as _, Queryable as _};
use stretch_timer::app::Launch;
use stretch_timer::app::settings::{Settings, Theme};
use stretch_timer::engine::State;

fn player(routine: &str, size: [f32; 2], text_scale: f32) -> Rig {
    rig_sized(
        tempfile::tempdir().unwrap(),
        Launch::Start(routine.to_owned()),
        Settings {
            text_scale,
            theme: Theme::Dark,
            ..quiet()
        },
        size,
    )
}

/// Every text label shown, with its rectangle.
fn placed_labels(rig: &Rig) -> Vec<(String, Rect)> {
    rig.harness
        .query_all_by_role(egui::accesskit::Role::Label)
        .filter_map(|n| Some((n.accesskit_node().label()?, n.rect())))
        .collect()
}

fn rect_of(rig: &Rig, label: &str) -> Rect {
    control(rig, label).rect()
}

#[test]
fn next_step_and_previous_step_move_a_whole_step_with_a_button_or_a_key() {
    let mut rig = player("supine-bench-psoas", [1280.0, 800.0], 1.0);
    rig.at_secs(3.0);
    assert!(rig.shows("· Step 1 of 4"));
    rig.click("Next step");
    assert!(rig.shows("· Step 2 of 4"), "one press, the next step");
    assert!(rig.shows("Knees to chest"));
    assert!(rig.shows("Get ready"), "at its start");
    rig.key(Key::ArrowDown);
    assert!(
        rig.shows("· Step 3 of 4") && rig.shows("Bench psoas stretch"),
        "the bench stretch in two presses, not 22"
    );
    rig.key(Key::PageDown);
    assert!(rig.shows("· Step 4 of 4"));
    // Back within two seconds of a step's start: the step before; later, this step's start.
    rig.key(Key::ArrowUp);
    assert!(rig.shows("· Step 3 of 4"));
    rig.at_secs(10.0);
    rig.click("Previous step");
    assert!(rig.shows("· Step 3 of 4"), "back to the start of this step");
    rig.key(Key::PageUp);
    assert!(rig.shows("· Step 2 of 4"));
    assert_eq!(rig.state(), Some(State::Running));
    // The tooltips name the keys.
    let tip = stretch_timer::l10n::loader().get("key-down");
    assert_eq!(tip, "Down");
}

#[test]
fn next_step_on_the_last_step_ends_the_routine() {
    let mut rig = player("standing-psoas", [1280.0, 800.0], 1.0);
    rig.at_secs(3.0);
    for _ in 0..20 {
        if rig.state() != Some(State::Running) {
            break;
        }
        rig.key(Key::ArrowDown);
    }
    assert_ne!(rig.state(), Some(State::Running), "the routine ended");
}

#[test]
fn pausing_moves_no_button_and_the_paused_words_push_nothing_down() {
    for (language, size, text) in [
        ("en", [1024.0, 640.0], 1.0),
        ("en", [1024.0, 640.0], 2.0),
        ("de", [1024.0, 640.0], 1.0),
        ("de", [1280.0, 800.0], 2.0),
    ] {
        assert!(stretch_timer::l10n::set_language(
            &language.parse().unwrap()
        ));
        let words = |id: &str| stretch_timer::l10n::loader().get(id);
        let mut rig = player("supine-bench-psoas", size, text);
        rig.at_secs(16.0);
        let steady = [
            "player-to-previous-step",
            "player-back",
            "player-restart-step",
            "player-skip",
            "player-to-next-step",
            "player-stop",
            "player-mute",
        ];
        let before: Vec<Rect> = steady.iter().map(|id| rect_of(&rig, &words(id))).collect();
        let pause = rect_of(&rig, &words("player-pause"));
        let labels = placed_labels(&rig);
        rig.key(Key::Space);
        assert_eq!(rig.state(), Some(State::Paused));
        assert!(rig.shows(&words("player-paused")));
        let after: Vec<Rect> = steady.iter().map(|id| rect_of(&rig, &words(id))).collect();
        assert_eq!(before, after, "{language} {size:?} {text}: a button moved");
        assert_eq!(
            pause,
            rect_of(&rig, &words("player-resume")),
            "{language} {size:?} {text}: Resume is where Pause was"
        );
        let paused = placed_labels(&rig);
        for (label, rect) in &labels {
            if let Some((_, now)) = paused.iter().find(|(l, _)| l == label) {
                assert_eq!(
                    rect, now,
                    "{language} {size:?} {text}: the paused words moved {label}"
                );
            }
        }
        // Muting moves nothing either.
        rig.key(Key::M);
        let muted: Vec<Rect> = steady[..6]
            .iter()
            .map(|id| rect_of(&rig, &words(id)))
            .collect();
        assert_eq!(before[..6], muted[..], "{language} {size:?} {text}");
        assert_eq!(before[6], rect_of(&rig, &words("player-unmute")));
    }
}

/// The digits of the time left as drawn: their ink's height in points and the text, from the
/// largest text painted that reads as a time ("0:04", or "4" in the last seconds).
fn drawn_time(rig: &Rig) -> (f32, String) {
    fn texts(shape: &egui::Shape, out: &mut Vec<std::sync::Arc<egui::Galley>>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| texts(s, out)),
            egui::Shape::Text(text) => out.push(text.galley.clone()),
            _ => {}
        }
    }
    let mut galleys = Vec::new();
    for clipped in &rig.harness.output().shapes {
        texts(&clipped.shape, &mut galleys);
    }
    galleys
        .iter()
        .filter(|g| {
            !g.text().is_empty() && g.text().chars().all(|c| c.is_ascii_digit() || c == ':')
        })
        .map(|g| {
            let glyphs = g.rows.iter().flat_map(|r| r.row.glyphs.iter());
            let (top, bottom) = glyphs.filter(|g| g.chr.is_ascii_digit()).fold(
                (f32::MAX, f32::MIN),
                |(top, bottom), g| {
                    let y = g.pos.y + g.uv_rect.offset.y;
                    (top.min(y), bottom.max(y + g.uv_rect.size.y))
                },
            );
            (bottom - top, g.text().to_owned())
        })
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .expect("the time is drawn")
}

#[test]
fn the_times_digits_are_an_eighth_of_the_window_and_never_smaller_at_a_larger_text() {
    for size in [[1024.0, 640.0], [1280.0, 800.0], [1920.0, 1080.0]] {
        let mut normal = 0.0;
        for text in [1.0, 1.5, 2.0] {
            let mut rig = player("supine-bench-psoas", size, text);
            rig.at_secs(16.0);
            let (points, shown) = drawn_time(&rig);
            assert_eq!(shown, "0:04");
            let window = rig.harness.ctx.content_rect().height();
            let share = points / window;
            assert!(
                share >= 0.12,
                "{size:?} at text {text}: the digits are {share:.3} of the window's height"
            );
            if text == 1.0 {
                normal = share;
            }
            assert!(
                share >= normal - 0.002,
                "{size:?}: {share:.3} at text {text}, {normal:.3} at Normal"
            );
        }
    }
}

#[test]
fn the_drawing_and_the_whole_instructions_are_there_scrolled_to_in_their_own_area() {
    for (size, text) in [([1280.0, 800.0], 1.0), ([1024.0, 640.0], 2.0)] {
        let mut rig = player("supine-bench-psoas", size, text);
        // The bench stretch's left side.
        rig.at_secs(180.0);
        let window = rig.harness.ctx.content_rect();
        let controls = rect_of(&rig, "Pause");
        let drawing = rig
            .harness
            .get_by_label_contains("Drawing: lying at the end of a bench")
            .rect();
        assert!(
            drawing.height() >= 90.0 && window.contains_rect(drawing),
            "{size:?} at text {text}: the drawing at {drawing:?}"
        );
        let said = "The side named is the leg that hangs down";
        // The wheel, over the drawing (in the same area), to the end of the area.
        let over = Rect::from_min_max(drawing.min, drawing.max.min(controls.min))
            .intersect(window)
            .center();
        rig.harness.event(egui::Event::PointerMoved(over));
        for _ in 0..30 {
            rig.harness.event(egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Line,
                delta: egui::vec2(0.0, -3.0),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Wheel,
                modifiers: egui::Modifiers::NONE,
            });
            rig.harness.run();
        }
        let instructions = rig.harness.get_by_label_contains(said).rect();
        assert!(
            instructions.max.y <= controls.min.y && instructions.min.y >= window.min.y,
            "{size:?} at text {text}: the instructions at {instructions:?}, the controls at {controls:?}"
        );
    }
}

#[test]
fn the_pain_questions_buttons_say_what_they_do_and_ten_has_a_key() {
    let mut rig = rig_with(Launch::Library, Settings::default());
    rig.click("Standing psoas stretch");
    rig.click("Start");
    assert!(rig.shows("How is your pain right now?"));
    assert!(
        !rig.shows("Skip") && !rig.shows("Not now"),
        "no ambiguous words"
    );
    assert!(rig.shows("Keys 0 to 9 answer too, and T for 10"));
    rig.click("Don't start yet");
    assert_eq!(rig.state(), None, "nothing started");
    assert!(rig.shows("Start"), "back on the routine's page");
    rig.click("Start");
    rig.key(Key::T);
    assert_eq!(rig.state(), Some(State::Running), "T answered and started");
    rig.key(Key::Escape);
    rig.click("Stop routine");
    assert!(
        rig.shows("Routine stopped"),
        "the finish screen, with its questions"
    );
    rig.click("Back to routines");
    let records = rig.harness.state().sessions().records().to_vec();
    assert_eq!(records.len(), 1);
    assert_eq!(
        records[0]
            .pain_before
            .map(stretch_timer::progress::Pain::get),
        Some(10),
        "T answered 10"
    );
    assert_eq!(records[0].pain_after, None, "left without a score");
}

#[test]
fn every_language_names_a_letter_for_ten_that_asks_nothing_else() {
    for language in ["en", "de", "es", "fr"] {
        assert!(stretch_timer::l10n::set_language(
            &language.parse().unwrap()
        ));
        let letter = stretch_timer::l10n::loader().get("pain-ten-key");
        let key = Key::from_name(letter.trim());
        assert!(
            key.is_some_and(|k| k != Key::S && k.name().len() == 1),
            "{language}: {letter:?}"
        );
        let hint = stretch_timer::l10n::loader().get_args(
            "pain-keys",
            std::collections::HashMap::from([("ten", letter.trim())]),
        );
        assert!(hint.contains(letter.trim()), "{language}: {hint}");
    }
}

/// The relative luminance of an opaque colour (WCAG 2.1).
fn luminance(colour: egui::Color32) -> f32 {
    let linear = |c: u8| {
        let c = f32::from(c) / 255.0;
        if c <= 0.040_45 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * linear(colour.r()) + 0.7152 * linear(colour.g()) + 0.0722 * linear(colour.b())
}

/// `colour` (egui's premultiplied alpha) over the opaque `background`.
fn over(colour: egui::Color32, background: egui::Color32) -> egui::Color32 {
    let a = f32::from(colour.a()) / 255.0;
    #[allow(clippy::cast_possible_truncation, clippy::cast_sign_loss)] // 0 to 255.
    let mix = |c: u8, b: u8| (f32::from(c) + f32::from(b) * (1.0 - a)).round().min(255.0) as u8;
    egui::Color32::from_rgb(
        mix(colour.r(), background.r()),
        mix(colour.g(), background.g()),
        mix(colour.b(), background.b()),
    )
}

/// The contrast ratio of text in `text` on `background` (WCAG 2.1), 1 to 21.
fn contrast(text: egui::Color32, background: egui::Color32) -> f32 {
    let (a, b) = (luminance(over(text, background)), luminance(background));
    (a.max(b) + 0.05) / (a.min(b) + 0.05)
}

/// Every text drawn in the last frame: its words, colour (after its opacity) and size.
fn drawn_texts(rig: &Rig) -> Vec<(String, egui::Color32, f32)> {
    fn walk(shape: &egui::Shape, out: &mut Vec<(String, egui::Color32, f32)>) {
        match shape {
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, out)),
            egui::Shape::Text(text) => {
                for section in &text.galley.job.sections {
                    let range = section.byte_range.start.0..section.byte_range.end.0;
                    let words = text.galley.job.text[range].trim();
                    if words.is_empty() {
                        continue;
                    }
                    let mut colour = text.override_text_color.unwrap_or(section.format.color);
                    if colour == egui::Color32::PLACEHOLDER {
                        colour = text.fallback_color;
                    }
                    let colour = colour.gamma_multiply(text.opacity_factor);
                    out.push((words.to_owned(), colour, section.format.font_id.size));
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &rig.harness.output().shapes {
        walk(&clipped.shape, &mut out);
    }
    out
}

#[test]
fn every_text_reads_at_4_5_to_1_in_both_themes_and_none_is_under_12_points() {
    for theme in [Theme::Dark, Theme::Light] {
        let mut rig = rig_with(
            Launch::Library,
            Settings {
                theme,
                ..Settings::default()
            },
        );
        rig.harness.run();
        let visuals = rig.harness.ctx.global_style().visuals.clone();
        let panel = visuals.panel_fill;
        // The theme's own colours for text, on each background they are drawn on.
        let texts = [
            ("text", visuals.text_color()),
            ("weak text", visuals.weak_text_color()),
            ("strong text", visuals.strong_text_color()),
            ("link", visuals.hyperlink_color),
            ("warning", visuals.warn_fg_color),
            ("error", visuals.error_fg_color),
        ];
        let backgrounds = [
            ("panel", panel),
            ("window", visuals.window_fill),
            ("faint", over(visuals.faint_bg_color, panel)),
            ("field", visuals.text_edit_bg_color()),
            (
                "warning's notice",
                visuals
                    .window_fill
                    .lerp_to_gamma(visuals.warn_fg_color, 0.12),
            ),
        ];
        for (what, text) in texts {
            for (on, background) in backgrounds {
                let ratio = contrast(text, background);
                assert!(ratio >= 4.5, "{theme:?}: {what} on {on} is {ratio:.2}:1");
            }
        }
        for widget in [
            &visuals.widgets.inactive,
            &visuals.widgets.hovered,
            &visuals.widgets.active,
        ] {
            let ratio = contrast(widget.fg_stroke.color, over(widget.weak_bg_fill, panel));
            assert!(ratio >= 4.5, "{theme:?}: a button's words are {ratio:.2}:1");
        }
        // And every text drawn on the library, a routine's page, Settings and the pain question,
        // in the colour and size it was drawn (white is only drawn on the accent's blue).
        let mut seen = Vec::new();
        seen.extend(drawn_texts(&rig));
        rig.click("Standing psoas stretch");
        seen.extend(drawn_texts(&rig));
        rig.click("Start");
        seen.extend(drawn_texts(&rig));
        rig.key(Key::Escape);
        rig.click("Settings");
        seen.extend(drawn_texts(&rig));
        for (words, colour, size) in seen {
            if colour == egui::Color32::WHITE {
                continue;
            }
            let ratio = contrast(colour, panel);
            assert!(
                ratio >= 4.5,
                "{theme:?}: {words:?} is {ratio:.2}:1 ({colour:?})"
            );
            assert!(size >= 12.0, "{theme:?}: {words:?} is {size} points");
        }
    }
}

#[test]
fn a_notice_coming_and_going_moves_nothing_on_the_page() {
    // One of the person's own routines, exported: the news stays, back in the library.
    let home = tempfile::tempdir().unwrap();
    std::fs::create_dir(home.path().join("routines")).unwrap();
    std::fs::copy(
        "tests/data/valid/minimal.ron",
        home.path().join("routines/minimal.ron"),
    )
    .unwrap();
    let mut rig = rig_sized(home, Launch::Library, quiet(), [1024.0, 640.0]);
    let cards = |rig: &Rig| {
        [
            rect_of(rig, "Standing psoas stretch"),
            rect_of(rig, "Supine bench psoas stretch"),
        ]
    };
    let before = cards(&rig);
    let title = stretch_timer::routine::load(std::path::Path::new("tests/data/valid/minimal.ron"))
        .unwrap()
        .name;
    rig.click(&title);
    rig.click("Export to share");
    rig.click("All routines");
    assert!(rig.shows("Dismiss"), "a notice is shown");
    assert_eq!(cards(&rig), before, "the notice pushed the routines down");
    rig.click("Dismiss");
    assert!(!rig.shows("Dismiss"));
    assert_eq!(cards(&rig), before, "dismissing it moved the routines");
    // So the click where a routine was opens that routine.
    let at = before[1].center();
    rig.harness.event(egui::Event::PointerMoved(at));
    rig.harness.run();
    rig.harness.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: true,
        modifiers: egui::Modifiers::NONE,
    });
    rig.harness.event(egui::Event::PointerButton {
        pos: at,
        button: egui::PointerButton::Primary,
        pressed: false,
        modifiers: egui::Modifiers::NONE,
    });
    rig.harness.run();
    assert!(rig.shows("Start"), "a routine's page opened");
    assert!(
        rig.shows_somewhere("Supine bench psoas stretch") && !rig.shows("Standing psoas stretch"),
        "the routine that was under the pointer"
    );
}

/// Forty sessions of the standing psoas stretch, one a day before the rig's first day.
fn forty_days_of_sessions(home: &std::path::Path) {
    use stretch_timer::progress::Source;
    let bundled = stretch_timer::bundled::find("standing-psoas").unwrap();
    let routine = bundled.load("en").unwrap();
    let file = stretch_timer::history::path_in(&stretch_timer::home::Home::at(home));
    let mut history = stretch_timer::history::History::open(&file).unwrap();
    for days_ago in 1..=40 {
        let at = start_time()
            .timestamp()
            .checked_sub(jiff::SignedDuration::from_hours(24 * days_ago))
            .unwrap();
        record_done(
            &mut history,
            Done {
                routine: &routine,
                source: Source::Bundled("standing-psoas".to_owned()),
                text: bundled.text("en").as_bytes(),
                at: start_time().with_timestamp(at),
                seconds: 295,
                pain_before: Some(4),
                pain_after: Some(3),
                note: "",
            },
        );
    }
}

/// Turns the wheel `notches` times down over `at`.
fn wheel_down(rig: &mut Rig, at: egui::Pos2, notches: usize) {
    rig.harness.event(egui::Event::PointerMoved(at));
    for _ in 0..notches {
        rig.harness.event(egui::Event::MouseWheel {
            unit: egui::MouseWheelUnit::Line,
            delta: egui::vec2(0.0, -3.0),
            phase: egui::TouchPhase::Move,
            source: egui::MouseWheelSource::Wheel,
            modifiers: egui::Modifiers::NONE,
        });
        rig.harness.run();
    }
}

/// The first session listed in History (its title) and where it is, with the tabs' bottom.
fn first_session(rig: &mut Rig) -> (String, f32, f32) {
    rig.click("History");
    rig.click("Sessions");
    let tabs = rig.harness.get_by_label("Sessions").rect().max.y;
    let (words, top) = rig
        .harness
        .query_all_by_role(egui::accesskit::Role::Label)
        .filter_map(|n| {
            let node = n.accesskit_node();
            let words = node.label().or_else(|| node.value())?;
            words.contains("Standing").then(|| (words, n.rect().min.y))
        })
        .min_by(|a, b| a.1.total_cmp(&b.1))
        .expect("a session listed");
    (words, top, tabs)
}

#[test]
fn every_screen_and_tab_opens_at_its_top() {
    let settings = Settings {
        text_scale: 2.0,
        ..quiet()
    };
    let home = tempfile::tempdir().unwrap();
    forty_days_of_sessions(home.path());
    let mut fresh = rig_sized(home, Launch::Library, settings.clone(), [1024.0, 640.0]);
    let (newest, top, _) = first_session(&mut fresh);

    // The library scrolled to its end first, as a person looking for a routine does.
    let home = tempfile::tempdir().unwrap();
    forty_days_of_sessions(home.path());
    let mut rig = rig_sized(home, Launch::Library, settings, [1024.0, 640.0]);
    let window = rig.harness.ctx.content_rect();
    wheel_down(&mut rig, window.center() + egui::vec2(0.0, 60.0), 30);
    let (first, at, tabs) = first_session(&mut rig);
    assert_eq!(
        (first.as_str(), at),
        (newest.as_str(), top),
        "Sessions opened mid-list"
    );
    // Another tab after scrolling this one: at its top, its heading under the tabs.
    wheel_down(&mut rig, window.center() + egui::vec2(0.0, 60.0), 30);
    rig.click("This week");
    // The tab and the heading under it say the same.
    let heading = rig
        .harness
        .query_all_by_label("This week")
        .map(|n| n.rect())
        .max_by(|a, b| a.min.y.total_cmp(&b.min.y))
        .unwrap();
    assert!(
        heading.min.y >= tabs,
        "This week opened at {heading:?}, under the tabs at {tabs}"
    );
    // A blank routine opens at its name, not where the library was left.
    rig.click("All routines");
    wheel_down(&mut rig, window.center() + egui::vec2(0.0, 60.0), 30);
    rig.click("New routine");
    rig.click("Blank routine");
    let name = control(&rig, "Routine name").rect();
    assert!(
        window.contains_rect(name),
        "the routine's name at {name:?} is out of the window {window:?}"
    );
}

#[test]
fn a_wrong_reminder_time_is_said_under_its_field_and_moves_nothing() {
    let mut rig = rig_sized(
        tempfile::tempdir().unwrap(),
        Launch::Library,
        quiet(),
        [1024.0, 640.0],
    );
    rig.click("Settings");
    let add = rect_of(&rig, "Add reminder");
    let near = |a: Rect, b: Rect| (a.min - b.min).length() < 0.5 && (a.max - b.max).length() < 0.5;
    set_field(
        &mut rig,
        "Reminder time",
        "twenty five past seven in the evening",
    );
    assert!(rig.shows_containing("is not a time of day"));
    let now = rect_of(&rig, "Add reminder");
    assert!(near(add, now), "Add reminder moved from {add:?} to {now:?}");
    set_field(&mut rig, "Reminder time", "07:45");
    assert!(!rig.shows_containing("is not a time of day"));
    assert!(near(add, rect_of(&rig, "Add reminder")));
}
