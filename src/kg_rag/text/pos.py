"""Which words of a question are verbs or adjectives, by underthesea's bundled POS tagger (VLSP).

Officers ask in their own words: "phải đảm nhận", "dự trù tổng cộng", "lễ vinh danh", "kéo dài
từ hôm nào". A verb the corpus never writes is most often the asker's paraphrase of one it does
("đảm nhận" for "chịu trách nhiệm", "vinh danh" for "tôn vinh"); a noun it never writes ("tay chân
miệng", "GRDP") is most often a thing the documents do not cover. search/retrieve.py weighs the
first less. The tagger is loaded on first use from its files, as text/segment.py loads the word
model (the package import would cost ~2.5 s); it falls back to the public API, then to "no
verbs", if it cannot be loaded.
"""
from __future__ import annotations

import logging
import threading
from functools import lru_cache

log = logging.getLogger(__name__)
_lock = threading.Lock()
SOFT_TAGS = {"V", "A", "R"}          # verb, adjective, adverb


_MODEL = "pipeline/pos_tag/pos_crf_2017_10_11.bin"
_FEATURES = "pipeline/pos_tag/tagged_feature.py"
_TEMPLATE = ["T[-2].lower", "T[-1].lower", "T[0].lower", "T[1].lower", "T[2].lower",
             "T[0].istitle", "T[-1].istitle", "T[1].istitle",
             "T[-2]", "T[-1]", "T[0]", "T[1]", "T[2]", "T[-2,-1]", "T[-1,0]", "T[0,1]", "T[1,2]",
             "T[-3][1]", "T[-2][1]", "T[-1][1]", "T[-3,-2][1]", "T[-2,-1][1]"]      # the model's own template


def _direct():
    """underthesea's POS CRF loaded from its files, as text/segment.py loads the word model: its
    feature module needs only a word list we do not use, so the 2.5 s package import is avoided."""
    import importlib.util
    import sys
    import types
    from pathlib import Path

    from underthesea_core import CRFTagger
    root = Path(next(iter(importlib.util.find_spec("underthesea").submodule_search_locations)))
    stubs = {"underthesea": types.ModuleType("underthesea"), "underthesea.corpus": types.ModuleType("underthesea.corpus")}
    stubs["underthesea.corpus"].DictionaryLoader = lambda name: types.SimpleNamespace(words=[])
    saved = {k: sys.modules.get(k) for k in stubs}
    sys.modules.update(stubs)
    try:
        spec = importlib.util.spec_from_file_location("_kg_rag_pos_features", root / _FEATURES)
        features = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(features)
    finally:
        for k, v in saved.items():
            if v is None:
                sys.modules.pop(k, None)
            else:
                sys.modules[k] = v
    model = CRFTagger()
    model.load(str(root / _MODEL))

    def tag(question: str) -> list[tuple[str, str]]:
        from .segment import words
        toks = words(question)
        sent = [(t, "X") for t in toks]
        return list(zip(toks, model.tag([features.word2features(sent, i, _TEMPLATE) for i in range(len(sent))])))
    return tag


@lru_cache(maxsize=1)
def _tagger():
    try:
        return _direct()
    except Exception as e:     # layout changed: the public API (slow import, same model)
        log.info("loading underthesea POS model directly failed (%s); importing underthesea", e)
    try:
        from underthesea import pos_tag
        return pos_tag
    except Exception as e:     # no tagger: every word keeps its weight
        log.info("underthesea POS tagger unavailable (%s): unknown verbs keep their weight", e)
        return None


@lru_cache(maxsize=512)
def tagged(question: str) -> tuple[tuple[str, str], ...]:
    """The question's words with their tags (("dự án", "N"), ("lọt", "V"), …); () without a tagger."""
    tag = _tagger()
    if tag is None or not question.strip():
        return ()
    with _lock:
        return tuple(tag(question))


def soft_words(question: str) -> frozenset[str]:
    """The question's verbs, adjectives and adverbs, lower-case, syllables joined by "_" as the
    index writes words ("đảm_nhận", "vinh_danh")."""
    return frozenset(w.lower().replace(" ", "_") for w, t in tagged(question) if t in SOFT_TAGS)


def syllables_tagged(question: str, tag: str) -> frozenset[str]:
    """The lower-case syllables of the question's words of one tag: "V" verbs ("lọt", "làm", "chạy"), "A" adjectives."""
    return frozenset(s for w, t in tagged(question) if t == tag for s in w.lower().split())
