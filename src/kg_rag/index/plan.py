"""What an update must do: compare the corpus folder with the index's record of it.

A file whose size and modification time are those recorded is unchanged and is not even read;
only a file whose size or time differ is hashed, and it is re-read only when its content
differs. Skipped (unreadable) files are remembered the same way, so they are not retried until
they change.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from pathlib import Path


def file_entry(path: Path) -> dict:
    st = path.stat()
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            h.update(block)
    return {"sha256": h.hexdigest(), "size": st.st_size, "mtime_ns": st.st_mtime_ns}


@dataclass
class Plan:
    unchanged: dict[str, dict] = field(default_factory=dict)            # name -> manifest entry
    to_read: dict[str, tuple[Path, dict]] = field(default_factory=dict)  # new or changed
    removed: list[str] = field(default_factory=list)
    still_skipped: dict[str, dict] = field(default_factory=dict)
    touched: bool = False            # only times changed, or skipped files vanished: rewrite the record

    @property
    def needs_work(self) -> bool:
        return bool(self.to_read or self.removed or self.touched)


def plan_changes(files: dict[str, Path], manifest: dict) -> Plan:
    plan = Plan()
    indexed, skipped = manifest.get("files", {}), manifest.get("skipped", {})
    for name, path in files.items():
        st = path.stat()
        old = indexed.get(name) or skipped.get(name)
        if old and old["size"] == st.st_size and old["mtime_ns"] == st.st_mtime_ns:
            (plan.unchanged if name in indexed else plan.still_skipped)[name] = old
            continue
        entry = file_entry(path)
        if old and old["sha256"] == entry["sha256"]:               # touched, not changed
            (plan.unchanged if name in indexed else plan.still_skipped)[name] = {**old, **entry}
            plan.touched = True
            continue
        plan.to_read[name] = (path, entry)
    plan.removed = sorted(set(indexed) - set(files))
    plan.touched |= bool(set(skipped) - set(files))
    return plan
