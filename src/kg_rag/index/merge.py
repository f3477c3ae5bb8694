"""Merging segments: when an index has too many segments, or one has too many deleted rows, its
live rows are copied into one new segment — records and vectors as stored, nothing re-embedded —
and the files that pointed at the old segments point at the new one."""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from . import layout
from .grams import gram_table
from .segment import Row, Segment, segment_id, write_segment

log = logging.getLogger(__name__)


def _deleted_share(s: dict, rows: int) -> float:
    return len(s.get("deleted", [])) / rows if rows else 1.0


def merge_if_needed(index: Path, segments: list[dict], files: dict, max_segments: int,
                    max_deleted: float) -> tuple[list[dict], bool]:
    root = Path(index) / layout.SEGMENTS
    opened = {s["id"]: Segment(root / s["id"]) for s in segments}
    try:
        sizes = {sid: seg.n_rows for sid, seg in opened.items()}
        empty = [s for s in segments if sizes[s["id"]] and _deleted_share(s, sizes[s["id"]]) >= 1.0]
        dirty = [s for s in segments if s not in empty and _deleted_share(s, sizes[s["id"]]) > max_deleted]
        chosen = list(dirty)
        if len(segments) - len(empty) > max_segments:
            biggest = max((s for s in segments if s not in empty), key=lambda s: sizes[s["id"]])
            chosen = [s for s in segments if s not in empty and (s is not biggest or s in dirty)]
        if not chosen and not empty:
            return segments, False
        keep = [s for s in segments if s not in chosen and s not in empty]
        if chosen:
            keep.append(_merge(root, [(s, opened[s["id"]]) for s in chosen], files))
        log.info("merged %d segments (%d emptied) into one", len(chosen), len(empty))
        return keep, True
    finally:
        for seg in opened.values():
            seg.close()


def _merge(root: Path, parts: list[tuple[dict, Segment]], files: dict) -> dict:
    docs, extra, rows = [], {}, []
    dim = 1
    for info, seg in parts:
        dead = set(info.get("deleted", []))
        dim = seg.info["dim"]
        metas = seg.doc_metas()
        for source, (first, n) in sorted(seg.doc_rows().items(), key=lambda kv: kv[1][0]):
            if files.get(source, {}).get("segment") != info["id"]:
                continue                                  # replaced or removed since
            docs.append(seg.document(source))
            extra[source] = {k: metas[source][k] for k in ("label_terms",) if k in metas[source]}
            live = [r for r in range(first, first + n) if r not in dead]
            recs = seg.records(live)
            rows += [Row(recs[r], np.asarray(seg.vectors[r])) for r in live]
    sid = segment_id()
    tmp = layout.tmp_dir(root, sid)
    text = lambda rec: f"{rec['context']}\n{rec['text']}" if rec["context"] else rec["text"]
    grams = gram_table((text(r.record) for r in rows), (r.record["terms"] for r in rows))
    write_segment(tmp, sid, docs, extra, rows, grams, dim)
    layout.place(tmp, root / sid)
    for d in docs:
        files[d.source] = {**files[d.source], "segment": sid}
    return {"id": sid, "deleted": [], "deleted_df": {}}
