"""Citation metrics for one answer and for a whole evaluation set — pure functions, no I/O.

Evidence and keyword matching follow the evaluation-set contract (docs/contracts.md) exactly as
the independent scorer score_dev.py does: an
evidence quote is found in a passage when, normalised (NFC, one tone-mark style, Đ, artefacts
dropped, whitespace collapsed, lower case), it is a substring of it; keywords are compared
diacritic-folded. Shared figures (citation hit rate, evidence recall, keyword coverage, refusals,
recall@k) are computed the way score_dev.py computes them, so the two can be cross-checked.

Sentence-level figures (supported-sentence rate, citation precision) are ALCE-style: claims.py.
"""
from __future__ import annotations

import math
import re

from ..text.normalize import base_normalize, fold, normalize_for_match
from .claims import claims, markers, rate, support_of  # noqa: F401  (claims, markers: part of the API)

norm = normalize_for_match
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
    document after normalisation (NFC, tone marks, Đ, artefacts, whitespace runs — the contract allows
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
