//! A step's picture and recording chosen in the editor, as a therapist does it: the file is
//! copied into the routine's folder (a single-file routine first moved into a folder of its own),
//! the field names the copy, a preview shows it, Save writes it, and the player uses it. Tests
//! have no file dialog: the path is typed, as where none can be shown.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Tests may fail loudly.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::common::*;
use egui_kittest::kittest::Queryable as _;
use stretch_timer::app::Launch;
use stretch_timer::app::dialogs::{FileDialogs, FileRequest};
use stretch_timer::audio::bank::Sound;

/// A file of the test data, by its full path (what a person would type).
fn data(file: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/data/media")
        .join(file)
}

/// The user's folder with `minimal.ron` ("Minimal", one step "Stretch") as a single file.
fn home_with_minimal() -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let routines = home.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    std::fs::copy("tests/data/valid/minimal.ron", routines.join("minimal.ron")).unwrap();
    home
}

/// The editor on "Minimal", with paths typed instead of a file dialog.
fn editing_minimal() -> Rig {
    let mut rig = rig_in(
        home_with_minimal(),
        Launch::Open("minimal".to_owned()),
        quiet(),
    );
    press(&mut rig, "Edit");
    assert!(rig.shows("Editing: Minimal"));
    rig
}

/// Chooses `file` for step 1's picture or recording (`noun`) through the typed path.
fn choose(rig: &mut Rig, noun: &str, file: &Path) {
    press(rig, &format!("Choose a {noun} for step 1"));
    assert!(rig.shows_containing("No file dialog can be shown here"));
    set_field(rig, &format!("Path of the {noun}"), file.to_str().unwrap());
    press(rig, &format!("Use this {noun}"));
}

/// Clicks the control named `label`, as `Rig::click` does, letting the app draw a few more
/// frames than the harness allows by default: moving the routine's file wakes the app from the
/// folder watcher's own thread.
fn press(rig: &mut Rig, label: &str) {
    rig.harness.get_by_label(label).scroll_to_me();
    frames(rig);
    rig.harness.get_by_label(label).click();
    frames(rig);
}

/// Lets the picture loader's thread finish and the app draw what it decoded.
fn settle(rig: &mut Rig, shown: &str) {
    for _ in 0..200 {
        if rig.shows(shown) {
            return;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        frames(rig);
    }
}

/// The desktop's file dialogs as a person answers them: `picks` is chosen, whatever is asked;
/// what was asked is kept.
struct Picking {
    picks: PathBuf,
    asked: Arc<Mutex<Vec<FileRequest>>>,
}

impl FileDialogs for Picking {
    fn ask(&self, request: FileRequest) -> Option<PathBuf> {
        self.asked.lock().unwrap().push(request);
        Some(self.picks.clone())
    }
}

#[test]
fn a_picture_chosen_in_the_desktops_file_dialog_is_copied_in_and_named() {
    let asked = Arc::new(Mutex::new(Vec::new()));
    let dialogs = Picking {
        picks: data("upright.jpg"),
        asked: Arc::clone(&asked),
    };
    let mut rig = rig_changed(
        home_with_minimal(),
        Launch::Open("minimal".to_owned()),
        quiet(),
        [1100.0, 760.0],
        |deps| deps.dialogs = Some(Arc::new(dialogs)),
    );
    press(&mut rig, "Edit");
    press(&mut rig, "Choose a picture for step 1");
    assert!(!rig.shows_containing("No file dialog can be shown here"));
    for _ in 0..200 {
        if field_text(&rig, "Step 1 picture") == "upright.jpg" {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(10));
        frames(&mut rig);
    }
    assert_eq!(field_text(&rig, "Step 1 picture"), "upright.jpg");
    let copy = rig.home.path().join("routines/minimal/upright.jpg");
    assert_eq!(
        std::fs::read(copy).unwrap(),
        std::fs::read(data("upright.jpg")).unwrap()
    );
    let routines = rig.home.path().join("routines");
    assert_eq!(
        *asked.lock().unwrap(),
        [FileRequest::Picture {
            step: 0,
            from: routines
        }],
        "the dialog opens where the routine's files are"
    );
}

#[test]
fn a_chosen_picture_is_copied_into_the_routines_folder_shown_saved_and_played() {
    let mut rig = editing_minimal();
    let routines = rig.home.path().join("routines");
    choose(&mut rig, "picture", &data("upright.jpg"));

    let folder = routines.join("minimal");
    let copy = folder.join("upright.jpg");
    assert_eq!(
        std::fs::read(&copy).unwrap(),
        std::fs::read(data("upright.jpg")).unwrap()
    );
    assert!(data("upright.jpg").exists(), "copied, never moved");
    assert_eq!(field_text(&rig, "Step 1 picture"), "upright.jpg");
    settle(&mut rig, "Step 1 picture: upright.jpg");
    assert!(rig.shows("Step 1 picture: upright.jpg"), "the preview");
    assert!(rig.shows_containing("Your picture is shown instead of a drawing."));

    press(&mut rig, "Save");
    let file = folder.join("minimal.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("image: \"upright.jpg\""), "{text}");
    let routine = stretch_timer::routine::load(&file).unwrap();
    assert_eq!(routine.steps[0].image.as_ref().unwrap().path, copy);

    press(&mut rig, "All routines");
    press(&mut rig, "Minimal");
    press(&mut rig, "Start");
    settle(&mut rig, "Picture of Stretch");
    assert!(rig.shows("Picture of Stretch"), "the player shows it");
}

#[test]
fn a_chosen_recording_is_copied_plays_in_the_editor_and_is_saved() {
    let mut rig = editing_minimal();
    choose(&mut rig, "recording", &data("chime.wav"));
    let folder = rig.home.path().join("routines/minimal");
    assert!(folder.join("chime.wav").is_file());
    assert_eq!(field_text(&rig, "Step 1 recording"), "chime.wav");
    assert!(!rig.shows_containing("cannot be used"));

    rig.sounds();
    press(&mut rig, "Play step 1 recording");
    assert_eq!(rig.sounds(), vec![Sound::StepVoice(0)]);
    assert!(rig.shows("Stop step 1 recording"), "while it plays");

    press(&mut rig, "Save");
    let file = folder.join("minimal.ron");
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("voice: \"chime.wav\""), "{text}");
    let routine = stretch_timer::routine::load(&file).unwrap();
    assert!(routine.steps[0].voice.is_some());

    press(&mut rig, "All routines");
    press(&mut rig, "Minimal");
    press(&mut rig, "Start");
    assert!(
        rig.sounds().contains(&Sound::StepVoice(0)),
        "the player plays it as the step begins"
    );
}

#[test]
fn a_single_file_routine_moves_into_a_folder_of_its_own_and_still_opens_from_the_library() {
    let mut rig = editing_minimal();
    let routines = rig.home.path().join("routines");
    choose(&mut rig, "picture", &data("upright.jpg"));
    assert!(!routines.join("minimal.ron").exists());
    assert!(routines.join("minimal/minimal.ron").is_file());
    assert!(rig.shows_containing("File: minimal.ron in minimal"));

    // Another file of the same name is copied beside it under a free name.
    let elsewhere = tempfile::tempdir().unwrap();
    let other = elsewhere.path().join("upright.jpg");
    std::fs::copy(data("rotated-6.jpg"), &other).unwrap();
    choose(&mut rig, "picture", &other);
    assert_eq!(field_text(&rig, "Step 1 picture"), "upright-2.jpg");
    assert!(routines.join("minimal/upright.jpg").is_file());

    press(&mut rig, "Save");
    assert!(rig.shows("Saved"));
    press(&mut rig, "All routines");
    assert_eq!(rig.harness.query_all_by_label("Minimal").count(), 1);
    press(&mut rig, "Minimal");
    assert!(rig.shows("Start"), "it opens on its overview");
}

#[test]
fn an_opus_voice_note_is_refused_at_its_field_and_not_copied() {
    let mut rig = editing_minimal();
    choose(&mut rig, "recording", &data("voice-note.opus"));
    assert!(rig.shows_containing("\"voice-note.opus\" cannot be used: it is an Opus recording"));
    assert_eq!(field_text(&rig, "Step 1 recording"), "");
    let routines = rig.home.path().join("routines");
    assert!(
        routines.join("minimal.ron").is_file(),
        "nothing taken in: the routine stays where it was"
    );
    assert!(!routines.join("minimal").exists());

    // A playable one afterwards is taken, and the message goes.
    choose(&mut rig, "recording", &data("chime.ogg"));
    assert_eq!(field_text(&rig, "Step 1 recording"), "chime.ogg");
    assert!(!rig.shows_containing("it is an Opus recording"));
}

#[test]
fn a_new_routine_gets_its_folder_with_its_first_picture_and_is_saved_there() {
    let mut rig = rig(Launch::Library);
    press(&mut rig, "New routine");
    press(&mut rig, "Blank routine");
    set_field(&mut rig, "Routine name", "Knee rolls");
    choose(&mut rig, "picture", &data("upright.jpg"));
    let folder = rig.home.path().join("routines/knee-rolls");
    assert!(folder.join("upright.jpg").is_file());
    assert!(
        !folder.join("knee-rolls.ron").exists(),
        "written on Save, not before"
    );
    set_field(&mut rig, "Step 1 name", "Rolls");
    set_field(&mut rig, "Step 1 hold", "30s");
    press(&mut rig, "Save");
    let text = std::fs::read_to_string(folder.join("knee-rolls.ron")).unwrap();
    assert!(text.contains("image: \"upright.jpg\""), "{text}");
    press(&mut rig, "All routines");
    press(&mut rig, "Knee rolls");
    assert!(rig.shows("Start"));
}
