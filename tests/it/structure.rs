//! The app's shape, kept: each screen a room that knows no other room and not the router, the
//! shared parts knowing no room, and no file of the app over 700 lines before its tests
//! (docs/ARCHITECTURE.md, "The app"). A change that breaks the shape fails here with the file
//! and line to look at.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Tests may fail loudly.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The rooms: a screen (or the file work) with its state, its drawing and its actions.
const ROOMS: &[&str] = &[
    "library",
    "overview",
    "player",
    "finish",
    "history",
    "editor",
    "settings",
    "reminders",
    "fix",
    "files",
];

/// What the rooms share; none of it may name a room.
const SHARED: &[&str] = &[
    "ask", "catalog", "deps", "dialogs", "drafts", "ending", "notice", "prefs", "route",
    "sessions", "shared", "widgets",
];

/// The router: the only files that may name `StretchApp` and every room.
const ROUTER: &[&str] = &["mod.rs", "transitions.rs"];

/// The longest a file of the app may be before its tests.
const MOST_LINES: usize = 700;

fn app_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src/app")
}

/// Every `.rs` file under `dir`, by its path from `src/app`.
fn sources(dir: &Path, files: &mut BTreeMap<PathBuf, String>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            sources(&path, files);
        } else if path.extension().is_some_and(|e| e == "rs") {
            let relative = path.strip_prefix(app_dir()).unwrap().to_owned();
            files.insert(relative, std::fs::read_to_string(&path).unwrap());
        }
    }
}

fn app_sources() -> BTreeMap<PathBuf, String> {
    let mut files = BTreeMap::new();
    sources(&app_dir(), &mut files);
    assert!(files.len() > 20, "the app's files were found");
    files
}

/// The module a file of `src/app` belongs to: its folder, or its own name at the top.
fn module_of(path: &Path) -> String {
    let first = path
        .components()
        .next()
        .unwrap()
        .as_os_str()
        .to_string_lossy();
    first.trim_end_matches(".rs").to_owned()
}

/// The code of a file before its tests, without comments (a doc comment may name anything).
fn code(text: &str) -> Vec<(usize, &str)> {
    text.lines()
        .enumerate()
        .take_while(|(_, line)| !line.starts_with("#[cfg(test)]"))
        .filter(|(_, line)| !line.trim_start().starts_with("//"))
        .map(|(n, line)| (n + 1, line))
        .collect()
}

/// The app's modules that `line` names: `super::x`, `crate::app::x`, `self::x` (in `mod.rs`).
fn named_modules(line: &str, top_level: bool) -> Vec<String> {
    let mut named = Vec::new();
    let mut prefixes = vec!["crate::app::"];
    if top_level {
        prefixes.push("super::");
    }
    for prefix in prefixes {
        for (at, _) in line.match_indices(prefix) {
            let rest = &line[at + prefix.len()..];
            let name: String = rest
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_')
                .collect();
            named.push(name);
        }
    }
    named
}

#[test]
fn no_file_of_the_app_is_over_700_lines_before_its_tests() {
    let long: Vec<String> = app_sources()
        .iter()
        .map(|(path, text)| {
            (
                path,
                text.lines()
                    .take_while(|l| !l.starts_with("#[cfg(test)]"))
                    .count(),
            )
        })
        .filter(|(_, lines)| *lines > MOST_LINES)
        .map(|(path, lines)| format!("src/app/{}: {lines} lines", path.display()))
        .collect();
    assert!(
        long.is_empty(),
        "over {MOST_LINES} lines before the tests: {long:?}"
    );
}

#[test]
fn only_the_router_names_the_app_and_no_room_names_another() {
    let mut wrong = Vec::new();
    for (path, text) in app_sources() {
        let file = path.to_string_lossy().into_owned();
        if path.components().count() == 1 && ROUTER.contains(&file.as_str()) {
            continue;
        }
        let module = module_of(&path);
        let top_level = path.components().count() == 1;
        let room = ROOMS.contains(&module.as_str());
        assert!(
            room || SHARED.contains(&module.as_str()),
            "src/app/{file} is neither a room nor shared: add it to ROOMS or SHARED"
        );
        for (n, line) in code(&text) {
            if line.contains("StretchApp") {
                wrong.push(format!(
                    "src/app/{file}:{n} names the router: {}",
                    line.trim()
                ));
            }
            for named in named_modules(line, top_level) {
                let other_room = ROOMS.contains(&named.as_str()) && named != module;
                if other_room {
                    let what = if room { "another room" } else { "a room" };
                    wrong.push(format!(
                        "src/app/{file}:{n} names {what}, {named}: {}",
                        line.trim()
                    ));
                }
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

#[test]
fn the_checks_above_catch_what_they_look_for() {
    assert_eq!(
        named_modules("use super::player::Ending;", true),
        ["player"]
    );
    assert_eq!(
        named_modules("use super::Ending;", false),
        Vec::<String>::new()
    );
    assert_eq!(
        named_modules("let x = crate::app::files::file_url(&p);", false),
        ["files"]
    );
    assert_eq!(module_of(Path::new("player/view.rs")), "player");
    assert_eq!(module_of(Path::new("route.rs")), "route");
    let text = "// StretchApp in a comment\nfn f() {}\n#[cfg(test)]\nmod tests { StretchApp }";
    assert_eq!(code(text), [(2, "fn f() {}")]);
}
