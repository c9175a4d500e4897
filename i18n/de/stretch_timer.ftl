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
        [one] { $steps } Übung
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
        [one] { $steps } Übung
       *[other] { $steps } Übungen
    }
overview-facts-by = { $time } insgesamt · { $steps ->
        [one] { $steps } Übung
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
        [one] { $steps } Übung
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
        [one] { $s } Sekunde
       *[other] { $s } Sekunden
    }
time-minutes = { $m ->
        [one] { $m } Minute
       *[other] { $m } Minuten
    }
time-minutes-seconds = { $m ->
        [one] { $m } Minute
       *[other] { $m } Minuten
    } { $s ->
        [one] { $s } Sekunde
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

## Moving through a routine, and the screens' small words

player-to-previous-step = Vorige Übung
player-to-next-step = Nächste Übung
key-down = Pfeil runter
key-up = Pfeil hoch
key-page-down = Bild runter
key-page-up = Bild hoch
pain-ten-key = Z

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
        [one] { $steps } Übung
       *[other] { $steps } Übungen
    } · geplant { $planned } · gemacht { $played }
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

## Wie eine Einheit endete, wie der Abschlussbildschirm, der Verlauf und der Bericht es sagen

finish-shortened = Geschafft, mit Teilen übersprungen
finish-shortened-said = Sie haben { $played } davon gemacht und { $skipped } übersprungen. Das ist in Ordnung: Ihre Therapeutin oder Ihr Therapeut sieht, was übersprungen wurde.
finish-stopped = Programm beendet
finish-stopped-said = Sie haben bei { $step } aufgehört, nach { $played }. Wenn etwas wehgetan hat, schreiben Sie es bitte unten in die Notiz.
session-shortened = Gekürzt durch Überspringen

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
        [one] { $days } Tag pro Woche
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
        [one] { $count } Erinnerung abgeschaltet
       *[other] { $count } Erinnerungen abgeschaltet
    }.
remind-off-routine = { $count ->
        [one] { $count } Erinnerung
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

## Die Frage nach den Schmerzen, bevor ein Programm beginnt

pain-question = Wie stark sind Ihre Schmerzen gerade?
pain-before = Vor „{ $routine }“
pain-scale = 0 heißt keine Schmerzen, 10 die schlimmsten Schmerzen, die Sie sich vorstellen können
pain-keys = Sie können auch mit den Tasten 0 bis 9 antworten, und mit { $ten } für 10
pain-button-name = Schmerz { $pain }
pain-skip-and-start = Ohne Angabe starten
    .tooltip = Oder drücken Sie S
pain-not-now = Nicht starten

## Was die Prüfung über eine Programmdatei sagt: unter einem Feld im Editor, auf der Seite zum Beheben, auf der Karte in der Bibliothek, in `stretch-timer check` (diese setzen „Zeile 3, Spalte 7:“ fort: kein Großbuchstabe am Anfang). Feldnamen, Werte und Dateinamen bleiben, wie sie in der Datei stehen.

check-empty = die Datei ist leer; eine Programmdatei beginnt mit Routine( und führt ihre Übungen auf
check-too-large = die Datei ist { $bytes } Bytes groß; eine Programmdatei darf höchstens { $max } ({ $max_bytes } Bytes) groß sein
check-folder = dies ist ein Ordner, keine Programmdatei
check-more-problems = { $count ->
    [one] ab hier wird { $count } weiterer Fehler nicht aufgeführt (nur die ersten { $shown } werden gezeigt); beheben Sie die obigen und prüfen Sie erneut
   *[other] ab hier werden { $count } weitere Fehler nicht aufgeführt (nur die ersten { $shown } werden gezeigt); beheben Sie die obigen und prüfen Sie erneut
}
check-not-a-file = { $kind ->
    [pipe] dies ist eine Named Pipe, keine Programmdatei; sie wurde übersprungen, ohne sie zu öffnen
    [socket] dies ist ein Socket, keine Programmdatei; er wurde übersprungen, ohne ihn zu öffnen
    [device] dies ist ein Gerät, keine Programmdatei; es wurde übersprungen, ohne es zu öffnen
   *[other] dies ist eine Spezialdatei, keine Programmdatei; sie wurde übersprungen, ohne sie zu öffnen
}
check-unreadable = die Datei kann nicht gelesen werden: { $reason }
check-not-utf8 = die Datei ist kein UTF-8-Text (hier das Byte 0x{ $byte }); speichern Sie sie in Ihrem Editor als UTF-8
check-too-deep = die Klammern sind zu tief verschachtelt; ein Programm braucht nur wenige Ebenen
check-unknown-field = { $place ->
    [none] unbekanntes Feld „{ $found }“ an dieser Stelle
   *[other] unbekanntes Feld „{ $found }“ in { $place }
}
check-unknown-field-meant = { $place ->
    [none] unbekanntes Feld „{ $found }“ an dieser Stelle; meinten Sie „{ $meant }“?
   *[other] unbekanntes Feld „{ $found }“ in { $place }; meinten Sie „{ $meant }“?
}
check-unknown-field-allowed = { $place ->
    [none] unbekanntes Feld „{ $found }“ an dieser Stelle; erlaubt sind hier: { $allowed }
   *[other] unbekanntes Feld „{ $found }“ in { $place }; erlaubt sind hier: { $allowed }
}
check-misplaced-in-step = „{ $found }“ gehört in Routine( ... ), nicht in ein Step( ... ): schreiben Sie es einmal vor steps: [
check-misplaced-in-routine = „{ $found }“ gehört in jedes Step( ... ), nicht in Routine( ... ): verschieben Sie es in die Übungen, die es brauchen
check-unknown-sides = unbekannte Seite „{ $found }“
check-unknown-sides-meant = unbekannte Seite „{ $found }“; meinten Sie „{ $meant }“?
check-unknown-sides-allowed = unbekannte Seite „{ $found }“; erlaubt sind hier: { $allowed }
check-drawing-empty = drawing ist leer; schreiben Sie eine dieser Zeichnungen: { $allowed }, oder lassen Sie drawing weg, dann wählt der Name der Übung eine aus
check-unknown-drawing = unbekannte Zeichnung „{ $found }“; erlaubt sind hier: { $allowed }
check-unknown-drawing-meant = unbekannte Zeichnung „{ $found }“; meinten Sie "{ $meant }"? Erlaubt sind hier: { $allowed }
check-language-empty = language ist leer; schreiben Sie das Kürzel einer Sprache, etwa "de", oder lassen Sie language weg, dann spricht die Stimme die Sprache der Klientin oder des Klienten
check-language-meant = „{ $found }“ ist nicht als Sprachkürzel geschrieben; meinten Sie "{ $meant }"?
check-language-not-a-code = „{ $found }“ ist nicht als Sprachkürzel geschrieben; schreiben Sie eines wie "de" oder "fr-CA" (die Stimme spricht { $spoken }), oder lassen Sie language weg, dann spricht die Stimme die Sprache der Klientin oder des Klienten
check-language-no-voice = stretch-timer hat keine Stimme für „{ $found }“; die Stimme spricht { $spoken }: schreiben Sie eine davon, oder lassen Sie language weg, dann spricht die Stimme die Sprache der Klientin oder des Klienten
check-voice-language = { $code ->
    [en] Englisch
    [de] Deutsch
    [es] Spanisch
    [fr] Französisch
   *[other] { $code }
}
check-duplicate = „{ $field }“ steht zweimal da; behalten Sie eines
check-wrong-type-text = { $field } muss Text in doppelten Anführungszeichen sein, hier steht aber { $found }
check-wrong-type-duration = { $field } muss eine Dauer sein, etwa 30, "30s" oder "1m30s", hier steht aber { $found }
check-wrong-type-whole = { $field } muss eine ganze Zahl sein, hier steht aber { $found }
check-wrong-type-bool = { $field } muss true oder false sein, hier steht aber { $found }
check-wrong-type-sides = { $field } muss Neither, Left, Right oder Both sein, hier steht aber { $found }
check-wrong-type-drawing = { $field } muss der Name einer Zeichnung in doppelten Anführungszeichen sein, etwa "knees-to-chest", hier steht aber { $found }
check-wrong-type-schedule = { $field } muss Schedule(days_per_week: 5, times_per_day: 2) sein, hier steht aber { $found }
check-wrong-type-sounds = { $field } muss Sounds( ... ) sein, mit einer Datei für jeden Signalton, der ersetzt werden soll, hier steht aber { $found }
check-wrong-type-steps = { $field } muss eine Liste von Übungen in eckigen Klammern sein: [ Step(...), Step(...) ], hier steht aber { $found }
check-wrong-type-language = { $field } muss das Kürzel einer Sprache in doppelten Anführungszeichen sein, etwa "de", hier steht aber { $found }
check-wrong-type-sound-file = { $field } muss ein Dateiname in doppelten Anführungszeichen sein, hier steht aber { $found }
check-wrong-type-other = { $field } muss etwas anderes sein, hier steht aber { $found }
check-this = dies
check-nothing = nichts
check-missing-in-routine = im Programm fehlt „{ $field }“; ergänzen Sie es, z. B. { $example }
check-missing-in-step = in Übung { $step } fehlt „{ $field }“; ergänzen Sie es, z. B. { $example }
check-newer-format = dieses Programm wurde für ein neueres stretch-timer geschrieben (Format { $found }); diese Version liest Format 1: bitte aktualisieren Sie stretch-timer
check-bad-format = Format { $found } gibt es nicht; schreiben Sie format: 1
check-duration-not = { $field }: "{ $found }" ist keine Dauer; schreiben Sie 30, "30s" oder "1m30s"
check-duration-meant = { $field }: "{ $found }" ist keine Dauer; schreiben Sie "{ $meant }"
check-duration-fraction = { $field }: "{ $found }" hat Nachkommastellen; eine Dauer besteht aus ganzen Sekunden, z. B. "1m30s" statt "1.5m"
check-duration-unit-order = { $field }: "{ $found }" nennt seine Einheiten in falscher Reihenfolge oder doppelt; schreiben Sie Stunden, dann Minuten, dann Sekunden, z. B. "1h5m" oder "1m30s"
check-duration-too-long = { $field }: "{ $found }" ist viel zu lang
check-out-of-range = { $field } ist { $found }; erlaubt ist { $min } bis { $max }
check-empty-text = { $field } ist leer; geben Sie einen kurzen Namen, den die Klientin oder der Klient wiedererkennt
check-control-character = { $field } enthält nach „{ $after }“ ein unsichtbares Steuerzeichen (U+{ $code }); entfernen Sie es
check-control-character-at-start = { $field } enthält am Anfang ein unsichtbares Steuerzeichen (U+{ $code }); entfernen Sie es
check-empty-file = { $field } ist leer; schreiben Sie den Namen der Datei zwischen die Anführungszeichen, oder lassen Sie { $field } weg
check-only-comments = die Datei enthält nur Kommentare; eine Programmdatei beginnt mit Routine( und führt ihre Übungen auf
check-too-long = { $field } ist { $chars } Zeichen lang; erlaubt sind höchstens { $max }
check-step-count = das Programm hat { $found } Übungen; es muss { $min } bis { $max } haben
check-too-long-in-total = das Programm würde insgesamt { $hours } Stunden dauern; ein Programm darf höchstens { $max } Stunden dauern
check-file-missing = die { $field }-Datei „{ $file }“ liegt nicht neben dem Programm (gesucht wurde { $path })
check-file-outside = die { $field }-Datei „{ $file }“ liegt außerhalb des Ordners des Programms; legen Sie die Datei neben das Programm und schreiben Sie nur ihren Namen
check-file-without-folder = die { $field }-Datei „{ $file }“ ist nicht zu finden: dieses Programm ist noch in keinem Ordner gespeichert
check-file-unusable = die { $field }-Datei „{ $file }“ kann nicht verwendet werden: { $reason }
check-voice-too-long = die Aufnahme „{ $file }“ dauert { $length } s, länger als die Vorbereitungszeit dieser Übung erlaubt: sie spielt nach dem Startsignal der Übung (mit dessen Worten bis zu { $after } s), und prepare ist { $prepare }; setzen Sie prepare auf mindestens { $needed }, oder kürzen Sie die Aufnahme
check-picture-unreadable = sie konnte nicht gelesen werden: { $reason }
check-picture-too-large = sie ist { $size } groß; ein Bild darf höchstens { $max } groß sein
check-picture-heic = es ist ein HEIC-Foto (wie iPhones sie aufnehmen), das stretch-timer nicht zeigen kann; wandeln Sie es in JPEG um (ein iPhone nimmt JPEG-Fotos auf, wenn das Format der Kamera auf „Maximale Kompatibilität“ steht)
check-picture-unknown = sie ist kein Bild, das stretch-timer zeigen kann (PNG, JPEG oder SVG)
check-picture-undecodable = sie ist ein { $kind }-Bild, das sich nicht öffnen lässt: { $reason }
check-picture-too-many-pixels = das Bild hat { $width } × { $height } Pixel, mehr als die { $megapixels } Megapixel, die stretch-timer öffnet; speichern Sie es kleiner
check-sound-unreadable = sie kann nicht gelesen werden: { $reason }
check-sound-too-large = sie ist { $bytes } Bytes groß; eine Tondatei darf höchstens { $max } groß sein
check-sound-undecodable = sie ist keine Tondatei, die stretch-timer abspielen kann ({ $reason }); es spielt WAV, OGG Vorbis, FLAC, MP3 und M4A (AAC)
check-sound-empty = sie enthält keinen Ton
check-sound-unplayable = { $kind ->
    [opus] sie ist eine Opus-Aufnahme (wie Sprachnachrichten aus WhatsApp, Signal und Telegram), die stretch-timer nicht abspielen kann; wandeln Sie sie mit einem beliebigen Audiokonverter in M4A, MP3 oder WAV um (es spielt WAV, OGG Vorbis, FLAC, MP3 und M4A (AAC))
    [amr] sie ist eine AMR-Aufnahme (wie sie die Diktiergeräte älterer Handys machen), die stretch-timer nicht abspielen kann; wandeln Sie sie mit einem beliebigen Audiokonverter in M4A, MP3 oder WAV um (es spielt WAV, OGG Vorbis, FLAC, MP3 und M4A (AAC))
    [three-gp] sie ist eine 3GP-Aufnahme (von einem Handy, meist mit AMR darin), die stretch-timer nicht abspielen kann; wandeln Sie sie mit einem beliebigen Audiokonverter in M4A, MP3 oder WAV um (es spielt WAV, OGG Vorbis, FLAC, MP3 und M4A (AAC))
   *[picture] sie ist ein Bild, keine Aufnahme; eine Tondatei kann WAV, OGG Vorbis, FLAC, MP3 und M4A (AAC) sein
}
check-ends-early = die Datei endet zu früh: eine schließende Klammer ) oder ] oder ein schließendes Anführungszeichen " fehlt
check-steps-not-in-list = die Übungen stehen in einer Liste: steps: [ Step( ... ), Step( ... ) ], nach den anderen Feldern des Programms
check-sides-one-word = sides ist ein einziges Wort, Neither, Left, Right oder Both (Both übt erst links, dann rechts): schreiben Sie sides: { $choice }
check-step-without-brackets = jede Übung wird als Step( ... ) um ihre Felder geschrieben, wie in Step(name: "Psoas stretch", hold: "30s")
check-no-routine-brackets = eine Programmdatei beginnt mit Routine( und endet mit ): schreiben Sie Routine( vor { $first }: und eine schließende ) ganz ans Ende
check-capital = schreiben Sie { $expected }( mit großem Anfangsbuchstaben, nicht { $found }(
check-other-brackets = hier wurde { $expected }( erwartet, aber es steht { $found }( da
check-semicolon = schreiben Sie hier ein Komma, kein Semikolon: Felder und Übungen werden durch Kommas getrennt
check-full-stop = schreiben Sie hier ein Komma, keinen Punkt: Felder und Übungen werden durch Kommas getrennt
check-missing-comma = hiervor fehlt ein Komma: setzen Sie nach jedem Feld und nach jeder Übung ein Komma
check-unclosed-text = dieser Text ist nicht abgeschlossen: ein schließendes doppeltes Anführungszeichen " fehlt
check-after-the-end = nach dem Ende des Programms steht noch etwas: die schließende ) des Programms muss das Letzte in der Datei sein
check-unclosed-comment = ein /*-Kommentar ist nicht mit */ abgeschlossen
check-backslash = { $field }: schreiben Sie den Pfad der Datei mit Schrägstrichen /, wie in "images/bench.png"; ein umgekehrter Schrägstrich \ hat in Text eine andere Bedeutung
check-escape = auf einen umgekehrten Schrägstrich \ in Text muss n (neue Zeile), t (Tabulator), " oder ein weiterer \ folgen; für einen umgekehrten Schrägstrich selbst schreiben Sie \\
check-escape-in = { $field }: auf einen umgekehrten Schrägstrich \ in Text muss n (neue Zeile), t (Tabulator), " oder ein weiterer \ folgen; für einen umgekehrten Schrägstrich selbst schreiben Sie \\
check-expected-close = hier wurde eine schließende ) erwartet, oder ein Komma vor dem nächsten Feld
check-expected-list-end = hier wurde eine schließende ] erwartet, oder ein Komma vor der nächsten Übung
check-equals-sign = schreiben Sie einen Doppelpunkt : zwischen { $name } und seinen Wert, kein =: { $name }: …
check-equals-sign-unnamed = schreiben Sie einen Doppelpunkt : zwischen den Namen des Felds und seinen Wert, kein =
check-expected-colon = hier wurde ein Doppelpunkt : zwischen dem Namen eines Felds und seinem Wert erwartet
check-dash = hier steht ein Strich { $dash }, wie ihn eine Textverarbeitung setzt; schreiben Sie den Wert nur mit Ziffern
check-one-slash = ein Kommentar beginnt mit zwei Schrägstrichen: schreiben Sie // statt /
check-unexpected = unerwartetes Zeichen '{ $found }'
check-two-commas = hier stehen zwei Kommas; löschen Sie eines
check-quoted-name = der Name eines Felds steht ohne Anführungszeichen: { $name }, nicht { $written }
check-expected-name = hier wurde der Name eines Felds erwartet
check-expected-opening = hier wurde eine öffnende ( erwartet: eine Programmdatei ist Routine( ... ), und jede Übung ist Step( ... )
check-parser = { $message }
check-parser-in = { $field }: { $message }
check-odd-space = { $space ->
    [no-break] hier steht ein geschütztes Leerzeichen, aus einer Textverarbeitung eingefügt; es sieht aus wie ein Leerzeichen, ist aber keines: löschen Sie es und tippen Sie ein gewöhnliches Leerzeichen
    [narrow] hier steht ein schmales geschütztes Leerzeichen, aus einer Textverarbeitung eingefügt; es sieht aus wie ein Leerzeichen, ist aber keines: löschen Sie es und tippen Sie ein gewöhnliches Leerzeichen
    [figure] hier steht ein Ziffernleerzeichen, aus einer Textverarbeitung eingefügt; es sieht aus wie ein Leerzeichen, ist aber keines: löschen Sie es und tippen Sie ein gewöhnliches Leerzeichen
    [thin] hier steht ein schmales Leerzeichen, aus einer Textverarbeitung eingefügt; es sieht aus wie ein Leerzeichen, ist aber keines: löschen Sie es und tippen Sie ein gewöhnliches Leerzeichen
    [zero-width] hier steht ein Leerzeichen ohne Breite, aus einer Textverarbeitung eingefügt; es sieht aus wie ein Leerzeichen, ist aber keines: löschen Sie es und tippen Sie ein gewöhnliches Leerzeichen
   *[zero-width-no-break] hier steht ein geschütztes Leerzeichen ohne Breite, aus einer Textverarbeitung eingefügt; es sieht aus wie ein Leerzeichen, ist aber keines: löschen Sie es und tippen Sie ein gewöhnliches Leerzeichen
}
check-single-quotes = { $field }: Text steht in doppelten Anführungszeichen, nicht in einfachen: "{ $inner }"
check-sets = { $field } ist eine einzige ganze Zahl, nicht { $value }: schreiben Sie die Wiederholungen je Seite, etwa reps: 3, und machen Sie aus jeder Serie eine eigene Übung
check-clock-time = { $field }: Minuten und Sekunden schreiben Sie mit ihren Einheiten in doppelten Anführungszeichen: "{ $meant }", nicht { $minutes }:{ $seconds }
check-word-after-number = { $field } ist nur eine Zahl: { $value }, nicht { $value } { $word }
check-unit-after-space = { $field }: eine Dauer mit Einheit steht in doppelten Anführungszeichen, ohne Leerzeichen: "{ $value }{ $unit }", nicht { $value } { $word }
check-curly-quotes = { $field }: das sind typografische Anführungszeichen (“ ”), wie eine Textverarbeitung sie setzt; schreiben Sie stattdessen gerade doppelte Anführungszeichen: { $straight }
check-quoted-number = { $field } ist eine Zahl und steht ohne Anführungszeichen: { $number }
check-quoted-bool = { $field } steht ohne Anführungszeichen: { $meant }
check-quoted-capital-bool = { $field } wird kleingeschrieben und ohne Anführungszeichen: { $meant }, nicht { $value }
check-quoted-word-bool = { $field } ist true oder false, ohne Anführungszeichen: schreiben Sie { $meant }, nicht { $value }
check-quoted-sides = sides steht ohne Anführungszeichen: { $choice }, nicht „{ $inner }“
check-quoted-other-sides = sides steht ohne Anführungszeichen, als Neither, Left, Right oder Both
check-capital-bool = { $field } wird kleingeschrieben: { $meant }, nicht { $value }
check-word-bool = { $field } ist true oder false: schreiben Sie { $meant }, nicht { $value }
check-unquoted-unit = { $field }: eine Dauer mit Einheit steht in doppelten Anführungszeichen: "{ $value }"
check-range-whole = { $field } ist eine einzige ganze Zahl, kein Bereich wie { $value }: schreiben Sie die Zahl, die gelten soll, etwa { $low }
check-range-duration = { $field } ist eine einzige Dauer, kein Bereich wie { $value }: schreiben Sie die Dauer, die gelten soll, etwa { $low }
check-decimal-comma = { $field }: { $value } ist keine Dauer; schreiben Sie ganze Sekunden oder Einheiten, z. B. 90 oder "1m30s"
check-number-word = { $field } wird in Ziffern geschrieben: { $number }, nicht { $value }
check-some-capital = { $field }: schreiben Sie Some({ $inner }) mit großem S, oder nur { $inner }
check-breathe-none = breathe: schreiben Sie None mit großem N, oder lassen Sie breathe weg
check-duration-none = { $field }: schreiben Sie 0 für gar keine Zeit, oder lassen Sie { $field } weg für die übliche Zeit
check-sides-none = sides: schreiben Sie Neither für eine Übung ohne Seiten, oder lassen Sie sides weg
check-after-number = { $field } ist nur eine ganze Zahl: { $number }, nicht { $value }
check-unquoted-drawing = drawing steht in doppelten Anführungszeichen: "{ $id }"
check-curly-close = dieser Text ist mit einem typografischen Anführungszeichen geschlossen, wie eine Textverarbeitung es setzt; schreiben Sie stattdessen ein gerades doppeltes Anführungszeichen: "{ $before }"
check-curly-close-in = { $field }: dieser Text ist mit einem typografischen Anführungszeichen geschlossen, wie eine Textverarbeitung es setzt; schreiben Sie stattdessen ein gerades doppeltes Anführungszeichen: "{ $before }"
check-unit-outside-quotes = die Einheit gehört in die Anführungszeichen: "{ $number }{ $unit }", nicht "{ $number }" { $word }
check-unit-outside-quotes-in = { $field }: die Einheit gehört in die Anführungszeichen: "{ $number }{ $unit }", nicht "{ $number }" { $word }
check-quote-inside = in diesem Text steht ein doppeltes Anführungszeichen ", das den Text zu früh beendet; verwenden Sie im Text einfache Anführungszeichen ', oder schreiben Sie \" für ein doppeltes
check-quote-inside-in = { $field }: in diesem Text steht ein doppeltes Anführungszeichen ", das den Text zu früh beendet; verwenden Sie im Text einfache Anführungszeichen ', oder schreiben Sie \" für ein doppeltes
check-step-open-at-end = diese Übung ist nicht geschlossen: hier fehlt eine schließende ), vor der ], die die Übungen beendet
check-step-open-before-comma = diese Übung ist nicht geschlossen: hier fehlt eine schließende ), vor dem Komma und dem nächsten Step(
check-step-open = diese Übung ist nicht geschlossen: hier fehlen eine schließende ) und danach ein Komma, vor dem nächsten Step(
check-one-too-many = hier steht eine { $close } zu viel; löschen Sie sie
check-close-step = schreiben Sie hier ), nicht { $close }: eine Übung und das Programm enden mit )
check-close-list = schreiben Sie hier ], nicht { $close }: die Liste der Übungen endet mit ]
check-list-open = die Liste der Übungen ist nicht geschlossen: vor dieser ) fehlt eine schließende ]
check-hash-comment = Kommentare in einer Programmdatei beginnen mit //, nicht mit #: schreiben Sie // statt #
check-dash-comment = Kommentare in einer Programmdatei beginnen mit //, nicht mit --: schreiben Sie // statt --
check-file-ok = { $steps ->
    [one] { $file }: in Ordnung ({ $steps } Übung, { $time })
   *[other] { $file }: in Ordnung ({ $steps } Übungen, { $time })
}
check-files-checked = { $files } Dateien geprüft: { $valid } in Ordnung, { $invalid } mit Fehlern
check-no-routine-files = { $folder }: in diesem Ordner liegen keine .ron-Dateien

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

## Der Programm-Editor, eine Datei von Hand korrigieren, Dateien und Weitergeben (Worte an Therapeutinnen und Therapeuten)

# The editor's top line, its routine fields and its steps
editor-back = Alle Programme
editor-save = Speichern
editor-saved = Gespeichert
editor-unsaved = Nicht gespeichert
editor-not-finished = Noch nicht fertig
editor-problems = { $count ->
        [one] { $count } Fehler
       *[other] { $count } Fehler
    }
editor-total = Gesamt { $total }
editor-title = Bearbeiten: { $title }
editor-file = Datei: { $file }
editor-file-in = Datei: { $file } im Ordner { $folder }
editor-routine = Programm
editor-name = Name
    .name = Name des Programms
    .hint = z. B. Psoas-Dehnung am Morgen
editor-summary = Kurzbeschreibung
    .hint = Wofür es gedacht ist (freiwillig)
editor-author = Verfasst von
    .hint = Ihr Name (freiwillig)
editor-safety = Sicherheit
    .hint = Wird vor dem Start gezeigt: wann man aufhören sollte, was zu vermeiden ist
editor-speech = Vorlesen
editor-read-instructions = Die Anleitung jeder Übung vorlesen
    .tooltip = Während sich die Person bereit macht, sofern sie vor „Halten“ endet: Planen Sie pro drei Wörter eine Sekunde „Bereit machen“ ein, und 5 Sekunden mehr
editor-step-title = Übung { $number } · { $name } · { $time }
editor-step-title-unnamed = Übung { $number } · (noch ohne Namen) · { $time }
editor-move-up = Nach oben
    .name = Übung { $n } nach oben verschieben
editor-move-down = Nach unten
    .name = Übung { $n } nach unten verschieben
editor-duplicate = Verdoppeln
    .name = Übung { $n } verdoppeln
editor-remove = Entfernen
    .name = Übung { $n } entfernen
editor-try-from-here = Ab hier ausprobieren
    .name = Ab Übung { $n } ausprobieren
editor-add-step = Übung hinzufügen
# A field's first message, when it has several: the others show on hover.
editor-message-and-more = { $message } (und { $more } weitere)

# Beside the form: the total, the problems, the preview
editor-timeline = Zeitleiste des Programms
editor-total-time = Gesamtdauer { $total }
editor-no-problems = Keine Fehler: bereit zum Speichern und zum Üben.
editor-not-ready = Noch nicht bereit: In einigen Feldern fehlt noch etwas. Jedes Feld sagt, was, sobald Sie darin waren oder auf Speichern drücken.
editor-problems-to-fix = { $count ->
        [one] { $count } Fehler ist zu beheben, bevor Ihre Klientin oder Ihr Klient üben kann:
       *[other] { $count } Fehler sind zu beheben, bevor Ihre Klientin oder Ihr Klient üben kann:
    }
editor-step-problem = Übung { $step }: { $problem }
editor-not-filled-in = … und noch nicht ausgefüllte Felder ({ $count })
editor-preview = Vorschau
editor-preview-after-fixing = Die Vorschau erscheint, sobald die Fehler behoben sind.
# Where the preview is: "0:30 of 2:00 · step 1 Bench psoas stretch: hold, left"
editor-preview-at = { $at } von { $total } · Übung { $number } { $step }: { $phase ->
        [prepare] bereit machen
        [hold] halten
        [rest] Pause
       *[switch] Seite wechseln
    }{ $side ->
        [left] , links
        [right] , rechts
       *[none] {""}
    }
editor-stop-preview = Vorschau anhalten
editor-preview-speed = Spielt den ganzen Ablauf { $speed }-mal so schnell ab, ohne Ton.
editor-play-preview = Vorschau abspielen
editor-try-in-player = Im Player ausprobieren

# A step's fields. Each field's .name is what a screen reader calls it, with the step's number.
step-name = Name
    .name = Übung { $n } Name
    .hint = z. B. Psoas-Dehnung auf der Liege
step-instructions = Anleitung
    .name = Übung { $n } Anleitung
    .hint = Was zu tun ist, was man spüren soll, was zu vermeiden ist
step-sides = Seiten
    .name = Übung { $n } Seiten: { $choice }
step-sides-neither = Keine Seiten
step-sides-left = Nur links
step-sides-right = Nur rechts
step-sides-both = Erst links, dann rechts
step-hold = Halten
    .name = Übung { $n } Halten
step-reps = Wiederholungen
    .name = Übung { $n } Wiederholungen
    .per-side = { " " }pro Seite
step-prepare = Bereit machen
    .name = Übung { $n } Bereit machen
step-rest = Pause dazwischen
    .name = Übung { $n } Pause
step-switch-sides = Seite wechseln
    .name = Übung { $n } Seite wechseln
    .only-both = nur bei „Erst links, dann rechts“
step-countdown = Countdown
    .name = Übung { $n } Countdown
    .ticks = { " " }Töne
step-halfway = Ton zur Hälfte
    .name = Übung { $n } Ton zur Hälfte
    .box = Ein Ton in der Mitte jeder Haltephase
step-breathe = Atemrhythmus
    .name = Übung { $n } Atemrhythmus
    .hint = keiner
step-picture = Bild
    .name = Übung { $n } Bild
    .hint = eine Datei neben dem Programm, z. B. images/bench.png
step-recording = Aufnahme
    .name = Übung { $n } Aufnahme
    .hint = eine Tondatei neben dem Programm, spielt zu Beginn der Übung
step-drawing = Zeichnung
    .name = Übung { $n } Zeichnung: { $words }
step-drawing-picture-instead = Statt einer Zeichnung wird Ihr Bild gezeigt.
step-drawing-by-name = { $drawing }, nach dem Namen der Übung gewählt.
step-drawing-none-by-name = Keine: Im Namen der Übung steht kein Wort, das zu einer Zeichnung passt.
step-drawing-chosen = { $drawing }, für diese Übung ausgewählt.
step-drawing-none-chosen = Keine: Diese Übung zeigt keine Zeichnung.
step-choose-drawing = Zeichnung wählen…
    .name = Zeichnung für Übung { $n } wählen
step-drawing-by-name-choice = Nach dem Namen der Übung
step-drawing-none-choice = Keine Zeichnung
step-drawing-now = Jetzt: { $drawing }
step-drawing-now-none = Jetzt: keine, im Namen steht kein Wort, das zu einer Zeichnung passt
step-drawing-choice-name = Übung { $n } Zeichnung { $choice }

# The cue sounds a routine may replace, each named by what it marks
sounds-title = { $replaced ->
        [0] Signaltöne (mitgeliefert)
       *[other] Signaltöne ({ $replaced } ersetzt)
    }
sounds-hint = Eine Tondatei neben dem Programm ersetzt einen mitgelieferten Signalton.
sounds-field-name = Signalton: { $sound }
sounds-built-in = mitgeliefert
sound-step-start = Eine Übung beginnt
sound-hold-start = Das Halten beginnt
sound-halfway = Mitte der Haltephase
sound-countdown = Countdown-Ton
sound-countdown-last = Letzter Countdown-Ton
sound-hold-end = Das Halten endet
sound-switch-sides = Seite wechseln
sound-breathe-in = Einatmen
sound-breathe-out = Ausatmen
sound-routine-done = Programm geschafft

# The editor's notices
editor-fix-before-trying = Beheben Sie zuerst die rot markierten Fehler; dann können Sie es ausprobieren.
editor-not-saved = Speichern war nicht möglich: { $reason }
editor-saved-as = Gespeichert als { $place }.
editor-kept-as-draft = Ihre Änderungen sind als Entwurf aufbewahrt: Sie finden sie oben in der Programmliste.
editor-draft-not-kept = Der Entwurf konnte nicht aufbewahrt werden: { $reason }
editor-draft-not-removed = Der Entwurf konnte nicht entfernt werden: { $reason }

# The built-in drawings: their names in the editor's list, and what a screen reader says of each
drawing-lying-knees-bent = Rückenlage, Knie gebeugt
    .description = Zeichnung: auf dem Rücken liegend, Knie gebeugt, Füße flach aufgestellt
drawing-knees-to-chest = Knie zur Brust
    .description = Zeichnung: auf dem Rücken liegend, beide Knie an die Brust gezogen
drawing-bench-psoas = Psoas-Dehnung auf der Liege
    .description = Zeichnung: am Ende einer Liege liegend, ein Knie umfasst, das andere Bein hängt über die Kante
drawing-floor-psoas = Psoas-Dehnung am Boden
    .description = Zeichnung: auf dem Boden liegend, ein Knie umfasst, das andere Bein gestreckt am Boden
drawing-standing = Stehen
    .description = Zeichnung: aufrecht stehend
drawing-standing-lunge = Ausfallschritt im Stehen
    .description = Zeichnung: Schrittstellung, hinteres Bein gestreckt, eine Hand auf einem Stuhl
drawing-getting-up = Aufstehen
    .description = Zeichnung: auf die Seite gerollt, zum Sitzen hochdrücken

# A step's picture or recording, chosen from a file ($kind: picture or recording)
media-choose = { $kind ->
        [picture] Bild wählen…
       *[recording] Aufnahme wählen…
    }
    .name = { $kind ->
        [picture] Bild für Übung { $n } wählen
       *[recording] Aufnahme für Übung { $n } wählen
    }
media-picture-alt = Übung { $n } Bild: { $file }
media-play = Abspielen
    .name = Aufnahme von Übung { $n } abspielen
media-stop = Stopp
    .name = Aufnahme von Übung { $n } anhalten
media-cannot-play = Die Aufnahme lässt sich nicht abspielen: { $reason }
media-no-dialog = { $kind ->
        [picture] Hier kann kein Dateidialog angezeigt werden. Geben Sie den Pfad des Bildes ein oder fügen Sie ihn ein: Eine Kopie davon wird im Ordner des Programms aufbewahrt.
       *[recording] Hier kann kein Dateidialog angezeigt werden. Geben Sie den Pfad der Aufnahme ein oder fügen Sie ihn ein: Eine Kopie davon wird im Ordner des Programms aufbewahrt.
    }
media-path = { $kind ->
        [picture] Pfad des Bildes
       *[recording] Pfad der Aufnahme
    }
media-use-this = { $kind ->
        [picture] Dieses Bild verwenden
       *[recording] Diese Aufnahme verwenden
    }
media-cancel = Abbrechen
media-missing = Die Datei „{ $path }“ gibt es nicht.
media-refused = „{ $file }“ kann nicht verwendet werden: { $reason }
media-no-routines-folder = Der Ordner für die Programme konnte nicht angelegt werden ({ $folder }): { $reason }
media-no-own-folder = Ein Ordner für das Programm konnte nicht angelegt werden ({ $folder }): { $reason }
media-not-moved = Das Programm konnte nicht in einen eigenen Ordner verschoben werden ({ $folder }): { $reason }
media-not-copied = „{ $file }“ konnte nicht nach { $folder } kopiert werden: { $reason }

# Recording a step's instructions from the microphone
record-button = Aufnehmen…
    .name = Anleitung für Übung { $n } aufnehmen
record-how = Drücken Sie auf Aufnehmen und sprechen Sie die Anleitung. Die Stille davor und danach wird abgeschnitten, und die Aufnahme wird so laut gemacht wie die gesprochenen Hinweise.
record-start = Aufnehmen
record-cancel = Abbrechen
record-stop = Stopp
record-saving = Wird gespeichert…: { $length } lang ({ $cut } Stille abgeschnitten).
record-saved = Gespeichert als { $file }: { $length } lang ({ $cut } Stille abgeschnitten).
record-too-long = Sie ist länger, als vor das Halten passt ({ $fits }): Stellen Sie „Bereit machen“ auf mindestens { $needed } oder nehmen Sie sie kürzer auf.
record-play-back = Anhören
record-stop-playing = Anhalten
record-again = Neu aufnehmen
record-done = Fertig
record-try-again = Noch einmal versuchen
record-close = Schließen
record-no-room = „Bereit machen“ ist bei dieser Übung zu kurz für eine Aufnahme: Sie spielt nach dem Startton der Übung ({ $cue }), vor dem Halten. Verlängern Sie zuerst „Bereit machen“.
record-room = Sie spielt zu Beginn der Übung, nach dem Startton: Bis zu { $fits } passen vor das Halten.
record-opening = Mikrofon wird geöffnet…
record-recording = Aufnahme  { $length }
record-words = Sprache: { $length }
record-finishing = Stille wird abgeschnitten, Lautstärke wird angepasst…
record-too-loud = Zu laut: Ein Teil wird abgeschnitten. Stoppen Sie und nehmen Sie mit mehr Abstand zum Mikrofon neu auf.
record-quiet = Leise: Sprechen Sie lauter oder gehen Sie näher ans Mikrofon.
record-longer-than-fits = Länger, als vor das Halten passt ({ $fits }): Fassen Sie sich kürzer.
record-fits = Bis zu { $fits } passen vor das Halten.
record-meter = Mikrofonpegel
record-not-saved = Die Aufnahme konnte nicht gespeichert werden: { $reason }
record-no-microphone = Es wurde kein Mikrofon gefunden. Schließen Sie eines an (das eines Headsets genügt) und drücken Sie dann auf „Noch einmal versuchen“.
record-denied = Dieser Computer erlaubt stretch-timer nicht, das Mikrofon zu benutzen. Erlauben Sie es in den Datenschutz- oder Toneinstellungen des Systems und drücken Sie dann auf „Noch einmal versuchen“.
record-busy = Das Mikrofon wird von einem anderen Programm benutzt. Schließen Sie dieses Programm und drücken Sie dann auf „Noch einmal versuchen“.
record-unavailable = Das Mikrofon ließ sich nicht öffnen. Prüfen Sie, ob eines angeschlossen ist und der Ton dieses Computers funktioniert, und drücken Sie dann auf „Noch einmal versuchen“.
record-stopped = Das Mikrofon hat keinen Ton mehr geliefert (wurde es abgezogen?). Es wurde nichts gespeichert: Drücken Sie auf „Noch einmal versuchen“.
record-lost = Der Computer war zu beschäftigt, und ein Teil der Aufnahme ist verloren gegangen. Schließen Sie wenn möglich andere Programme und drücken Sie dann auf „Noch einmal versuchen“.
record-nothing-heard = Es war nichts zu hören: Die Aufnahme ist still. Prüfen Sie, ob das Mikrofon eingeschaltet und nicht stummgeschaltet ist, sprechen Sie nah daran und drücken Sie dann auf „Noch einmal versuchen“.
record-cannot-keep = Die Aufnahme kann nicht behalten werden: { $reason }.
# A length while recording, "0:04.2", and a length in seconds, "4.2 s": write the tenth as your language does.
record-clock = { $minutes }:{ $seconds },{ $tenth }
record-seconds = { $whole },{ $tenth } Sek.

# A routine file with errors, and its text fixed by hand
fix-file = Datei: { $place }
fix-has-errors = Dieses Programm enthält Fehler und kann nicht gestartet werden.
fix-it-here = Beheben Sie sie hier: „Bearbeiten“ zeigt den Text der Datei, jeder Fehler an seiner Zeile markiert.
fix-edit = Bearbeiten
fix-what-is-wrong = Was nicht stimmt
fix-bundled = Ein mitgeliefertes Programm hat keine Datei, die man korrigieren könnte.
fix-unreadable = { $file } konnte nicht gelesen werden: { $reason }
fix-no-problems-unsaved = Keine Fehler: Speichern Sie, um es zu verwenden
fix-no-problems = Keine Fehler
fix-title = Korrigieren: { $file }
fix-about = { $place }: der Text der Datei, geprüft während Sie tippen. Zeilen mit einem Fehler sind markiert.
fix-unsaved = Ihre Änderungen an dieser Datei sind nicht gespeichert.
fix-save-and-leave = Speichern und verlassen
fix-leave-without-saving = Verlassen ohne zu speichern
fix-keep-fixing = Weiter korrigieren
fix-no-problems-save = Keine Fehler: Speichern Sie, dann kann das Programm verwendet werden.
fix-text = Text der Programmdatei

# Opening, importing, exporting and writing files
files-opener-ended = xdg-open endete mit { $status }
files-opener-not-run = xdg-open konnte nicht gestartet werden: { $reason }
files-no-file-manager = Kein Dateimanager konnte den Ordner anzeigen ({ $reason }). Er liegt hier: { $folder }
files-not-watched = Änderungen an Ihren Programmdateien erscheinen erst, wenn stretch-timer neu gestartet wird: { $reason }
# $why is "known" when the reason a dialog could not be shown is known ($reason), "unknown" otherwise.
files-type-path-to-open = { $why ->
        [known] Hier kann kein Dateidialog angezeigt werden ({ $reason }). Geben Sie den Pfad des Programms (.ron) oder des weitergegebenen Programms (.zip) ein, das geöffnet werden soll, oder fügen Sie ihn ein:
       *[unknown] Hier kann kein Dateidialog angezeigt werden. Geben Sie den Pfad des Programms (.ron) oder des weitergegebenen Programms (.zip) ein, das geöffnet werden soll, oder fügen Sie ihn ein:
    }
files-type-path-for-copy = { $why ->
        [known] Hier kann kein Dateidialog angezeigt werden ({ $reason }). Geben Sie ein, wo eine Kopie von { $place } gespeichert werden soll:
       *[unknown] Hier kann kein Dateidialog angezeigt werden. Geben Sie ein, wo eine Kopie von { $place } gespeichert werden soll:
    }
files-copy-saved = Kopie gespeichert als { $place }.
files-copy-not-saved = Die Kopie konnte nicht als { $file } gespeichert werden: { $reason }
files-not-imported = Importieren war nicht möglich: { $reason }
files-imported = „{ $name }“ importiert.
files-imported-in-place = „{ $name }“ importiert, an Stelle Ihres Programms.
files-imported-beside = „{ $name }“ importiert, neben dem, das Sie schon hatten.
files-import-clash = { $clash }. Beide behalten (das neue bekommt einen anderen Namen) oder Ihres durch das importierte ersetzen?
files-handout-written = Das Blatt zum Ausdrucken ist als { $place } gespeichert; es öffnet sich in Ihrem Browser, zum Drucken.
files-handout-written-without = Das Blatt zum Ausdrucken ist als { $place } gespeichert ({ $count ->
        [one] { $count } Bild konnte nicht aufgenommen werden
       *[other] { $count } Bilder konnten nicht aufgenommen werden
    }); es öffnet sich in Ihrem Browser, zum Drucken.
files-handout-not-written = Das Blatt zum Ausdrucken konnte nicht gespeichert werden: { $reason }
files-exported = „{ $name }“ exportiert als { $place }: Schicken Sie diese eine Datei Ihrer Klientin oder Ihrem Klienten, die sie mit „{ $button }“ öffnen.
files-not-exported = Exportieren war nicht möglich: { $reason }

# Sharing a routine: the library's button, and the note inside every shared routine (a .zip)
share-import-button = Datei öffnen oder importieren…
# README.txt in a shared routine, for a person who opens the zip by hand. Keep the command as it is.
share-readme =
    Diese Datei enthält ein Dehnprogramm für stretch-timer, mit seinen Bildern und Tönen.

    Um es zu Ihren Programmen hinzuzufügen, öffnen Sie stretch-timer und wählen Sie
    „{ $button }“ in der Programmliste, oder geben Sie in einem Terminal ein:
    stretch-timer import { $package }

    Der Ordner „{ $folder }“ enthält das Programm ({ $folder }.ron, eine Textdatei) und die Dateien, die es verwendet.
    Nichts in dieser Datei ist ein Programm zum Ausführen, und nichts darin wird je ausgeführt.

# The system's file dialogs: their titles and the kinds of file they show
dialog-open = Programm öffnen
    .filter = Programm oder weitergegebenes Programm
dialog-save-copy = Kopie des weitergegebenen Programms speichern
    .filter = Weitergegebenes Programm
dialog-picture = Bild für Übung { $n } wählen
    .filter = Bild
dialog-recording = Aufnahme für Übung { $n } wählen
    .filter = Aufnahme

# Why a routine cannot be shared, or a shared routine (a .zip package) cannot be added
share-invalid = { $file } enthält Fehler; beheben Sie sie, bevor Sie es weitergeben:
    { $errors }
share-not-shareable = { $routine } kann nicht weitergegeben werden: Die darin genannte Datei „{ $file }“ { $reason }
share-reason-case-clash = heißt wie eine andere seiner Dateien, nur mit anderer Groß- und Kleinschreibung, was Windows und macOS nicht unterscheiden können; benennen Sie eine davon um
share-reason-rename = { $reason }; benennen Sie sie um
share-reason-too-deep = liegt in zu vielen Ordnern; legen Sie sie neben das Programm
share-reason-not-media = ist weder ein Bild ({ $pictures }) noch ein Ton ({ $sounds }); speichern Sie sie in einem dieser Formate
share-file-too-large = { $file } kann nicht weitergegeben werden: Die Datei ist größer als { $max }, das Höchste für eine Datei in einem weitergegebenen Programm; machen Sie sie kleiner (ein Bild mit weniger Pixeln, eine Aufnahme als OGG oder MP3)
share-too-large-in-total = { $routine } kann nicht weitergegeben werden: Mit seinen Dateien ist es größer als { $max }, das Höchste für ein weitergegebenes Programm; machen Sie seine Bilder oder Aufnahmen kleiner
share-over-source = { $file } ist das Programm oder eine seiner Dateien; speichern Sie das Paket unter einem anderen Namen, etwa { $suggestion }
share-no-folder = Den Ordner { $folder } gibt es nicht, also kann das Paket dort nicht gespeichert werden; legen Sie den Ordner zuerst an oder wählen Sie einen, den es gibt
share-not-read = { $file } konnte nicht gelesen werden: { $reason }
share-not-a-package = { $package } ist kein Programmpaket von stretch-timer (keine ZIP-Datei, oder eine unvollständige: Bitten Sie um eine neue)
share-package-too-large = { $package } ist größer als { $max }, das Höchste für ein Programmpaket, also ist es keines: Bitten Sie um das Programm noch einmal
share-too-many-entries = { $package } enthält mehr als { $max } Dateien; ein Programmpaket enthält ein Programm mit seinen Bildern und Tönen
share-entry-too-large = { $package }: „{ $entry }“ wird ausgepackt größer als { $max }, das Höchste für diese Datei in einem Programmpaket; bitten Sie den Absender, sie kleiner zu machen
share-content-too-large = { $package } wird ausgepackt größer als { $max }, das Höchste für ein Programmpaket; bitten Sie um ein Paket mit kleineren Bildern oder Aufnahmen
share-unsafe-name = { $package }: „{ $entry }“ { $reason }; ein Programmpaket hat nie solche Namen, deshalb wurde nichts importiert
share-link = { $package }: „{ $entry }“ ist eine Verknüpfung zu einer anderen Datei; ein Programmpaket enthält nur einfache Dateien, deshalb wurde nichts importiert
share-encrypted = { $package }: „{ $entry }“ ist mit einem Passwort geschützt; bitten Sie um ein Paket ohne Passwort (der Export von stretch-timer verwendet nie eines)
share-unsupported = { $package }: „{ $entry }“ ist mit { $method } komprimiert, was stretch-timer nicht lesen kann; bitten Sie um ein Paket, das mit dem Export von stretch-timer erstellt wurde
share-damaged = { $package } ist beschädigt („{ $entry }“: { $reason }); bitten Sie um eine neue Kopie
share-duplicate-name = { $package }: „{ $entry }“ ist doppelt darin, oder als Datei und als Ordner (Namen, die sich nur in Groß- und Kleinschreibung unterscheiden, gelten als gleich); es wurde nichts importiert
share-duplicate-names = { $package }: Zwei seiner Dateien haben denselben Namen; es wurde nichts importiert
share-no-routine = { $package } enthält kein Programm (eine .ron-Datei, ganz oben oder in seinem Ordner); es ist kein Programmpaket von stretch-timer
share-many-routines = { $package } enthält mehr als ein Programm ({ $found }); ein Paket enthält eines: Bitten Sie um ein Paket pro Programm
share-broken-routine = Das Programm in { $package } enthält Fehler und wurde deshalb nicht importiert; bitten Sie um eine korrigierte Fassung:
    { $errors }
share-left-out = (nicht aus dem Paket übernommen: { $skipped }; importiert werden nur das Programm, Bilder ({ $pictures }) und Töne ({ $sounds }))
share-clash = „{ $name }“ ist schon unter Ihren Programmen ({ $existing })
share-not-installed = Das Programm konnte nicht nach { $path } übernommen werden: { $reason }
share-entry-number = Eintrag { $number }
share-zip-checksum = sein Inhalt passt nicht zu seiner Prüfsumme
share-zip-larger = er wird ausgepackt größer, als er angibt
# What is wrong with a name inside a package, said after the name: "a/../x.png" climbs out of its folder (..)
share-name-empty = hat keinen Namen
share-name-too-long = hat einen Namen, der für eine Datei zu lang ist
share-name-absolute = ist ein absoluter Pfad (er beginnt mit /)
share-name-too-deep = liegt in zu vielen Ordnern
share-name-empty-part = hat einen leeren Ordnernamen (zwei Schrägstriche hintereinander)
share-name-climbs-out = führt aus seinem Ordner hinaus (..)
share-name-dot = hat einen Ordner namens „.“
share-name-backslash = hat einen umgekehrten Schrägstrich (\) im Namen
share-name-colon = hat einen Doppelpunkt (:) im Namen, wie ein Laufwerksbuchstabe (C:)
share-name-control = hat ein Steuerzeichen im Namen
share-name-not-text = hat einen Namen, der kein Text ist
share-name-outside = zeigt aus dem Ordner des Pakets hinaus

## Eine Programmdatei von Hand korrigieren

fix-not-saved = Speichern hat nicht geklappt; Ihre Änderungen sind noch da: { $reason }
fix-saved-whole = { $file } gespeichert: Die Datei ist jetzt fehlerfrei.
fix-saved-with-problems = { $file } gespeichert, { $count ->
        [one] { $count } Fehler ist
       *[other] { $count } Fehler sind
    } noch zu beheben.

## Warum eine Datei, ein Gerät oder ein Befehl nicht tun konnte, worum gebeten wurde: Bilder, Töne, das Mikrofon, die Lautsprecher, die Stimme und die eigenen Worte der Befehlszeile

# Warum ein Bild nicht gezeigt werden kann ($size und $limit sind Größen wie „16 MiB“).
photo-too-large = die Datei ist { $size } groß; ein Bild darf höchstens { $limit } groß sein
photo-heic = es ist ein HEIC-Foto (wie iPhones sie aufnehmen), das stretch-timer nicht zeigen kann; wandeln Sie es in JPEG um (ein iPhone nimmt JPEG-Fotos auf, wenn das Format der Kamera auf „Maximale Kompatibilität“ steht)
photo-not-a-picture = es ist kein Bild, das stretch-timer zeigen kann (PNG, JPEG oder SVG)
photo-undecodable = es ist ein { $kind }-Bild, das sich nicht öffnen lässt: { $reason }
photo-too-many-pixels = es hat { $width } × { $height } Pixel, mehr als die { $most } Megapixel, die stretch-timer öffnet; speichern Sie es kleiner
photo-no-header = es fehlt der Kopf des Bildes
photo-cut-short = es endet vor seinem letzten Pixel
photo-cache-broken = die Bilder können erst wieder gezeigt werden, wenn das Programm neu gestartet wurde
photo-no-thread = das Bild konnte nicht geöffnet werden: { $reason }

# Warum ein Ton nicht abgespielt werden kann. $playable ist sound-playable.
sound-playable = WAV, OGG Vorbis, FLAC, MP3 und M4A (AAC)
sound-opus = es ist eine Opus-Aufnahme (wie Sprachnachrichten von WhatsApp, Signal und Telegram), die stretch-timer nicht abspielen kann; wandeln Sie sie mit einem beliebigen Audio-Konverter in M4A, MP3 oder WAV um (abgespielt werden { $playable })
sound-amr = es ist eine AMR-Aufnahme (wie sie die Diktiergeräte älterer Handys machen), die stretch-timer nicht abspielen kann; wandeln Sie sie mit einem beliebigen Audio-Konverter in M4A, MP3 oder WAV um (abgespielt werden { $playable })
sound-3gp = es ist eine 3GP-Aufnahme (von einem Handy, meist mit AMR darin), die stretch-timer nicht abspielen kann; wandeln Sie sie mit einem beliebigen Audio-Konverter in M4A, MP3 oder WAV um (abgespielt werden { $playable })
sound-picture = es ist ein Bild, keine Aufnahme; eine Tondatei kann { $playable } sein
sound-unreadable = die Datei kann nicht gelesen werden: { $reason }
sound-too-large = die Datei ist { $bytes } Bytes groß; eine Tondatei darf höchstens { $limit } groß sein
sound-undecodable = es ist keine Tondatei, die stretch-timer abspielen kann ({ $reason }); abgespielt werden { $playable }
sound-empty = es ist kein Ton darin
# $cue ist der Name des Signals in einer Programmdatei, etwa hold_start.
sound-builtin-instead = { $problem }; stattdessen erklingt der eingebaute Ton { $cue }
sound-step-without = { $problem }; Übung { $step } beginnt ohne sie

# Warum nichts mit dem Mikrofon aufgenommen werden kann.
microphone-none = es wurde kein Mikrofon gefunden
microphone-denied = dieser Computer erlaubt stretch-timer nicht, das Mikrofon zu verwenden
microphone-busy = das Mikrofon wird von einem anderen Programm verwendet
microphone-unavailable = das Mikrofon konnte nicht geöffnet werden
microphone-stopped = das Mikrofon hat aufgehört, Ton zu liefern
microphone-lost = ein Teil der Aufnahme ging verloren: der Computer war zu beschäftigt
recording-silent = es war nichts zu hören: die Aufnahme ist still
recording-not-written = die Aufnahme konnte nicht als WAV-Datei geschrieben werden ({ $reason })

# Warum kein Ton zu hören ist. Die Zeilen mit „stretch-timer:“ gehen ins Terminal, mit den eigenen Worten des Tonsystems.
speaker-none = es wurden keine Lautsprecher oder Kopfhörer gefunden
speaker-stopped = das Tongerät funktioniert nicht mehr
speaker-silent = das Tongerät verlangt keinen Ton mehr
speaker-closed-unused = der Ton wurde geschlossen, während nichts spielte
speaker-said = stretch-timer: Das Tongerät meldet: { $said } ({ $kind })
speaker-not-opened = stretch-timer: Das Tongerät konnte nicht geöffnet werden: { $detail }

# Die Stimme, die die Namen der Übungen spricht (espeak-ng, ein eigenes Programm).
speech-install-hint = Installieren Sie espeak-ng, um die Namen der Übungen zu hören: sudo apt install espeak-ng
speech-install-hint-windows = Installieren Sie eSpeak NG für Windows, um die Namen der Übungen zu hören (das Installationsprogramm finden Sie auf github.com/espeak-ng/espeak-ng unter „Releases“); bis dahin kommen die üblichen Ansagen
speech-missing = { $program } ist nicht installiert
speech-not-started = { $program } konnte nicht gestartet werden: { $reason }
speech-timed-out = { $program } war nach { $seconds } s nicht fertig und wurde beendet
speech-failed = { $program } ist fehlgeschlagen: { $reason }
speech-no-sound = die erzeugte Sprache ist kein Ton, der abgespielt werden kann: { $reason }
speech-not-kept = die Sprache konnte nicht in { $file } aufbewahrt werden: { $reason }
speech-empty = die Datei ist leer

# stretch-timer render: der Ton eines Programms als WAV-Datei.
render-cannot-write = { $file } kann nicht geschrieben werden: { $reason }
render-too-long = das Programm dauert { $hours } Stunden; eine WAV-Datei fasst höchstens 13 Stunden davon
render-names-unspoken = Warnung: Die Namen der Übungen werden nicht gesprochen: { $problem }. { $hint }
render-some-names-unspoken = Warnung: Einige Namen der Übungen werden nicht gesprochen: { $problem }
# $length ist in Sekunden mit einer Nachkommastelle, $needed in ganzen Sekunden.
render-instructions-too-long = Übung { $step } („{ $name }“): Ihre vorgelesene Anleitung dauert { $length } s, länger als die Vorbereitungszeit nach dem Namen erlaubt: Setzen Sie prepare auf mindestens { $needed } s, oder kürzen Sie die Anleitung
render-rendering = { $routine } wird erstellt
# Der Fortschrittsbalken beim Erstellen: $bar ist der Balken, $percent der erledigte Anteil, $eta die verbleibende Zeit.
render-progress = Wird erstellt { $bar } { $percent } noch { $eta }
render-note = Hinweis: { $note }
render-done = { $file }: { $length } Ton für „{ $routine }“, { $cues ->
        [one] { $cues } Signalton
       *[other] { $cues } Signaltöne
    }

# Die Antworten der Befehlszeile auf einen Wert, den sie nicht verwenden kann. $given ist das Eingegebene, in Anführungszeichen.
cli-write-one-of = schreiben Sie eines von { $choices }, nicht { $given }
cli-voice-name = eine Sprache wird wie en, en-us oder de geschrieben (siehe `espeak-ng --voices`), nicht { $given }
cli-no-such-routine = es gibt kein Programm namens „{ $name }“: Geben Sie den Pfad einer .ron-Datei an oder einen dieser Namen: { $known }
cli-no-such-bundled-routine = diese Version hat kein mitgeliefertes Programm dieses Namens

# Die Hinweise der App.
# Ein Beispiel für den Pfad einer Datei, grau im Feld, in das einer getippt wird: ein Dokumentenordner in Ihrer Sprache.
notice-path-example = /home/sie/Dokumente/programm.ron
# Die Übung, bei der ein Programm beendet wurde, wie pain-stopped-at sie nennt.
pain-stopped-step-named = Übung { $step } ({ $name })
pain-stopped-step = Übung { $step }
library-draft-unreadable = Aufbewahrte Arbeit in { $file } konnte nicht als Entwurf gelesen werden; die Datei bleibt, wie sie ist.
library-now-broken = „{ $routine }“ enthält jetzt Fehler und kann nicht gestartet werden; sie sind in der Bibliothek aufgeführt.
library-no-such-routine = Es gibt kein Programm namens „{ $name }“.
library-folder-not-made = Der Ordner { $folder } konnte nicht angelegt werden: { $reason }
player-not-recorded = Diese Einheit von { $routine } wird nicht aufgezeichnet: Ihre Datei konnte nicht noch einmal gelesen werden ({ $reason }).
player-could-not-start = Das Programm konnte nicht starten: { $reason }
# Die genannte Schaltfläche und Ansicht sind history-start-new und der Verlauf: dieselben Worte verwenden.
player-start-new-history = { $problem }; wählen Sie im Verlauf „Neuen Verlauf beginnen“, um wieder aufzuzeichnen
player-sounds-unusable = Einige Töne konnten nicht verwendet werden: { $problems }
player-names-unspoken = Einige Namen der Übungen werden nicht gesprochen: { $problem }

# Der Ordner des Benutzers und der Verlauf, wenn das System ablehnt.
home-no-folder = auf diesem System gibt es keinen Ordner für Ihre Programme (kein Home-Verzeichnis); setzen Sie { $variable } oder geben Sie --home ORDNER an
files-folder-not-made = der Ordner { $folder } konnte nicht angelegt werden: { $reason }
home-draft-not-encoded = der Entwurf konnte nicht gespeichert werden: { $reason }
home-draft-not-removed = der Entwurf konnte nicht entfernt werden: { $reason }
history-no-thread = diese Einheit von { $routine } konnte nicht aufgezeichnet werden: Das System konnte den Ablauf zum Aufzeichnen nicht starten ({ $reason })

# stretch-timer list: jedes Programm mit seiner Dauer, der Zahl der Übungen und wem es gehört.
list-bundled = mitgeliefert
list-yours = Ihres
list-steps = { $steps ->
        [one] { $steps } Übung
       *[other] { $steps } Übungen
    }
list-has-errors = enthält Fehler
list-yours-go-in = Ihre eigenen Programme kommen in { $folder }; `stretch-timer new NAME` beginnt eines.

# stretch-timer plan: die Abschnitte eines Programms als Tabelle, dann seine Signale (--cues). Spaltennamen kurz halten.
plan-summary = { $routine }: insgesamt { $total }, { $steps ->
        [one] { $steps } Übung
       *[other] { $steps } Übungen
    }
plan-start = Beginn
plan-length = Dauer
plan-phase = Abschnitt
plan-side = Seite
plan-rep = Wdh.
plan-step = Übung
plan-phase-kind = { $phase ->
        [prepare] vorbereiten
        [hold] halten
        [rest] Pause
       *[switch] Seite wechseln
    }
plan-side-kind = { $side ->
        [left] links
       *[right] rechts
    }
# Ein Signal im letzten Teil der Tabelle: was es markiert. $n sind die Sekunden, die ein Countdown noch hat.
plan-cue-kind = { $kind ->
        [step_start] Übung beginnt
        [hold_start] Halten beginnt
        [hold_end] Halten endet
        [switch_sides] Seite wechseln
        [breathe_in] einatmen
        [breathe_out] ausatmen
        [halfway] Halbzeit
        [countdown] Countdown { $n }
       *[routine_done] Programm geschafft
    }
plan-end = Ende
plan-at = bei
plan-cue = Signal

# Was ein Wert auf der Befehlszeile sein muss.
cli-pain = Schmerz ist eine ganze Zahl von 0 bis 10, nicht „{ $given }“
cli-between = eine ganze Zahl von { $low } bis { $high }, nicht „{ $given }“
reminders-days-none = Es wurden keine Tage angegeben; schreiben Sie daily, weekdays, weekends oder Tage wie mon,wed,fri.
reminders-days-unknown = „{ $given }“ ist kein Tag; schreiben Sie daily, weekdays, weekends oder Tage wie mon,wed,fri (mon, tue, wed, thu, fri, sat, sun).
cli-date = ein Datum wird JJJJ-MM-TT geschrieben, etwa 2025-03-04, nicht { $given }
cli-app-options = ein zu öffnendes Programm, --start und --style gelten für die App: Geben Sie sie ohne Befehl an
cli-no-window = das Fenster konnte nicht geöffnet werden: { $reason }
cli-internal-error = stretch-timer: interner Fehler; bitte melden Sie ihn mit dem Befehl, den Sie eingegeben haben
cli-warning = Warnung: { $problem }
# Wie jede Art der Signale klingt, in stretch-timer --help. „Halten“, „Drei“, „Entspannen“ sind gesprochene Ansagen: die Worte Ihrer Stimme verwenden.
cli-style-tones = ein eigener Ton für jede Art von Signal
cli-style-voice = gesprochene Ansagen („Halten“, „Drei“, „Entspannen“)
cli-style-both = ein Ton, dann die gesprochene Ansage

# stretch-timer new NAME: ein neues eigenes Programm.
new-bad-name = „{ $name }“ kann nicht der Name eines Programms sein: { $problems }
new-exists = { $file } gibt es schon; bearbeiten Sie es, oder wählen Sie einen anderen Namen
new-not-created = { $file } konnte nicht angelegt werden
new-not-written = { $file } konnte nicht geschrieben werden

# stretch-timer handout, export und import.
handout-written = Das Übungsblatt für „{ $routine }“ wurde in { $file } gespeichert
share-cli-bundled = „{ $id }“ wird mitgeliefert: Jede Kopie von stretch-timer hat es, es gibt also nichts zu schicken. Um eine geänderte Fassung zu schicken, kopieren Sie es in der App („Kopie bearbeiten“) und exportieren Sie die Kopie
share-cli-exported = „{ $routine }“ exportiert ({ $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    }, { $bytes } Bytes) nach { $package }
share-cli-imported = „{ $routine }“ importiert nach { $file }
share-cli-imported-replacing = „{ $routine }“ importiert nach { $file } (anstelle des Programms, das Sie hatten)
share-cli-imported-beside = „{ $routine }“ importiert nach { $file } (neben dem gleichnamigen Programm, das Sie hatten)
share-cli-left-out = ausgelassen: { $name } (kein Programm, kein Bild und kein Ton)
share-cli-clash = stretch-timer: { $problem }; importieren Sie es noch einmal mit --rename, um beide zu behalten (das neue bekommt einen anderen Namen), oder mit --replace, um Ihres damit zu ersetzen

# Der Verlauf: eine Einheit, die nicht gelesen werden kann ($what ist eine der history-unreadable-Meldungen), und ein fehlgeschlagener Export.
history-session-unreadable = Einheit { $id } kann nicht gelesen werden: { $what } ist nicht, was stretch-timer schreibt
history-unreadable-stopped-at = die Angabe, bei welcher Übung abgebrochen wurde,
history-unreadable-outcome = ihr Ausgang
history-unreadable-end = ihr Ende
history-unreadable-source = die Herkunft ihres Programms
history-unreadable-hash = die Prüfsumme ihres Programms
history-unreadable-start = ihr Beginn
history-unreadable-seconds = ihre Sekundenzahl
history-unreadable-pain-before = ihr Schmerz vorher
history-unreadable-pain-after = ihr Schmerz nachher
history-unreadable-effort = ihre Anstrengung
history-unreadable-hold = eine ihrer Haltephasen
history-unreadable-value = ein Wert ({ $detail })
history-export-csv = der Verlauf konnte nicht als CSV geschrieben werden: { $reason }
history-export-json = der Verlauf konnte nicht als JSON geschrieben werden: { $reason }
history-export-io = der Verlauf konnte nicht geschrieben werden: { $reason }
history-lock-taken = ein anderes Programm hat die Sperrdatei des Verlaufs genommen, als sie angelegt wurde

# Der Eintrag, der die Erinnerungen bei der Anmeldung startet, wie ihn die Liste der Autostart-Programme zeigt.
autostart-name = Stretch Timer – Erinnerungen
autostart-comment = Erinnert Sie zu den gewählten Zeiten an Ihre Dehnprogramme

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
session-holds = { $done } von { $planned ->
        [one] { $planned } Halteposition
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
        [one] { $days } Tag
       *[other] { $days } Tage
    } in Folge, seit { $since }
week-rest-days = Ihr Plan erlaubt { $days ->
        [one] { $days } Ruhetag
       *[other] { $days } Ruhetage
    } pro Woche: Ein ausgelassener Tag innerhalb davon unterbricht die Serie nicht.
week-kept-heading = Einhalten des Plans
week-no-prescription = Kein Plan: Ein Programm kann angeben, wie oft es gemacht werden soll (sein Zeitplan).
week-prescription = { $routine }: { $days ->
        [one] { $days } Tag
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
        [one] { $sessions } Einheit
       *[other] { $sessions } Einheiten
    } gemacht
week-today-done = { $day } (heute): { $sessions ->
        [one] { $sessions } Einheit
       *[other] { $sessions } Einheiten
    } gemacht

# The charts
chart-pain-heading = Schmerz vorher und nachher
chart-no-pain = In diesem Zeitraum gibt es keine Schmerzwerte.
chart-pain-counts = { $before ->
        [one] { $before } Einheit
       *[other] { $before } Einheiten
    } mit einem Wert vorher, { $after ->
        [one] { $after } Einheit
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
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    }.
chart-minutes-series = Minuten
chart-minutes-name = Diagramm der Minuten pro Woche: { $words }
chart-sessions-heading = Einheiten pro Woche
chart-sessions = { $done } Einheiten gemacht in { $weeks ->
        [one] { $weeks } Woche
       *[other] { $weeks } Wochen
    }.
chart-sessions-prescribed = { $done } Einheiten gemacht in { $weeks ->
        [one] { $weeks } Woche
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
settings-no-speech = Die Namen der Übungen können nicht gesprochen werden: { $reason }. { $hint }
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

## The prescription, and what the report puts first

# The editor's prescription: how often the therapist suggests doing the routine (the file's schedule).
editor-schedule = Wie oft
    .box = Empfehlen, wie oft es gemacht wird
    .days = Tage pro Woche,
    .days-name = Tage pro Woche
    .times = Mal am Tag
    .times-name = Mal am Tag
editor-schedule-week = Das sind { $week } Mal pro Woche.
editor-schedule-none = Keine Empfehlung: Ihre Klientin oder Ihr Klient macht es, wann es passt.
# The overview, under the routine's summary: the prescription in the report's words, then this week.
overview-suggested = Ihre Therapeutin oder Ihr Therapeut empfiehlt: { $prescription }. { $done ->
        [0] Diese Woche noch keine gemacht.
        [one] Diese Woche { $done } gemacht.
       *[other] Diese Woche { $done } gemacht.
    }
# The handout, under its facts.
handout-schedule = Wie oft: <strong>{ $prescription }</strong>
# Words in a client's note that a therapist must see first (they can mean a nerve is involved).
# Not shown to anyone: a list the notes are matched against, in the language the client writes in.
# Comma-separated words or phrases; a * at the end matches any ending (numb* finds numb and
# numbness). Case and accents do not matter. Add the words your clients use.
alarm-words = stech*, stich*, scharf*, schieß*, einschieß*, blitzartig*, taub*, kribbel*, ameisenlaufen, brennt, brennend*, elektrisch*, strahlt*, ausstrahl*, eingeknickt, weggeknickt, kein Gefühl, gefühllos*
# The report's first box, in the order a therapist acts on it.
report-red-flags = Warnzeichen: zuerst nachfragen
report-trends = Verlauf
report-quoted = „{ $words }“
report-flag-note = { $date }: In der Notiz steht { $words } ({ $routine }): „{ $note }“
report-flag-high-both = { $date }: Schmerz { $before }/10 vor und { $after }/10 nach der Einheit ({ $routine }).
report-earlier = Frühere Einheiten mit starken oder steigenden Schmerzen
report-flag-pain-earlier = { $routine }: { $count ->
        [one] { $count } frühere Einheit
       *[other] { $count } frühere Einheiten
    } mit Schmerz { $high } oder mehr, oder einem Anstieg um { $rise } oder mehr während der Einheit, vom { $from } bis zum { $to } (höchstens { $highest }/10).
# The notes table's column: pain before → after the session.
report-note-pain = Schmerz vorher → nachher
report-key-pair = eine Einheit, von vorher bis nachher
# The History chart's key: the line that joins a session's pain before and after.
chart-pair = Eine Einheit, von vorher bis nachher
# Under a number field in the editor, when a word was typed into it ("three").
editor-not-a-number = „{ $typed }“ ist keine Zahl, daher bleibt es bei { $value }: Bitte als Ziffer eingeben, etwa 3.
# Under a step's recording in the editor, when it is too long for the step's Get ready ($label).
editor-voice-too-long = Die Aufnahme dauert { $length } s, länger als „{ $label }“ dieser Übung erlaubt: Sie spielt nach dem Startsignal der Übung (mit dessen Worten bis zu { $after } s), und „{ $label }“ ist { $prepare }. Setzen Sie „{ $label }“ auf mindestens { $needed }, oder nehmen Sie sie kürzer auf.
# Under the typed path when no file dialog can be shown: the field keeps its text to be corrected.
files-typed-not-found = Unter { $path } gibt es keine Datei. Prüfen Sie die Schreibweise, oder fügen Sie den Pfad aus Ihrer Dateiverwaltung ein.
files-typed-is-folder = { $path } ist ein Ordner. Geben Sie den Pfad der Datei darin ein, mit .ron oder .zip am Ende.
files-typed-no-folder = Den Ordner { $folder } gibt es nicht. Prüfen Sie die Schreibweise, oder wählen Sie einen vorhandenen Ordner.
# The command line, when several routines are shown under the name given: each as it can be named.
cli-routine-ambiguous = mehrere Programme heißen „{ $name }“: Geben Sie das gewünschte so an: { $routines }
# Where the library lists a routine imported from a package (as a therapist sends one).
shelf-from-therapist = von Ihrer Therapeutin oder Ihrem Therapeuten

## The report for the therapist (a page to print or send)
# Words in <strong> stand out on the page: keep the marks around the same words.

report-title = Verlaufsbericht
report-title-routine = Verlaufsbericht: { $routine }
report-period = Vom <strong>{ $from }</strong> bis zum <strong>{ $to }</strong> ({ $days ->
        [one] { $days } Tag
       *[other] { $days } Tage
    })
report-summary-none = Keine Einheiten.
report-summary = { $sessions ->
        [one] { $sessions } Einheit
       *[other] { $sessions } Einheiten
    }: { $completed } vollständig, { $shortened } durch Überspringen gekürzt, { $stopped } vorzeitig beendet, { $interrupted } unterbrochen.
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
report-footer = Die Schmerzwerte sind so, wie sie selbst angegeben wurden, von 0 (keine Schmerzen) bis 10 (die schlimmsten vorstellbaren). Eine Einheit zählt als gemacht, wenn sie wie geplant vollständig war oder, durch Überspringen gekürzt oder vorzeitig beendet, mindestens die Hälfte der Haltepositionen gemacht war; ihre Minuten sind die tatsächlich geübte Zeit, ohne Übersprungenes und Pausen. Erstellt mit stretch-timer; nichts davon hat den Computer verlassen, bevor es selbst weitergegeben wurde.
report-flag-high-before = { $date }: Schmerz { $pain }/10 vor der Einheit ({ $routine }).
report-flag-high-after = { $date }: Schmerz { $pain }/10 nach der Einheit ({ $routine }).
report-flag-pain-rose = { $date }: Schmerz während der Einheit von { $before } auf { $after } gestiegen ({ $routine }).
report-flag-week-rose = Woche ab { $week }: durchschnittlicher Schmerz { $average }, gestiegen von { $previous } in der Woche davor.
report-flag-stops = { $routine }: { $times }-mal vorzeitig beendet bei Übung { $step } „{ $name }“ (zuletzt am { $last }).
report-prescribed = Verordnet: { $prescription }.
report-done-of = Gemacht: <strong>{ $done } von { $expected }</strong> verordneten Einheiten.
report-done-of-percent = Gemacht: <strong>{ $done } von { $expected }</strong> verordneten Einheiten ({ $percent } %).
report-no-prescription = { $done ->
        [one] { $done } Einheit
       *[other] { $done } Einheiten
    } gemacht. Die Programmdatei enthält keine Verordnung (oder ist nicht mehr vorhanden).
report-week-of = Woche ab
report-done = Gemacht
report-prescribed-column = Verordnet
report-minutes = Minuten
report-average-pain = Durchschnittlicher Schmerz
report-prescription = { $days ->
        [7] jeden Tag
        [one] { $days } Tag pro Woche
       *[other] { $days } Tage pro Woche
    }, { $times ->
        [1] einmal am Tag
        [2] zweimal am Tag
       *[other] { $times }-mal am Tag
    } ({ $sessions ->
        [one] { $sessions } Einheit
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
fault-held-open = ein anderes Programm hat die Datei geöffnet und lässt sie nicht ersetzen; schließen Sie sie dort (oder das Programm) und versuchen Sie es noch einmal
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
        [one] { $sessions } Einheit
       *[other] { $sessions } Einheiten
    } wurde in { $file } gespeichert

## Odd files met on the way

media-not-a-file = { $kind ->
        [folder] das ist ein Ordner, keine Datei
        [pipe] das ist eine benannte Pipe, keine Datei
        [socket] das ist ein Socket, keine Datei
        [device] das ist ein Gerät, keine Datei
       *[other] das ist eine Spezialdatei, keine gewöhnliche Datei
    }
media-no-free-name = alle Dateinamen für diese Kopie sind vergeben
check-cannot-read-folder = der Ordner { $folder } kann nicht gelesen werden

## Die Hilfe der Kommandozeile (stretch-timer --help) und was sie bei einem vertippten Befehl sagt. Optionsnamen (--out), Befehle (run) und Werte (tones) bleiben, wie sie getippt werden.

cli-help-about = Angeleitete, genau getaktete Dehnprogramme. Ohne Befehl öffnet sich die App.
cli-help-check = Programmdateien prüfen (oder jede .ron-Datei in einem Ordner) und jeden Fehler mit Zeile und Spalte nennen. Rückgabewert 0: alles gültig; 1: einige enthalten Fehler; 2: eine Datei ließ sich nicht lesen.
cli-help-plan = Den Ablauf eines Programms zeigen: jeden Abschnitt mit Beginn und Dauer.
cli-help-list = Die verfügbaren Programme auflisten, mitgelieferte und Ihre eigenen, jeweils mit Gesamtdauer.
cli-help-new = Ein neues Programm aus einer kommentierten Vorlage in Ihren Programmordner schreiben und seinen Pfad ausgeben: zum Schreiben von Programmen im eigenen Texteditor.
cli-help-export = Ein Programm mit den Bildern und Tönen, die es nennt, in eine .zip-Datei packen, um es einer Patientin oder einem Patienten zu schicken.
cli-help-import = Ein weitergegebenes Programm (eine mit export erstellte .zip-Datei) zu Ihren Programmen hinzufügen. Nichts darin wird ausgeführt; es wird vor dem Hinzufügen geprüft.
cli-help-render = Die ganze Tonspur eines Programms (jedes Signal zu seiner Zeit) schneller als in Echtzeit als WAV-Datei schreiben: um ein Programm durchzuhören oder es auf dem Handy mitzumachen.
cli-help-handout = Ein Merkblatt zum Ausdrucken (eine HTML-Seite, Bilder inklusive) für ein Programm schreiben: im Browser öffnen und drucken oder mit dem Programm weitergeben.
cli-help-run = Ein Programm jetzt abspielen, mit Ton und einer mitlaufenden Anzeige in einer Zeile. Strg+C hält an.
cli-help-history = Ihre bisherigen Einheiten zeigen (jeder Durchgang wird festgehalten), die älteste zuerst: als Tabelle, oder als CSV bzw. JSON für andere Programme.
cli-help-report = Einen Bericht für Ihre Therapeutin oder Ihren Therapeuten schreiben (eine HTML-Seite zum Ausdrucken): Einheiten pro Woche im Vergleich zur Verordnung, Schmerz vorher und nachher im Verlauf, was auffällt, und Ihre Notizen.
cli-help-remind = Erinnerungen: eine Benachrichtigung auf dem Bildschirm zu den Zeiten, die Sie wählen, mit „Jetzt beginnen“.
cli-help-remind-set = Mich zu einer Tageszeit mit einer Benachrichtigung an ein Programm erinnern. Für mehrere Zeiten am Tag den Befehl mit jeder Zeit wiederholen.
cli-help-remind-list = Die Erinnerungen auflisten, jeweils mit dem nächsten Termin.
cli-help-remind-off = Die Erinnerungen an ein Programm ausschalten, oder alle.
cli-help-remind-daemon = Den Erinnerungsdienst starten: ein Hintergrundprogramm (ohne Fenster, ohne Ton), das jede Erinnerung zur fälligen Zeit zeigt. Startet bei der Anmeldung, sobald eine Erinnerung eingestellt ist. Rückgabewert 2, wenn es keinen Sitzungsbus oder keinen Benachrichtigungsdienst gibt.
cli-help-help-command = Diese Hilfe zeigen, oder die Hilfe zum genannten Befehl.
cli-help-help-which = Der Befehl, zu dem die Hilfe gezeigt wird.
cli-help-help = Diese Hilfe zeigen.
cli-help-help-more = Diese Hilfe zeigen (--help zeigt mehr, -h weniger).
cli-help-version = Die Version des Programms zeigen.
cli-help-home = Der Ordner für Ihre eigenen Programme und Entwürfe statt des üblichen (auch über die Umgebungsvariable STRETCH_TIMER_HOME).
cli-help-lang = Die Sprache der Texte und der Stimme (en, de, es, fr), statt der in den Einstellungen der App gewählten oder der des Systems (im Fenster hat eine in den Einstellungen gewählte Sprache Vorrang). Ein Programm, das seine eigene Sprache nennt, spricht diese.
cli-help-app-routine = Ein Programm, das in der App geöffnet wird: eine .ron-Datei oder der Name eines mitgelieferten Programms.
cli-help-app-start = Das Programm sofort starten (für eine Verknüpfung auf dem Desktop zu „meinem täglichen Programm“).
cli-help-app-style = Art der Signale für diesen Start der App, als wäre sie in den Einstellungen gewählt.
cli-help-check-paths = Programmdateien oder Ordner.
cli-help-any-routine = Eine .ron-Datei oder der Name eines mitgelieferten Programms (siehe stretch-timer list).
cli-help-plan-json = JSON statt einer Tabelle ausgeben.
cli-help-plan-cues = Auch jedes Signal (jeden Ton) mit seiner Zeit auflisten.
cli-help-new-name = Der Name des Programms, wie die Patientin oder der Patient ihn sieht.
cli-help-export-routine = Eine .ron-Datei oder der Name eines Ihrer Programme.
cli-help-export-out = Die Datei, die geschrieben wird (sonst NAME.zip im aktuellen Ordner).
cli-help-import-package = Die .zip-Datei.
cli-help-import-rename = Wenn Sie schon ein Programm mit diesem Namen haben: beide behalten (das neue unter einem anderen Namen).
cli-help-import-replace = Wenn Sie schon ein Programm mit diesem Namen haben: es durch das neue ersetzen.
cli-help-render-out = Die WAV-Datei, die geschrieben wird.
cli-help-page-out = Die HTML-Datei, die geschrieben wird.
cli-help-style = Töne, gesprochene Ansagen oder beides.
cli-help-speak-names = Zu Beginn jeder Übung ihren Namen und die Seite sagen („Psoas-Dehnung auf der Bank. Linke Seite.“) statt „Nächste Übung“ (bei voice und both), mit espeak-ng, wenn es installiert ist; sonst die üblichen Ansagen. So ist es voreingestellt, wie in der App.
cli-help-no-speak-names = Keine Übungsnamen sagen: nur die üblichen Ansagen („Machen Sie sich bereit“, „Nächste Übung“).
cli-help-read-instructions = Wann zusätzlich die Anleitung jeder Übung beim Vorbereiten vorgelesen wird, wo sie vor dem Halten endet: when-asked (das Programm sagt read_instructions: true), always (auch --read-instructions allein) oder never.
cli-help-speech-voice = Die espeak-ng-Stimme für die Übungsnamen (en-us, en-gb, de, fr-fr, …), sofern sie die Sprache der Stimme spricht: die des Programms, sonst die der Texte (--lang). Voreingestellt ist die eigene Stimme dieser Sprache.
cli-help-speech-rate = Wie schnell die Übungsnamen gesprochen werden, in Wörtern pro Minute (80 bis 260).
cli-help-run-volume = Lautstärke von 0 bis 100.
cli-help-run-silent = Gar kein Ton (nur die Anzeige).
cli-help-run-pain-before = Ihr Schmerz vorher, von 0 (keiner) bis 10 (der stärkste), statt danach gefragt zu werden.
cli-help-run-pain-after = Ihr Schmerz nachher, von 0 bis 10, statt danach gefragt zu werden.
cli-help-run-no-ask = Nicht nach Schmerz fragen (gefragt wird ohnehin nur, wenn Sie an einem Terminal tippen).
cli-help-history-since = Nur Einheiten ab diesem Tag (JJJJ-MM-TT).
cli-help-only-routine = Nur Einheiten des Programms mit diesem Namen.
cli-help-history-csv = Eine Zeile pro Einheit, mit den Spalten started_at, routine, outcome, seconds, holds_done, holds_planned, pain_before, pain_after, effort, note.
cli-help-history-json = Dasselbe wie --csv, dazu das Halten jeder Übung und Seite, als JSON.
cli-help-history-set-aside = Eine beschädigte Verlaufsdatei beiseitelegen (sie bleibt erhalten, nichts wird gelöscht) und eine neue beginnen, damit Einheiten wieder festgehalten werden.
cli-help-report-since = Der Bericht beginnt an diesem Tag (JJJJ-MM-TT); sonst vor 12 Wochen.
cli-help-remind-set-routine = Eine .ron-Datei, der Name eines mitgelieferten Programms oder eines Ihrer eigenen.
cli-help-remind-set-at = Die Tageszeit, im 24-Stunden-Format.
cli-help-remind-set-days = An welchen Tagen: daily (täglich), weekdays (werktags), weekends (am Wochenende) oder Tage wie mon,wed,fri.
cli-help-remind-off-routine = Das Programm, wie es eingestellt wurde; ohne Angabe werden alle Erinnerungen ausgeschaltet.
cli-help-values = Mögliche Werte:
cli-help-with-values = { $help } [mögliche Werte: { $values }]
cli-help-with-default = { $help } [voreingestellt: { $value }]
cli-heading-usage = Aufruf
cli-heading-commands = Befehle
cli-heading-arguments = Argumente
cli-heading-options = Optionen
cli-value-routine = PROGRAMM
cli-value-path = PFAD
cli-value-name = NAME
cli-value-package = PAKET
cli-value-dir = ORDNER
cli-value-lang = SPRACHE
cli-value-style = ART
cli-value-file = DATEI.{ $kind }
cli-value-number = N
cli-value-date = DATUM
cli-value-time = HH:MM
cli-value-days = TAGE
cli-value-when = WANN
cli-value-voice = STIMME
cli-value-wpm = WPM
cli-value-volume = LAUTSTÄRKE
cli-value-command = BEFEHL
cli-value-options = OPTIONEN
cli-error = Fehler:
cli-error-tip = Tipp:
cli-error-more = Mehr dazu zeigt { $flag }.
cli-error-no-value = { $arg } braucht einen Wert, aber es wurde keiner angegeben
cli-error-invalid-value = { $arg } nimmt den Wert { $value } nicht an
cli-error-unknown = dieser Befehl kennt { $arg } nicht
cli-error-twice = { $arg } darf nur einmal angegeben werden
cli-error-conflict = { $arg } kann nicht zusammen mit { $other } angegeben werden
cli-error-conflict-any = { $arg } kann nicht zusammen mit einer der anderen Optionen angegeben werden
cli-error-missing = dies wird gebraucht und fehlt: { $args }
cli-error-too-many = { $value } war nicht erwartet: { $arg } nimmt keine weiteren Werte
cli-error-no-equals = { $arg } nimmt seinen Wert nach einem Gleichheitszeichen, ohne Leerzeichen: { $arg }=…
cli-error-unknown-command = { $command } ist kein Befehl
cli-error-no-command = nach { $command } fehlt ein Befehl
cli-error-other = die Kommandozeile ließ sich nicht lesen
cli-error-did-you-mean = meinten Sie { $close }?
cli-error-as-value = um { $arg } als Wert statt als Option anzugeben, schreiben Sie -- davor: { $form }
