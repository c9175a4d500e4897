//! The fuzz corpora kept in the repository (fuzz/corpus/TARGET/), each file run through its
//! target's own body (`stretch_timer::fuzzing`): every input a fuzzer kept, and every seed, keeps
//! the properties the target states, in plain `cargo test`. The core's targets are replayed by the
//! core's tests (crates/stretch-timer-core/tests/it/fuzz_corpus.rs); this also checks that every
//! target in fuzz/ is replayed by one or the other, and that the corpora stay small.

#![allow(clippy::unwrap_used)] // Test helpers may fail loudly.

use std::fs;
use std::path::Path;

use stretch_timer::fuzzing;

/// The corpora together stay well under this: they are seeds and the fuzzer's minimised finds,
/// not its whole working corpus.
const MOST_BYTES: u64 = 512 * 1024;

fn corpus() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/corpus")
}

#[test]
fn every_file_of_the_shell_targets_corpora_keeps_their_properties() {
    let replayed = stretch_timer_core::fuzzing::replay(&corpus(), fuzzing::TARGETS);
    assert!(
        replayed.failures.is_empty(),
        "{}",
        replayed.failures.join("\n")
    );
    assert!(replayed.files >= fuzzing::TARGETS.len(), "{replayed:?}");
}

#[test]
fn every_fuzz_target_is_replayed_and_the_corpora_are_small() {
    let mut targets: Vec<String> =
        fs::read_dir(Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz/fuzz_targets"))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter_map(|p| Some(p.file_stem()?.to_str()?.to_owned()))
            .collect();
    targets.sort();
    let mut replayed: Vec<String> = stretch_timer_core::fuzzing::TARGETS
        .iter()
        .chain(fuzzing::TARGETS)
        .map(|target| target.name.to_owned())
        .collect();
    replayed.sort();
    assert_eq!(targets, replayed);

    let mut corpora: Vec<String> = fs::read_dir(corpus())
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .collect();
    corpora.sort();
    assert_eq!(
        corpora, targets,
        "a corpus folder for each target, and no other"
    );
    let bytes: u64 = targets
        .iter()
        .flat_map(|t| fs::read_dir(corpus().join(t)).unwrap())
        .map(|e| e.unwrap().metadata().unwrap().len())
        .sum();
    assert!(bytes < MOST_BYTES, "the corpora hold {bytes} bytes");
}
