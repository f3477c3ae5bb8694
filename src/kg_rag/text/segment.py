"""Vietnamese word segmentation with underthesea's bundled CRF model (VLSP 2013).

`import underthesea` costs ~4.5 s on 2 cores because its __init__ pulls in transformers and torch
for features we do not use. The word model itself needs only `underthesea_core`, so we load its
files from the installed package directly (~0.6 s) and fall back to `underthesea.word_tokenize`
if the package layout ever changes. `fixed_words` is never used: it leaks across calls in 9.5.0.
"""
from __future__ import annotations

import importlib.util
import logging
import re
import threading
from functools import lru_cache
from pathlib import Path

log = logging.getLogger(__name__)
_TOKEN = re.compile(r"\w+|[^\w\s]")
_MODEL_DIR = "pipeline/word_tokenize/models/ws_crf_vlsp2013_20230727"
_lock = threading.Lock()


@lru_cache(maxsize=1)
def _segmenter():
    spec = importlib.util.find_spec("underthesea")
    if spec is None:
        from ..errors import ModelError
        raise ModelError("underthesea is not installed: pip install underthesea==9.5.0")
    root = Path(next(iter(spec.submodule_search_locations)))
    try:
        import joblib
        from underthesea_core import CRFFeaturizer, CRFTagger
        d = root / _MODEL_DIR
        tagger = CRFTagger()
        tagger.load(str(d / "models.bin"))
        featurizer = CRFFeaturizer(joblib.load(d / "features.bin"), joblib.load(d / "dictionary.bin"))

        def tag(tokens: list[str]) -> list[str]:
            return tagger.tag(featurizer.process([[[t] for t in tokens]])[0])
        return tag
    except Exception as e:  # layout changed: use the public API (slow import, same model)
        log.info("loading underthesea word model directly failed (%s); importing underthesea", e)
        from underthesea import word_tokenize
        return lambda tokens: _tags_from_words(tokens, word_tokenize(" ".join(tokens), fixed_words=[]))


def _tags_from_words(tokens: list[str], words: list[str]) -> list[str]:
    tags = []
    for w in words:
        n = len(w.split())
        tags += ["B-W"] + ["I-W"] * (n - 1)
    return (tags + ["B-W"] * len(tokens))[:len(tokens)]


def words(text: str) -> list[str]:
    """Segment `text` into words; syllables of one word are joined by a space ("Kinh tế")."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return []
    with _lock:   # the CRF tagger is not documented as thread-safe; the app serves several users
        tags = _segmenter()(tokens)
    out: list[str] = []
    for tag, tok in zip(tags, tokens):
        if tag == "I-W" and out and tok[0].isalnum() and out[-1][-1].isalnum():
            out[-1] += " " + tok
        else:
            out.append(tok)
    return out


@lru_cache(maxsize=1)
def _dictionary() -> frozenset[str]:
    spec = importlib.util.find_spec("underthesea")
    try:
        import joblib
        return frozenset(joblib.load(Path(next(iter(spec.submodule_search_locations))) / _MODEL_DIR / "dictionary.bin"))
    except Exception as e:  # (no package, or its layout changed: no word is known)
        log.info("underthesea's word list is not readable (%s)", e)
        return frozenset()


def is_word(text: str) -> bool:
    """Whether the segmenter's dictionary (VLSP 2013) has `text`, lower-cased, as a word: "nằm"
    is one, "nhiu" and "gach" are not."""
    return text.lower() in _dictionary()


@lru_cache(maxsize=1)
def _folded_dictionary() -> frozenset[str]:
    from .normalize import fold
    return frozenset(fold(w) for w in _dictionary())


def folded_word(text: str) -> bool:
    """Whether a word of the dictionary folds to `text` ("tai khoan": "tài khoản"), typed without diacritics."""
    return text.lower() in _folded_dictionary()


def warm_up() -> None:
    """Load the model now (e.g. in a background thread while the embedder loads)."""
    _segmenter()
