//! A therapist's folder of 500 routines: the library lists them all, scrolls within a frame, and a
//! folder of them copied in at once is read once. A measurement, run in release (a debug build
//! lays out 500 cards in seconds, not milliseconds): see BENCHMARKS.md, "Scale".

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Test helpers may fail loudly.

use std::fs;
use std::path::Path;
use std::time::{Duration, Instant};

use crate::common::*;
use egui_kittest::kittest::Queryable as _;
use stretch_timer::app::Launch;
use stretch_timer::bundled;

const ROUTINES: usize = 500;

/// `count` routine files in `dir`, the bundled routines over and over, each with a name of its own
/// ("Standing psoas stretch 042"), as a therapist's folder of variations looks.
fn write_routines(dir: &Path, count: usize) {
    fs::create_dir_all(dir).unwrap();
    for i in 0..count {
        let bundled = &bundled::ALL[i % bundled::ALL.len()];
        let name = bundled.load("en").unwrap().name;
        let text = bundled.text("en").replacen(
            &format!("name: \"{name}\""),
            &format!("name: \"{name} {i:03}\""),
            1,
        );
        assert_ne!(text, bundled.text("en"), "the name is renamed");
        fs::write(dir.join(format!("{}-{i:03}.ron", bundled.id)), text).unwrap();
    }
}

/// The name of the last of [`write_routines`]' routines.
fn last_name() -> String {
    let bundled = &bundled::ALL[(ROUTINES - 1) % bundled::ALL.len()];
    format!("{} {:03}", bundled.load("en").unwrap().name, ROUTINES - 1)
}

/// Scrolls the library by a wheel's notch.
fn scroll(rig: &Rig) {
    rig.harness.event(egui::Event::MouseWheel {
        unit: egui::MouseWheelUnit::Line,
        delta: egui::vec2(0.0, -3.0),
        phase: egui::TouchPhase::Move,
        source: egui::MouseWheelSource::Wheel,
        modifiers: egui::Modifiers::NONE,
    });
}

#[test]
#[ignore = "a measurement (BENCHMARKS.md): cargo test --release --test it -- --ignored scale:: --nocapture"]
fn five_hundred_routines_scroll_within_a_frame_and_are_read_once() {
    let home = tempfile::tempdir().unwrap();
    let routines = home.path().join("routines");
    write_routines(&routines, ROUTINES);

    let start = Instant::now();
    let mut rig = rig_in(home, Launch::Library, quiet());
    rig.harness.run();
    let last = last_name();
    assert!(rig.shows_somewhere(&last), "{last} is listed");
    println!(
        "app made with {ROUTINES} routines, library drawn: {:.1} ms",
        start.elapsed().as_secs_f64() * 1e3
    );
    rig.harness.hover_at(egui::pos2(550.0, 400.0));
    let (ui, tess) = frame_ms(&mut rig, 30);
    println!("a library frame, still: {ui:.2} + {tess:.2} ms");
    let (ui, tess) = frames_ms(&mut rig, 60, scroll);
    println!("a library frame, scrolling a notch each frame: {ui:.2} + {tess:.2} ms");

    // Another 500 written while the app is open, as a folder copied in: the watcher gathers them
    // (300 ms of quiet) and the library is read again once.
    write_routines(&routines.join("copied"), ROUTINES);
    let waited = Instant::now();
    let mut reads = Vec::new();
    while waited.elapsed() < Duration::from_secs(10) {
        let frame = Instant::now();
        rig.harness.step();
        let ms = frame.elapsed().as_secs_f64() * 1e3;
        if ms > 20.0 {
            reads.push(ms);
        }
        if rig.harness.query_all_by_label(&last).count() == 2 {
            break;
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_eq!(
        rig.harness.query_all_by_label(&last).count(),
        2,
        "the copies are listed"
    );
    println!(
        "the copies listed after {:.0} ms; frames over 20 ms meanwhile (the folder read again): {reads:.1?}",
        waited.elapsed().as_secs_f64() * 1e3
    );
}
