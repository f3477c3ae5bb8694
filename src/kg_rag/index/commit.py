"""Publishing a generation: its manifest (segments, tombstones, files, statistics) is written
in full, then the pointer is switched (layout.publish), then what no kept generation needs goes."""
from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from . import layout
from .segment import load_array
from .view import IndexView


def publish_generation(index: Path, segments: list[dict], files: dict, skipped: dict, config: dict,
                       default_dim: int, old: IndexView | None) -> IndexView:
    """Write and publish the next generation; returns it opened."""
    name = layout.next_generation(index)
    tmp = layout.tmp_dir(index, name)
    view_rows = _stats(index, segments, files)
    manifest = {"format": layout.FORMAT, "layout": layout.LAYOUT, "generation": name, **config,
                "dim": int(_dim(index, segments, default_dim)),
                "segments": segments, "files": files, "skipped": skipped, "stats": view_rows}
    layout.write_json(tmp / "manifest.json", manifest)
    layout.place(tmp, index / name)
    layout.publish(index, name)
    keep = [name] + ([old.generation] if old is not None else [])
    in_use = {s["id"] for s in segments} | ({s["id"] for s in old.manifest["segments"]} if old else set())
    layout.cleanup(index, keep, in_use)
    return IndexView(index, name)


def _stats(index: Path, segments: list[dict], files: dict) -> dict:
    """Live rows and their total BM25 length, for the manifest (so opening costs nothing)."""
    rows = length = 0
    for s in segments:
        lengths = load_array(index / layout.SEGMENTS / s["id"] / "lengths.npy")
        live = np.ones(len(lengths), dtype=bool)
        live[np.asarray(s.get("deleted", []), dtype=np.int64)] = False
        rows += int(live.sum())
        length += float(lengths[live].sum())
    return {"rows": rows, "length": length}


def _dim(index: Path, segments: list[dict], default: int) -> int:
    for s in segments:
        info = json.loads((index / layout.SEGMENTS / s["id"] / "segment.json").read_text(encoding="utf-8"))
        if info["rows"]:
            return info["dim"]
    return default or 1
