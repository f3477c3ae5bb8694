# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl for blind37 (tỉnh Quang Tiến)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
F1 = "qm01_qd_giaithuong.pdf"
F2 = "qm02_kh_hocvuso.docx"
F3 = "qm03_cv_tuyentruyen.txt"
F4 = "qm04_bc_khuyenhoc.md"
F5 = "qm05_tb_ketluan.txt"

Q = []


def nfc(s):
    return unicodedata.normalize("NFC", s)


def q(question, kind, ev=(), kw=(), history=None, actors=None, ans=True):
    d = {"id": "qm%03d" % (len(Q) + 1), "question": nfc(question),
         "answerable": ans, "kind": kind,
         "evidence": [{"source": s, "quote": nfc(t)} for s, t in ev],
         "keywords": [nfc(k) for k in kw]}
    if history:
        d["history"] = [nfc(h) for h in history]
    if actors:
        d["actors"] = [nfc(a) for a in actors]
    Q.append(d)
    return d["question"]


def u(question, history=None):
    return q(question, "follow-up" if history else "unanswerable", ans=False, history=history)


# ---------------- qm01: QĐ 1184/QĐ-UBND (PDF) ----------------
a1 = q("Giải nhất của Giải thưởng Sáng tạo KH&CN tỉnh được thưởng bao nhiêu tiền?", "abbreviation",
       [(F1, "Giải nhất: 40.000.000 đồng (bốn mươi triệu đồng)")], ["40.000.000"])
q("Còn giải khuyến khích thì sao?", "follow-up",
  [(F1, "Giải khuyến khích: 5.000.000 đồng và Giấy chứng nhận của Ban Tổ chức")], ["5.000.000"],
  history=[a1])
q("Giải thưởng sáng tạo khoa học công nghệ của tỉnh xét ở những lĩnh vực nào?", "list",
  [(F1, "a) Kỹ thuật, công nghiệp và năng lượng; b) Nông nghiệp, lâm nghiệp, thủy sản và môi trường;"),
   (F1, "c) Y tế, giáo dục và khoa học xã hội; d) Chuyển đổi số và quản lý nhà nước; đ) Sáng tạo thanh thiếu niên.")],
  ["Kỹ thuật, công nghiệp và năng lượng", "Chuyển đổi số và quản lý nhà nước", "Sáng tạo thanh thiếu niên"])
q("han nop ho so giai thuong sang tao khcn nam 2025 la ngay nao", "no-diacritics",
  [(F1, "riêng năm 2025, thời gian nhận hồ sơ kéo dài đến hết ngày 15/8/2025")], ["15/8/2025"])
q("Nộp hồ sơ dự giải thưởng sáng tạo trực tiếp thì mang đến đâu?", "factoid",
  [(F1, "tại Sở Khoa học và Công nghệ, số 18 đường Nguyễn Lương Bằng, phường Vọng Nguyệt")],
  ["số 18 đường Nguyễn Lương Bằng"])
a8 = q("Muốn được giải nhì thì công trình phải đạt tối thiểu bao nhiêu điểm?", "factoid",
       [(F1, "Công trình được đề nghị trao giải nhất, giải nhì phải đạt từ 85 điểm trở lên")], ["85 điểm"])
q("Thế giải ba?", "follow-up", [(F1, "giải ba phải đạt từ 75 điểm")], ["75 điểm"], history=[a8])
q("Ai làm chủ tịch hội đồng xét tặng giải thưởng sáng tạo?", "factoid",
  [(F1, "Chủ tịch Hội đồng là Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách khối văn hóa - xã hội")],
  ["Phó Chủ tịch Ủy ban nhân dân tỉnh"])
q("bao lau thi to chuc giai thuong sang tao mot lan, trao giai vao dip nao", "no-diacritics",
  [(F1, "Giải thưởng được tổ chức 02 năm một lần, vào các năm lẻ."),
   (F1, "Ngày Khoa học và Công nghệ Việt Nam (18/5) của năm kế tiếp")], ["02 năm một lần", "18/5"])
q("QĐ 1184 do ai ký?", "metadata",
  [(F1, "PHÓ CHỦ TỊCH (Đã ký) Lương Thế Bảo")], ["Lương Thế Bảo"])
q("Quyết định ban hành quy chế giải thưởng sáng tạo ra ngày nào, theo tờ trình nào của Sở?", "metadata",
  [(F1, "Số: 1184/QĐ-UBND Quang Tiến, ngày 20 tháng 01 năm 2025"),
   (F1, "Tờ trình số 09/TTr-SKHCN ngày 08 tháng 01 năm 2025")],
  ["20 tháng 01 năm 2025", "09/TTr-SKHCN"])
q("Sở Tài chính có nhiệm vụ gì trong việc tổ chức giải thưởng sáng tạo?", "who-what",
  [(F1, "Sở Tài chính chủ trì thẩm định dự toán, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí")],
  ["thẩm định dự toán"], actors=["Sở Tài chính"])
q("UBND các huyện phải làm gì cho giải thưởng sáng tạo, hạn gửi là khi nào?", "who-what",
  [(F1, "Ủy ban nhân dân các huyện, thị xã, thành phố phát hiện, lựa chọn và giới thiệu công trình"),
   (F1, "gửi về Sở Khoa học và Công nghệ trước ngày 15/7 của năm xét tặng")],
  ["15/7"], actors=["Ủy ban nhân dân các huyện, thị xã, thành phố"])
q("so khcn phai lam gi theo quy che giai thuong sang tao", "who-what",
  [(F1, "Sở Khoa học và Công nghệ là cơ quan thường trực Giải thưởng, có trách nhiệm ban hành thể lệ chi tiết và mẫu hồ sơ trước ngày 28/02/2025")],
  ["28/02/2025"], actors=["Sở Khoa học và Công nghệ"])
q("Có vướng mắc về quy chế giải thưởng thì hỏi ai, số điện thoại bao nhiêu?", "factoid",
  [(F1, "ông Trịnh Minh Khải, điện thoại 0237.3856.214")], ["Trịnh Minh Khải", "0237.3856.214"])
q("Công trình mới đưa vào áp dụng được 6 tháng thì có đủ điều kiện dự giải không?", "factoid",
  [(F1, "đã được ứng dụng trên địa bàn tỉnh Quang Tiến ít nhất 12 tháng")], ["12 tháng"])
u("Còn giải đặc biệt thì thưởng bao nhiêu?", history=[a1])
u("Hội đồng xét tặng giải thưởng sáng tạo có bao nhiêu nhà khoa học?")
u("Lễ trao giải thưởng sáng tạo KH&CN lần thứ nhất tổ chức ở hội trường nào?")
u("Mỗi tiểu ban chuyên môn của hội đồng xét giải gồm mấy thành viên?")
u("Kết quả xét giải được công khai trên cổng thông tin điện tử tỉnh trong bao nhiêu ngày?")
u("tien thuong giai nhat linh vuc chuyen doi so cua giai thuong nam 2023 la bao nhieu")
u("QĐ 1185/QĐ-UBND thành lập hội đồng xét tặng giải thưởng gồm những ai?")

# ---------------- qm02: KH 46/KH-UBND huyện Đạm Thủy (DOCX) ----------------
b1 = q("KH 46 của UBND huyện Đạm Thủy đặt chỉ tiêu phổ cập kỹ năng số cho bao nhiêu % người dân?", "abbreviation",
       [(F2, "ít nhất 75% người dân từ 15 tuổi trở lên trên địa bàn huyện được phổ cập kỹ năng số cơ bản")], ["75%"])
q("Hạn hoàn thành chỉ tiêu đó là khi nào?", "follow-up",
  [(F2, "Đến ngày 31/12/2025, ít nhất 75% người dân")], ["31/12/2025"], history=[b1])
q("huyen dam thuy mo bao nhieu lop binh dan hoc vu so nam 2025", "no-diacritics",
  [(F2, "Mở ít nhất 96 lớp \"Bình dân học vụ số\" với khoảng 4.800 lượt người tham gia")], ["96 lớp", "4.800"])
b4 = q("Tổng kinh phí thực hiện kế hoạch học vụ số của huyện Đạm Thủy năm 2025 là bao nhiêu?", "factoid",
       [(F2, "Tổng kinh phí thực hiện Kế hoạch năm 2025 là 1.260.000.000 đồng")], ["1.260.000.000"])
q("Trong đó ngân sách huyện chi bao nhiêu?", "follow-up",
  [(F2, "ngân sách huyện 860.000.000 đồng")], ["860.000.000"], history=[b4])
b7 = q("Phòng GD&ĐT huyện Đạm Thủy được giao làm gì trong KH 46?", "who-what",
       [(F2, "chỉ đạo các trường trung học cơ sở bố trí phòng tin học cho các lớp học ngoài giờ"),
        (F2, "triển khai mô hình \"trợ giảng số\" trước ngày 15/4/2025")],
       ["15/4/2025"], actors=["Phòng Giáo dục và Đào tạo"])
q("Còn Phòng Nội vụ thì sao?", "follow-up",
  [(F2, "theo dõi, đôn đốc cán bộ, công chức hoàn thành khóa bồi dưỡng kỹ năng số")],
  ["khóa bồi dưỡng kỹ năng số"], history=[b7], actors=["Phòng Nội vụ"])
q("Đơn vị nào thẩm định, tham mưu bố trí kinh phí cho kế hoạch học vụ số của huyện, hạn khi nào?", "who-what",
  [(F2, "Giao Phòng Tài chính - Kế hoạch chủ trì, phối hợp với Phòng Văn hóa, Khoa học và Thông tin thẩm định"),
   (F2, "bố trí kinh phí thực hiện Kế hoạch trước ngày 31/3/2025")],
  ["Phòng Tài chính - Kế hoạch", "31/3/2025"], actors=["Phòng Tài chính - Kế hoạch"])
q("huyen doan dam thuy phai lam gi trong ke hoach binh dan hoc vu so", "who-what",
  [(F2, "chủ trì thành lập 12 đội hình thanh niên tình nguyện \"Đêm hè học số\"")],
  ["12 đội hình", "Đêm hè học số"], actors=["Huyện Đoàn"])
q("UBND các xã, thị trấn phải làm gì theo kế hoạch học vụ số của huyện Đạm Thủy?", "who-what",
  [(F2, "xây dựng kế hoạch của địa phương trước ngày 25/3/2025; kiện toàn Tổ công nghệ số cộng đồng")],
  ["25/3/2025"], actors=["Ủy ban nhân dân các xã, thị trấn"])
q("Chuyên mục Học số mỗi ngày do đơn vị nào làm, phải ra mắt trước ngày nào?", "factoid",
  [(F2, "xây dựng chuyên mục \"Học số mỗi ngày\" phát trên hệ thống truyền thanh, 02 kỳ/tháng"),
   (F2, "Trung tâm Văn hóa, Thông tin và Thể thao huyện"),
   (F2, "Trước ngày 30/4/2025")],
  ["Trung tâm Văn hóa, Thông tin và Thể thao huyện", "30/4/2025"])
q("Kế hoạch 46/KH-UBND của huyện Đạm Thủy ban hành ngày nào, ai ký?", "metadata",
  [(F2, "Đạm Thủy, ngày 10 tháng 3 năm 2025"), (F2, "PHÓ CHỦ TỊCH (Đã ký) Nông Văn Quyết")],
  ["10 tháng 3 năm 2025", "Nông Văn Quyết"])
q("KH 46 căn cứ vào những văn bản nào của tỉnh?", "metadata",
  [(F2, "Căn cứ Kế hoạch số 31/KH-UBND ngày 21/02/2025 của Ủy ban nhân dân tỉnh Quang Tiến"),
   (F2, "Căn cứ Quyết định số 1184/QĐ-UBND ngày 20/01/2025")],
  ["31/KH-UBND", "1184/QĐ-UBND"])
b18 = q("Huyện Đạm Thủy phải giới thiệu ít nhất mấy sáng kiến dự Giải thưởng Sáng tạo KH&CN tỉnh?", "abbreviation",
        [(F2, "Có ít nhất 03 sáng kiến, giải pháp của huyện được giới thiệu tham gia")], ["03 sáng kiến"])
q("Vậy hạn lựa chọn sáng kiến là khi nào?", "follow-up",
  [(F2, "Lựa chọn sáng kiến giới thiệu tham gia Giải thưởng Sáng tạo KH&CN tỉnh"),
   (F2, "Trước ngày 10/7/2025")], ["10/7/2025"], history=[b18])
u("Kinh phí thực hiện kế hoạch học vụ số của huyện Đạm Thủy năm 2026 là bao nhiêu?")
u("Huyện Đạm Thủy có bao nhiêu thôn vùng cao cần ưu tiên phổ cập kỹ năng số?")
u("Mỗi học viên lớp bình dân học vụ số ở huyện Đạm Thủy được hỗ trợ bao nhiêu tiền?")
u("le tong ket phong trao binh dan hoc vu so huyen dam thuy to chuc o dau")

# ---------------- qm03: CV 362-CV/BTGTU (hard-wrapped TXT) ----------------
q("CV 362 của BTG Tỉnh ủy ra ngày nào, về việc gì?", "metadata",
  [(F3, "Số 362-CV/BTGTU Quang Tiến, ngày 14 tháng 3 năm 2025"),
   (F3, "V/v tuyên truyền Giải thưởng Sáng tạo KH&CN tỉnh và phong trào")],
  ["14 tháng 3 năm 2025"])
q("Ai ký công văn tuyên truyền giải thưởng sáng tạo của Ban Tuyên giáo?", "metadata",
  [(F3, "(Đã ký) Tạ Thị Hồng Nhung")], ["Tạ Thị Hồng Nhung"])
c3 = q("Báo Quang Tiến và Đài PT-TH tỉnh được giao làm gì theo CV 362?", "who-what",
       [(F3, "mở chuyên mục \"Sáng tạo vì cộng đồng\", đăng, phát ít nhất 04 tin, bài mỗi tháng")],
       ["Sáng tạo vì cộng đồng", "04 tin, bài"],
       actors=["Báo Quang Tiến, Đài Phát thanh và Truyền hình tỉnh"])
q("Thực hiện từ khi nào đến khi nào?", "follow-up",
  [(F3, "ít nhất 04 tin, bài mỗi tháng từ tháng 4 đến tháng 12/2025")], ["tháng 12/2025"], history=[c3])
q("tinh doan duoc ban tuyen giao de nghi lam gi", "who-what",
  [(F3, "phát động cuộc thi \"Tuổi trẻ Quang Tiến sáng tạo\" trong đoàn viên, thanh niên")],
  ["Tuổi trẻ Quang Tiến sáng tạo"], actors=["Ban Thường vụ Tỉnh đoàn"])
q("Các huyện ủy phải tổ chức hội nghị báo cáo viên chuyên đề khoa học công nghệ khi nào?", "who-what",
  [(F3, "tổ chức ít nhất 01 hội nghị báo cáo viên chuyên đề về khoa học, công nghệ và chuyển đổi số trong quý II/2025")],
  ["quý II/2025"], actors=["Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"])
q("Phòng Khoa giáo của Ban Tuyên giáo phải làm những việc gì?", "who-what",
  [(F3, "chủ trì theo dõi, đôn đốc, tổng hợp kết quả; biên soạn tài liệu hỏi - đáp"),
   (F3, "phát hành 3.000 cuốn trước ngày 20/4/2025")],
  ["3.000 cuốn", "20/4/2025"], actors=["Phòng Khoa giáo Ban Tuyên giáo Tỉnh ủy"])
c8 = q("Hạn gửi báo cáo sơ kết 6 tháng về Ban Tuyên giáo Tỉnh ủy là ngày nào?", "factoid",
       [(F3, "trước ngày 15/6/2025 đối với báo cáo sơ kết 6 tháng")], ["15/6/2025"])
q("con bao cao nam thi han la bao gio?", "follow-up",
  [(F3, "trước ngày 05/12/2025 đối với báo cáo năm")], ["05/12/2025"], history=[c8])
c10 = q("Muốn hỏi thêm về công văn tuyên truyền giải thưởng thì liên hệ ai ở Ban Tuyên giáo?", "factoid",
        [(F3, "đồng chí Hoàng Minh Tâm, Phó Trưởng phòng Khoa giáo, điện thoại 0237.3852.771")],
        ["Hoàng Minh Tâm", "0237.3852.771"])
q("Số di động của đồng chí đó?", "follow-up",
  [(F3, "di động 0983.116.502, thư điện tử khoagiao.btgtu@quangtien.org.vn")], ["0983.116.502"],
  history=[c10])
q("Ban cán sự đảng UBND tỉnh được đề nghị chỉ đạo việc gì, xong trước ngày nào?", "who-what",
  [(F3, "chỉ đạo Sở Khoa học và Công nghệ cung cấp thông tin, tài liệu về Giải thưởng cho các cơ quan báo chí"),
   (F3, "đội ngũ báo cáo viên trước ngày 31/3/2025")],
  ["31/3/2025"], actors=["Ban cán sự đảng Ủy ban nhân dân tỉnh"])
q("Công văn 362 của Ban Tuyên giáo gửi tới những đơn vị nào?", "list",
  [(F3, "- Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy;"),
   (F3, "- Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh; - Ban Thường vụ Tỉnh đoàn;"),
   (F3, "- Báo Quang Tiến, Đài Phát thanh và Truyền hình tỉnh.")],
  ["Ban cán sự đảng Ủy ban nhân dân tỉnh", "Ban Thường vụ Tỉnh đoàn", "Báo Quang Tiến"])
q("cong van 362 co nhac han nhan ho so giai thuong sang tao khong", "no-diacritics",
  [(F3, "lưu ý thời hạn nhận hồ sơ năm 2025 được kéo dài đến hết ngày 15/8/2025")], ["15/8/2025"])
q("MTTQ tỉnh được Ban Tuyên giáo đề nghị làm gì?", "who-what",
  [(F3, "Đề nghị Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh chỉ đạo Mặt trận và các tổ chức chính trị - xã hội các cấp vận động đoàn viên, hội viên")],
  ["vận động đoàn viên, hội viên"], actors=["Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"])
u("Ban Tuyên giáo Tỉnh ủy bố trí bao nhiêu kinh phí để in tài liệu hỏi - đáp?")
u("Cuộc thi Tuổi trẻ Quang Tiến sáng tạo có giải nhất trị giá bao nhiêu?")
u("CV 363-CV/BTGTU về tuyên truyền chuyển đổi số yêu cầu những gì?")

# ---------------- qm04: BC 09/BC-HKH Hồng Diệp (Markdown) ----------------
d1 = q("Năm 2024 huyện Hồng Diệp có bao nhiêu hội viên khuyến học?", "factoid",
       [(F4, "Tổng số hội viên là 21.356 người, chiếm 19,6% dân số")], ["21.356"])
q("Tăng bao nhiêu so với năm trước?", "follow-up",
  [(F4, "tăng 1.120 hội viên so với năm 2023")], ["1.120"], history=[d1])
d3 = q("Xã Bãi Lau có bao nhiêu hội viên, quỹ khuyến học được bao nhiêu?", "factoid",
       [(F4, "| 3 | Xã Bãi Lau | 12 | 1.208 | 236 | 175 | 69,8 |")], ["1.208", "236"])
q("Thế xã Phượng Cầu?", "follow-up",
  [(F4, "| 2 | Xã Phượng Cầu | 17 | 1.965 | 412 | 286 | 74,1 |")], ["1.965", "412"], history=[d3])
q("Đơn vị nào ở Hồng Diệp có tỷ lệ gia đình học tập đạt chuẩn cao nhất?", "factoid",
  [(F4, "| 1 | Thị trấn Hồng Diệp | 22 | 2.840 | 785 | 410 | 78,5 |")], ["Thị trấn Hồng Diệp", "78,5"])
q("tong quy khuyen hoc huyen hong diep nam 2024 duoc bao nhieu", "no-diacritics",
  [(F4, "Tổng Quỹ khuyến học toàn huyện năm 2024 đạt 4.860 triệu đồng")], ["4.860"])
q("chuong trinh tiep suc den truong ho tro bao nhieu tan sinh vien, moi em bao nhieu tien", "no-diacritics",
  [(F4, "hỗ trợ 46 tân sinh viên có hoàn cảnh khó khăn, mỗi em 3.000.000 đồng")], ["46 tân sinh viên", "3.000.000"])
d8 = q("Năm 2025 Hội khuyến học Hồng Diệp đặt kế hoạch bao nhiêu hội viên?", "factoid",
       [(F4, "| Số hội viên (người) | 21.356 | 22.500 |")], ["22.500"])
q("Còn quỹ khuyến học kế hoạch năm nay?", "follow-up",
  [(F4, "| Tổng Quỹ khuyến học (triệu đồng) | 4.860 | 5.200 |")], ["5.200"], history=[d8])
q("Hội Khuyến học đề nghị Phòng GD&ĐT huyện Hồng Diệp làm gì?", "who-what",
  [(F4, "Đề nghị Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường học thành lập hoặc kiện toàn chi hội khuyến học trong nhà trường trước ngày 30/9/2025")],
  ["30/9/2025"], actors=["Phòng Giáo dục và Đào tạo huyện"])
q("Hội đề nghị UBND huyện cấp bao nhiêu kinh phí hoạt động cho Hội năm 2025?", "who-what",
  [(F4, "Đề nghị Ủy ban nhân dân huyện bố trí kinh phí hoạt động cho Hội Khuyến học huyện năm 2025 là 180 triệu đồng")],
  ["180 triệu đồng"], actors=["Ủy ban nhân dân huyện"])
q("hoi khuyen hoc cac xa phai to chuc dai hoi xong truoc ngay nao", "who-what",
  [(F4, "tổ chức đại hội nhiệm kỳ 2026 - 2031 theo hướng dẫn của Hội Khuyến học tỉnh, hoàn thành trước ngày 31/8/2025")],
  ["31/8/2025"], actors=["Hội Khuyến học các xã, thị trấn"])
q("Báo cáo 09/BC-HKH ký ngày nào, ai ký?", "metadata",
  [(F4, "Hồng Diệp, ngày 28 tháng 3 năm 2025"), (F4, "CHỦ TỊCH (Đã ký) Ngô Quang Vịnh")],
  ["28 tháng 3 năm 2025", "Ngô Quang Vịnh"])
q("HKH huyện Hồng Diệp có tất cả bao nhiêu chi hội, ban khuyến học?", "abbreviation",
  [(F4, "toàn huyện có 214 chi hội, ban khuyến học")], ["214"])
u("Xã Thanh Tước có bao nhiêu dòng họ học tập?")
u("Tổng quỹ khuyến học huyện Hồng Diệp năm 2023 đạt bao nhiêu?")
u("hoi khuyen hoc huyen dam thuy co bao nhieu hoi vien")
u("Năm 2024 Hội Khuyến học tỉnh Quang Tiến trao tổng cộng bao nhiêu suất học bổng?")

# ---------------- qm05: TB 23/TB-UBND xã Lộ Vân (TXT) ----------------
q("TB 23 của UBND xã Lộ Vân ban hành ngày nào?", "metadata",
  [(F5, "Lộ Vân, ngày 19 tháng 3 năm 2025")], ["19 tháng 3 năm 2025"])
q("Cuộc họp triển khai bình dân học vụ số ở xã Lộ Vân họp hôm nào, ai chủ trì?", "factoid",
  [(F5, "Ngày 17/3/2025, tại Hội trường Ủy ban nhân dân xã, đồng chí Ma Văn Thiêm, Chủ tịch Ủy ban nhân dân xã chủ trì")],
  ["17/3/2025", "Ma Văn Thiêm"])
e5 = q("Đoàn Thanh niên xã Lộ Vân được giao nhiệm vụ gì, hạn bao giờ?", "who-what",
       [(F5, "Giao Đoàn Thanh niên xã thành lập đội \"Thanh niên tình nguyện học số\" gồm 20 đoàn viên"),
        (F5, "hoàn thành việc thành lập đội trước ngày 31/3/2025")],
       ["20 đoàn viên", "31/3/2025"], actors=["Đoàn Thanh niên xã"])
q("Còn các trưởng thôn?", "follow-up",
  [(F5, "Trưởng các thôn lập danh sách người đăng ký học gửi về Ủy ban nhân dân xã (qua công chức Văn hóa - Xã hội) trước ngày 28/3/2025")],
  ["28/3/2025"], history=[e5], actors=["Trưởng các thôn"])
e7 = q("Trường THCS Lộ Vân phải làm gì cho lớp học số?", "who-what",
       [(F5, "Trường THCS Lộ Vân bố trí phòng tin học (22 máy tính) phục vụ lớp học vào tối thứ Ba và tối thứ Năm hằng tuần")],
       ["22 máy tính"], actors=["Trường THCS Lộ Vân"])
u("Thế trường tiểu học Lộ Vân có bao nhiêu máy tính?", history=[e7])
q("Lớp số 3 học ở đâu, khai giảng ngày nào?", "factoid",
  [(F5, "Lớp số 3: Điểm trường thôn Khe Sậy; sáng Chủ nhật (từ 8 giờ 00), khai giảng ngày 13/4/2025")],
  ["Khe Sậy", "13/4/2025"])
q("lop hoc o nha van hoa thon dong gianh hoc vao toi nao, ai huong dan", "no-diacritics",
  [(F5, "Nhà văn hóa thôn Đồng Gianh; tối thứ Sáu (từ 19 giờ 30), khai giảng ngày 11/4/2025; hướng dẫn viên: chị Đàm Thị Ngát")],
  ["thứ Sáu", "Đàm Thị Ngát"])
q("Ngân sách xã Lộ Vân hỗ trợ mỗi lớp bao nhiêu tiền?", "factoid",
  [(F5, "bố trí 48 triệu đồng từ ngân sách xã năm 2025 để hỗ trợ các lớp học, mức hỗ trợ 6 triệu đồng/lớp")],
  ["6 triệu đồng/lớp", "48 triệu đồng"])
q("Các hội, đoàn thể của xã Lộ Vân được giao việc gì?", "who-what",
  [(F5, "Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh và Chi hội Người cao tuổi xã vận động hội viên tham gia học, bảo đảm mỗi lớp có ít nhất 35 học viên")],
  ["35 học viên"],
  actors=["Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh và Chi hội Người cao tuổi xã"])
q("dot 2 xa lo van mo lop o nhung thon nao", "no-diacritics",
  [(F5, "Đợt 2 (tháng 8 và tháng 9/2025) gồm 04 lớp tại thôn Lộ Hạ, thôn Bãi Nổi, thôn Cây Gạo và Trụ sở Ủy ban nhân dân xã")],
  ["Lộ Hạ", "Bãi Nổi", "Cây Gạo"])
q("Dân muốn đăng ký học lớp kỹ năng số ở Lộ Vân thì liên hệ ai?", "factoid",
  [(F5, "liên hệ bà Đỗ Thị Thanh Xuân, công chức Văn hóa - Xã hội, điện thoại 0978.203.615")],
  ["Đỗ Thị Thanh Xuân", "0978.203.615"])
q("Công chức VH-XH xã Lộ Vân phải tham mưu ban hành kế hoạch trước ngày nào?", "who-what",
  [(F5, "Công chức Văn hóa - Xã hội chủ trì tham mưu Ủy ban nhân dân xã ban hành Kế hoạch của xã trước ngày 24/3/2025")],
  ["24/3/2025"], actors=["Công chức Văn hóa - Xã hội"])
q("Bưu điện văn hóa xã được đề nghị hỗ trợ người dân việc gì?", "who-what",
  [(F5, "Đề nghị Bưu điện văn hóa xã phối hợp hướng dẫn người dân mở tài khoản thanh toán")],
  ["mở tài khoản thanh toán"], actors=["Bưu điện văn hóa xã"])
q("Thông báo kết luận của xã Lộ Vân do ai ký?", "metadata",
  [(F5, "(Đã ký) Phùng Thị Lan")], ["Phùng Thị Lan"])
q("to cong nghe so cong dong xa lo van duoc kien toan gom bao nhieu nguoi", "no-diacritics",
  [(F5, "tham mưu kiện toàn Tổ công nghệ số cộng đồng gồm 14 thành viên")], ["14 thành viên"])
u("Xã Khê Lạc mở bao nhiêu lớp bình dân học vụ số năm 2025?")
u("Lớp số 5 ở xã Lộ Vân khai giảng ngày nào?")
u("hoc vien lop binh dan hoc vu so o lo van co duoc phat dien thoai thong minh khong")
u("Ai làm tổ trưởng Tổ công nghệ số cộng đồng xã Lộ Vân?")

# ---------------- corpus-level ----------------
q("Có mấy văn bản nói về phong trào Bình dân học vụ số? Là những văn bản nào?", "corpus",
  [(F2, "Triển khai phong trào \"Bình dân học vụ số\" và phổ cập kỹ năng số cho người dân huyện Đạm Thủy năm 2025"),
   (F3, "V/v tuyên truyền Giải thưởng Sáng tạo KH&CN tỉnh và phong trào \"Bình dân học vụ số\" năm 2025"),
   (F4, "Tham gia phong trào \"Bình dân học vụ số\""),
   (F5, "Kết luận của Chủ tịch Ủy ban nhân dân xã tại cuộc họp triển khai phong trào \"Bình dân học vụ số\"")],
  ["46/KH-UBND", "362-CV/BTGTU", "23/TB-UBND"])
q("Những văn bản nào căn cứ hoặc thực hiện Quyết định 1184/QĐ-UBND?", "corpus",
  [(F2, "Căn cứ Quyết định số 1184/QĐ-UBND ngày 20/01/2025"),
   (F3, "Quyết định số 1184/QĐ-UBND ngày 20/01/2025 của Ủy ban nhân dân tỉnh ban hành Quy chế")],
  ["46/KH-UBND", "362-CV/BTGTU"])
q("Trong bộ tài liệu có văn bản nào của huyện Hồng Diệp không?", "corpus",
  [(F4, "Hồng Diệp, ngày 28 tháng 3 năm 2025")], ["09/BC-HKH"])
q("van ban nao do ubnd xa lo van ban hanh", "corpus",
  [(F5, "Lộ Vân, ngày 19 tháng 3 năm 2025")], ["23/TB-UBND"])
q("Có bao nhiêu văn bản do cấp tỉnh ban hành?", "corpus",
  [(F1, "Số: 1184/QĐ-UBND Quang Tiến, ngày 20 tháng 01 năm 2025"),
   (F3, "Số 362-CV/BTGTU Quang Tiến, ngày 14 tháng 3 năm 2025")],
  ["1184/QĐ-UBND", "362-CV/BTGTU"])
u("Kế hoạch 31/KH-UBND của tỉnh giao cho huyện Đạm Thủy chỉ tiêu bao nhiêu lớp?")
u("Chương trình hành động 12-CTr/TU của Tỉnh ủy có bao nhiêu nhiệm vụ trọng tâm?")


# ---------------- who-what gold ----------------
WW = [
    {"id": "wqm01", "directive": "QĐ 1184/QĐ-UBND", "source": F1, "actors": [
        {"name": "Sở Khoa học và Công nghệ", "role": "thường trực", "deadline": "trước ngày 28/02/2025",
         "task_quote": "ban hành thể lệ chi tiết và mẫu hồ sơ trước ngày 28/02/2025; tiếp nhận hồ sơ; lập dự toán kinh phí"},
        {"name": "Sở Tài chính", "role": "chủ trì", "deadline": None,
         "task_quote": "Sở Tài chính chủ trì thẩm định dự toán, tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí"},
        {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": None,
         "task_quote": "Sở Giáo dục và Đào tạo phối hợp với Tỉnh đoàn phát động, hướng dẫn học sinh, sinh viên tham gia"},
        {"name": "Tỉnh đoàn", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với Tỉnh đoàn phát động, hướng dẫn học sinh, sinh viên tham gia lĩnh vực Sáng tạo thanh thiếu niên"},
        {"name": "Các sở: Y tế, Nông nghiệp và Môi trường", "role": None, "deadline": None,
         "task_quote": "giới thiệu công trình, giải pháp tiêu biểu trong ngành và cử chuyên gia tham gia các tiểu ban chuyên môn"},
        {"name": "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với Sở Khoa học và Công nghệ tổ chức hội thảo giới thiệu Giải thưởng tới đội ngũ trí thức"},
        {"name": "Báo Quang Tiến, Đài Phát thanh và Truyền hình tỉnh", "role": None, "deadline": None,
         "task_quote": "tuyên truyền về Giải thưởng và các công trình đạt giải"},
        {"name": "Ủy ban nhân dân các huyện, thị xã, thành phố", "role": None,
         "deadline": "trước ngày 15/7 của năm xét tặng",
         "task_quote": "phát hiện, lựa chọn và giới thiệu công trình, giải pháp đã được ứng dụng hiệu quả tại địa phương"},
    ], "intruders": ["Lương Thế Bảo", "Bộ Khoa học và Công nghệ", "Thường trực Tỉnh ủy",
                     "Thường trực HĐND tỉnh", "Ban Tuyên giáo Tỉnh ủy", "Lưu: VT, KGVX"]},
    {"id": "wqm02", "directive": "KH 46/KH-UBND", "source": F2, "actors": [
        {"name": "Phòng Văn hóa, Khoa học và Thông tin huyện", "role": "thường trực", "deadline": "định kỳ hằng quý",
         "task_quote": "là cơ quan thường trực thực hiện Kế hoạch; chủ trì, phối hợp với Phòng Giáo dục và Đào tạo"},
        {"name": "Phòng Giáo dục và Đào tạo", "role": None, "deadline": "trước ngày 15/4/2025",
         "task_quote": "chỉ đạo các trường trung học cơ sở bố trí phòng tin học cho các lớp học ngoài giờ"},
        {"name": "Phòng Tài chính - Kế hoạch", "role": "chủ trì", "deadline": "trước ngày 31/3/2025",
         "task_quote": "thẩm định, tham mưu Ủy ban nhân dân huyện bố trí kinh phí thực hiện Kế hoạch trước ngày 31/3/2025"},
        {"name": "Phòng Nội vụ", "role": None, "deadline": None,
         "task_quote": "theo dõi, đôn đốc cán bộ, công chức hoàn thành khóa bồi dưỡng kỹ năng số"},
        {"name": "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "role": "chủ trì", "deadline": "Trước ngày 30/4/2025",
         "task_quote": "xây dựng chuyên mục \"Học số mỗi ngày\" phát trên hệ thống truyền thanh, 02 kỳ/tháng"},
        {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", "role": None,
         "deadline": None,
         "task_quote": "vận động đoàn viên, hội viên và Nhân dân tích cực tham gia các lớp học"},
        {"name": "Huyện Đoàn", "role": "chủ trì", "deadline": None,
         "task_quote": "chủ trì thành lập 12 đội hình thanh niên tình nguyện \"Đêm hè học số\""},
        {"name": "Các phòng, ban, ngành, Mặt trận và đoàn thể huyện", "role": None, "deadline": None,
         "task_quote": "cử cán bộ phụ trách địa bàn tham gia hỗ trợ các xã, thị trấn tổ chức lớp học"},
        {"name": "Ủy ban nhân dân các xã, thị trấn", "role": None, "deadline": "trước ngày 25/3/2025",
         "task_quote": "xây dựng kế hoạch của địa phương trước ngày 25/3/2025; kiện toàn Tổ công nghệ số cộng đồng"},
        {"name": "Phòng Kinh tế, Hạ tầng và Đô thị", "role": "phối hợp", "deadline": "Trước ngày 10/7/2025",
         "task_quote": "Lựa chọn sáng kiến giới thiệu tham gia Giải thưởng Sáng tạo KH&CN tỉnh"},
        {"name": "Phòng Nông nghiệp và Môi trường", "role": "phối hợp", "deadline": "Trước ngày 10/7/2025",
         "task_quote": "Lựa chọn sáng kiến giới thiệu tham gia Giải thưởng Sáng tạo KH&CN tỉnh"},
    ], "intruders": ["Nông Văn Quyết", "UBND tỉnh (để b/c)", "Sở Khoa học và Công nghệ",
                     "Thường trực Huyện ủy", "Thường trực HĐND huyện", "Lưu: VT, VHKHTT"]},
    {"id": "wqm03", "directive": "CV 362-CV/BTGTU", "source": F3, "actors": [
        {"name": "Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "role": None,
         "deadline": "trong quý II/2025",
         "task_quote": "đưa nội dung tuyên truyền vào sinh hoạt chi bộ định kỳ"},
        {"name": "Ban cán sự đảng Ủy ban nhân dân tỉnh", "role": None, "deadline": "trước ngày 31/3/2025",
         "task_quote": "chỉ đạo Sở Khoa học và Công nghệ cung cấp thông tin, tài liệu về Giải thưởng cho các cơ quan báo chí"},
        {"name": "Đảng đoàn Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "role": None, "deadline": None,
         "task_quote": "chỉ đạo Mặt trận và các tổ chức chính trị - xã hội các cấp vận động đoàn viên, hội viên"},
        {"name": "Báo Quang Tiến, Đài Phát thanh và Truyền hình tỉnh", "role": None,
         "deadline": "từ tháng 4 đến tháng 12/2025",
         "task_quote": "mở chuyên mục \"Sáng tạo vì cộng đồng\", đăng, phát ít nhất 04 tin, bài mỗi tháng"},
        {"name": "Ban Thường vụ Tỉnh đoàn", "role": None, "deadline": None,
         "task_quote": "phát động cuộc thi \"Tuổi trẻ Quang Tiến sáng tạo\" trong đoàn viên, thanh niên"},
        {"name": "Phòng Khoa giáo Ban Tuyên giáo Tỉnh ủy", "role": "chủ trì", "deadline": "trước ngày 20/4/2025",
         "task_quote": "chủ trì theo dõi, đôn đốc, tổng hợp kết quả; biên soạn tài liệu hỏi - đáp"},
        {"name": "Phòng Lý luận chính trị", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với Phòng Lý luận chính trị tổ chức định hướng thông tin tại hội nghị báo cáo viên tháng"},
        {"name": "Các cơ quan, đơn vị", "role": None, "deadline": "trước ngày 15/6/2025",
         "task_quote": "báo cáo kết quả thực hiện (lồng ghép trong báo cáo công tác tuyên giáo) về Ban Tuyên giáo Tỉnh ủy"},
    ], "intruders": ["Tạ Thị Hồng Nhung", "Thường trực Tỉnh ủy (để b/c)", "Lãnh đạo Ban",
                     "Các phòng thuộc Ban", "Lưu: Văn phòng Ban, Phòng KG"]},
    {"id": "wqm04", "directive": "BC 09/BC-HKH", "source": F4, "actors": [
        {"name": "Hội Khuyến học các xã, thị trấn", "role": None, "deadline": "trước ngày 31/8/2025",
         "task_quote": "tổ chức đại hội nhiệm kỳ 2026 - 2031 theo hướng dẫn của Hội Khuyến học tỉnh"},
        {"name": "Văn phòng Hội Khuyến học huyện", "role": None, "deadline": "trước ngày 30/6/2025",
         "task_quote": "cập nhật đầy đủ dữ liệu hội viên lên phần mềm quản lý trước ngày 30/6/2025"},
        {"name": "Các chi hội khuyến học trong trường học", "role": None, "deadline": None,
         "task_quote": "phối hợp với Ban đại diện cha mẹ học sinh vận động xây dựng quỹ"},
        {"name": "Ủy ban nhân dân huyện", "role": None, "deadline": None,
         "task_quote": "bố trí kinh phí hoạt động cho Hội Khuyến học huyện năm 2025 là 180 triệu đồng"},
        {"name": "Phòng Giáo dục và Đào tạo huyện", "role": None, "deadline": "trước ngày 30/9/2025",
         "task_quote": "chỉ đạo các trường học thành lập hoặc kiện toàn chi hội khuyến học trong nhà trường"},
        {"name": "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", "role": "phối hợp",
         "deadline": None,
         "task_quote": "phối hợp với Hội mở thêm 60 lớp \"Bình dân học vụ số\" trong năm 2025"},
        {"name": "Hội Khuyến học tỉnh Quang Tiến", "role": None, "deadline": None,
         "task_quote": "hỗ trợ tài liệu và tập huấn nghiệp vụ cho cán bộ hội cơ sở mới được kiện toàn"},
    ], "intruders": ["Ngô Quang Vịnh", "Quách Thị Diễm", "Thường trực Huyện ủy",
                     "Ủy ban MTTQ Việt Nam huyện", "Lưu: VP Hội"]},
    {"id": "wqm05", "directive": "TB 23/TB-UBND", "source": F5, "actors": [
        {"name": "Công chức Văn hóa - Xã hội", "role": "chủ trì", "deadline": "trước ngày 24/3/2025",
         "task_quote": "chủ trì tham mưu Ủy ban nhân dân xã ban hành Kế hoạch của xã trước ngày 24/3/2025"},
        {"name": "Trường THCS Lộ Vân", "role": None, "deadline": None,
         "task_quote": "bố trí phòng tin học (22 máy tính) phục vụ lớp học vào tối thứ Ba và tối thứ Năm hằng tuần"},
        {"name": "Trường Tiểu học Lộ Vân", "role": None, "deadline": None,
         "task_quote": "cho mượn phòng học tại điểm trường thôn Khe Sậy để tổ chức lớp học vào sáng Chủ nhật"},
        {"name": "Đoàn Thanh niên xã", "role": None, "deadline": "trước ngày 31/3/2025",
         "task_quote": "thành lập đội \"Thanh niên tình nguyện học số\" gồm 20 đoàn viên"},
        {"name": "Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh và Chi hội Người cao tuổi xã",
         "role": None, "deadline": None,
         "task_quote": "vận động hội viên tham gia học, bảo đảm mỗi lớp có ít nhất 35 học viên"},
        {"name": "Trưởng các thôn", "role": None, "deadline": "trước ngày 28/3/2025",
         "task_quote": "lập danh sách người đăng ký học gửi về Ủy ban nhân dân xã"},
        {"name": "Công chức Tài chính - Kế toán", "role": None, "deadline": None,
         "task_quote": "tham mưu bố trí 48 triệu đồng từ ngân sách xã năm 2025 để hỗ trợ các lớp học"},
        {"name": "Bưu điện văn hóa xã", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp hướng dẫn người dân mở tài khoản thanh toán, tra cứu thông tin"},
    ], "intruders": ["Phùng Thị Lan", "Ma Văn Thiêm", "UBND huyện (để b/c)",
                     "Phòng Văn hóa, KH&TT huyện", "TT Đảng ủy, TT HĐND xã", "Lưu: VT"]},
]


def _nfc_obj(o):
    if isinstance(o, str):
        return nfc(o)
    if isinstance(o, list):
        return [_nfc_obj(x) for x in o]
    if isinstance(o, dict):
        return {k: _nfc_obj(v) for k, v in o.items()}
    return o


if __name__ == "__main__":
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for d in Q:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WW:
            f.write(json.dumps(_nfc_obj(w), ensure_ascii=False) + "\n")
    print(len(Q), "questions;", len(WW), "who-what lines")
