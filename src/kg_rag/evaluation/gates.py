"""Quality gates: the least an evaluation must score, as flags (`--min-citation-hit-rate 0.9`,
`--max-false-refusal-rate 0`) or as one file for every set (`--gates eval/gates.json`, which CI and
the tests read). A figure outside its gate makes `kg-rag eval` exit 1."""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..errors import BadInput

# (report key, "min" or "max"): each becomes a flag --min-citation-hit-rate, --max-false-refusal-rate …
THRESHOLDS = [("citation_hit_rate", "min"), ("evidence_recall", "min"), ("citation_precision", "min"),
              ("quote_validity", "min"), ("supported_sentence_rate", "min"), ("keyword_coverage", "min"),
              ("refusal_accuracy", "min"), ("false_refusal_rate", "max"), ("recall@1", "min"),
              ("recall@5", "min"), ("recall@10", "min"), ("mrr", "min"), ("latency_p95_s", "max"),
              ("who_what_actor_recall", "min"), ("who_what_task_recall", "min"), ("who_what_intruders", "max")]


def _flag(key: str, kind: str) -> tuple[str, str]:
    name = key.replace("@", "_at_").rstrip("_")
    return f"--{kind}-{name.replace('_', '-')}", f"{kind}_{name}"


def add_arguments(p) -> None:
    g = p.add_argument_group("quality thresholds (exit code 1 when one is not met)")
    for key, kind in THRESHOLDS:
        flag, dest = _flag(key, kind)
        g.add_argument(flag, dest=dest, type=float, default=None, metavar="X",
                       help=f"fail if {key} is {'below' if kind == 'min' else 'above'} X")
    p.add_argument("--worst", type=int, default=5, help="how many worst questions to list (default 5)")
    p.add_argument("--split", choices=("tune", "heldout"), default=None,
                   help="only the tune or the held-out half of the set (fixed by a hash of each id)")
    p.add_argument("--with-corpus", action="append", type=Path, default=[], metavar="DIR",
                   help="also index the documents of DIR beside --corpus (copied into a work folder)")
    p.add_argument("--who-what", type=Path, default=None, metavar="GOLD",
                   help="score who-what against a gold file (eval/newdocs/who_what.jsonl) instead of asking")
    p.add_argument("--gates", type=Path, default=None, metavar="FILE",
                   help="apply the gates FILE lists for this dataset (e.g. eval/gates.json)")


def read_gates(path: Path, dataset: Path) -> dict[str, float]:
    """{flag dest: limit} for `dataset` (by file name) from a gates file:
    {"dev.jsonl": {"min": {"citation_hit_rate": 0.9, …}, "max": {"false_refusal_rate": 0.0}}}."""
    try:
        table = json.loads(Path(path).read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise BadInput(f"--gates {path}: cannot read it as JSON ({e})") from None
    entry = table.get(Path(dataset).name) if isinstance(table, dict) else None
    if not isinstance(entry, dict):
        raise BadInput(f"--gates {path}: no gates for {Path(dataset).name}; add an entry named after the dataset file")
    known = dict(THRESHOLDS)
    out = {}
    for kind in ("min", "max"):
        for key, limit in (entry.get(kind) or {}).items():
            if known.get(key) != kind or not isinstance(limit, (int, float)):
                raise BadInput(f"--gates {path}: {kind} {key} = {limit!r} is not a known gate")
            out[_flag(key, kind)[1]] = float(limit)
    return out


def apply_gates(args, dataset: Path) -> None:
    """Fill the threshold flags from --gates (a flag given on the command line wins) and check them."""
    if getattr(args, "gates", None):
        for dest, limit in read_gates(args.gates, dataset).items():
            if getattr(args, dest, None) is None:
                setattr(args, dest, limit)
    for key, kind in THRESHOLDS:
        v = getattr(args, _flag(key, kind)[1], None)
        if v is not None and not (0 <= v <= 1 or key.startswith("latency")):
            raise BadInput(f"{_flag(key, kind)[0]} {v}: a rate threshold must be between 0 and 1")


def check_thresholds(report: dict, args) -> list[str]:
    fails = []
    for key, kind in THRESHOLDS:
        flag, dest = _flag(key, kind)
        limit = getattr(args, dest, None)
        if limit is None:
            continue
        if key not in report:
            print(f"kg-rag: eval: {flag}: {key} is not measured here (only when kg-rag answers)", file=sys.stderr)
            continue
        value = report[key]
        if (kind == "min" and value < limit) or (kind == "max" and value > limit):
            fails.append(f"{key} = {value:.3f} is {'below' if kind == 'min' else 'above'} {flag} {limit}")
    return fails
