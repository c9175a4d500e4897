//! Every word a person reads comes from the language files (issue #22): no sentence is written in
//! the code, where no translator would find it, and no message sits in the language files unused.
//!
//! The program's source (both crates) is read with `syn`, and every string literal outside tests
//! and doc comments is looked at, the arguments of macros (`format!`, `eprintln!`, `#[error]`)
//! included. A literal that reads as words (two words of letters, a space between them) fails the
//! test, with its file and line, unless it is on the short list below of what no person reads.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Tests may fail loudly.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

/// The program's source: the app and its core.
const ROOTS: &[&str] = &["src", "crates/stretch-timer-core/src"];

/// Literals that read as words but that no person reads: a file (or a folder, ending in `/`), the
/// start of the literal (empty: every literal of the file) and why.
struct Allowed {
    file: &'static str,
    starts: &'static str,
    why: &'static str,
}

/// What no person reads.
const ALLOWED: &[Allowed] = &[
    Allowed {
        file: "src/speech/espeak.rs",
        starts: "eSpeak NG",
        why: "the name of the folder eSpeak NG's Windows installer makes, looked for on the disk",
    },
    Allowed {
        file: "crates/stretch-timer-core/src/routine/diagnostic.rs",
        starts: "",
        why: "the core's English Display of a problem: the reference wording of docs/routine-format.md; the program says every problem through src/problems.rs",
    },
    Allowed {
        file: "crates/stretch-timer-core/src/routine/slip.rs",
        starts: "",
        why: "the core's English Display of a syntax slip; the program says it through src/problems.rs",
    },
    Allowed {
        file: "crates/stretch-timer-core/src/routine/duration.rs",
        starts: "",
        why: "the core's English Display of a duration that cannot be read; said through src/problems.rs",
    },
    Allowed {
        file: "crates/stretch-timer-core/src/routine/fields.rs",
        starts: "",
        why: "the core's English for a field's kind, in its Display; said through src/problems.rs",
    },
    Allowed {
        file: "crates/stretch-timer-core/src/routine/raw.rs",
        starts: "",
        why: "serde's `expecting` texts, which the checker replaces with typed problems, and a probe field name",
    },
    Allowed {
        file: "crates/stretch-timer-core/src/routine/check/values.rs",
        starts: "",
        why: "examples of RON in the core's English Display of a missing field; said through src/problems.rs",
    },
    Allowed {
        file: "crates/stretch-timer-core/src/limits.rs",
        starts: "from {} to {}",
        why: "a range in the core's English Display; said through src/problems.rs",
    },
    Allowed {
        file: "crates/stretch-timer-core/src/fuzzing.rs",
        starts: "",
        why: "the fuzz targets' inputs and their checks, run by developers",
    },
    Allowed {
        file: "crates/stretch-timer-core/src/cue_sounds.rs",
        starts: "",
        why: "the voice's phrases in each language: the words of its recordings (assets/voice), \
              made and checked with them by scripts/make-voice.sh (docs/translating.md, The voice)",
    },
    Allowed {
        file: "crates/stretch-timer-core/src/reminders.rs",
        starts: "\"{given}\" is not a ",
        why: "the core's Display of a time or day not understood, for developers: the app and \
              `remind set` say it with remind::words::{time_error_words, days_error_words}",
    },
    Allowed {
        file: "crates/stretch-timer-core/src/reminders.rs",
        starts: "no days given",
        why: "the core's Display, for developers: `remind set` says reminders-days-none",
    },
    Allowed {
        file: "crates/stretch-timer-core/src/progress/rating.rs",
        starts: "pain is a whole number",
        why: "the core's Display, for developers: the command line says it as cli-pain",
    },
    Allowed {
        file: "crates/stretch-timer-core/src/progress/identity.rs",
        starts: "a routine's hash is",
        why: "the core's Display, for developers: the history says history-unreadable-hash",
    },
    Allowed {
        file: "crates/stretch-timer-core/src/routine/draft.rs",
        starts: "    ",
        why: "the lines of a routine file (RON) a draft is written as",
    },
    Allowed {
        file: "src/cli/new.rs",
        starts: "name: NAME,",
        why: "the line of the routine template (RON) the name goes in",
    },
    Allowed {
        file: "src/history/mod.rs",
        starts: "(?1 IS NULL",
        why: "SQL",
    },
    Allowed {
        file: "src/handout.rs",
        starts: "\n",
        why: "the printed page's CSS",
    },
    Allowed {
        file: "src/handout.rs",
        starts: "width=device-width",
        why: "an HTML meta value",
    },
    Allowed {
        file: "src/report.rs",
        starts: "\n",
        why: "the printed page's CSS",
    },
    Allowed {
        file: "src/report.rs",
        starts: "width=device-width",
        why: "an HTML meta value",
    },
    Allowed {
        file: "src/app/reminders/settings_ui.rs",
        starts: "reminder routine",
        why: "an egui id",
    },
    Allowed {
        file: "src/app/widgets/access.rs",
        starts: "Stretch Timer",
        why: "the app's name, the same in every language",
    },
    Allowed {
        file: "src/app/settings/mod.rs",
        starts: "stretch-timer",
        why: "the program's name, the same in every language",
    },
    Allowed {
        file: "src/remind/desktop.rs",
        starts: "Stretch Timer",
        why: "the app's name, the same in every language",
    },
    Allowed {
        file: "src/audio/bank.rs",
        starts: "Clip(",
        why: "Debug",
    },
    Allowed {
        file: "src/audio/input.rs",
        starts: "no samples for",
        why: "InputError::detail, for the log: the person reads microphone-stopped",
    },
    Allowed {
        file: "src/audio/input.rs",
        starts: "rodio's",
        why: "InputError::detail, for the log: the person reads microphone-lost",
    },
    Allowed {
        file: "src/audio/input.rs",
        starts: "could not start the recording thread",
        why: "InputError::detail, for the log: the person reads microphone-unavailable",
    },
    Allowed {
        file: "src/audio/player.rs",
        starts: "the timing thread panicked",
        why: "a panic's text, like `expect`'s",
    },
    Allowed {
        file: "src/remind/daemon.rs",
        starts: "no command to run",
        why: "a launcher given no command: a mistake in the program, like `expect`'s",
    },
    Allowed {
        file: "src/remind/autostart.rs",
        starts: "[Desktop Entry]",
        why: "the keys of a desktop file; its Name and Comment are autostart-name and -comment",
    },
    Allowed {
        file: "src/fault.rs",
        starts: " (os error ",
        why: "looked for in the system's text, to cut it off",
    },
    Allowed {
        file: "src/share/import.rs",
        starts: "larger than its declared",
        why: "looked for in the zip reader's text, which share-zip-larger says",
    },
];

/// Helper L's file, left as it is: what `cargo run --example translations` tells a translator
/// about a language file that is missing or not text, in English like the build's other tools.
const TRANSLATORS_TOOL: &[Allowed] = &[
    Allowed {
        file: "src/l10n.rs",
        starts: "{path}: there is no such file",
        why: "for translators, from the translations example",
    },
    Allowed {
        file: "src/l10n.rs",
        starts: "{path}: not UTF-8 text",
        why: "for translators, from the translations example",
    },
];

/// Macros whose words only a developer reads: a broken promise of the program's own.
const DEVELOPERS_MACROS: &[&str] = &[
    "panic",
    "unreachable",
    "todo",
    "unimplemented",
    "assert",
    "assert_eq",
    "assert_ne",
    "debug_assert",
    "debug_assert_eq",
    "debug_assert_ne",
];

/// Methods whose words only a developer reads: why a promise broke (`expect`), why egui drew a
/// frame again (`request_discard`, in its debug view).
const DEVELOPERS_METHODS: &[&str] = &["expect", "request_discard"];

/// Methods that show the text they are given, on screen or to a screen reader.
const SHOWN_METHODS: &[&str] = &[
    "label",
    "button",
    "small_button",
    "heading",
    "checkbox",
    "radio",
    "radio_value",
    "selectable_label",
    "selectable_value",
    "hyperlink_to",
    "on_hover_text",
    "on_disabled_hover_text",
    "hint_text",
    "selected_text",
    "menu_button",
    "collapsing",
    "monospace",
    "strong",
    "weak",
    "colored_label",
    "set_title",
    "toggle_value",
];

/// Types whose `new` (a notice's `warning`, `news`; a combo box's `from_label`) shows the text it
/// is given.
const SHOWN_TYPES: &[&str] = &[
    "RichText",
    "Label",
    "Button",
    "Notice",
    "WidgetText",
    "Window",
    "CollapsingHeader",
    "ComboBox",
];

/// Attributes that hold no words a person reads: doc comments (read by developers), lints and
/// their reasons, conditions.
const QUIET_ATTRIBUTES: &[&str] = &[
    "doc", "allow", "expect", "warn", "deny", "forbid", "cfg", "cfg_attr",
];

/// The repository's root.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).to_owned()
}

/// Every `.rs` file under `dir`, by its path from the repository's root.
fn sources(dir: &Path, files: &mut Vec<String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(root()).unwrap();
            files.push(relative.to_string_lossy().replace('\\', "/"));
        }
    }
}

/// Every source file of both crates.
fn all_sources() -> Vec<String> {
    let mut files = Vec::new();
    for dir in ROOTS {
        sources(&root().join(dir), &mut files);
    }
    files.sort();
    assert!(files.len() > 100, "the program's files were found");
    files
}

/// Whether a literal reads as words: with its format arguments (`{name}`) left out, two words of
/// two letters or more and a space ("Hold still", "ein Schritt", "Exported \"{}\" to {}"). SQL,
/// which no person reads, does not.
fn reads_as_words(text: &str) -> bool {
    let mut bare = String::new();
    let mut depth = 0;
    for c in text.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth > 0 => depth -= 1,
            _ if depth == 0 => bare.push(c),
            _ => {}
        }
    }
    let first = bare.split_whitespace().next().unwrap_or("");
    let sql = [
        "SELECT", "INSERT", "UPDATE", "DELETE", "CREATE", "ALTER", "DROP", "PRAGMA", "BEGIN",
        "WITH",
    ];
    if sql.contains(&first) {
        return false;
    }
    // "stretch-timer", "phone's": one word each.
    let words = bare
        .split(|c: char| !(c.is_alphabetic() || c == '-' || c == '\''))
        .filter(|word| word.chars().filter(|c| c.is_alphabetic()).count() >= 2)
        .count();
    bare.contains(' ') && words >= 2
}

/// Whether attributes keep an item out of the program: `#[cfg(test)]` (or a condition naming
/// `test`), `#[test]`.
fn test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        let path = attr.path();
        if path.is_ident("test") {
            return true;
        }
        if !path.is_ident("cfg") {
            return false;
        }
        let syn::Meta::List(list) = &attr.meta else {
            return false;
        };
        let mut idents = Vec::new();
        idents_in(list.tokens.clone(), &mut idents);
        idents.iter().any(|i| i == "test") && !idents.iter().any(|i| i == "not")
    })
}

fn idents_in(tokens: TokenStream, idents: &mut Vec<String>) {
    for token in tokens {
        match token {
            TokenTree::Ident(ident) => idents.push(ident.to_string()),
            TokenTree::Group(group) => idents_in(group.stream(), idents),
            _ => {}
        }
    }
}

fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    match item {
        syn::Item::Const(i) => &i.attrs,
        syn::Item::Enum(i) => &i.attrs,
        syn::Item::Fn(i) => &i.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Macro(i) => &i.attrs,
        syn::Item::Mod(i) => &i.attrs,
        syn::Item::Static(i) => &i.attrs,
        syn::Item::Struct(i) => &i.attrs,
        syn::Item::Trait(i) => &i.attrs,
        syn::Item::Type(i) => &i.attrs,
        syn::Item::Use(i) => &i.attrs,
        _ => &[],
    }
}

/// The string literals of one file's program (not its tests, not its doc comments).
#[derive(Default)]
struct Literals {
    /// Each literal with its line.
    found: Vec<(usize, String)>,
    /// The literals given straight to something that shows text (`ui.button("Start")`): one word
    /// is enough to be read.
    shown: Vec<(usize, String)>,
    /// Whether the literals developers' macros and `expect` hold are counted too.
    all: bool,
}

impl Literals {
    fn literal(&mut self, line: usize, text: String) {
        self.found.push((line, text));
    }

    /// The literals among the arguments of something that shows text.
    fn shown_args<'a>(&mut self, args: impl IntoIterator<Item = &'a syn::Expr>) {
        for arg in args {
            if let syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(text),
                ..
            }) = arg
            {
                self.shown.push((text.span().start().line, text.value()));
            }
        }
    }

    /// The literals in a macro's tokens, which `syn` does not parse: `format!("…", …)`.
    fn tokens(&mut self, tokens: TokenStream) {
        let tokens: Vec<TokenTree> = tokens.into_iter().collect();
        let mut skip_next_group = false;
        for (at, token) in tokens.iter().enumerate() {
            match token {
                TokenTree::Literal(literal) => {
                    if let syn::Lit::Str(text) = syn::Lit::new(literal.clone()) {
                        self.literal(literal.span().start().line, text.value());
                    }
                }
                TokenTree::Group(group) => {
                    // A doc comment inside a macro's tokens: `#[doc = "…"]`.
                    let doc = group.delimiter() == proc_macro2::Delimiter::Bracket
                        && matches!(group.stream().into_iter().next(),
                            Some(TokenTree::Ident(i)) if i == "doc");
                    if !std::mem::take(&mut skip_next_group) && !doc {
                        self.tokens(group.stream());
                    }
                }
                TokenTree::Ident(ident) if !self.all => {
                    let name = ident.to_string();
                    let bang = matches!(tokens.get(at + 1), Some(TokenTree::Punct(p)) if p.as_char() == '!');
                    let dot = at > 0
                        && matches!(&tokens[at - 1], TokenTree::Punct(p) if p.as_char() == '.');
                    skip_next_group = (dot && DEVELOPERS_METHODS.contains(&name.as_str()))
                        || (bang && DEVELOPERS_MACROS.contains(&name.as_str()));
                }
                _ => {}
            }
        }
    }
}

impl<'ast> Visit<'ast> for Literals {
    fn visit_item(&mut self, item: &'ast syn::Item) {
        if !test_only(item_attrs(item)) {
            syn::visit::visit_item(self, item);
        }
    }

    fn visit_impl_item_fn(&mut self, item: &'ast syn::ImplItemFn) {
        if !test_only(&item.attrs) {
            syn::visit::visit_impl_item_fn(self, item);
        }
    }

    fn visit_attribute(&mut self, attr: &'ast syn::Attribute) {
        if QUIET_ATTRIBUTES
            .iter()
            .any(|name| attr.path().is_ident(name))
        {
            return;
        }
        match &attr.meta {
            syn::Meta::List(list) => self.tokens(list.tokens.clone()),
            syn::Meta::NameValue(pair) => self.visit_expr(&pair.value),
            syn::Meta::Path(_) => {}
        }
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        let name = mac.path.segments.last().map(|s| s.ident.to_string());
        if self.all || !name.is_some_and(|n| DEVELOPERS_MACROS.contains(&n.as_str())) {
            self.tokens(mac.tokens.clone());
        }
    }

    fn visit_expr_call(&mut self, call: &'ast syn::ExprCall) {
        if let syn::Expr::Path(path) = &*call.func {
            let names: Vec<String> = path
                .path
                .segments
                .iter()
                .map(|s| s.ident.to_string())
                .collect();
            if let [.., kind, function] = names.as_slice()
                && SHOWN_TYPES.contains(&kind.as_str())
                && matches!(function.as_str(), "new" | "warning" | "news" | "from_label")
            {
                self.shown_args(&call.args);
            }
        }
        syn::visit::visit_expr_call(self, call);
    }

    fn visit_expr_method_call(&mut self, call: &'ast syn::ExprMethodCall) {
        if SHOWN_METHODS.contains(&call.method.to_string().as_str()) {
            self.shown_args(&call.args);
        }
        if !self.all && DEVELOPERS_METHODS.contains(&call.method.to_string().as_str()) {
            self.visit_expr(&call.receiver);
        } else {
            syn::visit::visit_expr_method_call(self, call);
        }
    }

    fn visit_lit_str(&mut self, literal: &'ast syn::LitStr) {
        self.literal(literal.span().start().line, literal.value());
    }
}

/// The string literals of the program in `file`: those a person may read, or (`all`) every one.
fn literals(file: &str, all: bool) -> Literals {
    let text = std::fs::read_to_string(root().join(file)).unwrap();
    let syntax = syn::parse_file(&text).unwrap_or_else(|e| panic!("{file}: {e}"));
    let mut literals = Literals {
        all,
        ..Literals::default()
    };
    literals.visit_file(&syntax);
    literals
}

/// The literals of `literals` that a person reads: those that read as words, and those shown
/// as they are that hold a word.
fn read(literals: Literals) -> BTreeSet<(usize, String)> {
    let has_word = |text: &str| {
        text.split(|c: char| !c.is_alphabetic())
            .any(|word| word.chars().count() >= 2)
    };
    let shown = literals.shown.into_iter().filter(|(_, t)| has_word(t));
    literals
        .found
        .into_iter()
        .filter(|(_, text)| reads_as_words(text))
        .chain(shown)
        .collect()
}

fn allowed_by<'a>(list: &'a [Allowed], file: &str, text: &str) -> Option<&'a Allowed> {
    list.iter().find(|a| {
        let file_matches = if a.file.ends_with('/') {
            file.starts_with(a.file)
        } else {
            file == a.file
        };
        file_matches && text.starts_with(a.starts)
    })
}

/// The literals of the program that read as words and are not allowed, as `file:line: "text"`;
/// and the allowances that were used.
fn words_in(files: &[String]) -> (Vec<String>, BTreeSet<(&'static str, &'static str)>) {
    let mut words = Vec::new();
    let mut used = BTreeSet::new();
    for file in files {
        for (line, text) in read(literals(file, false)) {
            let allowance = allowed_by(ALLOWED, file, &text)
                .or_else(|| allowed_by(TRANSLATORS_TOOL, file, &text));
            match allowance {
                Some(a) => {
                    used.insert((a.file, a.starts));
                }
                None => words.push(format!("{file}:{line}: {text:?}")),
            }
        }
    }
    (words, used)
}

#[test]
fn no_words_a_person_reads_are_written_in_the_code() {
    let (words, used) = words_in(&all_sources());
    assert!(
        words.is_empty(),
        "{} literals read as words a person reads; give each a message in i18n/*/stretch_timer.ftl \
         (every language) and ask for it with tr!, or, if no person ever reads it, add it to \
         ALLOWED in tests/it/words_in_code.rs with the reason:\n{}",
        words.len(),
        words.join("\n")
    );
    let unused: Vec<_> = ALLOWED
        .iter()
        .chain(TRANSLATORS_TOOL)
        .filter(|a| !used.contains(&(a.file, a.starts)))
        .map(|a| format!("{} {:?} ({})", a.file, a.starts, a.why))
        .collect();
    assert!(
        unused.is_empty(),
        "allowed, but no longer in the code (remove from the list):\n{}",
        unused.join("\n")
    );
}

/// The test finds a label written in a screen, and says where it is; it lets an id through.
#[test]
fn a_label_written_in_a_screen_is_found() {
    let screen = "fn ui(ui: &mut egui::Ui) {\n    ui.label(tr!(\"library-title\"));\n    \
                  ui.label(\"Hello there\");\n    let what = format!(\"{} steps left\", 3);\n    \
                  ui.button(\"Start\");\n    ui.label(\"·\");\n}\n\
                  #[cfg(test)]\nmod tests {\n    const SAID: &str = \"Hello there\";\n}\n";
    let syntax = syn::parse_file(screen).unwrap();
    let mut literals = Literals::default();
    literals.visit_file(&syntax);
    let words: Vec<_> = read(literals).into_iter().collect();
    assert_eq!(
        words,
        [
            (3, "Hello there".to_owned()),
            (4, "{} steps left".to_owned()),
            (5, "Start".to_owned())
        ]
    );
}

/// The message ids of the English file (the model every language follows), with the ids its
/// messages name in their text (`{ other-message }`).
fn english_ids() -> (BTreeSet<String>, BTreeSet<String>) {
    let text = std::fs::read_to_string(root().join("i18n/en/stretch_timer.ftl")).unwrap();
    let mut ids = BTreeSet::new();
    let mut named = BTreeSet::new();
    for line in text.lines() {
        if let Some((id, _)) = line.split_once('=')
            && !id.is_empty()
            && id
                .trim_end()
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || c == '-')
            && line.starts_with(|c: char| c.is_ascii_lowercase())
        {
            ids.insert(id.trim_end().to_owned());
        }
        for (at, _) in line.match_indices('{') {
            let rest = line[at + 1..].trim_start();
            let id: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '-')
                .collect();
            if id.starts_with(|c: char| c.is_ascii_lowercase()) {
                named.insert(id);
            }
        }
    }
    assert!(ids.len() > 100, "the English messages were read");
    (ids, named)
}

/// Every message is asked for: by `tr!("id"…)` (an id is always a literal: the macro takes no
/// other), by `loader().get("id")` in src/l10n.rs, or by another message. A message no code asks
/// for is a translator's wasted work.
#[test]
fn every_message_is_asked_for() {
    let (ids, named) = english_ids();
    let mut asked = BTreeSet::new();
    for file in all_sources() {
        for (_, text) in literals(&file, true).found {
            asked.insert(text);
        }
    }
    let unused: Vec<_> = ids
        .iter()
        .filter(|id| !asked.contains(*id) && !named.contains(*id))
        .collect();
    assert!(
        unused.is_empty(),
        "messages in i18n/en/stretch_timer.ftl that no code asks for (remove them from every \
         language):\n{unused:#?}"
    );
}
