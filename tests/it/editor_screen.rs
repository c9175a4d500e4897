//! The editor, the notices, files opened from outside and the overview, as a therapist and a
//! client meet them: driven through the real UI (AccessKit names) with the shared kittest rig.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Tests may fail loudly.

use crate::common;

use crate::common::*;
use egui::Key;
use egui_kittest::kittest::Queryable as _;
use stretch_timer::app::Launch;
use stretch_timer::app::settings::Settings;
use stretch_timer::routine::Drawing;

const EMPTY_NAME: &str = "Name is empty; give it a short name a client will recognise";

/// Replaces the text of the field named `label` with `text`, as a person does: click into it,
/// select everything, type.
fn set_field(rig: &mut Rig, label: &str, text: &str) {
    control(rig, label).focus();
    rig.harness.run();
    rig.harness
        .key_press_modifiers(egui::Modifiers::COMMAND, Key::A);
    rig.harness.run();
    rig.harness.key_press(Key::Backspace);
    rig.harness.run();
    control(rig, label).type_text(text);
    rig.harness.run();
}

/// Where the control named `label` is (not a text label of the same words beside it).
fn rect(rig: &Rig, label: &str) -> egui::Rect {
    control(rig, label).rect()
}

/// The window's area in points, as the app sees it.
fn window(rig: &Rig) -> egui::Rect {
    rig.harness.ctx.content_rect()
}

fn new_blank_routine(rig: &mut Rig) {
    rig.click("New routine");
    rig.click("Blank routine");
    assert!(rig.shows("Editing: Untitled routine"));
}

/// A routine file in the user's folder, from `tests/data/valid`.
fn home_with(file: &str) -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let routines = home.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    std::fs::copy(format!("tests/data/valid/{file}"), routines.join(file)).unwrap();
    home
}

/// Every field of the routine and of its first step, and the step's buttons.
const FIELDS: &[&str] = &[
    "Routine name",
    "Summary",
    "Written by",
    "Safety",
    "Step 1 name",
    "Step 1 instructions",
    "Step 1 sides: Left only",
    "Step 1 hold",
    "Step 1 repetitions",
    "Step 1 get ready",
    "Step 1 rest",
    "Step 1 switch sides",
    "Step 1 countdown",
    "Step 1 halfway cue",
    "Step 1 breathing pace",
    "Step 1 picture",
    "Step 1 recording",
    "Remove step 1",
    "Try from step 1",
];

#[test]
fn a_message_appearing_while_typing_moves_no_other_field() {
    let mut rig = rig_sized(
        tempfile::tempdir().unwrap(),
        Launch::Library,
        quiet(),
        [1280.0, 1000.0],
    );
    new_blank_routine(&mut rig);
    for (field, bad, message) in [
        ("Routine name", "", EMPTY_NAME),
        (
            "Step 1 hold",
            "1.5m",
            "Hold: \"1.5m\" has a fraction; durations are whole seconds, e.g. \"1m30s\" instead of \"1.5m\"",
        ),
        ("Step 1 rest", "soon", "Rest between:"),
    ] {
        let before: Vec<(&str, egui::Rect)> = FIELDS
            .iter()
            .filter(|f| **f != field)
            .map(|f| (*f, rect(&rig, f)))
            .collect();
        set_field(&mut rig, field, "x");
        set_field(&mut rig, field, bad);
        assert!(
            rig.harness
                .query_all_by_label_contains(message)
                .next()
                .is_some(),
            "{field}: its message is shown"
        );
        for (other, was) in &before {
            assert_eq!(
                rect(&rig, other),
                *was,
                "{other} moved when {field}'s message appeared"
            );
        }
    }
    // Fixed again: the messages go, and still nothing moves.
    let before: Vec<(&str, egui::Rect)> = FIELDS.iter().map(|f| (*f, rect(&rig, f))).collect();
    set_field(&mut rig, "Step 1 hold", "45s");
    set_field(&mut rig, "Step 1 rest", "0s");
    set_field(&mut rig, "Routine name", "Steady");
    set_field(&mut rig, "Step 1 name", "Knee hug");
    assert!(rig.shows("No problems: ready to save and to use."));
    for (field, was) in &before {
        assert_eq!(rect(&rig, field), *was, "{field} moved as messages went");
    }
}

#[test]
fn a_blank_routine_opens_without_messages_and_save_shows_them() {
    let mut rig = rig(Launch::Library);
    new_blank_routine(&mut rig);
    assert!(
        !rig.shows_somewhere(EMPTY_NAME),
        "nothing typed, nothing wrong yet"
    );
    assert!(rig.shows("Not finished"));
    assert!(!rig.shows_containing("problems to fix"));
    assert!(!rig.shows_containing("problem to fix"));
    // Being in a field and leaving it shows its message.
    control(&rig, "Routine name").focus();
    rig.harness.run();
    control(&rig, "Written by").focus();
    rig.harness.run();
    assert!(rig.shows_somewhere(EMPTY_NAME), "the name, once left empty");
    assert!(
        rig.harness
            .query_all_by_label_contains("Step 1: Name is empty")
            .next()
            .is_none(),
        "the step's name, not yet visited, says nothing"
    );
    // Save shows every problem.
    rig.click("Save");
    rig.click("Keep editing");
    assert!(
        rig.shows_containing("Step 1: Name is empty"),
        "listed with the problems"
    );
    assert!(rig.shows("2 problems"));
}

#[test]
fn a_new_step_is_not_flagged_and_comes_into_view() {
    let mut rig = rig_sized(
        tempfile::tempdir().unwrap(),
        Launch::Open("standing-psoas".to_owned()),
        quiet(),
        [1024.0, 640.0],
    );
    rig.click("Edit a copy");
    assert!(rig.shows("No problems: ready to save and to use."));
    rig.click("Add a step");
    let name = rect(&rig, "Step 3 name");
    let window = window(&rig);
    assert!(
        window.contains_rect(name),
        "the new step's name at {name:?} is in the window {window:?}"
    );
    assert!(
        !rig.shows_somewhere(EMPTY_NAME),
        "a new step is not flagged before it is filled in"
    );
    assert!(rig.shows("Not finished"));
}

#[test]
fn in_a_small_window_the_editor_scrolls_with_a_bar_that_is_always_drawn() {
    for text_scale in [1.0, 2.0] {
        let mut rig = rig_sized(
            tempfile::tempdir().unwrap(),
            Launch::Open("standing-psoas".to_owned()),
            Settings {
                text_scale,
                ..quiet()
            },
            [1024.0, 640.0],
        );
        rig.click("Edit a copy");
        let window = window(&rig);
        assert!(
            !window.contains_rect(rect(&rig, "Add a step")),
            "at {text_scale}: the steps run below the window"
        );
        assert!(
            rig.harness
                .query_all_by_role(egui::accesskit::Role::ScrollBar)
                .any(|bar| window.contains_rect(bar.rect())),
            "at {text_scale}: a scroll bar in the window"
        );
        assert!(
            !rig.harness.ctx.global_style().spacing.scroll.floating,
            "solid bars, drawn whether the pointer is over them or not"
        );
        rig.click("Add a step");
        assert_eq!(rig.harness.state().editor().unwrap().draft.steps.len(), 3);
    }
}

#[test]
fn all_routines_goes_to_the_library() {
    let mut rig = rig_in(
        home_with("minimal.ron"),
        Launch::Open("minimal".to_owned()),
        quiet(),
    );
    rig.click("Edit");
    assert!(rig.shows("Editing: Minimal"));
    rig.click("All routines");
    assert!(rig.shows("Routines"), "the library");
    assert!(!rig.shows("Start"));
}

#[test]
fn notices_of_files_written_wrap_in_the_window_with_open_folder_and_save_as() {
    let mut rig = rig_sized(
        home_with("every-field.ron"),
        Launch::Open("every-field".to_owned()),
        Settings {
            text_scale: 2.0,
            ..quiet()
        },
        [1024.0, 640.0],
    );
    rig.click("Export to share");
    let window = window(&rig);
    assert!(
        rig.shows_containing("as every-field.zip in exports: send this one file"),
        "a short name, not the folder's whole path"
    );
    assert!(!rig.shows_containing(&rig.home.path().display().to_string()));
    let notice = rig
        .harness
        .get_by_label_contains("send this one file to your client")
        .rect();
    assert!(
        notice.max.x <= window.max.x,
        "the notice at {notice:?} wraps inside {window:?}"
    );
    for button in ["Open folder", "Save as…", "Dismiss"] {
        let at = rect(&rig, button);
        assert!(
            window.contains_rect(at),
            "{button} at {at:?} is in the window"
        );
    }
    rig.click("Dismiss");
    rig.click("Printable handout");
    assert!(rig.shows_containing("The handout is written as every-field.html in handouts"));
    assert!(rig.shows("Open folder"));
    assert!(!rig.shows("Save as…"), "a handout is opened, not sent");
}

#[test]
fn a_broken_file_opened_from_outside_shows_its_errors_and_is_fixed_in_the_app() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("unknown-field.ron");
    std::fs::copy("tests/data/broken/unknown-field.ron", &file).unwrap();
    let mut rig = rig(Launch::Open(file.display().to_string()));
    assert!(rig.shows("unknown-field.ron"));
    assert!(rig.shows("This routine has errors and cannot be started."));
    assert!(rig.shows(r#"line 7, column 13: unknown field "hodl" in Step; did you mean "hold"?"#));
    assert!(!rig.shows("Start"));
    rig.click("Edit");
    assert!(rig.shows("Fixing: unknown-field.ron"));
    assert!(rig.shows("1 problem"));
    let fixed = std::fs::read_to_string(&file)
        .unwrap()
        .replace("hodl", "hold");
    set_field(&mut rig, "Routine file text", &fixed);
    assert!(rig.shows("No problems: save to use it"));
    rig.click("Save");
    assert_eq!(std::fs::read_to_string(&file).unwrap(), fixed);
    assert!(rig.shows("Start"), "whole again: its overview");
    assert!(rig.shows_containing("it has no errors now"));
}

#[test]
fn leaving_a_fix_unsaved_asks_first() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("unknown-field.ron");
    std::fs::copy("tests/data/broken/unknown-field.ron", &file).unwrap();
    let before = std::fs::read_to_string(&file).unwrap();
    let mut rig = rig(Launch::Open(file.display().to_string()));
    rig.click("Edit");
    set_field(&mut rig, "Routine file text", "Routine(");
    rig.click("All routines");
    assert!(rig.shows("Your changes to this file are not saved."));
    rig.click("Leave without saving");
    assert!(rig.shows("Routines"));
    assert_eq!(std::fs::read_to_string(&file).unwrap(), before);
}

#[test]
fn where_no_file_dialog_can_be_shown_the_path_is_typed() {
    let mut rig = rig_in(home_with("every-field.ron"), Launch::Library, quiet());
    rig.click(&stretch_timer::share::import_button());
    assert!(rig.shows_containing("No file dialog can be shown here"));
    let path = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/valid/minimal.ron");
    set_field(&mut rig, "Path of the file to open", path);
    rig.click("Open this file");
    assert!(rig.shows("Minimal"));
    assert!(rig.shows("Start"));

    // "Save as…" after an export: the same, for where the copy goes.
    rig.click("All routines");
    rig.click("Every field");
    rig.click("Export to share");
    rig.click("Save as…");
    assert!(rig.shows_containing("Type where to save a copy of every-field.zip"));
    let elsewhere = tempfile::tempdir().unwrap();
    let copy = elsewhere.path().join("for-ann.zip");
    set_field(&mut rig, "Where to save the copy", copy.to_str().unwrap());
    rig.click("Save the copy");
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        std::fs::read(rig.home.path().join("exports/every-field.zip")).unwrap()
    );
    assert!(rig.shows_containing("Saved a copy as for-ann.zip"));
    assert!(rig.shows("Open folder"));
}

#[test]
fn the_overview_counts_one_step_and_start_is_in_the_window_at_the_largest_text() {
    let rig = rig_sized(
        home_with("every-field.ron"),
        Launch::Open("every-field".to_owned()),
        Settings {
            text_scale: 2.0,
            ..quiet()
        },
        [1024.0, 640.0],
    );
    let window = window(&rig);
    let start = rect(&rig, "Start");
    assert!(
        window.contains_rect(start),
        "Start at {start:?} in {window:?}"
    );
    let minimal = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/data/valid/minimal.ron");
    let one = common::rig(Launch::Open(minimal.to_owned()));
    assert!(one.shows_containing("· 1 step"));
    assert!(!one.shows_containing("1 steps"));
}

#[test]
fn a_steps_drawing_is_chosen_saved_in_its_own_field_and_the_name_is_left_alone() {
    let home = tempfile::tempdir().unwrap();
    let routines = home.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    let file = routines.join("mine.ron");
    std::fs::copy("tests/data/valid/minimal.ron", &file).unwrap();
    let mut rig = rig_in(home, Launch::Open("mine".to_owned()), quiet());
    rig.click("Edit");
    set_field(&mut rig, "Step 1 name", "Hip opener");
    assert!(rig.shows_containing("None: no drawing's words are in the step's name."));
    rig.click("Choose a drawing for step 1");
    rig.click("Step 1 drawing Knees to chest");
    assert!(rig.shows_containing("Knees to chest, chosen for this step."));
    let draft = &rig.harness.state().editor().unwrap().draft;
    assert_eq!(
        draft.steps[0].name, "Hip opener",
        "the name is left as typed"
    );
    assert_eq!(draft.steps[0].drawing, Some(Drawing::KneesToChest));

    rig.click("Save");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(
        text.contains("            name: \"Hip opener\",\n"),
        "{text}"
    );
    assert!(
        text.contains("            drawing: \"knees-to-chest\",\n"),
        "{text}"
    );
    let saved = stretch_timer::routine::load(&file).unwrap();
    assert_eq!(saved.steps[0].drawing, Some(Drawing::KneesToChest));

    // Opened again from the library, the choice is there; "No drawing" is kept as such, and
    // "Picked by the step's name" takes the field out.
    rig.click("All routines");
    rig.click("Minimal");
    rig.click("Edit");
    assert!(rig.shows_containing("Knees to chest, chosen for this step."));
    rig.click("Choose a drawing for step 1");
    rig.click("Step 1 drawing No drawing");
    assert!(rig.shows_containing("None: this step shows no drawing."));
    rig.click("Save");
    assert!(
        std::fs::read_to_string(&file)
            .unwrap()
            .contains("drawing: \"none\",")
    );
    set_field(&mut rig, "Step 1 name", "Standing tall");
    assert!(rig.shows_containing("None: this step shows no drawing."));
    rig.click("Choose a drawing for step 1");
    rig.click("Step 1 drawing Picked by the step's name");
    assert!(rig.shows_containing("Standing, picked by the step's name."));
    rig.click("Save");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(!text.contains("drawing"), "{text}");
    assert_eq!(
        stretch_timer::routine::load(&file).unwrap().steps[0].drawing,
        None
    );
}
