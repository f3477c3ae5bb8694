"""Who-what against a gold list, document by document (`kg-rag eval --who-what eval/newdocs/who_what.jsonl`).

A gold line names a document and, for each body it assigns work to, the body's name, role,
deadline and one task quote; groups with their members; and intruders — signers, "Nơi nhận"
entries, header lines, the "Lưu" line — that must never be offered as an actor or as a task (a
task that merely mentions one, "báo cáo Sở X (qua Phòng Y)", offers neither):

    {"id": "wb01", "source": "b01_….txt", "actors": [{"name": "Huyện đoàn", "role": "chủ trì",
     "deadline": null, "task_quote": "Huyện đoàn chủ trì phát động …"}], "groups": [{"name": …,
     "members": […]}], "intruders": ["Trần Văn Khải", "Lưu: VT", …]}

Figures: actor recall (a gold body found among the actors or named group members), task recall (its
task quote inside one of that body's cited tasks), role and deadline accuracy (over found bodies
whose gold gives one), and the intruders offered (must be 0). Names are compared by `actor_key`
(diacritics, case, "Giao …" and punctuation ignored); a produced name also matches when it holds
the gold name whole, or is held by it, covering at least 60% of the longer one."""
from __future__ import annotations

import json
from pathlib import Path

from ..directives.actors import actor_key
from ..directives.assignments import Duty, doc_assignments
from ..errors import BadInput
from . import metrics


def load_gold(path: Path) -> list[dict]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as e:
        raise BadInput(f"{path}: cannot read the who-what gold ({e.strerror})") from None
    out = []
    for i, line in enumerate(lines, start=1):
        if line.strip():
            try:
                item = json.loads(line)
            except ValueError:
                raise BadInput(f"{path}, line {i}: not JSON") from None
            if not isinstance(item, dict) or "source" not in item or not isinstance(item.get("actors"), list):
                raise BadInput(f"{path}, line {i}: a gold line needs 'source' and a list of 'actors'")
            out.append(item)
    return out


def same_body(gold: str, produced: str) -> bool:
    g, p = actor_key(gold), actor_key(produced)
    if not g or not p:
        return False
    if g == p:
        return True
    short, long = sorted((g, p), key=len)
    return f" {short} " in f" {long} " and len(short) >= 0.6 * len(long)


def _offered(duties: list[Duty], intruder: str) -> bool:
    """An intruder offered as an actor, a group member or a task."""
    k, n = actor_key(intruder), metrics.norm(intruder)
    for d in duties:
        if any(actor_key(a) == k or (len(k) >= 8 and k in actor_key(a)) for a in (d.actor, *d.members)):
            return True
        task = metrics.norm(d.task.text)
        if len(n) >= 5 and n in task and len(n) >= 0.5 * len(task):      # the line itself offered as a task
            return True
    return False


def score_document(gold: dict, duties: list[Duty]) -> dict:
    rows = []
    for a in gold["actors"]:
        mine = [d for d in duties if any(same_body(a["name"], x) for x in (d.actor, *d.members))]
        quote = metrics.norm(a.get("task_quote") or "")
        rows.append({"name": a["name"], "found": bool(mine),
                     "task": bool(quote) and any(quote in metrics.norm(d.task.citation.text) for d in mine),
                     "role": None if not a.get("role") or not mine else any(d.task.role == a["role"] for d in mine),
                     "deadline": None if not a.get("deadline") or not mine else
                     any(metrics.norm(a["deadline"]) in metrics.norm(d.task.deadline) for d in mine)})
    offered = [i for i in gold.get("intruders") or [] if _offered(duties, i)]
    return {"id": gold.get("id", ""), "source": gold["source"], "actors": rows, "intruders_offered": offered}


def evaluate_who_what(gold: list[dict], documents) -> dict:
    """documents: {source: Document} of the corpus the gold refers to."""
    docs = []
    for g in gold:
        doc = documents.get(g["source"])
        if doc is None:
            raise BadInput(f"{g.get('id', '')}: {g['source']} is not in the corpus; give --with-corpus its folder")
        docs.append(score_document(g, list(doc_assignments(doc))))
    rows = [r for d in docs for r in d["actors"]]
    rate = lambda key: (sum(r[key] for r in rows if r[key] is not None) /
                        max(1, sum(r[key] is not None for r in rows)))
    return {"n_documents": len(docs), "n_actors": len(rows), "who_what_actor_recall": rate("found"),
            "who_what_task_recall": rate("task"), "who_what_role_accuracy": rate("role"),
            "who_what_deadline_accuracy": rate("deadline"),
            "who_what_intruders": sum(len(d["intruders_offered"]) for d in docs), "documents": docs}


def format_who_report(report: dict) -> str:
    lines = [f"who-what: {report['n_documents']} documents, {report['n_actors']} gold bodies", ""]
    for key in ("who_what_actor_recall", "who_what_task_recall", "who_what_role_accuracy",
                "who_what_deadline_accuracy"):
        lines.append(f"  {key:<30}{report[key]:>8.3f}")
    lines.append(f"  {'who_what_intruders':<30}{report['who_what_intruders']:>8d}")
    for d in report["documents"]:
        missed = [r["name"] for r in d["actors"] if not r["found"]]
        if missed or d["intruders_offered"]:
            lines.append(f"  {d['id']} {d['source']}: missed {missed}; intruders {d['intruders_offered']}")
    return "\n".join(lines)
