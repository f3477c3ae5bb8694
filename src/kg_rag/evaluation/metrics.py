"""Citation metrics for one answer and for a whole evaluation set — pure functions, no I/O.

Evidence and keyword matching follow DESIGN.md exactly as ../shared/tools/score_dev.py does: an
evidence quote is found in a passage when, normalised (NFC, one tone-mark style, Đ, artefacts
dropped, whitespace collapsed, lower case), it is a substring of it; keywords are compared
diacritic-folded. Shared figures (citation hit rate, evidence recall, keyword coverage, refusals,
recall@k) are computed the way score_dev.py computes them, so the two can be cross-checked.

Sentence-level figures follow ALCE (Gao et al., 2023) with the lexical judge of support.py:
  * a *claim* is a sentence of the answer (``sentences.sentences`` per line); [n] markers at the
    end of a line cover the unmarked sentences before them in that line (one cited span may hold
    two sentences). A line that ends with ":" and has no marker is a *lead-in* ("Theo Kế hoạch số
    31-KH/BTGĐUK:", "Phòng Y tế:"), not a claim — but a directive it names must be named in one of
    the cited documents, or it counts as an unsupported claim;
  * a claim is supported when its cited passages, read together, support it (citation recall);
  * a citation of a claim is precise when the claim is supported and the citation alone supports it
    or removing it breaks support; citations of unsupported claims are imprecise (as in ALCE);
  * only a passage whose ``text`` really is in the named document counts as evidence.
"""
from __future__ import annotations

import math
import re
from dataclasses import dataclass

from ..text.normalize import base_normalize, fold, normalize_for_match
from ..text.refs import extract_refs
from ..text.sentences import sentences
from .support import clean_claim, judge

norm = normalize_for_match
_MARKER = re.compile(r"\[\s*(\d+(?:\s*[,;]\s*\d+)*)\s*\]")
_ARTEFACTS = re.compile(r"\[bookmark:[^\]]*\]|[*#\\]", re.I)
VERIFIED, REPAIRED, UNVERIFIED = "verified", "repaired", "unverified"


def fold_match(s: str | None) -> str:
    return fold(norm(s or ""))


def evidence_found(evidence: list[dict], texts: list[str]) -> list[dict]:
    """The evidence items whose quote is in one of the passages (score_dev.py `found`)."""
    ts = [norm(t) for t in texts]
    return [e for e in evidence if any(norm(e.get("quote", "")) in t for t in ts)]


def first_rank(evidence: list[dict], texts: list[str]) -> int | None:
    """1-based rank of the first passage that contains an evidence quote, or None."""
    for i, t in enumerate(texts, start=1):
        if evidence_found(evidence, [t]):
            return i
    return None


def keyword_hits(keywords: list[str], answer: str) -> tuple[list[str], list[str]]:
    a = fold_match(answer)
    return [k for k in keywords if fold_match(k) in a], [k for k in keywords if fold_match(k) not in a]


def _strict(s: str) -> str:
    return re.sub(r"\s+", " ", _ARTEFACTS.sub("", base_normalize(s or ""))).strip()


def _loose(s: str) -> str:
    return re.sub(r"\s+", "", _strict(s)).lower()


def _level(part: str, whole: str) -> str:
    if _strict(part) and _strict(part) in _strict(whole):
        return VERIFIED
    return REPAIRED if _loose(part) and _loose(part) in _loose(whole) else UNVERIFIED


def quote_status(citation: dict, doc_text: str | None) -> tuple[str, str, bool]:
    """(label, reason, text_ok): verified when `quote` is verbatim in `text` and `text` in the named
    document after normalisation (NFC, tone marks, Đ, artefacts, whitespace runs — DESIGN.md allows
    a whitespace-collapsed `text`); repaired when only whitespace or case differ; else unverified."""
    quote, text = citation.get("quote") or "", citation.get("text") or ""
    if doc_text is None:
        return UNVERIFIED, f"source {citation.get('source')!r} is not in the corpus", False
    in_doc = _level(text, doc_text)
    if in_doc == UNVERIFIED:
        return UNVERIFIED, "text is not in the source document", False
    in_text = _level(quote, text) if quote.strip() else UNVERIFIED
    if in_text == UNVERIFIED:
        return UNVERIFIED, "quote is empty" if not quote.strip() else "quote is not in text", True
    label = VERIFIED if in_doc == in_text == VERIFIED else REPAIRED
    return label, "" if label == VERIFIED else "matches only ignoring whitespace/case", True


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


def rate(num: float, den: float, empty: float = 1.0) -> float:
    """num/den in [0, 1]; `empty` when there is nothing to count (vacuously perfect by default)."""
    return round(min(1.0, max(0.0, num / den)), 4) if den else empty


def percentile(values: list[float], p: float) -> float:
    """Nearest-rank percentile (p in 0..100) of a non-empty list; 0.0 for an empty one."""
    if not values:
        return 0.0
    v = sorted(values)
    return v[max(0, min(len(v) - 1, math.ceil(p / 100 * len(v)) - 1))]


def mean(values: list[float], empty: float = 1.0) -> float:
    return round(sum(values) / len(values), 4) if values else empty


# ---- one dataset item, and the whole set -----------------------------------------------------------

def grade(item: dict, answer: dict, docs: dict[str, str], retrieved: list[str] | None = None,
          latency: float | None = None) -> dict:
    """One report row: the figures of one question and its failures, named. `docs`: source ->
    normalised document text; `retrieved`: texts of the top-k search hits, when measured."""
    cits = [c for c in answer.get("citations") or [] if isinstance(c, dict)]
    text, grounded = answer.get("answer") or "", answer.get("grounded") is not False
    fails: list[str] = []
    row = {"id": item.get("id"), "kind": item.get("kind", ""), "question": item["question"],
           "answerable": bool(item.get("answerable", True)), "grounded": grounded, "answer": text}
    statuses, passages = [], {}
    for c in cits:
        label, why, text_ok = quote_status(c, docs.get(c.get("source")))
        statuses.append({"n": c.get("n"), "source": c.get("source"), "status": label, "reason": why})
        passages[c.get("n")] = c.get("text", "") if text_ok else ""
        if label == UNVERIFIED:
            fails.append(f"citation [{c.get('n')}] unverified: {why}")
    row["citations"] = statuses
    row["n_citations"] = len(cits)
    row["n_valid_quotes"] = sum(s["status"] != UNVERIFIED for s in statuses)
    row["n_verified_quotes"] = sum(s["status"] == VERIFIED for s in statuses)
    if not row["answerable"]:
        row["refusal_ok"] = not grounded
        if grounded:
            fails.append("answered an unanswerable question")
    else:
        if not grounded:
            fails.append("refused an answerable question")
        found = evidence_found(item.get("evidence") or [], [c.get("text", "") for c in cits])
        row["evidence_found"], row["evidence_total"] = len(found), len(item.get("evidence") or [])
        row["citation_hit"] = bool(found)
        if not found:
            fails.append("no evidence among citations")
        elif len(found) < row["evidence_total"]:
            fails.append(f"evidence found {len(found)}/{row['evidence_total']}")
        kw_in, kw_out = keyword_hits(item.get("keywords") or [], text)
        row["keywords_found"], row["keywords_missing"] = kw_in, kw_out
        if kw_out:
            fails.append("missing keywords: " + ", ".join(kw_out))
        if retrieved is not None:
            row["retrieval_rank"] = first_rank(item.get("evidence") or [], retrieved)
    if grounded:
        cited = {c.get("source") for c in cits}
        sup = support_of(text, passages, [docs[s] for s in cited if s in docs],
                         {c.get("n"): c.get("quote") or "" for c in cits})
        row.update({k: sup[k] for k in ("supported_sentence_rate", "citation_precision", "n_claims",
                                        "n_supported", "n_cites", "n_precise")})
        row["sentences"] = sup["sentences"]
        for s in sup["sentences"]:
            if not s["supported"]:
                fails.append(f"unsupported sentence ({s['reason']}): {s['text'][:80]}")
        bad = sorted({n for s in sup["sentences"] for n in s.get("imprecise", []) if s["supported"]})
        if bad:
            fails.append("unneeded citations: " + ", ".join(f"[{n}]" for n in bad))
        if not sup["n_claims"]:
            fails.append("grounded answer with no claims")
    if latency is not None:
        row["latency_s"] = round(latency, 3)
    row["failures"] = fails
    return row


def summarize(rows: list[dict]) -> dict:
    """Overall figures. Micro-averaged over questions / evidence / citations like score_dev.py;
    supported-sentence rate and citation precision macro-averaged over grounded answers (ALCE)."""
    ans = [r for r in rows if r["answerable"]]
    una = [r for r in rows if not r["answerable"]]
    grounded = [r for r in rows if r["grounded"]]
    n_cit = sum(r["n_citations"] for r in rows)
    kw = sum(len(r["keywords_found"]) for r in ans)
    kw_tot = kw + sum(len(r["keywords_missing"]) for r in ans)
    rep = {
        "n": len(rows), "n_answerable": len(ans), "n_unanswerable": len(una),
        "citation_hit_rate": rate(sum(r["citation_hit"] for r in ans), len(ans)),
        "evidence_recall": rate(sum(r["evidence_found"] for r in ans), sum(r["evidence_total"] for r in ans)),
        "citation_precision": mean([r["citation_precision"] for r in grounded]),
        "quote_validity": rate(sum(r["n_valid_quotes"] for r in rows), n_cit),
        "quote_verified_rate": rate(sum(r["n_verified_quotes"] for r in rows), n_cit),
        "supported_sentence_rate": mean([r["supported_sentence_rate"] for r in grounded]),
        "keyword_coverage": rate(kw, kw_tot),
        "refusal_accuracy": rate(sum(r["refusal_ok"] for r in una), len(una)),
        "false_refusal_rate": rate(sum(not r["grounded"] for r in ans), len(ans), 0.0),
        "n_citations": n_cit,
        "quote_status": {k: sum(c["status"] == k for r in rows for c in r["citations"])
                         for k in (VERIFIED, REPAIRED, UNVERIFIED)},
    }
    ranks = [r.get("retrieval_rank") for r in ans]
    if ans and all("retrieval_rank" in r for r in ans):
        for k in (1, 5, 10):
            rep[f"recall@{k}"] = rate(sum(x is not None and x <= k for x in ranks), len(ans))
        rep["mrr"] = mean([1 / x if x else 0.0 for x in ranks])
    lat = [r["latency_s"] for r in rows if "latency_s" in r]
    if lat:
        rep["latency_p50_s"], rep["latency_p95_s"] = percentile(lat, 50), percentile(lat, 95)
    return rep
