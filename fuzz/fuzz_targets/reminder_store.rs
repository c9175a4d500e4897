//! `stretch_timer::fuzzing::reminder_store`: the body is in the library, where `cargo test` also replays
//! this target's corpus (fuzz/corpus/reminder_store/) through it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| stretch_timer::fuzzing::reminder_store(data));
