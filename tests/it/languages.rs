//! The screens whose words come from the language files, seen in each language as a person sees
//! them. The language is this test's thread's own: the tests beside it stay in English.

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)] // Tests may fail loudly.

use egui_kittest::kittest::Queryable as _;
use stretch_timer::app::Launch;
use stretch_timer::app::settings::Settings;
use stretch_timer::l10n;

use crate::common::*;

fn speak(language: &str) {
    let language = language.parse().expect("a language code");
    assert!(l10n::set_language(&language), "{language} is offered");
}

/// Whether some label holds `text` (a step's line: several steps hold the same words).
fn shows_in_some(rig: &Rig, text: &str) -> bool {
    rig.harness
        .query_all_by_label_contains(text)
        .next()
        .is_some()
}

#[test]
fn the_library_and_a_routine_s_overview_in_german() {
    speak("de");
    let mut rig = rig(Launch::Library);
    assert!(rig.shows("Übungsprogramme"));
    assert!(rig.shows("Verlauf"));
    assert!(rig.shows("7:11 · 4 Übungen · mitgeliefert"));
    rig.click("Psoas-Dehnung im Stehen");
    assert!(rig.shows("Alle Programme"));
    assert!(rig.shows("Bevor Sie beginnen"));
    assert!(rig.shows("4:55 insgesamt · 2 Übungen · von stretch-timer (mitgeliefertes Beispiel)"));
    assert!(rig.shows("Starten"));
    assert!(rig.shows("Kopie bearbeiten"));
    assert!(shows_in_some(&rig, "Sek. halten"));
}

#[test]
fn the_overview_in_spanish_and_in_french() {
    for (language, routine, back, start, before) in [
        (
            "es",
            "Estiramiento del psoas de pie",
            "Todas las rutinas",
            "Empezar",
            "Antes de empezar",
        ),
        (
            "fr",
            "Étirement du psoas debout",
            "Tous les programmes",
            "Commencer",
            "Avant de commencer",
        ),
    ] {
        speak(language);
        let mut rig = rig(Launch::Library);
        rig.click(routine);
        assert!(rig.shows(back), "{language}");
        assert!(rig.shows(start), "{language}");
        assert!(rig.shows(before), "{language}");
    }
}

#[test]
fn the_handout_in_german_says_the_page_s_language_and_keeps_a_routine_s_text_as_text() {
    speak("de");
    let text = r#"Routine(format: 1, name: "Abends", author: "<b>Frau Dr. Weiß</b>",
        steps: [Step(name: "Brücke", sides: Both, hold: "1m30s", reps: 2, rest: 15)])"#;
    let routine = stretch_timer::routine::parse(text, None).unwrap();
    let page = stretch_timer::handout::render(&routine).html;
    assert!(page.contains(r#"<html lang="de">"#), "{page}");
    assert!(
        page.contains("Zusammengestellt von <strong>&lt;b&gt;Frau Dr. Weiß&lt;/b&gt;</strong>")
    );
    assert!(page.contains("Gesamtdauer <strong>"));
    assert!(page.contains("2 × 1 Min. 30 Sek. halten, auf jeder Seite (erst links, dann rechts)"));
    assert!(page.contains("15 Sek. Pause zwischen den Wiederholungen"));
    assert!(page.contains("<h2>Notizen</h2>"));
}

#[test]
fn the_player_in_german_names_what_to_do_the_side_and_the_keys() {
    speak("de");
    let mut rig = rig(Launch::Library);
    rig.click("Psoas-Dehnung im Stehen");
    rig.click("Starten");
    assert!(rig.shows("Bereit machen"));
    assert!(rig.shows("· Übung 1 von 2"));
    // The standing psoas stretch: pelvic tilts (10 s to get ready), then holds of 5 s.
    rig.at_secs(11.0);
    assert!(rig.shows("Halten"));
    assert!(shows_in_some(&rig, "Wiederholung 1 von"));
    assert!(rig.shows("Überspringen"));
    let skip = rig.harness.get_by_label("Überspringen");
    skip.hover();
    rig.harness.run();
    assert!(shows_in_some(&rig, "Pfeil rechts oder N"));
    rig.key(egui::Key::Space);
    assert!(rig.shows("Pausiert: Leertaste zum Weitermachen"));
    assert!(rig.shows("Weiter"));
}

#[test]
fn the_pain_question_and_the_finish_in_spanish() {
    speak("es");
    let mut rig = rig_with(Launch::Library, Settings::default());
    rig.click("Estiramiento del psoas de pie");
    rig.click("Empezar");
    assert!(rig.shows("¿Cuánto le duele en este momento?"));
    assert!(rig.shows("0 es nada de dolor; 10, el peor dolor que pueda imaginar"));
    assert!(rig.shows("Antes de «Estiramiento del psoas de pie»"));
    rig.click("Dolor 3");
    // Through to the end: the finish asks the same question again, then how hard it was.
    rig.at_secs(4.0 * 60.0 + 56.0);
    assert!(rig.shows("Rutina completada"));
    assert!(rig.shows("¿Cuánto le duele ahora?"));
    assert!(rig.shows("¿Qué tal el esfuerzo?"));
    assert!(rig.shows("Justo bien"));
    assert!(rig.shows("Volver a las rutinas"));
}

#[test]
fn the_stop_question_in_french() {
    speak("fr");
    let mut rig = rig(Launch::Library);
    rig.click("Étirement du psoas debout");
    rig.click("Commencer");
    rig.key(egui::Key::Escape);
    assert!(rig.shows("Arrêter ce programme\u{a0}?"));
    assert!(rig.shows("Continuer"));
    rig.click("Arrêter le programme");
    assert!(!rig.shows("Arrêter ce programme\u{a0}?"));
}

/// Finishes the standing stretch with pain 6 before and 3 after, in the thread's language, and
/// opens History.
fn finish_and_open_history(rig: &mut Rig, words: [&str; 5]) {
    let [routine, start, pain, back, history] = words;
    rig.click(routine);
    rig.click(start);
    rig.click(&format!("{pain} 6"));
    rig.at_secs(296.0);
    rig.click(&format!("{pain} 3"));
    rig.click(back);
    rig.click(history);
}

#[test]
fn history_in_german_writes_days_dates_and_decimals_as_germans_do() {
    speak("de");
    let mut rig = rig_with(Launch::Library, Settings::default());
    finish_and_open_history(
        &mut rig,
        [
            "Psoas-Dehnung im Stehen",
            "Starten",
            "Schmerz",
            "Zurück zu den Programmen",
            "Verlauf",
        ],
    );
    assert!(rig.shows("Mittwoch, 12. März (heute): 1 Einheit gemacht"));
    rig.click("Einheiten");
    assert!(rig.shows("Mi., 12.03.2025, 09:00 · Psoas-Dehnung im Stehen"));
    assert!(rig.shows_containing(
        "Vollständig · 4 Min. 55 Sek. · 12 von 12 Haltepositionen · Schmerz 6 vorher, 3 nachher"
    ));
    assert!(rig.shows("Notiz zur Einheit vom Mi., 12.03.2025, 09:00 hinzufügen"));
    rig.click("Diagramme");
    assert!(shows_in_some(
        &rig,
        "Durchschnittlicher Schmerz 6,0 vorher, 3,0 nachher."
    ));
}

#[test]
fn history_in_french_names_the_days_in_french() {
    speak("fr");
    let mut rig = rig_with(Launch::Library, Settings::default());
    finish_and_open_history(
        &mut rig,
        [
            "Étirement du psoas debout",
            "Commencer",
            "Douleur",
            "Retour aux programmes",
            "Historique",
        ],
    );
    assert!(rig.shows("mercredi 12 mars (aujourd’hui)\u{a0}: 1 séance faite"));
    rig.click("Séances");
    assert!(rig.shows_containing("Terminée · 4 min 55 s · 12 sur 12 maintiens"));
}

#[test]
fn a_language_chosen_in_settings_is_spoken_at_once_and_kept() {
    speak("en");
    let mut rig = rig(Launch::Library);
    assert!(rig.shows("Routines"));
    rig.click("Settings");
    rig.click("Language");
    rig.click("Deutsch");
    rig.harness.run();
    assert!(
        rig.shows("Übungsprogramme"),
        "the library speaks German at once"
    );
    assert!(
        rig.shows_somewhere("Einstellungen"),
        "the button and the window's title"
    );
    assert!(rig.shows_somewhere("Schriftgröße"));
    assert_eq!(
        rig.harness.state().settings().language.as_deref(),
        Some("de"),
        "the choice is kept with the settings"
    );
    rig.click("Sprache");
    rig.click("Français");
    rig.harness.run();
    assert!(rig.shows_somewhere("Réglages"));
    assert!(rig.shows_somewhere("Taille du texte"));
}

/// The four bundled routines' names, English first, then German, Spanish and French.
const NAMES: [[&str; 4]; 4] = [
    [
        "Supine bench psoas stretch",
        "Floor psoas stretch",
        "Standing psoas stretch",
        "Gentle myofascial psoas release",
    ],
    [
        "Psoas-Dehnung in Rückenlage auf der Bank",
        "Psoas-Dehnung am Boden",
        "Psoas-Dehnung im Stehen",
        "Sanfte myofasziale Psoas-Lösung",
    ],
    [
        "Estiramiento del psoas boca arriba en un banco",
        "Estiramiento del psoas en el suelo",
        "Estiramiento del psoas de pie",
        "Liberación miofascial suave del psoas",
    ],
    [
        "Étirement du psoas sur le dos, en bout de banc",
        "Étirement du psoas au sol",
        "Étirement du psoas debout",
        "Relâchement myofascial doux du psoas",
    ],
];

#[test]
fn the_library_lists_the_bundled_routines_in_the_client_s_language() {
    for (language, names) in ["en", "de", "es", "fr"].into_iter().zip(NAMES) {
        speak(language);
        let rig = rig(Launch::Library);
        for name in names {
            assert!(rig.shows(name), "{name} in {language}");
        }
        for other in NAMES.iter().flatten().filter(|n| !names.contains(n)) {
            assert!(!rig.shows(other), "{other} in {language}");
        }
    }
}

#[test]
fn a_bundled_routine_in_german_its_safety_text_steps_and_instructions() {
    speak("de");
    let mut rig = rig(Launch::Library);
    assert!(shows_in_some(
        &rig,
        "Eine Psoas-Dehnung im Stehen in Schrittstellung"
    ));
    rig.click("Psoas-Dehnung im Stehen");
    assert!(shows_in_some(
        &rig,
        "Hören Sie sofort auf, wenn Sie einen stechenden"
    ));
    assert!(shows_in_some(&rig, "Beckenkippen im Stehen"));
    rig.click("Starten");
    // The player: the step's German name and instructions, with the same times as in English.
    assert!(rig.shows("Beckenkippen im Stehen"));
    assert!(shows_in_some(&rig, "Stellen Sie sich aufrecht hin"));
    rig.at_secs(11.0);
    assert!(rig.shows("Halten"));
    assert!(shows_in_some(&rig, "Wiederholung 1 von 6"));
}

/// The language changed while the app is open (as Settings does): the library reads the bundled
/// routines again in it at once, each still the same routine.
#[test]
fn the_bundled_routines_follow_a_change_of_language_at_once() {
    speak("en");
    let mut rig = rig(Launch::Library);
    assert!(rig.shows("Standing psoas stretch"));
    let sources: Vec<_> = rig
        .harness
        .state()
        .library()
        .entries
        .iter()
        .map(|e| e.source.clone())
        .collect();
    speak("fr");
    rig.harness.run();
    assert!(rig.shows("Étirement du psoas debout"), "French at once");
    assert!(!rig.shows("Standing psoas stretch"));
    let after: Vec<_> = rig
        .harness
        .state()
        .library()
        .entries
        .iter()
        .map(|e| e.source.clone())
        .collect();
    assert_eq!(after, sources, "the same routines, by the same ids");
    rig.click("Étirement du psoas debout");
    assert!(shows_in_some(&rig, "Arrêtez immédiatement"));
}

/// What the command line's `plan`, `run`, `render` and `handout` read a bundled id as
/// (`Resolve::load`, `load_checked`), and the handout of it, in the program's language.
#[test]
fn a_bundled_id_is_read_and_printed_in_the_program_s_language() {
    use stretch_timer::progress::Source;
    use stretch_timer::resolve::Resolve as _;
    speak("es");
    let source = Source::Bundled("floor-psoas".to_owned());
    let routine = source.load().unwrap();
    assert_eq!(routine.name, "Estiramiento del psoas en el suelo");
    assert_eq!(source.load_checked().unwrap(), routine);
    let english = stretch_timer::bundled::find("floor-psoas")
        .unwrap()
        .load("en")
        .unwrap();
    assert_eq!(routine.total(), english.total());
    let page = stretch_timer::handout::render(&routine).html;
    assert!(page.contains(r#"<html lang="es">"#));
    assert!(
        page.contains("<h1>Estiramiento del psoas en el suelo</h1>"),
        "{page}"
    );
    assert!(page.contains("Túmbese boca arriba sobre una esterilla"));
    assert!(!page.contains("Floor psoas stretch"));
    // The session's text, as its hash is taken, is the one read.
    let text = stretch_timer::recording::routine_text(&source).unwrap();
    assert!(String::from_utf8_lossy(&text).contains("Levantarse despacio"));
}

/// A home folder holding `tests/data/valid/minimal.ron` ("Minimal": one step, "Stretch", held 30 s).
fn home_with_minimal() -> tempfile::TempDir {
    let home = tempfile::tempdir().unwrap();
    let routines = home.path().join("routines");
    std::fs::create_dir_all(&routines).unwrap();
    std::fs::copy("tests/data/valid/minimal.ron", routines.join("minimal.ron")).unwrap();
    home
}

#[test]
fn the_editor_in_german_names_its_fields_says_what_is_wrong_and_saves() {
    speak("de");
    let home = home_with_minimal();
    let file = home.path().join("routines/minimal.ron");
    let mut rig = rig_in(home, Launch::Library, quiet());
    rig.click("Minimal");
    rig.click("Bearbeiten");
    assert!(rig.shows("Bearbeiten: Minimal"));
    assert!(rig.shows("Gespeichert"));
    assert!(rig.shows("Alle Programme"));
    assert!(rig.shows_containing("Gesamtdauer"));
    assert!(rig.shows("Keine Fehler: bereit zum Speichern und zum Üben."));
    // The fields, by the names a screen reader gives them.
    for field in [
        "Name des Programms",
        "Kurzbeschreibung",
        "Verfasst von",
        "Sicherheit",
        "Übung 1 Name",
        "Übung 1 Anleitung",
        "Übung 1 Seiten: Erst links, dann rechts",
        "Übung 1 Halten",
        "Übung 1 Wiederholungen",
        "Übung 1 Bereit machen",
        "Übung 1 Pause",
        "Übung 1 Atemrhythmus",
        "Bild für Übung 1 wählen",
        "Anleitung für Übung 1 aufnehmen",
        "Ab Übung 1 ausprobieren",
    ] {
        control(&rig, field);
    }
    assert!(rig.shows("Übung hinzufügen"));
    assert!(shows_in_some(&rig, "Im Namen der Übung steht kein Wort"));
    // A hold that is not a duration: the editor says, in German, that there is a problem to fix.
    set_field(&mut rig, "Übung 1 Halten", "bald");
    assert!(rig.shows("1 Fehler"));
    assert!(rig.shows("1 Fehler ist zu beheben, bevor Ihre Klientin oder Ihr Klient üben kann:"));
    // What is wrong, in German, under the field and in the list of problems beside it; the field
    // named by its label in the form, the value as it is written in the file.
    let said = r#"Halten: "bald" ist keine Dauer; schreiben Sie 30, "30s" oder "1m30s""#;
    assert!(rig.shows(said));
    assert!(rig.shows(&format!("Übung 1: {said}")));
    assert!(rig.shows("Die Vorschau erscheint, sobald die Fehler behoben sind."));
    // Saving asks first; kept editing, fixed, saved.
    rig.click("Speichern");
    assert!(rig.shows("Dieses Programm hat einen Fehler"));
    rig.click("Weiter bearbeiten");
    set_field(&mut rig, "Übung 1 Halten", "45s");
    assert!(rig.shows("Nicht gespeichert"));
    rig.click("Speichern");
    assert!(shows_in_some(&rig, "Gespeichert als minimal.ron"));
    assert!(rig.shows("Gespeichert"));
    let saved = std::fs::read_to_string(&file).unwrap();
    assert!(saved.contains("\"45s\""), "{saved}");
}

#[test]
fn a_new_routine_in_french_its_drawings_and_its_recording_window() {
    speak("fr");
    let mut rig = rig(Launch::Library);
    rig.click("Nouveau programme");
    rig.click("Programme vierge");
    assert!(rig.shows("Modification\u{a0}: Programme sans nom"));
    assert!(rig.shows("Pas encore terminé"));
    assert!(rig.shows("Sons des signaux (fournis)"));
    control(&rig, "Exercice 1 côtés\u{a0}: Gauche, puis droite");
    // The blank step's drawing, chosen from the menu by its French name.
    rig.click("Choisir un dessin pour l’exercice 1");
    rig.click("Exercice 1 dessin Genoux contre la poitrine");
    assert!(shows_in_some(
        &rig,
        "Genoux contre la poitrine, choisi pour cet exercice."
    ));
    assert!(
        rig.harness
            .query_by_label(
                "Dessin\u{a0}: allongé sur le dos, les deux genoux ramenés contre la poitrine"
            )
            .is_some(),
        "the drawing, described to a screen reader"
    );
    // Left empty, the name says so once visited; the header counts the problems in French.
    control(&rig, "Nom du programme").focus();
    rig.harness.run();
    control(&rig, "Rédigé par").focus();
    rig.harness.run();
    assert!(shows_in_some(
        &rig,
        "à corriger avant que votre patient puisse l’utiliser\u{a0}:"
    ));
    rig.click("Enregistrer les consignes de l’exercice 1");
    assert!(rig.shows_containing("Appuyez sur Enregistrer et dites les consignes."));
    assert!(rig.shows_containing("tiennent avant le maintien"));
    rig.click("Annuler");
    assert!(!rig.shows_containing("Appuyez sur Enregistrer et dites les consignes."));
}

#[test]
fn the_command_line_speaks_the_system_s_language_or_the_one_chosen_in_the_app() {
    let home = tempfile::tempdir().unwrap();
    let history = |command: &mut std::process::Command| {
        let out = command
            .args(["history", "--home"])
            .arg(home.path())
            .output()
            .unwrap();
        String::from_utf8(out.stderr).unwrap()
    };
    let said = history(crate::common::program().env("LANG", "de_DE.UTF-8"));
    assert!(
        said.contains("Noch keine Einheiten gespeichert"),
        "the system's German: {said}"
    );
    // A language chosen in the app's Settings, as eframe keeps them, comes before the system's.
    let data = tempfile::tempdir().unwrap();
    let folder = data.path().join("stretch-timer");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("app.ron"),
        r#"{"stretch-timer-settings":"(language:Some(\"fr\"))"}"#,
    )
    .unwrap();
    let said = history(
        crate::common::program()
            .env("LANG", "de_DE.UTF-8")
            .env("XDG_DATA_HOME", data.path()),
    );
    assert!(
        said.contains("Aucune séance enregistrée"),
        "Settings' French: {said}"
    );
    let said = history(
        crate::common::program()
            .env("XDG_DATA_HOME", data.path())
            .args(["--lang", "es"]),
    );
    assert!(said.contains("Todavía no hay sesiones"), "--lang: {said}");
}

#[test]
fn a_bundled_routine_done_in_english_is_named_in_german_in_history_once_german_is_chosen() {
    speak("en");
    let mut rig = rig_with(Launch::Library, Settings::default());
    finish_and_open_history(
        &mut rig,
        [
            "Standing psoas stretch",
            "Start",
            "Pain",
            "Back to routines",
            "History",
        ],
    );
    rig.click("Settings");
    rig.click("Language");
    rig.click("Deutsch");
    rig.harness.run();
    rig.harness
        .get_by_role_and_label(egui::accesskit::Role::Button, "Einstellungen")
        .click();
    rig.harness.run();
    rig.click("Einheiten");
    assert!(rig.shows_containing("· Psoas-Dehnung im Stehen"));
    assert!(!rig.shows_containing("Standing psoas stretch"));
    let view = rig.harness.state().history_view().unwrap();
    assert_eq!(view.routines, ["Psoas-Dehnung im Stehen"], "one routine");
}

#[test]
fn the_command_line_s_own_words_and_refusals_follow_lang() {
    let home = tempfile::tempdir().unwrap();
    let run = |args: &[&str]| {
        let out = crate::common::program()
            .arg("--home")
            .arg(home.path())
            .args(args)
            .output()
            .unwrap();
        (
            String::from_utf8(out.stdout).unwrap(),
            String::from_utf8(out.stderr).unwrap(),
        )
    };
    let (listed, hint) = run(&["--lang", "de", "list"]);
    assert!(
        listed.contains("2 Übungen") && listed.contains("(mitgeliefert)"),
        "{listed}"
    );
    assert!(hint.contains("Ihre eigenen Programme kommen in"), "{hint}");
    let (plan, _) = run(&["--lang", "fr", "plan", "standing-psoas"]);
    assert!(plan.contains("en tout, 2 exercices"), "{plan}");
    assert!(plan.contains("maintien"), "{plan}");
    // A value refused while the command line is read is refused in the language asked for,
    // wherever --lang stands.
    let (_, refused) = run(&["run", "standing-psoas", "--pain-before", "11", "--lang=fr"]);
    assert!(
        refused.contains("la douleur est un nombre entier de 0 à 10"),
        "{refused}"
    );
    let (_, refused) = run(&[
        "--lang",
        "es",
        "remind",
        "set",
        "standing-psoas",
        "--at",
        "08:00",
        "--days",
        "mon,jue",
    ]);
    assert!(refused.contains("«jue» no es un día"), "{refused}");
    let (_, _) = run(&["new", "Mein Programm"]);
    let (_, again) = run(&["--lang", "de", "new", "Mein Programm"]);
    assert!(again.contains("gibt es schon"), "{again}");
}

#[test]
fn a_routine_asked_for_by_a_name_no_routine_has_is_said_in_french() {
    speak("fr");
    let rig = rig(Launch::Open("aucun-programme".to_owned()));
    assert!(
        rig.shows_containing("Aucun programme ne s’appelle «\u{a0}aucun-programme\u{a0}»."),
        "the library's notice, in French"
    );
}
