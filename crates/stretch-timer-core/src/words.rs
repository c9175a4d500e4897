//! English counts with their plurals, for `stretch-timer check` until it speaks every language
//! (issue #22). Everything else the app says comes from its language files, whose plurals follow
//! each language's rules: this module goes when `check` no longer uses it.

use std::fmt;

/// A count with its noun in the right number: `1 step`, `4 steps`, `0 problems`.
///
/// ```
/// use stretch_timer_core::words::Count;
///
/// assert_eq!(Count(1, "step").to_string(), "1 step");
/// assert_eq!(Count(4, "step").to_string(), "4 steps");
/// assert_eq!(Count(2, "switch").to_string(), "2 switches");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Count(pub usize, pub &'static str);

impl fmt::Display for Count {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Count(n, noun) = *self;
        write!(f, "{n} {}", plural(n, noun))
    }
}

/// The noun in the number `n` calls for: `step` for 1, `steps` otherwise. English only; nouns
/// ending in s, x, ch or sh take -es.
pub fn plural(n: usize, noun: &str) -> String {
    if n == 1 {
        noun.to_owned()
    } else if ["s", "x", "ch", "sh"].iter().any(|end| noun.ends_with(end)) {
        format!("{noun}es")
    } else {
        format!("{noun}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_agree_with_their_nouns() {
        assert_eq!(Count(0, "problem").to_string(), "0 problems");
        assert_eq!(Count(1, "problem").to_string(), "1 problem");
        assert_eq!(Count(3, "file").to_string(), "3 files");
        assert_eq!(plural(2, "pass"), "passes");
    }
}
