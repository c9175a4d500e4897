//! Words in a client's note that a therapist must see first: "sharp", "shooting", "numb",
//! "tingling" and the like, which can mean a nerve is involved.
//!
//! A client writes notes in their own language, whatever the report is made in, so a note is
//! matched against the lists of every offered language. Each list is the message `alarm-words` of
//! its language file, written by its translator: comma-separated words or phrases, where a `*` at
//! the end matches any ending (`numb*`: numb, numbness). Matching ignores case and accents
//! ("brulure" matches "brûl*", "SCHIESST" matches "schieß*"), and goes by whole words, so
//! "unsharpened" is not "sharp".

use std::sync::LazyLock;

/// One entry of a list: its words, as matched (folded), the last one a prefix if it ended in `*`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Entry {
    words: Vec<String>,
    prefix: bool,
}

/// Every offered language's list, read once.
static LISTS: LazyLock<Vec<Entry>> = LazyLock::new(|| {
    let mut entries: Vec<Entry> = Vec::new();
    for list in crate::l10n::in_each_language(|| crate::tr!("alarm-words")) {
        for entry in parse(&list) {
            if !entries.contains(&entry) {
                entries.push(entry);
            }
        }
    }
    entries
});

/// The first words of the lists that `note` holds, as the note writes them ("Sharp"), in the
/// order of the note; none for a note without any.
pub fn found_in(note: &str) -> Vec<String> {
    found_with(note, &LISTS)
}

fn found_with(note: &str, entries: &[Entry]) -> Vec<String> {
    let words = words_of(note);
    let folded: Vec<String> = words.iter().map(|w| fold(w)).collect();
    let mut found: Vec<(usize, String)> = Vec::new();
    for start in 0..folded.len() {
        for entry in entries {
            let n = entry.words.len();
            let Some(run) = folded.get(start..start + n) else {
                continue;
            };
            let matches = run.iter().zip(&entry.words).enumerate().all(|(i, (w, e))| {
                if entry.prefix && i + 1 == n {
                    w.starts_with(e.as_str())
                } else {
                    w == e
                }
            });
            if matches {
                let said = words[start..start + n].join(" ");
                if !found.iter().any(|(_, s)| *s == said) {
                    found.push((start, said));
                }
            }
        }
    }
    found.sort_by_key(|(at, _)| *at);
    found.into_iter().map(|(_, said)| said).collect()
}

/// A list as its language file writes it: `sharp, shooting, numb*, pins and needles`.
fn parse(list: &str) -> Vec<Entry> {
    list.split(',')
        .filter_map(|item| {
            let item = item.trim();
            let prefix = item.ends_with('*');
            let words: Vec<String> = words_of(item.trim_end_matches('*'))
                .iter()
                .map(|w| fold(w))
                .collect();
            (!words.is_empty()).then_some(Entry { words, prefix })
        })
        .collect()
}

/// The words of a text: runs of letters and digits.
fn words_of(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect()
}

/// A word lower-cased, without its accents, and with `ß` as `ss`: how it is compared.
fn fold(word: &str) -> String {
    let mut folded = String::with_capacity(word.len());
    for c in word.chars().flat_map(char::to_lowercase) {
        match c {
            'ß' => folded.push_str("ss"),
            'æ' => folded.push_str("ae"),
            'œ' => folded.push_str("oe"),
            c => folded.push(unaccented(c)),
        }
    }
    folded
}

/// The letter without its accent, for the letters of the Latin alphabets the languages use.
fn unaccented(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' | 'ă' | 'ą' => 'a',
        'ç' | 'ć' | 'č' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' | 'ė' | 'ę' | 'ě' => 'e',
        'ì' | 'í' | 'î' | 'ï' | 'ī' | 'į' => 'i',
        'ñ' | 'ń' | 'ň' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' | 'ō' | 'ő' => 'o',
        'ù' | 'ú' | 'û' | 'ü' | 'ū' | 'ů' | 'ű' => 'u',
        'ý' | 'ÿ' => 'y',
        other => other,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_are_found_whatever_their_case_accents_and_ending() {
        let list = parse("sharp, numb*, pins and needles, brûl*, schieß*");
        let found = |note| found_with(note, &list);
        assert_eq!(found("Sharp pain at step 3"), ["Sharp"]);
        assert_eq!(
            found("some NUMBNESS, then pins and  needles"),
            ["NUMBNESS", "pins and needles"]
        );
        assert_eq!(found("une brulure dans la jambe"), ["brulure"]);
        assert_eq!(found("es schiesst ins Bein"), ["schiesst"]);
        assert!(found("a pencil unsharpened; pins only").is_empty());
    }

    #[test]
    fn every_language_lists_words_and_each_language_is_heard() {
        for (note, word) in [
            ("sharp pain in the hip", "sharp"),
            ("Kribbeln im linken Fuß", "Kribbeln"),
            ("hormigueo en la pierna", "hormigueo"),
            ("jambe engourdie ce matin", "engourdie"),
        ] {
            assert_eq!(found_in(note), [word], "{note}");
        }
        assert!(found_in("felt good, a gentle stretch").is_empty());
    }
}
