"""Synthetic corpora for the benchmark: the bundled documents copied many times with other
provinces, directive numbers, years and a few synonym swaps, so that passages differ as an
archive's documents would (same genre, different bodies, numbers and dates).

Deterministic: the same size and seed give the same files, so a run can reuse a corpus."""
from __future__ import annotations

import random
import re
from pathlib import Path

PLACES = ["Bắc Giang", "Bình Định", "Thái Nguyên"]
NEW_PLACES = ["Hòa Lâm", "Vĩnh An", "Tân Phong", "Đông Sơn", "Lâm Giang", "Kim Sơn", "Hà Trung", "Phú Mỹ",
              "An Thạnh", "Bình Khê", "Sông Cầu", "Thạch Bàn", "Lạc Viên", "Hưng Long", "Ngọc Sơn", "Tây Hòa"]
SWAPS = [("tuyên truyền", "phổ biến"), ("triển khai", "tổ chức thực hiện"), ("nâng cao", "tăng cường"),
         ("kịp thời", "nhanh chóng"), ("hiệu quả", "thiết thực"), ("cán bộ", "công chức")]
_NUMBER = re.compile(r"\b(\d{1,3})(-(?:KH|HD|CTr|KL|NQ|CT)/)")
_YEAR = re.compile(r"\b(20[12]\d)\b")


def variant(text: str, rng: random.Random) -> str:
    place = rng.choice(NEW_PLACES)
    for p in PLACES:
        text = text.replace(p, place)
    shift = rng.randint(-4, 2)
    text = _YEAR.sub(lambda m: str(int(m.group(1)) + shift), text)
    text = _NUMBER.sub(lambda m: f"{rng.randint(1, 400)}{m.group(2)}", text)
    for a, b in rng.sample(SWAPS, k=rng.randint(1, 3)):
        text = text.replace(a, b) if rng.random() < 0.5 else text.replace(b, a)
    # a few sentences of each copy are its own, so passages are not all near-duplicates
    lines = text.split("\n")
    for i in rng.sample(range(len(lines)), k=min(4, len(lines))):
        if len(lines[i]) > 60 and not lines[i].startswith(("I", "V", "X")):
            lines[i] += f" Năm {2020 + shift + rng.randint(0, 4)}, {place} phấn đấu đạt {rng.randint(10, 95)}% chỉ tiêu."
    return "\n".join(lines)


def make_corpus(source: Path, target: Path, passages: int, per_copy: int, seed: int = 0) -> Path:
    """Fill `target` with copies of the documents in `source` until about `passages` passages
    (`per_copy` = passages of one copy of the whole source corpus)."""
    target = Path(target)
    target.mkdir(parents=True, exist_ok=True)
    originals = sorted(p for p in Path(source).iterdir() if p.suffix == ".txt")
    copies = max(1, round(passages / per_copy))
    want = {f"c{c:05d}_{p.name}" for c in range(copies) for p in originals}
    have = {p.name for p in target.iterdir()}
    for name in have - want:
        (target / name).unlink()
    texts = {p.name: p.read_text(encoding="utf-8") for p in originals}
    for c in range(copies):
        rng = random.Random(seed * 1_000_003 + c)
        for p in originals:
            name = f"c{c:05d}_{p.name}"
            if name not in have:
                (target / name).write_text(texts[p.name] if c == 0 else variant(texts[p.name], rng), encoding="utf-8")
    return target
