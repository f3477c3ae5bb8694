#!/usr/bin/env python3
"""Write questions.jsonl and who_what.jsonl for eval/blind17 from the lists held here."""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
F1 = "e01_kh52_hu_phuoc_lam_khcn_dmst_cds.txt"
F2 = "e02_tb326_tu_kim_thanh_ho_so_suc_khoe_dien_tu.txt"
F3 = "e03_kh87_bvdk_kim_thanh_chuyen_doi_so.docx"
F4 = "e04_bc145_pgddt_phuoc_lam_tong_ket_nam_hoc.md"
F5 = "e05_gm64_ubnd_phuoc_lam_tap_huan_ky_nang_so.txt"

Q = []          # list of dicts
BYKEY = {}      # local key -> question text (for history)


def q(key, text, kind, ev=(), kw=(), hist=(), actors=None):
    """ev: list of (file, quote); hist: local keys of earlier questions."""
    d = {"id": None, "question": text, "answerable": bool(ev), "kind": kind,
         "evidence": [{"source": f, "quote": s} for f, s in ev], "keywords": list(kw)}
    if hist:
        d["history"] = [BYKEY[h] for h in hist]
    if actors:
        d["actors"] = list(actors)
    BYKEY[key] = text
    Q.append(d)


def u(key, text, kind="unanswerable", hist=()):
    q(key, text, kind, (), (), hist)


# ---------------- e01: KH 52-KH/HU ----------------
q("a1", "Kế hoạch 52 của Huyện ủy Phước Lâm đặt chỉ tiêu đến năm 2027 tỷ lệ hồ sơ thủ tục hành chính xử lý trực tuyến toàn trình là bao nhiêu?", "factoid",
  [(F1, "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt ít nhất 80%")], ["80%"])
q("a2", "Còn phổ cập kỹ năng số cho người dân thì chỉ tiêu thế nào?", "follow-up",
  [(F1, "Ít nhất 70% người dân trong độ tuổi lao động được phổ cập kỹ năng số cơ bản")], ["70%"], ["a1"])
q("a3", "Ai lo tổ chức hội nghị quán triệt KH 52-KH/HU cho cán bộ chủ chốt, phải xong trước ngày nào?", "who-what",
  [(F1, "Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy tham mưu Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt"),
   (F1, "cán bộ chủ chốt của huyện, xong trước ngày 30/4/2026")],
  ["Ban Tuyên giáo và Dân vận Huyện ủy", "30/4/2026"], actors=["Ban Tuyên giáo và Dân vận Huyện ủy", "Văn phòng Huyện ủy"])
q("a4", "UBKT Huyện ủy được giao việc gì trong kế hoạch thực hiện NQ 57?", "who-what",
  [(F1, "Ủy ban Kiểm tra Huyện ủy đưa nội dung lãnh đạo, chỉ đạo thực hiện Nghị quyết số 57-NQ/TW vào chương trình kiểm tra, giám sát năm 2026 và năm 2027")],
  ["kiểm tra, giám sát"], actors=["Ủy ban Kiểm tra Huyện ủy"])
q("a5", "phong tai chinh ke hoach huyen phuoc lam duoc giao viec gi trong ke hoach 52", "no-diacritics",
  [(F1, "Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện trong dự toán ngân sách huyện hằng năm")],
  ["dự toán ngân sách huyện"])
q("a7", "Giai đoạn 2026-2027 Phước Lâm dự kiến bỏ ra bao nhiêu tiền ngân sách huyện cho chuyển đổi số?", "factoid",
  [(F1, "dự kiến dành khoảng 4,2 tỷ đồng từ ngân sách huyện, trong đó 1,5 tỷ đồng hỗ trợ các xã đặc biệt khó khăn")], ["4,2 tỷ đồng"])
q("a8", "Trong đó các xã khó khăn được hỗ trợ bao nhiêu?", "follow-up",
  [(F1, "trong đó 1,5 tỷ đồng hỗ trợ các xã đặc biệt khó khăn mua sắm thiết bị và đường truyền")], ["1,5 tỷ đồng"], ["a7"])
u("a9", "Riêng xã Suối Ngang được chia bao nhiêu trong số đó?", "follow-up", ["a7", "a8"])
q("a10", "Năm xã đặc biệt khó khăn của huyện Phước Lâm là những xã nào?", "list",
  [(F1, "05 xã đặc biệt khó khăn là Suối Ngang, Thạch Bàn, Nà Pồng, Khuổi Lếch và Đồng Mộc")],
  ["Suối Ngang", "Thạch Bàn", "Nà Pồng", "Khuổi Lếch", "Đồng Mộc"])
q("a11", "huyen doan phuoc lam phai lam gi theo ke hoach 52, han bao gio", "no-diacritics",
  [(F1, "Huyện đoàn chủ trì thành lập đội hình thanh niên tình nguyện hỗ trợ người dân cài đặt, sử dụng ứng dụng VNeID"),
   (F1, "tại 14/14 xã, thị trấn, xong trước ngày 30/6/2026")], ["VNeID", "30/6/2026"])
q("a13", "KH 52 của HU Phước Lâm ban hành ngày nào, để thực hiện văn bản nào của tỉnh?", "metadata",
  [(F1, "Phước Lâm, ngày 14 tháng 4 năm 2026"),
   (F1, "thực hiện Kế hoạch số 118-KH/TU ngày 10/3/2026 của Ban Thường vụ Tỉnh ủy")], ["14 tháng 4 năm 2026", "118-KH/TU"])
u("a14", "Kế hoạch 52-KH/HU giao Công an huyện nhiệm vụ gì về chuyển đổi số?")
q("a15", "Đảng ủy UBND huyện phải ban hành kế hoạch hành động trước ngày nào?", "who-what",
  [(F1, "Đảng ủy Ủy ban nhân dân huyện lãnh đạo Ủy ban nhân dân huyện ban hành kế hoạch hành động cụ thể hóa các mục tiêu"),
   (F1, "hoàn thành trước ngày 15/5/2026")], ["15/5/2026"], actors=["Đảng ủy Ủy ban nhân dân huyện"])
q("a16", "cac dang uy xa gui ke hoach thuc hien ve huyen truoc ngay nao", "no-diacritics",
  [(F1, "gửi về Ban Thường vụ Huyện ủy (qua Văn phòng Huyện ủy) trước ngày 20/5/2026")], ["20/5/2026"])
q("a17", "Còn báo cáo định kỳ thì nộp vào lúc nào?", "follow-up",
  [(F1, "định kỳ 6 tháng báo cáo kết quả thực hiện trước ngày 10/6 và ngày 10/12 hằng năm")], ["10/6", "10/12"], ["a16"])
q("a18", "Chuyên mục \"Phước Lâm chuyển mình\" do ai làm, phát mấy kỳ một tháng?", "who-what",
  [(F1, "Trung tâm Văn hóa, Thông tin và Thể thao huyện phối hợp với Ban Tuyên giáo và Dân vận Huyện ủy duy trì chuyên mục"),
   (F1, "phát sóng 02 kỳ mỗi tháng")], ["Trung tâm Văn hóa, Thông tin và Thể thao huyện", "02 kỳ"],
  actors=["Trung tâm Văn hóa, Thông tin và Thể thao huyện"])
u("a19", "Hội nghị quán triệt KH 52-KH/HU tổ chức ở hội trường nào?")
q("a20", "Hội Phụ nữ huyện được giao làm gì, phối hợp với ai?", "who-what",
  [(F1, "Hội Liên hiệp Phụ nữ huyện phối hợp với Hội Nông dân huyện hướng dẫn hội viên bán hàng qua mạng")],
  ["Hội Nông dân huyện", "bán hàng qua mạng"], actors=["Hội Liên hiệp Phụ nữ huyện", "Hội Nông dân huyện"])
u("a21", "Khi nào Ban Thường vụ Huyện ủy tổng kết 5 năm thực hiện Kế hoạch 52?")
u("a22", "Kế hoạch 52 giao xã Đồng Mộc xây dựng mô hình nông nghiệp thông minh nào?")

# ---------------- e02: TB 326-TB/TU ----------------
q("b1", "Thường trực Tỉnh ủy Kim Thành làm việc với Sở Y tế về hồ sơ sức khỏe điện tử hôm nào, ai chủ trì?", "factoid",
  [(F2, "Ngày 15/5/2026, tại Phòng họp số 2, trụ sở Tỉnh ủy, Thường trực Tỉnh ủy làm việc với Sở Y tế"),
   (F2, "Đồng chí Trần Minh Khoa, Phó Bí thư Thường trực Tỉnh ủy chủ trì buổi làm việc")], ["15/5/2026", "Trần Minh Khoa"])
q("b2", "Tính đến cuối tháng 4 năm nay cả tỉnh lập được bao nhiêu hồ sơ sức khỏe điện tử?", "factoid",
  [(F2, "toàn tỉnh đã lập được 812.400 hồ sơ sức khỏe điện tử, đạt 68,3% dân số")], ["812.400", "68,3%"])
q("b3", "con o huyen phuoc lam thi dat bao nhieu", "follow-up",
  [(F2, "huyện Phước Lâm mới đạt 41,7% và huyện Đá Trắng đạt 45,2%")], ["41,7%"], ["b2"])
q("b4", "Vậy đến cuối năm 2026 tỉnh đặt mục tiêu bao nhiêu?", "follow-up",
  [(F2, "phấn đấu đến ngày 31/12/2026 đạt ít nhất 85% dân số có hồ sơ sức khỏe điện tử")], ["85%"], ["b2", "b3"])
q("b5", "bao nhieu benh vien cong lap da bo han benh an giay", "no-diacritics",
  [(F2, "Có 3/11 bệnh viện công lập đã triển khai bệnh án điện tử, không sử dụng bệnh án giấy")], ["3/11"])
q("b6", "Có bao nhiêu trạm y tế xã đã kết nối phần mềm với hệ thống liên thông của SYT?", "abbreviation",
  [(F2, "128/141 trạm y tế xã, phường, thị trấn đã kết nối phần mềm quản lý trạm y tế")], ["128/141"])
u("b7", "Những trạm chưa kết nối đó nằm ở xã nào?", "follow-up", ["b6"])
q("b8", "Sở Tài chính được Thường trực Tỉnh ủy giao việc gì, trình trước ngày nào?", "who-what",
  [(F2, "Sở Tài chính chủ trì, phối hợp với Sở Y tế tham mưu Ủy ban nhân dân tỉnh bố trí khoảng 18,6 tỷ đồng"),
   (F2, "trình trước ngày 15/7/2026")], ["18,6 tỷ đồng", "15/7/2026"], actors=["Sở Tài chính"])
q("b9", "Theo TB 326, Sở Y tế phối hợp với cơ quan nào để làm sạch dữ liệu hồ sơ sức khỏe với CSDL dân cư?", "who-what",
  [(F2, "Đảng ủy Sở Y tế lãnh đạo Sở Y tế chủ trì, phối hợp với Công an tỉnh làm sạch, đồng bộ dữ liệu hồ sơ sức khỏe điện tử")],
  ["Công an tỉnh"], actors=["Công an tỉnh", "Sở Y tế"])
q("b10", "Việc đó phải xong trước ngày nào?", "follow-up",
  [(F2, "với Cơ sở dữ liệu quốc gia về dân cư, hoàn thành trước ngày 30/9/2026")], ["30/9/2026"], ["b9"])
q("b11", "bhxh tinh duoc giao lam gi trong thong bao ket luan ve ho so suc khoe dien tu", "no-diacritics",
  [(F2, "Bảo hiểm xã hội tỉnh phối hợp với Sở Y tế liên thông dữ liệu khám chữa bệnh bảo hiểm y tế")], ["liên thông dữ liệu"])
q("b12", "Ban Tuyên giáo và Dân vận Tỉnh ủy phải làm gì để tuyên truyền về hồ sơ sức khỏe điện tử?", "who-what",
  [(F2, "Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo các cơ quan báo chí của tỉnh mở chuyên mục tuyên truyền lợi ích của hồ sơ sức khỏe điện tử")],
  ["cơ quan báo chí"], actors=["Ban Tuyên giáo và Dân vận Tỉnh ủy"])
q("b13", "Huyện ủy Phước Lâm phải gửi kế hoạch riêng về hồ sơ sức khỏe điện tử lên tỉnh trước ngày nào?", "factoid",
  [(F2, "riêng Huyện ủy Phước Lâm và Huyện ủy Đá Trắng có kế hoạch riêng, gửi Thường trực Tỉnh ủy trước ngày 15/6/2026")], ["15/6/2026"])
q("b14", "Ngành y tế tỉnh đang vướng những hạn chế gì khi làm hồ sơ sức khỏe điện tử?", "list",
  [(F2, "dữ liệu giữa các tuyến chưa được đồng bộ, nhiều hồ sơ còn thiếu thông tin tiền sử bệnh"),
   (F2, "toàn ngành mới có 37 người có trình độ chuyên ngành công nghệ thông tin")], ["chưa được đồng bộ", "37 người"])
q("b15", "Thông báo kết luận về hồ sơ sức khỏe điện tử số mấy, ai ký?", "metadata",
  [(F2, "Số 326-TB/TU THÔNG BÁO KẾT LUẬN"), (F2, "CHÁNH VĂN PHÒNG Đỗ Thanh Tùng")], ["326-TB/TU", "Đỗ Thanh Tùng"])
u("b16", "Khoản 18,6 tỷ đồng nâng cấp hạ tầng công nghệ thông tin ngành y tế lấy từ nguồn vốn nào?")
u("b17", "TT Tỉnh ủy giao Sở GD&ĐT việc gì tại buổi làm việc với Sở Y tế?")
u("b18", "buoi lam viec cua thuong truc tinh uy voi so y te ngay 20/6/2026 ket luan nhung gi", "unanswerable")
q("b19", "Ai theo dõi đôn đốc thực hiện TB 326, và Sở Y tế phải báo cáo kết quả khi nào?", "who-what",
  [(F2, "Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Thông báo này; Sở Y tế báo cáo kết quả thực hiện với Thường trực Tỉnh ủy trước ngày 15/10/2026")],
  ["Văn phòng Tỉnh ủy", "15/10/2026"], actors=["Văn phòng Tỉnh ủy"])
q("b20", "so khcn phai danh gia an toan thong tin cap do may cho he thong benh an dien tu", "no-diacritics",
  [(F2, "kiểm tra, đánh giá an toàn thông tin cấp độ 3 đối với hệ thống bệnh án điện tử của các bệnh viện")], ["cấp độ 3"])

# ---------------- e03: KH 87/KH-BV (docx) ----------------
q("c1", "Kế hoạch chuyển đổi số của Bệnh viện Đa khoa tỉnh số mấy, ban hành ngày nào?", "metadata",
  [(F3, "BỆNH VIỆN ĐA KHOA TỈNH Số: 87/KH-BV"), (F3, "Kim Châu, ngày 05 tháng 6 năm 2026")], ["87/KH-BV", "05 tháng 6 năm 2026"])
q("c2", "Ai ký KH 87/KH-BV?", "metadata",
  [(F3, "GIÁM ĐỐC BSCKII. Ngô Đình Hải")], ["Ngô Đình Hải"])
q("c4", "Khoa nào ở bệnh viện tỉnh làm thí điểm bệnh án điện tử trước?", "who-what",
  [(F3, "Triển khai thí điểm bệnh án điện tử tại Khoa Nội tim mạch và Khoa Nhi")], ["Khoa Nội tim mạch", "Khoa Nhi"],
  actors=["Khoa Nội tim mạch", "Khoa Nhi"])
q("c5", "Thí điểm vào tháng mấy, kéo dài bao lâu?", "follow-up",
  [(F3, "Tháng 7/2026 (thí điểm 01 tháng)")], ["Tháng 7/2026", "01 tháng"], ["c4"])
q("c6", "Theo KH 87, phòng nào lo chữ ký số cho bác sĩ, điều dưỡng và hạn khi nào?", "who-what",
  [(F3, "Ký chữ ký số cho bác sĩ, điều dưỡng; ban hành quy chế sử dụng chữ ký số"), (F3, "Trước ngày 31/7/2026")],
  ["Phòng Tổ chức cán bộ", "31/7/2026"], actors=["Phòng Tổ chức cán bộ"])
q("c7", "ai dao tao benh an dien tu cho nhan vien benh vien tinh, khoang bao nhieu nguoi", "no-diacritics",
  [(F3, "Đào tạo sử dụng bệnh án điện tử cho khoảng 1.100 nhân viên y tế"), (F3, "Phòng Điều dưỡng; Phòng Công nghệ thông tin")],
  ["Phòng Điều dưỡng", "1.100"])
q("c8", "Tổng kinh phí KH CĐS của bệnh viện tỉnh là bao nhiêu?", "abbreviation",
  [(F3, "Tổng kinh phí dự kiến là 9,8 tỷ đồng, trong đó đề nghị ngân sách tỉnh hỗ trợ 6,3 tỷ đồng")], ["9,8 tỷ đồng"])
q("c9", "Phần bệnh viện tự lo thì lấy từ đâu?", "follow-up",
  [(F3, "phần còn lại 3,5 tỷ đồng từ Quỹ phát triển hoạt động sự nghiệp của Bệnh viện")],
  ["3,5 tỷ đồng", "Quỹ phát triển hoạt động sự nghiệp"], ["c8"])
q("c10", "Ai lập dự toán chi tiết và phải trình khi nào?", "follow-up",
  [(F3, "Phòng Tài chính kế toán lập dự toán chi tiết, trình Giám đốc trước ngày 30/6/2026")],
  ["Phòng Tài chính kế toán", "30/6/2026"], ["c8", "c9"])
q("c11", "Bệnh viện đặt mục tiêu thanh toán viện phí không tiền mặt và đặt lịch khám online bao nhiêu phần trăm?", "list",
  [(F3, "ít nhất 70% giao dịch viện phí được thanh toán không dùng tiền mặt"),
   (F3, "ít nhất 60% người bệnh đến khám đặt lịch hẹn trực tuyến")], ["70%", "60%"])
q("c12", "Phòng nào là đầu mối đôn đốc các khoa và báo cáo Sở Y tế hằng tháng?", "who-what",
  [(F3, "Phòng Kế hoạch tổng hợp là đầu mối theo dõi, đôn đốc các khoa, phòng; tổng hợp báo cáo Sở Y tế hằng tháng trước ngày 25")],
  ["Phòng Kế hoạch tổng hợp", "trước ngày 25"], actors=["Phòng Kế hoạch tổng hợp"])
q("c13", "Phó Trưởng ban thường trực Ban Chỉ đạo CĐS của bệnh viện là ai?", "abbreviation",
  [(F3, "Phó Giám đốc Lương Thị Mai làm Phó Trưởng ban thường trực")], ["Lương Thị Mai"])
q("c14", "phong cntt benh vien da khoa tinh co may nguoi", "no-diacritics",
  [(F3, "Phòng Công nghệ thông tin có 06 viên chức, trong đó chỉ có 02 người có trình độ đại học chuyên ngành")], ["06 viên chức"])
u("c15", "Bệnh viện Đa khoa tỉnh dùng phần mềm bệnh án điện tử của công ty nào?")
u("c16", "Theo KH 87, mỗi khoa được cấp bao nhiêu máy tính mới?")
u("c17", "benh vien da khoa tinh da co quyet dinh cong nhan benh an dien tu chua, so may", "unanswerable")
u("c18", "Kế hoạch chuyển đổi số của Bệnh viện Y dược cổ truyền tỉnh giao những nhiệm vụ gì?")
q("c19", "Đoàn Thanh niên bệnh viện làm gì trong kế hoạch chuyển đổi số?", "who-what",
  [(F3, "Đoàn Thanh niên Bệnh viện thành lập đội tình nguyện hướng dẫn người bệnh đặt lịch khám trực tuyến")],
  ["đội tình nguyện"], actors=["Đoàn Thanh niên Bệnh viện"])
q("c20", "KH 87/KH-BV căn cứ vào những văn bản nào?", "list",
  [(F3, "Thông báo kết luận số 326-TB/TU ngày 22/5/2026 của Thường trực Tỉnh ủy"),
   (F3, "Kế hoạch số 140/KH-SYT ngày 28/5/2026 của Sở Y tế"),
   (F3, "Thông tư số 13/2025/TT-BYT của Bộ trưởng Bộ Y tế")], ["326-TB/TU", "140/KH-SYT", "13/2025/TT-BYT"])

# ---------------- e04: BC 145/BC-PGDĐT ----------------
q("d1", "Năm học 2025-2026 huyện Phước Lâm có bao nhiêu trường công lập và bao nhiêu học sinh?", "factoid",
  [(F4, "toàn huyện có 45 trường công lập (15 trường mầm non, 17 trường tiểu học, 13 trường trung học cơ sở) với 624 nhóm, lớp và 18.652 trẻ em, học sinh")],
  ["45 trường", "18.652"])
q("d2", "Tỷ lệ HS lớp 9 được công nhận tốt nghiệp THCS năm nay là bao nhiêu?", "abbreviation",
  [(F4, "có 1.437/1.443 học sinh lớp 9 được công nhận tốt nghiệp, đạt tỷ lệ 99,58%")], ["99,58%"])
q("d3", "Còn tỷ lệ bỏ học ở cấp đó?", "follow-up",
  [(F4, "tỷ lệ học sinh bỏ học là 0,41% (25 em), tập trung ở hai xã Nà Pồng và Khuổi Lếch")], ["0,41%"], ["d2"])
q("d4", "Năm học tới phấn đấu giảm xuống còn bao nhiêu?", "follow-up",
  [(F4, "giảm tỷ lệ học sinh bỏ học cấp THCS xuống dưới 0,3%")], ["0,3%"], ["d2", "d3"])
q("d5", "so hoc sinh thcs phuoc lam nam hoc 2025-2026 la bao nhieu", "no-diacritics",
  [(F4, "THCS | 13 | 164 | 6.052 | 337 | 8 | 98,6")], ["6.052"])
q("d6", "Mầm non ở Phước Lâm huy động được bao nhiêu phần trăm trẻ, tính cho độ tuổi nào?", "factoid",
  [(F4, "Mầm non | 15 | 162 | 4.386 | 298 | 9 | 96,8"), (F4, "tỷ lệ huy động ở cấp mầm non tính cho trẻ từ 3 đến 5 tuổi")],
  ["96,8", "3 đến 5 tuổi"])
q("d7", "Hai trường nào vừa được công nhận đạt chuẩn quốc gia trong năm học?", "list",
  [(F4, "Trường Tiểu học An Phú và Trường THCS Hợp Thành được công nhận mới")], ["Trường Tiểu học An Phú", "Trường THCS Hợp Thành"])
q("d8", "Có bao nhiêu trường THCS đã dạy STEM, còn mấy trường chưa làm?", "abbreviation",
  [(F4, "Có 09/13 trường trung học cơ sở đã tổ chức dạy học theo chủ đề STEM, 04 trường chưa triển khai do thiếu thiết bị")],
  ["09/13", "04 trường"])
q("d9", "Phòng GD&ĐT xin huyện bao nhiêu tiền để mua thiết bị cho mấy trường đó?", "follow-up",
  [(F4, "Đề nghị Ủy ban nhân dân huyện bố trí 2,8 tỷ đồng để mua sắm thiết bị giáo dục STEM cho 04 trường THCS chưa triển khai")],
  ["2,8 tỷ đồng"], ["d8"])
q("d10", "Huyện đang thiếu giáo viên những môn nào, thiếu bao nhiêu người?", "list",
  [(F4, "thiếu 41 giáo viên so với định mức, trong đó thiếu 18 giáo viên Tiếng Anh, 14 giáo viên Tin học và 09 giáo viên Âm nhạc, Mỹ thuật")],
  ["41 giáo viên", "18 giáo viên Tiếng Anh", "14 giáo viên Tin học"])
q("d11", "con bao nhieu phong hoc tam, phong hoc muon", "no-diacritics",
  [(F4, "Còn 27 phòng học tạm, phòng học mượn, chủ yếu ở các điểm trường lẻ")], ["27 phòng học tạm"])
q("d13", "Các trường THCS phải nộp kế hoạch dạy STEM cho Phòng trước ngày nào?", "who-what",
  [(F4, "Các trường trung học cơ sở chủ động xây dựng kế hoạch dạy học STEM, báo cáo Phòng trước ngày 15/8/2026")],
  ["15/8/2026"], actors=["Các trường trung học cơ sở"])
q("d14", "Báo cáo năm học đề nghị Sở GD&ĐT hỗ trợ những gì?", "who-what",
  [(F4, "Đề nghị Sở Giáo dục và Đào tạo quan tâm phân bổ chỉ tiêu hợp đồng giáo viên cho huyện và tổ chức tập huấn giáo dục STEM cho giáo viên THCS trong tháng 7/2026")],
  ["chỉ tiêu hợp đồng giáo viên", "tháng 7/2026"], actors=["Sở Giáo dục và Đào tạo"])
q("d15", "Báo cáo tổng kết năm học của Phòng GD&ĐT Phước Lâm do ai ký, ngày nào?", "metadata",
  [(F4, "TRƯỞNG PHÒNG (đã ký) Vũ Thị Hồng Nhung"), (F4, "Phước Lâm, ngày 10 tháng 6 năm 2026")],
  ["Vũ Thị Hồng Nhung", "10 tháng 6 năm 2026"])
u("d16", "Tỷ lệ học sinh lớp 12 ở Phước Lâm đỗ tốt nghiệp THPT năm 2026 là bao nhiêu?")
u("d17", "Điểm chuẩn vào lớp 10 Trường THPT Phước Lâm năm học 2026-2027 là bao nhiêu?")
u("d18", "truong tieu hoc an phu co bao nhieu hoc sinh", "unanswerable")
u("d19", "Kỳ thi tuyển sinh lớp 10 năm nay ở Phước Lâm có bao nhiêu thí sinh dự thi?")

# ---------------- e05: GM 64/GM-UBND ----------------
q("e1", "Hội nghị tập huấn kỹ năng số cho cán bộ xã tổ chức lúc nào, ở đâu?", "factoid",
  [(F5, "bắt đầu từ 07 giờ 30 phút, thứ Năm, ngày 25/6/2026"),
   (F5, "Hội trường tầng 2, Trung tâm Chính trị huyện Phước Lâm")], ["25/6/2026", "Trung tâm Chính trị huyện Phước Lâm"])
q("e2", "Ai chủ trì?", "follow-up",
  [(F5, "Chủ trì hội nghị: Đồng chí Đặng Văn Sơn, Phó Chủ tịch Ủy ban nhân dân huyện")], ["Đặng Văn Sơn"], ["e1"])
q("e3", "moi xa cu may nguoi di", "follow-up",
  [(F5, "mỗi xã, thị trấn cử 05 người")], ["05 người"], ["e1", "e2"])
q("e4", "Gồm những chức danh nào?", "follow-up",
  [(F5, "01 đồng chí Phó Chủ tịch Ủy ban nhân dân phụ trách văn hóa - xã hội; công chức Văn phòng - Thống kê; công chức Văn hóa - Xã hội"),
   (F5, "công chức Tư pháp - Hộ tịch và Tổ trưởng Tổ công nghệ số cộng đồng")],
  ["Phó Chủ tịch Ủy ban nhân dân", "Tổ trưởng Tổ công nghệ số cộng đồng"], ["e1", "e2", "e3"])
q("e5", "gm 64 cua ubnd huyen phuoc lam lien he ai, so dien thoai bao nhieu", "no-diacritics",
  [(F5, "bà Trịnh Thu Hà, chuyên viên Phòng Văn hóa và Thông tin huyện, điện thoại 0987 214 356")], ["Trịnh Thu Hà", "0987 214 356"])
q("e6", "xa gui danh sach dai bieu truoc may gio ngay nao, gui vao email nao", "no-diacritics",
  [(F5, "trước 16 giờ 00, ngày 23/6/2026 qua địa chỉ thư điện tử vhtt.phuoclam@kimthanh.gov.vn")],
  ["16 giờ 00", "23/6/2026", "vhtt.phuoclam@kimthanh.gov.vn"])
q("e7", "Đi tập huấn kỹ năng số cần mang theo những gì?", "list",
  [(F5, "Đại biểu mang theo máy tính xách tay, điện thoại thông minh đã cài ứng dụng VNeID (tài khoản định danh điện tử mức độ 2)")],
  ["máy tính xách tay", "VNeID"])
q("e8", "Ai chuẩn bị tài liệu cho hội nghị tập huấn, in bao nhiêu bộ?", "who-what",
  [(F5, "Phòng Văn hóa và Thông tin chủ trì, phối hợp với Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện xây dựng chương trình, kịch bản và in 90 bộ tài liệu hội nghị")],
  ["Phòng Văn hóa và Thông tin", "90 bộ"],
  actors=["Phòng Văn hóa và Thông tin", "Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"])
q("e9", "Hạn xong việc này là ngày nào?", "follow-up",
  [(F5, "in 90 bộ tài liệu hội nghị, hoàn thành trước ngày 24/6/2026")], ["24/6/2026"], ["e8"])
q("e10", "Trung tâm Chính trị huyện phải chuẩn bị những gì cho hội nghị?", "who-what",
  [(F5, "Trung tâm Chính trị huyện chuẩn bị hội trường, nước uống và phòng thực hành với 30 máy tính có kết nối mạng")],
  ["30 máy tính"], actors=["Trung tâm Chính trị huyện"])
q("e11", "Trung tâm VH-TT&TT huyện lo khâu gì cho hội nghị tập huấn?", "who-what",
  [(F5, "Trung tâm Văn hóa, Thông tin và Thể thao huyện bảo đảm âm thanh, màn chiếu, đường truyền Internet cho hội trường")],
  ["âm thanh", "màn chiếu"], actors=["Trung tâm Văn hóa, Thông tin và Thể thao huyện"])
q("e12", "Báo cáo viên của Sở KH&CN ở hội nghị là ai?", "abbreviation",
  [(F5, "Ông Nguyễn Hữu Phước, Phó Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ tỉnh Kim Thành")], ["Nguyễn Hữu Phước"])
q("e13", "Giấy mời tập huấn kỹ năng số số mấy, ai ký?", "metadata",
  [(F5, "Số: 64/GM-UBND Phước Lâm, ngày 18 tháng 6 năm 2026"), (F5, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đặng Văn Sơn")],
  ["64/GM-UBND", "Đặng Văn Sơn"])
u("e15", "Đại biểu cấp xã được hỗ trợ tiền ăn trưa bao nhiêu một người?")
u("e16", "Đợt 2 tập huấn kỹ năng số cho cán bộ xã tổ chức khi nào?")
u("e17", "hoi nghi tap huan ky nang so co cap chung chi cho hoc vien khong", "unanswerable")
u("e18", "Tổng kinh phí tổ chức hội nghị theo GM 64 là bao nhiêu tiền?")

# ---------------- corpus-level ----------------
q("f1", "Những văn bản nào trong bộ này triển khai Kế hoạch 52-KH/HU của Huyện ủy?", "corpus",
  [(F4, "Thực hiện Kế hoạch số 52-KH/HU ngày 14/4/2026 của Ban Thường vụ Huyện ủy, Phòng đã chỉ đạo"),
   (F5, "Thực hiện Kế hoạch số 52-KH/HU ngày 14/4/2026 của Ban Thường vụ Huyện ủy Phước Lâm")],
  ["145/BC-PGDĐT", "64/GM-UBND"])
q("f2", "Văn bản nào cụ thể hóa Thông báo kết luận 326-TB/TU về hồ sơ sức khỏe điện tử?", "corpus",
  [(F3, "Thông báo kết luận số 326-TB/TU ngày 22/5/2026 của Thường trực Tỉnh ủy")], ["87/KH-BV"])
q("f3", "Có mấy văn bản do cơ quan cấp huyện ở Phước Lâm ban hành?", "corpus",
  [(F1, "Ban Thường vụ Huyện ủy Phước Lâm xây dựng Kế hoạch thực hiện trên địa bàn huyện"),
   (F4, "Phòng Giáo dục và Đào tạo huyện Phước Lâm báo cáo kết quả năm học"),
   (F5, "Số: 64/GM-UBND Phước Lâm, ngày 18 tháng 6 năm 2026")], ["52-KH/HU", "145/BC-PGDĐT", "64/GM-UBND"])
q("f4", "Những văn bản nào có nhắc tới Nghị quyết 57-NQ/TW?", "corpus",
  [(F1, "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"),
   (F3, "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá")], ["52-KH/HU", "87/KH-BV"])
u("f5", "Công văn 1032/SGDĐT-KHTC của Sở GD&ĐT yêu cầu báo cáo những nội dung gì?")
u("f6", "KH 118-KH/TU của Tỉnh ủy đặt mục tiêu kinh tế số chiếm bao nhiêu phần trăm GRDP toàn tỉnh?")
u("f7", "Kế hoạch 96/KH-UBND của UBND huyện giao Phòng Văn hóa và Thông tin những chỉ tiêu gì?")


def main():
    for i, d in enumerate(Q, 1):
        d["id"] = "ex%03d" % i
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
        for d in Q:
            fh.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as fh:
        for w in WHO_WHAT:
            fh.write(json.dumps(w, ensure_ascii=False) + "\n")
    print(len(Q), "questions;", len(WHO_WHAT), "who-what lines")


def A(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}


WHO_WHAT = [
    {"id": "we01", "directive": "KH 52-KH/HU", "source": F1, "actors": [
        A("Ban Tuyên giáo và Dân vận Huyện ủy", "chủ trì", "xong trước ngày 30/4/2026",
          "Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy tham mưu Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt"),
        A("Văn phòng Huyện ủy", "phối hợp", "xong trước ngày 30/4/2026",
          "Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Văn phòng Huyện ủy tham mưu Ban Thường vụ Huyện ủy tổ chức hội nghị quán triệt"),
        A("Ủy ban Kiểm tra Huyện ủy", None, None,
          "Ủy ban Kiểm tra Huyện ủy đưa nội dung lãnh đạo, chỉ đạo thực hiện Nghị quyết số 57-NQ/TW vào chương trình kiểm tra, giám sát"),
        A("Đảng ủy Ủy ban nhân dân huyện", None, "hoàn thành trước ngày 15/5/2026",
          "Đảng ủy Ủy ban nhân dân huyện lãnh đạo Ủy ban nhân dân huyện ban hành kế hoạch hành động cụ thể hóa các mục tiêu"),
        A("Phòng Văn hóa và Thông tin", "chủ trì", "hoàn thành trong quý III/2026",
          "chỉ đạo Phòng Văn hóa và Thông tin chủ trì, phối hợp với Phòng Nội vụ tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã"),
        A("Phòng Nội vụ", "phối hợp", "hoàn thành trong quý III/2026",
          "chỉ đạo Phòng Văn hóa và Thông tin chủ trì, phối hợp với Phòng Nội vụ tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã"),
        A("Phòng Tài chính - Kế hoạch", None, None,
          "Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí thực hiện trong dự toán ngân sách huyện hằng năm"),
        A("Phòng Nông nghiệp và Môi trường", None, "hoàn thành trước ngày 31/12/2026",
          "Phòng Nông nghiệp và Môi trường hướng dẫn các hợp tác xã áp dụng mã QR truy xuất nguồn gốc nông sản"),
        A("Phòng Giáo dục và Đào tạo", None, "từ năm học 2026 - 2027",
          "Phòng Giáo dục và Đào tạo tham mưu triển khai giáo dục STEM tại 100% trường trung học cơ sở từ năm học 2026 - 2027"),
        A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", None, None,
          "Trung tâm Văn hóa, Thông tin và Thể thao huyện phối hợp với Ban Tuyên giáo và Dân vận Huyện ủy duy trì chuyên mục \"Phước Lâm chuyển mình\""),
        A("Ban Tuyên giáo và Dân vận Huyện ủy", "phối hợp", None,
          "Trung tâm Văn hóa, Thông tin và Thể thao huyện phối hợp với Ban Tuyên giáo và Dân vận Huyện ủy duy trì chuyên mục \"Phước Lâm chuyển mình\""),
        A("Trung tâm Y tế huyện", None, None,
          "Trung tâm Y tế huyện triển khai hồ sơ sức khỏe điện tử cho người dân theo hướng dẫn của Sở Y tế"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", None, None,
          "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện phát động phong trào \"Bình dân học vụ số\""),
        A("các đoàn thể chính trị - xã hội huyện", None, None,
          "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện phát động phong trào \"Bình dân học vụ số\""),
        A("Huyện đoàn", "chủ trì", "xong trước ngày 30/6/2026",
          "Huyện đoàn chủ trì thành lập đội hình thanh niên tình nguyện hỗ trợ người dân cài đặt, sử dụng ứng dụng VNeID"),
        A("Hội Liên hiệp Phụ nữ huyện", None, None,
          "Hội Liên hiệp Phụ nữ huyện phối hợp với Hội Nông dân huyện hướng dẫn hội viên bán hàng qua mạng"),
        A("Hội Nông dân huyện", "phối hợp", None,
          "Hội Liên hiệp Phụ nữ huyện phối hợp với Hội Nông dân huyện hướng dẫn hội viên bán hàng qua mạng"),
        A("Các đảng ủy xã, thị trấn", None, "trước ngày 20/5/2026",
          "Các đảng ủy xã, thị trấn căn cứ Kế hoạch này xây dựng kế hoạch thực hiện phù hợp với tình hình địa phương"),
        A("Văn phòng Huyện ủy", "chủ trì", None,
          "Văn phòng Huyện ủy chủ trì, phối hợp với Ban Tuyên giáo và Dân vận Huyện ủy theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch"),
        A("Ban Tuyên giáo và Dân vận Huyện ủy", "phối hợp", None,
          "Văn phòng Huyện ủy chủ trì, phối hợp với Ban Tuyên giáo và Dân vận Huyện ủy theo dõi, đôn đốc, tổng hợp tình hình thực hiện Kế hoạch"),
    ], "intruders": ["Lê Quang Vinh", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ THƯỜNG TRỰC", "ĐẢNG CỘNG SẢN VIỆT NAM",
                     "ĐẢNG BỘ TỈNH KIM THÀNH", "Ban Thường vụ Tỉnh ủy (b/c)", "Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c)",
                     "Các đồng chí Huyện ủy viên", "Lưu Văn phòng Huyện ủy", "Số 52-KH/HU", "Bộ Chính trị"]},
    {"id": "we02", "directive": "TB 326-TB/TU", "source": F2, "actors": [
        A("Ban cán sự đảng Ủy ban nhân dân tỉnh", None, "đến ngày 31/12/2026",
          "Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh chỉ đạo quyết liệt việc triển khai hồ sơ sức khỏe điện tử"),
        A("Đảng ủy Sở Y tế", None, "hoàn thành trước ngày 30/9/2026",
          "Đảng ủy Sở Y tế lãnh đạo Sở Y tế chủ trì, phối hợp với Công an tỉnh làm sạch, đồng bộ dữ liệu hồ sơ sức khỏe điện tử"),
        A("Sở Y tế", "chủ trì", "hoàn thành trước ngày 30/9/2026",
          "Đảng ủy Sở Y tế lãnh đạo Sở Y tế chủ trì, phối hợp với Công an tỉnh làm sạch, đồng bộ dữ liệu hồ sơ sức khỏe điện tử"),
        A("Công an tỉnh", "phối hợp", "hoàn thành trước ngày 30/9/2026",
          "Đảng ủy Sở Y tế lãnh đạo Sở Y tế chủ trì, phối hợp với Công an tỉnh làm sạch, đồng bộ dữ liệu hồ sơ sức khỏe điện tử"),
        A("Bệnh viện Đa khoa tỉnh", None, "trước ngày 30/9/2026",
          "Sở Y tế chỉ đạo Bệnh viện Đa khoa tỉnh hoàn thành triển khai bệnh án điện tử trước ngày 30/9/2026"),
        A("các bệnh viện tuyến tỉnh còn lại", None, "hoàn thành trước ngày 31/12/2026",
          "các bệnh viện tuyến tỉnh còn lại hoàn thành trước ngày 31/12/2026"),
        A("các Trung tâm Y tế huyện", None, "trong tháng 7 và tháng 8/2026",
          "Sở Y tế chỉ đạo các Trung tâm Y tế huyện tổ chức đợt cao điểm lập hồ sơ sức khỏe điện tử tại các xã vùng sâu, vùng xa"),
        A("Sở Tài chính", "chủ trì", "trình trước ngày 15/7/2026",
          "Sở Tài chính chủ trì, phối hợp với Sở Y tế tham mưu Ủy ban nhân dân tỉnh bố trí khoảng 18,6 tỷ đồng"),
        A("Sở Y tế", "phối hợp", "trình trước ngày 15/7/2026",
          "Sở Tài chính chủ trì, phối hợp với Sở Y tế tham mưu Ủy ban nhân dân tỉnh bố trí khoảng 18,6 tỷ đồng"),
        A("Sở Khoa học và Công nghệ", None, None,
          "Sở Khoa học và Công nghệ bảo đảm kết nối, an toàn thông tin cho hệ thống hồ sơ sức khỏe điện tử tại Trung tâm dữ liệu tỉnh"),
        A("Bảo hiểm xã hội tỉnh", None, None,
          "Bảo hiểm xã hội tỉnh phối hợp với Sở Y tế liên thông dữ liệu khám chữa bệnh bảo hiểm y tế"),
        A("Ban Tuyên giáo và Dân vận Tỉnh ủy", None, None,
          "Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo các cơ quan báo chí của tỉnh mở chuyên mục tuyên truyền"),
        A("Các huyện ủy, thành ủy", None, None,
          "Các huyện ủy, thành ủy chỉ đạo Ủy ban nhân dân cùng cấp phối hợp với ngành y tế huy động Tổ công nghệ số cộng đồng"),
        A("Huyện ủy Phước Lâm", None, "trước ngày 15/6/2026",
          "riêng Huyện ủy Phước Lâm và Huyện ủy Đá Trắng có kế hoạch riêng, gửi Thường trực Tỉnh ủy trước ngày 15/6/2026"),
        A("Huyện ủy Đá Trắng", None, "trước ngày 15/6/2026",
          "riêng Huyện ủy Phước Lâm và Huyện ủy Đá Trắng có kế hoạch riêng, gửi Thường trực Tỉnh ủy trước ngày 15/6/2026"),
        A("Văn phòng Tỉnh ủy", None, None,
          "Giao Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Thông báo này"),
        A("Sở Y tế", None, "trước ngày 15/10/2026",
          "Sở Y tế báo cáo kết quả thực hiện với Thường trực Tỉnh ủy trước ngày 15/10/2026"),
    ], "intruders": ["Đỗ Thanh Tùng", "Trần Minh Khoa", "Hoàng Thị Lan", "Phạm Văn Đức", "T/L BAN THƯỜNG VỤ",
                     "CHÁNH VĂN PHÒNG", "Lưu Văn phòng Tỉnh ủy", "Số 326-TB/TU", "ĐẢNG CỘNG SẢN VIỆT NAM",
                     "Đồng chí Chánh, Phó Chánh Văn phòng Tỉnh ủy", "Thường trực Tỉnh ủy (b/c)"]},
    {"id": "we03", "directive": "KH 87/KH-BV", "source": F3, "actors": [
        A("Phòng Công nghệ thông tin", None, "Quý III/2026",
          "Nâng cấp máy chủ, hệ thống lưu trữ và đường truyền dự phòng cho trung tâm dữ liệu bệnh viện"),
        A("Phòng Kế hoạch tổng hợp", None, "Trước ngày 15/7/2026",
          "Chuẩn hóa danh mục dùng chung, mẫu hồ sơ bệnh án điện tử theo quy định của Bộ Y tế"),
        A("Khoa Nội tim mạch", None, "Tháng 7/2026 (thí điểm 01 tháng)",
          "Triển khai thí điểm bệnh án điện tử tại Khoa Nội tim mạch và Khoa Nhi"),
        A("Khoa Nhi", None, "Tháng 7/2026 (thí điểm 01 tháng)",
          "Triển khai thí điểm bệnh án điện tử tại Khoa Nội tim mạch và Khoa Nhi"),
        A("Phòng Kế hoạch tổng hợp", None, "Tháng 8 - 9/2026",
          "Mở rộng bệnh án điện tử ra toàn bộ các khoa lâm sàng"),
        A("các khoa lâm sàng", None, "Tháng 8 - 9/2026",
          "Mở rộng bệnh án điện tử ra toàn bộ các khoa lâm sàng"),
        A("Khoa Chẩn đoán hình ảnh", None, "Trước ngày 31/8/2026",
          "Mở rộng hệ thống PACS toàn viện, trả phim điện tử cho người bệnh"),
        A("Khoa Xét nghiệm", None, "Trước ngày 31/8/2026",
          "Kết nối hệ thống LIS với toàn bộ máy xét nghiệm"),
        A("Phòng Tổ chức cán bộ", None, "Trước ngày 31/7/2026",
          "Ký chữ ký số cho bác sĩ, điều dưỡng; ban hành quy chế sử dụng chữ ký số"),
        A("Phòng Tài chính kế toán", None, "Tháng 7/2026",
          "Triển khai thanh toán viện phí bằng mã QR, thẻ ngân hàng tại các quầy thu"),
        A("Phòng Điều dưỡng", None, "Tháng 7 - 8/2026",
          "Đào tạo sử dụng bệnh án điện tử cho khoảng 1.100 nhân viên y tế"),
        A("Phòng Công nghệ thông tin", None, "Tháng 7 - 8/2026",
          "Đào tạo sử dụng bệnh án điện tử cho khoảng 1.100 nhân viên y tế"),
        A("Phòng Công nghệ thông tin", None, "Trước ngày 30/10/2026",
          "Xây dựng hồ sơ đề xuất cấp độ an toàn thông tin cấp độ 3, phối hợp Sở Khoa học và Công nghệ thẩm định"),
        A("Phòng Tài chính kế toán", None, "trước ngày 30/6/2026",
          "Phòng Tài chính kế toán lập dự toán chi tiết, trình Giám đốc trước ngày 30/6/2026"),
        A("Ban Chỉ đạo chuyển đổi số Bệnh viện", None, None,
          "Ban Chỉ đạo chuyển đổi số Bệnh viện do Giám đốc làm Trưởng ban"),
        A("Phòng Kế hoạch tổng hợp", None, "hằng tháng trước ngày 25",
          "Phòng Kế hoạch tổng hợp là đầu mối theo dõi, đôn đốc các khoa, phòng; tổng hợp báo cáo Sở Y tế hằng tháng trước ngày 25"),
        A("Trưởng các khoa, phòng", None, None,
          "Trưởng các khoa, phòng chịu trách nhiệm trước Giám đốc về kết quả triển khai tại đơn vị mình"),
        A("Đoàn Thanh niên Bệnh viện", None, None,
          "Đoàn Thanh niên Bệnh viện thành lập đội tình nguyện hướng dẫn người bệnh đặt lịch khám trực tuyến"),
    ], "intruders": ["BSCKII. Ngô Đình Hải", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Lưu: VT, KHTH.", "Số: 87/KH-BV", "Sở Y tế (b/c);", "SỞ Y TẾ KIM THÀNH", "Bộ Chính trị"]},
    {"id": "we04", "directive": "BC 145/BC-PGDĐT", "source": F4, "actors": [
        A("Các trường trung học cơ sở", None, "trước ngày 15/8/2026",
          "Các trường trung học cơ sở chủ động xây dựng kế hoạch dạy học STEM, báo cáo Phòng trước ngày 15/8/2026"),
        A("Các trường tiểu học", None, None,
          "Các trường tiểu học tiếp tục triển khai dạy Tin học, Tiếng Anh theo chương trình giáo dục phổ thông 2018"),
        A("Ủy ban nhân dân huyện", None, "trước khi bắt đầu năm học mới",
          "Đề nghị Ủy ban nhân dân huyện bố trí 2,8 tỷ đồng để mua sắm thiết bị giáo dục STEM"),
        A("Phòng Nội vụ", None, "trong năm 2026",
          "Đề nghị Phòng Nội vụ tham mưu Ủy ban nhân dân huyện tuyển dụng bổ sung giáo viên Tiếng Anh, Tin học trong năm 2026"),
        A("Sở Giáo dục và Đào tạo", None, "trong tháng 7/2026",
          "Đề nghị Sở Giáo dục và Đào tạo quan tâm phân bổ chỉ tiêu hợp đồng giáo viên cho huyện"),
    ], "intruders": ["Vũ Thị Hồng Nhung", "TRƯỞNG PHÒNG", "Lưu: VT, GDPT.", "Số: 145/BC-PGDĐT",
                     "Sở GD&ĐT tỉnh Kim Thành (b/c)", "Trường Tiểu học An Phú", "Trường THCS Hợp Thành",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]},
    {"id": "we05", "directive": "GM 64/GM-UBND", "source": F5, "actors": [
        A("Phòng Văn hóa và Thông tin", "chủ trì", "hoàn thành trước ngày 24/6/2026",
          "Phòng Văn hóa và Thông tin chủ trì, phối hợp với Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện xây dựng chương trình, kịch bản"),
        A("Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", "phối hợp", "hoàn thành trước ngày 24/6/2026",
          "Phòng Văn hóa và Thông tin chủ trì, phối hợp với Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện xây dựng chương trình, kịch bản"),
        A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", None, None,
          "Trung tâm Văn hóa, Thông tin và Thể thao huyện bảo đảm âm thanh, màn chiếu, đường truyền Internet cho hội trường"),
        A("Trung tâm Chính trị huyện", None, None,
          "Trung tâm Chính trị huyện chuẩn bị hội trường, nước uống và phòng thực hành với 30 máy tính"),
        A("Phòng Tài chính - Kế hoạch", None, None,
          "Phòng Tài chính - Kế hoạch bố trí kinh phí tổ chức hội nghị từ nguồn kinh phí thực hiện Kế hoạch số 96/KH-UBND"),
        A("Ủy ban nhân dân các xã, thị trấn", None, "trước 16 giờ 00, ngày 23/6/2026",
          "Ủy ban nhân dân các xã, thị trấn gửi danh sách đại biểu và báo cáo nhanh (không quá 02 trang)"),
    ], "intruders": ["KT. CHỦ TỊCH", "Trịnh Thu Hà", "Lưu: VT, VHTT.", "Số: 64/GM-UBND", "Phòng Tư pháp",
                     "Thường trực Huyện ủy, Thường trực HĐND huyện (b/c)", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Chủ tịch, các PCT UBND huyện"]},
]

if __name__ == "__main__":
    main()
