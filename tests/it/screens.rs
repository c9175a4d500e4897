//! Every screen as a person sees it, in English, German, Spanish, French and a pseudo-language
//! 40% longer than English with accents (`l10n::set_pseudo_language`), in windows of 1024×640,
//! 1280×800 and 1920×1080 pixels, at each text size and in both themes: no two visible widgets
//! overlap and none runs past the window. Judged from the widgets' rectangles in the AccessKit tree, as a screen reader gets
//! them, so what is checked is what egui laid out, not a picture.
//!
//! Each screen is a test of its own (`cargo test --test it screens::player`), so whoever changes a
//! screen runs its own. A failure names the screen, the window, the text size, the theme and the
//! two widgets, with their rectangles in points.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use std::path::Path;

use crate::common::*;
use egui::Rect;
use egui::accesskit::{NodeId, Role};
use egui_kittest::kittest::{NodeT, Queryable as _};
use stretch_timer::app::Launch;
use stretch_timer::app::settings::{Settings, TEXT_SIZES, Theme};
use stretch_timer::clock::Clock as _;
use stretch_timer::{l10n, tr};

/// The window sizes, in pixels.
const SIZES: [[f32; 2]; 3] = [[1024.0, 640.0], [1280.0, 800.0], [1920.0, 1080.0]];

/// A widget as shown: its name for messages, the parts it covers in points (a wrapped text's
/// lines, else its rectangle) as far as they are not scrolled out of view, and the nodes above
/// it in the tree.
struct Shown {
    own: NodeId,
    name: String,
    parts: Vec<Rect>,
    ancestors: Vec<NodeId>,
    /// The window, modal or menu it is in (`None`: the screen itself). Widgets of different
    /// layers may cover each other: a modal covers the screen on purpose.
    layer: Option<NodeId>,
}

/// Roles of the nodes that float above the screen, each a layer of its own.
fn is_layer(role: Role) -> bool {
    matches!(
        role,
        Role::Window | Role::Dialog | Role::AlertDialog | Role::Menu | Role::Tooltip
    )
}

/// What a node is called in a message: its role and its name or value, shortened.
fn name_of(node: &egui_kittest::kittest::AccessKitNode<'_>) -> String {
    let text = node.label().or_else(|| node.value()).unwrap_or_default();
    let text: String = if text.chars().count() > 60 {
        format!("{}…", text.chars().take(59).collect::<String>())
    } else {
        text
    };
    format!("{:?} {text:?}", node.role())
}

#[allow(clippy::cast_possible_truncation)] // Window coordinates, well within an f32.
fn points(r: egui::accesskit::Rect, ppp: f32) -> Rect {
    Rect::from_min_max(
        egui::pos2(r.x0 as f32 / ppp, r.y0 as f32 / ppp),
        egui::pos2(r.x1 as f32 / ppp, r.y1 as f32 / ppp),
    )
}

/// Collects the widgets under `node`. `clip` is what the scroll areas around it leave in view.
/// A scroll area shows in the tree as a container followed by its scroll bar (when its content
/// is larger than it): the bar spans the area's height (or width), and what lies outside that
/// span is scrolled out of view, not cut off.
fn collect(
    node: egui_kittest::Node<'_>,
    clip: Rect,
    ancestors: &mut Vec<NodeId>,
    layer: Option<NodeId>,
    ppp: f32,
    out: &mut Vec<Shown>,
) {
    let a = node.accesskit_node();
    let role = a.role();
    let is_root = ancestors.is_empty();
    let layer = if !is_root && is_layer(role) {
        Some(a.locate().0)
    } else {
        layer
    };
    if let Some(bounds) = a.bounding_box()
        && !is_root
        && !a.is_hidden()
        && !matches!(role, Role::TextRun | Role::ScrollBar)
    {
        let rect = points(bounds, ppp);
        // A text's lines, each where it is: a wrapped label's first line may start after
        // another widget on the same row.
        let lines: Vec<Rect> = if matches!(role, Role::Label | Role::Heading) {
            a.children()
                .filter(|c| c.role() == Role::TextRun)
                .filter_map(|c| c.bounding_box())
                .map(|b| points(b, ppp))
                .filter(|r| r.width() > 0.5)
                .collect()
        } else {
            Vec::new()
        };
        let parts = if lines.is_empty() { vec![rect] } else { lines };
        let parts: Vec<Rect> = parts
            .into_iter()
            .map(|r| r.intersect(clip))
            .filter(|r| r.width() > 0.5 && r.height() > 0.5)
            .collect();
        if !parts.is_empty() {
            out.push(Shown {
                own: a.locate().0,
                name: name_of(&a),
                parts,
                ancestors: ancestors.clone(),
                layer,
            });
        }
    }
    ancestors.push(a.locate().0);
    let children: Vec<_> = node.children().collect();
    for (i, child) in children.iter().enumerate() {
        let mut child_clip = clip;
        // The scroll bar that follows this container, before any other container, is its own.
        let bar = children[i + 1..]
            .iter()
            .map(NodeT::accesskit_node)
            .take_while(|c| c.bounding_box().is_some())
            .find(|c| c.role() == Role::ScrollBar);
        if child.accesskit_node().bounding_box().is_none()
            && let Some(bar) = bar.and_then(|b| b.bounding_box())
        {
            let bar = points(bar, ppp);
            child_clip = if bar.height() >= bar.width() {
                Rect::from_x_y_ranges(clip.x_range(), clip.y_range().intersection(bar.y_range()))
            } else {
                Rect::from_x_y_ranges(clip.x_range().intersection(bar.x_range()), clip.y_range())
            };
        }
        collect(*child, child_clip, ancestors, layer, ppp, out);
    }
    ancestors.pop();
}

/// What is wrong with the layout shown now in a window of `window` points: widgets past its
/// edges, and pairs of widgets that overlap.
fn layout_problems<S>(harness: &egui_kittest::Harness<'_, S>, window: Rect) -> Vec<String> {
    let ppp = harness.ctx.pixels_per_point();
    let mut shown = Vec::new();
    let everything = Rect::from_min_max(egui::pos2(-1e6, -1e6), egui::pos2(1e6, 1e6));
    collect(
        harness.root(),
        everything,
        &mut Vec::new(),
        None,
        ppp,
        &mut shown,
    );
    let mut problems = Vec::new();
    let inside = window.expand(0.5);
    for w in &shown {
        if let Some(part) = w.parts.iter().find(|r| !inside.contains_rect(**r)) {
            problems.push(format!(
                "{} at {} runs past the window {}",
                w.name,
                show(*part),
                show(window)
            ));
        }
    }
    for (i, a) in shown.iter().enumerate() {
        for b in &shown[i + 1..] {
            let related = a.ancestors.contains(&b.own) || b.ancestors.contains(&a.own);
            if a.layer != b.layer || related {
                continue;
            }
            let overlap = a.parts.iter().find_map(|ra| {
                b.parts.iter().find_map(|rb| {
                    let o = ra.intersect(*rb);
                    (o.width() > 0.5 && o.height() > 0.5).then_some((*ra, *rb))
                })
            });
            if let Some((ra, rb)) = overlap {
                problems.push(format!(
                    "{} at {} overlaps {} at {}",
                    a.name,
                    show(ra),
                    b.name,
                    show(rb)
                ));
            }
        }
    }
    problems
}

fn show(r: Rect) -> String {
    format!(
        "[{:.0},{:.0} – {:.0},{:.0}]",
        r.min.x, r.min.y, r.max.x, r.max.y
    )
}

/// Makes the window `px` pixels: with the text size's zoom, that many points fewer. Returns the
/// window in points.
fn resize(rig: &mut Rig, px: [f32; 2]) -> Rect {
    let zoom = rig.harness.ctx.zoom_factor();
    let size = egui::vec2(px[0], px[1]) / zoom;
    rig.harness.set_size(size);
    rig.harness.run();
    Rect::from_min_size(egui::Pos2::ZERO, size)
}

/// The languages every screen is checked in: the four offered, and the pseudo-language, English
/// 40% longer and accented (`en-XA`), for a language with longer words than any of them.
const LANGUAGES: [&str; 5] = ["en", "de", "es", "fr", "en-XA"];

/// Speaks `language` on this test's thread (the pseudo-language by its code).
fn speak(language: &str) {
    let id: l10n::LanguageIdentifier = language.parse().unwrap();
    if id == l10n::pseudo_language() {
        l10n::set_pseudo_language();
    } else {
        assert!(l10n::set_language(&id), "{language} is offered");
    }
}

/// Checks one screen in every language, window size, text size and theme: `home` fills the
/// user's folder first, `reach` goes from the launch to the screen, in the thread's language (its
/// clicks name the controls with [`tr!`]). Fails with every problem found.
fn check_screen(
    screen: &str,
    launch: &Launch,
    settings: &Settings,
    home: impl Fn(&Path),
    reach: impl Fn(&mut Rig),
) {
    let mut problems = Vec::new();
    for language in LANGUAGES {
        speak(language);
        problems.extend(problems_in(
            language, screen, launch, settings, &home, &reach,
        ));
    }
    assert!(
        problems.is_empty(),
        "{} layout problems:\n{}",
        problems.len(),
        problems.join("\n")
    );
}

/// The layout problems of one screen in the thread's language, `language`. The theme changes as
/// Settings changes it, on the screen reached: a theme changes colours, never a size, so the
/// screen is reached once per text size, not twice.
fn problems_in(
    language: &str,
    screen: &str,
    launch: &Launch,
    settings: &Settings,
    home: impl Fn(&Path),
    reach: impl Fn(&mut Rig),
) -> Vec<String> {
    let mut problems = Vec::new();
    for (scale, text) in TEXT_SIZES {
        let dir = tempfile::tempdir().unwrap();
        home(dir.path());
        let look = Settings {
            text_scale: scale,
            theme: Theme::Light,
            ..settings.clone()
        };
        let mut rig = rig_sized(dir, launch.clone(), look, SIZES[0]);
        reach(&mut rig);
        for theme in [Theme::Light, Theme::Dark] {
            rig.harness.ctx.set_theme(match theme {
                Theme::Light => egui::Theme::Light,
                Theme::Dark => egui::Theme::Dark,
            });
            for size in SIZES {
                let window = resize(&mut rig, size);
                let theme = format!("{theme:?}").to_lowercase();
                problems.extend(layout_problems(&rig.harness, window).into_iter().map(|p| {
                    format!(
                        "{screen} ({language}) at {}×{}, {text} text, {theme}: {p}",
                        size[0], size[1]
                    )
                }));
            }
        }
    }
    problems
}

fn nothing(_: &Path) {}

fn stay(_: &mut Rig) {}

/// The user's folder of someone who has been at it a while: a routine of their own, one with
/// errors, unsaved work and a draft that cannot be read.
fn lived_in(home: &Path) {
    let data = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data");
    let routines = home.join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    std::fs::copy(
        data.join("valid/every-field.ron"),
        routines.join("every-field.ron"),
    )
    .unwrap();
    std::fs::copy(
        data.join("broken/many-errors.ron"),
        routines.join("many-errors.ron"),
    )
    .unwrap();
    let drafts = home.join("drafts");
    std::fs::create_dir_all(&drafts).unwrap();
    std::fs::write(drafts.join("new-1.json"), "{ half a draft").unwrap();
}

fn library() -> Launch {
    Launch::Library
}

fn supine() -> Launch {
    Launch::Start("supine-bench-psoas".to_owned())
}

#[test]
fn library_fits() {
    check_screen("library", &library(), &quiet(), lived_in, stay);
}

#[test]
fn library_new_routine_menu_fits() {
    check_screen(
        "library, New routine menu",
        &library(),
        &quiet(),
        nothing,
        |rig| rig.click(&tr!("library-new")),
    );
}

#[test]
fn settings_fit() {
    check_screen("Settings", &library(), &quiet(), nothing, |rig| {
        rig.click(&tr!("settings-heading"));
    });
}

#[test]
fn overview_fits() {
    let open = Launch::Open("supine-bench-psoas".to_owned());
    check_screen("overview (bundled)", &open, &quiet(), nothing, stay);
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/valid/every-field.ron");
    let open = Launch::Open(file.display().to_string());
    check_screen("overview (a file)", &open, &quiet(), nothing, stay);
}

#[test]
fn pain_question_fits() {
    let ask = Settings::default();
    check_screen("pain question", &supine(), &ask, nothing, stay);
}

/// The player at `secs` into the supine bench routine.
fn player_at(screen: &str, secs: f64) {
    check_screen(screen, &supine(), &quiet(), nothing, |rig| {
        rig.at_secs(secs);
    });
}

#[test]
fn player_getting_ready_fits() {
    player_at("player, getting ready", 1.0);
}

#[test]
fn player_holding_fits() {
    player_at("player, holding", 16.0);
}

#[test]
fn player_resting_fits() {
    player_at("player, resting", 21.0);
}

#[test]
fn player_one_side_fits() {
    player_at("player, holding the left side", 180.0);
}

#[test]
fn player_switching_sides_fits() {
    player_at("player, switching sides", 290.0);
}

#[test]
fn player_last_hold_fits() {
    player_at("player, the last hold", 420.0);
}

#[test]
fn player_paused_fits() {
    check_screen("player, paused", &supine(), &quiet(), nothing, |rig| {
        rig.at_secs(16.0);
        rig.key(egui::Key::Space);
    });
}

#[test]
fn player_breathing_fits() {
    let launch = Launch::Start("myofascial-psoas".to_owned());
    check_screen("player, breathing", &launch, &quiet(), nothing, |rig| {
        rig.at_secs(30.0);
    });
}

#[test]
fn stop_question_fits() {
    check_screen("Stop question", &supine(), &quiet(), nothing, |rig| {
        rig.at_secs(16.0);
        rig.key(egui::Key::Escape);
    });
}

#[test]
fn finish_after_stopping_fits() {
    let ask = Settings::default();
    check_screen("finish after stopping", &supine(), &ask, nothing, |rig| {
        rig.click(&tr!("pain-skip-and-start"));
        rig.at_secs(16.0);
        rig.key(egui::Key::Escape);
        rig.click(&tr!("ask-stop-routine"));
    });
}

/// The short routine of the test data, played to its end with the pain question asked.
fn minimal() -> Launch {
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/valid/minimal.ron");
    Launch::Start(file.display().to_string())
}

/// The name of the button that answers the pain question with `pain`.
fn pain(pain: u8) -> String {
    tr!("pain-button-name", pain = pain)
}

fn play_to_the_end(rig: &mut Rig) {
    rig.click(&pain(6));
    let now = rig.clock.now().as_secs_f64();
    rig.at_secs(now + 3600.0);
}

#[test]
fn finish_fits() {
    check_screen("finish", &minimal(), &Settings::default(), nothing, |rig| {
        play_to_the_end(rig);
        rig.click(&pain(4));
    });
}

/// Clicks the editor's way back to the library. Its words are the editor's own (not yet in the
/// language files while they are being written): "All routines" if it has no other.
fn leave_the_editor(rig: &mut Rig) {
    let back = tr!("overview-back");
    if rig.shows(&back) {
        rig.click(&back);
    } else {
        rig.click("All routines");
    }
}

/// The supine bench psoas stretch's name in the thread's language.
fn supine_name() -> String {
    let bundled = stretch_timer::bundled::find("supine-bench-psoas").unwrap();
    let language = stretch_timer::resolve::bundled_language();
    bundled.load(&language).unwrap().name
}

/// "Copy of Supine bench psoas stretch", in the thread's language.
fn copy_of_supine() -> String {
    let name = supine_name();
    tr!("library-copy-of", name = name)
}

#[test]
fn editor_fits() {
    check_screen(
        "editor, blank routine",
        &library(),
        &quiet(),
        nothing,
        |rig| {
            rig.click(&tr!("library-new"));
            rig.click(&tr!("library-new-blank"));
        },
    );
    check_screen("editor, a copy", &library(), &quiet(), nothing, |rig| {
        rig.click(&tr!("library-new"));
        rig.click(&copy_of_supine());
    });
}

#[test]
fn leaving_the_editor_question_fits() {
    check_screen(
        "Save your changes? question",
        &library(),
        &quiet(),
        nothing,
        |rig| {
            rig.click(&tr!("library-new"));
            rig.click(&copy_of_supine());
            // The name's field: the one holding the copy's name, whatever its label's words.
            let name = rig
                .harness
                .query_all_by_role(Role::TextInput)
                .find(|f| f.value().is_some_and(|v| v.contains(&supine_name())))
                .unwrap();
            name.focus();
            name.type_text(" (mine)");
            rig.harness.run();
            leave_the_editor(rig);
        },
    );
}

/// A history of three sessions of the short routine this morning, pain 6 before and 3 after, as
/// the app records them.
fn with_sessions(home: &Path) {
    use stretch_timer::progress::Source;
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/data/valid/minimal.ron");
    let text = std::fs::read(&file).unwrap();
    let routine = stretch_timer::routine::load(&file).unwrap();
    let home = stretch_timer::home::Home::at(home);
    let path = stretch_timer::history::path_in(&home);
    let mut history = stretch_timer::history::History::open(&path).unwrap();
    for hours_ago in 1..=3 {
        let at = start_time().timestamp() - jiff::SignedDuration::from_hours(hours_ago);
        record_done(
            &mut history,
            Done {
                routine: &routine,
                source: Source::File(file.clone()),
                text: &text,
                at: start_time().with_timestamp(at),
                seconds: 60,
                pain_before: Some(6),
                pain_after: Some(3),
                note: "",
            },
        );
    }
}

fn history(rig: &mut Rig) {
    rig.click(&tr!("library-history"));
}

/// The label of each session's `button` on the history's Sessions tab, up to its date.
fn session_button(button: &str) -> String {
    let marker = "\u{1}";
    let name = match button {
        "history-add-note" => tr!("history-add-note", "name", when = marker),
        _ => tr!("history-delete", "name", when = marker),
    };
    name.split(marker).next().unwrap().to_owned()
}

/// Clicks the first session's `button` on the Sessions tab.
fn on_the_first_session(rig: &mut Rig, button: &str) {
    history(rig);
    rig.click(&tr!("history-tab-sessions"));
    let label = session_button(button);
    let button = rig
        .harness
        .root()
        .query_all_by_label_contains(&label)
        .next()
        .unwrap();
    button.click();
    rig.harness.run();
}

#[test]
fn history_fits() {
    let settings = Settings::default();
    check_screen(
        "history, this week",
        &library(),
        &settings,
        with_sessions,
        history,
    );
    check_screen(
        "history, charts",
        &library(),
        &settings,
        with_sessions,
        |rig| {
            history(rig);
            rig.click(&tr!("history-tab-charts"));
        },
    );
    check_screen(
        "history, sessions",
        &library(),
        &settings,
        with_sessions,
        |rig| {
            history(rig);
            rig.click(&tr!("history-tab-sessions"));
        },
    );
}

#[test]
fn history_questions_fit() {
    let settings = Settings::default();
    check_screen(
        "history, a note",
        &library(),
        &settings,
        with_sessions,
        |rig| {
            on_the_first_session(rig, "history-add-note");
        },
    );
    check_screen(
        "history, Delete question",
        &library(),
        &settings,
        with_sessions,
        |rig| on_the_first_session(rig, "history-delete"),
    );
}

/// The rectangles of the strokes drawn `width` points wide.
fn strokes(rig: &Rig, width: f32) -> Vec<Rect> {
    fn walk(shape: &egui::Shape, width: f32, out: &mut Vec<Rect>) {
        match shape {
            egui::Shape::Rect(r) if (r.stroke.width - width).abs() < 0.01 => out.push(r.rect),
            egui::Shape::Vec(shapes) => shapes.iter().for_each(|s| walk(s, width, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for clipped in &rig.harness.output().shapes {
        walk(&clipped.shape, width, &mut out);
    }
    out
}

#[test]
fn the_library_lists_your_routines_first_and_still_shows_a_broken_ones_errors() {
    let home = tempfile::tempdir().unwrap();
    lived_in(home.path());
    let rig = rig_in(home, Launch::Library, quiet());
    let top = |name: &str| rig.harness.get_by_label(name).rect().min.y;
    assert!(top("Every field") < top("Supine bench psoas stretch"));
    assert!(top("many-errors.ron") < top("Supine bench psoas stretch"));
    assert!(rig.shows_somewhere("This routine has errors and cannot be started · yours"));
    let entries = &rig.harness.state().library().entries;
    assert_eq!(entries[0].shelf, stretch_timer::app::library::Shelf::Yours);
}

#[test]
fn a_routine_card_focused_with_tab_has_a_ring_and_enter_opens_it() {
    use stretch_timer::app::library::FOCUS_RING;
    let mut rig = rig(Launch::Library);
    assert!(strokes(&rig, FOCUS_RING).is_empty(), "no ring before Tab");
    let mut tabs = 0;
    while !rig.harness.get_by_label("Floor psoas stretch").is_focused() {
        rig.key(egui::Key::Tab);
        tabs += 1;
        assert!(tabs < 20, "Tab never reaches the routine");
    }
    let title = rig.harness.get_by_label("Floor psoas stretch").rect();
    let rings = strokes(&rig, FOCUS_RING);
    assert_eq!(rings.len(), 1, "one ring: {rings:?}");
    assert!(
        rings[0].contains_rect(title),
        "{rings:?} is around {title:?}"
    );
    let other = rig.harness.get_by_label("Standing psoas stretch").rect();
    assert!(
        !rings[0].intersects(other),
        "the ring is around the focused card only"
    );
    rig.key(egui::Key::Enter);
    assert!(rig.shows("Start"), "Enter opens the focused routine");
}

/// The checker itself: it must see an overlap and a widget past the window, and must not flag a
/// button's own text or a list scrolled out of view.
#[test]
fn the_layout_check_finds_overlaps_and_cut_offs_and_nothing_else() {
    let window = Rect::from_min_size(egui::Pos2::ZERO, egui::vec2(400.0, 300.0));
    let problems = |app: fn(&mut egui::Ui)| {
        let mut harness = egui_kittest::Harness::builder()
            .with_size(window.size())
            .build_ui(app);
        harness.run();
        layout_problems(&harness, window)
    };
    let overlapping = problems(|ui| {
        ui.label("First");
        ui.put(
            Rect::from_min_size(egui::pos2(10.0, 5.0), egui::vec2(80.0, 20.0)),
            egui::Button::new("Second"),
        );
    });
    assert_eq!(overlapping.len(), 1, "{overlapping:?}");
    assert!(
        overlapping[0].contains("Label \"First\"") && overlapping[0].contains("Button \"Second\"")
    );

    let cut_off = problems(|ui| {
        ui.horizontal(|ui| {
            ui.add_space(350.0);
            let _ = ui.button("Far right");
        });
    });
    assert_eq!(cut_off.len(), 1, "{cut_off:?}");
    assert!(
        cut_off[0].contains("Button \"Far right\"") && cut_off[0].contains("runs past the window")
    );

    let fine = problems(|ui| {
        let _ = ui.button("A button with its text");
        egui::ScrollArea::vertical()
            .max_height(150.0)
            .show(ui, |ui| {
                for i in 0..40 {
                    ui.label(format!("Line {i} of a long list"));
                }
            });
        ui.label("Below the list");
    });
    assert!(fine.is_empty(), "{fine:?}");
}

/// A routine of the person's own prescribed five days a week, twice a day: "Remind me" suggests
/// two times for it.
fn prescribed(home: &Path) {
    let routines = home.join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    std::fs::write(
        routines.join("evening-hips.ron"),
        r#"Routine(format: 1, name: "Evening hips",
            schedule: Schedule(days_per_week: 5, times_per_day: 2),
            steps: [Step(name: "Psoas", hold: "30s")])"#,
    )
    .unwrap();
}

/// A reminder of a bundled routine at 09:30, half an hour after the rig's clock starts.
fn reminding(home: &Path) {
    let at = "09:30".parse().unwrap();
    let days = stretch_timer::reminders::Days::DAILY;
    let reminder = stretch_timer::reminders::Reminder::new("supine-bench-psoas", at, days);
    let reminders = stretch_timer::reminders::Reminders::from(vec![reminder]);
    stretch_timer::remind::store::save(&stretch_timer::home::Home::at(home), &reminders).unwrap();
}

/// "Remind me", a reminder due in the window and Settings with a reminder set.
#[test]
fn reminders_fit() {
    let open = Launch::Open("evening-hips".to_owned());
    check_screen("Remind me", &open, &quiet(), prescribed, |rig| {
        rig.click(&tr!("overview-remind-me"));
    });
    // Over a routine's page: the library's own fit is the library's test.
    check_screen(
        "a reminder due",
        &open,
        &quiet(),
        |home| {
            prescribed(home);
            reminding(home);
        },
        |rig| rig.at_secs(1800.0),
    );
    check_screen(
        "Settings with a reminder",
        &library(),
        &quiet(),
        reminding,
        |rig| rig.click(&tr!("settings-heading")),
    );
}
