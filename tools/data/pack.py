#!/usr/bin/env python3
"""Checks the readable data tables (data/*.tsv) against data/schema.tsv and compiles them into
leselupe.dat, the blob the core loads.

Usage: pack.py [--schema SCHEMA.tsv] DATA_DIR MANIFEST OUT.dat
       (the schema defaults to DATA_DIR/schema.tsv)

The blob is: b"LSLP", u32 version, u32 count, then per table u32 name length, name,
u32 data length, data (little endian). Table names are manifest paths without ".tsv".
Rows are NFC-normalised, comments (#) and blank lines dropped, so the core never re-checks.
Any row the schema does not allow stops the build with FILE:LINE: what is wrong.
A manifest entry ending in ".bin" (a generated model, no rows) is copied byte for byte.
"""
import fnmatch
import struct
import sys
import unicodedata
from pathlib import Path

VERSION = 1


class DataError(Exception):
    pass


def data_lines(path: Path):
    """(line number, text) of the rows of a table: no comments, no blank lines."""
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as e:
        line = path.read_bytes()[: e.start].count(b"\n") + 1
        raise DataError(f"{path}:{line}: not UTF-8 ({e.reason})")
    except OSError as e:
        raise DataError(f"{path}: {e.strerror}")
    # Rows end at "\n" only: U+2028 or U+0085 inside a field are text, not line breaks.
    for number, line in enumerate(text.split("\n"), 1):
        if line.strip() and not line.startswith("#"):
            yield number, line.rstrip()


def read_schema(path: Path):
    """{table pattern: {kind: (min fields, max fields)}}"""
    schema = {}
    for number, line in data_lines(path):
        fields = line.split("\t")
        if len(fields) != 3:
            raise DataError(f"{path}:{number}: a schema row is table<TAB>kind<TAB>fields")
        table, kind, count = fields
        low, _, high = count.partition("-")
        if not low.isdigit() or (high and not high.isdigit()):
            raise DataError(f"{path}:{number}: fields must be a number or a range such as 2-3, not '{count}'")
        kinds = schema.setdefault(table, {})
        if kind in kinds:
            raise DataError(f"{path}:{number}: kind '{kind}' of {table} listed twice")
        kinds[kind] = (int(low), int(high or low))
    return schema


def kinds_for(schema, name: str, path: Path):
    matches = [kinds for pattern, kinds in schema.items() if fnmatch.fnmatchcase(name, pattern)]
    if not matches:
        raise DataError(f"{path}:1: table {name} has no schema: describe its rows in data/schema.tsv")
    merged = {}
    for kinds in matches:
        merged.update(kinds)
    return merged


def check_row(kinds, fields, path: Path, number: int) -> None:
    if "-" in kinds:
        kind, what = "-", "a row"
    elif fields[0] == "setting" and len(fields) > 1:
        kind, what = f"setting:{fields[1]}", f"setting '{fields[1]}'"
        if kind not in kinds:
            known = ", ".join(sorted(k[8:] for k in kinds if k.startswith("setting:"))) or "none"
            raise DataError(f"{path}:{number}: unknown setting '{fields[1]}' (known: {known})")
    else:
        kind, what = fields[0], f"kind '{fields[0]}'"
        if kind not in kinds:
            known = ", ".join(sorted(k for k in kinds if not k.startswith("setting:")))
            raise DataError(f"{path}:{number}: unknown kind '{kind}' (known: {known})")
    low, high = kinds[kind]
    if not low <= len(fields) <= high:
        want = str(low) if low == high else f"{low} to {high}"
        raise DataError(f"{path}:{number}: {what} has {len(fields)} fields, expected {want}")


def read_table(path: Path, kinds) -> bytes:
    rows = []
    for number, line in data_lines(path):
        line = unicodedata.normalize("NFC", line)
        if "\r" in line:
            raise DataError(f"{path}:{number}: carriage return inside a row")
        check_row(kinds, line.split("\t"), path, number)
        rows.append(line)
    return ("\n".join(rows) + "\n").encode("utf-8")


def pack(data_dir: Path, manifest: Path, schema_path: Path) -> bytes:
    schema = read_schema(schema_path)
    names = [l.strip() for l in manifest.read_text(encoding="utf-8").splitlines()
             if l.strip() and not l.startswith("#")]
    blob = bytearray(b"LSLP" + struct.pack("<II", VERSION, len(names)))
    for name in names:
        key = name.removesuffix(".tsv")
        path = data_dir / name
        if name.endswith(".bin"):
            data = path.read_bytes()
        else:
            data = read_table(path, kinds_for(schema, key, path))
        key_bytes = key.encode("utf-8")
        blob += struct.pack("<I", len(key_bytes)) + key_bytes + struct.pack("<I", len(data)) + data
    return bytes(blob)


def main() -> None:
    args = sys.argv[1:]
    schema = None
    if len(args) >= 2 and args[0] == "--schema":
        schema, args = Path(args[1]), args[2:]
    if len(args) != 3:
        sys.exit(__doc__)
    data_dir, manifest, out_dat = Path(args[0]), Path(args[1]), Path(args[2])
    try:
        blob = pack(data_dir, manifest, schema or data_dir / "schema.tsv")
    except DataError as e:
        sys.exit(f"error: {e}")
    out_dat.write_bytes(blob)


if __name__ == "__main__":
    main()
