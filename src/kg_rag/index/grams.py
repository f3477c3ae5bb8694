"""Written forms of the corpus's words, for reading questions typed without diacritics.

For each segment, ingest stores, keyed by their folded form: every multi-syllable corpus word
("w:van_hoa" -> "văn_hóa"), every syllable ("1:ky" -> "ký") and every two syllables in a row
("2:ai ky" -> "ai ký"), each with the written form seen most often and its count. That is enough
to put diacritics back on a question (search/diacritics.py) and to tell whether a run of syllables
occurs anywhere in the corpus — without keeping the corpus text in memory.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable

from ..text.normalize import fold

_SYL = re.compile(r"[^\W_]+", re.UNICODE)


def syllable_runs(text: str) -> list[list[str]]:
    """Lower-cased syllables of `text`, in runs that punctuation breaks ("KH&CN" is two runs)."""
    return [[s.lower() for s in _SYL.findall(run)] for run in re.split(r"[^\w\s]+", text)]


def gram_table(texts: Iterable[str], terms: Iterable[list[str]]) -> dict[str, tuple[str, int]]:
    """key -> (most frequent written form, total count) over `texts` and their BM25 `terms`."""
    seen: dict[str, Counter] = defaultdict(Counter)
    for text in texts:
        for run in syllable_runs(text):
            for i, syl in enumerate(run):
                seen["1:" + fold(syl)][syl] += 1
                if i + 1 < len(run):
                    pair = f"{syl} {run[i + 1]}"
                    seen["2:" + fold(pair)][pair] += 1
    for ts in terms:
        for t in ts:
            if "_" in t and not t.startswith(("~", "dir:")):
                seen["w:" + fold(t)][t] += 1
    out = {}
    for key, forms in seen.items():
        form, _ = max(forms.items(), key=lambda kv: (kv[1], kv[0]))
        out[key] = (form, sum(forms.values()))
    return out
