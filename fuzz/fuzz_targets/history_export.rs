//! `stretch_timer::fuzzing::history_export`: the body is in the library, where `cargo test` also replays
//! this target's corpus (fuzz/corpus/history_export/) through it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| stretch_timer::fuzzing::history_export(data));
