"""Put diacritics back on a query typed without them, from the corpus's own vocabulary.

"ai ky huong dan tuyen truyen ket luan 69" -> "ai ký hướng dẫn tuyên truyền kết luận 69".
Greedy longest match of folded syllable n-grams (n <= 4) against n-grams seen in the corpus,
each mapped to its most frequent written form. Syllables never seen are left as typed. The
restored text is only used to search (the dense model reads accented Vietnamese far better);
it is never shown as the user's words.
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable

from ..text.normalize import fold, has_diacritics

_SYL = re.compile(r"[^\W_]+", re.UNICODE)
MAX_N = 4


class Restorer:
    def __init__(self, texts: Iterable[str]):
        counts: dict[str, Counter] = defaultdict(Counter)
        for t in texts:
            syl = [s.lower() for s in _SYL.findall(t)]
            for n in range(1, MAX_N + 1):
                for i in range(len(syl) - n + 1):
                    gram = " ".join(syl[i:i + n])
                    counts[fold(gram)][gram] += 1
        self.table = {k: c.most_common(1)[0][0] for k, c in counts.items()}

    def restore(self, query: str) -> str:
        if has_diacritics(query):
            return query
        toks = _SYL.findall(query)
        out, i = [], 0
        while i < len(toks):
            for n in range(min(MAX_N, len(toks) - i), 0, -1):
                key = fold(" ".join(toks[i:i + n]))
                if key in self.table and (n > 1 or not toks[i].isdigit()):
                    out.append(self.table[key])
                    i += n
                    break
            else:
                out.append(toks[i])
                i += 1
        return " ".join(out)
