//! The words people read, from the language files: `i18n/<language>/stretch_timer.ftl`, in
//! [Fluent](https://projectfluent.org), embedded in the program.
//!
//! Code asks for a message with [`tr!`](crate::tr) by its id, with its arguments by name:
//! `tr!("library-steps", count = 3)`. The id and the arguments are checked against the English file
//! when the code is compiled (i18n-embed-fl), so a message cannot be asked for that English lacks.
//! Plurals and word order are the language file's: "1 step", "3 steps"; "1 Schritt", "3 Schritte".
//!
//! A language is *offered* (to the system's choice, to Settings, to `--lang`) only when its file
//! has every message English has: one half-translated would show a person two languages at once.
//! `cargo run --example translations` says what each language lacks.
//!
//! The language is the current thread's: the program sets it at its start for every thread
//! ([`set_default_language`]); a test that looks at the app in German sets it for its own thread
//! ([`set_language`]) and does not change the language of the tests running beside it.
//!
//! A test may also speak a pseudo-language ([`set_pseudo_language`]): English 40% longer and
//! accented, to find what has no room for longer words. It is never offered to people.

mod pseudo;

use std::cell::Cell;
use std::collections::BTreeSet;
use std::sync::LazyLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use i18n_embed::LanguageLoader as _;
use i18n_embed::fluent::FluentLanguageLoader;
pub use i18n_embed::unic_langid::LanguageIdentifier;

/// The language files, embedded.
#[derive(rust_embed::RustEmbed)]
#[folder = "i18n/"]
struct Files;

/// The language every message is written in first, and the one used for what a language lacks.
pub fn english() -> LanguageIdentifier {
    static ENGLISH: LazyLock<LanguageIdentifier> =
        LazyLock::new(|| "en".parse().unwrap_or_default());
    ENGLISH.clone()
}

/// Every language with a file, each with English beneath it; English first.
struct Languages {
    loaders: Vec<(LanguageIdentifier, FluentLanguageLoader)>,
    /// The languages that have every message, by index into `loaders`.
    offered: Vec<usize>,
}

static LANGUAGES: LazyLock<Languages> = LazyLock::new(|| {
    let all = FluentLanguageLoader::new("stretch_timer", english());
    let mut ids = all.available_languages(&Files).unwrap_or_default();
    ids.sort_by_key(|id| (*id != english(), id.to_string()));
    if all.load_languages(&Files, &ids).is_err() {
        // The files are part of the program, and a test reads each one: this is only reached by a
        // program built with a broken file. English alone, then.
        ids = vec![english()];
        let _ = all.load_languages(&Files, &ids);
    }
    // Marks around each argument (for text running right to left) would show as boxes in the
    // app's font and in a terminal.
    all.set_use_isolating(false);
    // Each language has a loader of its own, holding that language and English beneath it, in
    // that order: i18n-embed 0.16 looks up a message's attribute (`tr!("id", "tooltip")`) in
    // every language the loader holds, in the order loaded, not in the selected one first, so a
    // loader shared by all languages would give English tooltips in German.
    let loaders: Vec<_> = ids
        .iter()
        .map(|id| {
            let loader = FluentLanguageLoader::new("stretch_timer", english());
            let mut order = vec![id.clone()];
            if *id != english() {
                order.push(english());
            }
            if loader.load_languages(&Files, &order).is_err() {
                return (id.clone(), all.select_languages(&[id]));
            }
            loader.set_use_isolating(false);
            (id.clone(), loader)
        })
        .collect();
    let offered = (0..loaders.len())
        .filter(|&i| missing_in(&all, &loaders[i].0).is_empty())
        .collect();
    Languages { loaders, offered }
});

/// The language new threads start with (an index into the loaders).
static DEFAULT: AtomicUsize = AtomicUsize::new(0);

/// What a thread speaks.
#[derive(Clone, Copy)]
enum Speaking {
    /// A language with a file, by index into the loaders.
    File(usize),
    /// The pseudo-language.
    Pseudo,
}

thread_local! {
    static CURRENT: Cell<Option<Speaking>> = const { Cell::new(None) };
}

/// The English file and the pseudo-language made from it, for a loader of its own.
struct PseudoFiles {
    english: Vec<u8>,
    pseudo: Vec<u8>,
}

impl PseudoFiles {
    fn path(language: &str) -> String {
        format!("{language}/stretch_timer.ftl")
    }
}

impl i18n_embed::I18nAssets for PseudoFiles {
    fn get_files(&self, file_path: &str) -> Vec<std::borrow::Cow<'_, [u8]>> {
        if file_path == Self::path(pseudo::CODE) {
            vec![self.pseudo.as_slice().into()]
        } else if file_path == Self::path("en") {
            vec![self.english.as_slice().into()]
        } else {
            Vec::new()
        }
    }

    fn filenames_iter(&self) -> Box<dyn Iterator<Item = String> + '_> {
        Box::new([Self::path("en"), Self::path(pseudo::CODE)].into_iter())
    }
}

/// The pseudo-language's loader, made from the English file when a test first asks for it.
static PSEUDO: LazyLock<FluentLanguageLoader> = LazyLock::new(|| {
    let loader = FluentLanguageLoader::new("stretch_timer", english());
    let english_file = Files::get(&PseudoFiles::path("en")).map(|f| f.data.into_owned());
    let english_file = english_file.unwrap_or_default();
    let pseudo_file = pseudo::from_english(&String::from_utf8_lossy(&english_file));
    let files = PseudoFiles {
        english: english_file,
        pseudo: pseudo_file.into_bytes(),
    };
    // Only a test reaches this; were the English file unreadable, English is said instead.
    let _ = loader.load_languages(&files, &[pseudo_language()]);
    loader.set_use_isolating(false);
    loader
});

/// The pseudo-language's code, `en-XA`: English's plurals, dates and bundled routines.
pub fn pseudo_language() -> LanguageIdentifier {
    pseudo::CODE.parse().unwrap_or_default()
}

/// Speaks the pseudo-language on this thread from now on: English 40% longer, with every letter
/// accented (see the module's top). For tests that look for words with no room; never offered to
/// people.
pub fn set_pseudo_language() {
    CURRENT.with(|c| c.set(Some(Speaking::Pseudo)));
}

/// The loader of the current thread's language: what [`tr!`](crate::tr) asks.
pub fn loader() -> &'static FluentLanguageLoader {
    let languages = &*LANGUAGES;
    let index = match CURRENT.with(Cell::get) {
        Some(Speaking::Pseudo) => return &PSEUDO,
        Some(Speaking::File(index)) => index,
        None => DEFAULT.load(Ordering::Relaxed),
    };
    &languages.loaders[index.min(languages.loaders.len() - 1)].1
}

/// The current thread's language.
pub fn language() -> LanguageIdentifier {
    loader().current_language()
}

/// `language`'s name for itself, as a list of languages shows it: "Deutsch", "Français". A
/// language without a file is named by its code.
pub fn own_name(language: &LanguageIdentifier) -> String {
    LANGUAGES
        .loaders
        .iter()
        .find(|(id, _)| id == language)
        .map_or_else(
            || language.to_string(),
            |(_, loader)| loader.get("language-own-name"),
        )
}

/// The languages offered: every one whose file has every message, English first.
pub fn offered() -> Vec<LanguageIdentifier> {
    let languages = &*LANGUAGES;
    languages
        .offered
        .iter()
        .map(|&i| languages.loaders[i].0.clone())
        .collect()
}

/// What `say` says in each offered language, English first: for words a person may write in any
/// of them whatever the program speaks (the words of a note a therapist must see,
/// [`crate::alarm`]). The thread speaks its own language again after.
pub fn in_each_language<T>(say: impl Fn() -> T) -> Vec<T> {
    let before = CURRENT.with(Cell::get);
    let said = LANGUAGES
        .offered
        .iter()
        .map(|&index| {
            CURRENT.with(|c| c.set(Some(Speaking::File(index))));
            say()
        })
        .collect();
    CURRENT.with(|c| c.set(before));
    said
}

/// The offered language written `code` (`"de"`), if there is one: a language a person chose,
/// read back.
pub fn offered_named(code: &str) -> Option<LanguageIdentifier> {
    let language: LanguageIdentifier = code.parse().ok()?;
    offered_index(&language).map(|_| language)
}

/// The offered language that best matches what a person asked for, in order of preference
/// (`de-AT` gets German; nothing that matches gets English).
pub fn choose(requested: &[LanguageIdentifier]) -> LanguageIdentifier {
    let offered = offered();
    let english = english();
    let chosen = fluent_langneg::negotiate_languages(
        requested,
        &offered,
        Some(&english),
        fluent_langneg::NegotiationStrategy::Lookup,
    );
    chosen.first().map_or(english.clone(), |id| (*id).clone())
}

/// What the system asks for: its languages in order (LANGUAGE, LC_ALL, LC_MESSAGES and LANG on
/// Linux; the user's setting on Windows and macOS).
pub fn system_languages() -> Vec<LanguageIdentifier> {
    i18n_embed::DesktopLanguageRequester::requested_languages()
}

/// Speaks `language` on this thread from now on, if it is offered; otherwise nothing changes.
/// Returns whether it is now the language.
pub fn set_language(language: &LanguageIdentifier) -> bool {
    let Some(index) = offered_index(language) else {
        return false;
    };
    CURRENT.with(|c| c.set(Some(Speaking::File(index))));
    true
}

/// Speaks `language` on this thread and on every thread started after, if it is offered (for the
/// program's start: the command line's `--lang`, or the system's language). Returns whether it is
/// now the language.
pub fn set_default_language(language: &LanguageIdentifier) -> bool {
    let Some(index) = offered_index(language) else {
        return false;
    };
    DEFAULT.store(index, Ordering::Relaxed);
    CURRENT.with(|c| c.set(Some(Speaking::File(index))));
    true
}

fn offered_index(language: &LanguageIdentifier) -> Option<usize> {
    let languages = &*LANGUAGES;
    languages
        .offered
        .iter()
        .copied()
        .find(|&i| languages.loaders[i].0 == *language)
}

/// The ids of the messages English has and `language`'s file lacks, sorted; every message, for a
/// language with no file.
pub fn missing(language: &LanguageIdentifier) -> Vec<String> {
    let all = FluentLanguageLoader::new("stretch_timer", english());
    let mut ids = vec![english()];
    if *language != english() && with_files().contains(language) {
        ids.push(language.clone());
    }
    if all.load_languages(&Files, &ids).is_err() {
        return Vec::new();
    }
    missing_in(&all, language)
}

/// The mistakes in `language`'s file, each with its line: a message written wrongly is left out
/// of the language (and English said instead), so each must be found before it ships.
pub fn mistakes(language: &LanguageIdentifier) -> Vec<String> {
    let path = format!("{language}/stretch_timer.ftl");
    let Some(file) = Files::get(&path) else {
        return vec![format!("{path}: there is no such file")];
    };
    let text = match std::str::from_utf8(&file.data) {
        Ok(text) => text,
        Err(e) => return vec![format!("{path}: not UTF-8 text ({e})")],
    };
    match fluent_syntax::parser::parse(text) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors
            .iter()
            .map(|e| {
                let line = text[..e.pos.start.min(text.len())].lines().count().max(1);
                format!("{path}:{line}: {:?}", e.kind)
            })
            .collect(),
    }
}

/// The languages there is a file for, complete or not, English first.
pub fn with_files() -> Vec<LanguageIdentifier> {
    LANGUAGES.loaders.iter().map(|(id, _)| id.clone()).collect()
}

fn missing_in(all: &FluentLanguageLoader, language: &LanguageIdentifier) -> Vec<String> {
    let has = ids_of(all, language);
    ids_of(all, &english())
        .into_iter()
        .filter(|id| !has.contains(id))
        .collect()
}

fn ids_of(all: &FluentLanguageLoader, language: &LanguageIdentifier) -> BTreeSet<String> {
    all.with_message_iter(language, |messages| {
        messages.map(|m| m.id.name.to_owned()).collect()
    })
}

/// A message in the current thread's language: `tr!("id")`, or with arguments by name,
/// `tr!("id", name = value, count = n)`. The id and the argument names are checked against the
/// English file when the code is compiled.
#[macro_export]
macro_rules! tr {
    ($id:literal) => {{
        i18n_embed_fl::fl!($crate::l10n::loader(), $id)
    }};
    ($id:literal, $($args:tt)*) => {{
        i18n_embed_fl::fl!($crate::l10n::loader(), $id, $($args)*)
    }};
}

/// Runs `f` on a thread of its own speaking `language` (`"de"`), as the app's window does: the
/// tests beside it keep theirs. For tests.
#[cfg(test)]
pub(crate) fn speaking<T: Send>(language: &str, f: impl FnOnce() -> T + Send) -> T {
    std::thread::scope(|s| {
        s.spawn(|| {
            let id: LanguageIdentifier = language.parse().expect("a language code");
            assert!(set_language(&id), "{language} is not offered");
            f()
        })
        .join()
        .expect("the thread speaking the language")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(text: &str) -> LanguageIdentifier {
        text.parse().unwrap()
    }

    #[test]
    fn every_language_file_is_written_without_a_mistake() {
        let languages = with_files();
        assert_eq!(languages[0], english());
        for language in ["de", "es", "fr"] {
            assert!(languages.contains(&id(language)), "{language} has no file");
        }
        for language in languages {
            assert_eq!(mistakes(&language), Vec::<String>::new());
        }
    }

    #[test]
    fn each_language_says_a_count_as_its_speakers_do() {
        let facts = |steps: usize| tr!("overview-facts", time = "7:11", steps = steps);
        assert_eq!(facts(1), "7:11 in all · 1 step");
        assert_eq!(facts(4), "7:11 in all · 4 steps");
        let de = speaking("de", || (facts(1), facts(4)));
        assert_eq!(
            de,
            (
                "7:11 insgesamt · 1 Übung".into(),
                "7:11 insgesamt · 4 Übungen".into()
            )
        );
        let es = speaking("es", || facts(4));
        assert_eq!(es, "7:11 en total · 4 ejercicios");
        let fr = speaking("fr", || facts(1));
        assert_eq!(fr, "7:11 au total · 1 exercice");
    }

    #[test]
    fn a_plural_s_one_form_writes_its_count_since_french_says_zero_with_it() {
        // French (and CLDR's rules for it) choose `one` for 0 as for 1: a `[one] 1 session`
        // would report "1 séance faite" when none was done.
        for language in with_files() {
            let path = format!("{language}/stretch_timer.ftl");
            let file = Files::get(&path).unwrap();
            let text = std::str::from_utf8(&file.data).unwrap();
            for (n, line) in text.lines().enumerate() {
                let variant = line.trim_start().trim_start_matches('*');
                assert!(
                    !variant.starts_with("[one] 1 "),
                    "{path}:{}: write the count as {{ $count }}, not 1: {line}",
                    n + 1
                );
            }
        }
        let done = |done: u64| tr!("report-no-prescription", done = done);
        assert!(speaking("fr", || done(0)).starts_with("0 séance faite."));
        assert!(speaking("fr", || done(1)).starts_with("1 séance faite."));
    }

    #[test]
    fn a_message_s_attribute_is_in_the_thread_s_language() {
        let hover = || tr!("history-report", "hover");
        assert_eq!(
            speaking("de", hover),
            "Eine Seite zum Ausdrucken oder Verschicken: Einheiten, Schmerzen und Notizen"
        );
        let named = || tr!("history-delete", "name", when = "Mo");
        assert_eq!(speaking("fr", named), "Supprimer la séance du Mo");
        assert_eq!(named(), "Delete the session of Mo");
    }

    #[test]
    fn a_language_set_on_one_thread_leaves_the_others_in_theirs() {
        let german = speaking("de", || tr!("overview-start"));
        assert_eq!(german, "Starten");
        assert_eq!(tr!("overview-start"), "Start");
    }

    #[test]
    fn the_closest_language_offered_is_chosen_and_english_when_none_is() {
        assert_eq!(choose(&[id("de-AT"), id("en-GB")]), id("de"));
        assert_eq!(choose(&[id("fr-CA")]), id("fr"));
        assert_eq!(choose(&[id("ja"), id("es-MX")]), id("es"));
        assert_eq!(choose(&[id("ja")]), english());
        assert_eq!(choose(&[]), english());
    }

    /// Runs `f` on a thread of its own speaking the pseudo-language.
    fn pseudo<T: Send>(f: impl FnOnce() -> T + Send) -> T {
        std::thread::scope(|s| {
            s.spawn(|| {
                set_pseudo_language();
                f()
            })
            .join()
            .unwrap()
        })
    }

    #[test]
    fn the_pseudo_language_is_english_accented_and_longer_with_its_arguments_and_plurals() {
        let heading = pseudo(|| tr!("library-heading"));
        assert_eq!(heading, "Ŕöûţîñéš öñé");
        assert!(
            !heading.chars().any(|c| c.is_ascii_alphabetic()),
            "{heading}"
        );
        let facts = |steps: usize| tr!("overview-facts", time = "7:11", steps = steps);
        let (one, four) = pseudo(|| (facts(1), facts(4)));
        assert_eq!(one, "7:11 îñ åļļ · öñé 1 šţéþ ö");
        assert_eq!(four, "7:11 îñ åļļ · öñé 4 šţéþš öñ");
        // A mark on the handout stays a mark; the words around it change.
        let by = pseudo(|| tr!("handout-prepared-by", author = "Dr Weiß"));
        assert!(
            by.starts_with("Þŕéþåŕéđ ƀý öñé ţ <strong>Dr Weiß</strong>"),
            "{by}"
        );
        // An attribute is the pseudo-language's too.
        let tooltip = pseudo(|| tr!("library-history", "tooltip"));
        assert!(tooltip.starts_with("Ýöûŕ šéššîöñš"), "{tooltip}");
        assert_eq!(pseudo(language), pseudo_language());
    }

    /// The arguments and variants of each message of `file`, by id: what must survive the
    /// pseudo-language unchanged.
    fn placeables(file: &str) -> Vec<(String, String)> {
        fn walk(pattern: &fluent_syntax::ast::Pattern<&str>, out: &mut String) {
            use fluent_syntax::ast::{Expression, InlineExpression, PatternElement};
            for element in &pattern.elements {
                let PatternElement::Placeable { expression } = element else {
                    continue;
                };
                match expression {
                    Expression::Select { selector, variants } => {
                        out.push_str(&format!("{selector:?} ->"));
                        for v in variants {
                            out.push_str(&format!(" [{:?}]", v.key));
                            walk(&v.value, out);
                        }
                    }
                    Expression::Inline(InlineExpression::Placeable { .. }) => out.push_str("{}"),
                    Expression::Inline(inline) => out.push_str(&format!("{inline:?}")),
                }
            }
        }
        let resource = fluent_syntax::parser::parse(file).unwrap();
        let mut out = Vec::new();
        for entry in &resource.body {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let mut kept = String::new();
                if let Some(value) = &m.value {
                    walk(value, &mut kept);
                }
                for a in &m.attributes {
                    kept.push_str(&format!(" .{}=", a.id.name));
                    walk(&a.value, &mut kept);
                }
                out.push((m.id.name.to_owned(), kept));
            }
        }
        out
    }

    #[test]
    fn the_pseudo_language_keeps_every_message_s_arguments_and_plurals_and_is_40_percent_longer() {
        let file = Files::get("en/stretch_timer.ftl").unwrap();
        let text = std::str::from_utf8(&file.data).unwrap();
        let made = pseudo::from_english(text);
        let kept = placeables(text);
        assert!(kept.len() > 100, "{} messages", kept.len());
        assert_eq!(placeables(&made), kept);
        // Every message is there, and each one's words are at least 40% longer.
        let english_ids = ids_of(&LANGUAGES.loaders[0].1, &english());
        let pseudo_ids = ids_of(&PSEUDO, &pseudo_language());
        assert_eq!(pseudo_ids, english_ids);
        let mut longer = 0;
        for id in &english_ids {
            let plain = LANGUAGES.loaders[0].1.get(id);
            if plain.contains('{') || !plain.chars().any(char::is_alphabetic) {
                continue; // Arguments, or no words (`key-equals`).
            }
            let long = PSEUDO.get(id);
            let (plain, long) = (plain.chars().count(), long.chars().count());
            assert!(
                long * 10 >= plain * 14,
                "{id}: {long} characters for {plain}"
            );
            longer += 1;
        }
        assert!(longer > 100, "{longer} messages checked");
    }

    #[test]
    fn the_pseudo_language_is_never_offered_and_its_letters_are_in_the_app_s_fonts() {
        let code = pseudo_language();
        assert!(!offered().contains(&code));
        assert!(!with_files().contains(&code));
        assert!(!set_language(&code));
        assert_eq!(choose(std::slice::from_ref(&code)), english());
        let ctx = egui::Context::default();
        let mut frame = ctx.run_ui(egui::RawInput::default(), |_| {});
        frame.textures_delta.clear();
        let font = egui::FontId::proportional(14.0);
        let letters = pseudo::letters();
        let missing: String = ctx.fonts_mut(|fonts| {
            letters
                .chars()
                .filter(|&c| !fonts.has_glyph(&font, c))
                .collect()
        });
        assert_eq!(missing, "", "letters the fonts lack");
    }

    #[test]
    fn a_language_without_a_file_lacks_every_message_and_is_not_offered() {
        let italian = id("it");
        assert!(!offered().contains(&italian));
        assert!(!set_language(&italian));
        let lacks = missing(&italian);
        assert!(lacks.contains(&"overview-start".to_owned()), "{lacks:?}");
        assert!(missing(&english()).is_empty());
        assert!(mistakes(&italian)[0].contains("no such file"));
    }
}
