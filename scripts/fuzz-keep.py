#!/usr/bin/env python3
"""Chooses the few inputs a fuzz run found that are worth keeping in the repository's corpus.

Usage: scripts/fuzz-keep.py CONTROL_FILE CORPUS_DIR MAX

CONTROL_FILE is what libFuzzer's -merge=1 -merge_control_file=FILE wrote: the files it ran (the
corpus first, then the run's finds) and the coverage features each reached. The corpus's own
files are kept as they are; of the finds, up to MAX are copied into CORPUS_DIR (named by their
SHA-1, as libFuzzer names them), each time the one that reaches the most features nothing chosen
so far reaches, smaller first among equals. Prints what it kept.
"""

import hashlib
import shutil
import sys
from pathlib import Path


def main() -> int:
    control, corpus, most = Path(sys.argv[1]), Path(sys.argv[2]), int(sys.argv[3])
    lines = control.read_text().splitlines()
    count, first = int(lines[0]), int(lines[1])
    files = lines[2 : 2 + count]
    features: dict[int, set[int]] = {}
    for line in lines[2 + count :]:
        parts = line.split()
        if parts and parts[0] == "FT":
            features[int(parts[1])] = {int(f) for f in parts[2:]}
    reached: set[int] = set()
    for i in range(first):
        reached |= features.get(i, set())
    finds = [i for i in range(first, count) if i in features]
    kept = []
    while len(kept) < most:
        best = max(
            finds,
            key=lambda i: (len(features[i] - reached), -Path(files[i]).stat().st_size),
            default=None,
        )
        if best is None or not features[best] - reached:
            break
        reached |= features[best]
        finds.remove(best)
        kept.append(best)
    for i in kept:
        data = Path(files[i]).read_bytes()
        name = hashlib.sha1(data).hexdigest()
        shutil.copyfile(files[i], corpus / name)
        print(f"kept {corpus / name} ({len(data)} bytes)")
    print(f"{len(kept)} of {count - first} finds kept; the corpus reaches {len(reached)} features")
    return 0


if __name__ == "__main__":
    sys.exit(main())
