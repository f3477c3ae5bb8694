#!/usr/bin/env python3
"""Writes questions.jsonl and who_what.jsonl of eval/blind26 (all text invented)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "qb01_da09_ubnd_tinh_ninh_phuoc_bac_truong_hoc_thong_minh.md"
D2 = "qb02_kh27_pgddt_cam_lien_boi_duong_ai.pdf"
D3 = "qb03_cv1587_snv_khen_thuong_binh_dan_hoc_vu_so.txt"
D4 = "qb04_bc112_thu_vien_tinh_van_hoa_doc_2025.txt"
D5 = "qb05_tb45_dang_uy_xa_an_dien_chuyen_doi_so.txt"

QS = []


def Q(question, kind, ev=(), kw=(), history=None, actors=None):
    d = {"id": "qb%03d" % (len(QS) + 1), "question": question,
         "answerable": bool(ev), "kind": kind,
         "evidence": [{"source": s, "quote": q} for s, q in ev], "keywords": list(kw)}
    if history:
        d["history"] = list(history)
    if actors:
        d["actors"] = list(actors)
    QS.append(d)
    return question


U = "unanswerable"

# ---------------- qb01: Đề án 09/ĐA-UBND trường học thông minh ----------------
Q("Đề án trường học thông minh của tỉnh tổng cộng cần bao nhiêu tiền?", "factoid",
  [(D1, "Tổng kinh phí dự kiến thực hiện Đề án là 486,5 tỷ đồng")], ["486,5 tỷ đồng"])
h = Q("ĐA 09 của UBND tỉnh: năm 2026 ngân sách tỉnh chi bao nhiêu?", "abbreviation",
      [(D1, "| Ngân sách tỉnh | 22,0 | 48,5 | 52,0 |")], ["48,5"])
Q("Còn nguồn xã hội hóa cả giai đoạn thì bao nhiêu?", "follow-up",
  [(D1, "| Xã hội hóa | 5,5 | 15,0 | 20,0 | 22,0 | 24,0 | 21,0 | 107,5 |")], ["107,5"], history=[h])
h = Q("Đến hết 2027 tỉnh muốn có bao nhiêu trường học thông minh?", "factoid",
      [(D1, "Có 120 trường đạt trường học thông minh mức 1, trong đó 30 trường đạt mức 2")], ["120"])
Q("Thế đến 2030 thì sao?", "follow-up",
  [(D1, "Có 300 trường đạt mức 1, 100 trường đạt mức 2 và 15 trường đạt mức 3")],
  ["300", "15 trường đạt mức 3"], history=[h])
Q("hien tai tinh co may truong dat truong hoc thong minh muc 1", "no-diacritics",
  [(D1, "toàn tỉnh mới có 17 trường đạt mức 1")], ["17 trường"])
Q("Sở GD&ĐT được giao gì trong Đề án, bộ tiêu chí phải ra trước ngày nào?", "who-what",
  [(D1, "Sở Giáo dục và Đào tạo là cơ quan thường trực, chủ trì tổ chức thực hiện Đề án"),
   (D1, "ban hành Bộ tiêu chí trường học thông minh tỉnh Ninh Phước Bắc trước ngày 30/9/2025")],
  ["30/9/2025"], actors=["Sở Giáo dục và Đào tạo"])
Q("Ai lo làm cơ sở dữ liệu ngành giáo dục?", "who-what",
  [(D1, "Sở Khoa học và Công nghệ chủ trì xây dựng Cơ sở dữ liệu ngành giáo dục, kết nối với Trung tâm dữ liệu tỉnh, hoàn thành trong năm 2026")],
  ["Sở Khoa học và Công nghệ", "2026"], actors=["Sở Khoa học và Công nghệ"])
Q("cac huyen phai gui ke hoach trien khai de an truong hoc thong minh truoc ngay nao", "no-diacritics",
  [(D1, "xây dựng kế hoạch triển khai Đề án trên địa bàn, gửi Sở Giáo dục và Đào tạo trước ngày 31/8/2025")],
  ["31/8/2025"])
Q("Ngành văn hóa có phần việc gì trong đề án trường học thông minh?", "who-what",
  [(D1, "Sở Văn hóa, Thể thao và Du lịch chỉ đạo Thư viện tỉnh kết nối, chia sẻ tài nguyên thư viện số với thư viện các trường học"),
   (D1, "thư viện các trường học, hoàn thành trước ngày 31/12/2026")],
  ["Thư viện tỉnh", "31/12/2026"], actors=["Sở Văn hóa, Thể thao và Du lịch"])
Q("Ai ký Đề án trường học thông minh?", "metadata",
  [(D1, "PHÓ CHỦ TỊCH Trịnh Văn Khải")], ["Trịnh Văn Khải"])
Q("Đề án trường học thông minh số mấy, ban hành hôm nào?", "metadata",
  [(D1, "Số: 09/ĐA-UBND Ninh Phước Bắc, ngày 18 tháng 6 năm 2025")],
  ["09/ĐA-UBND", "18 tháng 6 năm 2025"])
Q("Đề án xây dựng dựa trên những văn bản nào?", "list",
  [(D1, "Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"),
   (D1, "Quyết định số 131/QĐ-TTg ngày 25/01/2022"),
   (D1, "Nghị quyết số 18/2025/NQ-HĐND ngày 10/4/2025"),
   (D1, "Kế hoạch số 76/KH-UBND ngày 03/3/2025")],
  ["57-NQ/TW", "131/QĐ-TTg", "18/2025/NQ-HĐND", "76/KH-UBND"])
h = Q("Đến 2027 bao nhiêu % giáo viên phải dùng được AI để soạn bài?", "factoid",
      [(D1, "trong đó 40% giáo viên sử dụng được công cụ trí tuệ nhân tạo trong soạn giảng")], ["40%"])
Q("Đến 2030 con số đó là bao nhiêu?", "follow-up",
  [(D1, "trong đó 75% giáo viên sử dụng thành thạo công cụ trí tuệ nhân tạo")], ["75%"], history=[h])
Q("Đề án phân bổ cho riêng huyện Tà Lùng bao nhiêu tỷ đồng?", U)
Q("Năm 2031 ngân sách tỉnh bố trí bao nhiêu cho trường học thông minh?", U)
Q("tieu chi truong hoc thong minh muc 3 gom nhung noi dung gi", U)
Q("Sở Tài chính phải trình phương án kinh phí Đề án trước ngày nào?", U)
Q("QĐ phê duyệt Đề án 09 là quyết định số mấy?", U)

# ---------------- qb02: KH 27/KH-PGDĐT bồi dưỡng AI (PDF) ----------------
h = Q("Kế hoạch tập huấn AI của Phòng GD huyện Cẩm Liên dành cho bao nhiêu giáo viên?", "abbreviation",
      [(D2, "1.240 giáo viên (mầm non 380, tiểu học 512, trung học cơ sở 348)")], ["1.240"])
Q("Trong đó giáo viên tiểu học bao nhiêu người?", "follow-up",
  [(D2, "1. Đối tượng: 1.240 giáo viên (mầm non 380, tiểu học 512")], ["512"], history=[h])
h = Q("Lớp AI cho giáo viên THCS học lúc nào, ở đâu?", "abbreviation",
      [(D2, "Đợt 2 06/10 - 10/10/2025 Giáo viên THCS Trường THCS Nguyễn Trãi, thị trấn Cẩm Liên")],
      ["06/10 - 10/10/2025", "Trường THCS Nguyễn Trãi"])
Q("Còn giáo viên mầm non thì học ở đâu?", "follow-up",
  [(D2, "Đợt 4 08/12 - 12/12/2025 Giáo viên mầm non Trường Mầm non Hoa Sen, xã An Điền")],
  ["Trường Mầm non Hoa Sen"], history=[h])
Q("khoa boi duong ai cho giao vien gom may chuyen de, bao nhieu tiet", "no-diacritics",
  [(D2, "Chương trình gồm 04 chuyên đề với tổng thời lượng 24 tiết")], ["04 chuyên đề", "24 tiết"])
Q("Sau tập huấn, trường tiểu học phải làm gì và hạn khi nào?", "who-what",
  [(D2, "Đối với các trường tiểu học: mỗi tổ chuyên môn tổ chức ít nhất 01 buổi sinh hoạt chuyên môn theo chủ đề ứng dụng AI"),
   (D2, "hoàn thành trước ngày 15/01/2026")],
  ["15/01/2026"], actors=["các trường tiểu học"])
Q("Trường THCS nộp báo cáo kết quả dùng AI về Phòng hạn cuối ngày nào?", "who-what",
  [(D2, "Đối với các trường trung học cơ sở: bảo đảm chỉ tiêu 40% giáo viên có kế hoạch bài dạy sử dụng AI"),
   (D2, "báo cáo kết quả về Phòng trước ngày 31/3/2026")],
  ["31/3/2026"], actors=["các trường trung học cơ sở"])
Q("Bộ phận nào phụ trách đợt học cho cô giáo mầm non?", "who-what",
  [(D2, "Bộ phận Giáo dục mầm non chủ trì tổ chức đợt 4")], ["Bộ phận Giáo dục mầm non"],
  actors=["Bộ phận Giáo dục mầm non"])
Q("trung tam gdnn-gdtx huyen phai lam gi trong ke hoach tap huan ai", "no-diacritics",
  [(D2, "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện phối hợp bố trí phòng máy tính cho đợt 2 và đợt 3")],
  ["phòng máy tính"])
Q("KH bồi dưỡng AI của Phòng GD&ĐT Cẩm Liên do ai ký?", "metadata",
  [(D2, "TRƯỞNG PHÒNG Huỳnh Thị Bích Loan")], ["Huỳnh Thị Bích Loan"])
Q("Kế hoạch tập huấn AI cho giáo viên Cẩm Liên mang số hiệu gì?", "metadata",
  [(D2, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Số: 27/KH-PGDĐT")], ["27/KH-PGDĐT"])
h2 = Q("Muốn hỏi về lớp tập huấn AI thì liên hệ ai?", "factoid",
       [(D2, "ông Đỗ Quang Vinh, Phó Trưởng phòng, điện thoại 0235 3861 427")],
       ["Đỗ Quang Vinh", "0235 3861 427"])
Q("giao vien khong di hoc truc tiep duoc thi phai lam sao", "no-diacritics",
  [(D2, "Giáo viên không tham gia được đợt học trực tiếp phải đăng ký học đợt 5 theo hình thức trực tuyến")],
  ["đợt 5"])
Q("Trường mầm non ứng dụng AI thì phải lưu ý và nộp gì?", "who-what",
  [(D2, "Đối với các trường mầm non: cử 100% giáo viên tham gia đợt 4"),
   (D2, "tuyệt đối không cho trẻ sử dụng trực tiếp các ứng dụng AI"),
   (D2, "mỗi trường nộp 01 sản phẩm học liệu về Phòng trước ngày 20/12/2025")],
  ["20/12/2025"], actors=["các trường mầm non"])
Q("Đợt bồi dưỡng AI cho giáo viên THPT tổ chức khi nào?", U)
Q("Mỗi giáo viên đi tập huấn được hỗ trợ bao nhiêu tiền ăn trưa?", U)
Q("phong gd huyen ta lung co ke hoach tap huan ai cho giao vien khong", U)
Q("Hiệu trưởng Trường THCS Nguyễn Trãi là ai?", U)
Q("Còn email của bà Trưởng phòng thì sao?", U, history=[h2])

# ---------------- qb03: CV 1587/SNV-TĐKT khen thưởng Bình dân học vụ số ----------------
h = Q("Bằng khen UBND tỉnh cho phong trào Bình dân học vụ số có tối đa bao nhiêu suất?", "abbreviation",
      [(D3, "toàn tỉnh tối đa 25 tập thể và 40 cá nhân")], ["25 tập thể", "40 cá nhân"])
h3 = Q("Mỗi huyện được đề nghị mấy suất?", "follow-up",
       [(D3, "Mỗi huyện, thành phố đề nghị không quá 02 tập thể và 03 cá nhân")],
       ["02 tập thể", "03 cá nhân"], history=[h])
Q("Còn các sở, ngành thì sao?", "follow-up",
  [(D3, "mỗi sở, ban, ngành, đoàn thể đề nghị không quá 01 tập thể và 02 cá nhân")],
  ["01 tập thể", "02 cá nhân"], history=[h, h3])
Q("han nop ho so khen thuong binh dan hoc vu so ve so noi vu la ngay nao", "no-diacritics",
  [(D3, "gửi hồ sơ về Sở Nội vụ chậm nhất ngày 31/10/2025")], ["31/10/2025"])
h = Q("Hồ sơ khen thưởng bản giấy nộp ở đâu?", "factoid",
      [(D3, "Bản giấy gửi về Phòng Thi đua - Khen thưởng, Sở Nội vụ, tầng 3, Khu liên cơ quan số 2, số 18 đường Trần Phú")],
      ["tầng 3", "số 18 đường Trần Phú"])
Q("Còn bản điện tử thì gửi vào đâu?", "follow-up",
  [(D3, "gửi vào hộp thư tdkt.snv@ninhphuocbac.gov.vn")], ["tdkt.snv@ninhphuocbac.gov.vn"], history=[h])
Q("Hồ sơ đề nghị khen thưởng gồm những giấy tờ gì?", "list",
  [(D3, "Tờ trình đề nghị khen thưởng của cơ quan, đơn vị (bản chính)"),
   (D3, "Biên bản họp Hội đồng Thi đua - Khen thưởng của cấp trình"),
   (D3, "Báo cáo thành tích của tập thể, cá nhân theo mẫu quy định"),
   (D3, "Danh sách trích ngang tập thể, cá nhân đề nghị khen thưởng")],
  ["Tờ trình", "Biên bản", "Báo cáo thành tích", "Danh sách trích ngang"])
Q("Xã muốn được khen tập thể thì tỷ lệ TTHC nộp online phải đạt bao nhiêu?", "abbreviation",
  [(D3, "tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt từ 70% trở lên")], ["70%"])
Q("Sở KH&CN phải làm gì theo CV 1587?", "who-what",
  [(D3, "Sở Khoa học và Công nghệ chủ trì cung cấp số liệu phổ cập kỹ năng số của các địa phương"),
   (D3, "gửi Sở Nội vụ trước ngày 10/11/2025")],
  ["10/11/2025"], actors=["Sở Khoa học và Công nghệ"])
Q("Huyện gửi quyết định tặng Giấy khen lên Sở trước ngày nào?", "who-what",
  [(D3, "Ủy ban nhân dân cấp huyện gửi quyết định tặng Giấy khen về Sở Nội vụ trước ngày 15/11/2025")],
  ["15/11/2025"], actors=["Ủy ban nhân dân cấp huyện"])
Q("Phòng Nội vụ huyện được giao việc gì trong đợt khen thưởng này?", "who-what",
  [(D3, "chỉ đạo Phòng Nội vụ phối hợp với Phòng Văn hóa và Thông tin rà soát, bình xét đúng tiêu chuẩn"),
   (D3, "công khai danh sách đề nghị tại trụ sở Ủy ban nhân dân cấp xã ít nhất 05 ngày làm việc trước khi trình")],
  ["05 ngày làm việc"], actors=["Phòng Nội vụ"])
Q("Văn bản hướng dẫn khen thưởng Bình dân học vụ số do ai ký?", "metadata",
  [(D3, "- Lưu: VT, TĐKT.                            Phan Văn Hiếu")], ["Phan Văn Hiếu"])
Q("CV của Sở Nội vụ về khen thưởng phong trào học vụ số số mấy, ký ngày nào?", "metadata",
  [(D3, "Số: 1587/SNV-TĐKT               Ninh Phước Bắc, ngày 22 tháng 9 năm 2025")],
  ["1587/SNV-TĐKT", "22 tháng 9 năm 2025"])
h = Q("Vướng mắc về hồ sơ thi đua thì gọi ai?", "factoid",
      [(D3, "liên hệ bà Nguyễn Thị Thanh Tâm, chuyên viên Phòng Thi đua - Khen thưởng"),
       (D3, "số điện thoại 0235 3822 519")],
      ["Nguyễn Thị Thanh Tâm", "0235 3822 519"])
Q("Người đó có email riêng không?", U, history=[h])
Q("bao nhieu tap the, ca nhan duoc trinh thu tuong tang bang khen", "no-diacritics",
  [(D3, "lựa chọn 02 tập thể và 03 cá nhân tiêu biểu nhất để trình Thủ tướng Chính phủ tặng Bằng khen")],
  ["02 tập thể", "03 cá nhân"])
Q("Mỗi Bằng khen của Chủ tịch UBND tỉnh kèm bao nhiêu tiền thưởng?", U)
Q("Hạn nộp hồ sơ đề nghị Huân chương Lao động cho phong trào Bình dân học vụ số là khi nào?", U)
Q("so lieu pho cap ky nang so cua toan huyen cam lien hien dat bao nhieu", U)
Q("CV 1590/SNV-TĐKT của Sở Nội vụ hướng dẫn nội dung gì?", U)

# ---------------- qb04: BC 112/BC-TV văn hóa đọc, thư viện số 2025 ----------------
h = Q("Năm 2025 Thư viện tỉnh cấp được bao nhiêu thẻ bạn đọc?", "factoid",
      [(D4, "cấp mới và gia hạn 18.460 thẻ bạn đọc")], ["18.460"])
Q("So với năm trước thì tăng bao nhiêu?", "follow-up",
  [(D4, "18.460 thẻ bạn đọc, tăng 16,0% so với năm 2024 (15.920 thẻ)")], ["16,0%", "15.920"], history=[h])
Q("luot muon sach nam 2025 cua thu vien tinh la bao nhieu", "no-diacritics",
  [(D4, "Số lượt mượn tài liệu đạt 205.740 lượt, tăng 9,3% so với năm trước (188.300 lượt)")], ["205.740"])
h = Q("Tính đến nay thư viện tỉnh đã số hóa tổng cộng bao nhiêu tài liệu?", "factoid",
      [(D4, "nâng tổng số tài liệu đã số hóa lên 21.780 tài liệu")], ["21.780"])
Q("Riêng năm nay số hóa được bao nhiêu?", "follow-up",
  [(D4, "số hóa 4.350 tài liệu với khoảng 612.000 trang")], ["4.350"], history=[h])
Q("Thư viện số năm 2025 có bao nhiêu lượt truy cập?", "factoid",
  [(D4, "Thư viện số của tỉnh đạt 1.034.000 lượt truy cập, tăng 47,2% so với năm 2024 (702.500 lượt)")],
  ["1.034.000", "47,2%"])
Q("xe thu vien luu dong nam nay chay bao nhieu chuyen, toi may truong", "no-diacritics",
  [(D4, "Thư viện tổ chức 36 chuyến xe thư viện lưu động đến 52 trường học")], ["36 chuyến", "52 trường"])
h = Q("Thư viện tỉnh đang gặp những khó khăn gì?", "list",
      [(D4, "chỉ đáp ứng khoảng 35% nhu cầu số hóa"),
       (D4, "máy chủ lưu trữ đã sử dụng 92% dung lượng"),
       (D4, "Thư viện có 27 viên chức, trong đó chỉ 04 người có chuyên môn công nghệ thông tin"),
       (D4, "Khoảng 38% thư viện, tủ sách cấp xã hoạt động cầm chừng")],
      ["35%", "92%", "27 viên chức", "38%"])
Q("Năm 2026 thư viện được bổ sung bao nhiêu biên chế?", U, history=[h])
Q("Thư viện xin tỉnh bao nhiêu tiền cho năm 2026, để làm gì?", "factoid",
  [(D4, "bố trí 2,5 tỷ đồng trong năm 2026 để nâng cấp máy chủ")], ["2,5 tỷ đồng"])
Q("Ai ký báo cáo văn hóa đọc năm 2025?", "metadata",
  [(D4, "GIÁM ĐỐC\n\nVũ Thị Hồng Nhung")], ["Vũ Thị Hồng Nhung"])
Q("BC 112 của Thư viện tỉnh ký ngày nào?", "metadata",
  [(D4, "Số: 112/BC-TV\nPhước Hải, ngày 20 tháng 12 năm 2025")], ["20 tháng 12 năm 2025"])
Q("Đã nối tài nguyên số với bao nhiêu trường THPT rồi?", "abbreviation",
  [(D4, "kết nối thí điểm tài nguyên số với thư viện của 12 trường trung học phổ thông")], ["12 trường"])
Q("kinh phi hoat dong cua thu vien tinh nam 2025 het bao nhieu", "no-diacritics",
  [(D4, "Tổng kinh phí hoạt động năm 2025 là 3,86 tỷ đồng")], ["3,86 tỷ đồng"])
Q("Thư viện huyện Cẩm Liên năm 2025 có bao nhiêu lượt mượn sách?", U)
Q("Năm 2023 Thư viện tỉnh cấp bao nhiêu thẻ bạn đọc?", U)
Q("luot truy cap thu vien so thang 6/2025 la bao nhieu", U)

# ---------------- qb05: TB 45-TB/ĐU Đảng ủy xã An Điền ----------------
Q("BTV Đảng ủy xã An Điền họp về chuyển đổi số ngày nào, ai chủ trì?", "abbreviation",
  [(D5, "Ngày 10/10/2025, tại Hội trường Đảng ủy xã, Ban Thường vụ Đảng ủy xã An Điền họp"),
   (D5, "Đồng chí Lương Văn Thái, Bí thư Đảng ủy, Chủ tịch Hội đồng nhân dân xã chủ trì hội nghị")],
  ["10/10/2025", "Lương Văn Thái"])
h = Q("Đồng chí Phó Bí thư Thường trực được giao làm gì?", "who-what",
      [(D5, "Đồng chí Trần Thị Kim Oanh, Phó Bí thư Thường trực Đảng ủy xã chỉ đạo xây dựng dự thảo Nghị quyết chuyên đề về chuyển đổi số"),
       (D5, "trình Hội nghị Ban Chấp hành Đảng bộ xã vào tháng 12/2025")],
      ["Trần Thị Kim Oanh", "tháng 12/2025"], actors=["Trần Thị Kim Oanh"])
Q("Vậy hồ sơ khen thưởng thì phải gửi huyện trước ngày nào?", "follow-up",
  [(D5, "gửi Ủy ban nhân dân huyện trước ngày 25/10/2025")], ["25/10/2025"], history=[h])
h = Q("Chủ tịch UBND xã phải nâng tỷ lệ hồ sơ trực tuyến lên bao nhiêu?", "who-what",
      [(D5, "Đồng chí Phạm Minh Trí, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã chỉ đạo nâng tỷ lệ hồ sơ thủ tục hành chính trực tuyến lên tối thiểu 85%")],
      ["85%", "Phạm Minh Trí"], actors=["Phạm Minh Trí"])
h5 = Q("Thế trạm phát sóng ở Khe Mây phải xong khi nào?", "follow-up",
       [(D5, "lắp đặt trạm phát sóng tại thôn Khe Mây, hoàn thành trước ngày 30/11/2025")],
       ["30/11/2025"], history=[h])
Q("Người đó được giao bố trí bao nhiêu tiền cho tổ công nghệ số?", "follow-up",
  [(D5, "bố trí 120 triệu đồng từ ngân sách xã năm 2025")], ["120 triệu đồng"], history=[h, h5])
Q("kinh phi lap tram phat song o khe may het bao nhieu", U)
Q("bi thu chi bo thon khe may duoc giao lam gi", "no-diacritics",
  [(D5, "Đồng chí Đinh Công Lực, Bí thư Chi bộ thôn Khe Mây"),
   (D5, "phấn đấu tỷ lệ phổ cập kỹ năng số của thôn đạt 70% trước ngày 31/12/2025")],
  ["Đinh Công Lực", "70%"])
Q("MTTQ xã được phân công việc gì?", "who-what",
  [(D5, "Đồng chí Lò Thị Hạnh, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì, phối hợp với Đoàn Thanh niên xã vận động thực hiện mô hình \"Mỗi hộ một người dùng số\""),
   (D5, "hoàn thành trong tháng 11/2025")],
  ["Lò Thị Hạnh", "Mỗi hộ một người dùng số", "tháng 11/2025"], actors=["Lò Thị Hạnh"])
h = Q("Bí thư Đoàn xã phải làm gì?", "who-what",
      [(D5, "Đồng chí Vi Văn Dũng, Bí thư Đoàn xã tổ chức \"Ngày Chủ nhật số\" vào Chủ nhật tuần thứ hai hằng tháng")],
      ["Ngày Chủ nhật số", "Chủ nhật tuần thứ hai"], actors=["Vi Văn Dũng"])
Q("Đoàn xã có bao nhiêu đoàn viên tham gia việc đó?", U, history=[h])
Q("ty le ho so tthc truc tuyen cua xa an dien 9 thang dau nam dat bao nhieu", "no-diacritics",
  [(D5, "Tỷ lệ hồ sơ thủ tục hành chính được tiếp nhận trực tuyến đạt 78,6%")], ["78,6%"])
Q("TB kết luận về CĐS của xã An Điền số mấy, ai ký?", "metadata",
  [(D5, "Số 45-TB/ĐU                          An Điền, ngày 14 tháng 10 năm 2025"),
   (D5, "- Lưu: VT, Văn phòng Đảng ủy.                    Lương Văn Thái")],
  ["45-TB/ĐU", "Lương Văn Thái"])
Q("Ai phụ trách đưa xe thư viện lưu động về trường tiểu học của xã?", "who-what",
  [(D5, "Đồng chí Bùi Thị Ngọc, Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã phối hợp với Thư viện tỉnh đưa xe thư viện lưu động về Trường Tiểu học An Điền")],
  ["Bùi Thị Ngọc"], actors=["Bùi Thị Ngọc"])
Q("Thông báo chỉ ra những hạn chế nào?", "list",
  [(D5, "thôn Khe Mây và thôn Đồng Bưởi có tỷ lệ phổ cập kỹ năng số mới đạt khoảng 52%"),
   (D5, "sóng di động 4G tại thôn Khe Mây còn yếu"),
   (D5, "một số cán bộ, công chức chưa thành thạo xử lý hồ sơ trên môi trường điện tử")],
  ["52%", "4G"])
Q("Văn phòng Đảng ủy phải báo cáo BTV trước ngày nào?", "who-what",
  [(D5, "Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Thông báo này, tổng hợp báo cáo Ban Thường vụ trước ngày 05/01/2026")],
  ["05/01/2026"], actors=["Văn phòng Đảng ủy"])
Q("Đảng ủy xã An Điền họp về chuyển đổi số quý I/2026 đã kết luận những gì?", U)
Q("Thôn Khe Mây hiện có bao nhiêu hộ gia đình?", U)
Q("TB kết luận của Đảng ủy xã Phước Thịnh về CĐS giao việc cho ai?", U)

# ---------------- corpus-level ----------------
Q("Những văn bản nào trong bộ này căn cứ hoặc thực hiện Đề án 09/ĐA-UBND?", "corpus",
  [(D2, "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO Số: 27/KH-PGDĐT"),
   (D2, "Căn cứ Đề án số 09/ĐA-UBND ngày 18/6/2025"),
   (D3, "Số: 1587/SNV-TĐKT               Ninh Phước Bắc"), (D3, "và Đề án số 09/ĐA-UBND ngày 18/6/2025 của Ủy ban nhân dân tỉnh"),
   (D4, "Số: 112/BC-TV\nPhước Hải"), (D4, "Thực hiện Đề án số 09/ĐA-UBND, Thư viện đã kết nối thí điểm")],
  ["27/KH-PGDĐT", "1587/SNV-TĐKT", "112/BC-TV"])
Q("CV 1587 của Sở Nội vụ được văn bản cấp xã nào nhắc tới?", "corpus",
  [(D5, "Số 45-TB/ĐU                          An Điền, ngày 14 tháng 10 năm 2025"),
   (D5, "theo Công văn số 1587/SNV-TĐKT của Sở Nội vụ")],
  ["45-TB/ĐU"])
Q("Văn bản nào nói về xe thư viện lưu động, và ở xã ai được giao đưa xe về trường?", "corpus",
  [(D4, "Thư viện tổ chức 36 chuyến xe thư viện lưu động đến 52 trường học"),
   (D5, "Đồng chí Bùi Thị Ngọc, Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã phối hợp với Thư viện tỉnh")],
  ["36 chuyến", "Bùi Thị Ngọc"])
Q("nhung van ban nao co nhac toi xa an dien", "corpus",
  [(D2, "Trường Mầm non Hoa Sen, xã An Điền"),
   (D5, "Ban Thường vụ Đảng ủy xã An Điền họp nghe Ủy ban nhân dân xã báo cáo")],
  ["Hoa Sen", "Ban Thường vụ Đảng ủy xã An Điền"])
Q("Mục tiêu 40% giáo viên dùng AI trong soạn giảng được nêu ở những văn bản nào?", "corpus",
  [(D1, "trong đó 40% giáo viên sử dụng được công cụ trí tuệ nhân tạo trong soạn giảng"),
   (D2, "mục tiêu 40% giáo viên sử dụng được công cụ AI trong soạn giảng vào năm 2027 theo Đề án của tỉnh")],
  ["40%"])
Q("Con số 41 trường THPT xuất hiện ở văn bản nào?", "corpus",
  [(D1, "41 trường trung học phổ thông) với 214.300 học sinh"),
   (D4, "mở rộng kết nối tài nguyên số đến toàn bộ 41 trường trung học phổ thông")],
  ["41"])
Q("CV 2150/SGDĐT-GDPT của Sở GD&ĐT hướng dẫn dùng AI cụ thể ra sao?", U)
Q("Kế hoạch 156/KH-UBND của huyện Cẩm Liên giao chỉ tiêu gì cho Phòng GD&ĐT?", U)
Q("KH 201/KH-UBND về Bình dân học vụ số đặt chỉ tiêu gì cho năm 2025?", U)


# ---------------- who_what gold ----------------
def A(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}


WW = [
    {"id": "wqb01", "directive": "ĐA 09/ĐA-UBND", "source": D1, "actors": [
        A("Sở Giáo dục và Đào tạo", "chủ trì", "trước ngày 30/9/2025",
          "Sở Giáo dục và Đào tạo là cơ quan thường trực, chủ trì tổ chức thực hiện Đề án"),
        A("Sở Tài chính", "chủ trì", None,
          "Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo tham mưu bố trí kinh phí thực hiện Đề án"),
        A("Sở Khoa học và Công nghệ", "chủ trì", "hoàn thành trong năm 2026",
          "Sở Khoa học và Công nghệ chủ trì xây dựng Cơ sở dữ liệu ngành giáo dục, kết nối với Trung tâm dữ liệu tỉnh"),
        A("Sở Nội vụ", "phối hợp", None,
          "Sở Nội vụ phối hợp với Sở Giáo dục và Đào tạo đưa kết quả xây dựng trường học thông minh vào tiêu chí đánh giá thi đua"),
        A("Sở Văn hóa, Thể thao và Du lịch", None, "trước ngày 31/12/2026",
          "Sở Văn hóa, Thể thao và Du lịch chỉ đạo Thư viện tỉnh kết nối, chia sẻ tài nguyên thư viện số"),
        A("Báo và Phát thanh, Truyền hình Ninh Phước Bắc", None, None,
          "Báo và Phát thanh, Truyền hình Ninh Phước Bắc mở chuyên mục \"Trường học số\" định kỳ hằng tháng"),
        A("Ủy ban nhân dân các huyện, thành phố", None, "trước ngày 31/8/2025",
          "Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch triển khai Đề án trên địa bàn"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", None, None,
          "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Tỉnh đoàn vận động doanh nghiệp, nhà hảo tâm"),
        A("Tỉnh đoàn", None, None,
          "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và Tỉnh đoàn vận động doanh nghiệp, nhà hảo tâm"),
    ], "intruders": ["Trịnh Văn Khải", "TM. ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "Bộ Giáo dục và Đào tạo (để báo cáo)", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh",
                     "Bộ Chính trị", "Lưu: VT, KGVX", "Số: 09/ĐA-UBND"]},
    {"id": "wqb02", "directive": "KH 27/KH-PGDĐT", "source": D2, "actors": [
        A("các trường mầm non", None, "trước ngày 20/12/2025",
          "Đối với các trường mầm non: cử 100% giáo viên tham gia đợt 4"),
        A("các trường tiểu học", None, "trước ngày 15/01/2026",
          "Đối với các trường tiểu học: mỗi tổ chuyên môn tổ chức ít nhất 01 buổi sinh hoạt chuyên môn"),
        A("các trường trung học cơ sở", None, "trước ngày 31/3/2026",
          "Đối với các trường trung học cơ sở: bảo đảm chỉ tiêu 40% giáo viên có kế hoạch bài dạy sử dụng AI"),
        A("Bộ phận Giáo dục phổ thông", "chủ trì", None,
          "Bộ phận Giáo dục phổ thông chủ trì tổ chức các đợt 1, 2, 3 và 5"),
        A("Bộ phận Giáo dục mầm non", "chủ trì", None,
          "Bộ phận Giáo dục mầm non chủ trì tổ chức đợt 4"),
        A("Bộ phận Kế hoạch - Tài chính", None, "trước ngày 31/01/2026",
          "Bộ phận Kế hoạch - Tài chính bảo đảm kinh phí, hoàn thành thanh quyết toán trước ngày 31/01/2026"),
        A("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", "phối hợp", None,
          "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện phối hợp bố trí phòng máy tính"),
        A("Hiệu trưởng các trường", None, "chậm nhất 05 ngày làm việc trước mỗi đợt",
          "Hiệu trưởng các trường chịu trách nhiệm cử giáo viên, gửi danh sách học viên về Phòng"),
    ], "intruders": ["Huỳnh Thị Bích Loan", "TRƯỞNG PHÒNG", "Đỗ Quang Vinh", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                     "UBND HUYỆN CẨM LIÊN", "Sở GD&ĐT (để báo cáo)", "UBND huyện (để báo cáo)",
                     "Lưu: VT, GDPT", "Số: 27/KH-PGDĐT"]},
    {"id": "wqb03", "directive": "CV 1587/SNV-TĐKT", "source": D3, "actors": [
        A("Các cơ quan, đơn vị, địa phương", None, "chậm nhất ngày 31/10/2025",
          "Các cơ quan, đơn vị, địa phương gửi hồ sơ về Sở Nội vụ chậm nhất ngày 31/10/2025"),
        A("Ủy ban nhân dân cấp huyện", None, "trước ngày 15/11/2025",
          "Ủy ban nhân dân cấp huyện gửi quyết định tặng Giấy khen về Sở Nội vụ trước ngày 15/11/2025"),
        A("Hội đồng Thi đua - Khen thưởng tỉnh", None, None,
          "Hội đồng Thi đua - Khen thưởng tỉnh lựa chọn 02 tập thể và 03 cá nhân tiêu biểu nhất"),
        A("Sở Khoa học và Công nghệ", "chủ trì", "trước ngày 10/11/2025",
          "Sở Khoa học và Công nghệ chủ trì cung cấp số liệu phổ cập kỹ năng số của các địa phương"),
        A("Sở Giáo dục và Đào tạo", None, None,
          "Sở Giáo dục và Đào tạo tổng hợp, lựa chọn và đề nghị khen thưởng đối với khối trường học trực thuộc"),
        A("Ủy ban nhân dân các huyện, thành phố", None, None,
          "Ủy ban nhân dân các huyện, thành phố chỉ đạo Phòng Nội vụ phối hợp với Phòng Văn hóa và Thông tin"),
        A("Phòng Nội vụ", None, "ít nhất 05 ngày làm việc trước khi trình",
          "chỉ đạo Phòng Nội vụ phối hợp với Phòng Văn hóa và Thông tin rà soát, bình xét đúng tiêu chuẩn"),
        A("Phòng Văn hóa và Thông tin", "phối hợp", None,
          "Phòng Nội vụ phối hợp với Phòng Văn hóa và Thông tin rà soát, bình xét đúng tiêu chuẩn"),
    ], "intruders": ["Phan Văn Hiếu", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Thị Thanh Tâm",
                     "UBND TỈNH NINH PHƯỚC BẮC", "UBND tỉnh (để báo cáo)", "Giám đốc, các Phó Giám đốc Sở",
                     "Lưu: VT, TĐKT", "Số: 1587/SNV-TĐKT"]},
    {"id": "wqb04", "directive": "TB 45-TB/ĐU", "source": D5, "actors": [
        A("Trần Thị Kim Oanh", None, "gửi Ủy ban nhân dân huyện trước ngày 25/10/2025",
          "Đồng chí Trần Thị Kim Oanh, Phó Bí thư Thường trực Đảng ủy xã chỉ đạo xây dựng dự thảo Nghị quyết chuyên đề"),
        A("Phạm Minh Trí", None, "trước ngày 31/12/2025",
          "Đồng chí Phạm Minh Trí, Phó Bí thư Đảng ủy, Chủ tịch Ủy ban nhân dân xã chỉ đạo nâng tỷ lệ hồ sơ thủ tục hành chính trực tuyến"),
        A("Bùi Thị Ngọc", None, "trước ngày 31/12/2025",
          "Đồng chí Bùi Thị Ngọc, Đảng ủy viên, Phó Chủ tịch Ủy ban nhân dân xã phối hợp với Thư viện tỉnh"),
        A("Lò Thị Hạnh", "chủ trì", "hoàn thành trong tháng 11/2025",
          "Đồng chí Lò Thị Hạnh, Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã chủ trì"),
        A("Đoàn Thanh niên xã", "phối hợp", "hoàn thành trong tháng 11/2025",
          "phối hợp với Đoàn Thanh niên xã vận động thực hiện mô hình \"Mỗi hộ một người dùng số\""),
        A("Vi Văn Dũng", None, "vào Chủ nhật tuần thứ hai hằng tháng",
          "Đồng chí Vi Văn Dũng, Bí thư Đoàn xã tổ chức \"Ngày Chủ nhật số\""),
        A("Đinh Công Lực", None, "trong tháng 10/2025",
          "Đồng chí Đinh Công Lực, Bí thư Chi bộ thôn Khe Mây và đồng chí Hà Thị Mai"),
        A("Hà Thị Mai", None, "trong tháng 10/2025",
          "đồng chí Hà Thị Mai, Bí thư Chi bộ thôn Đồng Bưởi tổ chức sinh hoạt chi bộ chuyên đề"),
        A("Văn phòng Đảng ủy", None, "trước ngày 05/01/2026",
          "Văn phòng Đảng ủy theo dõi, đôn đốc việc thực hiện Thông báo này"),
    ], "intruders": ["Lương Văn Thái", "T/M BAN THƯỜNG VỤ", "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ HUYỆN CẨM LIÊN",
                     "Nguyễn Hữu Phước", "Ban Thường vụ Huyện ủy (để báo cáo)", "Các đồng chí Đảng ủy viên",
                     "Các chi bộ trực thuộc", "Số 45-TB/ĐU"]},
]


def dump(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            s = json.dumps(r, ensure_ascii=False)
            f.write(unicodedata.normalize("NFC", s) + "\n")


if __name__ == "__main__":
    dump(os.path.join(HERE, "questions.jsonl"), QS)
    dump(os.path.join(HERE, "who_what.jsonl"), WW)
    print(len(QS), "questions,", len(WW), "who-what lines")
