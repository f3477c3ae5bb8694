"""Vietnamese in the old font encodings TCVN3 (.VnTime) and VNI (VNI-Times): recognised and
converted to Unicode, in text files and in Word runs, never indexed as mojibake."""
import unicodedata
from pathlib import Path

import docx
import pytest

from kg_rag.documents.readers import read_document
from kg_rag.errors import DocumentError
from kg_rag.text import legacy
from kg_rag.text.normalize import normalize_document

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOCS = sorted(CORPUS.glob("*.txt"))
TONES = ("", "\u0300", "\u0309", "\u0303", "\u0301", "\u0323")
VOWELS = "a ă â e ê i o ô ơ u ư y".split()
LETTERS = sorted({unicodedata.normalize("NFC", v + t) for v in VOWELS for t in TONES} | {"đ"})


@pytest.mark.parametrize("mojibake, want", [
    ("KÕ ho¹ch thùc hiÖn", "Kế hoạch thực hiện"),
    ("§¶ng bé tØnh", "Đảng bộ tỉnh"),
    ("KÕ HO¹CH", "KẾ HOẠCH"),                   # typed in .VnTimeH: capitals from the words around
    ("VÒ VIÖC tæ chøc", "VỀ VIỆC tổ chức"),
    ("Sè: 12/KH-UBND", "Số: 12/KH-UBND"),       # "KH" is an acronym, not a heading
    ("Së KH&CN tØnh", "Sở KH&CN tỉnh"),
    ("- ñy ban nh©n d©n x·", "- Ủy ban nhân dân xã"),
    ("· Tuyªn truyÒn", "· Tuyên truyền"),       # a lone 0xB7 is a bullet, not "ã"
])
def test_tcvn3_words(mojibake, want):
    assert legacy.to_unicode(mojibake, "tcvn3") == want


@pytest.mark.parametrize("mojibake, want", [
    ("Keá hoaïch thöïc hieän", "Kế hoạch thực hiện"),
    ("Ñaûng boä tænh", "Đảng bộ tỉnh"),
    ("KEÁ HOAÏCH", "KẾ HOẠCH"),
    ("ngöôøi daân, tröôøng hoïc, ñöôïc", "người dân, trường học, được"),
    ("thò xaõ Myõ, kyø hoïp", "thị xã Mỹ, kỳ họp"),
])
def test_vni_words(mojibake, want):
    assert legacy.to_unicode(mojibake, "vni") == want


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
def test_every_vietnamese_letter_round_trips(encoding):
    for letter in LETTERS:
        for c in (letter, letter.upper()):
            if encoding == "tcvn3" and c.isupper() and c not in "ĂÂÊÔƠƯĐ" and c != letter:
                continue                      # TCVN3 has no such capital; tested in words above
            back = legacy.to_unicode(legacy.from_unicode(f"x{c}x", encoding).decode("cp1252"), encoding)
            assert back == f"x{c}x", (encoding, c)


def test_tables_are_one_to_one():
    assert len(set(legacy.TCVN3_ENCODE.values())) == len(legacy.TCVN3_ENCODE) == 67 + 7
    assert len(set(legacy.VNI_ENCODE.values())) == len(legacy.VNI_ENCODE) == 2 * 67


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name[:3])
def test_detect(path):
    raw = path.read_text(encoding="utf-8")
    assert legacy.detect(raw) is None and not legacy.suspicious(raw)
    for enc in ("tcvn3", "vni"):
        assert legacy.detect(legacy.from_unicode(raw, enc).decode("cp1252")) == enc


@pytest.mark.parametrize("text", ["The quick brown fox jumps over the lazy dog. " * 20,
                                  "Müller öffnet für Zoë das Café in Köln. " * 20,
                                  "Một văn bản bình thường có chữ « trích dẫn » và © năm 2024. " * 20])
def test_ordinary_text_is_not_legacy(text):
    assert legacy.detect(text) is None and not legacy.suspicious(text)


@pytest.mark.parametrize("encoding", ["tcvn3", "vni"])
@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.name[:3])
def test_bundled_documents_in_legacy_bytes_read_as_unicode(tmp_path, path, encoding):
    raw = path.read_text(encoding="utf-8")
    f = tmp_path / f"{encoding}.txt"
    f.write_bytes(legacy.from_unicode(raw, encoding))
    assert normalize_document(read_document(f)) == normalize_document(raw)


def test_legacy_mojibake_saved_as_utf8_is_converted(tmp_path):
    raw = DOCS[2].read_text(encoding="utf-8")
    f = tmp_path / "x.txt"
    f.write_text(legacy.from_unicode(raw, "tcvn3").decode("cp1252"), encoding="utf-8")
    assert normalize_document(read_document(f)) == normalize_document(raw)


def test_undecidable_mojibake_is_refused(tmp_path):
    raw = DOCS[0].read_text(encoding="utf-8")
    half = len(raw) // 2                      # half TCVN3, half VNI: neither, and not Unicode
    f = tmp_path / "x.txt"
    f.write_bytes(legacy.from_unicode(raw[:half], "tcvn3") + legacy.from_unicode(raw[half:], "vni"))
    with pytest.raises(DocumentError, match="old font encoding"):
        read_document(f)


def _docx(tmp_path, paragraphs, style_font=None) -> Path:
    d = docx.Document()
    if style_font:
        d.styles["Normal"].font.name = style_font
    for runs in paragraphs:
        p = d.add_paragraph()
        for text, font in runs:
            r = p.add_run(text)
            if font:
                r.font.name = font
    path = tmp_path / "legacy.docx"
    d.save(str(path))
    return path


def _enc(text, encoding):
    return legacy.from_unicode(text, encoding).decode("cp1252")


def test_docx_runs_in_legacy_fonts_become_unicode(tmp_path):
    title, body = "KẾ HOẠCH TUYÊN TRUYỀN", "Thực hiện Kết luận số 69-KL/TW của Bộ Chính trị về đổi mới sáng tạo."
    vni = "Ủy ban nhân dân huyện tổ chức hội nghị quán triệt đến cán bộ chủ chốt."
    path = _docx(tmp_path, [
        [(_enc(title, "tcvn3"), ".VnTimeH")],
        [(_enc(body, "tcvn3"), ".VnTime")],
        [(_enc(vni, "vni"), "VNI-Times")],
        [("Phòng Văn hóa ", "Times New Roman"), (_enc("và Thông tin thực hiện.", "tcvn3"), ".VnTime")],
    ])
    text = read_document(path)
    for want in (title, body, vni, "Phòng Văn hóa và Thông tin thực hiện."):
        assert want in text, text


def test_docx_legacy_font_from_the_style(tmp_path):
    body = "Các chi bộ tổ chức học tập, quán triệt nghị quyết đến toàn thể đảng viên trong tháng."
    path = _docx(tmp_path, [[(_enc(body, "tcvn3"), None)]] * 2, style_font=".VnTime")
    assert read_document(path).count(body) == 2
