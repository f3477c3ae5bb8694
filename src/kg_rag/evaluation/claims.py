"""ALCE-style citation recall and precision of one answer (Gao et al., 2023), judged by support.py.

A *claim* is a sentence of the answer (``sentences.sentences`` per line); [n] markers at the end of
a line cover the unmarked sentences before them in that line (one cited span may hold two
sentences); saying that the documents do not answer a part ("Không tìm thấy …") is no claim. A
line that ends with ":" and has no marker is a *lead-in* ("Theo Kế hoạch số
31-KH/BTGĐUK:", "Phòng Y tế:"), not a claim — but a directive it names must be named in one of
the cited documents, or it counts as an unsupported claim. A claim is supported when its cited
passages, read together, support it; a citation is precise when the claim is supported and the
citation alone supports it or removing it breaks support.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.normalize import normalize_for_match as norm
from ..text.refs import extract_refs
from ..text.sentences import sentences
from .support import clean_claim, judge

_MARKER = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")


def rate(num: float, den: float, empty: float = 1.0) -> float:
    """num/den in [0, 1]; `empty` when there is nothing to count (vacuously perfect by default)."""
    return round(min(1.0, max(0.0, num / den)), 4) if den else empty


@dataclass(frozen=True)
class Claim:
    text: str
    cites: tuple[int, ...]
    lead_in: bool = False


def markers(text: str) -> list[int]:
    return [int(x) for m in _MARKER.finditer(text) for x in re.split(r"\s*[,;]\s*", m.group(1))]


def claims(answer: str, quotes: dict[int, str] | None = None) -> list[Claim]:
    """The answer's sentences with the citation numbers that cover them (see module doc). An
    unmarked sentence takes the next marker when it is on the same line, or when it is part of
    the quote of that citation (a cited span may run over several lines: a document header)."""
    out: list[Claim] = []
    pending: list[tuple[int, int]] = []      # (claim index, line number) waiting for a marker
    quotes = {n: norm(q) for n, q in (quotes or {}).items()}
    for ln, line in enumerate((answer or "").split("\n")):
        for s, e in sentences(line):
            raw = line[s:e]
            cites, text = tuple(markers(raw)), clean_claim(raw)
            if text.startswith("Không tìm thấy"):    # what the documents do not answer claims nothing
                continue
            if not re.search(r"\w", text):
                if cites and out:            # a stray "[2]" after the sentence it belongs to
                    out[-1] = Claim(out[-1].text, out[-1].cites + cites, out[-1].lead_in)
                continue
            if not cites and text.endswith(":") and not any(norm(text) in q for q in quotes.values()):
                out.append(Claim(text, (), True))
                pending = []
            elif not cites:
                pending.append((len(out), ln))
                out.append(Claim(text, ()))
            else:
                for j, jl in pending:
                    if jl == ln or any(norm(out[j].text) in quotes.get(n, "") for n in cites):
                        out[j] = Claim(out[j].text, cites)
                pending = []
                out.append(Claim(text, cites))
    return out


def support_of(answer: str, passages: dict[int, str], cited_docs: list[str] = (),
               quotes: dict[int, str] | None = None) -> dict:
    """ALCE citation recall / precision of one answer. `passages`: citation n -> passage text that
    may serve as evidence ("" for a fabricated one); `cited_docs`: full texts of cited documents
    (for directive numbers named in lead-ins)."""
    rows, n_claims, n_supported, n_cites, n_precise = [], 0, 0, 0, 0
    doc_ids = {r.id for d in cited_docs for r in extract_refs(d)}
    for c in claims(answer, quotes):
        if c.lead_in:
            bad = [r.id for r in extract_refs(c.text) if r.id and r.id not in doc_ids]
            if bad:
                n_claims += 1
                rows.append({"text": c.text, "cites": [], "supported": False, "lead_in": True,
                             "reason": f"lead-in names {bad[0]}, which no cited document names"})
            continue
        n_claims += 1
        ev = {n: passages.get(n, "") for n in dict.fromkeys(c.cites)}
        if not c.cites:
            rows.append({"text": c.text, "cites": [], "supported": False, "reason": "no citation"})
            continue
        dangling = [n for n in ev if n not in passages]
        j = judge(c.text, [t for t in ev.values() if t])
        precise = []
        for n in ev:
            alone = bool(ev[n]) and judge(c.text, ev[n]).supported
            others = [t for m, t in ev.items() if m != n and t]
            needed = not (others and judge(c.text, others).supported)
            precise.append(j.supported and (alone or needed))
        n_supported += j.supported
        n_cites += len(ev)
        n_precise += sum(precise)
        reason = j.reason if not dangling else f"[{dangling[0]}] names no citation; " + j.reason
        rows.append({"text": c.text, "cites": list(ev), "supported": j.supported,
                     "coverage": round(j.coverage, 3), "reason": reason if not j.supported else "",
                     "imprecise": [n for n, p in zip(ev, precise) if not p]})
    return {"sentences": rows, "n_claims": n_claims, "n_supported": n_supported,
            "n_cites": n_cites, "n_precise": n_precise,
            "supported_sentence_rate": rate(n_supported, n_claims, 0.0),
            "citation_precision": rate(n_precise, n_cites, 0.0)}
