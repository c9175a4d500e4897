# Stretch Timer's words in English: the language every other file is checked against.
# A message's id says where it is shown. Arguments are written { $name }.
# How to add a language: docs/translating.md.

## The library: every routine on offer

library-heading = Routines
library-history = History
    .tooltip = Your sessions, pain scores and notes
library-new = New routine
library-new-blank = Blank routine
library-new-copy-of = Start from a copy of
library-copy-of = Copy of { $name }
library-path-hint = or type or paste the path of a .ron or .zip file
library-path-name = Routine file path
library-open-path = Open path
library-untitled = Untitled routine
library-unsaved-changes = Unsaved changes to “{ $name }” ({ $file })
library-unsaved-new = Unsaved new routine “{ $name }”
library-discard = Discard
library-discard-name = Discard changes to { $name }
library-continue = Continue editing
library-continue-name = Continue editing { $name }
library-facts = { $time } · { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    } · { $shelf }
library-last-done = · Last done { $when }
library-broken = This routine has errors and cannot be started · { $shelf }
library-problem-at = line { $line }, column { $column }: { $problem }
library-more-problems = … and { $count } more

## Where a routine is listed

shelf-bundled = bundled
shelf-yours = yours
shelf-opened = from { $folder }

## A routine before it starts

overview-back = All routines
overview-start = Start
overview-edit = Edit
overview-edit-copy = Edit a copy
overview-remind-me = Remind me
    .tooltip = Times of day to be reminded of this routine
overview-handout = Printable handout
    .tooltip = A page with every step, to print or to send
overview-export = Export to share
    .tooltip = One file with the routine and its pictures and sounds
overview-facts = { $time } in all · { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }
overview-facts-by = { $time } in all · { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    } · by { $author }
overview-before-you-start = Before you start
overview-step-title = { $number }. { $name }
overview-step-in-all = { $time } in all

## What a step asks, on the overview and the handout

detail-hold-once = Hold { $hold }
detail-hold-once-left = Hold { $hold }, left side only
detail-hold-once-right = Hold { $hold }, right side only
detail-hold-once-both = Hold { $hold }, each side (left, then right)
detail-holds = { $reps } × { $hold } hold
detail-holds-left = { $reps } × { $hold } hold, left side only
detail-holds-right = { $reps } × { $hold } hold, right side only
detail-holds-both = { $reps } × { $hold } hold, each side (left, then right)
detail-prepare = { $time } to get into position
detail-rest = { $time } rest between holds
detail-switch-sides = { $time } to switch sides
detail-breathe = While holding, breathe in for { $pace }, out for { $pace }
detail-halfway = A sound marks the middle of each hold

## A duration in words: "1 h 5 min", "1 min 30 s", "30 s"

duration-seconds = { $s } s
duration-minutes = { $m } min
duration-minutes-seconds = { $m } min { $s } s
duration-hours = { $h } h
duration-hours-minutes = { $h } h { $m } min
duration-hours-seconds = { $h } h { $s } s
duration-hours-minutes-seconds = { $h } h { $m } min { $s } s

## The printable handout
# Words in <strong> stand out on the page: keep the marks around the same words.

handout-prepared-by = Prepared by <strong>{ $author }</strong>
handout-total-time = Total time <strong>{ $time }</strong>
handout-steps = { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }
handout-safety = Safety
handout-before-you-start = Before you start
handout-notes = Notes
handout-made-with = Made with stretch-timer
handout-step-title = { $number }. { $name }
handout-picture-alt = Step { $number }: { $name }
handout-picture-missing = Picture “{ $file }” is not included: { $reason }.
handout-picture-left-out = step { $step } "{ $name }": picture "{ $file }" left out of the handout: { $reason }
# A step's or the routine's length on paper: "12:30 min", "1:02:03 h".
handout-clock-minutes = { $clock } min
handout-clock-hours = { $clock } h

## Why a picture cannot be used

picture-unreadable = it could not be read: { $reason }
picture-too-large-for-handout = it is { $size } MiB; a handout holds pictures of up to { $limit }
picture-too-large = it is { $size } MiB; a picture may be at most { $limit }
picture-kind-unsupported = a handout holds PNG, JPEG and SVG pictures, and this file's name does not end in .png, .jpg, .jpeg or .svg
picture-not-its-kind = the file is named as a { $kind } picture but its content is not one

## What the person does, as the player names it (shown large, and said by a screen reader)

phase-prepare = Get ready
phase-hold = Hold
phase-rest = Rest
phase-switch-sides = Switch sides
breath-in = Breathe in
breath-out = Breathe out

## A time in words, as a screen reader says it

time-seconds = { $s ->
        [one] { $s } second
       *[other] { $s } seconds
    }
time-minutes = { $m ->
        [one] { $m } minute
       *[other] { $m } minutes
    }
time-minutes-seconds = { $m ->
        [one] { $m } minute
       *[other] { $m } minutes
    } { $s ->
        [one] { $s } second
       *[other] { $s } seconds
    }
time-left = { $time } left

## The player

player-paused = Paused: Space to go on
player-complete = Routine complete
player-step-of = · Step { $step } of { $steps }
player-progress = { $elapsed } of { $total }
player-progress-name = Routine progress: { $elapsed } of { $total }
player-timer-stopped = The cue timer stopped ({ $reason }): cues now come only while this window is open and shown.
player-no-sound = No sound: { $reason }. Follow the screen.
player-retry-sound = Retry sound
player-back = Back
player-restart-step = Restart step
player-pause = Pause
player-resume = Resume
player-skip = Skip
player-stop = Stop
player-mute = Mute
player-unmute = Unmute
player-rep-of = Rep { $rep } of { $reps }
# The side's word beside the drawing, large, and what a screen reader says of it.
player-side-left = LEFT
    .name = Left side
player-side-right = RIGHT
    .name = Right side
player-picture-of = Picture of { $step }
player-last = Last one: then the routine is complete
# What comes next: a new step, with the length and name of its first phase.
player-next-step = Next: { $step } ({ $length } { $phase ->
        [prepare] get ready
        [hold] hold
        [rest] rest
       *[switch] switch sides
    })
player-next-hold-side = Next: hold, { $side ->
        [left] left side
       *[right] right side
    } ({ $length })
player-next-hold-rep = Next: hold, rep { $rep } of { $reps } ({ $length })
player-next-hold = Next: hold ({ $length })
player-next-rest = Next: rest ({ $length })
player-next-switch = Next: switch sides ({ $length })
player-next-prepare = Next: get ready ({ $length })

## Moving through a routine, and the screens' small words

# The player's buttons that move a whole step (an exercise) at a time.
player-to-previous-step = Previous step
player-to-next-step = Next step
key-down = Down
key-up = Up
key-page-down = Page Down
key-page-up = Page Up
# The letter that answers 10 to the pain question (0 to 9 are the digit keys): one letter,
# the first of the word ten where it helps, and not S, which goes on without a score.
pain-ten-key = T

## The player's keys, as its buttons' tooltips name them

key-space = Space
key-escape = Escape
key-left = Left
key-right = Right
key-plus = Plus
key-equals = =
key-minus = Minus
key-letter = { $letter }
keys-either = { $first } or { $second }

## What a screen reader is told while a routine plays

announce-prepare = Get ready: { $step }{ $side ->
        [left] , left side
        [right] , right side
       *[none] {""}
    }, { $length }.
announce-hold = Hold: { $step }{ $side ->
        [left] , left side
        [right] , right side
       *[none] {""}
    }{ $reps ->
        [1] {""}
       *[other] , rep { $rep } of { $reps }
    }, { $length }.
announce-rest = Rest, { $length }. Then rep { $rep } of { $reps }.
announce-switch-sides = Switch sides, { $length }.
announce-switch-to = Switch sides: { $side ->
        [left] left side
       *[right] right side
    } next, { $length }.
announce-paused = Paused.
announce-breathe-in = Breathe in.
announce-breathe-out = Breathe out.
announce-paused-left = Paused, { $time } left.
announce-going-on = Going on, { $time } left.
announce-to-go = { $time } to go.
announce-tick = { $n }.

## After a routine

finish-back-to-editor = Back to the editor
finish-back-to-routines = Back to routines
finish-again = Do it again
finish-complete = Routine complete
finish-facts = { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    } · { $planned } planned · { $played } done
finish-well-done = Well done. Get up slowly, and drink some water.
finish-pain-now = How is your pain now?
finish-how-hard = How hard was it?
finish-note-heading = A note for your therapist
finish-note-hint = Optional: how it went, what was hard
finish-note-name = Note
finish-kept = Your answers are kept with this session when you leave this page.
effort-too-easy = Too easy
effort-about-right = About right
effort-too-hard = Too hard

## How a session ended, as the finish screen, History and the report say it

finish-shortened = Done, with parts skipped
finish-shortened-said = You did { $played } of it and skipped { $skipped }. That's all right: your therapist will see what was skipped.
finish-stopped = Routine stopped
finish-stopped-said = You stopped at { $step }, after { $played }. If something hurt, please write it in the note below.
session-shortened = Shortened by skipping

## Reminders: in Settings, "Remind me" on a routine's page, one due in the window, the desktop's notification and `stretch-timer remind`

reminders-heading = Reminders
reminders-desktop-with-buttons = This desktop shows reminders as notifications, with “Start now” and “In 15 minutes”.
reminders-desktop-without-buttons = This desktop shows reminders as notifications, without buttons (it does not offer them).
reminders-desktop-no-bus = There is no desktop session bus to show notifications on, so reminders cannot be shown as notifications. While Stretch Timer is open, it reminds you in its window instead.
reminders-desktop-no-server = No notification server is running on this desktop, so reminders cannot be shown as notifications. While Stretch Timer is open, it reminds you in its window instead.
reminders-desktop-cannot = { $why }. While Stretch Timer is open, it reminds you in its window instead.
reminders-desktop-asking = Asking the desktop whether it shows notifications…
reminders-presence-failed = { $why }: the reminder daemon may show a reminder this window shows too.
reminders-set-aside = Keep the damaged file aside and start again
reminders-kept-aside = The damaged file is kept as { $file }; you can set reminders again.
reminders-none = No reminders are set.
reminders-remove = Remove
reminders-remove-name = Remove the reminder at { $time } for { $routine }
reminders-add-heading = Add a reminder:
reminders-routine = Routine
reminders-time = Time
reminders-time-name = Reminder time
reminders-add = Add reminder
reminders-removed = Reminder removed.
reminders-every-day = Every day
reminders-weekdays = Weekdays
reminders-chosen-days = Chosen days
reminders-tick-a-day = Tick at least one day.
reminders-time-form = “{ $given }” is not a time of day; write hours and minutes like 08:00 or 18:30.
reminders-time-hour = “{ $given }” is not a time of day: the hour must be from 0 to 23.
reminders-time-minute = “{ $given }” is not a time of day: the minutes must be from 00 to 59.
reminders-due = Reminder
reminders-dismiss = Dismiss
reminders-remind-me = Remind me
reminders-prescribed = Prescribed { $days ->
        [7] every day
        [one] { $days } day a week
       *[other] { $days } days a week
    }, { $times ->
        [one] once a day
        [2] twice a day
       *[other] { $times } times a day
    }. These times are suggested: change them as you like.
reminders-no-prescription = No prescription: one reminder a day is suggested. Change it as you like.
reminders-time-days = { $time } { $days }
reminders-already = Already set: { $list } (remove them in Settings).
reminders-time-n = Time { $n }
reminders-time-n-name = Reminder time { $n }
reminders-remove-time-n = Remove time { $n }
reminders-add-time = Add a time
reminders-save = Save reminders
reminders-set-for = Reminders set for { $routine }: { $times }, { $days }.
reminders-not-saved = { $why } Look at Reminders in Settings.
reminders-not-noted = Could not note which reminders were shown, so one may be shown again: { $why }.
reminders-probe-failed = could not ask the desktop: { $why }
reminders-probe-unanswered = the question to the desktop went unanswered
reminders-autostart-written = From your next login they are shown even when Stretch Timer is closed.
reminders-autostart-removed = Nothing reminds you at login any more.
reminders-autostart-failed = They are shown only while Stretch Timer is open: { $why }.
# Days and times in the middle of a sentence: "Reminder set: Morning stretch at 08:00, every day."
remind-days-every-day = every day
remind-days-weekdays = weekdays
# A list of times, the last joined by "and": "08:00, 13:00 and 18:00".
remind-days-weekends = weekends
remind-times-and = { $most } and { $last }
remind-start-now = Start now
remind-snooze = In 15 minutes
remind-time-for = Time for { $routine }
remind-takes = { $minutes ->
        [0] It takes under a minute.
        [one] It takes about 1 minute.
       *[other] It takes about { $minutes } minutes.
    }
remind-takes-hours = { $minutes ->
        [0] It takes about { $hours } h.
       *[other] It takes about { $hours } h { $minutes } min.
    }
remind-cannot-open = The routine could not be opened: { $why }
remind-set = Reminder set: { $routine } at { $time }, { $days }.
remind-changed = Reminder changed: { $routine } at { $time }, { $days } (was { $before }).
remind-unchanged = Already set: { $routine } at { $time }, { $days }.
remind-prescribed = { $routine } is prescribed { $times ->
        [one] once a day
        [2] twice a day
       *[other] { $times } times a day
    }: { $set } set; suggested times { $suggested }.
remind-warning = warning: { $what }
remind-at-login-written = Reminders start at login: { $file } is written.
remind-at-login-removed = Nothing starts at login any more: { $file } is removed.
remind-list-time = TIME
remind-list-days = DAYS
remind-list-routine = ROUTINE
remind-list-next = NEXT
remind-list-cannot-start = the reminders for “{ $routine }” cannot start it: { $why }; turn them off with: stretch-timer remind off "{ $routine }"
remind-daemon-running = The reminder daemon is running.
remind-daemon-starts-at-login = The reminder daemon is not running now: it starts at your next login, or now with: stretch-timer remind daemon
remind-daemon-not-at-login = The reminder daemon is not running, and nothing starts it at login: { $file } is missing. Set a reminder again to write it, or start the daemon now with: stretch-timer remind daemon
remind-daemon-start-it = The reminder daemon is not running: start it with: stretch-timer remind daemon
remind-off-none = No reminders were set.
remind-off-all = Turned off { $count ->
        [one] { $count } reminder
       *[other] { $count } reminders
    }.
remind-off-routine = Turned off { $count ->
        [one] { $count } reminder
       *[other] { $count } reminders
    } for { $routine }.
remind-off-not-set = there are no reminders for “{ $routine }”; no reminders are set
remind-off-not-set-others = there are no reminders for “{ $routine }”; reminders are set for: { $set }
remind-daemon-nothing-to-do = no reminders are set, so the reminder daemon has nothing to do
remind-daemon-all-off = all reminders are off; the reminder daemon stops
remind-daemon-stops = { $why }; the reminder daemon stops
remind-daemon-cannot-go-on = the reminder daemon could not go on: { $why }
# The daemon's log, one line for each thing it did.
remind-log-shown = reminded of { $routine }
remind-log-app-open = { $routine } is due; the app is open and reminds of it itself
remind-log-done-today = { $routine } is due but already done as often as prescribed today
remind-log-skipped = skipped { $routine } (due at { $due }): found an hour or more late
remind-log-started = started { $routine }
remind-log-start-failed = could not start { $routine }: { $why }
remind-log-snoozed = { $routine } put off until { $until }
remind-log-failed = { $routine }: { $why }
remind-log-file-unreadable = the reminders file cannot be read now ({ $why }); the reminders read before go on
remind-log-clock-changed = the clock was changed; reminders follow the new time
# Why reminders cannot be read, kept or shown.
remind-error-read = could not read your reminders file { $file }: { $why }
remind-error-broken = your reminders file { $file } cannot be read ({ $detail }); it is left as it is, and no reminder is changed until it is fixed or set aside
remind-error-too-new = your reminders file { $file } was written by a newer version of stretch-timer (version { $found }; this one reads { $reads }); it is left as it is
remind-error-set-aside = could not move { $file } aside: { $why }
remind-error-daemon-running = a reminder daemon is already running for { $folder }
remind-error-lock = could not use the lock file { $file }: { $why }
remind-error-autostart-folder = could not create the autostart folder { $folder }: { $why }
remind-error-autostart-remove = could not remove the autostart entry { $file }: { $why }
remind-error-no-bus = there is no desktop session bus to show notifications on ({ $detail }), so reminders cannot be shown
remind-error-no-server = no notification server is running on this desktop ({ $detail }), so reminders cannot be shown
remind-error-unsupported = reminder notifications are not supported on this system yet
remind-error-not-shown = the notification server did not show the reminder: { $detail }
remind-error-cannot-wait = could not wait for the answer: { $why }

## The pain question, before a routine starts

pain-question = How is your pain right now?
pain-before = Before { $routine }
pain-scale = 0 is no pain, 10 is the worst pain you can imagine
pain-keys = Keys 0 to 9 answer too, and { $ten } for 10
pain-button-name = Pain { $pain }
pain-skip-and-start = Start without a score
    .tooltip = Or press S
pain-not-now = Don't start yet

## What the checker says about a routine file: under a field in the editor, on the fix page, on the library's card, in `stretch-timer check` (these continue "line 3, column 7:": no capital). Field names, values and file names are as written in the file.

check-empty = the file is empty; a routine file starts with Routine( and lists its steps
check-too-large = the file is { $bytes } bytes; a routine file may be at most { $max } ({ $max_bytes } bytes)
check-folder = this is a folder, not a routine file
check-more-problems = { $count ->
    [one] { $count } more problem from here on is not listed (only the first { $shown } are); correct the ones above and check again
   *[other] { $count } more problems from here on are not listed (only the first { $shown } are); correct the ones above and check again
}
check-not-a-file = { $kind ->
    [pipe] this is a named pipe, not a routine file; it was skipped without being opened
    [socket] this is a socket, not a routine file; it was skipped without being opened
    [device] this is a device, not a routine file; it was skipped without being opened
   *[other] this is a special file, not a routine file; it was skipped without being opened
}
check-unreadable = cannot read the file: { $reason }
check-not-utf8 = the file is not UTF-8 text (byte 0x{ $byte } here); save it as UTF-8 in your editor
check-too-deep = brackets are nested too deeply; a routine needs only a few levels
check-unknown-field = { $place ->
    [none] unknown field "{ $found }" in this place
   *[other] unknown field "{ $found }" in { $place }
}
check-unknown-field-meant = { $place ->
    [none] unknown field "{ $found }" in this place; did you mean "{ $meant }"?
   *[other] unknown field "{ $found }" in { $place }; did you mean "{ $meant }"?
}
check-unknown-field-allowed = { $place ->
    [none] unknown field "{ $found }" in this place; allowed here: { $allowed }
   *[other] unknown field "{ $found }" in { $place }; allowed here: { $allowed }
}
check-misplaced-in-step = "{ $found }" is written in Routine( ... ), not in a Step( ... ): write it once, before steps: [
check-misplaced-in-routine = "{ $found }" is written in each Step( ... ), not in Routine( ... ): move it into the steps that need it
check-unknown-sides = unknown sides "{ $found }"
check-unknown-sides-meant = unknown sides "{ $found }"; did you mean "{ $meant }"?
check-unknown-sides-allowed = unknown sides "{ $found }"; allowed here: { $allowed }
check-drawing-empty = drawing is empty; write one of { $allowed }, or leave drawing out to let the step's name pick one
check-unknown-drawing = unknown drawing "{ $found }"; allowed here: { $allowed }
check-unknown-drawing-meant = unknown drawing "{ $found }"; did you mean "{ $meant }"? allowed here: { $allowed }
check-language-empty = language is empty; write a language's code, such as "de", or leave language out and the voice speaks the client's language
check-language-meant = "{ $found }" is not written as a language's code; did you mean "{ $meant }"?
check-language-not-a-code = "{ $found }" is not written as a language's code; write one such as "de" or "fr-CA" (the voice speaks { $spoken }), or leave language out and the voice speaks the client's language
check-language-no-voice = stretch-timer has no voice for "{ $found }"; the voice speaks { $spoken }: write one of them, or leave language out and the voice speaks the client's language
check-voice-language = { $code ->
    [en] English
    [de] German
    [es] Spanish
    [fr] French
   *[other] { $code }
}
check-duplicate = "{ $field }" is written twice; keep one
check-wrong-type-text = { $field } must be text in double quotes, but this is { $found }
check-wrong-type-duration = { $field } must be a duration such as 30, "30s" or "1m30s", but this is { $found }
check-wrong-type-whole = { $field } must be a whole number, but this is { $found }
check-wrong-type-bool = { $field } must be true or false, but this is { $found }
check-wrong-type-sides = { $field } must be one of Neither, Left, Right, Both, but this is { $found }
check-wrong-type-drawing = { $field } must be a drawing's name in double quotes, such as "knees-to-chest", but this is { $found }
check-wrong-type-schedule = { $field } must be Schedule(days_per_week: 5, times_per_day: 2), but this is { $found }
check-wrong-type-sounds = { $field } must be Sounds( ... ) with a file for each cue sound to replace, but this is { $found }
check-wrong-type-steps = { $field } must be a list of steps in square brackets: [ Step(...), Step(...) ], but this is { $found }
check-wrong-type-language = { $field } must be a language's code in double quotes, such as "de", but this is { $found }
check-wrong-type-sound-file = { $field } must be a file name in double quotes, but this is { $found }
check-wrong-type-other = { $field } must be something else, but this is { $found }
check-this = this
check-nothing = empty
check-missing-in-routine = the routine has no "{ $field }"; add one, e.g. { $example }
check-missing-in-step = step { $step } has no "{ $field }"; add one, e.g. { $example }
check-newer-format = this routine was made for a newer stretch-timer (format { $found }); this version reads format 1: please update stretch-timer
check-bad-format = format { $found } does not exist; write format: 1
check-duration-not = { $field }: "{ $found }" is not a duration; write 30, "30s" or "1m30s"
check-duration-meant = { $field }: "{ $found }" is not a duration; write "{ $meant }"
check-duration-fraction = { $field }: "{ $found }" has a fraction; durations are whole seconds, e.g. "1m30s" instead of "1.5m"
check-duration-unit-order = { $field }: "{ $found }" lists its units out of order or twice; write hours, then minutes, then seconds, e.g. "1h5m" or "1m30s"
check-duration-too-long = { $field }: "{ $found }" is far too long
check-out-of-range = { $field } is { $found }; it must be from { $min } to { $max }
check-empty-text = { $field } is empty; give it a short name a client will recognise
check-control-character = { $field } holds an invisible control character (U+{ $code }) after "{ $after }"; remove it
check-control-character-at-start = { $field } holds an invisible control character (U+{ $code }) at its start; remove it
check-empty-file = { $field } is empty; write the file's name between the quotes, or leave { $field } out
check-only-comments = the file holds only comments; a routine file starts with Routine( and lists its steps
check-too-long = { $field } is { $chars } characters long; it may be at most { $max }
check-step-count = the routine has { $found } steps; it must have from { $min } to { $max }
check-too-long-in-total = the routine would last { $hours } hours in total; a routine may last at most { $max } hours
check-file-missing = { $field } file "{ $file }" is not next to the routine (looked for { $path })
check-file-outside = { $field } file "{ $file }" is outside the routine's folder; put the file next to the routine and write just its name
check-file-without-folder = { $field } file "{ $file }" cannot be found: this routine is not saved in a folder yet
check-file-unusable = { $field } file "{ $file }" cannot be used: { $reason }
check-voice-too-long = voice file "{ $file }" lasts { $length }s, longer than this step's get-ready time allows: it plays after the step's start cue (up to { $after }s with its words), and prepare is { $prepare }; make prepare at least { $needed }, or shorten the recording
check-picture-unreadable = it could not be read: { $reason }
check-picture-too-large = it is { $size }; a picture may be at most { $max }
check-picture-heic = it is a HEIC photo (as iPhones take them), which stretch-timer cannot show; convert it to JPEG (an iPhone takes JPEG photos when its camera's format is Most Compatible)
check-picture-unknown = it is not a picture stretch-timer can show (PNG, JPEG or SVG)
check-picture-undecodable = it is a { $kind } picture that cannot be decoded: { $reason }
check-picture-too-many-pixels = it is { $width } × { $height } pixels, more than the { $megapixels } megapixels stretch-timer opens; save it smaller
check-sound-unreadable = cannot read it: { $reason }
check-sound-too-large = it is { $bytes } bytes; a sound file may be at most { $max }
check-sound-undecodable = it is not a sound file stretch-timer can play ({ $reason }); it plays WAV, OGG Vorbis, FLAC, MP3 and M4A (AAC)
check-sound-empty = it holds no sound
check-sound-unplayable = { $kind ->
    [opus] it is an Opus recording (as WhatsApp, Signal and Telegram voice notes are), which stretch-timer cannot play; convert it to M4A, MP3 or WAV with any audio converter (it plays WAV, OGG Vorbis, FLAC, MP3 and M4A (AAC))
    [amr] it is an AMR recording (as older phones' voice recorders make), which stretch-timer cannot play; convert it to M4A, MP3 or WAV with any audio converter (it plays WAV, OGG Vorbis, FLAC, MP3 and M4A (AAC))
    [three-gp] it is a 3GP recording (a phone's, usually AMR inside), which stretch-timer cannot play; convert it to M4A, MP3 or WAV with any audio converter (it plays WAV, OGG Vorbis, FLAC, MP3 and M4A (AAC))
   *[picture] it is a picture, not a recording; a sound file may be WAV, OGG Vorbis, FLAC, MP3 and M4A (AAC)
}
check-ends-early = the file ends too early: a closing bracket ) or ], or a closing quote ", is missing
check-steps-not-in-list = the steps are written in a list: steps: [ Step( ... ), Step( ... ) ], after the routine's other fields
check-sides-one-word = sides is one word, one of Neither, Left, Right or Both (Both works the left side, then the right): write sides: { $choice }
check-step-without-brackets = each step is written Step( ... ) around its fields, as in Step(name: "Psoas stretch", hold: "30s")
check-no-routine-brackets = a routine file starts with Routine( and ends with ): write Routine( before { $first }: and a closing ) at the very end
check-capital = write { $expected }( with a capital letter, not { $found }(
check-other-brackets = expected { $expected }( here, but found { $found }(
check-semicolon = write a comma here, not a semicolon: fields and steps are separated by commas
check-full-stop = write a comma here, not a full stop: fields and steps are separated by commas
check-missing-comma = a comma is missing before this: put a comma after each field and after each step
check-unclosed-text = this text is not closed: a closing double quote " is missing
check-after-the-end = there is more after the end of the routine: the routine's closing ) must be the last thing in the file
check-unclosed-comment = a /* comment is not closed with */
check-backslash = { $field }: write the file's path with forward slashes, as in "images/bench.png"; a backslash \ has another meaning in text
check-escape = a backslash \ in text must be followed by n (new line), t (tab), " or another \; to write a backslash itself, write \\
check-escape-in = { $field }: a backslash \ in text must be followed by n (new line), t (tab), " or another \; to write a backslash itself, write \\
check-expected-close = expected a closing ) here, or a comma before the next field
check-expected-list-end = expected a closing ] here, or a comma before the next step
check-equals-sign = write a colon : between { $name } and its value, not =: { $name }: …
check-equals-sign-unnamed = write a colon : between the field's name and its value, not =: the field's name: …
check-expected-colon = expected a colon : between a field's name and its value
check-dash = there is a dash { $dash } here, as a word processor writes it; write the value with digits only
check-one-slash = a comment starts with two slashes: write // in place of /
check-unexpected = unexpected character '{ $found }'
check-two-commas = there are two commas here; delete one
check-quoted-name = a field's name is written without quotes: { $name }, not { $written }
check-expected-name = expected a field name here
check-expected-opening = expected an opening ( here: a routine file is Routine( ... ) and each step is Step( ... )
check-parser = { $message }
check-parser-in = { $field }: { $message }
check-odd-space = { $space ->
    [no-break] there is a no-break space here, pasted from a word processor, which looks like a space but is not one; delete it and type an ordinary space
    [narrow] there is a narrow no-break space here, pasted from a word processor, which looks like a space but is not one; delete it and type an ordinary space
    [figure] there is a figure space here, pasted from a word processor, which looks like a space but is not one; delete it and type an ordinary space
    [thin] there is a thin space here, pasted from a word processor, which looks like a space but is not one; delete it and type an ordinary space
    [zero-width] there is a zero-width space here, pasted from a word processor, which looks like a space but is not one; delete it and type an ordinary space
   *[zero-width-no-break] there is a zero-width no-break space here, pasted from a word processor, which looks like a space but is not one; delete it and type an ordinary space
}
check-single-quotes = { $field }: text is written in double quotes, not single ones: "{ $inner }"
check-sets = { $field } is one whole number, not { $value }: write the repetitions on each side, such as reps: 3, and make each its own hold
check-clock-time = { $field }: minutes and seconds are written with their units, in double quotes: "{ $meant }", not { $minutes }:{ $seconds }
check-word-after-number = { $field } is written as a number alone: { $value }, not { $value } { $word }
check-unit-after-space = { $field }: a duration with a unit is written in double quotes, without a space: "{ $value }{ $unit }", not { $value } { $word }
check-curly-quotes = { $field }: these are curly quotes (“ ”), as a word processor writes them; write straight double quotes instead: { $straight }
check-quoted-number = { $field } is a number, written without quotes: { $number }
check-quoted-bool = { $field } is written without quotes: { $meant }
check-quoted-capital-bool = { $field } is written in small letters, without quotes: { $meant }, not { $value }
check-quoted-word-bool = { $field } is true or false, without quotes: write { $meant }, not { $value }
check-quoted-sides = sides is written without quotes: { $choice }, not "{ $inner }"
check-quoted-other-sides = sides is written without quotes, as one of Neither, Left, Right, Both
check-capital-bool = { $field } is written in small letters: { $meant }, not { $value }
check-word-bool = { $field } is true or false: write { $meant }, not { $value }
check-unquoted-unit = { $field }: a duration with a unit is written in double quotes: "{ $value }"
check-range-whole = { $field } is one whole number, not a range such as { $value }: write the one to do, such as { $low }
check-range-duration = { $field } is one duration, not a range such as { $value }: write the one to do, such as { $low }
check-decimal-comma = { $field }: { $value } is not a duration; write whole seconds or units, e.g. 90 or "1m30s"
check-number-word = { $field } is written in digits: { $number }, not { $value }
check-some-capital = { $field }: write Some({ $inner }) with a capital S, or just { $inner }
check-breathe-none = breathe: write None with a capital N, or leave breathe out
check-duration-none = { $field }: write 0 for no time at all, or leave { $field } out for the usual time
check-sides-none = sides: write Neither for a step with no sides, or leave sides out
check-after-number = { $field } is written as a whole number alone: { $number }, not { $value }
check-unquoted-drawing = drawing is written in double quotes: "{ $id }"
check-curly-close = this text is closed with a curly quote, as a word processor writes it; write a straight double quote instead: "{ $before }"
check-curly-close-in = { $field }: this text is closed with a curly quote, as a word processor writes it; write a straight double quote instead: "{ $before }"
check-unit-outside-quotes = the unit goes inside the quotes: "{ $number }{ $unit }", not "{ $number }" { $word }
check-unit-outside-quotes-in = { $field }: the unit goes inside the quotes: "{ $number }{ $unit }", not "{ $number }" { $word }
check-quote-inside = this text has a double quote " inside it, which ends the text early; inside text, use single quotes ' instead, or write \" for a double quote
check-quote-inside-in = { $field }: this text has a double quote " inside it, which ends the text early; inside text, use single quotes ' instead, or write \" for a double quote
check-step-open-at-end = this step is not closed: a closing ) is missing here, before the ] that ends the steps
check-step-open-before-comma = this step is not closed: a closing ) is missing here, before the comma and the next Step(
check-step-open = this step is not closed: a closing ) is missing here, and a comma after it, before the next Step(
check-one-too-many = there is one { $close } too many here; delete it
check-close-step = write ) here, not { $close }: a step, and the routine, end with )
check-close-list = write ] here, not { $close }: the list of steps ends with ]
check-list-open = the list of steps is not closed: a closing ] is missing before this )
check-hash-comment = comments in a routine file start with //, not #: write // in place of #
check-dash-comment = comments in a routine file start with //, not --: write // in place of --
check-file-ok = { $steps ->
    [one] { $file }: ok ({ $steps } step, { $time })
   *[other] { $file }: ok ({ $steps } steps, { $time })
}
check-files-checked = checked { $files } files: { $valid } valid, { $invalid } with errors
check-no-routine-files = { $folder }: no .ron files in this folder

## Questions in a window of their own

ask-stop = Stop this routine?
    .body = The routine ends here; you can start it again from the beginning.
ask-save-problems = { $count ->
        [one] This routine has a problem
       *[other] This routine has { $count } problems
    }
    .body = A routine with problems cannot be started. Keep your changes as a draft and fix the problems first?
    .over-valid = The file on disk works; saving now would replace it with one that cannot be started. Keep your changes as a draft and fix the problems first?
ask-changed-on-disk = The file changed on disk
    .body = { $file } was changed by another program since you opened it here. Saving replaces those changes with yours.
ask-leave-editor = Save your changes?
    .body = Your changes to this routine are not saved yet.
ask-import-clash = A routine of that name is already here
ask-delete-session = Delete this session?
    .body = { $session } is removed from your history, with its pain scores and note. This cannot be undone.
ask-new-history = Start a new history?
    .body = Your history file { $file } cannot be read. It is kept: it is renamed, with today’s date in its name, next to where it is now, and a new, empty history begins.
ask-keep-going = Keep going
ask-stop-routine = Stop routine
ask-keep-as-draft = Keep as draft
ask-save-anyway = Save anyway
ask-keep-editing = Keep editing
ask-replace-with-mine = Replace with mine
ask-save = Save
ask-discard = Discard changes
ask-keep-both = Keep both
ask-replace-mine = Replace mine
ask-cancel = Cancel
ask-delete-session-button = Delete session
ask-keep-it = Keep it
ask-set-aside = Set it aside and start anew

## The command line: --lang, and the voice's language (stretch-timer render, run)
cli-lang-not-offered = stretch-timer does not speak “{ $asked }”. Choose one of: { $offered }.
cli-voice-not-language = warning: the voice { $asked } does not speak { $language }, the language of this routine's prompts, so step names are spoken with { $voice }.

## The window's name, as a screen reader and the task bar say it: the app, then the screen

window-name = { $app }: { $screen }
window-library = Routines
window-pain-before = Pain before { $routine }
window-player = Playing a routine
window-finished = Routine complete
window-stopped = Routine stopped
window-history = History
window-editor = Editor
window-broken = { $routine } has errors
window-fix = Fixing a routine file

## The routine editor, fixing a file by hand, files and sharing (the therapist's words)

# The editor's top line, its routine fields and its steps
editor-back = All routines
editor-save = Save
editor-saved = Saved
editor-unsaved = Unsaved changes
editor-not-finished = Not finished
editor-problems = { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    }
editor-total = Total { $total }
editor-title = Editing: { $title }
editor-file = File: { $file }
editor-file-in = File: { $file } in { $folder }
editor-routine = Routine
editor-name = Name
    .name = Routine name
    .hint = e.g. Morning psoas stretch
editor-summary = Summary
    .hint = What it is for (optional)
editor-author = Written by
    .hint = Your name (optional)
editor-safety = Safety
    .hint = Shown before the routine starts: when to stop, what to avoid
editor-speech = Speech
editor-read-instructions = Read each step's instructions aloud
    .tooltip = While the client gets ready, where they end before Hold: allow a second of Get ready for every three words, and 5 seconds more
editor-step-title = Step { $number } · { $name } · { $time }
editor-step-title-unnamed = Step { $number } · (no name yet) · { $time }
editor-move-up = Move up
    .name = Move step { $n } up
editor-move-down = Move down
    .name = Move step { $n } down
editor-duplicate = Duplicate
    .name = Duplicate step { $n }
editor-remove = Remove
    .name = Remove step { $n }
editor-try-from-here = Try from here
    .name = Try from step { $n }
editor-add-step = Add a step
# A field's first message, when it has several: the others show on hover.
editor-message-and-more = { $message } (and { $more } more)

# Beside the form: the total, the problems, the preview
editor-timeline = Timeline of the routine
editor-total-time = Total time { $total }
editor-no-problems = No problems: ready to save and to use.
editor-not-ready = Not ready to use yet: some fields still need something. Each says what once you have been in it, or when you press Save.
editor-problems-to-fix = { $count ->
        [one] { $count } problem to fix before the client can use it:
       *[other] { $count } problems to fix before the client can use it:
    }
editor-step-problem = Step { $step }: { $problem }
editor-not-filled-in = … and fields not yet filled in ({ $count })
editor-preview = Preview
editor-preview-after-fixing = The preview shows once the problems are fixed.
# Where the preview is: "0:30 of 2:00 · step 1 Bench psoas stretch: hold, left"
editor-preview-at = { $at } of { $total } · step { $number } { $step }: { $phase ->
        [prepare] get ready
        [hold] hold
        [rest] rest
       *[switch] switch sides
    }{ $side ->
        [left] , left
        [right] , right
       *[none] {""}
    }
editor-stop-preview = Stop preview
editor-preview-speed = Plays the whole timeline { $speed } times faster, without sound.
editor-play-preview = Play preview
editor-try-in-player = Try it in the player

# A step's fields. Each field's .name is what a screen reader calls it, with the step's number.
step-name = Name
    .name = Step { $n } name
    .hint = e.g. Bench psoas stretch
step-instructions = Instructions
    .name = Step { $n } instructions
    .hint = What to do, what to feel, what to avoid
step-sides = Sides
    .name = Step { $n } sides: { $choice }
step-sides-neither = No sides
step-sides-left = Left only
step-sides-right = Right only
step-sides-both = Left, then right
step-hold = Hold
    .name = Step { $n } hold
step-reps = Repetitions
    .name = Step { $n } repetitions
    .per-side = { " " }per side
step-prepare = Get ready
    .name = Step { $n } get ready
step-rest = Rest between
    .name = Step { $n } rest
step-switch-sides = Switch sides
    .name = Step { $n } switch sides
    .only-both = only for "Left, then right"
step-countdown = Countdown
    .name = Step { $n } countdown
    .ticks = { " " }ticks
step-halfway = Halfway cue
    .name = Step { $n } halfway cue
    .box = A cue halfway through each hold
step-breathe = Breathing pace
    .name = Step { $n } breathing pace
    .hint = none
step-picture = Picture
    .name = Step { $n } picture
    .hint = a file next to the routine, e.g. images/bench.png
step-recording = Recording
    .name = Step { $n } recording
    .hint = a sound file next to the routine, played as the step begins
step-drawing = Drawing
    .name = Step { $n } drawing: { $words }
step-drawing-picture-instead = Your picture is shown instead of a drawing.
step-drawing-by-name = { $drawing }, picked by the step's name.
step-drawing-none-by-name = None: no drawing's words are in the step's name.
step-drawing-chosen = { $drawing }, chosen for this step.
step-drawing-none-chosen = None: this step shows no drawing.
step-choose-drawing = Choose a drawing…
    .name = Choose a drawing for step { $n }
step-drawing-by-name-choice = Picked by the step's name
step-drawing-none-choice = No drawing
step-drawing-now = Now: { $drawing }
step-drawing-now-none = Now: none, no drawing's words are in the name
step-drawing-choice-name = Step { $n } drawing { $choice }

# The cue sounds a routine may replace, each named by what it marks
sounds-title = { $replaced ->
        [0] Cue sounds (built-in)
       *[other] Cue sounds ({ $replaced } replaced)
    }
sounds-hint = A sound file next to the routine replaces a built-in cue sound.
sounds-field-name = Cue sound: { $sound }
sounds-built-in = built-in
sound-step-start = A step starts
sound-hold-start = A hold starts
sound-halfway = Halfway through a hold
sound-countdown = Countdown tick
sound-countdown-last = Last countdown tick
sound-hold-end = A hold ends
sound-switch-sides = Switch sides
sound-breathe-in = Breathe in
sound-breathe-out = Breathe out
sound-routine-done = Routine complete

# The editor's notices
editor-fix-before-trying = Fix the problems shown in red first; then it can be tried.
editor-not-saved = Could not save: { $reason }
editor-saved-as = Saved as { $place }.
editor-kept-as-draft = Your changes are kept as a draft: find them at the top of the library.
editor-draft-not-kept = Could not keep a draft: { $reason }
editor-draft-not-removed = Could not remove the draft: { $reason }


# The built-in drawings: their names in the editor's list, and what a screen reader says of each
drawing-lying-knees-bent = Lying, knees bent
    .description = Drawing: lying on the back, knees bent, feet flat
drawing-knees-to-chest = Knees to chest
    .description = Drawing: lying on the back, both knees hugged to the chest
drawing-bench-psoas = Bench psoas stretch
    .description = Drawing: lying at the end of a bench, one knee hugged, the other leg hanging off the edge
drawing-floor-psoas = Floor psoas stretch
    .description = Drawing: lying on the floor, one knee hugged, the other leg straight on the floor
drawing-standing = Standing
    .description = Drawing: standing tall
drawing-standing-lunge = Standing lunge
    .description = Drawing: split stance, back leg stretched, one hand on a chair
drawing-getting-up = Getting up
    .description = Drawing: rolled onto the side, pushing up to sit


# A step's picture or recording, chosen from a file ($kind: picture or recording)
media-choose = { $kind ->
        [picture] Choose picture…
       *[recording] Choose recording…
    }
    .name = { $kind ->
        [picture] Choose a picture for step { $n }
       *[recording] Choose a recording for step { $n }
    }
media-picture-alt = Step { $n } picture: { $file }
media-play = Play
    .name = Play step { $n } recording
media-stop = Stop
    .name = Stop step { $n } recording
media-cannot-play = The recording cannot be played: { $reason }
media-no-dialog = { $kind ->
        [picture] No file dialog can be shown here. Type or paste the path of the picture: a copy of it is kept in the routine's folder.
       *[recording] No file dialog can be shown here. Type or paste the path of the recording: a copy of it is kept in the routine's folder.
    }
media-path = { $kind ->
        [picture] Path of the picture
       *[recording] Path of the recording
    }
media-use-this = { $kind ->
        [picture] Use this picture
       *[recording] Use this recording
    }
media-cancel = Cancel
media-missing = There is no file "{ $path }".
media-refused = "{ $file }" cannot be used: { $reason }
media-no-routines-folder = Could not make the routines folder ({ $folder }): { $reason }
media-no-own-folder = Could not make a folder for the routine ({ $folder }): { $reason }
media-not-moved = Could not move the routine into a folder of its own ({ $folder }): { $reason }
media-not-copied = Could not copy "{ $file }" into { $folder }: { $reason }


# Recording a step's instructions from the microphone
record-button = Record…
    .name = Record instructions for step { $n }
record-how = Press Record and speak the instructions. The silence before and after is cut off, and the recording is made as loud as the spoken cues.
record-start = Record
record-cancel = Cancel
record-stop = Stop
record-saving = Saving…: { $length } long ({ $cut } of silence cut).
record-saved = Saved as { $file }: { $length } long ({ $cut } of silence cut).
record-too-long = It is longer than fits before the hold ({ $fits }): make Get ready at least { $needed }, or record it shorter.
record-play-back = Play back
record-stop-playing = Stop playing
record-again = Record again
record-done = Done
record-try-again = Try again
record-close = Close
record-no-room = This step's Get ready is too short for a recording: it plays after the step's start cue ({ $cue }), before the hold. Make Get ready longer first.
record-room = It plays as the step begins, after its start cue: up to { $fits } fits before the hold.
record-opening = Opening the microphone…
record-recording = Recording  { $length }
record-words = words: { $length }
record-finishing = Cutting the silence and setting the level…
record-too-loud = Too loud: part of it is cut off. Stop, then record again further from the microphone.
record-quiet = Quiet: speak up, or come closer to the microphone.
record-longer-than-fits = Longer than fits before the hold ({ $fits }): keep it shorter.
record-fits = Up to { $fits } fits before the hold.
record-meter = Microphone level
record-not-saved = The recording could not be saved: { $reason }
record-no-microphone = No microphone was found. Plug one in (a headset's will do), then press Try again.
record-denied = This computer does not let stretch-timer use the microphone. Allow it in the system's privacy or sound settings, then press Try again.
record-busy = The microphone is in use by another program. Close that program, then press Try again.
record-unavailable = The microphone could not be opened. Check that one is plugged in and that this computer's sound works, then press Try again.
record-stopped = The microphone stopped sending sound (was it unplugged?). Nothing was saved: press Try again.
record-lost = The computer was too busy, and part of the recording was lost. Close other programs if you can, then press Try again.
record-nothing-heard = Nothing was heard: the recording is silent. Check that the microphone is on and not muted, speak close to it, then press Try again.
record-cannot-keep = The recording cannot be kept: { $reason }.
# A length while recording, "0:04.2", and a length in seconds, "4.2 s": write the tenth as your language does.
record-clock = { $minutes }:{ $seconds }.{ $tenth }
record-seconds = { $whole }.{ $tenth } s


# A routine file with errors, and its text fixed by hand
fix-file = File: { $place }
fix-has-errors = This routine has errors and cannot be started.
fix-it-here = Fix it here: Edit shows the file's text with each problem marked at its line.
fix-edit = Edit
fix-what-is-wrong = What is wrong
fix-bundled = A bundled routine has no file to fix.
fix-unreadable = { $file } could not be read: { $reason }
fix-no-problems-unsaved = No problems: save to use it
fix-no-problems = No problems
fix-title = Fixing: { $file }
fix-about = { $place }: the file's text, checked as you type. Lines with a problem are marked.
fix-unsaved = Your changes to this file are not saved.
fix-save-and-leave = Save and leave
fix-leave-without-saving = Leave without saving
fix-keep-fixing = Keep fixing
fix-no-problems-save = No problems: save, and the routine can be used.
fix-text = Routine file text


# Opening, importing, exporting and writing files
files-opener-ended = xdg-open ended with { $status }
files-opener-not-run = xdg-open could not be run: { $reason }
files-no-file-manager = No file manager could show the folder ({ $reason }). It is { $folder }
files-not-watched = Changes to your routine files will not show until stretch-timer is started again: { $reason }
# $why is "known" when the reason a dialog could not be shown is known ($reason), "unknown" otherwise.
files-type-path-to-open = { $why ->
        [known] No file dialog can be shown here ({ $reason }). Type or paste the path of the routine (.ron) or shared routine (.zip) to open:
       *[unknown] No file dialog can be shown here. Type or paste the path of the routine (.ron) or shared routine (.zip) to open:
    }
files-type-path-for-copy = { $why ->
        [known] No file dialog can be shown here ({ $reason }). Type where to save a copy of { $place }:
       *[unknown] No file dialog can be shown here. Type where to save a copy of { $place }:
    }
files-copy-saved = Saved a copy as { $place }.
files-copy-not-saved = Could not save a copy as { $file }: { $reason }
files-not-imported = Could not import: { $reason }
files-imported = Imported "{ $name }".
files-imported-in-place = Imported "{ $name }", in place of yours.
files-imported-beside = Imported "{ $name }", next to the one you had.
files-import-clash = { $clash }. Keep both (the new one gets another name), or replace yours with the one being imported?
files-handout-written = The handout is written as { $place }; it opens in your browser, to print.
files-handout-written-without = The handout is written as { $place } ({ $count ->
        [one] { $count } picture could not be included
       *[other] { $count } pictures could not be included
    }); it opens in your browser, to print.
files-handout-not-written = Could not write the handout: { $reason }
files-exported = Exported "{ $name }" as { $place }: send this one file to your client, who opens it with "{ $button }".
files-not-exported = Could not export: { $reason }


# Sharing a routine: the library's button, and the note inside every shared routine (a .zip)
share-import-button = Open or import a file…
# README.txt in a shared routine, for a person who opens the zip by hand. Keep the command as it is.
share-readme =
    This file holds a stretching routine for stretch-timer, with its pictures and sounds.

    To add it to your routines, open stretch-timer and choose "{ $button }"
    in the library, or type in a terminal:  stretch-timer import { $package }

    The folder "{ $folder }" holds the routine ({ $folder }.ron, a text file) and the files it uses.
    Nothing in this file is a program, and nothing in it is ever run.

# The system's file dialogs: their titles and the kinds of file they show
dialog-open = Open a routine
    .filter = Routine, or a shared routine
dialog-save-copy = Save a copy of the shared routine
    .filter = Shared routine
dialog-picture = Choose a picture for step { $n }
    .filter = Picture
dialog-recording = Choose a recording for step { $n }
    .filter = Recording


# Why a routine cannot be shared, or a shared routine (a .zip package) cannot be added
share-invalid = { $file } has errors; correct them before sharing it:
    { $errors }
share-not-shareable = cannot share { $routine }: the file "{ $file }" that it names { $reason }
share-reason-case-clash = has the name of another of its files but for upper and lower case, which Windows and macOS cannot keep apart; rename one of them
share-reason-rename = { $reason }; rename it
share-reason-too-deep = is in too many folders; keep it next to the routine
share-reason-not-media = is neither a picture ({ $pictures }) nor a sound ({ $sounds }); save it as one of these
share-file-too-large = cannot share { $file }: it is larger than { $max }, the most for a file in a shared routine; make it smaller (a picture with fewer pixels, a recording saved as OGG or MP3)
share-too-large-in-total = cannot share { $routine }: with its files it comes to more than { $max }, the most a shared routine may hold; make its pictures or recordings smaller
share-over-source = { $file } is the routine or one of its files; save the package under another name, such as { $suggestion }
share-no-folder = the folder { $folder } does not exist, so the package cannot be written there; make the folder first, or choose one that exists
share-not-read = could not read { $file }: { $reason }
share-not-a-package = { $package } is not a stretch-timer routine package (not a zip file, or one that was cut short: ask for it again)
share-package-too-large = { $package } is larger than { $max }, the most a routine package may be, so it is not one: ask for the routine again
share-too-many-entries = { $package } holds more than { $max } files; a routine package holds one routine with its pictures and sounds
share-entry-too-large = { $package }: "{ $entry }" unpacks to more than { $max }, the most for this file in a routine package; ask the sender to make it smaller
share-content-too-large = { $package } unpacks to more than { $max }, the most a routine package may hold; ask for a package with smaller pictures or recordings
share-unsafe-name = { $package }: "{ $entry }" { $reason }; a routine package never has such names, so nothing was imported
share-link = { $package }: "{ $entry }" is a link to another file; a routine package holds only plain files, so nothing was imported
share-encrypted = { $package }: "{ $entry }" is protected by a password; ask for a package made without one (stretch-timer's Export never uses one)
share-unsupported = { $package }: "{ $entry }" is compressed with { $method }, which stretch-timer does not read; ask for a package made with stretch-timer's Export
share-damaged = { $package } is damaged ("{ $entry }": { $reason }); ask for it again
share-duplicate-name = { $package }: "{ $entry }" is in it twice, or as a file and a folder (names that differ only in upper and lower case count as the same); nothing was imported
share-duplicate-names = { $package }: two of its files have the same name; nothing was imported
share-no-routine = { $package } holds no routine (a .ron file, at its top or in its folder); it is not a stretch-timer routine package
share-many-routines = { $package } holds more than one routine ({ $found }); a package holds one: ask for one package per routine
share-broken-routine = the routine in { $package } has errors, so it was not imported; ask for a corrected one:
    { $errors }
share-left-out = (left out of the package: { $skipped }; only the routine, pictures ({ $pictures }) and sounds ({ $sounds }) are imported)
share-clash = "{ $name }" is already in your routines ({ $existing })
share-not-installed = could not add the routine to { $path }: { $reason }
share-entry-number = entry { $number }
share-zip-checksum = its content does not match its checksum
share-zip-larger = it unpacks to more than it says
# What is wrong with a name inside a package, said after the name: "a/../x.png" climbs out of its folder (..)
share-name-empty = has no name
share-name-too-long = has a name too long for a file
share-name-absolute = is an absolute path (it starts with /)
share-name-too-deep = is nested in too many folders
share-name-empty-part = has an empty folder name (two slashes in a row)
share-name-climbs-out = climbs out of its folder (..)
share-name-dot = has a folder named "."
share-name-backslash = has a backslash (\) in its name
share-name-colon = has a colon (:) in its name, as in a drive letter (C:)
share-name-control = has a control character in its name
share-name-not-text = has a name that is not text
share-name-outside = points outside the package's folder

## Fixing a routine file by hand

fix-not-saved = Could not save; your changes are still here: { $reason }
fix-saved-whole = Saved { $file }: it has no errors now.
fix-saved-with-problems = Saved { $file }, with { $count ->
        [one] { $count } problem
       *[other] { $count } problems
    } left to fix.

## Why a file, a device or a command could not do what was asked: pictures, sounds, the microphone, the speakers, the voice, and the command line's own words

# Why a picture cannot be shown ($size and $limit are sizes such as "16 MiB").
photo-too-large = it is { $size }; a picture may be at most { $limit }
photo-heic = it is a HEIC photo (as iPhones take them), which stretch-timer cannot show; convert it to JPEG (an iPhone takes JPEG photos when its camera's format is Most Compatible)
photo-not-a-picture = it is not a picture stretch-timer can show (PNG, JPEG or SVG)
photo-undecodable = it is a { $kind } picture that cannot be decoded: { $reason }
photo-too-many-pixels = it is { $width } × { $height } pixels, more than the { $most } megapixels stretch-timer opens; save it smaller
photo-no-header = it has no image header
photo-cut-short = it ends before its last pixel
photo-cache-broken = the pictures cannot be shown until the program is started again
photo-no-thread = the picture could not be opened: { $reason }

# Why a sound cannot be played. $playable is sound-playable.
sound-playable = WAV, OGG Vorbis, FLAC, MP3 and M4A (AAC)
sound-opus = it is an Opus recording (as WhatsApp, Signal and Telegram voice notes are), which stretch-timer cannot play; convert it to M4A, MP3 or WAV with any audio converter (it plays { $playable })
sound-amr = it is an AMR recording (as older phones' voice recorders make), which stretch-timer cannot play; convert it to M4A, MP3 or WAV with any audio converter (it plays { $playable })
sound-3gp = it is a 3GP recording (a phone's, usually AMR inside), which stretch-timer cannot play; convert it to M4A, MP3 or WAV with any audio converter (it plays { $playable })
sound-picture = it is a picture, not a recording; a sound file may be { $playable }
sound-unreadable = cannot read it: { $reason }
sound-too-large = it is { $bytes } bytes; a sound file may be at most { $limit }
sound-undecodable = it is not a sound file stretch-timer can play ({ $reason }); it plays { $playable }
sound-empty = it holds no sound
# $cue is the cue's name in a routine file, such as hold_start.
sound-builtin-instead = { $problem }; the built-in { $cue } sound plays instead
sound-step-without = { $problem }; step { $step } starts without it

# Why nothing can be recorded from the microphone.
microphone-none = no microphone was found
microphone-denied = this computer does not let stretch-timer use the microphone
microphone-busy = the microphone is in use by another program
microphone-unavailable = the microphone could not be opened
microphone-stopped = the microphone stopped sending sound
microphone-lost = part of the recording was lost: the computer was too busy
recording-silent = nothing was heard: the recording is silent
recording-not-written = the recording could not be written as a WAV file ({ $reason })

# Why there is no sound. The lines with "stretch-timer:" go to the terminal, with the sound system's own words.
speaker-none = no speaker or headphones could be found
speaker-stopped = the sound device stopped working
speaker-silent = the sound device stopped asking for sound
speaker-closed-unused = the sound was closed while nothing played
speaker-said = stretch-timer: the sound device said: { $said } ({ $kind })
speaker-not-opened = stretch-timer: the sound device could not be opened: { $detail }

# The voice that says step names (espeak-ng, a program of its own).
speech-install-hint = Install espeak-ng to hear step names: sudo apt install espeak-ng
speech-install-hint-windows = Install eSpeak NG for Windows to hear step names (its installer is on github.com/espeak-ng/espeak-ng, under Releases); until then the usual prompts play
speech-missing = { $program } is not installed
speech-not-started = { $program } could not be started: { $reason }
speech-timed-out = { $program } did not finish within { $seconds } s and was stopped
speech-failed = { $program } failed: { $reason }
speech-no-sound = the speech made is not a sound that can be played: { $reason }
speech-not-kept = the speech could not be kept in { $file }: { $reason }
speech-empty = it is empty

# stretch-timer render: a routine's sound written to a WAV file.
render-cannot-write = cannot write { $file }: { $reason }
render-too-long = the routine lasts { $hours } hours; a WAV file can hold at most 13 hours of it
render-names-unspoken = warning: step names are not spoken: { $problem }. { $hint }
render-some-names-unspoken = warning: some step names are not spoken: { $problem }
# $length is in seconds with one decimal, $needed in whole seconds.
render-instructions-too-long = step { $step } ("{ $name }"): its instructions, read aloud, last { $length }s, longer than its get-ready time allows after its name: make prepare at least { $needed }s, or shorten them
render-rendering = rendering { $routine }
# The progress bar while rendering: $bar is the bar, $percent how much is done, $eta the time left.
render-progress = rendering { $bar } { $percent } { $eta } left
render-note = note: { $note }
render-done = { $file }: { $length } of sound for "{ $routine }", { $cues ->
        [one] { $cues } cue sound
       *[other] { $cues } cue sounds
    }

# The command line's answers to a value it cannot use. $given is what was typed, in quotes.
cli-write-one-of = write one of { $choices }, not { $given }
cli-voice-name = a language is written like en, en-us or de (see `espeak-ng --voices`), not { $given }
cli-no-such-routine = no routine named "{ $name }": give the path of a .ron file, or one of: { $known }
cli-no-such-bundled-routine = this version has no bundled routine of that name

# The app's notices.
# An example of a file's path, shown greyed in the field where one is typed: a folder of documents in your language.
notice-path-example = /home/you/Documents/routine.ron
# The step a routine was stopped at, as pain-stopped-at says it.
pain-stopped-step-named = step { $step } ({ $name })
pain-stopped-step = step { $step }
library-draft-unreadable = Kept work in { $file } could not be read as a draft; the file is left as it is.
library-now-broken = "{ $routine }" now has errors and cannot be started; they are listed in the library.
library-no-such-routine = There is no routine named "{ $name }".
library-folder-not-made = Could not create the folder { $folder }: { $reason }
player-not-recorded = This session of { $routine } is not recorded: its file could not be read again ({ $reason }).
player-could-not-start = The routine could not start: { $reason }
# The button and the screen named are history-start-new and the History tab: use the same words.
player-start-new-history = { $problem }; choose "Start a new history" in History to record again
player-sounds-unusable = Some sounds could not be used: { $problems }
player-names-unspoken = Some step names are not spoken: { $problem }

# The user's folder and the history, when the system refuses.
home-no-folder = there is no folder for your routines on this system (no home directory); set { $variable } or pass --home DIR
files-folder-not-made = could not create the folder { $folder }: { $reason }
home-draft-not-encoded = could not encode the draft: { $reason }
home-draft-not-removed = could not remove the draft: { $reason }
history-no-thread = this session of { $routine } could not be recorded: the system could not start a thread to record it ({ $reason })

# stretch-timer list: each routine with its length and number of steps, and whose it is.
list-bundled = bundled
list-yours = yours
list-steps = { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }
list-has-errors = has errors
list-yours-go-in = Your own routines go in { $folder }; `stretch-timer new NAME` starts one.

# stretch-timer plan: a routine's phases as a table, then its cues (--cues). Keep the column names short.
plan-summary = { $routine }: { $total } in total, { $steps ->
        [one] { $steps } step
       *[other] { $steps } steps
    }
plan-start = start
plan-length = length
plan-phase = phase
plan-side = side
plan-rep = rep
plan-step = step
plan-phase-kind = { $phase ->
        [prepare] prepare
        [hold] hold
        [rest] rest
       *[switch] switch sides
    }
plan-side-kind = { $side ->
        [left] left
       *[right] right
    }
# A cue in the table's last part: what it marks. $n is the seconds a countdown has left.
plan-cue-kind = { $kind ->
        [step_start] step start
        [hold_start] hold start
        [hold_end] hold end
        [switch_sides] switch sides
        [breathe_in] breathe in
        [breathe_out] breathe out
        [halfway] halfway
        [countdown] countdown { $n }
       *[routine_done] routine done
    }
plan-end = end
plan-at = at
plan-cue = cue

# What a command line value must be.
cli-pain = pain is a whole number from 0 to 10, not “{ $given }”
cli-between = a whole number from { $low } to { $high }, not “{ $given }”
reminders-days-none = No days were given; write daily, weekdays, weekends, or days like mon,wed,fri.
reminders-days-unknown = “{ $given }” is not a day; write daily, weekdays, weekends, or days like mon,wed,fri (mon, tue, wed, thu, fri, sat, sun).
cli-date = a date is written YYYY-MM-DD, like 2025-03-04, not { $given }
cli-app-options = a routine to open, --start and --style are for the app: give them without a command
cli-no-window = the window could not open: { $reason }
cli-internal-error = stretch-timer: internal error; please report it with the command you ran
cli-warning = warning: { $problem }
# What each cue style sounds like, in stretch-timer --help. "Hold", "Three", "Relax" are spoken prompts: use your voice's words.
cli-style-tones = a distinct tone for each kind of cue
cli-style-voice = spoken prompts ("Hold", "Three", "Relax")
cli-style-both = a tone, then the spoken prompt

# stretch-timer new NAME: a new routine of one's own.
new-bad-name = "{ $name }" cannot be a routine's name: { $problems }
new-exists = { $file } already exists; edit it, or choose another name
new-not-created = could not create { $file }
new-not-written = could not write { $file }

# stretch-timer handout, export and import.
handout-written = Wrote the handout for "{ $routine }" to { $file }
share-cli-bundled = "{ $id }" is bundled: every copy of stretch-timer has it, so there is nothing to send. To send a changed version, copy it in the app (Edit a copy) and export the copy
share-cli-exported = Exported "{ $routine }" ({ $files ->
        [one] { $files } file
       *[other] { $files } files
    }, { $bytes } bytes) to { $package }
share-cli-imported = Imported "{ $routine }" to { $file }
share-cli-imported-replacing = Imported "{ $routine }" to { $file } (in place of the one you had)
share-cli-imported-beside = Imported "{ $routine }" to { $file } (next to the one of the same name you had)
share-cli-left-out = left out: { $name } (not a routine, picture or sound)
share-cli-clash = stretch-timer: { $problem }; import it again with --rename to keep both (the new one gets another name), or with --replace to put it in place of yours

# The history: a session that cannot be read back ($what is one of the history-unreadable- messages), and an export that failed.
history-session-unreadable = session { $id } cannot be read: { $what } is not what stretch-timer writes
history-unreadable-stopped-at = the step stopped at
history-unreadable-outcome = its outcome
history-unreadable-end = its end
history-unreadable-source = where its routine came from
history-unreadable-hash = its routine's hash
history-unreadable-start = its start
history-unreadable-seconds = its seconds
history-unreadable-pain-before = its pain before
history-unreadable-pain-after = its pain after
history-unreadable-effort = its effort
history-unreadable-hold = one of its holds
history-unreadable-value = a value ({ $detail })
history-export-csv = could not write the history as CSV: { $reason }
history-export-json = could not write the history as JSON: { $reason }
history-export-io = could not write the history: { $reason }
history-lock-taken = another program took the history's lock file as it was made

# The entry that starts the reminders at login, as the desktop's list of startup programs shows it.
autostart-name = Stretch Timer reminders
autostart-comment = Reminds you of your stretching routines at the times you chose

## The notice at the top of a screen

notice-open-folder = Open folder
    .tooltip = Show the folder in your file manager
notice-save-as = Save as…
notice-dismiss = Dismiss
notice-path-to-open = Path of the file to open
notice-open-this-file = Open this file
notice-path-for-copy = Where to save the copy
notice-save-the-copy = Save the copy
# A file named in a notice: its name and the name of its folder, not the whole path.
notice-file-in-folder = { $file } in { $folder }

## History: this week, the charts and the sessions

history-heading = History
history-all-routines = All routines
history-report = Report for my therapist
    .hover = A page to print or send: sessions, pain and notes
history-routine = Routine
history-routine-name = Routine: { $routine }
history-period = Period
history-period-name = Period: { $period }
history-period-weeks4 = 4 weeks
history-period-months3 = 3 months
history-period-year = 1 year
history-period-all = All
history-tab-week = This week
history-tab-charts = Charts
history-tab-sessions = Sessions
history-problem = Your history cannot be used right now
history-problem-still-run = Routines still run; their sessions are not recorded until this is solved.
history-start-new = Start a new history
history-try-again = Try again
history-no-sessions = No sessions in this period.
history-no-note = No note
history-note = Note: { $note }
history-add-note = Add a note
    .name = Add a note to the session of { $when }
history-edit-note = Edit note
    .name = Edit the note of the session of { $when }
history-delete = Delete
    .name = Delete the session of { $when }
history-note-for = Note for { $when }
history-note-name = Note
history-save-note = Save note
history-cancel = Cancel
history-note-not-kept = The note could not be kept: { $reason }
history-delete-what = The session of { $when } ({ $routine })
history-not-deleted = The session could not be deleted: { $reason }
history-started-new = A new history is started. The old file is kept as { $file }.
history-readable-again = Your history can be read again; nothing was moved.
history-not-started-new = A new history could not be started: { $reason }
history-report-written = The report is in { $file }; it opens in your browser, to print or to send.
history-report-not-written = Could not write the report: { $reason }

# A session in the list: how it ended, then its facts, each after a ·
session-completed = Completed
session-stopped = Stopped early
session-stopped-at = Stopped early at step { $step }
session-stopped-at-named = Stopped early at step { $step } ({ $name })
session-interrupted = Interrupted
session-not-finished = Not finished
session-holds = { $done } of { $planned ->
        [one] { $planned } hold
       *[other] { $planned } holds
    }
session-pain-both = pain { $before } before, { $after } after
session-pain-before = pain { $before } before
session-pain-after = pain { $after } after
# How long ago a day was: "today", "3 days ago", "on 2 January" (the date is written for the language).
days-ago = { $days ->
        [0] today
        [1] yesterday
       *[other] { $days } days ago
    }
days-ago-on = on { $date }

# This week
week-heading = This week
week-no-streak = No streak yet: a session today starts one.
week-streak = Streak: { $days ->
        [one] { $days } day
       *[other] { $days } days
    } in a row, since { $since }
week-rest-days = Your prescription allows { $days ->
        [one] { $days } rest day
       *[other] { $days } rest days
    } a week: a missed day within them does not break the streak.
week-kept-heading = Keeping to the prescription
week-no-prescription = No prescription: a routine can say how often it is meant to be done (its schedule).
week-prescription = { $routine }: { $days ->
        [one] { $days } day
       *[other] { $days } days
    } a week, { $times ->
        [one] once
       *[other] { $times } times
    } a day
week-last-7 = Last 7 days: { $done } of { $expected } sessions
week-last-7-percent = Last 7 days: { $done } of { $expected } sessions ({ $percent } %)
week-last-28 = Last 28 days: { $done } of { $expected } sessions
week-last-28-percent = Last 28 days: { $done } of { $expected } sessions ({ $percent } %)
# A day's box, as a screen reader says it.
week-day-to-come = { $day }: to come
week-day-not-done = { $day }: not done
week-today-not-done = { $day } (today): not done
week-day-done = { $day }: { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } done
week-today-done = { $day } (today): { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } done

# The charts
chart-pain-heading = Pain before and after
chart-no-pain = No pain scores in this period.
chart-pain-counts = { $before ->
        [one] { $before } session
       *[other] { $before } sessions
    } with a score before, { $after ->
        [one] { $after } session
       *[other] { $after } sessions
    } with a score after.
chart-pain-averages = Average pain { $before } before, { $after } after.
chart-pain-average-before = Average pain { $before } before.
chart-pain-average-after = Average pain { $after } after.
chart-pain-weekly = Each point is a week's average.
chart-before = Before
chart-after = After
chart-pain-name = Chart of pain before and after: { $words }
chart-minutes-heading = Minutes per week
chart-minutes = { $minutes } minutes in { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }.
chart-minutes-series = Minutes
chart-minutes-name = Chart of minutes per week: { $words }
chart-sessions-heading = Sessions per week
chart-sessions = { $done } sessions done in { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }.
chart-sessions-prescribed = { $done } sessions done in { $weeks ->
        [one] { $weeks } week
       *[other] { $weeks } weeks
    }; { $prescribed } a week prescribed.
chart-sessions-done = Sessions done
chart-prescribed = Prescribed
chart-sessions-name = Chart of sessions per week: { $words }

## Settings

# Each language's name for itself, as the list of languages in Settings shows it.
language-own-name = English
settings-heading = Settings
settings-language = Language
settings-language-system = The system's: { $language }
settings-cues = Cues
settings-cues-tones = Tones
settings-cues-voice = Voice
settings-cues-both = Both
settings-volume = Volume
settings-volume-said = { $percent } percent
settings-sound = Sound
settings-mute = Mute
settings-countdown = Countdown
settings-ticks = Countdown ticks
settings-theme = Theme
settings-theme-dark = Dark
settings-theme-light = Light
settings-pain = Pain
settings-ask-pain = Ask about pain before a routine
settings-text-size = Text size
settings-text-normal = Normal
settings-text-large = Large
settings-text-largest = Largest
settings-step-names = Step names
settings-say-names = Say each step's name at its start
settings-no-speech = Step names cannot be spoken: { $reason }. { $hint }
settings-names-when = With Voice or Both; from the next routine started
settings-read-instructions = Read instructions
settings-read-instructions-name = Read each step's instructions
settings-read-when-asked = When the routine asks
settings-read-always = Always
settings-read-never = Never
settings-read-when = Read while getting ready, where they end before the hold
settings-voice-language = Language of step names
settings-rate = Speaking rate
settings-rate-unit = words a minute

## The prescription, and what the report puts first

# The editor's prescription: how often the therapist suggests doing the routine (the file's schedule).
editor-schedule = How often
    .box = Suggest how often to do it
    .days = days a week,
    .days-name = Days a week
    .times = times a day
    .times-name = Times a day
editor-schedule-week = That is { $week ->
        [one] { $week } time
       *[other] { $week } times
    } a week.
editor-schedule-none = No suggestion: the client does it when it suits them.
# The overview, under the routine's summary: the prescription in the report's words, then this week.
overview-suggested = Your therapist suggests: { $prescription }. { $done ->
        [0] None done yet this week.
        [one] { $done } done this week.
       *[other] { $done } done this week.
    }
# The handout, under its facts.
handout-schedule = How often: <strong>{ $prescription }</strong>
# Words in a client's note that a therapist must see first (they can mean a nerve is involved).
# Not shown to anyone: a list the notes are matched against, in the language the client writes in.
# Comma-separated words or phrases; a * at the end matches any ending (numb* finds numb and
# numbness). Case and accents do not matter. Add the words your clients use.
alarm-words = sharp, stabbing, shooting, shoots, numb*, tingl*, pins and needles, burning, electric*, radiat*, gave way, giving way, lost feeling, can't feel
# The report's first box, in the order a therapist acts on it.
report-red-flags = Red flags: ask about these first
report-trends = Trends
report-quoted = “{ $words }”
report-flag-note = { $date }: the note says { $words } ({ $routine }): “{ $note }”
report-flag-high-both = { $date }: pain { $before }/10 before and { $after }/10 after the session ({ $routine }).
report-earlier = Earlier sessions with high or rising pain
report-flag-pain-earlier = { $routine }: { $count ->
        [one] { $count } earlier session
       *[other] { $count } earlier sessions
    } with pain of { $high } or more, or up by { $rise } or more during the session, from { $from } to { $to } (at most { $highest }/10).
# The notes table's column: pain before → after the session.
report-note-pain = Pain before → after
report-key-pair = one session, before to after
# The History chart's key: the line that joins a session's pain before and after.
chart-pair = One session, before to after
# Under a number field in the editor, when a word was typed into it ("three").
editor-not-a-number = “{ $typed }” is not a number, so it stays at { $value }: type it in figures, such as 3.
# Under a step's recording in the editor, when it is too long for the step's Get ready ($label).
editor-voice-too-long = The recording lasts { $length }s, longer than this step's “{ $label }” allows: it plays after the step's start cue (up to { $after }s with its words), and “{ $label }” is { $prepare }. Make “{ $label }” at least { $needed }, or record it shorter.
# Under the typed path when no file dialog can be shown: the field keeps its text to be corrected.
files-typed-not-found = There is no file at { $path }. Check the spelling, or paste the path from your file manager.
files-typed-is-folder = { $path } is a folder. Type the path of the file in it, ending in .ron or .zip.
files-typed-no-folder = There is no folder { $folder }. Check the spelling, or choose a folder that is there.
# The command line, when several routines are shown under the name given: each as it can be named.
cli-routine-ambiguous = several routines are called "{ $name }": name the one you mean as { $routines }
# Where the library lists a routine imported from a package (as a therapist sends one).
shelf-from-therapist = from your therapist

## The report for the therapist (a page to print or send)
# Words in <strong> stand out on the page: keep the marks around the same words.

report-title = Progress report
report-title-routine = Progress report: { $routine }
report-period = From <strong>{ $from }</strong> to <strong>{ $to }</strong> ({ $days ->
        [one] { $days } day
       *[other] { $days } days
    })
report-summary-none = No sessions.
report-summary = { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    }: { $completed } completed, { $shortened } shortened by skipping, { $stopped } stopped early, { $interrupted } interrupted.
report-look-at = To look at
report-nothing-to-flag = Nothing to flag: no pain score of { $high } or more, no session after which pain was { $rise } or more higher than before, no week whose average pain rose by { $week_rise } or more, no step stopped at repeatedly.
report-pain-section = Pain
report-pain-heading = Pain before and after each session
report-no-sessions = No sessions were recorded in this period.
report-notes-section = Notes
report-notes-heading = The client's notes
report-no-notes = No notes in this period.
report-date = Date
report-routine = Routine
report-note = Note
report-footer = Pain is as the client rated it, from 0 (none) to 10 (the worst imaginable). A session counts as done when it was completed as planned, or shortened by skipping or ended early with at least half its holds done; its minutes are the time it actually played, skips and pauses not counted. Made with stretch-timer; nothing in it left the client's computer until they chose to share it.
report-flag-high-before = { $date }: pain { $pain }/10 before the session ({ $routine }).
report-flag-high-after = { $date }: pain { $pain }/10 after the session ({ $routine }).
report-flag-pain-rose = { $date }: pain rose from { $before } to { $after } during the session ({ $routine }).
report-flag-week-rose = Week of { $week }: average pain { $average }, up from { $previous } the week before.
report-flag-stops = { $routine }: stopped early { $times } times at step { $step } “{ $name }” (last on { $last }).
report-prescribed = Prescribed: { $prescription }.
report-done-of = Done <strong>{ $done } of { $expected }</strong> prescribed sessions.
report-done-of-percent = Done <strong>{ $done } of { $expected }</strong> prescribed sessions ({ $percent }%).
report-no-prescription = { $done ->
        [one] { $done } session
       *[other] { $done } sessions
    } done. The routine file gives no prescription (or is no longer there).
report-week-of = Week of
report-done = Done
report-prescribed-column = Prescribed
report-minutes = Minutes
report-average-pain = Average pain
report-prescription = { $days ->
        [7] every day
        [one] { $days } day a week
       *[other] { $days } days a week
    }, { $times ->
        [1] once a day
        [2] twice a day
       *[other] { $times } times a day
    } ({ $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } a week)
report-chart-title = Pain before and after each session, 0 to 10
report-key-before = before
report-key-after = after
report-key-high = { $high } and above: high
report-no-pain = No pain scores were given in this period.

## What went wrong, as a notice or the command line says it (these continue a sentence: no capital)

fault-disk-full = the disk is full: free some space and try again
fault-quota = your share of the disk is used up: free some space and try again
fault-read-only-disk = the disk is read-only: nothing can be saved there
fault-not-allowed = you are not allowed to change it (permission denied)
fault-not-found = it does not exist
fault-held-open = another program has it open and does not let it be replaced; close it there (or close that program) and try again
fault-not-written = could not write { $file }: { $reason }
history-error-corrupt = your history file { $file } is damaged and cannot be read ({ $detail }); it is left as it is
history-error-locked = another program is using your history file { $file } and kept it locked; close the other program (a database viewer, say) and try again
history-error-too-new = your history file { $file } was written by a newer version of stretch-timer (history version { $found }; this version reads up to { $supported }); update stretch-timer to use it, the file is left as it is
history-error-read-only = your history file { $file } cannot be written: the file or its folder is read-only
history-error-full = the disk that holds your history file { $file } is full; free some space
history-error-other = could not use your history file { $file }: { $reason }
history-error-no-hold = step { $step } has no hold left to record in this session's plan
history-error-no-hold-side = step { $step } ({ $side }) has no hold left to record in this session's plan
history-error-not-open = the history is not open
record-error-waiting = this session of { $routine } is not recorded yet: another program is using your history file { $file }; it is recorded as soon as that program lets go of it
record-error = this session of { $routine } could not be recorded: { $reason }

## The command line's history (stretch-timer history)

cli-history-no-match = No sessions match.
cli-history-none-yet = No sessions recorded yet: `stretch-timer run ROUTINE` records one.
cli-history-started = Started
cli-history-routine = Routine
cli-history-outcome = Outcome
cli-history-time = Time
cli-history-holds = Holds
cli-history-pain = Pain
cli-history-effort = Effort
cli-history-note = Note
cli-history-running = Running
cli-history-stopped-at = Stopped at step { $step }
cli-history-set-aside-hint = { $problem }. To record sessions again, run `stretch-timer history --set-aside`: it moves the damaged file aside (it is kept, not deleted) and starts a new history
cli-history-moved = Your damaged history was moved to { $file } (kept, not deleted). A new history has begun: sessions are recorded again.
cli-history-fine = Your history { $file } can be read and written: nothing was moved.
cli-history-left-out = { $problem }; it is left out

## The command line's run and report (stretch-timer run, stretch-timer report)

cli-run-no-sound = stretch-timer: going on without sound: follow the display
cli-run-warning = warning: { $problem }
cli-run-ctrl-c = Ctrl-C stops.
cli-run-pain-before = How is your pain right now, from 0 (none) to 10 (the worst)? Enter skips:
cli-run-pain-after = How is your pain now, from 0 (none) to 10 (the worst)? Enter skips:
cli-run-pain-again = A whole number from 0 to 10, or Enter to skip:
cli-run-not-started = Not started.
cli-run-not-recorded = this session of { $routine } could not be recorded: its file could not be read again ({ $reason })
cli-run-sound-lost = no sound: { $reason }
cli-run-sound-back = sound is back
cli-run-timer-stopped = the cue timer stopped ({ $reason }); cues now follow this display
cli-run-complete = Routine complete.
cli-run-stopped = Stopped.
cli-run-done = Done
cli-run-side = { $side ->
        [left] left
        [right] right
       *[none] -
    }
cli-run-status = { $what } · { $step } · { $side } · rep { $rep }/{ $reps } · { $left } left ({ $total } in all)
cli-run-status-paused = { $what } · { $step } · { $side } · rep { $rep }/{ $reps } · { $left } left ({ $total } in all) (paused)
cli-report-written = Wrote the report of { $sessions ->
        [one] { $sessions } session
       *[other] { $sessions } sessions
    } to { $file }

## Odd files met on the way

media-not-a-file = { $kind ->
        [folder] it is a folder, not a file
        [pipe] it is a named pipe, not a file
        [socket] it is a socket, not a file
        [device] it is a device, not a file
       *[other] it is a special file, not a file
    }
media-no-free-name = every file name for this copy is taken
check-cannot-read-folder = cannot read the folder { $folder }

## The command line's help (stretch-timer --help) and what it says when a command is mistyped. Option names (--out), commands (run) and values (tones) stay as they are typed. Headings are followed by a colon: French ends them with a no-break space, {"\u00A0"}, so that they read "Options :".

cli-help-about = Guided, exactly timed stretching routines. Without a command, opens the app.
cli-help-check = Check routine files (or every .ron file in a folder) and report every error with its line and column. Exit code 0: all valid; 1: some have errors; 2: a file could not be read.
cli-help-plan = Show a routine's timeline: every phase with its start and length.
cli-help-list = List the available routines, bundled and yours, with their total time.
cli-help-new = Write a new routine from a commented template into your routines folder, and print its path: for writing routines in your own text editor.
cli-help-export = Put a routine and the pictures and sounds it names into one .zip file, to send to a client.
cli-help-import = Add a shared routine (a .zip file made by export) to your routines. Nothing in it is run; it is checked before it is added.
cli-help-render = Render a routine's whole audio track (every cue at its time) to a WAV file, faster than real time: to listen through a routine, or to follow it on a phone.
cli-help-handout = Write a printable handout (one HTML page, images included) for a routine: open it in a browser and print it, or send it to the client with the routine.
cli-help-run = Play a routine now, with sound and a one-line live display. Ctrl-C stops.
cli-help-history = Show the sessions you have done (every run is recorded), oldest first: a table, or CSV or JSON for other programs.
cli-help-report = Write a report for your therapist (one printable HTML page): sessions per week against what was prescribed, pain before and after over time, what to look at, and your notes.
cli-help-remind = Reminders: a desktop notification at the times you choose, with "Start now".
cli-help-remind-set = Remind me of a routine at a time of day, with a desktop notification. For several times a day, repeat the command with each time.
cli-help-remind-list = List the reminders, with when each is next due.
cli-help-remind-off = Turn off the reminders of a routine, or all of them.
cli-help-remind-daemon = Run the reminder daemon: a background program (no window, no sound) that shows each reminder when it is due. Started at login once a reminder is set. Exit code 2 when there is no desktop session bus or notification server.
cli-help-help-command = Show this help, or the help of the command named.
cli-help-help-which = The command to show the help of.
cli-help-help = Show this help.
cli-help-help-more = Show this help (--help says more, -h less).
cli-help-version = Show the program's version.
cli-help-home = The folder for your own routines and drafts, instead of the usual one (also set by the environment variable STRETCH_TIMER_HOME).
cli-help-lang = The language of the program's words and of its voice (en, de, es, fr), instead of the one chosen in the app's Settings or the system's (in the window, a language chosen in Settings comes first). A routine that names its own language speaks that.
cli-help-app-routine = A routine to open in the app: a .ron file, or the name of a bundled routine.
cli-help-app-start = Start the routine at once (for a desktop shortcut to "my daily routine").
cli-help-app-style = Cue style for this run of the app, as if chosen in its settings.
cli-help-check-paths = Routine files or folders.
cli-help-any-routine = A .ron file, or the name of a bundled routine (see stretch-timer list).
cli-help-plan-json = Print JSON instead of a table.
cli-help-plan-cues = Also list every cue (sound) with its time.
cli-help-new-name = The routine's name, as the client will see it.
cli-help-export-routine = A .ron file, or the name of one of your routines.
cli-help-export-out = The file to write (by default NAME.zip in the current folder).
cli-help-import-package = The .zip file.
cli-help-import-rename = If you have a routine of the same name, keep both (the new one under another name).
cli-help-import-replace = If you have a routine of the same name, replace it with the new one.
cli-help-render-out = The WAV file to write.
cli-help-page-out = The HTML file to write.
cli-help-style = Tones, spoken prompts, or both.
cli-help-speak-names = Say each step's name and side at its start ("Bench psoas stretch. Left side.") instead of "Next step" (styles voice and both), made with espeak-ng if it is installed; without it, the usual prompts. This is the default, as in the app.
cli-help-no-speak-names = Do not say step names: only the usual prompts ("Get ready", "Next step").
cli-help-read-instructions = When to also read each step's instructions while getting ready, where they end before the hold starts: when-asked (the routine says read_instructions: true), always (also --read-instructions alone) or never.
cli-help-speech-voice = The espeak-ng voice step names are spoken with (en-us, en-gb, de, fr-fr, ...), where it speaks the voice's language: the routine's language, else the program's (--lang). By default, that language's own voice.
cli-help-speech-rate = How fast step names are spoken, in words per minute (80 to 260).
cli-help-run-volume = Volume from 0 to 100.
cli-help-run-silent = No sound at all (display only).
cli-help-run-pain-before = Your pain before, from 0 (none) to 10 (the worst), instead of being asked.
cli-help-run-pain-after = Your pain after, from 0 to 10, instead of being asked.
cli-help-run-no-ask = Do not ask about pain (it is asked only when typing at a terminal anyway).
cli-help-history-since = Only sessions from this day on (YYYY-MM-DD).
cli-help-only-routine = Only sessions of the routine with this name.
cli-help-history-csv = One row per session, with the columns started_at, routine, outcome, seconds, holds_done, holds_planned, pain_before, pain_after, effort, note.
cli-help-history-json = The same as --csv, plus the holds of each step and side, as JSON.
cli-help-history-set-aside = Move a damaged history file aside (it is kept, not deleted) and start a new one, so that sessions are recorded again.
cli-help-report-since = The report starts on this day (YYYY-MM-DD); by default, 12 weeks ago.
cli-help-remind-set-routine = A .ron file, the name of a bundled routine, or one of yours.
cli-help-remind-set-at = The time of day, on the 24-hour clock.
cli-help-remind-set-days = On which days: daily, weekdays, weekends, or days like mon,wed,fri.
cli-help-remind-off-routine = The routine, as it was set; without it, every reminder is turned off.
cli-help-values = Possible values:
cli-help-with-values = { $help } [possible values: { $values }]
cli-help-with-default = { $help } [default: { $value }]
cli-heading-usage = Usage
cli-heading-commands = Commands
cli-heading-arguments = Arguments
cli-heading-options = Options
cli-value-routine = ROUTINE
cli-value-path = PATH
cli-value-name = NAME
cli-value-package = PACKAGE
cli-value-dir = DIR
cli-value-lang = LANG
cli-value-style = STYLE
cli-value-file = FILE.{ $kind }
cli-value-number = N
cli-value-date = DATE
cli-value-time = HH:MM
cli-value-days = DAYS
cli-value-when = WHEN
cli-value-voice = VOICE
cli-value-wpm = WPM
cli-value-volume = VOLUME
cli-value-command = COMMAND
cli-value-options = OPTIONS
cli-error = error:
cli-error-tip = tip:
cli-error-more = For more information, try { $flag }.
cli-error-no-value = { $arg } needs a value, and none was given
cli-error-invalid-value = the value { $value } is not one { $arg } takes
cli-error-unknown = this command does not take { $arg }
cli-error-twice = { $arg } can be given only once
cli-error-conflict = { $arg } cannot be given together with { $other }
cli-error-conflict-any = { $arg } cannot be given together with one of the other options
cli-error-missing = this is needed and was not given: { $args }
cli-error-too-many = { $value } was not expected: { $arg } takes no more values
cli-error-no-equals = { $arg } takes its value after an equals sign, with no space: { $arg }=…
cli-error-unknown-command = { $command } is not a command
cli-error-no-command = { $command } needs a command after it
cli-error-other = the command line could not be read
cli-error-did-you-mean = did you mean { $close }?
cli-error-as-value = to give { $arg } as a value, not as an option, write -- before it: { $form }
