# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl for blind set si (hand-written data)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "si01_kehoach_hoithi.docx"
B = "si02_huongdan_hoso.txt"
C = "si03_chuongtrinh_tvpb.md"
D = "si04_thongbao_ketqua.pdf"
E = "si05_baocao_2025.docx"

QS = []


def N(s):
    return unicodedata.normalize("NFC", s)


def q(question, kind, ev, kw, actors=None, history=None):
    d = {"id": f"si{len(QS) + 1:03d}", "question": N(question), "answerable": True, "kind": kind,
         "evidence": [{"source": s, "quote": N(t)} for s, t in ev], "keywords": [N(k) for k in kw]}
    if history:
        d["history"] = [N(h) for h in history]
    if actors:
        d["actors"] = [N(a) for a in actors]
    QS.append(d)
    return question


def u(question, kind="unanswerable", history=None):
    d = {"id": f"si{len(QS) + 1:03d}", "question": N(question), "answerable": False, "kind": kind,
         "evidence": [], "keywords": []}
    if history:
        d["history"] = [N(h) for h in history]
    QS.append(d)
    return question


# ------------------------------------------------------------ si01 Kế hoạch 63/KH-UBND
q("Hội thi sáng tạo kỹ thuật tỉnh lần này chia ra những lĩnh vực dự thi nào?", "list",
  [(A, "Cơ khí, tự động hóa, điện - điện tử;"),
   (A, "Công nghệ thông tin, chuyển đổi số và viễn thông;"),
   (A, "Giáo dục, đào tạo và sáng tạo của thanh thiếu niên, nhi đồng.")],
  ["Cơ khí, tự động hóa", "chuyển đổi số và viễn thông", "thanh thiếu niên, nhi đồng"])
h_nhat = q("Giải nhất hội thi sáng tạo kỹ thuật được thưởng bao nhiêu tiền?", "factoid",
           [(A, "Mức thưởng: giải Nhất 25.000.000 đồng/giải; giải Nhì 15.000.000 đồng/giải")], ["25.000.000"])
q("Còn giải khuyến khích thì bao nhiêu?", "follow-up",
  [(A, "giải Ba 10.000.000 đồng/giải; giải Khuyến khích 4.000.000 đồng/giải")], ["4.000.000"], history=[h_nhat])
u("Năm 2026 ngân sách tỉnh bố trí thêm bao nhiêu tiền cho Hội thi sáng tạo kỹ thuật lần thứ VIII?")
h_70 = q("Giải pháp phải đạt tối thiểu bao nhiêu điểm thì mới được xét trao giải?", "factoid",
         [(A, "Giải pháp đạt từ 70 điểm trở lên mới được xem xét trao giải.")], ["70 điểm"])
q("Thế muốn vào vòng chung khảo thì cần bao nhiêu điểm?", "follow-up",
  [(A, "chọn các giải pháp đạt từ 60 điểm trở lên vào vòng chung khảo")], ["60 điểm"], history=[h_70])
q("Sở Tài chính được giao việc gì trong kế hoạch tổ chức hội thi, hạn khi nào?", "who-what",
  [(A, "Thẩm định dự toán, bố trí kinh phí tổ chức Hội thi"), (A, "Trước ngày 30/4/2025")],
  ["Thẩm định dự toán", "30/4/2025"], actors=["Sở Tài chính"])
q("UBND các huyện có trách nhiệm gì với Hội thi? Mỗi huyện phải có tối thiểu bao nhiêu giải pháp?", "who-what",
  [(A, "giao Phòng Kinh tế hoặc Phòng Kinh tế - Hạ tầng làm đầu mối hướng dẫn, tổng hợp hồ sơ của địa phương"),
   (A, "mỗi huyện, thị xã, thành phố có ít nhất 05 giải pháp dự thi")],
  ["Phòng Kinh tế", "05 giải pháp"], actors=["UBND các huyện, thị xã, thành phố"])
q("Kế hoạch tổ chức hội thi sáng tạo kỹ thuật lần VIII ký ngày nào, ai ký?", "metadata",
  [(A, "Tháp Đá, ngày 12 tháng 3 năm 2025"), (A, "PHÓ CHỦ TỊCH (Đã ký) Phan Minh Hạo")],
  ["12 tháng 3 năm 2025", "Phan Minh Hạo"])
q("ke hoach hoi thi sang tao ky thuat nhan ho so den ngay nao", "no-diacritics",
  [(A, "Nhận hồ sơ dự thi: từ ngày 15/4/2025 đến hết ngày 31/10/2025.")], ["31/10/2025"])
q("lien doan lao dong tinh phai lam gi trong hoi thi", "no-diacritics",
  [(A, "Động viên công nhân, người lao động trong các doanh nghiệp, khu công nghiệp tham gia Hội thi")],
  ["công nhân, người lao động"])
q("KH 63 được ban hành trên cơ sở tờ trình số mấy của LHH tỉnh?", "abbreviation",
  [(A, "Tờ trình số 19/TTr-LHH ngày 25/02/2025")], ["19/TTr-LHH"])
u("Giải đặc biệt của Hội thi sáng tạo kỹ thuật lần thứ VIII được thưởng bao nhiêu tiền?")
q("Theo KH 63/KH-UBND, những ai không được tham gia dự thi?", "abbreviation",
  [(A, "Thành viên Ban Tổ chức, Hội đồng giám khảo và Tổ Thư ký Hội thi không được tham gia dự thi.")],
  ["Hội đồng giám khảo", "Tổ Thư ký"])
q("Các sở ban ngành, Mặt trận và đoàn thể tỉnh phải làm gì để hưởng ứng hội thi?", "who-what",
  [(A, "Các sở, ban, ngành, Mặt trận Tổ quốc và các đoàn thể tỉnh phổ biến Kế hoạch đến cán bộ"),
   (A, "tạo điều kiện về thời gian cho các tác giả tham gia Hội thi")],
  ["phổ biến Kế hoạch", "tạo điều kiện về thời gian"],
  actors=["Các sở, ban, ngành, Mặt trận Tổ quốc và các đoàn thể tỉnh"])
h_ck = q("Vòng chung khảo diễn ra từ ngày nào đến ngày nào?", "factoid",
         [(A, "từ ngày 01/12/2025 đến ngày 20/12/2025")], ["01/12/2025", "20/12/2025"])
q("Còn vòng sơ khảo?", "follow-up",
  [(A, "Vòng sơ khảo (chấm hồ sơ): từ ngày 05/11/2025 đến ngày 25/11/2025")], ["05/11/2025", "25/11/2025"],
  history=[h_ck])
u("Sở Nội vụ được phân bổ bao nhiêu kinh phí để phối hợp tổ chức Hội thi sáng tạo kỹ thuật?")
q("sau hoi thi tinh doan trao may giai tac gia tre, moi giai bao nhieu tien", "no-diacritics",
  [(A, "Tỉnh đoàn trao 02 giải \"Tác giả trẻ sáng tạo\" cho tác giả dưới 30 tuổi, mỗi giải 5.000.000 đồng")],
  ["02 giải", "5.000.000"])
q("LĐLĐ tỉnh có nằm trong BTC hội thi không?", "abbreviation",
  [(A, "gồm đại diện lãnh đạo Liên hiệp hội tỉnh, Sở Khoa học và Công nghệ, Tỉnh đoàn, Liên đoàn Lao động tỉnh")],
  ["Liên đoàn Lao động tỉnh"])
u("Hội đồng giám khảo hội thi gồm tất cả bao nhiêu thành viên, ai làm chủ tịch hội đồng?")

# ------------------------------------------------------------ si02 Hướng dẫn 27/HD-LHH
h_trang = q("Bản mô tả giải pháp được viết tối đa bao nhiêu trang, cỡ chữ mấy?", "factoid",
            [(B, "dài không quá 15 trang giấy A4"), (B, "Times New Roman, cỡ chữ 13")], ["15 trang", "cỡ chữ 13"])
q("Còn bản tóm tắt thì sao?", "follow-up",
  [(B, "Bản tóm tắt giải pháp theo Mẫu số 03/HT, dài không quá 02 trang.")], ["02 trang", "03/HT"],
  history=[h_trang])
h_bo = q("Mỗi giải pháp phải nộp mấy bộ hồ sơ giấy?", "factoid",
         [(B, "Mỗi giải pháp nộp 03 bộ hồ sơ bằng giấy (01 bộ gốc và 02 bộ sao)")], ["03 bộ"])
q("Vậy bản điện tử gửi về địa chỉ nào?", "follow-up",
  [(B, "Bản điện tử gửi về địa chỉ thư điện tử: hoithistkt@lhhbachsa.org.vn")], ["hoithistkt@lhhbachsa.org.vn"],
  history=[h_bo])
q("nop ho so du thi o thanh pho thi nop o dau, dia chi cu the", "no-diacritics",
  [(B, "tầng 3, số 84 đường Trần Hưng Đạo, phường Hạ Mạch, thành phố Tháp Đá")], ["số 84 đường Trần Hưng Đạo"])
h_huyen = q("tac gia o huyen thi nop ho so cho co quan nao", "no-diacritics",
            [(B, "Tác giả ở các huyện, thị xã nộp tại Phòng Kinh tế hoặc Phòng Kinh tế - Hạ tầng")], ["Phòng Kinh tế"])
q("Vậy các phòng đó phải chuyển hồ sơ lên tỉnh muộn nhất ngày nào?", "follow-up",
  [(B, "chuyển hồ sơ về Văn phòng Thường trực Hội thi chậm nhất ngày 03/11/2025")], ["03/11/2025"],
  history=[h_huyen])
q("Theo HD 27 thì một giải pháp được đứng tên tối đa bao nhiêu đồng tác giả?", "abbreviation",
  [(B, "Mỗi giải pháp có không quá 05 đồng tác giả")], ["05 đồng tác giả"])
h_tap = q("Lớp tập huấn viết hồ sơ cho tác giả huyện Thác Ngàn mở ngày nào, ở đâu?", "factoid",
          [(B, "lớp thứ nhất vào ngày 20/5/2025 tại Hội trường UBND huyện Mạch Lâm"),
           (B, "dành cho tác giả các huyện Mạch Lâm, Sương Nguyệt, Đầm Rồng và Thác Ngàn")],
          ["20/5/2025", "Hội trường UBND huyện Mạch Lâm"])
q("Thế tác giả thị xã Lạch Bàng?", "follow-up",
  [(B, "lớp thứ hai vào ngày 22/5/2025 tại Hội trường Liên hiệp hội tỉnh")], ["22/5/2025"], history=[h_tap])
q("Các hội thành viên phải làm gì theo hướng dẫn nộp hồ sơ, mỗi hội giới thiệu mấy giải pháp?", "who-what",
  [(B, "phổ biến Hướng dẫn này đến hội viên, phát hiện và giới thiệu giải pháp"),
   (B, "mỗi hội thành viên giới thiệu ít nhất 02 giải pháp dự thi")],
  ["ít nhất 02 giải pháp"], actors=["Các hội thành viên"])
q("Sở GD&ĐT phải gửi danh sách giải pháp của giáo viên, học sinh THPT trước ngày nào?", "who-what",
  [(B, "lập danh sách giải pháp của giáo viên, học sinh gửi về Liên hiệp hội tỉnh trước ngày 15/10/2025")],
  ["15/10/2025"], actors=["Sở Giáo dục và Đào tạo"])
q("Ai ký hướng dẫn xây dựng và nộp hồ sơ dự thi?", "metadata",
  [(B, "Lưu: VT, Ban KHCN&HV. Tạ Quang Vinh")], ["Tạ Quang Vinh"])
q("Nộp hồ sơ dự thi STKT có phải đóng lệ phí không, hồ sơ có được trả lại không?", "abbreviation",
  [(B, "Hồ sơ dự thi không hoàn trả lại; Hội thi không thu lệ phí dự thi.")], ["không hoàn trả", "không thu lệ phí"])
u("Mẫu số 06/HT trong hồ sơ dự thi dùng để kê khai nội dung gì?")
q("lien he ba Huong o Ban khoa hoc cong nghe so dien thoai bao nhieu", "no-diacritics",
  [(B, "Bà Đặng Thu Hường, Phó Trưởng Ban Khoa học - Công nghệ và Hội viên, điện thoại 0912 447 318")],
  ["0912 447 318"])
q("mau so 01/HT la giay to gi", "no-diacritics",
  [(B, "Phiếu đăng ký dự thi theo Mẫu số 01/HT")], ["Phiếu đăng ký dự thi"])
q("HD 27 quy định video minh họa dài tối đa mấy phút?", "abbreviation",
  [(B, "video clip dài không quá 05 phút")], ["05 phút"])
u("Lớp tập huấn viết hồ sơ thứ ba tổ chức ở huyện Hòe Sơn vào ngày nào?")
u("Kinh phí tổ chức lớp tập huấn viết hồ sơ ngày 20/5/2025 là bao nhiêu?")
u("CV 318/LHH-KHCN về việc gia hạn nộp hồ sơ dự thi quy định hạn mới là ngày nào?")

# ------------------------------------------------------------ si03 Chương trình 05/CTr-LHH
h_xd = q("Hội Xây dựng - Kiến trúc tỉnh chủ trì những nhiệm vụ nào trong năm 2026?", "who-what",
         [(C, "Chất lượng công trình kè chống sạt lở bờ sông Mạch đoạn qua xã Nhuệ Lâm, huyện Mạch Lâm | Giám định xã hội | Hội Xây dựng - Kiến trúc tỉnh"),
          (C, "Dự thảo Quy hoạch chung đô thị Gia Thụy đến năm 2045 | Phản biện | Hội Xây dựng - Kiến trúc tỉnh")],
         ["kè chống sạt lở", "Quy hoạch chung đô thị Gia Thụy"], actors=["Hội Xây dựng - Kiến trúc tỉnh"])
q("Còn Hội Khoa học Tâm lý - Giáo dục?", "follow-up",
  [(C, "Mô hình \"Trường học số\" thí điểm tại 10 trường trung học cơ sở"),
   (C, "Đề án phát triển giáo dục STEM trong các trường phổ thông đến năm 2030")],
  ["Trường học số", "STEM"], history=[h_xd])
h_gd = q("Định mức hỗ trợ tối đa cho một nhiệm vụ giám định xã hội là bao nhiêu?", "factoid",
         [(C, "giám định xã hội 60.000.000 đồng")], ["60.000.000"])
q("Thế phản biện thì được tối đa bao nhiêu?", "follow-up",
  [(C, "Định mức hỗ trợ tối đa cho mỗi nhiệm vụ: phản biện 45.000.000 đồng")], ["45.000.000"], history=[h_gd])
q("Tổng kinh phí CTr TVPB năm 2026 là bao nhiêu?", "abbreviation",
  [(C, "Tổng kinh phí dự kiến thực hiện Chương trình là 620.000.000 đồng")], ["620.000.000"])
u("Kinh phí thực hiện chương trình tư vấn, phản biện và giám định xã hội năm 2027 là bao nhiêu?")
q("Ban TVPB phải làm những gì, báo cáo Ban Thường vụ vào lúc nào?", "who-what",
  [(C, "xây dựng đề cương chi tiết từng nhiệm vụ"),
   (C, "báo cáo Ban Thường vụ định kỳ hằng quý, trước ngày 25 của tháng cuối quý")],
  ["đề cương chi tiết", "trước ngày 25 của tháng cuối quý"],
  actors=["Ban Tư vấn, phản biện và giám định xã hội"])
q("Các sở, ngành có đề án đưa ra phản biện phải gửi hồ sơ cho Liên hiệp hội trước bao nhiêu ngày?", "who-what",
  [(C, "gửi hồ sơ, dự thảo văn bản đến Liên hiệp hội tỉnh trước ít nhất 20 ngày so với thời điểm tổ chức hội thảo phản biện")],
  ["20 ngày"],
  actors=["Sở Khoa học và Công nghệ, Sở Tài chính và các sở, ngành có đề án, dự án được phản biện"])
q("to chuyen gia cho moi nhiem vu tu van phan bien gom bao nhieu nguoi", "no-diacritics",
  [(C, "thành lập tổ chuyên gia từ 05 đến 07 thành viên")], ["05 đến 07"])
q("lien he ai ve chuong trinh phan bien nam 2026", "no-diacritics",
  [(C, "ông Nguyễn Hữu Lâm, Trưởng Ban TVPB, điện thoại 0983 226 715")], ["Nguyễn Hữu Lâm", "0983 226 715"])
u("Kết quả giám định xã hội công trình kè sông Mạch qua xã Nhuệ Lâm kết luận như thế nào?")
q("CTr 05 năm 2026 đặt mục tiêu bao nhiêu nhiệm vụ, trong đó tối thiểu mấy nhiệm vụ giám định XH?", "abbreviation",
  [(C, "Thực hiện ít nhất 25 nhiệm vụ tư vấn, phản biện và giám định xã hội trong năm 2026"),
   (C, "03 nhiệm vụ giám định xã hội")],
  ["ít nhất 25 nhiệm vụ", "03 nhiệm vụ giám định"])
q("Chương trình tư vấn phản biện năm 2026 ban hành ngày nào, ai ký?", "metadata",
  [(C, "Tháp Đá, ngày 08 tháng 01 năm 2026"), (C, "Lưu: VT, Ban TVPB. | Bùi Khắc Toàn")],
  ["08 tháng 01 năm 2026", "Bùi Khắc Toàn"])
q("hoi nao chu tri tu van mo hinh nong nghiep tuan hoan o Dam Rong", "no-diacritics",
  [(C, "Mô hình nông nghiệp tuần hoàn tại huyện Đầm Rồng | Tư vấn | Hội Làm vườn và Trang trại tỉnh")],
  ["Hội Làm vườn và Trang trại tỉnh"])
q("Trong CTr TVPB 2026, dự thảo NQ của HĐND về hỗ trợ DN đổi mới công nghệ do hội nào chủ trì, phối hợp với sở nào?", "abbreviation",
  [(C, "hỗ trợ doanh nghiệp đổi mới công nghệ giai đoạn 2026 - 2030 | Phản biện | Hội Kinh tế tỉnh | Sở Tài chính")],
  ["Hội Kinh tế tỉnh", "Sở Tài chính"])
q("Chương trình phản biện 2026 căn cứ quy chế phối hợp số mấy giữa UBND tỉnh và Liên hiệp hội?", "metadata",
  [(C, "Quy chế phối hợp số 11/QCPH-UBND-LHH ngày 14/6/2023")], ["11/QCPH-UBND-LHH"])
# ------------------------------------------------------------ si04 Thông báo 04/TB-BTC
q("Hội thi lần VIII nhận được tổng cộng bao nhiêu giải pháp, của bao nhiêu tác giả?", "factoid",
  [(D, "Hội thi nhận được 87 giải pháp của 214 tác giả")], ["87", "214"])
h_it = q("Ai đoạt giải Nhất lĩnh vực công nghệ thông tin, chuyển đổi số?", "factoid",
         [(D, "\"Phần mềm trợ lý ảo hướng dẫn thủ tục hành chính cấp xã\"; nhóm tác giả Trương Quốc Bảo, Vi Thị Thảo")],
         ["Trương Quốc Bảo", "Phần mềm trợ lý ảo"])
q("Còn lĩnh vực nông, lâm, ngư nghiệp?", "follow-up",
  [(D, "\"Quy trình nhân giống lan kim tuyến bằng nuôi cấy mô quy mô nông hộ\"; tác giả Lục Thị Ngân")],
  ["Lục Thị Ngân"], history=[h_it])
q("Thế lĩnh vực y dược thì giải Nhất về tay ai?", "follow-up",
  [(D, "Các Lĩnh vực 4, 5 và 6 không có giải pháp đạt chuẩn xét giải Nhất.")],
  ["không có giải pháp đạt chuẩn"], history=[h_it])
h_le = q("Lễ trao giải hội thi tổ chức lúc mấy giờ, ngày nào, ở đâu?", "factoid",
         [(D, "08 giờ 00 ngày 06/3/2026 tại Hội trường Trung tâm Hội nghị tỉnh")],
         ["06/3/2026", "Trung tâm Hội nghị tỉnh"])
q("Vậy phải xác nhận tham dự trước ngày nào, qua ai?", "follow-up",
  [(D, "xác nhận tham dự trước ngày 25/02/2026 qua bà Đặng Thu Hường")], ["25/02/2026", "Đặng Thu Hường"],
  history=[h_le])
q("giai tac gia tre sang tao duoc trao cho ai", "no-diacritics",
  [(D, "được trao cho tác giả Nông Văn Khải (26 tuổi) và nhóm học sinh Trường THPT Chuyên Bạch Sa")],
  ["Nông Văn Khải", "THPT Chuyên Bạch Sa"])
q("huyen nao dan dau ve so giai phap dat giai", "no-diacritics",
  [(D, "Huyện Mạch Lâm là địa phương dẫn đầu với 07 giải pháp đạt giải")], ["Mạch Lâm", "07"])
q("khieu nai ket qua hoi thi trong thoi han bao nhieu ngay", "no-diacritics",
  [(D, "Trong thời hạn 10 ngày kể từ ngày ký Thông báo này")], ["10 ngày"])
q("Theo TB 04, giải pháp đạt giải Nhất, Nhì phải hoàn thiện hồ sơ dự thi toàn quốc trước ngày nào?", "abbreviation",
  [(D, "tác giả hoàn thiện hồ sơ và gửi về Văn phòng Thường trực Hội thi trước ngày 30/4/2026")], ["30/4/2026"])
q("Sau khi có kết quả, Sở KH&CN làm gì cho các giải pháp đạt giải? Liên hệ ai ở Sở?", "who-what",
  [(D, "Sở Khoa học và Công nghệ hướng dẫn thủ tục đăng ký bảo hộ quyền sở hữu trí tuệ"),
   (D, "ông Vương Đình Khoa, điện thoại 0915 338 902")],
  ["sở hữu trí tuệ", "Vương Đình Khoa"], actors=["Sở Khoa học và Công nghệ"])
q("Báo Bạch Sa và Đài PT-TH tỉnh được đề nghị làm gì trong thông báo kết quả?", "who-what",
  [(D, "đề nghị Báo Bạch Sa, Đài Phát thanh và Truyền hình tỉnh đưa tin về kết quả Hội thi và Lễ trao giải")],
  ["đưa tin"], actors=["Báo Bạch Sa", "Đài Phát thanh và Truyền hình tỉnh"])
q("Thông báo kết quả hội thi có số hiệu gì, ai ký?", "metadata",
  [(D, "LẦN THỨ VIII Số: 04/TB-BTC"), (D, "PHÓ TRƯỞNG BAN THƯỜNG TRỰC (Đã ký) Bùi Khắc Toàn")],
  ["04/TB-BTC", "Bùi Khắc Toàn"])
u("Máy bóc vỏ và tách hạt sen đoạt giải Nhất có bằng độc quyền sáng chế số bao nhiêu?")
u("Danh sách 18 giải Khuyến khích gồm những giải pháp và tác giả nào?")
u("Huyện Thác Ngàn có tổng cộng bao nhiêu giải pháp đạt giải?")
q("giai nhi linh vuc giao duc thuoc ve ai", "no-diacritics",
  [(D, "\"Bộ thí nghiệm vật lý ảo dùng công nghệ thực tế tăng cường\"; nhóm giáo viên Trường THCS Thị trấn Mạch Lâm")],
  ["Trường THCS Thị trấn Mạch Lâm"])
q("HĐGK họp chốt kết quả ngày nào theo TB 04?", "abbreviation",
  [(D, "Căn cứ Biên bản họp Hội đồng giám khảo ngày 24/12/2025")], ["24/12/2025"])
q("QĐ thành lập BTC, HĐGK hội thi là số mấy?", "abbreviation",
  [(D, "Quyết định số 418/QĐ-UBND ngày 28/3/2025")], ["418/QĐ-UBND"])
u("Tiền thưởng giải Nhất có bị khấu trừ thuế thu nhập cá nhân không, mức bao nhiêu phần trăm?")
u("giai nhat hoi thi sang tao ky thuat toan quoc duoc thuong bao nhieu tien")
u("Trường THPT Gia Thụy có tất cả bao nhiêu giải pháp dự thi?")

# ------------------------------------------------------------ si05 Báo cáo 142/BC-LHH
h_hv = q("Năm 2025 Liên hiệp hội tỉnh có bao nhiêu hội viên, tăng bao nhiêu so với năm trước?", "factoid",
         [(E, "Tổng số hội viên đạt 24.860 người, tăng 1.215 người so với năm 2024")], ["24.860", "1.215"])
q("Còn số tiến sĩ?", "follow-up",
  [(E, "9.470 trí thức có trình độ đại học trở lên, 612 thạc sĩ và 87 tiến sĩ")], ["87 tiến sĩ"], history=[h_hv])
q("Năm 2025 kết nạp thêm những hội thành viên nào?", "list",
  [(E, "kết nạp thêm 02 hội thành viên là Hội Khoa học Tâm lý - Giáo dục tỉnh (tháng 02/2025) và Hội Nuôi trồng thủy sản tỉnh")],
  ["Hội Khoa học Tâm lý - Giáo dục tỉnh", "Hội Nuôi trồng thủy sản tỉnh"])
h_nl = q("Tổng nguồn lực Liên hiệp hội huy động năm 2025 là bao nhiêu?", "factoid",
         [(E, "Tổng nguồn lực huy động năm 2025 đạt 18.630 triệu đồng")], ["18.630"])
q("Trong đó ngân sách tỉnh cấp bao nhiêu?", "follow-up",
  [(E, "ngân sách tỉnh cấp 4.280 triệu đồng")], ["4.280"], history=[h_nl])
u("Thế năm 2023 huy động được bao nhiêu?", "follow-up", history=[h_nl])
q("nam 2025 lien hiep hoi lam duoc bao nhieu nhiem vu tu van phan bien giam dinh", "no-diacritics",
  [(E, "thực hiện 23 nhiệm vụ tư vấn, phản biện và giám định xã hội (08 nhiệm vụ phản biện, 12 nhiệm vụ tư vấn, 03 nhiệm vụ giám định xã hội)")],
  ["23 nhiệm vụ"])
q("dai hoi lien hiep hoi nhiem ky 2026-2031 du kien to chuc khi nao", "no-diacritics",
  [(E, "Tổ chức Đại hội đại biểu Liên hiệp hội tỉnh lần thứ V, nhiệm kỳ 2026 - 2031 trong quý III/2026.")],
  ["quý III/2026"])
q("BC 142 cho biết xã hội hóa cho hội thi được bao nhiêu tiền, từ mấy DN?", "abbreviation",
  [(E, "huy động được 265.000.000 đồng từ 06 doanh nghiệp")], ["265.000.000", "06 doanh nghiệp"])
q("Các hội thành viên chưa đại hội phải hoàn thành đại hội trước khi nào?", "who-what",
  [(E, "Các hội thành viên chưa tổ chức đại hội có trách nhiệm hoàn thành đại hội nhiệm kỳ trước ngày 30/6/2026")],
  ["30/6/2026"], actors=["Các hội thành viên chưa tổ chức đại hội"])
q("Văn phòng LHH được phân công việc gì trong năm 2026 theo báo cáo tổng kết?", "who-what",
  [(E, "Văn phòng Liên hiệp hội tỉnh chủ trì, phối hợp với Ban Tổ chức - Kiểm tra chuẩn bị nội dung, nhân sự Đại hội"),
   (E, "trình Ban Thường vụ trước ngày 30/4/2026")],
  ["nhân sự Đại hội", "30/4/2026"], actors=["Văn phòng Liên hiệp hội tỉnh"])
q("Báo cáo năm 2025 kiến nghị Sở Tài chính việc gì?", "who-what",
  [(E, "Đề nghị Sở Tài chính tham mưu bố trí kinh phí hoạt động tư vấn, phản biện và giám định xã hội năm 2026 là 620.000.000 đồng")],
  ["620.000.000"], actors=["Sở Tài chính"])
u("Bản tin Khoa học và Đời sống Bạch Sa năm 2025 được cấp bao nhiêu kinh phí?")
q("Báo cáo 142/BC-LHH do ai ký, ngày nào?", "metadata",
  [(E, "Tháp Đá, ngày 15 tháng 12 năm 2025"), (E, "CHỦ TỊCH (Đã ký) TS. Bùi Khắc Toàn")],
  ["15 tháng 12 năm 2025", "Bùi Khắc Toàn"])
u("Liên hiệp hội tỉnh có bao nhiêu hội viên là nữ trong năm 2025?")
q("tong so hoi thanh vien cua lien hiep hoi tinh nam 2025 la bao nhieu", "no-diacritics",
  [(E, "nâng tổng số hội thành viên lên 31 hội")], ["31 hội"])
q("BC 142 nêu dự án tài trợ quốc tế tên gì, được bao nhiêu tiền?", "abbreviation",
  [(E, "tài trợ của tổ chức quốc tế cho dự án \"Sinh kế bền vững vùng ven biển Lạch Bàng\" 1.565 triệu đồng")],
  ["1.565 triệu", "Sinh kế bền vững"])
q("Trung tâm TV CĐS và ĐMST của LHH thành lập khi nào?", "abbreviation",
  [(E, "thành lập mới Trung tâm Tư vấn chuyển đổi số và Đổi mới sáng tạo (tháng 7/2025)")], ["tháng 7/2025"])
u("Năm 2024 Liên hiệp hội nhận được bao nhiêu tiền tài trợ của tổ chức quốc tế?")
u("Hội Nông dân tỉnh có bao nhiêu hội viên tham gia Hội thi sáng tạo kỹ thuật lần thứ VIII?")
u("Hội thi Sáng tạo kỹ thuật tỉnh lần thứ VII năm 2023 có bao nhiêu giải pháp tham dự?")
u("Mẫu phiếu chấm điểm vòng chung khảo là mẫu số mấy?")

# ------------------------------------------------------------ corpus
q("Những văn bản nào trong bộ tài liệu liên quan đến Hội thi Sáng tạo kỹ thuật lần thứ VIII?", "corpus",
  [(A, "Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Bạch Sa lần thứ VIII (2025 - 2026)"),
   (B, "Xây dựng và nộp hồ sơ dự thi Hội thi Sáng tạo kỹ thuật tỉnh Bạch Sa"),
   (D, "Kết quả Hội thi Sáng tạo kỹ thuật tỉnh Bạch Sa lần thứ VIII (2025 - 2026)"),
   (E, "Hội thi Sáng tạo kỹ thuật tỉnh lần thứ VIII (2025 - 2026)")],
  ["Hội thi Sáng tạo kỹ thuật", "lần thứ VIII"])
q("Có bao nhiêu văn bản do Liên hiệp các Hội KH&KT tỉnh ban hành, là những văn bản nào?", "corpus",
  [(B, "Số: 27/HD-LHH Tháp Đá, ngày 02 tháng 4 năm 2025"), (C, "BAN THƯỜNG VỤ Số: 05/CTr-LHH"),
   (E, "KỸ THUẬT TỈNH BẠCH SA Số: 142/BC-LHH")],
  ["27/HD-LHH", "05/CTr-LHH", "142/BC-LHH"])
q("Văn bản nào quy định số trang tối đa của bản mô tả giải pháp?", "corpus",
  [(B, "Bản mô tả giải pháp theo Mẫu số 02/HT, dài không quá 15 trang giấy A4")], ["15 trang"])
q("Trong các văn bản này, văn bản nào ban hành muộn nhất?", "corpus",
  [(D, "Tháp Đá, ngày 20 tháng 01 năm 2026"), (C, "Tháp Đá, ngày 08 tháng 01 năm 2026")],
  ["20 tháng 01 năm 2026"])
q("Những văn bản nào có nhắc tới bà Đặng Thu Hường?", "corpus",
  [(B, "Bà Đặng Thu Hường, Phó Trưởng Ban Khoa học - Công nghệ và Hội viên"),
   (D, "qua bà Đặng Thu Hường, điện thoại 0912 447 318")],
  ["Đặng Thu Hường"])
q("Con số 620 triệu cho hoạt động tư vấn phản biện năm 2026 xuất hiện ở văn bản nào?", "corpus",
  [(C, "Tổng kinh phí dự kiến thực hiện Chương trình là 620.000.000 đồng"),
   (E, "giám định xã hội năm 2026 là 620.000.000 đồng")],
  ["620.000.000"])
q("Hướng dẫn nộp hồ sơ dự thi căn cứ kế hoạch số mấy của UBND tỉnh?", "metadata",
  [(B, "Thực hiện Kế hoạch số 63/KH-UBND ngày 12/3/2025 của UBND tỉnh")], ["63/KH-UBND"])


u("Huyện Đồng Vọng có bao nhiêu giải pháp tham gia Hội thi sáng tạo kỹ thuật lần này?")
u("Quyết định 455/QĐ-LHH thành lập tổ chuyên gia phản biện đề án chuyển đổi số gồm những ai?")

# ------------------------------------------------------------ who-what gold
WW = [
    {"id": "wsi01", "directive": "KH 63/KH-UBND", "source": A, "actors": [
        {"name": "Liên hiệp hội tỉnh", "role": "thường trực", "deadline": "trước ngày 31/3/2026",
         "task_quote": "tổng hợp, báo cáo kết quả Hội thi về UBND tỉnh trước ngày 31/3/2026"},
        {"name": "Liên hiệp hội tỉnh", "role": "chủ trì", "deadline": "Trước ngày 31/3/2025",
         "task_quote": "Tham mưu quyết định thành lập Ban Tổ chức, Hội đồng giám khảo, Tổ Thư ký Hội thi"},
        {"name": "Liên hiệp hội tỉnh", "role": "chủ trì", "deadline": "Trước ngày 10/4/2025",
         "task_quote": "Ban hành thể lệ, hướng dẫn xây dựng hồ sơ và các biểu mẫu dự thi"},
        {"name": "Sở Nội vụ", "role": "phối hợp", "deadline": "Trước ngày 31/3/2025",
         "task_quote": "Tham mưu quyết định thành lập Ban Tổ chức, Hội đồng giám khảo, Tổ Thư ký Hội thi"},
        {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": None,
         "task_quote": "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Liên hiệp hội tỉnh lựa chọn các giải pháp đạt giải"},
        {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": "Quý II/2026",
         "task_quote": "Hướng dẫn thủ tục bảo hộ quyền sở hữu trí tuệ cho các giải pháp đạt giải"},
        {"name": "Ban Tuyên giáo Tỉnh ủy", "role": "phối hợp", "deadline": "Tháng 4/2025",
         "task_quote": "Tổ chức Lễ phát động và tuyên truyền về Hội thi"},
        {"name": "Ban Tuyên giáo Tỉnh ủy", "role": None, "deadline": None,
         "task_quote": "Đề nghị Ban Tuyên giáo Tỉnh ủy chỉ đạo, định hướng công tác tuyên truyền về Hội thi"},
        {"name": "Báo Bạch Sa", "role": "phối hợp", "deadline": "Tháng 4/2025",
         "task_quote": "Tổ chức Lễ phát động và tuyên truyền về Hội thi"},
        {"name": "Đài Phát thanh và Truyền hình tỉnh", "role": "phối hợp", "deadline": "Tháng 4/2025",
         "task_quote": "Tổ chức Lễ phát động và tuyên truyền về Hội thi"},
        {"name": "Tỉnh đoàn", "role": "chủ trì", "deadline": "Đến hết ngày 31/10/2025",
         "task_quote": "Động viên đoàn viên, thanh niên, học sinh tham gia; xét trao giải"},
        {"name": "Sở Giáo dục và Đào tạo", "role": "phối hợp", "deadline": "Đến hết ngày 31/10/2025",
         "task_quote": "Động viên đoàn viên, thanh niên, học sinh tham gia; xét trao giải"},
        {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": None,
         "task_quote": "Phổ biến Hội thi đến các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp"},
        {"name": "Sở Tài chính", "role": "chủ trì", "deadline": "Trước ngày 30/4/2025",
         "task_quote": "Thẩm định dự toán, bố trí kinh phí tổ chức Hội thi"},
        {"name": "Ban Tổ chức Hội thi", "role": "chủ trì", "deadline": "Quý I/2026",
         "task_quote": "Tổ chức chấm sơ khảo, chung khảo; tổng kết, trao giải"},
        {"name": "Các hội thành viên của Liên hiệp hội tỉnh", "role": "phối hợp", "deadline": "Quý I/2026",
         "task_quote": "Tổ chức chấm sơ khảo, chung khảo; tổng kết, trao giải"},
        {"name": "Sở Thông tin và Truyền thông", "role": None, "deadline": None,
         "task_quote": "Hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về Hội thi"},
        {"name": "Liên đoàn Lao động tỉnh", "role": None, "deadline": None,
         "task_quote": "Động viên công nhân, người lao động trong các doanh nghiệp, khu công nghiệp tham gia Hội thi"},
        {"name": "UBND các huyện, thị xã, thành phố", "role": None, "deadline": None,
         "task_quote": "có trách nhiệm phổ biến Hội thi đến các xã, phường, thị trấn và doanh nghiệp trên địa bàn"},
        {"name": "Phòng Kinh tế hoặc Phòng Kinh tế - Hạ tầng", "role": None, "deadline": None,
         "task_quote": "giao Phòng Kinh tế hoặc Phòng Kinh tế - Hạ tầng làm đầu mối hướng dẫn, tổng hợp hồ sơ của địa phương"},
        {"name": "Các sở, ban, ngành, Mặt trận Tổ quốc và các đoàn thể tỉnh", "role": None, "deadline": None,
         "task_quote": "phổ biến Kế hoạch đến cán bộ, công chức, viên chức, hội viên, đoàn viên"},
    ], "intruders": ["Phan Minh Hạo", "Bộ Chính trị", "Liên hiệp các Hội KH&KT Việt Nam", "TT Tỉnh ủy, TT HĐND tỉnh",
                     "CT, các PCT UBND tỉnh", "Lưu: VT, KGVX", "UBND TỈNH BẠCH SA"]},
    {"id": "wsi02", "directive": "HD 27/HD-LHH", "source": B, "actors": [
        {"name": "Liên hiệp hội tỉnh", "role": None, "deadline": None,
         "task_quote": "Liên hiệp hội tỉnh tổ chức 02 lớp tập huấn về cách viết bản mô tả giải pháp"},
        {"name": "Phòng Kinh tế hoặc Phòng Kinh tế - Hạ tầng", "role": None, "deadline": "chậm nhất ngày 03/11/2025",
         "task_quote": "Các phòng này tổng hợp, chuyển hồ sơ về Văn phòng Thường trực Hội thi chậm nhất ngày 03/11/2025"},
        {"name": "Các hội thành viên", "role": None, "deadline": None,
         "task_quote": "Các hội thành viên có trách nhiệm phổ biến Hướng dẫn này đến hội viên, phát hiện và giới thiệu giải pháp"},
        {"name": "Các hội thành viên", "role": None, "deadline": None,
         "task_quote": "Các hội thành viên cử chuyên gia hỗ trợ tác giả hoàn thiện hồ sơ theo lĩnh vực"},
        {"name": "Hội Cơ khí - Điện tỉnh", "role": None, "deadline": None, "task_quote": "Hội Cơ khí - Điện tỉnh (Lĩnh vực 1)"},
        {"name": "Hội Tin học tỉnh", "role": None, "deadline": None, "task_quote": "Hội Tin học tỉnh (Lĩnh vực 2)"},
        {"name": "Hội Làm vườn và Trang trại tỉnh", "role": None, "deadline": None,
         "task_quote": "Hội Làm vườn và Trang trại tỉnh (Lĩnh vực 3)"},
        {"name": "Hội Y dược học tỉnh", "role": None, "deadline": None, "task_quote": "Hội Y dược học tỉnh (Lĩnh vực 4)"},
        {"name": "Hội Xây dựng - Kiến trúc tỉnh", "role": None, "deadline": None,
         "task_quote": "Hội Xây dựng - Kiến trúc tỉnh (Lĩnh vực 5)"},
        {"name": "Hội Khoa học Tâm lý - Giáo dục tỉnh", "role": None, "deadline": None,
         "task_quote": "Hội Khoa học Tâm lý - Giáo dục tỉnh (Lĩnh vực 6)"},
        {"name": "UBND các huyện, thị xã, thành phố", "role": None, "deadline": "vào ngày 15 hằng tháng",
         "task_quote": "chỉ đạo Phòng Kinh tế, Phòng Kinh tế - Hạ tầng bố trí cán bộ tiếp nhận hồ sơ"},
        {"name": "Tỉnh đoàn", "role": None, "deadline": None,
         "task_quote": "Đề nghị Tỉnh đoàn hướng dẫn các huyện đoàn, thị đoàn, thành đoàn và cơ sở đoàn trực thuộc giới thiệu giải pháp"},
        {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": "trước ngày 15/10/2025",
         "task_quote": "Sở Giáo dục và Đào tạo hướng dẫn các trường trung học phổ thông lập danh sách giải pháp"},
    ], "intruders": ["Tạ Quang Vinh", "UBND tỉnh (để b/c)", "Lưu: VT, Ban KHCN&HV", "Đặng Thu Hường", "Khổng Minh Triết",
                     "Sở KH&CN, Sở GD&ĐT, Tỉnh đoàn"]},
    {"id": "wsi03", "directive": "CTr 05/CTr-LHH", "source": C, "actors": [
        {"name": "Hội Tin học tỉnh", "role": "chủ trì", "deadline": "Tháng 3/2026",
         "task_quote": "Dự thảo Đề án chuyển đổi số tỉnh Bạch Sa giai đoạn 2026 - 2030"},
        {"name": "Sở Khoa học và Công nghệ", "role": "phối hợp", "deadline": "Tháng 3/2026",
         "task_quote": "Dự thảo Đề án chuyển đổi số tỉnh Bạch Sa giai đoạn 2026 - 2030"},
        {"name": "Hội Y dược học tỉnh", "role": "chủ trì", "deadline": "Tháng 3/2026",
         "task_quote": "Quy hoạch vùng trồng dược liệu tập trung tại huyện Sương Nguyệt"},
        {"name": "UBND huyện Sương Nguyệt", "role": "phối hợp", "deadline": "Tháng 3/2026",
         "task_quote": "Quy hoạch vùng trồng dược liệu tập trung tại huyện Sương Nguyệt"},
        {"name": "Hội Kinh tế tỉnh", "role": "chủ trì", "deadline": "Tháng 5/2026",
         "task_quote": "Dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ doanh nghiệp đổi mới công nghệ"},
        {"name": "Sở Tài chính", "role": "phối hợp", "deadline": "Tháng 5/2026",
         "task_quote": "Dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ doanh nghiệp đổi mới công nghệ"},
        {"name": "Hội Xây dựng - Kiến trúc tỉnh", "role": "chủ trì", "deadline": "Tháng 6/2026",
         "task_quote": "Chất lượng công trình kè chống sạt lở bờ sông Mạch đoạn qua xã Nhuệ Lâm, huyện Mạch Lâm"},
        {"name": "UBND huyện Mạch Lâm", "role": "phối hợp", "deadline": "Tháng 6/2026",
         "task_quote": "Chất lượng công trình kè chống sạt lở bờ sông Mạch đoạn qua xã Nhuệ Lâm, huyện Mạch Lâm"},
        {"name": "Hội Khoa học Tâm lý - Giáo dục tỉnh", "role": "chủ trì", "deadline": "Tháng 6/2026",
         "task_quote": "thí điểm tại 10 trường trung học cơ sở"},
        {"name": "Hội Khoa học Tâm lý - Giáo dục tỉnh", "role": "chủ trì", "deadline": "Tháng 8/2026",
         "task_quote": "Đề án phát triển giáo dục STEM trong các trường phổ thông đến năm 2030"},
        {"name": "Sở Giáo dục và Đào tạo", "role": "phối hợp", "deadline": "Tháng 8/2026",
         "task_quote": "Đề án phát triển giáo dục STEM trong các trường phổ thông đến năm 2030"},
        {"name": "Hội Bảo vệ thiên nhiên và môi trường tỉnh", "role": "chủ trì", "deadline": "Tháng 9/2026",
         "task_quote": "Hiệu quả vận hành trạm xử lý nước thải tập trung Cụm công nghiệp Vạc Lĩnh"},
        {"name": "Sở Nông nghiệp và Môi trường", "role": "phối hợp", "deadline": "Tháng 9/2026",
         "task_quote": "Hiệu quả vận hành trạm xử lý nước thải tập trung Cụm công nghiệp Vạc Lĩnh"},
        {"name": "Hội Nuôi trồng thủy sản tỉnh", "role": "chủ trì", "deadline": "Tháng 9/2026",
         "task_quote": "Dự thảo Kế hoạch phát triển nuôi tôm công nghệ cao vùng ven biển thị xã Lạch Bàng"},
        {"name": "UBND thị xã Lạch Bàng", "role": "phối hợp", "deadline": "Tháng 9/2026",
         "task_quote": "Dự thảo Kế hoạch phát triển nuôi tôm công nghệ cao vùng ven biển thị xã Lạch Bàng"},
        {"name": "Hội Làm vườn và Trang trại tỉnh", "role": "chủ trì", "deadline": "Tháng 11/2026",
         "task_quote": "Mô hình nông nghiệp tuần hoàn tại huyện Đầm Rồng"},
        {"name": "Hội Nông dân tỉnh", "role": "phối hợp", "deadline": "Tháng 11/2026",
         "task_quote": "Mô hình nông nghiệp tuần hoàn tại huyện Đầm Rồng"},
        {"name": "Hội Xây dựng - Kiến trúc tỉnh", "role": "chủ trì", "deadline": "Tháng 11/2026",
         "task_quote": "Dự thảo Quy hoạch chung đô thị Gia Thụy đến năm 2045"},
        {"name": "Sở Xây dựng", "role": "phối hợp", "deadline": "Tháng 11/2026",
         "task_quote": "Dự thảo Quy hoạch chung đô thị Gia Thụy đến năm 2045"},
        {"name": "Ban Tư vấn, phản biện và giám định xã hội", "role": "chủ trì", "deadline": "Tháng 12/2026",
         "task_quote": "Hội nghị tổng kết hoạt động tư vấn, phản biện và giám định xã hội năm 2026"},
        {"name": "Ban Tư vấn, phản biện và giám định xã hội", "role": "thường trực",
         "deadline": "trước ngày 25 của tháng cuối quý",
         "task_quote": "xây dựng đề cương chi tiết từng nhiệm vụ, trình Thường trực Liên hiệp hội tỉnh phê duyệt"},
        {"name": "Các hội thành viên được giao chủ trì nhiệm vụ", "role": "chủ trì",
         "deadline": "chậm nhất 10 ngày sau khi kết thúc nhiệm vụ",
         "task_quote": "thành lập tổ chuyên gia từ 05 đến 07 thành viên, tổ chức khảo sát, hội thảo"},
        {"name": "Văn phòng Liên hiệp hội tỉnh", "role": None, "deadline": None,
         "task_quote": "bảo đảm kinh phí, hướng dẫn thanh quyết toán theo quy định"},
        {"name": "Sở Khoa học và Công nghệ, Sở Tài chính và các sở, ngành có đề án, dự án được phản biện", "role": None,
         "deadline": "trước ít nhất 20 ngày so với thời điểm tổ chức hội thảo phản biện",
         "task_quote": "gửi hồ sơ, dự thảo văn bản đến Liên hiệp hội tỉnh trước ít nhất 20 ngày"},
        {"name": "Ban Tuyên giáo Tỉnh ủy", "role": None, "deadline": None,
         "task_quote": "phối hợp định hướng thông tin về các kết quả phản biện có tác động lớn đến dư luận xã hội"},
        {"name": "UBND các huyện Sương Nguyệt, Mạch Lâm, Đầm Rồng, Gia Thụy và thị xã Lạch Bàng", "role": None,
         "deadline": None, "task_quote": "tạo điều kiện cho đoàn chuyên gia khảo sát thực tế, cung cấp số liệu, tài liệu"},
    ], "intruders": ["Bùi Khắc Toàn", "Nguyễn Hữu Lâm", "Bộ Chính trị", "Liên hiệp các Hội KH&KT Việt Nam",
                     "Lưu: VT, Ban TVPB", "Thường trực Tỉnh ủy, UBND tỉnh (để b/c)"]},
    {"id": "wsi04", "directive": "TB 04/TB-BTC", "source": D, "actors": [
        {"name": "Tác giả hoặc đại diện nhóm tác giả đạt giải", "role": None, "deadline": "trước ngày 25/02/2026",
         "task_quote": "xác nhận tham dự trước ngày 25/02/2026 qua bà Đặng Thu Hường"},
        {"name": "tác giả", "role": None, "deadline": "trước ngày 30/4/2026",
         "task_quote": "tác giả hoàn thiện hồ sơ và gửi về Văn phòng Thường trực Hội thi trước ngày 30/4/2026"},
        {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": None,
         "task_quote": "Sở Khoa học và Công nghệ hướng dẫn thủ tục đăng ký bảo hộ quyền sở hữu trí tuệ"},
        {"name": "UBND các huyện, thị xã, thành phố", "role": None, "deadline": None,
         "task_quote": "thông tin kết quả Hội thi đến các tác giả trên địa bàn, lĩnh vực phụ trách"},
        {"name": "các hội thành viên", "role": None, "deadline": None,
         "task_quote": "thông tin kết quả Hội thi đến các tác giả trên địa bàn, lĩnh vực phụ trách"},
        {"name": "Báo Bạch Sa", "role": None, "deadline": None,
         "task_quote": "đưa tin về kết quả Hội thi và Lễ trao giải"},
        {"name": "Đài Phát thanh và Truyền hình tỉnh", "role": None, "deadline": None,
         "task_quote": "đưa tin về kết quả Hội thi và Lễ trao giải"},
    ], "intruders": ["Bùi Khắc Toàn", "Đặng Thu Hường", "Vương Đình Khoa", "Thành viên Ban Tổ chức", "Lưu: VT, BTC",
                     "Liên hiệp các Hội KH&KT Việt Nam", "UBND tỉnh (để b/c)"]},
    {"id": "wsi05", "directive": "BC 142/BC-LHH", "source": E, "actors": [
        {"name": "Văn phòng Liên hiệp hội tỉnh", "role": "chủ trì", "deadline": "trước ngày 30/4/2026",
         "task_quote": "Văn phòng Liên hiệp hội tỉnh chủ trì, phối hợp với Ban Tổ chức - Kiểm tra chuẩn bị nội dung, nhân sự Đại hội"},
        {"name": "Ban Tổ chức - Kiểm tra", "role": "phối hợp", "deadline": "trước ngày 30/4/2026",
         "task_quote": "phối hợp với Ban Tổ chức - Kiểm tra chuẩn bị nội dung, nhân sự Đại hội"},
        {"name": "Các hội thành viên chưa tổ chức đại hội", "role": None, "deadline": "trước ngày 30/6/2026",
         "task_quote": "có trách nhiệm hoàn thành đại hội nhiệm kỳ trước ngày 30/6/2026"},
        {"name": "Ban Khoa học - Công nghệ và Hội viên", "role": "chủ trì", "deadline": "định kỳ hằng quý",
         "task_quote": "chủ trì việc phát triển hội viên, báo cáo kết quả định kỳ hằng quý"},
        {"name": "UBND tỉnh", "role": None, "deadline": None,
         "task_quote": "Đề nghị UBND tỉnh bổ sung 02 biên chế cho cơ quan Liên hiệp hội tỉnh"},
        {"name": "Sở Tài chính", "role": None, "deadline": None,
         "task_quote": "Đề nghị Sở Tài chính tham mưu bố trí kinh phí hoạt động tư vấn, phản biện và giám định xã hội năm 2026"},
        {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": None,
         "task_quote": "đặt hàng các hội thành viên chủ trì ít nhất 03 nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026"},
        {"name": "UBND các huyện, thị xã, thành phố", "role": None, "deadline": None,
         "task_quote": "bố trí địa điểm làm việc cho các chi hội, cơ sở hội trên địa bàn"},
    ], "intruders": ["Bùi Khắc Toàn", "Thường trực Tỉnh ủy", "Ban Tuyên giáo Tỉnh ủy", "Sở Nội vụ", "Lưu: VT, VP",
                     "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam"]},
]


def nfc_obj(o):
    if isinstance(o, str):
        return N(o)
    if isinstance(o, list):
        return [nfc_obj(x) for x in o]
    if isinstance(o, dict):
        return {k: nfc_obj(v) for k, v in o.items()}
    return o


if __name__ == "__main__":
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for d in QS:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for d in WW:
            f.write(json.dumps(nfc_obj(d), ensure_ascii=False) + "\n")
    print(len(QS), "questions;", len(WW), "who-what lines")
