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
        [one] 1 step
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
        [one] 1 step
       *[other] { $steps } steps
    }
overview-facts-by = { $time } in all · { $steps ->
        [one] 1 step
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
        [one] 1 step
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
        [one] 1 second
       *[other] { $s } seconds
    }
time-minutes = { $m ->
        [one] 1 minute
       *[other] { $m } minutes
    }
time-minutes-seconds = { $m ->
        [one] 1 minute
       *[other] { $m } minutes
    } { $s ->
        [one] 1 second
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
        [one] 1 step
       *[other] { $steps } steps
    } · { $planned } planned · took { $took }
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

## The pain question, before a routine and after one is stopped

pain-question = How is your pain right now?
pain-before = Before { $routine }
pain-stopped-at = { $routine }: stopped at { $step }
pain-scale = 0 is no pain, 10 is the worst pain you can imagine
pain-keys = Keys 0 to 9 answer too
pain-button-name = Pain { $pain }
pain-skip = Skip
    .tooltip = Go on without a score (S)
pain-skip-and-start = Skip and start
pain-not-now = Not now

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

## Fixing a routine file by hand

fix-not-saved = Could not save; your changes are still here: { $reason }
fix-saved-whole = Saved { $file }: it has no errors now.
fix-saved-with-problems = Saved { $file }, with { $count ->
        [one] 1 problem
       *[other] { $count } problems
    } left to fix.

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
