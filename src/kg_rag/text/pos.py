"""Which words of a question are verbs or adjectives, by underthesea's bundled POS tagger (VLSP).

Officers ask in their own words: "phải đảm nhận", "dự trù tổng cộng", "lễ vinh danh", "kéo dài
từ hôm nào". A verb the corpus never writes is most often the asker's paraphrase of one it does
("đảm nhận" for "chịu trách nhiệm", "vinh danh" for "tôn vinh"); a noun it never writes ("tay chân
miệng", "GRDP") is most often a thing the documents do not cover. search/retrieve.py weighs the
first less. The tagger is loaded on first use (`import underthesea` costs ~2.5 s alone, ~1.5 s
beside the embedder) and falls back to "no verbs" if it cannot be loaded.
"""
from __future__ import annotations

import logging
import threading
from functools import lru_cache

log = logging.getLogger(__name__)
_lock = threading.Lock()
SOFT_TAGS = {"V", "A", "R"}          # verb, adjective, adverb


@lru_cache(maxsize=1)
def _tagger():
    try:
        from underthesea import pos_tag
        return pos_tag
    except Exception as e:     # no tagger: every word keeps its weight
        log.info("underthesea POS tagger unavailable (%s): unknown verbs keep their weight", e)
        return None


@lru_cache(maxsize=512)
def soft_words(question: str) -> frozenset[str]:
    """The question's verbs, adjectives and adverbs, lower-case, syllables joined by "_" as the
    index writes words ("đảm_nhận", "vinh_danh")."""
    tag = _tagger()
    if tag is None or not question.strip():
        return frozenset()
    with _lock:
        tagged = tag(question)
    return frozenset(w.lower().replace(" ", "_") for w, t in tagged if t in SOFT_TAGS)
