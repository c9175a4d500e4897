//! The core's integration tests, one binary: properties of the format and the engine, the editor's
//! writer read back, sessions driven by plain numbers, and the dependency tree kept pure.

mod engine_props;
mod format_props;
mod fuzz_corpus;
mod pure;
mod round_trip;
mod session;
