//! `stretch_timer_core::fuzzing::routine_loader`: the body is in the library, where `cargo test` also
//! replays this target's corpus (fuzz/corpus/routine_loader/) through it.
#![no_main]

libfuzzer_sys::fuzz_target!(|data: &[u8]| stretch_timer_core::fuzzing::routine_loader(data));
