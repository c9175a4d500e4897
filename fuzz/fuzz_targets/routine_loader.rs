//! Any bytes as a routine file: a routine, or at most 50 errors in file order, each inside the file.
#![no_main]

use libfuzzer_sys::fuzz_target;
use stretch_timer_core::limits;
use stretch_timer_core::routine::parse_bytes;

fuzz_target!(|data: &[u8]| {
    let Err(diagnostics) = parse_bytes(data, None) else {
        return;
    };
    assert!(!diagnostics.is_empty());
    assert!(diagnostics.len() <= limits::REPORTED_PROBLEMS);
    let text = String::from_utf8_lossy(data);
    let text = text
        .strip_prefix('\u{feff}')
        .unwrap_or(&text)
        .replace("\r\n", "\n");
    let lines: Vec<&str> = text.split('\n').collect();
    for pair in diagnostics.windows(2) {
        assert!(pair[0].pos <= pair[1].pos, "out of order: {diagnostics:?}");
    }
    for d in &diagnostics {
        assert!(d.pos.line >= 1 && d.pos.col >= 1, "{d}");
        let line = lines
            .get(d.pos.line - 1)
            .unwrap_or_else(|| panic!("line past the end: {d}"));
        assert!(
            d.pos.col <= line.chars().count() + 1,
            "column past the end of line {}: {d}",
            d.pos.line
        );
    }
});
