"""The lexical support judge on hand-labelled pairs of real directive sentences.

Each pair was labelled by reading it: does the passage say what the sentence says? Positives are
copies, trimmed copies and light rewordings; negatives change an actor, a number, a date, a
directive, add a negation, or make a claim the passage does not make."""
import pytest

from kg_rag.evaluation.support import clean_claim, judge, supports

P_KTHT = ("- Phòng Kinh tế và Hạ tầng chủ động phối hợp với các ngành, địa phương đẩy nhanh việc tổ chức "
          "thực hiện, Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030 gắn với "
          "Nghị quyết số 29-NQ/TW, Nghị quyết số 45-NQ/TW, Chương trình hành động số 77 CT/TU, Kế hoạch số 128-KH/HU...")
P_38 = ("· Tổng kết 15 năm tổ chức triển khai thực hiện Chỉ thị số 38-CT/TW ngày 07/9/2009 của Ban Bí thư "
        "về đẩy mạnh công tác Bảo hiểm y tế trong tình hình mới.")
P_69 = ("2. Các chi bộ, đảng ủy cơ sở: Theo chức năng, nhiệm vụ thực hiện tốt nhiệm vụ được giao, đồng thời "
        "lãnh đạo triển khai Kế hoạch tại cơ quan, đơn vị, chú trọng phát huy vai trò báo cáo viên, tuyên truyền "
        "viên trong tuyên truyền miệng về công tác tuyên truyền, triển khai và thực hiện Kết luận số 69-KL/TW.")
P_36 = ("1.2. Nghị quyết số 36-NQ/TW, ngày 30/01/2023 của Bộ Chính trị khóa XIII về phát triển và ứng dụng "
        "công nghệ sinh học phục vụ phát triển bền vững đất nước trong tình hình mới;")
P_TRUC_QUAN = ("3. Tuyên truyền cổ động trực quan: Xây dựng các biểu ngữ, khẩu hiệu, băng rôn, pano, áp phích đặt "
               "tại các điểm công cộng, nơi đông dân cư như khu trung tâm, khu công nghiệp, siêu thị, cơ quan, "
               "trường học, trung tâm văn hóa - thể thao, chợ dân sinh...")

POSITIVE = [
    ("Phòng Kinh tế và Hạ tầng chủ động phối hợp với các ngành, địa phương đẩy nhanh việc tổ chức thực hiện "
     "Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2030. [1]", P_KTHT),
    ("Phòng Kinh tế và Hạ tầng gắn Chiến lược phát triển khoa học với Nghị quyết 45-NQ/TW và Kế hoạch 128-KH/HU.", P_KTHT),
    ("Cần tổng kết 15 năm thực hiện Chỉ thị số 38-CT/TW ngày 07/09/2009 về Bảo hiểm y tế.", P_38),
    ("Chỉ thị 38-CT/TW của Ban Bí thư về đẩy mạnh công tác bảo hiểm y tế.", P_38),
    ("Các chi bộ, đảng ủy cơ sở chú trọng phát huy vai trò báo cáo viên, tuyên truyền viên trong tuyên truyền miệng.", P_69),
    ("Nghị quyết 36-NQ/TW ngày 30/01/2023 của Bộ Chính trị về phát triển và ứng dụng công nghệ sinh học.", P_36),
    ("nghi quyet 36-NQ/TW ve phat trien va ung dung cong nghe sinh hoc", P_36),          # typed without diacritics
    ("Biểu ngữ, khẩu hiệu, pano, áp phích đặt tại khu công nghiệp, trường học, chợ dân sinh.", P_TRUC_QUAN),
    ("Nghị quyết 36-NQ/TW được ban hành ngày 30/01/2023.", P_36),                         # frame words only
]

NEGATIVE = [
    # another actor
    ("Phòng Y tế chủ động phối hợp với các ngành, địa phương đẩy nhanh việc tổ chức thực hiện Chiến lược "
     "phát triển khoa học, công nghệ và đổi mới sáng tạo.", P_KTHT),
    # another year / number / date / directive
    ("Chiến lược phát triển khoa học, công nghệ và đổi mới sáng tạo đến năm 2025.", P_KTHT),
    ("Cần tổng kết 20 năm thực hiện Chỉ thị số 38-CT/TW.", P_38),
    ("Năm 2024 cần tổng kết 15 năm thực hiện Chỉ thị số 38-CT/TW.", P_38),   # the passage has no 2024
    ("Chỉ thị số 38-CT/TW ngày 07/9/2008 về đẩy mạnh công tác Bảo hiểm y tế.", P_38),
    ("Tổng kết 15 năm thực hiện Chỉ thị số 37-CT/TW về đẩy mạnh công tác Bảo hiểm y tế.", P_38),
    ("Nghị quyết 36-NQ/TW ngày 01/7/2014 về phát triển và ứng dụng công nghệ sinh học.", P_36),
    # negation the passage does not have
    ("Các chi bộ, đảng ủy cơ sở không phát huy vai trò báo cáo viên, tuyên truyền viên.", P_69),
    # a claim the passage does not make
    ("Các chi bộ, đảng ủy cơ sở phải cấp kinh phí cho các trường đại học nghiên cứu công nghệ sinh học.", P_69),
    ("Kết luận 69 quy định mức lương của giảng viên đại học là 20 triệu đồng.", P_69),
    ("Biểu ngữ được đặt tại bệnh viện, bến xe và sân bay quốc tế.", P_TRUC_QUAN),
]


@pytest.mark.parametrize("claim,passage", POSITIVE)
def test_supported_pairs(claim, passage):
    j = judge(claim, passage)
    assert j.supported, j.reason


@pytest.mark.parametrize("claim,passage", NEGATIVE)
def test_unsupported_pairs(claim, passage):
    j = judge(claim, passage)
    assert not j.supported
    assert j.reason          # the judge says why


def test_joint_support_needs_both_passages():
    claim = "Chỉ thị 38-CT/TW về Bảo hiểm y tế và Nghị quyết 36-NQ/TW về công nghệ sinh học cần được thực hiện."
    assert not supports(claim, P_38)
    assert not supports(claim, P_36)
    assert supports(claim, [P_38, P_36])


def test_no_evidence_supports_nothing():
    assert not supports("Phòng Kinh tế và Hạ tầng chủ động phối hợp.", "")
    assert not supports("Phòng Kinh tế và Hạ tầng chủ động phối hợp.", [])


def test_coverage_and_missing_words_are_reported():
    j = judge("Phòng Kinh tế và Hạ tầng chịu trách nhiệm cấp kinh phí cho trường đại học.", P_KTHT)
    assert 0 < j.coverage < 0.75
    assert "kinh phí" in j.missing and "phòng" not in j.missing


def test_nfd_and_old_tone_marks_do_not_matter():
    import unicodedata
    claim = unicodedata.normalize("NFD", "Công tác Bảo hiểm y tế trong tình hình mới được đẩy mạnh.")
    assert supports(claim, P_38)
    assert supports("Phát huy vai trò báo cáo viên và tuyên truyền viên (hoà nhập).", P_69 + " hòa nhập")


def test_clean_claim_drops_markers_and_list_marks():
    assert clean_claim("- Phòng Y tế chủ động [1][2, 3].") == "Phòng Y tế chủ động ."
    assert clean_claim("3. Tuyên truyền [4]") == "Tuyên truyền"
