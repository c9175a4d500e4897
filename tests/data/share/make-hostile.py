#!/usr/bin/env python3
"""Writes the hostile and odd routine packages that tests/share.rs imports.

Each package but the last few holds a valid routine (r/r.ron) and one thing that must make
stretch-timer refuse the whole package. Run from anywhere; the files are written next to this
script, the same bytes every time (fixed dates). Python's standard library only.
"""

import struct
import zipfile
import zlib
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATE = (2024, 1, 1, 0, 0, 0)
ROUTINE = b'Routine(format: 1, name: "Hostile", steps: [Step(name: "S", hold: 30)])\n'
MIB = 1024 * 1024


def png_chunk(kind, data):
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))


# A real 1 × 1 PNG: import checks every picture as `check` does, so a signature alone would be
# refused.
PNG = (
    b"\x89PNG\r\n\x1a\n"
    + png_chunk(b"IHDR", struct.pack(">IIBBBBB", 1, 1, 8, 0, 0, 0, 0))
    + png_chunk(b"IDAT", zlib.compress(b"\x00\x80"))
    + png_chunk(b"IEND", b"")
)


def info(name, mode=0o644, method=zipfile.ZIP_DEFLATED):
    zi = zipfile.ZipInfo(name, DATE)
    zi.compress_type = method
    zi.create_system = 3  # Unix, so that the mode below is read
    zi.external_attr = (0o100000 | mode) << 16
    return zi


def write(name, entries, routine=True):
    """entries: (ZipInfo or name, bytes) pairs, after r/r.ron unless routine is False."""
    path = HERE / name
    with zipfile.ZipFile(path, "w") as z:
        if routine:
            z.writestr(info("r/r.ron"), ROUTINE)
        for entry, data in entries:
            z.writestr(entry if isinstance(entry, zipfile.ZipInfo) else info(entry), data)
    return path


def patch_headers(path, name, local_field, central_field, change):
    """Changes one little-endian u32 or u16 field of entry `name` in its local and central headers:
    `local_field` and `central_field` are (offset, struct format) pairs, `change` maps old to new."""
    data = bytearray(path.read_bytes())
    encoded = name.encode()
    for magic, (offset, fmt), name_len_at, name_at in [
        (b"PK\x03\x04", local_field, 26, 30),
        (b"PK\x01\x02", central_field, 28, 46),
    ]:
        start = data.find(magic)
        while start != -1:
            n = struct.unpack_from("<H", data, start + name_len_at)[0]
            if data[start + name_at : start + name_at + n] == encoded:
                old = struct.unpack_from(fmt, data, start + offset)[0]
                struct.pack_into(fmt, data, start + offset, change(old))
            start = data.find(magic, start + 4)
    path.write_bytes(bytes(data))


def main():
    # Names that would write outside the routine's folder, or that are not file names.
    write("dot-dot.zip", [("r/../../evil.png", PNG)])
    write("absolute.zip", [("/tmp/stretch-timer-evil.png", PNG)])
    write("backslash.zip", [("r\\..\\..\\evil.png", PNG)])
    write("drive-letter.zip", [("C:/evil.png", PNG)])
    write("too-deep.zip", [("r/1/2/3/4/5/6/7/8/evil.png", PNG)])

    # A harmless name in the header, and an Info-ZIP Unicode Path extra field (0x7075) for it that
    # climbs out: readers that prefer the extra field would write outside the folder.
    alias = info("r/ok.png")
    unicode_path = b"\x01" + struct.pack("<I", zlib.crc32(b"r/ok.png")) + b"../../evil.png"
    alias.extra = struct.pack("<HH", 0x7075, len(unicode_path)) + unicode_path
    write("unicode-path.zip", [(alias, PNG)])

    # A symbolic link to a file elsewhere on the computer.
    link = info("r/bench.png")
    link.external_attr = (0o120777) << 16
    write("symlink.zip", [(link, b"/etc/passwd")])

    # Not exactly one routine.
    write("two-routines.zip", [("s/s.ron", ROUTINE)])
    write("no-routine.zip", [("r/bench.png", PNG), ("r/notes.txt", b"hello")], routine=False)

    # Sizes: too many entries, one file too large, too much in all, a routine file too large.
    write("too-many-entries.zip", [(f"r/{i}.png", PNG) for i in range(501)])
    write("big-file.zip", [("r/big.png", bytes(64 * MIB + 1))])
    write("big-total.zip", [(f"r/{i}.wav", bytes(60 * MIB)) for i in range(3)])
    write(
        "big-routine.zip",
        [("r/r.ron", ROUTINE + b"//" + b"x" * MIB + b"\n")],
        routine=False,
    )

    # A bomb: the headers say 1000 bytes, the data unpacks to 20 MiB.
    bomb = write("bomb.zip", [("r/bomb.wav", bytes(20 * MIB))])
    patch_headers(bomb, "r/bomb.wav", (22, "<I"), (24, "<I"), lambda _: 1000)

    # The same file twice, exactly and but for case; a file used as a folder.
    write("duplicate.zip", [("r/a.png", PNG), ("r/a.png", PNG)])
    write("duplicate-case.zip", [("r/a.png", PNG), ("r/A.png", PNG)])
    write("file-and-folder.zip", [("r/images.png", PNG), ("r/images.png/a.png", PNG)])

    # An entry marked as encrypted, and one compressed with a method this program does not read.
    secret = write("encrypted.zip", [("r/bench.png", PNG)])
    patch_headers(secret, "r/bench.png", (6, "<H"), (8, "<H"), lambda flags: flags | 0x1)
    write("bzip2.zip", [(info("r/bench.png", method=zipfile.ZIP_BZIP2), PNG)])

    # Not a zip at all.
    (HERE / "not-a-zip.zip").write_bytes(b"This is a text file with a .zip name.\n")

    # Valid zips whose routine has errors: a typo, and a picture that is not in the package.
    write("broken-routine.zip", [("r/r.ron", b'Routine(\n  format: 1,\n  name: "B",\n  steps: [Step(name: "S", hodl: 30)],\n)\n')], routine=False)
    write(
        "missing-picture.zip",
        [("r/r.ron", b'Routine(format: 1, name: "M", steps: [Step(name: "S", hold: 30, image: "bench.png")])\n')],
        routine=False,
    )

    # Pictures and sounds that `check` refuses: an empty picture, a picture whose header says
    # 20000 × 20000 pixels (a decompression bomb), a text file named as a sound.
    huge = (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", struct.pack(">IIBBBBB", 20000, 20000, 8, 2, 0, 0, 0))
        + png_chunk(b"IDAT", zlib.compress(bytes(60001)))
        + png_chunk(b"IEND", b"")
    )
    write(
        "unusable-media.zip",
        [
            ("r/r.ron", b'Routine(\n  format: 1,\n  name: "U",\n  steps: [\n    Step(name: "A", hold: 30, image: "empty.png"),\n    Step(name: "B", hold: 30, image: "huge.png"),\n    Step(name: "C", hold: 30, voice: "bell.wav"),\n  ],\n)\n'),
            ("r/empty.png", b""),
            ("r/huge.png", huge),
            ("r/bell.wav", b"ding dong\n"),
        ],
        routine=False,
    )

    # Accepted: extra files (left out), litter from macOS, a program with execute permission (left
    # out), a picture with execute permission (imported without it), the README at the top.
    write(
        "extras.zip",
        [
            ("README.txt", b"Open with stretch-timer.\n"),
            ("r/r.ron", b'Routine(format: 1, name: "Extras", steps: [Step(name: "S", hold: 30, image: "pic.png")])\n'),
            (info("r/pic.png", mode=0o777), PNG),
            (info("r/run.sh", mode=0o755), b"#!/bin/sh\necho hello\n"),
            ("r/notes.docx", b"not really a document"),
            ("other/x.png", PNG),
            ("__MACOSX/r/._r.ron", b"\x00\x05\x16\x07"),
            ("r/.DS_Store", b"\x00\x00\x00\x01Bud1"),
        ],
        routine=False,
    )

    # Accepted: the files zipped without their folder.
    write(
        "flat.zip",
        [
            ("routine.ron", b'Routine(format: 1, name: "Flat", steps: [Step(name: "S", hold: 30, image: "images/bench.png")])\n'),
            ("images/bench.png", PNG),
        ],
        routine=False,
    )


if __name__ == "__main__":
    main()
