//! The pseudo-language: English made longer and accented, to find the screens that have no room
//! for a language whose words run longer than English (German and French run about 30% longer).
//! "Routines" becomes "Ŕöûţîñéš öñé": every letter accented, every piece of text 40% longer
//! by padding words, as Android's en-XA and Windows' qps-ploc do. Arguments (`{ $steps }`), the
//! choices between variants (plurals) and marks such as `<strong>` are kept as they are, so the
//! program behaves exactly as in English.
//!
//! It is built when first asked for, from the English file, and never offered to people: only a
//! test asks for it ([`super::set_pseudo_language`]).

use fluent_syntax::ast;

/// The pseudo-language's code: Unicode's region for pseudo-accents, English's plurals and dates.
pub(super) const CODE: &str = "en-XA";

/// How much longer each piece of text becomes: 40%, more than German or French need.
const LONGER: f64 = 0.4;

/// Words that pad each piece of text, accented like the rest.
const PADDING: [&str; 10] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// `english`, a Fluent file, with every text of every message, term and attribute made longer
/// and accented. A file that cannot be read whole gives what could be read.
pub(super) fn from_english(english: &str) -> String {
    let mut resource = match fluent_syntax::parser::parse(english.to_owned()) {
        Ok(resource) | Err((resource, _)) => resource,
    };
    for entry in &mut resource.body {
        match entry {
            ast::Entry::Message(message) => {
                if let Some(value) = &mut message.value {
                    pattern(value);
                }
                message
                    .attributes
                    .iter_mut()
                    .for_each(|a| pattern(&mut a.value));
            }
            ast::Entry::Term(term) => {
                pattern(&mut term.value);
                term.attributes
                    .iter_mut()
                    .for_each(|a| pattern(&mut a.value));
            }
            _ => {}
        }
    }
    fluent_syntax::serializer::serialize(&resource)
}

fn pattern(pattern: &mut ast::Pattern<String>) {
    for element in &mut pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => *value = text(value),
            ast::PatternElement::Placeable { expression } => placeable(expression),
        }
    }
}

/// A placeable's variants are text (a plural's words); its selector, arguments and references
/// are not.
fn placeable(expression: &mut ast::Expression<String>) {
    match expression {
        ast::Expression::Select { variants, .. } => {
            variants.iter_mut().for_each(|v| pattern(&mut v.value));
        }
        ast::Expression::Inline(ast::InlineExpression::Placeable { expression }) => {
            placeable(expression);
        }
        ast::Expression::Inline(_) => {}
    }
}

/// One piece of text, accented and padded by 40% of its characters, the padding put after its
/// last word (before any marks, spaces or line break that end it). Marks in angle brackets stay.
pub(super) fn text(text: &str) -> String {
    let words = text.trim_end();
    if !words.chars().any(char::is_alphabetic) {
        return text.to_owned();
    }
    // Where the words end: before the spaces and marks (`</strong>`) that end the text.
    let mut end = words.len();
    while words[..end].ends_with('>')
        && let Some(mark) = words[..end].rfind('<')
    {
        end = words[..mark].trim_end().len();
    }
    let mut out = String::with_capacity(text.len() * 2);
    let mut in_mark = false;
    let mut shown = 0;
    for c in words[..end].chars() {
        match c {
            '<' => in_mark = true,
            '>' => in_mark = false,
            _ => {}
        }
        if in_mark || c == '>' {
            out.push(c);
        } else {
            out.push(accented(c));
            shown += 1;
        }
    }
    out.push_str(&padding(shown));
    out.push_str(&text[end..]);
    out
}

/// Words to add to a text of `length` characters to make it 40% longer, rounded up: a space,
/// then padding words, the last one cut to fit (never to a space, which Fluent would drop at a
/// message's end).
fn padding(length: usize) -> String {
    #[expect(
        clippy::cast_possible_truncation,
        clippy::cast_sign_loss,
        clippy::cast_precision_loss,
        reason = "a message's length, far below f64's exact integers"
    )]
    let wanted = (length as f64 * LONGER).ceil() as usize;
    let words = PADDING
        .iter()
        .cycle()
        .flat_map(|word| std::iter::once(' ').chain(word.chars().map(accented)));
    let mut out: String = words.clone().take(wanted).collect();
    if out.ends_with(' ') {
        out = words.take(wanted + 1).collect();
    }
    out
}

/// A letter's accented form, where egui's fonts have one (they lack accented m, v and x); anything
/// else as it is.
fn accented(c: char) -> char {
    const LOWER: [char; 26] = [
        'å', 'ƀ', 'ç', 'đ', 'é', 'ƒ', 'ĝ', 'ĥ', 'î', 'ĵ', 'ķ', 'ļ', 'm', 'ñ', 'ö', 'þ', 'ǫ', 'ŕ',
        'š', 'ţ', 'û', 'v', 'ŵ', 'x', 'ý', 'ž',
    ];
    const UPPER: [char; 26] = [
        'Å', 'Ɓ', 'Ç', 'Đ', 'É', 'Ƒ', 'Ĝ', 'Ĥ', 'Î', 'Ĵ', 'Ķ', 'Ļ', 'M', 'Ñ', 'Ö', 'Þ', 'Ǫ', 'Ŕ',
        'Š', 'Ţ', 'Û', 'V', 'Ŵ', 'X', 'Ý', 'Ž',
    ];
    match c {
        'a'..='z' => LOWER[usize::from(c as u8 - b'a')],
        'A'..='Z' => UPPER[usize::from(c as u8 - b'A')],
        _ => c,
    }
}

/// Every letter the pseudo-language writes in place of an English one.
#[cfg(test)]
pub(super) fn letters() -> String {
    ('a'..='z').chain('A'..='Z').map(accented).collect()
}
