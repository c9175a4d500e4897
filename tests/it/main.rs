//! The integration tests, one binary (one link after a change, not one per file): each module
//! tests one part of the app as a person or a program meets it. `cargo test --test it MODULE`
//! runs one part, e.g. `cargo test --test it screens::player`.

mod common;

mod a11y;
mod app;
mod app_reminders;
mod authoring;
mod cli;
mod editor_media;
mod editor_record;
mod editor_screen;
mod faults;
mod fuzz_corpus;
mod handout;
mod history;
mod history_cli;
mod languages;
mod media;
mod outcomes;
mod packaging;
mod player;
mod player_drawing;
mod player_screen;
mod prescription;
mod record_device;
mod remind;
mod render;
mod report;
mod scale;
mod screens;
mod share;
mod speech;
mod steady;
mod structure;
mod words_in_code;
