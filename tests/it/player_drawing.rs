//! The drawing the player shows for a step: the one its `drawing` field names, none for `"none"`,
//! and without the field the one its name's words pick, as before the field existed.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Tests may fail loudly.

use crate::common::*;
use stretch_timer::app::Launch;

/// Every step is named "Knees to chest", whose words pick the knees-to-chest drawing; each
/// lasts 5 s of getting ready and a 10 s hold.
const ROUTINE: &str = r#"Routine(
    format: 1,
    name: "Drawings",
    steps: [
        Step(name: "Knees to chest", hold: 10, drawing: "standing-lunge"),
        Step(name: "Knees to chest", hold: 10, drawing: "none"),
        Step(name: "Knees to chest", hold: 10),
    ],
)
"#;

const KNEES: &str = "Drawing: lying on the back, both knees hugged to the chest";
const LUNGE: &str = "Drawing: split stance, back leg stretched, one hand on a chair";

#[test]
fn the_player_shows_the_drawing_a_step_names_before_the_one_its_name_picks() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("drawings.ron");
    std::fs::write(&file, ROUTINE).unwrap();
    let mut rig = rig_sized(
        tempfile::tempdir().unwrap(),
        Launch::Start(file.display().to_string()),
        quiet(),
        [1280.0, 800.0],
    );
    rig.at_secs(7.0);
    assert!(rig.shows(LUNGE), "step 1 names the lunge");
    assert!(!rig.shows(KNEES));
    rig.at_secs(22.0);
    assert!(rig.shows("Knees to chest"), "step 2 is playing");
    assert!(!rig.shows_containing("Drawing:"), "step 2 asks for none");
    rig.at_secs(37.0);
    assert!(rig.shows(KNEES), "step 3 is picked by its name, as before");
    assert!(!rig.shows(LUNGE));
}
