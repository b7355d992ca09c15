#!/usr/bin/env python3
"""Compiles the readable data tables (data/*.tsv) into leselupe.dat, the blob the core loads.

Usage: pack.py DATA_DIR MANIFEST OUT.dat

The blob is: b"LSLP", u32 version, u32 count, then per table u32 name length, name,
u32 data length, data (little endian). Table names are manifest paths without ".tsv".
Rows are NFC-normalised, comments (#) and blank lines dropped, so the core never re-checks.
A manifest entry ending in ".bin" (a generated model) is copied byte for byte.
"""
import struct
import sys
import unicodedata
from pathlib import Path

VERSION = 1


def read_table(path: Path) -> bytes:
    rows = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        line = unicodedata.normalize("NFC", line.rstrip())
        if "\n" in line or "\r" in line:
            sys.exit(f"{path}:{number}: line break inside a row")
        rows.append(line)
    return ("\n".join(rows) + "\n").encode("utf-8")


def main() -> None:
    if len(sys.argv) != 4:
        sys.exit(__doc__)
    data_dir, manifest, out_dat = Path(sys.argv[1]), Path(sys.argv[2]), Path(sys.argv[3])
    names = [l.strip() for l in manifest.read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    blob = bytearray(b"LSLP" + struct.pack("<II", VERSION, len(names)))
    for name in names:
        path = data_dir / name
        data = path.read_bytes() if name.endswith(".bin") else read_table(path)
        key = name.removesuffix(".tsv").encode("utf-8")
        blob += struct.pack("<I", len(key)) + key + struct.pack("<I", len(data)) + data
    out_dat.write_bytes(bytes(blob))


if __name__ == "__main__":
    main()
