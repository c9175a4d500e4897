#!/usr/bin/env bash
# Generates the spoken prompts of stretch-timer: assets/voice/<language>/*.ogg, one short phrase
# per file, in every language the program speaks (English, German, Spanish, French).
#
#   scripts/make-voice.sh            every language
#   scripts/make-voice.sh de fr      only these
#   (from anywhere; needs espeak-ng and sox with Vorbis support:
#    Debian/Ubuntu: apt-get install -y espeak-ng sox libsox-fmt-all)
#
# The words are in the tables below, one per language, written as a physiotherapist there says
# them to a patient: short, so that "three", "two", "one" fit in a second each. A new language is
# a table here, a folder of files, and a line in the core's `VoiceLanguage`
# (crates/stretch-timer-core/src/cue_sounds.rs).
#
# Pipeline per phrase:
#   1. espeak-ng speaks the phrase into a WAV (22050 Hz mono) with the language's voice, the same
#      variant, speed and pitch for every language (one person, speaking each language).
#   2. sox trims leading and trailing silence (below -50 dBFS), so the speech starts on the first
#      sample: like the cue tones, the file's onset is the moment the prompt is heard.
#   3. sox measures the phrase's RMS and peak (`stat`) and applies one gain so that every phrase
#      has the same RMS, TARGET_RMS dBFS (over the whole trimmed phrase), unless that would put
#      its peak above PEAK_CEILING dBFS (the prompts mix with the cue tones without clipping);
#      then the peak ceiling sets the gain and the table says so.
#   4. 3 ms linear fade-in, 20 ms fade-out, mono, 22050 Hz, encoded as Ogg Vorbis, quality 3.
# Finally it prints a table: name, duration, peak, RMS and onset (the time of the first sample of
# the decoded OGG above -50 dBFS), and fails if a prompt is too long or starts late.
#
# Re-runnable: it overwrites the files. sox runs with -R (repeatable: fixed seeds for dither and
# for the Ogg stream serial number), so with the same espeak-ng, sox and libvorbis versions a
# re-run gives the same bytes; other versions may change the audio slightly.
set -euo pipefail

VARIANT=+f3                       # espeak-ng voice variant: female 3, for every language
SPEED=(-s 145 -p 45)              # 145 wpm, pitch 45/99
TARGET_RMS=-22                    # dBFS, RMS of each whole (trimmed) phrase
PEAK_CEILING=-6.5                 # dBFS, before encoding (Vorbis may add a few tenths of a dB)
QUALITY=3                         # Vorbis quality
MAX_SHORT=0.7                     # s, "three", "two", "one": spoken one second apart
MAX_LONG=1.5                      # s, every other prompt
MAX_ONSET_MS=5                    # the speech starts within 5 ms of the file start

missing=()
command -v espeak-ng >/dev/null || missing+=(espeak-ng)
command -v sox >/dev/null || missing+=(sox)
if ((${#missing[@]})); then
    echo "make-voice.sh: missing ${missing[*]}; install with:" >&2
    echo "  apt-get install -y espeak-ng sox libsox-fmt-all    (Debian/Ubuntu)" >&2
    exit 2
fi
if ! sox -h 2>/dev/null | grep -q 'AUDIO FILE FORMATS:.* vorbis'; then
    echo "make-voice.sh: sox cannot write Ogg Vorbis; install with:" >&2
    echo "  apt-get install -y libsox-fmt-all    (Debian/Ubuntu)" >&2
    exit 2
fi

root=$(cd "$(dirname "$0")/.." && pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Per language: its espeak-ng voice, and name|text for each phrase (the file is the name plus
# .ogg). Every language has every name; the words match the core's `Phrase::words`.
voice_en=en-us
phrases_en=(
    "get_ready|Get ready"
    "hold|Hold"
    "halfway|Halfway"
    "three|Three"
    "two|Two"
    "one|One"
    "relax|Relax"
    "switch_sides|Switch sides"
    "left_side|Left side"
    "right_side|Right side"
    "breathe_in|Breathe in"
    "breathe_out|Breathe out"
    "routine_complete|Routine complete"
    "next_step|Next step"
    "paused|Paused"
    "resumed|Resumed"
)
voice_de=de
phrases_de=(
    "get_ready|Machen Sie sich bereit"
    "hold|Halten"
    "halfway|Halbzeit"
    "three|Drei"
    "two|Zwei"
    "one|Eins"
    "relax|Entspannen"
    "switch_sides|Seite wechseln"
    "left_side|Linke Seite"
    "right_side|Rechte Seite"
    "breathe_in|Einatmen"
    "breathe_out|Ausatmen"
    "routine_complete|Programm geschafft"
    "next_step|Nächste Übung"
    "paused|Pause"
    "resumed|Weiter geht's"
)
voice_es=es
phrases_es=(
    "get_ready|Prepárese"
    "hold|Mantenga"
    "halfway|Vamos por la mitad"
    "three|Tres"
    "two|Dos"
    "one|Uno"
    "relax|Relájese"
    "switch_sides|Cambie de lado"
    "left_side|Lado izquierdo"
    "right_side|Lado derecho"
    "breathe_in|Tome aire"
    "breathe_out|Suelte el aire"
    "routine_complete|Rutina completada"
    "next_step|Otro ejercicio"
    "paused|En pausa"
    "resumed|Seguimos"
)
voice_fr=fr-fr
phrases_fr=(
    "get_ready|Préparez-vous"
    "hold|Tenez"
    "halfway|À la moitié"
    "three|Trois"
    "two|Deux"
    "one|Un"
    "relax|Relâchez"
    "switch_sides|Changez de côté"
    "left_side|Côté gauche"
    "right_side|Côté droit"
    "breathe_in|Inspirez"
    "breathe_out|Expirez"
    "routine_complete|Programme terminé"
    "next_step|Exercice suivant"
    "paused|En pause"
    "resumed|On reprend"
)
all_languages=(en de es fr)
if (($#)); then languages=("$@"); else languages=("${all_languages[@]}"); fi
for lang in "${languages[@]}"; do
    if [[ " ${all_languages[*]} " != *" $lang "* ]]; then
        echo "make-voice.sh: no phrases for language \"$lang\"; there are: ${all_languages[*]}" >&2
        exit 2
    fi
done

# `sox FILE -n stat` figure, e.g. stat_of FILE "RMS     amplitude".
stat_of() { sox "$1" -n stat 2>&1 | awk -F: -v k="$2" '$1 ~ k { gsub(/ /, "", $2); print $2 }'; }
db() { awk -v x="$1" 'BEGIN { printf "%.2f", (x > 0 ? 20 * log(x) / log(10) : -999) }'; }
peak_of() {
    local max min
    max=$(stat_of "$1" "Maximum amplitude")
    min=$(stat_of "$1" "Minimum amplitude")
    awk -v a="$max" -v b="$min" 'BEGIN { b = -b; print (a > b ? a : b) }'
}

failed=0
for lang in "${languages[@]}"; do
    voice_var=voice_$lang
    voice=${!voice_var}
    table="phrases_$lang[@]"
    phrases=("${!table}")
    out="$root/assets/voice/$lang"
    mkdir -p "$out"
    echo "== $lang"
    notes=()
    for entry in "${phrases[@]}"; do
        name=${entry%%|*}
        text=${entry#*|}
        espeak-ng -v "$voice$VARIANT" "${SPEED[@]}" -b 1 -w "$work/$name.raw.wav" "$text"
        # Trim: the silence effect drops audio up to the first sample above -50 dBFS; reversing
        # does the same for the end.
        sox -R "$work/$name.raw.wav" -c 1 "$work/$name.trim.wav" \
            silence 1 0 -50d reverse silence 1 0 -50d reverse
        rms=$(db "$(stat_of "$work/$name.trim.wav" "RMS     amplitude")")
        peak=$(db "$(peak_of "$work/$name.trim.wav")")
        gain=$(awk -v t="$TARGET_RMS" -v r="$rms" -v c="$PEAK_CEILING" -v p="$peak" \
            'BEGIN { g = t - r; if (p + g > c) g = c - p; printf "%.2f", g }')
        if awk -v t="$TARGET_RMS" -v r="$rms" -v g="$gain" 'BEGIN { exit !(r + g < t - 0.05) }'; then
            notes+=("$lang/$name: peak-limited, RMS $(awk -v r="$rms" -v g="$gain" 'BEGIN { printf "%.2f", r + g }') dBFS instead of $TARGET_RMS")
        fi
        sox -R "$work/$name.trim.wav" -r 22050 -c 1 -C "$QUALITY" "$out/$name.ogg" \
            gain "$gain" fade t 0.003 0 0.020 rate 22050
    done

    printf '%-18s %8s %10s %10s %9s\n' name "dur s" "peak dBFS" "RMS dBFS" "onset ms"
    for entry in "${phrases[@]}"; do
        name=${entry%%|*}
        f="$out/$name.ogg"
        dur=$(sox --i -D "$f")
        peak=$(db "$(peak_of "$f")")
        rms=$(db "$(stat_of "$f" "RMS     amplitude")")
        # Onset: the time of the first decoded sample above -50 dBFS (sox's text format `dat` has one
        # "time value" line per sample; the silence effect would measure a windowed RMS instead). awk
        # reads to the end so that sox does not die of SIGPIPE.
        onset=$(sox "$f" -t dat - | awk -v th="$(awk 'BEGIN { print 10 ^ (-50 / 20) }')" \
            '!/^;/ && !found { v = $2 < 0 ? -$2 : $2; if (v > th) { t = $1; found = 1 } }
             END { printf "%.1f", found ? 1000 * t : 999 }')
        printf '%-18s %8.3f %10s %10s %9s\n' "$name" "$dur" "$peak" "$rms" "$onset"
        case $name in three | two | one) max=$MAX_SHORT ;; *) max=$MAX_LONG ;; esac
        if awk -v d="$dur" -v m="$max" 'BEGIN { exit !(d >= m) }'; then
            echo "  $lang/$name: $dur s, not under $max s" >&2
            failed=1
        fi
        if awk -v o="$onset" -v m="$MAX_ONSET_MS" 'BEGIN { exit !(o > m) }'; then
            echo "  $lang/$name: speech starts $onset ms into the file, not within $MAX_ONSET_MS ms" >&2
            failed=1
        fi
    done
    for n in "${notes[@]+"${notes[@]}"}"; do echo "note: $n"; done
    echo "$lang voice: espeak-ng -v $voice$VARIANT ${SPEED[*]}; RMS target $TARGET_RMS dBFS, peak ceiling $PEAK_CEILING dBFS"
done
exit "$failed"
