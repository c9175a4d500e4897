//! `stretch_timer::fuzzing::share_import`: the body is in the library, where `cargo test` also replays
//! this target's corpus (fuzz/corpus/share_import/) through it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| stretch_timer::fuzzing::share_import(data));
