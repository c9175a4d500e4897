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

## Erinnerungen: in den Einstellungen, „Erinnern“ auf der Seite eines Programms, eine fällige im Fenster, die Benachrichtigung des Desktops und `stretch-timer remind`

reminders-heading = Erinnerungen
reminders-desktop-with-buttons = Dieser Desktop zeigt Erinnerungen als Benachrichtigungen, mit „Jetzt starten“ und „In 15 Minuten“.
reminders-desktop-without-buttons = Dieser Desktop zeigt Erinnerungen als Benachrichtigungen, aber ohne Schaltflächen (er bietet keine an).
reminders-desktop-no-bus = Es gibt keinen Sitzungsbus des Desktops, über den Benachrichtigungen angezeigt werden könnten, deshalb können Erinnerungen nicht als Benachrichtigungen erscheinen. Solange Stretch Timer geöffnet ist, erinnert es Sie stattdessen in seinem Fenster.
reminders-desktop-no-server = Auf diesem Desktop läuft kein Benachrichtigungsdienst, deshalb können Erinnerungen nicht als Benachrichtigungen erscheinen. Solange Stretch Timer geöffnet ist, erinnert es Sie stattdessen in seinem Fenster.
reminders-desktop-cannot = { $why }. Solange Stretch Timer geöffnet ist, erinnert es Sie stattdessen in seinem Fenster.
reminders-desktop-asking = Der Desktop wird gefragt, ob er Benachrichtigungen anzeigt…
reminders-presence-failed = { $why }: Der Erinnerungsdienst zeigt vielleicht eine Erinnerung, die auch dieses Fenster zeigt.
reminders-set-aside = Beschädigte Datei beiseitelegen und neu beginnen
reminders-kept-aside = Die beschädigte Datei ist als { $file } aufbewahrt; Sie können wieder Erinnerungen einrichten.
reminders-none = Es sind keine Erinnerungen eingerichtet.
reminders-remove = Entfernen
reminders-remove-name = Die Erinnerung um { $time } für { $routine } entfernen
reminders-add-heading = Eine Erinnerung hinzufügen:
reminders-routine = Programm
reminders-time = Uhrzeit
reminders-time-name = Uhrzeit der Erinnerung
reminders-add = Erinnerung hinzufügen
reminders-removed = Die Erinnerung ist entfernt.
reminders-every-day = Jeden Tag
reminders-weekdays = Montag bis Freitag
reminders-chosen-days = Bestimmte Tage
reminders-tick-a-day = Bitte wählen Sie mindestens einen Tag.
reminders-time-form = „{ $given }“ ist keine Uhrzeit; schreiben Sie Stunden und Minuten, etwa 08:00 oder 18:30.
reminders-time-hour = „{ $given }“ ist keine Uhrzeit: Die Stunde muss zwischen 0 und 23 liegen.
reminders-time-minute = „{ $given }“ ist keine Uhrzeit: Die Minuten müssen zwischen 00 und 59 liegen.
reminders-due = Erinnerung
reminders-dismiss = Schließen
reminders-remind-me = Erinnern
reminders-prescribed = Verordnet: { $days ->
        [7] jeden Tag
        [one] 1 Tag pro Woche
       *[other] { $days } Tage pro Woche
    }, { $times ->
        [one] einmal am Tag
        [2] zweimal am Tag
       *[other] { $times }-mal am Tag
    }. Diese Uhrzeiten sind ein Vorschlag: Ändern Sie sie, wie es Ihnen passt.
reminders-no-prescription = Keine Verordnung: Vorgeschlagen ist eine Erinnerung am Tag. Ändern Sie das, wie es Ihnen passt.
reminders-time-days = { $time } { $days }
reminders-already = Schon eingerichtet: { $list } (entfernen können Sie sie in den Einstellungen).
reminders-time-n = Uhrzeit { $n }
reminders-time-n-name = Uhrzeit der Erinnerung { $n }
reminders-remove-time-n = Uhrzeit { $n } entfernen
reminders-add-time = Eine Uhrzeit hinzufügen
reminders-save = Erinnerungen speichern
reminders-set-for = Erinnerungen für { $routine } eingerichtet: { $times }, { $days }.
reminders-not-saved = { $why } Sehen Sie unter „Erinnerungen“ in den Einstellungen nach.
reminders-not-noted = Es ließ sich nicht festhalten, welche Erinnerungen schon gezeigt wurden; eine kann deshalb noch einmal erscheinen: { $why }.
reminders-probe-failed = der Desktop ließ sich nicht fragen: { $why }
reminders-probe-unanswered = der Desktop hat auf die Frage nicht geantwortet
reminders-autostart-written = Ab Ihrer nächsten Anmeldung erscheinen sie auch, wenn Stretch Timer geschlossen ist.
reminders-autostart-removed = Bei der Anmeldung erinnert Sie nichts mehr.
reminders-autostart-failed = Sie erscheinen nur, solange Stretch Timer geöffnet ist: { $why }.
remind-days-every-day = jeden Tag
remind-days-weekdays = montags bis freitags
remind-days-weekends = am Wochenende
remind-times-and = { $most } und { $last }
remind-start-now = Jetzt starten
remind-snooze = In 15 Minuten
remind-time-for = Zeit für { $routine }
remind-takes = { $minutes ->
        [0] Es dauert keine Minute.
        [one] Es dauert etwa 1 Minute.
       *[other] Es dauert etwa { $minutes } Minuten.
    }
remind-takes-hours = { $minutes ->
        [0] Es dauert etwa { $hours } Std.
       *[other] Es dauert etwa { $hours } Std. { $minutes } Min.
    }
remind-cannot-open = Das Programm ließ sich nicht öffnen: { $why }
remind-set = Erinnerung eingerichtet: { $routine } um { $time }, { $days }.
remind-changed = Erinnerung geändert: { $routine } um { $time }, { $days } (vorher { $before }).
remind-unchanged = Schon eingerichtet: { $routine } um { $time }, { $days }.
remind-prescribed = { $routine } ist { $times ->
        [one] einmal am Tag
        [2] zweimal am Tag
       *[other] { $times }-mal am Tag
    } verordnet: { $set } eingerichtet; vorgeschlagene Uhrzeiten { $suggested }.
remind-warning = Warnung: { $what }
remind-at-login-written = Erinnerungen starten bei der Anmeldung: { $file } ist geschrieben.
remind-at-login-removed = Bei der Anmeldung startet nichts mehr: { $file } ist entfernt.
remind-list-time = UHRZEIT
remind-list-days = TAGE
remind-list-routine = PROGRAMM
remind-list-next = NÄCHSTE
remind-list-cannot-start = die Erinnerungen für „{ $routine }“ können es nicht starten: { $why }; abschalten können Sie sie mit: stretch-timer remind off "{ $routine }"
remind-daemon-running = Der Erinnerungsdienst läuft.
remind-daemon-starts-at-login = Der Erinnerungsdienst läuft gerade nicht: Er startet bei Ihrer nächsten Anmeldung, oder jetzt mit: stretch-timer remind daemon
remind-daemon-not-at-login = Der Erinnerungsdienst läuft nicht, und nichts startet ihn bei der Anmeldung: { $file } fehlt. Richten Sie wieder eine Erinnerung ein, damit die Datei geschrieben wird, oder starten Sie den Dienst jetzt mit: stretch-timer remind daemon
remind-daemon-start-it = Der Erinnerungsdienst läuft nicht: Starten Sie ihn mit: stretch-timer remind daemon
remind-off-none = Es waren keine Erinnerungen eingerichtet.
remind-off-all = { $count ->
        [one] 1 Erinnerung abgeschaltet
       *[other] { $count } Erinnerungen abgeschaltet
    }.
remind-off-routine = { $count ->
        [one] 1 Erinnerung
       *[other] { $count } Erinnerungen
    } für { $routine } abgeschaltet.
remind-off-not-set = für „{ $routine }“ gibt es keine Erinnerungen; es sind keine Erinnerungen eingerichtet
remind-off-not-set-others = für „{ $routine }“ gibt es keine Erinnerungen; Erinnerungen gibt es für: { $set }
remind-daemon-nothing-to-do = es sind keine Erinnerungen eingerichtet, der Erinnerungsdienst hat also nichts zu tun
remind-daemon-all-off = alle Erinnerungen sind abgeschaltet; der Erinnerungsdienst beendet sich
remind-daemon-stops = { $why }; der Erinnerungsdienst beendet sich
remind-daemon-cannot-go-on = der Erinnerungsdienst konnte nicht weiterlaufen: { $why }
remind-log-shown = an { $routine } erinnert
remind-log-app-open = { $routine } ist fällig; die App ist geöffnet und erinnert selbst daran
remind-log-done-today = { $routine } ist fällig, wurde heute aber schon so oft gemacht wie verordnet
remind-log-skipped = { $routine } übersprungen (fällig um { $due }): erst eine Stunde oder mehr zu spät bemerkt
remind-log-started = { $routine } gestartet
remind-log-start-failed = { $routine } ließ sich nicht starten: { $why }
remind-log-snoozed = { $routine } verschoben bis { $until }
remind-log-failed = { $routine }: { $why }
remind-log-file-unreadable = die Erinnerungsdatei lässt sich gerade nicht lesen ({ $why }); die zuvor gelesenen Erinnerungen gelten weiter
remind-log-clock-changed = die Uhr wurde umgestellt; die Erinnerungen richten sich nach der neuen Zeit
remind-error-read = Ihre Erinnerungsdatei { $file } ließ sich nicht lesen: { $why }
remind-error-broken = Ihre Erinnerungsdatei { $file } lässt sich nicht lesen ({ $detail }); sie bleibt, wie sie ist, und keine Erinnerung wird geändert, bis sie korrigiert oder beiseitegelegt ist
remind-error-too-new = Ihre Erinnerungsdatei { $file } stammt von einer neueren Version von stretch-timer (Version { $found }; diese liest Version { $reads }); sie bleibt, wie sie ist
remind-error-set-aside = { $file } ließ sich nicht beiseitelegen: { $why }
remind-error-daemon-running = für { $folder } läuft schon ein Erinnerungsdienst
remind-error-lock = die Sperrdatei { $file } ließ sich nicht verwenden: { $why }
remind-error-autostart-folder = der Autostart-Ordner { $folder } ließ sich nicht anlegen: { $why }
remind-error-autostart-remove = der Autostart-Eintrag { $file } ließ sich nicht entfernen: { $why }
remind-error-no-bus = es gibt keinen Sitzungsbus des Desktops für Benachrichtigungen ({ $detail }), deshalb können keine Erinnerungen erscheinen
remind-error-no-server = auf diesem Desktop läuft kein Benachrichtigungsdienst ({ $detail }), deshalb können keine Erinnerungen erscheinen
remind-error-unsupported = Erinnerungen als Benachrichtigung gibt es auf diesem System noch nicht
remind-error-not-shown = der Benachrichtigungsdienst hat die Erinnerung nicht angezeigt: { $detail }
remind-error-cannot-wait = auf die Antwort ließ sich nicht warten: { $why }

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

## History: this week, the charts and the sessions

history-heading = Verlauf
history-all-routines = Alle Programme
history-report = Bericht für die Therapie
    .hover = Eine Seite zum Ausdrucken oder Verschicken: Einheiten, Schmerzen und Notizen
history-routine = Programm
history-routine-name = Programm: { $routine }
history-period = Zeitraum
history-period-name = Zeitraum: { $period }
history-period-weeks4 = 4 Wochen
history-period-months3 = 3 Monate
history-period-year = 1 Jahr
history-period-all = Alles
history-tab-week = Diese Woche
history-tab-charts = Diagramme
history-tab-sessions = Einheiten
history-problem = Ihr Verlauf kann gerade nicht verwendet werden
history-problem-still-run = Die Programme laufen weiter; ihre Einheiten werden aber erst wieder gespeichert, wenn das behoben ist.
history-start-new = Neuen Verlauf beginnen
history-try-again = Noch einmal versuchen
history-no-sessions = In diesem Zeitraum gibt es keine Einheiten.
history-no-note = Keine Notiz
history-note = Notiz: { $note }
history-add-note = Notiz hinzufügen
    .name = Notiz zur Einheit vom { $when } hinzufügen
history-edit-note = Notiz bearbeiten
    .name = Notiz zur Einheit vom { $when } bearbeiten
history-delete = Löschen
    .name = Einheit vom { $when } löschen
history-note-for = Notiz zum { $when }
history-note-name = Notiz
history-save-note = Notiz speichern
history-cancel = Abbrechen
history-note-not-kept = Die Notiz konnte nicht gespeichert werden: { $reason }
history-delete-what = Die Einheit vom { $when } ({ $routine })
history-not-deleted = Die Einheit konnte nicht gelöscht werden: { $reason }
history-started-new = Ein neuer Verlauf ist begonnen. Die alte Datei bleibt als { $file } erhalten.
history-readable-again = Ihr Verlauf kann wieder gelesen werden; es wurde nichts verschoben.
history-not-started-new = Ein neuer Verlauf konnte nicht begonnen werden: { $reason }
history-report-written = Der Bericht liegt in { $file }; er öffnet sich in Ihrem Browser, zum Ausdrucken oder Verschicken.
history-report-not-written = Der Bericht konnte nicht geschrieben werden: { $reason }

# A session in the list: how it ended, then its facts, each after a ·
session-completed = Vollständig
session-stopped = Vorzeitig beendet
session-stopped-at = Bei Übung { $step } vorzeitig beendet
session-stopped-at-named = Bei Übung { $step } ({ $name }) vorzeitig beendet
session-interrupted = Unterbrochen
session-not-finished = Nicht abgeschlossen
session-minutes = { $minutes } Min.
session-holds = { $done } von { $planned ->
        [one] 1 Halteposition
       *[other] { $planned } Haltepositionen
    }
session-pain-both = Schmerz { $before } vorher, { $after } nachher
session-pain-before = Schmerz { $before } vorher
session-pain-after = Schmerz { $after } nachher
# How long ago a day was: "today", "3 days ago", "on 2 January" (the date is written for the language).
days-ago = { $days ->
        [0] heute
        [1] gestern
       *[other] vor { $days } Tagen
    }
days-ago-on = am { $date }

# This week
week-heading = Diese Woche
week-no-streak = Noch keine Serie: Eine Einheit heute beginnt eine.
week-streak = Serie: { $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    } in Folge, seit { $since }
week-rest-days = Ihr Plan erlaubt { $days ->
        [one] 1 Ruhetag
       *[other] { $days } Ruhetage
    } pro Woche: Ein ausgelassener Tag innerhalb davon unterbricht die Serie nicht.
week-kept-heading = Einhalten des Plans
week-no-prescription = Kein Plan: Ein Programm kann angeben, wie oft es gemacht werden soll (sein Zeitplan).
week-prescription = { $routine }: { $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    } pro Woche, { $times ->
        [one] einmal
       *[other] { $times }-mal
    } am Tag
week-last-7 = Letzte 7 Tage: { $done } von { $expected } Einheiten
week-last-7-percent = Letzte 7 Tage: { $done } von { $expected } Einheiten ({ $percent } %)
week-last-28 = Letzte 28 Tage: { $done } von { $expected } Einheiten
week-last-28-percent = Letzte 28 Tage: { $done } von { $expected } Einheiten ({ $percent } %)
# A day's box, as a screen reader says it.
week-day-to-come = { $day }: kommt noch
week-day-not-done = { $day }: nicht gemacht
week-today-not-done = { $day } (heute): nicht gemacht
week-day-done = { $day }: { $sessions ->
        [one] 1 Einheit
       *[other] { $sessions } Einheiten
    } gemacht
week-today-done = { $day } (heute): { $sessions ->
        [one] 1 Einheit
       *[other] { $sessions } Einheiten
    } gemacht

# The charts
chart-pain-heading = Schmerz vorher und nachher
chart-no-pain = In diesem Zeitraum gibt es keine Schmerzwerte.
chart-pain-counts = { $before ->
        [one] 1 Einheit
       *[other] { $before } Einheiten
    } mit einem Wert vorher, { $after ->
        [one] 1 Einheit
       *[other] { $after } Einheiten
    } mit einem Wert nachher.
chart-pain-averages = Durchschnittlicher Schmerz { $before } vorher, { $after } nachher.
chart-pain-average-before = Durchschnittlicher Schmerz { $before } vorher.
chart-pain-average-after = Durchschnittlicher Schmerz { $after } nachher.
chart-pain-weekly = Jeder Punkt ist der Durchschnitt einer Woche.
chart-before = Vorher
chart-after = Nachher
chart-pain-name = Diagramm des Schmerzes vorher und nachher: { $words }
chart-minutes-heading = Minuten pro Woche
chart-minutes = { $minutes } Minuten in { $weeks ->
        [one] 1 Woche
       *[other] { $weeks } Wochen
    }.
chart-minutes-series = Minuten
chart-minutes-name = Diagramm der Minuten pro Woche: { $words }
chart-sessions-heading = Einheiten pro Woche
chart-sessions = { $done } Einheiten gemacht in { $weeks ->
        [one] 1 Woche
       *[other] { $weeks } Wochen
    }.
chart-sessions-prescribed = { $done } Einheiten gemacht in { $weeks ->
        [one] 1 Woche
       *[other] { $weeks } Wochen
    }; { $prescribed } pro Woche vorgesehen.
chart-sessions-done = Gemachte Einheiten
chart-prescribed = Vorgesehen
chart-sessions-name = Diagramm der Einheiten pro Woche: { $words }

## Settings

# Each language's name for itself, as the list of languages in Settings shows it.
language-own-name = Deutsch
settings-heading = Einstellungen
settings-language = Sprache
settings-language-system = Wie im System: { $language }
settings-cues = Signale
settings-cues-tones = Töne
settings-cues-voice = Stimme
settings-cues-both = Beides
settings-volume = Lautstärke
settings-volume-said = { $percent } Prozent
settings-sound = Ton
settings-mute = Stumm
settings-countdown = Countdown
settings-ticks = Ticken in den letzten Sekunden
settings-theme = Darstellung
settings-theme-dark = Dunkel
settings-theme-light = Hell
settings-pain = Schmerz
settings-ask-pain = Vor einem Programm nach Schmerzen fragen
settings-text-size = Schriftgröße
settings-text-normal = Normal
settings-text-large = Groß
settings-text-largest = Am größten
settings-step-names = Namen der Übungen
settings-say-names = Den Namen jeder Übung zu Beginn ansagen
settings-no-speech = Die Namen der Übungen können nicht gesprochen werden: { $reason }. Installieren Sie espeak-ng, um sie zu hören: sudo apt install espeak-ng
settings-names-when = Mit „Stimme“ oder „Beides“; ab dem nächsten gestarteten Programm
settings-read-instructions = Anleitung vorlesen
settings-read-instructions-name = Die Anleitung jeder Übung vorlesen
settings-read-when-asked = Wenn das Programm es vorsieht
settings-read-always = Immer
settings-read-never = Nie
settings-read-when = Wird während des Vorbereitens vorgelesen, wenn sie vor dem Halten zu Ende ist
settings-voice-language = Sprache der Übungsnamen
settings-rate = Sprechtempo
settings-rate-unit = Wörter pro Minute

## The report for the therapist (a page to print or send)
# Words in <strong> stand out on the page: keep the marks around the same words.

report-title = Verlaufsbericht
report-title-routine = Verlaufsbericht: { $routine }
report-period = Vom <strong>{ $from }</strong> bis zum <strong>{ $to }</strong> ({ $days ->
        [one] 1 Tag
       *[other] { $days } Tage
    })
report-summary-none = Keine Einheiten.
report-summary = { $sessions ->
        [one] 1 Einheit
       *[other] { $sessions } Einheiten
    }: { $completed } vollständig, { $stopped } vorzeitig beendet, { $interrupted } unterbrochen.
report-look-at = Zu beachten
report-nothing-to-flag = Nichts Auffälliges: kein Schmerzwert von { $high } oder mehr, keine Einheit, nach der der Schmerz um { $rise } oder mehr höher war als vorher, keine Woche, in der der durchschnittliche Schmerz um { $week_rise } oder mehr stieg, keine Übung, bei der wiederholt abgebrochen wurde.
report-pain-section = Schmerz
report-pain-heading = Schmerz vor und nach jeder Einheit
report-no-sessions = In diesem Zeitraum wurden keine Einheiten aufgezeichnet.
report-notes-section = Notizen
report-notes-heading = Notizen der Patientin oder des Patienten
report-no-notes = Keine Notizen in diesem Zeitraum.
report-date = Datum
report-routine = Programm
report-note = Notiz
report-footer = Die Schmerzwerte sind so, wie sie selbst angegeben wurden, von 0 (keine Schmerzen) bis 10 (die schlimmsten vorstellbaren). Eine Einheit zählt als gemacht, wenn sie vollständig war oder vorzeitig beendet wurde, nachdem mindestens die Hälfte der Haltepositionen gemacht war. Erstellt mit stretch-timer; nichts davon hat den Computer verlassen, bevor es selbst weitergegeben wurde.
report-flag-high-before = { $date }: Schmerz { $pain }/10 vor der Einheit ({ $routine }).
report-flag-high-after = { $date }: Schmerz { $pain }/10 nach der Einheit ({ $routine }).
report-flag-pain-rose = { $date }: Schmerz während der Einheit von { $before } auf { $after } gestiegen ({ $routine }).
report-flag-week-rose = Woche ab { $week }: durchschnittlicher Schmerz { $average }, gestiegen von { $previous } in der Woche davor.
report-flag-stops = { $routine }: { $times }-mal vorzeitig beendet bei Übung { $step } „{ $name }“ (zuletzt am { $last }).
report-prescribed = Verordnet: { $prescription }.
report-done-of = Gemacht: <strong>{ $done } von { $expected }</strong> verordneten Einheiten.
report-done-of-percent = Gemacht: <strong>{ $done } von { $expected }</strong> verordneten Einheiten ({ $percent } %).
report-no-prescription = { $done ->
        [one] 1 Einheit
       *[other] { $done } Einheiten
    } gemacht. Die Programmdatei enthält keine Verordnung (oder ist nicht mehr vorhanden).
report-week-of = Woche ab
report-done = Gemacht
report-prescribed-column = Verordnet
report-minutes = Minuten
report-average-pain = Durchschnittlicher Schmerz
report-prescription = { $days ->
        [7] jeden Tag
        [one] 1 Tag pro Woche
       *[other] { $days } Tage pro Woche
    }, { $times ->
        [1] einmal am Tag
        [2] zweimal am Tag
       *[other] { $times }-mal am Tag
    } ({ $sessions ->
        [one] 1 Einheit
       *[other] { $sessions } Einheiten
    } pro Woche)
report-chart-title = Schmerz vor und nach jeder Einheit, 0 bis 10
report-key-before = vorher
report-key-after = nachher
report-key-high = ab { $high }: hoch
report-no-pain = In diesem Zeitraum wurden keine Schmerzwerte angegeben.

## What went wrong, as a notice or the command line says it (these continue a sentence: no capital)

fault-disk-full = der Datenträger ist voll: Geben Sie etwas Speicherplatz frei und versuchen Sie es noch einmal
fault-quota = Ihr Anteil am Speicherplatz ist aufgebraucht: Geben Sie etwas Speicherplatz frei und versuchen Sie es noch einmal
fault-read-only-disk = der Datenträger ist schreibgeschützt: Dort kann nichts gespeichert werden
fault-not-allowed = Sie dürfen das nicht ändern (keine Berechtigung)
fault-not-found = das gibt es nicht
fault-not-written = { $file } konnte nicht geschrieben werden: { $reason }
history-error-corrupt = Ihre Verlaufsdatei { $file } ist beschädigt und kann nicht gelesen werden ({ $detail }); sie bleibt, wie sie ist
history-error-locked = ein anderes Programm verwendet Ihre Verlaufsdatei { $file } und hält sie gesperrt; schließen Sie das andere Programm (zum Beispiel einen Datenbank-Betrachter) und versuchen Sie es noch einmal
history-error-too-new = Ihre Verlaufsdatei { $file } wurde von einer neueren Version von stretch-timer geschrieben (Verlaufsversion { $found }; diese Version liest bis { $supported }); aktualisieren Sie stretch-timer, um sie zu verwenden – die Datei bleibt, wie sie ist
history-error-read-only = Ihre Verlaufsdatei { $file } kann nicht geschrieben werden: Die Datei oder ihr Ordner ist schreibgeschützt
history-error-full = der Datenträger mit Ihrer Verlaufsdatei { $file } ist voll; geben Sie etwas Speicherplatz frei
history-error-other = Ihre Verlaufsdatei { $file } konnte nicht verwendet werden: { $reason }
history-error-no-hold = Übung { $step } hat in dieser Einheit keine Halteposition mehr, die gespeichert werden könnte
history-error-no-hold-side = Übung { $step } ({ $side }) hat in dieser Einheit keine Halteposition mehr, die gespeichert werden könnte
history-error-not-open = der Verlauf ist nicht geöffnet
record-error-waiting = diese Einheit von { $routine } ist noch nicht gespeichert: Ein anderes Programm verwendet Ihre Verlaufsdatei { $file }; sie wird gespeichert, sobald das Programm die Datei freigibt
record-error = diese Einheit von { $routine } konnte nicht gespeichert werden: { $reason }

## The command line's history (stretch-timer history)

cli-history-no-match = Keine Einheiten passen dazu.
cli-history-none-yet = Noch keine Einheiten gespeichert: `stretch-timer run PROGRAMM` speichert eine.
cli-history-started = Begonnen
cli-history-routine = Programm
cli-history-outcome = Ergebnis
cli-history-time = Dauer
cli-history-holds = Halten
cli-history-pain = Schmerz
cli-history-effort = Anstrengung
cli-history-note = Notiz
cli-history-running = Läuft
cli-history-stopped-at = Bei Übung { $step } beendet
cli-history-set-aside-hint = { $problem }. Um wieder Einheiten zu speichern, führen Sie `stretch-timer history --set-aside` aus: Das legt die beschädigte Datei beiseite (sie bleibt erhalten, nichts wird gelöscht) und beginnt einen neuen Verlauf
cli-history-moved = Ihr beschädigter Verlauf wurde nach { $file } verschoben (erhalten, nicht gelöscht). Ein neuer Verlauf hat begonnen: Einheiten werden wieder gespeichert.
cli-history-fine = Ihr Verlauf { $file } kann gelesen und geschrieben werden: Es wurde nichts verschoben.
cli-history-left-out = { $problem }; sie wird weggelassen

## The command line's run and report (stretch-timer run, stretch-timer report)

cli-run-no-sound = stretch-timer: es geht ohne Ton weiter: Folgen Sie der Anzeige
cli-run-warning = Hinweis: { $problem }
cli-run-ctrl-c = Strg+C beendet.
cli-run-pain-before = Wie stark sind Ihre Schmerzen gerade, von 0 (keine) bis 10 (die schlimmsten)? Eingabetaste überspringt:
cli-run-pain-after = Wie stark sind Ihre Schmerzen jetzt, von 0 (keine) bis 10 (die schlimmsten)? Eingabetaste überspringt:
cli-run-pain-again = Eine ganze Zahl von 0 bis 10, oder die Eingabetaste zum Überspringen:
cli-run-not-started = Nicht begonnen.
cli-run-not-recorded = diese Einheit von { $routine } konnte nicht gespeichert werden: Ihre Datei konnte nicht noch einmal gelesen werden ({ $reason })
cli-run-sound-lost = kein Ton: { $reason }
cli-run-sound-back = der Ton ist wieder da
cli-run-timer-stopped = der Zeitgeber für die Signale ist stehen geblieben ({ $reason }); die Signale folgen jetzt dieser Anzeige
cli-run-complete = Programm beendet.
cli-run-stopped = Abgebrochen.
cli-run-done = Fertig
cli-run-side = { $side ->
        [left] links
        [right] rechts
       *[none] -
    }
cli-run-status = { $what } · { $step } · { $side } · Wdh. { $rep }/{ $reps } · noch { $left } ({ $total } insgesamt)
cli-run-status-paused = { $what } · { $step } · { $side } · Wdh. { $rep }/{ $reps } · noch { $left } ({ $total } insgesamt) (pausiert)
cli-report-written = Der Bericht über { $sessions ->
        [one] 1 Einheit
       *[other] { $sessions } Einheiten
    } wurde in { $file } gespeichert
