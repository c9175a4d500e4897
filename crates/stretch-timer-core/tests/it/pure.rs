//! The core stays pure by construction: its dependency tree reaches no window system, sound device
//! or command-line parser. A dependency that would pull one in fails here.

use std::process::Command;

/// Crates the core must never depend on, directly or not.
const SHELL_CRATES: &[&str] = &["egui", "eframe", "winit", "rodio", "cpal", "clap", "glow"];

#[test]
fn the_core_depends_on_no_window_sound_or_command_line_crate() {
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".to_owned());
    let output = Command::new(cargo)
        .args([
            "tree",
            "--offline",
            "--package",
            "stretch-timer-core",
            "--edges",
            "normal,build",
            "--prefix",
            "none",
            "--format",
            "{p}",
        ])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    let tree = String::from_utf8_lossy(&output.stdout);
    assert!(
        output.status.success(),
        "cargo tree failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    let names: Vec<&str> = tree
        .lines()
        .filter_map(|line| line.split_whitespace().next())
        .collect();
    assert!(names.contains(&"stretch-timer-core"), "{tree}");
    assert!(
        names.contains(&"ron"),
        "the tree lists dependencies: {tree}"
    );
    for banned in SHELL_CRATES {
        assert!(
            !names.contains(banned),
            "the core depends on {banned}:\n{tree}"
        );
    }
}
