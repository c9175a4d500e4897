# Die Wörter von Stretch Timer auf Deutsch. Vorlage: i18n/en/stretch_timer.ftl.
# Anrede: Sie, wie in der Physiotherapie üblich.

## Die Übersicht aller Programme

library-heading = Übungsprogramme
library-history = Verlauf
    .tooltip = Ihre Einheiten, Schmerzwerte und Notizen
library-new = Neues Programm
library-new-blank = Leeres Programm
library-new-copy-of = Als Kopie von
library-copy-of = Kopie von { $name }
library-path-hint = oder den Pfad einer .ron- oder .zip-Datei eingeben oder einfügen
library-path-name = Pfad der Programmdatei
library-open-path = Pfad öffnen
library-untitled = Programm ohne Namen
library-unsaved-changes = Nicht gespeicherte Änderungen an „{ $name }“ ({ $file })
library-unsaved-new = Nicht gespeichertes neues Programm „{ $name }“
library-discard = Verwerfen
library-discard-name = Änderungen an { $name } verwerfen
library-continue = Weiter bearbeiten
library-continue-name = { $name } weiter bearbeiten
library-facts = { $time } · { $steps ->
        [one] 1 Übung
       *[other] { $steps } Übungen
    } · { $shelf }
library-last-done = · Zuletzt { $when }
library-broken = Dieses Programm enthält Fehler und kann nicht gestartet werden · { $shelf }
library-problem-at = Zeile { $line }, Spalte { $column }: { $problem }
library-more-problems = … und { $count } weitere

## Wo ein Programm aufgeführt ist

shelf-bundled = mitgeliefert
shelf-yours = Ihr eigenes
shelf-opened = aus { $folder }

## Ein Programm vor dem Start

overview-back = Alle Programme
overview-start = Starten
overview-edit = Bearbeiten
overview-edit-copy = Kopie bearbeiten
overview-remind-me = Erinnern
    .tooltip = Uhrzeiten, zu denen Sie an dieses Programm erinnert werden
overview-handout = Zum Ausdrucken
    .tooltip = Eine Seite mit allen Übungen, zum Ausdrucken oder Verschicken
overview-export = Zum Weitergeben exportieren
    .tooltip = Eine Datei mit dem Programm und seinen Bildern und Tönen
overview-facts = { $time } insgesamt · { $steps ->
        [one] 1 Übung
       *[other] { $steps } Übungen
    }
overview-facts-by = { $time } insgesamt · { $steps ->
        [one] 1 Übung
       *[other] { $steps } Übungen
    } · von { $author }
overview-before-you-start = Bevor Sie beginnen
overview-step-title = { $number }. { $name }
overview-step-in-all = { $time } insgesamt

## Was eine Übung verlangt, in der Vorschau und auf dem Ausdruck

detail-hold-once = { $hold } halten
detail-hold-once-left = { $hold } halten, nur links
detail-hold-once-right = { $hold } halten, nur rechts
detail-hold-once-both = { $hold } halten, auf jeder Seite (erst links, dann rechts)
detail-holds = { $reps } × { $hold } halten
detail-holds-left = { $reps } × { $hold } halten, nur links
detail-holds-right = { $reps } × { $hold } halten, nur rechts
detail-holds-both = { $reps } × { $hold } halten, auf jeder Seite (erst links, dann rechts)
detail-prepare = { $time }, um in die Ausgangsposition zu kommen
detail-rest = { $time } Pause zwischen den Wiederholungen
detail-switch-sides = { $time } für den Seitenwechsel
detail-breathe = Während Sie halten: { $pace } einatmen, { $pace } ausatmen
detail-halfway = Ein Ton markiert die Mitte jeder Haltephase

## Eine Dauer in Worten

duration-seconds = { $s } Sek.
duration-minutes = { $m } Min.
duration-minutes-seconds = { $m } Min. { $s } Sek.
duration-hours = { $h } Std.
duration-hours-minutes = { $h } Std. { $m } Min.
duration-hours-seconds = { $h } Std. { $s } Sek.
duration-hours-minutes-seconds = { $h } Std. { $m } Min. { $s } Sek.

## Das Übungsblatt zum Ausdrucken

handout-prepared-by = Zusammengestellt von <strong>{ $author }</strong>
handout-total-time = Gesamtdauer <strong>{ $time }</strong>
handout-steps = { $steps ->
        [one] 1 Übung
       *[other] { $steps } Übungen
    }
handout-safety = Sicherheit
handout-before-you-start = Bevor Sie beginnen
handout-notes = Notizen
handout-made-with = Erstellt mit stretch-timer
handout-step-title = { $number }. { $name }
handout-picture-alt = Übung { $number }: { $name }
handout-picture-missing = Das Bild „{ $file }“ fehlt: { $reason }.
handout-picture-left-out = Übung { $step } „{ $name }“: Das Bild „{ $file }“ ist nicht im Übungsblatt: { $reason }
handout-clock-minutes = { $clock } Min.
handout-clock-hours = { $clock } Std.

## Warum ein Bild nicht verwendet werden kann

picture-unreadable = die Datei konnte nicht gelesen werden: { $reason }
picture-too-large-for-handout = die Datei ist { $size } MiB groß; ein Übungsblatt nimmt Bilder bis { $limit } auf
picture-too-large = die Datei ist { $size } MiB groß; ein Bild darf höchstens { $limit } groß sein
picture-kind-unsupported = ein Übungsblatt nimmt PNG-, JPEG- und SVG-Bilder auf, und der Dateiname endet nicht auf .png, .jpg, .jpeg oder .svg
picture-not-its-kind = die Datei ist als { $kind }-Bild benannt, enthält aber keines

## Was die Person gerade tut, wie der Player es nennt (groß angezeigt und vom Screenreader gesagt)

phase-prepare = Bereit machen
phase-hold = Halten
phase-rest = Pause
phase-switch-sides = Seite wechseln
breath-in = Einatmen
breath-out = Ausatmen

## Eine Zeit in Worten, wie ein Screenreader sie sagt

time-seconds = { $s ->
        [one] 1 Sekunde
       *[other] { $s } Sekunden
    }
time-minutes = { $m ->
        [one] 1 Minute
       *[other] { $m } Minuten
    }
time-minutes-seconds = { $m ->
        [one] 1 Minute
       *[other] { $m } Minuten
    } { $s ->
        [one] 1 Sekunde
       *[other] { $s } Sekunden
    }
time-left = noch { $time }

## Der Player

player-paused = Pausiert: Leertaste zum Weitermachen
player-complete = Programm geschafft
player-step-of = · Übung { $step } von { $steps }
player-progress = { $elapsed } von { $total }
player-progress-name = Fortschritt: { $elapsed } von { $total }
player-timer-stopped = Der Zeitgeber für die Signale ist ausgefallen ({ $reason }): Signale kommen jetzt nur noch, solange dieses Fenster offen und sichtbar ist.
player-no-sound = Kein Ton: { $reason }. Folgen Sie dem Bildschirm.
player-retry-sound = Ton erneut versuchen
player-back = Zurück
player-restart-step = Übung neu beginnen
player-pause = Pause
player-resume = Weiter
player-skip = Überspringen
player-stop = Beenden
player-mute = Stumm
player-unmute = Ton an
player-rep-of = Wiederholung { $rep } von { $reps }
player-side-left = LINKS
    .name = Linke Seite
player-side-right = RECHTS
    .name = Rechte Seite
player-picture-of = Bild zu { $step }
player-last = Die letzte: danach haben Sie das Programm geschafft
player-next-step = Als Nächstes: { $step } ({ $length } { $phase ->
        [prepare] bereit machen
        [hold] halten
        [rest] Pause
       *[switch] Seite wechseln
    })
player-next-hold-side = Als Nächstes: halten, { $side ->
        [left] linke Seite
       *[right] rechte Seite
    } ({ $length })
player-next-hold-rep = Als Nächstes: halten, Wiederholung { $rep } von { $reps } ({ $length })
player-next-hold = Als Nächstes: halten ({ $length })
player-next-rest = Als Nächstes: Pause ({ $length })
player-next-switch = Als Nächstes: Seite wechseln ({ $length })
player-next-prepare = Als Nächstes: bereit machen ({ $length })

## Die Tasten des Players, wie die Tooltips seiner Schaltflächen sie nennen

key-space = Leertaste
key-escape = Esc
key-left = Pfeil links
key-right = Pfeil rechts
key-plus = Plus
key-equals = =
key-minus = Minus
key-letter = { $letter }
keys-either = { $first } oder { $second }

## Was ein Screenreader während eines Programms sagt

announce-prepare = Bereit machen: { $step }{ $side ->
        [left] , linke Seite
        [right] , rechte Seite
       *[none] {""}
    }, { $length }.
announce-hold = Halten: { $step }{ $side ->
        [left] , linke Seite
        [right] , rechte Seite
       *[none] {""}
    }{ $reps ->
        [1] {""}
       *[other] , Wiederholung { $rep } von { $reps }
    }, { $length }.
announce-rest = Pause, { $length }. Danach Wiederholung { $rep } von { $reps }.
announce-switch-sides = Seite wechseln, { $length }.
announce-switch-to = Seite wechseln: als Nächstes die { $side ->
        [left] linke Seite
       *[right] rechte Seite
    }, { $length }.
announce-paused = Pausiert.
announce-breathe-in = Einatmen.
announce-breathe-out = Ausatmen.
announce-paused-left = Pausiert, noch { $time }.
announce-going-on = Es geht weiter, noch { $time }.
announce-to-go = Noch { $time }.
announce-tick = { $n }.

## Nach einem Programm

finish-back-to-editor = Zurück zum Editor
finish-back-to-routines = Zurück zu den Programmen
finish-again = Noch einmal
finish-complete = Programm geschafft
finish-facts = { $steps ->
        [one] 1 Übung
       *[other] { $steps } Übungen
    } · geplant { $planned } · gedauert { $took }
finish-well-done = Gut gemacht. Stehen Sie langsam auf und trinken Sie etwas Wasser.
finish-pain-now = Wie stark sind Ihre Schmerzen jetzt?
finish-how-hard = Wie anstrengend war es?
finish-note-heading = Eine Notiz für Ihre Therapeutin oder Ihren Therapeuten
finish-note-hint = Freiwillig: wie es ging, was schwer war
finish-note-name = Notiz
finish-kept = Ihre Antworten werden mit dieser Einheit gespeichert, wenn Sie diese Seite verlassen.
effort-too-easy = Zu leicht
effort-about-right = Genau richtig
effort-too-hard = Zu schwer

## Die Frage nach den Schmerzen, vor einem Programm und nach einem Abbruch

pain-question = Wie stark sind Ihre Schmerzen gerade?
pain-before = Vor „{ $routine }“
pain-stopped-at = { $routine }: beendet bei { $step }
pain-scale = 0 heißt keine Schmerzen, 10 die schlimmsten Schmerzen, die Sie sich vorstellen können
pain-keys = Sie können auch mit den Tasten 0 bis 9 antworten
pain-button-name = Schmerz { $pain }
pain-skip = Überspringen
    .tooltip = Ohne Angabe weitermachen (S)
pain-skip-and-start = Überspringen und starten
pain-not-now = Jetzt nicht

## Fragen in einem eigenen Fenster

ask-stop = Dieses Programm beenden?
    .body = Das Programm endet hier; Sie können es jederzeit wieder von vorn beginnen.
ask-save-problems = { $count ->
        [one] Dieses Programm hat einen Fehler
       *[other] Dieses Programm hat { $count } Fehler
    }
    .body = Ein Programm mit Fehlern lässt sich nicht starten. Ihre Änderungen als Entwurf behalten und die Fehler zuerst beheben?
    .over-valid = Die Datei auf dem Datenträger funktioniert; wenn Sie jetzt speichern, wird sie durch eine ersetzt, die sich nicht starten lässt. Ihre Änderungen als Entwurf behalten und die Fehler zuerst beheben?
ask-changed-on-disk = Die Datei wurde geändert
    .body = { $file } wurde von einem anderen Programm geändert, seit Sie sie hier geöffnet haben. Wenn Sie speichern, ersetzen Ihre Änderungen die anderen.
ask-leave-editor = Änderungen speichern?
    .body = Ihre Änderungen an diesem Programm sind noch nicht gespeichert.
ask-import-clash = Ein Programm mit diesem Namen gibt es hier schon
ask-delete-session = Diese Einheit löschen?
    .body = { $session } wird mit den Schmerzwerten und der Notiz aus Ihrem Verlauf entfernt. Das lässt sich nicht rückgängig machen.
ask-new-history = Einen neuen Verlauf beginnen?
    .body = Ihre Verlaufsdatei { $file } lässt sich nicht lesen. Sie bleibt erhalten: Sie wird umbenannt, mit dem heutigen Datum im Namen, am selben Ort, und ein neuer, leerer Verlauf beginnt.
ask-keep-going = Weitermachen
ask-stop-routine = Programm beenden
ask-keep-as-draft = Als Entwurf behalten
ask-save-anyway = Trotzdem speichern
ask-keep-editing = Weiter bearbeiten
ask-replace-with-mine = Durch meine ersetzen
ask-save = Speichern
ask-discard = Änderungen verwerfen
ask-keep-both = Beide behalten
ask-replace-mine = Meines ersetzen
ask-cancel = Abbrechen
ask-delete-session-button = Einheit löschen
ask-keep-it = Behalten
ask-set-aside = Beiseitelegen und neu beginnen

## Die Befehlszeile: --lang, und die Sprache der Stimme (stretch-timer render, run)
cli-lang-not-offered = stretch-timer spricht kein „{ $asked }“. Wählen Sie eine dieser Sprachen: { $offered }.
cli-voice-not-language = Warnung: Die Stimme { $asked } spricht nicht { $language }, die Sprache der Ansagen dieses Programms. Die Namen der Übungen spricht daher { $voice }.

## Der Name des Fensters, wie Screenreader und Taskleiste ihn sagen: die App, dann die Ansicht

window-name = { $app }: { $screen }
window-library = Übungsprogramme
window-pain-before = Schmerzen vor { $routine }
window-player = Ein Programm läuft
window-finished = Programm geschafft
window-stopped = Programm beendet
window-history = Verlauf
window-editor = Editor
window-broken = { $routine } enthält Fehler
window-fix = Eine Programmdatei wird korrigiert

## Eine Programmdatei von Hand korrigieren

fix-not-saved = Speichern hat nicht geklappt; Ihre Änderungen sind noch da: { $reason }
fix-saved-whole = { $file } gespeichert: Die Datei ist jetzt fehlerfrei.
fix-saved-with-problems = { $file } gespeichert, { $count ->
        [one] 1 Fehler ist
       *[other] { $count } Fehler sind
    } noch zu beheben.

## Der Hinweis oben in einer Ansicht

notice-open-folder = Ordner öffnen
    .tooltip = Den Ordner in Ihrer Dateiverwaltung zeigen
notice-save-as = Speichern unter…
notice-dismiss = Schließen
notice-path-to-open = Pfad der Datei, die geöffnet werden soll
notice-open-this-file = Diese Datei öffnen
notice-path-for-copy = Wo die Kopie gespeichert werden soll
notice-save-the-copy = Kopie speichern
notice-file-in-folder = { $file } im Ordner { $folder }
