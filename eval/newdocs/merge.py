#!/usr/bin/env python3
"""Merge the parts of the development set beyond the bundled corpus into the files `kg-rag eval`
reads: questions_<part>.jsonl -> questions.jsonl, who_what_<part>.jsonl -> who_what.jsonl (parts in
name order; ids must be unique). Run after editing a part; tests/test_evaluate.py checks they agree.

    python eval/newdocs/merge.py
"""
import json
import pathlib
import sys

HERE = pathlib.Path(__file__).resolve().parent


def merged(kind: str) -> str:
    lines, seen = [], set()
    for part in sorted(HERE.glob(f"{kind}_*.jsonl")):
        for line in part.read_text(encoding="utf-8").splitlines():
            if line.strip():
                item = json.loads(line)
                if item["id"] in seen:
                    sys.exit(f"{part.name}: id {item['id']} is already used")
                seen.add(item["id"])
                lines.append(line)
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    for kind in ("questions", "who_what"):
        (HERE / f"{kind}.jsonl").write_text(merged(kind), encoding="utf-8")
        print(f"{kind}.jsonl: {merged(kind).count(chr(10))} lines")
