"""Adding and removing corpus files without ever losing one.

An upload never overwrites: the same content already in the corpus is reported ("exists"); a
name already taken by different content gets a new name ("Kế hoạch (2).docx") unless the officer
asked to replace it, and then the old file is kept in `<corpus>/.versions/`. Removing a document
moves it there too. Every change is appended to `<corpus>/.versions/journal.jsonl`.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Mapping

from ..errors import BadInput

log = logging.getLogger(__name__)
VERSIONS = ".versions"


@dataclass(frozen=True)
class Upload:
    name: str            # the file's name in the corpus
    status: str          # "added" | "exists" | "renamed" | "replaced"
    previous: str = ""   # exists: the corpus file with the same content; replaced: where the old one is kept
    report: Any = None   # the IngestReport of the re-index, when one ran


def file_sha256(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return h.hexdigest()


def safe_name(name: str) -> str:
    """The file name part only; refuse names the corpus listing would ignore."""
    base = Path(str(name).replace("\\", "/")).name.strip()
    if not base or base.startswith((".", "~$")):
        raise BadInput(f"{name!r}: a file name must not be empty or start with '.' or '~$' "
                       "(hidden and Office lock files are not documents); rename the file")
    return base


def _free_name(corpus: Path, name: str) -> str:
    stem, suffix = Path(name).stem, Path(name).suffix
    n = 2
    while (corpus / f"{stem} ({n}){suffix}").exists():
        n += 1
    return f"{stem} ({n}){suffix}"


def _journal(corpus: Path, **event) -> None:
    folder = corpus / VERSIONS
    folder.mkdir(exist_ok=True)
    with open(folder / "journal.jsonl", "a", encoding="utf-8") as f:
        f.write(json.dumps({"time": time.strftime("%Y-%m-%dT%H:%M:%S"), **event}, ensure_ascii=False) + "\n")
    log.info("corpus %s: %s", corpus, event)


def _keep(corpus: Path, name: str) -> Path:
    """Move a corpus file into the versions folder (never delete it)."""
    folder = corpus / VERSIONS
    folder.mkdir(exist_ok=True)
    kept = folder / f"{time.strftime('%Y%m%d-%H%M%S')}-{time.time_ns() % 10**9:09d}-{name}"
    os.replace(corpus / name, kept)
    return kept


def place(corpus: Path, src: Path, name: str, replace: bool = False,
          known: Mapping[str, str] | None = None) -> Upload:
    """Put `src` into the corpus as `name` (see module doc). `known`: corpus name -> sha256 of the
    files already indexed, so finding the same content costs no hashing of the corpus."""
    corpus, src, name = Path(corpus), Path(src), safe_name(name)
    corpus.mkdir(parents=True, exist_ok=True)
    digest = file_sha256(src)
    target = corpus / name
    same = next((n for n, h in (known or {}).items() if h == digest and (corpus / n).is_file()), None)
    if target.is_file() and file_sha256(target) == digest:
        same = name
    if same is not None:
        return Upload(same, "exists", same)
    status, previous = "added", ""
    if target.exists():
        if replace:
            status, previous = "replaced", str(_keep(corpus, name))
        else:
            name, status = _free_name(corpus, name), "renamed"
            target = corpus / name
    tmp = corpus / f".{name}.uploading-{os.getpid()}"
    shutil.copyfile(src, tmp)
    os.replace(tmp, target)
    _journal(corpus, event=status, name=name, sha256=digest, **({"kept": previous} if previous else {}))
    return Upload(name, status, previous)


def retire(corpus: Path, name: str) -> Path:
    """Take a document out of the corpus, keeping it in the versions folder; returns where."""
    corpus, name = Path(corpus), safe_name(name)
    if not (corpus / name).is_file():
        raise BadInput(f"{name}: no such document in the corpus {corpus}")
    kept = _keep(corpus, name)
    _journal(corpus, event="removed", name=name, kept=str(kept))
    return kept
