"""An independent implementation of the evaluation-set matching rules (docs/contracts.md,
"Evaluation set"), written from the contract's words and kept deliberately naive, so that the
project's own matching (kg_rag.evaluation.metrics) is checked against something it did not
write. The held-out set that judges kg_rag is scored with these same rules."""
import re
import unicodedata

# old-style tone placement -> the style the corpus uses (only when the pair ends the syllable)
OLD_TONES = {"oà": "òa", "oá": "óa", "oả": "ỏa", "oã": "õa", "oạ": "ọa", "oè": "òe", "oé": "óe", "oẻ": "ỏe",
             "oẽ": "õe", "oẹ": "ọe", "uỳ": "ùy", "uý": "úy", "uỷ": "ủy", "uỹ": "ũy", "uỵ": "ụy"}
_OLD_TONE_RE = re.compile(r"(?<![qQ])(" + "|".join(OLD_TONES) + r")(?!\w)", re.I)


def norm(text):
    """NFC; Ð -> Đ; lower case; [bookmark: …], *, #, \\ dropped; one tone style; whitespace collapsed."""
    text = unicodedata.normalize("NFC", text or "").replace("\u00d0", "\u0110").lower()
    text = re.sub(r"\[bookmark:[^\]]*\]", " ", text)
    text = re.sub(r"[*#\\]", "", text)
    text = _OLD_TONE_RE.sub(lambda m: OLD_TONES[m.group(1).lower()], text)
    return re.sub(r"\s+", " ", text).strip()


def fold(text):
    """norm, then no diacritics and đ -> d (keywords are compared this way)."""
    text = unicodedata.normalize("NFD", norm(text).replace("đ", "d"))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def found(item, texts):
    """The evidence items whose quote is a substring of one of the passage texts."""
    passages = [norm(t) for t in texts]
    return [e for e in item["evidence"] if any(norm(e["quote"]) in p for p in passages)]
