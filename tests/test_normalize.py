"""Known answers for Vietnamese normalisation and folding."""
import unicodedata

import pytest

from kg_rag.text.normalize import base_normalize, fold, has_diacritics, normalize_document, normalize_for_match


@pytest.mark.parametrize("raw, want", [
    ("Uỷ ban", "Ủy ban"), ("UỶ BAN", "ỦY BAN"), ("hoà", "hòa"), ("Khoá XIII", "Khóa XIII"),
    ("cụ thể hoá các", "cụ thể hóa các"), ("thuỷ", "thủy"), ("hoè", "hòe"),
    ("quý", "quý"), ("hoàn thành", "hoàn thành"), ("khuyến", "khuyến"), ("tuyền", "tuyền"),
    ("Ðảng", "Đảng"),  # U+00D0 (Icelandic eth) typed for Đ
])
def test_one_tone_mark_style_and_d(raw, want):
    assert base_normalize(raw) == want


def test_nfd_input_becomes_nfc():
    nfd = unicodedata.normalize("NFD", "Kết luận số 69-KL/TW")
    assert nfd != "Kết luận số 69-KL/TW"
    assert base_normalize(nfd) == "Kết luận số 69-KL/TW"


def test_export_artefacts_removed():
    raw = "### **III. TỔ CHỨC THỰC HIỆN**\n\n- kg\\_btgtu@bacgiang.gov.vn;\n[bookmark: bookmark2]- Chủ động"
    assert normalize_document(raw) == "III. TỔ CHỨC THỰC HIỆN\n\n- kg_btgtu@bacgiang.gov.vn;\n- Chủ động\n"


def test_page_break_inside_a_paragraph_is_rejoined(corpus_dir):
    text = normalize_document((corpus_dir / "004_57220ce583489b87.txt").read_text(encoding="utf-8"))
    assert "gắn với đặc thù của địa phương, đơn vị." in text
    text0 = normalize_document((corpus_dir / "000_be8e4c97cec46f5d.txt").read_text(encoding="utf-8"))
    assert "Hội nghị lần thứ tám Ban Chấp hành Trung ương Đảng khóa XIII về tiếp tục" in text0
    # but a title is not glued to the paragraph after it
    text2 = normalize_document((corpus_dir / "002_50cfeafd4e4b0251.txt").read_text(encoding="utf-8"))
    assert "hội nhập quốc tế\n\nThực hiện Chương trình hành động số 56-CTr/TU" in text2


def test_fold_and_diacritics():
    assert fold("Kết luận số 69-KL/TW của Đảng ủy") == "ket luan so 69-kl/tw cua dang uy"
    assert fold("Uỷ ban") == fold("Ủy ban") == "uy ban"
    assert has_diacritics("kết luận") and not has_diacritics("ket luan 69")


def test_match_normalisation_agrees_with_design():
    assert normalize_for_match("**Phòng  Kinh tế**\n và Hạ tầng") == "phòng kinh tế và hạ tầng"
    assert normalize_for_match("Uỷ ban Mặt trận") == normalize_for_match("ủy ban mặt trận")
