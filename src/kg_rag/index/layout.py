"""The index folder: immutable generations behind one pointer file, published atomically.

    index/
      kg-rag-index.json   {"format": "kg-rag-index", "layout": 2, "generation": "g00000007"}
      g00000007/          a generation: manifest.json (files, segments, tombstones, statistics)
      segments/s-…/       immutable passage data shared by generations (see segment.py)
      .tmp-…              being written; removed by the next writer if a run was killed

Publishing is one `os.replace` of the pointer file, after everything it points to is on disk:
a reader sees the old generation or the new one, never a mix, and a crash at any step leaves a
complete index behind. The writer keeps the previous generation (a reader may still be opening
it) and removes older ones and the segments no kept generation uses — only folders it made.
"""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import time
from pathlib import Path

from ..errors import BadInput, CorruptIndex

log = logging.getLogger(__name__)
FORMAT, LAYOUT = "kg-rag-index", 2
POINTER = "kg-rag-index.json"
SEGMENTS = "segments"
_GEN = re.compile(r"^g\d{8}$")
_SEG = re.compile(r"^s-[0-9a-f]{16}$")
# files of the first layout (one flat folder), recognised so such an index is ours to replace
LEGACY_FILES = {"manifest.json", "documents.jsonl", "chunks.jsonl", "vectors.npy", "dense.faiss"}


def fault_point(step: str) -> None:
    """Fault injection for the crash tests: KG_RAG_FAULT=<step> kills the process here."""
    if os.environ.get("KG_RAG_FAULT") == step:
        os._exit(75)


def _fsync_dir(path: Path) -> None:
    try:
        fd = os.open(path, os.O_RDONLY)
    except OSError:           # not possible on every OS (Windows): durability is then the OS's
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_json(path: Path, obj) -> None:
    """Write JSON to `path` durably (flushed and fsynced before it is renamed into place)."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{time.time_ns()}")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(obj, f, ensure_ascii=False, indent=1)
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def read_pointer(folder: Path) -> str | None:
    """The current generation's name; None when the folder holds no index (new, empty, or the
    first layout); CorruptIndex when the pointer is damaged."""
    p = Path(folder) / POINTER
    if not p.exists():
        return None
    try:
        ptr = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise CorruptIndex(f"index pointer {p} is unreadable ({e}); it will be rebuilt from the corpus") from e
    gen = ptr.get("generation") if isinstance(ptr, dict) else None
    if not isinstance(ptr, dict) or ptr.get("format") != FORMAT or not isinstance(gen, str) or not _GEN.match(gen):
        raise CorruptIndex(f"index pointer {p} has an unexpected shape; it will be rebuilt from the corpus")
    if ptr.get("layout") != LAYOUT:
        raise CorruptIndex(f"index {folder} has layout {ptr.get('layout')}, not {LAYOUT}; it will be rebuilt")
    return gen


def is_own_index(folder: Path) -> bool:
    """A folder kg-rag may write into: it carries kg-rag's pointer (even a damaged one, if nothing
    else is there), or it is a first-layout kg-rag index."""
    folder = Path(folder)
    names = {p.name for p in folder.iterdir()}
    if POINTER in names:
        return True
    try:
        m = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        return isinstance(m, dict) and m.get("format") == FORMAT
    except FileNotFoundError:
        return False
    except (OSError, ValueError):
        return names <= LEGACY_FILES


def check_index_location(folder: Path, corpus: Path | None = None) -> None:
    """Refuse (BadInput, exit 2) an index location kg-rag must not write to: a file, an existing
    folder that is neither empty nor a kg-rag index, the corpus itself, a folder inside the corpus,
    or a folder that contains the corpus. Writing there could destroy the user's files."""
    folder = Path(folder)
    here = folder.resolve()
    if corpus is not None:
        c = Path(corpus).resolve()
        if here == c:
            raise BadInput(f"the index {folder} is the corpus folder: give --index another folder "
                           f"(e.g. {c.parent / 'index'})")
        if c in here.parents:
            raise BadInput(f"the index {folder} is inside the corpus {corpus}: put it beside the corpus, "
                           f"e.g. --index {c.parent / 'index'}")
        if here in c.parents:
            raise BadInput(f"the corpus {corpus} is inside the index folder {folder}: give --index a folder "
                           f"of its own, e.g. {c.parent / 'index'}")
    if folder.exists() and not folder.is_dir():
        raise BadInput(f"the index {folder} is a file, not a folder: give --index a folder name")
    if folder.is_dir() and any(folder.iterdir()) and not is_own_index(folder):
        raise BadInput(f"{folder} is not a kg-rag index and not empty; kg-rag will not write into it: "
                       f"give --index a new or empty folder")


def tmp_dir(folder: Path, what: str) -> Path:
    d = Path(folder) / f".tmp-{os.getpid()}-{time.time_ns()}-{what}"
    d.mkdir(parents=True)
    return d


def next_generation(folder: Path) -> str:
    nums = [int(p.name[1:]) for p in Path(folder).iterdir() if _GEN.match(p.name)] if Path(folder).is_dir() else []
    return f"g{max(nums, default=0) + 1:08d}"


def place(tmp: Path, final: Path) -> Path:
    """Move a fully written folder into place (a segment or a generation)."""
    _fsync_dir(tmp)
    os.replace(tmp, final)
    _fsync_dir(final.parent)
    return final


def publish(folder: Path, generation: str) -> None:
    """Point the index at `generation` (already complete on disk): the one atomic step."""
    fault_point("before-pointer")
    write_json(Path(folder) / POINTER, {"format": FORMAT, "layout": LAYOUT, "generation": generation})
    _fsync_dir(Path(folder))
    fault_point("after-pointer")


def cleanup(folder: Path, keep: list[str], segments_in_use: set[str]) -> None:
    """Remove what no kept generation needs: temporary folders of killed runs, older generations,
    unused segments and files of the first layout. Only names kg-rag itself creates are touched."""
    folder = Path(folder)
    for p in folder.iterdir():
        if p.name.startswith(".tmp-") or (p.is_dir() and _GEN.match(p.name) and p.name not in keep):
            shutil.rmtree(p, ignore_errors=True) if p.is_dir() else p.unlink(missing_ok=True)
        elif p.name in LEGACY_FILES and p.is_file():
            p.unlink(missing_ok=True)
    seg_root = folder / SEGMENTS
    if seg_root.is_dir():
        for p in seg_root.iterdir():
            if (_SEG.match(p.name) and p.name not in segments_in_use) or p.name.startswith(".tmp-"):
                shutil.rmtree(p, ignore_errors=True)
    for p in folder.parent.glob(f".{folder.name}.tmp-*"):      # first-layout leftovers beside the folder
        shutil.rmtree(p, ignore_errors=True)
    for p in folder.parent.glob(f".{folder.name}.old-*"):
        shutil.rmtree(p, ignore_errors=True)
