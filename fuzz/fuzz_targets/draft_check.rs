//! `stretch_timer_core::fuzzing::draft_check`: the body is in the library, where `cargo test` also
//! replays this target's corpus (fuzz/corpus/draft_check/) through it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| stretch_timer_core::fuzzing::draft_check(data));
