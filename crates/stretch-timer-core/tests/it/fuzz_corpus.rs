//! The core's fuzz targets' corpora (fuzz/corpus/TARGET/, kept in the repository), each file run
//! through its target's own body (`stretch_timer_core::fuzzing`): every input a fuzzer kept, and
//! every seed, keeps the properties the target states, in plain `cargo test`. The shell's targets
//! are replayed by the root crate's tests (tests/it/fuzz_corpus.rs).

use std::path::Path;

use stretch_timer_core::fuzzing;

#[test]
fn every_file_of_the_core_targets_corpora_keeps_their_properties() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../fuzz/corpus");
    let replayed = fuzzing::replay(&corpus, fuzzing::TARGETS);
    assert!(
        replayed.failures.is_empty(),
        "{}",
        replayed.failures.join("\n")
    );
    assert!(replayed.files >= fuzzing::TARGETS.len(), "{replayed:?}");
}
