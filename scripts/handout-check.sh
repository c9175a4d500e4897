#!/usr/bin/env bash
# Look at the printable handout as it prints: builds the handout of each bundled routine (and of
# each translation, in routines/LANGUAGE/), of
# tests/data/valid/with-assets/routine.ron and of a demo routine with large pictures and one broken
# picture, then in headless Chromium prints each to PDF on A4 and on Letter, turns every page into
# a PNG and takes a screenshot of the page on screen. Prints page counts and sizes; then open the
# PNGs and look for cut-off text, pictures split across pages or a step heading alone at the
# bottom of a page.
#
# Needs chromium and poppler-utils (Debian: apt-get install -y chromium poppler-utils).
# For people, not run by CI. Everything goes to OUT_DIR (default: a new temporary folder).
#
# Usage: scripts/handout-check.sh [OUT_DIR]
set -euo pipefail

cd "$(dirname "$0")/.."
for tool in chromium pdfinfo pdftoppm pdftotext; do
    if ! command -v "$tool" >/dev/null; then
        echo "handout-check: $tool is missing; apt-get install -y chromium poppler-utils" >&2
        exit 2
    fi
done

out=${1:-$(mktemp -d -t handout-check.XXXXXX)}
mkdir -p "$out"
out=$(cd "$out" && pwd)

cargo build --quiet --bin stretch-timer
bin=${CARGO_TARGET_DIR:-target}/debug/stretch-timer

# A demo routine next to its pictures: a wide and a tall SVG, and a "PNG" that is really text.
demo=$out/demo
mkdir -p "$demo"
picture() { # width height label
    cat <<EOF
<svg xmlns="http://www.w3.org/2000/svg" width="$1" height="$2" viewBox="0 0 $1 $2">
  <rect x="4" y="4" width="$(($1 - 8))" height="$(($2 - 8))" fill="#fff" stroke="#000" stroke-width="8"/>
  <line x1="0" y1="0" x2="$1" y2="$2" stroke="#888" stroke-width="6"/>
  <line x1="$1" y1="0" x2="0" y2="$2" stroke="#888" stroke-width="6"/>
  <text x="50%" y="50%" font-size="$(($2 / 8))" text-anchor="middle" font-family="sans-serif">$3</text>
</svg>
EOF
}
picture 1600 1000 "wide 1600x1000" >"$demo/wide.svg"
picture 600 1000 "tall" >"$demo/tall.svg"
echo "not a picture" >"$demo/broken.png"
long="Lie on your back at the end of the bench. Hug one knee to your chest with both hands and let the other leg hang down over the edge. Keep your lower back flat on the bench and breathe slowly. You should feel a gentle pull at the front of the hip of the hanging leg, never pain."
cat >"$demo/routine.ron" <<EOF
Routine(
    format: 1,
    name: "Demo with large pictures",
    summary: "Pictures of every shape, to see how they print.",
    author: "A. Therapist",
    safety: "Stop at once on sharp pain.",
    steps: [
        Step(name: "Wide picture", instructions: "$long", sides: Both, hold: "30s", reps: 3, rest: "10s", image: "wide.svg"),
        Step(name: "Tall picture", instructions: "$long $long", hold: "1m", breathe: "5s", halfway: true, image: "tall.svg"),
        Step(name: "Broken picture", instructions: "$long", sides: Left, hold: "20s", image: "broken.png"),
        Step(name: "Wide again", instructions: "$long", sides: Right, hold: "45s", reps: 2, image: "wide.svg"),
        Step(name: "Tall again", instructions: "$long", hold: "1m", image: "tall.svg"),
    ],
)
EOF

routines=(supine-bench-psoas floor-psoas standing-psoas myofascial-psoas
    tests/data/valid/with-assets/routine.ron "$demo/routine.ron")
names=(supine-bench-psoas floor-psoas standing-psoas myofascial-psoas with-assets demo)
# The translations (routines/de/...), whose longer words make other lines and pages.
for file in routines/*/*.ron; do
    routines+=("$file")
    language=$(basename "$(dirname "$file")")
    names+=("$language-$(basename "$file" .ron)")
done

chrome() {
    chromium --headless --no-sandbox --disable-gpu --no-first-run --hide-scrollbars \
        --user-data-dir="$out/.chromium" "$@" 2>/dev/null
}

printf '%-24s %-7s %5s  %s\n' routine paper pages "page size"
status=0
for i in "${!routines[@]}"; do
    name=${names[$i]}
    html=$out/$name.html
    "$bin" handout "${routines[$i]}" --out "$html" >/dev/null
    for paper in A4 letter; do
        # The handout sets no paper size; this copy does, as a print dialog would.
        copy=$out/$name-$paper.html
        sed "s|</head>|<style>@page{size:$paper}</style></head>|" "$html" >"$copy"
        pdf=$out/$name-$paper.pdf
        chrome --no-pdf-header-footer --print-to-pdf="$pdf" "file://$copy"
        pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
        size=$(pdfinfo "$pdf" | sed -n 's/^Page size: *//p')
        printf '%-24s %-7s %5s  %s\n' "$name" "$paper" "$pages" "$size"
        pdftoppm -png -r 60 "$pdf" "$out/$name-$paper"
        if ! pdftotext "$pdf" - | grep -q "Made with stretch-timer"; then
            echo "  the footer is missing from $pdf" >&2
            status=1
        fi
    done
    chrome --screenshot="$out/$name-screen.png" --window-size=1000,1400 "file://$html"
done
echo "Page images and screenshots: $out"
exit $status
