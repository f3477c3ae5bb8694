"""The generation manifest: what an index holds, checked field by field when it is read.

Anything of an unexpected shape (a list, null, a number where a name should be, a missing field)
raises CorruptIndex, which every command treats as "rebuild from the corpus" — never as an
AttributeError from deep inside.
"""
from __future__ import annotations

from ..errors import CorruptIndex
from . import layout

_FILE_FIELDS = {"sha256": str, "size": int, "mtime_ns": int}


def _need(cond: bool, what: str) -> None:
    if not cond:
        raise CorruptIndex(f"index manifest: {what}; it will be rebuilt from the corpus")


def validate(m) -> dict:
    _need(isinstance(m, dict), "not a JSON object")
    _need(m.get("format") == layout.FORMAT and m.get("layout") == layout.LAYOUT, "not this index format")
    for key in ("model", "analyzer", "chunker", "generation"):
        _need(isinstance(m.get(key), str), f"'{key}' is not text")
    _need(isinstance(m.get("dim"), int) and m["dim"] > 0, "'dim' is not a positive number")
    _need(isinstance(m.get("segments"), list), "'segments' is not a list")
    for s in m["segments"]:
        _need(isinstance(s, dict) and isinstance(s.get("id"), str) and layout._SEG.match(s["id"]) is not None,
              "a segment has no valid id")
        _need(isinstance(s.get("deleted", []), list) and all(isinstance(x, int) for x in s.get("deleted", [])),
              "a segment's deleted rows are not numbers")
        _need(isinstance(s.get("deleted_df", {}), dict), "a segment's deleted term counts are not an object")
    for key in ("files", "skipped"):
        _need(isinstance(m.get(key), dict), f"'{key}' is not an object")
        for name, f in m[key].items():
            _need(isinstance(f, dict) and all(isinstance(f.get(k), t) for k, t in _FILE_FIELDS.items()),
                  f"the entry of {name!r} in '{key}' is malformed")
    ids = {s["id"] for s in m["segments"]}
    _need(all(f.get("segment") in ids for f in m["files"].values()), "a file names a segment the index lacks")
    st = m.get("stats")
    _need(isinstance(st, dict) and isinstance(st.get("rows"), int) and isinstance(st.get("length"), (int, float)),
          "'stats' is malformed")
    return m
