#!/usr/bin/env bash
# Makes instructions.wav, a therapist's instructions as a laptop's microphone hears them in a
# clinic: 1 s of room noise with the click of the mouse pressing Record, the words spoken quietly
# (about -37 dBFS over speech, far below the cues' -22), then 1.5 s of room noise and the click of
# Stop. 16 kHz mono, 16 bits. Needs espeak-ng and sox. Run from this folder; the file is committed.
set -euo pipefail
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
espeak-ng -v en -s 150 -w "$work/words.wav" "Lie on your back and breathe out slowly."
sox "$work/words.wav" -r 16000 -c 1 -b 16 "$work/quiet.wav" gain -n -18
len=$(sox --i -D "$work/quiet.wav")
total=$(python3 -c "print(1.0 + $len + 1.5)")
sox -n -r 16000 -c 1 -b 16 "$work/room.wav" synth "$total" brownnoise gain -n -58
# A mouse click: 6 ms of a sharp decaying burst.
sox -n -r 16000 -c 1 -b 16 "$work/click.wav" synth 0.006 whitenoise gain -n -8 fade 0 0.006 0.005
sox "$work/click.wav" "$work/click-start.wav" pad 0.25
sox "$work/click.wav" "$work/click-end.wav" pad "$(python3 -c "print($total - 0.3)")"
sox "$work/quiet.wav" "$work/words-at.wav" pad 1.0
sox -m "$work/room.wav" "$work/words-at.wav" "$work/click-start.wav" "$work/click-end.wav" \
    -r 16000 -c 1 -b 16 instructions.wav trim 0 "$total"
sox --i instructions.wav
