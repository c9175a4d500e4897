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
    rig.click("Standing psoas stretch");
    assert!(rig.shows("Alle Programme"));
    assert!(rig.shows("Bevor Sie beginnen"));
    assert!(rig.shows("4:55 insgesamt · 2 Übungen · von stretch-timer (bundled example)"));
    assert!(rig.shows("Starten"));
    assert!(rig.shows("Kopie bearbeiten"));
    assert!(shows_in_some(&rig, "Sek. halten"));
}

#[test]
fn the_overview_in_spanish_and_in_french() {
    for (language, back, start, before) in [
        ("es", "Todas las rutinas", "Empezar", "Antes de empezar"),
        (
            "fr",
            "Tous les programmes",
            "Commencer",
            "Avant de commencer",
        ),
    ] {
        speak(language);
        let mut rig = rig(Launch::Library);
        rig.click("Standing psoas stretch");
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
    rig.click("Standing psoas stretch");
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
    rig.click("Standing psoas stretch");
    rig.click("Empezar");
    assert!(rig.shows("¿Cuánto le duele en este momento?"));
    assert!(rig.shows("0 es nada de dolor; 10, el peor dolor que pueda imaginar"));
    assert!(rig.shows("Antes de «Standing psoas stretch»"));
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
    rig.click("Standing psoas stretch");
    rig.click("Commencer");
    rig.key(egui::Key::Escape);
    assert!(rig.shows("Arrêter ce programme\u{a0}?"));
    assert!(rig.shows("Continuer"));
    rig.click("Arrêter le programme");
    assert!(!rig.shows("Arrêter ce programme\u{a0}?"));
}

/// Finishes the standing stretch with pain 6 before and 3 after, in the thread's language, and
/// opens History.
fn finish_and_open_history(rig: &mut Rig, words: [&str; 4]) {
    let [start, pain, back, history] = words;
    rig.click("Standing psoas stretch");
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
        ["Starten", "Schmerz", "Zurück zu den Programmen", "Verlauf"],
    );
    assert!(rig.shows("Mittwoch, 12. März (heute): 1 Einheit gemacht"));
    rig.click("Einheiten");
    assert!(rig.shows("Mi., 12.03.2025, 09:00 · Standing psoas stretch"));
    assert!(rig.shows_containing(
        "Vollständig · 5 Min. · 12 von 12 Haltepositionen · Schmerz 6 vorher, 3 nachher"
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
            "Commencer",
            "Douleur",
            "Retour aux programmes",
            "Historique",
        ],
    );
    assert!(rig.shows("mercredi 12 mars (aujourd’hui)\u{a0}: 1 séance faite"));
    rig.click("Séances");
    assert!(rig.shows_containing("Terminée · 5 min · 12 sur 12 maintiens"));
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
