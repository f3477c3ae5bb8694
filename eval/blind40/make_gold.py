#!/usr/bin/env python3
"""Write questions.jsonl and who_what.jsonl for blind40 (called by build_qp.py)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
F1 = "qp01_kehoach_khcn.docx"
F2 = "qp02_congvan_huyen.txt"
F3 = "qp03_quyetdinh_hoithi.pdf"
F4 = "qp04_baocao_tuyengiao.md"
F5 = "qp05_thongbao_thcs.txt"

Q = []


def nfc(x):
    if isinstance(x, str):
        return unicodedata.normalize("NFC", x)
    if isinstance(x, list):
        return [nfc(i) for i in x]
    if isinstance(x, dict):
        return {k: nfc(v) for k, v in x.items()}
    return x


def q(question, kind, ev=(), kw=(), history=None, actors=None, answerable=True):
    d = {"id": "qp%03d" % (len(Q) + 1), "question": question, "answerable": answerable,
         "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in ev],
         "keywords": list(kw)}
    if history:
        d["history"] = list(history)
    if actors:
        d["actors"] = list(actors)
    Q.append(nfc(d))
    return question


def u(question, kind="unanswerable", history=None):
    return q(question, kind, answerable=False, history=history)


# ---------------------------------------------------------------------------
# questions
# ---------------------------------------------------------------------------
a1 = q("Kế hoạch chuyển đổi số, đổi mới sáng tạo năm 2025 của tỉnh tổng kinh phí dự kiến là bao nhiêu?",
       "factoid", [(F1, "Tổng kinh phí thực hiện Kế hoạch năm 2025 dự kiến 86,4 tỷ đồng")], ["86,4 tỷ đồng"])
q("Trong đó ngân sách tỉnh chiếm bao nhiêu?", "follow-up",
  [(F1, "ngân sách tỉnh 61,2 tỷ đồng (chi sự nghiệp khoa học và công nghệ 38,5 tỷ đồng")],
  ["61,2 tỷ đồng"], history=[a1])
q("Văn bản số 412/UBND-VHXH của huyện Khê Thủy ban hành ngày nào?", "metadata",
  [(F2, "Số: 412/UBND-VHXH                    Khê Thủy, ngày 09 tháng 4 năm 2025")],
  ["09 tháng 4 năm 2025"])
u("Theo KH 68 thì kinh phí thực hiện năm 2026 của tỉnh là bao nhiêu tỷ?")
a5 = q("Giải nhất hội thi sáng tạo kỹ thuật tỉnh lần thứ X được thưởng bao nhiêu tiền?", "factoid",
       [(F3, "Giải nhất: 01 giải, mỗi giải 30.000.000 đồng")], ["30.000.000 đồng"])
q("Còn giải khuyến khích thì mấy giải, mỗi giải bao nhiêu?", "follow-up",
  [(F3, "giải khuyến khích: 08 giải, mỗi giải 5.000.000 đồng")], ["08", "5.000.000 đồng"],
  history=[a5])
u("Giải đặc biệt của Hội thi Sáng tạo kỹ thuật lần thứ X trị giá bao nhiêu?")
a8 = q("Phòng Văn hóa và Thông tin huyện Khê Thủy phải làm những gì theo CV 412?", "who-what",
  [(F2, "Chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND huyện ban hành Kế hoạch"),
   (F2, "Hướng dẫn UBND các xã, thị trấn kiện toàn 17 tổ công nghệ số cộng đồng, hoàn thành trước ngày 30/4/2025"),
   (F2, "Là đầu mối tổng hợp, báo cáo UBND huyện và Sở Khoa học và Công nghệ định kỳ hằng quý")],
  ["14/4/2025", "30/4/2025"], actors=["Phòng Văn hóa và Thông tin huyện"])
q("Thế Phòng Nội vụ huyện thì sao?", "follow-up",
  [(F2, "tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức cấp huyện và cấp xã, bảo đảm 100% hoàn thành trước ngày 30/9/2025")],
  ["30/9/2025"], history=[a8], actors=["Phòng Nội vụ huyện"])
a9 = q("Tỷ lệ người dân được hướng dẫn kỹ năng số 6 tháng đầu năm ở Khê Thủy đạt bao nhiêu so với kế hoạch?",
       "factoid", [(F4, "| 6 | Người dân được hướng dẫn kỹ năng số | lượt người | 9.500 | 4.118 | 43,3 |")],
       ["4.118", "43,3"])
q("Vậy 6 tháng cuối năm các xã phải hướng dẫn thêm tối thiểu bao nhiêu lượt?", "follow-up",
  [(F4, "hướng dẫn thêm tối thiểu 5.400 lượt người dân trong 6 tháng cuối năm")], ["5.400"],
  history=[a9])
q("truong thcs pho lac co bao nhieu lop, bao nhieu hoc sinh?", "no-diacritics",
  [(F5, "nhà trường có 18 lớp với 642 học sinh và 41 cán bộ, giáo viên, nhân viên")],
  ["18 lớp", "642 học sinh"])
q("Tỉnh đặt mục tiêu bao nhiêu % hồ sơ TTHC được giải quyết trực tuyến toàn trình trong năm 2025?",
  "abbreviation",
  [(F1, "Tối thiểu 55% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình")],
  ["55%"])
a13 = q("Hạn cuối nôp hồ sơ dự thi sang tạo kỹ thuật là khi nào?", "factoid",
  [(F3, "Thời gian nhận hồ sơ: từ ngày 05/5/2025 đến 17 giờ 00 ngày 31/10/2025")],
  ["31/10/2025"])
q("Vậy chấm chung khảo vào tháng mấy?", "follow-up",
  [(F3, "Chấm sơ khảo trong tháng 11/2025; chấm chung khảo trong tháng 12/2025")],
  ["tháng 12/2025"], history=[a13])
u("Trường THCS Lũ Phong được huyện hỗ trợ bao nhiêu tiền nâng cấp phòng học STEM?")
a15 = q("Quyết định ban hành thể lệ hội thi sáng tạo kỹ thuật lần X là quyết định số mấy, ai ký?",
        "metadata",
        [(F3, "(Ban hành kèm theo Quyết định số 95/QĐ-SKHCN ngày 22/4/2025 của Giám đốc Sở"),
         (F3, "GIÁM ĐỐC (Đã ký) Hà Quang Vinh")],
        ["95/QĐ-SKHCN", "Hà Quang Vinh"])
q("phong gd&dt huyen khe thuy duoc giao nhung viec gi trong cong van trien khai ke hoach cua tinh?",
  "who-what",
  [(F2, "Yêu cầu 100% trường tiểu học, trung học cơ sở đưa nội dung kỹ năng số"),
   (F2, "Tổ chức Ngày hội STEM huyện Khê Thủy năm 2025 vào ngày 27/5/2025 tại Trường THCS Thị trấn Khê Thủy"),
   (F2, "Lựa chọn tối thiểu 05 sản phẩm tiêu biểu của giáo viên, học sinh gửi dự Hội thi Sáng tạo kỹ thuật tỉnh lần thứ X")],
  ["27/5/2025", "05 sản phẩm"], actors=["Phòng Giáo dục và Đào tạo huyện"])
a17 = q("Ai chủ trì cuộc họp triển khai chuyển đổi số ở Trường THCS Phò Lạc, họp hôm nào?", "metadata",
        [(F5, "Ngày 08/5/2025, tại phòng họp Hội đồng (tầng 2, nhà B), Trường THCS Phò Lạc"),
         (F5, "Chủ trì cuộc họp: bà Lục Thị Mai, Hiệu trưởng.")],
        ["08/5/2025", "Lục Thị Mai"])
u("Cuộc họp đó bắt đầu lúc mấy giờ, kéo dài bao lâu?", "follow-up", history=[a17])
q("Sở TT&TT được giao chủ trì những nhiệm vụ gì trong KH 68/KH-UBND?", "who-what",
  [(F1, "Sở Thông tin và Truyền thông chủ trì triển khai các nhiệm vụ về hạ tầng số, nền tảng số"),
   (F1, "hướng dẫn các địa phương kiện toàn tổ công nghệ số cộng đồng trước ngày 30/4/2025"),
   (F1, "Đưa Trung tâm dữ liệu dùng chung của tỉnh vào vận hành chính thức")],
  ["30/4/2025"], actors=["Sở Thông tin và Truyền thông"])
q("Tổng giá trị giải thưởng của hội thi sáng tạo kỹ thuật là bao nhiêu?", "factoid",
  [(F3, "Tổng giá trị giải thưởng là 146.000.000 đồng")], ["146.000.000 đồng"])
u("Công văn 421/UBND-VHXH của UBND huyện Khê Thủy yêu cầu nội dung gì về chuyển đổi số?")
q("Báo cáo 37-BC/BTGDVHU do ai ký?", "metadata",
  [(F4, "PHÓ TRƯỞNG BAN (Đã ký) Hứa Văn Chiến")], ["Hứa Văn Chiến"])
a24 = q("huyen khe thuy bo tri bao nhieu tien ngan sach nam 2025 cho khoa hoc cong nghe va chuyen doi so?",
        "no-diacritics",
        [(F2, "tham mưu bố trí 1,85 tỷ đồng từ ngân sách huyện năm 2025 cho các nhiệm vụ khoa học")],
        ["1,85 tỷ đồng"])
q("Trong số đó bao nhiêu dành cho phòng học STEM, những trường nào được hỗ trợ?", "follow-up",
  [(F2, "620 triệu đồng hỗ trợ nâng cấp thiết bị cho 04 phòng học STEM tại các trường THCS Phò Lạc, Tràm Khê, Sen Hồ và Mỏ Vàng")],
  ["620 triệu đồng", "Tràm Khê", "Mỏ Vàng"], history=[a24])
q("Tổ Văn phòng trường THCS Phò Lạc phải hoàn thành ký số học bạ trước ngày nào?", "who-what",
  [(F5, "Tổ Văn phòng có trách nhiệm hoàn thành số hóa hồ sơ học sinh và ký số học bạ năm học 2024-2025 trước ngày 15/7/2025")],
  ["15/7/2025"], actors=["Tổ Văn phòng"])
q("Những văn bản nào trong bộ tài liệu nhắc trực tiếp đến Kế hoạch 68/KH-UBND của UBND tỉnh?", "corpus",
  [(F2, "V/v triển khai Kế hoạch số 68/KH-UBND ngày 17/3/2025 của"),
   (F3, "Căn cứ Kế hoạch số 68/KH-UBND ngày 17/3/2025 của UBND tỉnh"),
   (F4, "về triển khai Kế hoạch số 68/KH-UBND của UBND tỉnh, Ban Tuyên giáo và Dân vận Huyện ủy báo cáo")],
  ["412/UBND-VHXH", "95/QĐ-SKHCN", "37-BC/BTGDVHU"])
q("Phủ sóng 4G cho bao nhiêu thôn lõm sóng, ở những huyện nào?", "list",
  [(F1, "Phủ sóng di động 4G cho 37 thôn, bản còn lõm sóng tại các huyện Lũng Tiên, Sa Vĩ và Khê Thủy")],
  ["37 thôn", "Lũng Tiên", "Sa Vĩ"])
u("Kế hoạch của tỉnh giao chỉ tiêu phủ sóng 5G cho bao nhiêu thôn bản?")
a30 = q("Xã nào ở Khê Thủy có tỷ lệ tài khoản VNeID mức 2 thấp nhất?", "factoid",
        [(F4, "| 6 | Xã Lũ Phong | 8 | 121 | 48,7 |")], ["Lũ Phong", "48,7"])
q("the con thi tran khe thuy?", "follow-up",
  [(F4, "| 1 | Thị trấn Khê Thủy | 21 | 812 | 88,4 |")], ["88,4"], history=[a30])
q("don vi nao la co quan thuong truc cua hoi thi sang tao ky thuat tinh?", "no-diacritics",
  [(F3, "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh là cơ quan thường trực Hội thi")],
  ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"])
q("Huyện đoàn Khê Thủy phải làm gì theo công văn 412?", "who-what",
  [(F2, "Huyện đoàn chủ trì thành lập 17 đội thanh niên tình nguyện hỗ trợ người dân sử dụng dịch vụ công trực tuyến"),
   (F2, "vào các ngày thứ Bảy trong tháng 6 và tháng 7/2025")],
  ["17 đội", "thứ Bảy"], actors=["Huyện đoàn"])
u("Mỗi đội thanh niên tình nguyện của Huyện đoàn Khê Thủy có bao nhiêu đoàn viên?")
q("Tổ Toán - Tin trường THCS Phò Lạc được giao việc gì?", "who-what",
  [(F5, "Tổ Toán - Tin xây dựng kho bài giảng điện tử dùng chung với tối thiểu 120 bài giảng đạt yêu cầu, đưa lên hệ thống LMS của trường trước ngày 31/8/2025")],
  ["120 bài giảng", "31/8/2025"], actors=["Tổ Toán - Tin"])
q("ke hoach 68 cua tinh can cu chuong trinh hanh dong so may cua tinh uy?", "no-diacritics",
  [(F1, "Căn cứ Chương trình hành động số 19-CTr/TU ngày 20/02/2025 của Ban Chấp hành Đảng bộ tỉnh Ngân Sơn Đông")],
  ["19-CTr/TU"])
a37 = q("Hồ sơ dự thi sáng tạo kỹ thuật nộp ở đâu?", "factoid",
        [(F3, "Phòng Quản lý khoa học, Sở Khoa học và Công nghệ, số 86 đường Võ Thị Sáu, phường Ngân Châu Bắc")],
        ["số 86 đường Võ Thị Sáu"])
q("Cần hỏi thêm thì liên hệ ai?", "follow-up",
  [(F3, "Đầu mối liên hệ: bà Vi Thị Thu Trang, chuyên viên Phòng Quản lý khoa học")],
  ["Vi Thị Thu Trang", "0215.3857.092"], history=[a37])
u("Lệ phí đăng ký dự thi Hội thi Sáng tạo kỹ thuật tỉnh lần thứ X là bao nhiêu?")
q("Cuộc thi trực tuyến Khê Thủy – Hành trình số tổ chức thời gian nào, ai chủ trì?", "who-what",
  [(F4, "Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Huyện đoàn tổ chức Cuộc thi trực tuyến"),
   (F4, "từ ngày 01/8/2025 đến hết ngày 31/8/2025")],
  ["01/8/2025", "31/8/2025"], actors=["Ban Tuyên giáo và Dân vận Huyện ủy", "Huyện đoàn"])
u("Giải nhất cuộc thi trực tuyến Khê Thủy – Hành trình số được thưởng bao nhiêu tiền?")
q("UBND cac huyen phai gui ke hoach cds ve so KH&CN truoc ngay nao?", "no-diacritics",
  [(F1, "gửi về Sở Khoa học và Công nghệ trước ngày 15/4/2025")], ["15/4/2025"])
q("Đội học sinh tình nguyện số ở trường THCS Phò Lạc gồm bao nhiêu em, hỗ trợ việc gì?", "factoid",
  [(F5, "thành lập Đội học sinh tình nguyện số gồm 15 em, hỗ trợ phụ huynh cài đặt ứng dụng VNeID")],
  ["15 em", "VNeID"])
q("Sở KH&CN có nhiệm vụ gì trong kế hoạch 68 của UBND tỉnh?", "who-what",
  [(F1, "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, kiểm tra việc thực hiện Kế hoạch"),
   (F1, "báo cáo UBND tỉnh định kỳ hằng quý (trước ngày 20 của tháng cuối quý) và báo cáo tổng kết năm trước ngày 05/12/2025")],
  ["thường trực", "05/12/2025"], actors=["Sở Khoa học và Công nghệ"])
a45 = q("Sở Nội vụ được giao gì trong kế hoạch của tỉnh?", "who-what",
        [(F1, "Sở Nội vụ tham mưu bổ sung tiêu chí về chuyển đổi số trong đánh giá, xếp loại cơ quan, đơn vị và người đứng đầu"),
         (F1, "chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức")],
        ["tiêu chí về chuyển đổi số", "bồi dưỡng kỹ năng số"], actors=["Sở Nội vụ"])
u("Còn Sở Y tế thì được giao nhiệm vụ gì?", "follow-up", history=[a45])
q("Bao nhiêu chi bộ, đảng bộ cơ sở ở Khê Thủy đã sinh hoạt chuyên đề về chuyển đổi số?", "factoid",
  [(F4, "100% chi bộ, đảng bộ cơ sở (43/43) lấy chuyển đổi số làm chủ đề sinh hoạt chuyên đề")],
  ["43/43"])
q("hoi thi sang tao ky thuat co may linh vuc du thi? ke ra", "no-diacritics",
  [(F3, "Giải pháp dự thi thuộc một trong 06 lĩnh vực: (1) Nông, lâm nghiệp và thủy sản; (2) Công nghiệp, xây dựng và năng lượng")],
  ["06 lĩnh vực", "Nông, lâm nghiệp và thủy sản"])
u("Năm 2024 huyện Khê Thủy đăng bao nhiêu tin bài về chuyển đổi số trên trang thông tin điện tử?")
a50 = q("Các phòng, ban, ngành, Mặt trận, đoàn thể huyện phải nộp kế hoạch và báo cáo theo CV 412 vào những mốc nào?",
  "who-what",
  [(F2, "gửi về Phòng Văn hóa và Thông tin trước ngày 20/4/2025; báo cáo kết quả 6 tháng trước ngày 10/6/2025")],
  ["20/4/2025", "10/6/2025"], actors=["Các phòng, ban, ngành, Mặt trận và đoàn thể huyện"])
q("Còn báo cáo năm thì hạn khi nào?", "follow-up",
  [(F2, "báo cáo năm trước ngày 10/11/2025")], ["10/11/2025"], history=[a50])
a51 = q("Thông báo kết luận của trường THCS Phò Lạc là số mấy, ngày nào?", "metadata",
        [(F5, "Số: 24/TB-THCSPL                      Phò Lạc, ngày 12 tháng 5 năm 2025")],
        ["24/TB-THCSPL", "12 tháng 5 năm 2025"])
q("Ngoài CV 412 của huyện, thông báo đó còn triển khai công văn nào?", "follow-up",
  [(F5, "Công văn số 156/PGDĐT-THCS ngày 18/4/2025 của Phòng Giáo dục và Đào tạo huyện")],
  ["156/PGDĐT-THCS"], history=[a51])
q("Kinh phi chi tuyên truyền 6 thang đầu năm ở Khê Thủy giải ngân đươc bao nhiêu?", "factoid",
  [(F4, "giải ngân 142 triệu đồng trên tổng dự toán 350 triệu đồng (40,6%)")],
  ["142 triệu đồng", "40,6%"])
u("truong thcs tram khe hop trien khai chuyen doi so va giao duc STEM ngay nao?")
q("moi to cong nghe so cong dong o khe thuy toi thieu may thanh vien?", "no-diacritics",
  [(F2, "mỗi tổ có tối thiểu 05 thành viên, trong đó có ít nhất 01 đoàn viên thanh niên")],
  ["05 thành viên"])
q("Liên đoàn Lao động tỉnh có trách nhiệm gì trong hội thi sáng tạo kỹ thuật?", "who-what",
  [(F3, "Liên đoàn Lao động tỉnh vận động công nhân, người lao động trong doanh nghiệp tham gia")],
  ["công nhân, người lao động"], actors=["Liên đoàn Lao động tỉnh"])
q("Ai là người ký KH 68/KH-UBND, chức vụ gì?", "metadata",
  [(F1, "PHÓ CHỦ TỊCH (Đã ký) Nông Thế Quyền")], ["Nông Thế Quyền", "PHÓ CHỦ TỊCH"])
u("Chủ tịch UBND tỉnh Ngân Sơn Đông hiện nay là ai?")
a59 = q("Đưa Trung tâm dữ liệu dùng chung của tỉnh vào vận hành chính thức thì đơn vị nào phối hợp?", "list",
        [(F1, "Đưa Trung tâm dữ liệu dùng chung của tỉnh vào vận hành chính thức"),
         (F1, "Công an tỉnh; Văn phòng UBND tỉnh")],
        ["Công an tỉnh", "Văn phòng UBND tỉnh"])
q("Hạn hoàn thành là khi nào?", "follow-up",
  [(F1, "Trung tâm dữ liệu dùng chung của tỉnh vận hành chính thức trong quý III/2025")],
  ["quý III/2025"], history=[a59])
q("Ngày hôi STEM huyện Khê Thuỷ năm 2025 tổ chức ở đâu, ngày nào?", "factoid",
  [(F2, "Tổ chức Ngày hội STEM huyện Khê Thủy năm 2025 vào ngày 27/5/2025 tại Trường THCS Thị trấn Khê Thủy")],
  ["27/5/2025", "Trường THCS Thị trấn Khê Thủy"])
q("Những văn bản nào trong bộ tài liệu nhắc tới Ngày hội STEM huyện ngày 27/5/2025?", "corpus",
  [(F2, "Tổ chức Ngày hội STEM huyện Khê Thủy năm 2025 vào ngày 27/5/2025"),
   (F5, "tham dự Ngày hội STEM huyện Khê Thủy ngày 27/5/2025")],
  ["412/UBND-VHXH", "24/TB-THCSPL"])
u("Mỗi học sinh tham gia Ngày hội STEM huyện được hỗ trợ bao nhiêu tiền?")
q("tieu chi cham diem giai phap du thi gom nhung gi, bao nhieu diem moi duoc xet giai?", "no-diacritics",
  [(F3, "tính mới, tính sáng tạo 30 điểm; khả năng áp dụng 40 điểm; hiệu quả kinh tế - xã hội 30 điểm"),
   (F3, "Giải pháp đạt từ 50 điểm trở lên mới được xem xét trao giải")],
  ["40 điểm", "50 điểm"])
q("Trung tâm VH-TT-TT huyện phải làm gì trong 6 tháng cuối năm theo báo cáo của Ban Tuyên giáo và Dân vận?",
  "who-what",
  [(F4, "Trung tâm Văn hóa, Thông tin và Thể thao huyện duy trì chuyên mục “Khê Thủy chuyển đổi số”, mỗi tháng tối thiểu 02 kỳ"),
   (F4, "sản xuất 06 video ngắn giới thiệu mô hình điểm về chuyển đổi số, hoàn thành trước ngày 30/11/2025")],
  ["06 video", "30/11/2025"], actors=["Trung tâm Văn hóa, Thông tin và Thể thao huyện"])
q("Ban đại diện cha mẹ học sinh được đề nghị làm gì?", "who-what",
  [(F5, "Đề nghị Ban đại diện cha mẹ học sinh vận động nguồn xã hội hóa khoảng 45 triệu đồng để mua bổ sung bộ thiết bị robotics")],
  ["45 triệu đồng", "robotics"], actors=["Ban đại diện cha mẹ học sinh"])
q("Chỉ tiêu hướng dẫn kỹ năng số cơ bản cho người dân toàn tỉnh năm 2025 là bao nhiêu người?", "factoid",
  [(F1, "Hướng dẫn kỹ năng số cơ bản cho ít nhất 50.000 người dân")], ["50.000"])
u("Trong năm 2025 tỉnh phấn đấu bao nhiêu phần trăm người dân có chữ ký số cá nhân?")
q("lien he ai o phong van hoa va thong tin huyen khe thuy de hoi ve cong van 412?", "no-diacritics",
  [(F2, "đồng chí Triệu Minh Hải, Phó Trưởng phòng, điện thoại 0912.406.385")],
  ["Triệu Minh Hải", "0912.406.385"])
a70 = q("Tổ KHTN trường THCS Phò Lạc phải chuẩn bị mấy sản phẩm STEM, nộp thuyết minh trước ngày nào?",
        "abbreviation",
        [(F5, "hoàn thiện 03 sản phẩm STEM tham dự Ngày hội STEM huyện Khê Thủy ngày 27/5/2025"),
         (F5, "nộp thuyết minh sản phẩm cho đồng chí Phó Hiệu trưởng phụ trách chuyên môn trước ngày 20/5/2025")],
        ["03 sản phẩm", "20/5/2025"])
q("Thế tổ nào phối hợp cùng?", "follow-up",
  [(F5, "Tổ Khoa học tự nhiên chủ trì, phối hợp với Tổ Toán - Tin")], ["Tổ Toán - Tin"],
  history=[a70])
q("le trao giai hoi thi sang tao ky thuat du kien khi nao, o dau?", "no-diacritics",
  [(F3, "Lễ tổng kết và trao giải dự kiến tổ chức trong tháng 01/2026 tại Hội trường Trung tâm Hội nghị tỉnh")],
  ["tháng 01/2026", "Trung tâm Hội nghị tỉnh"])
u("Hội thi Sáng tạo kỹ thuật lần thứ IX năm trước ai đoạt giải nhất?")
q("Sản phẩm chủ lực nào của tỉnh được nêu để đặt hàng nhiệm vụ KH&CN?", "list",
  [(F1, "gắn với sản phẩm chủ lực của tỉnh như chè, quế, hồi và dược liệu")],
  ["chè", "quế", "dược liệu"])
q("Đề nghị MTTQ, Huyện đoàn, Hội Phụ nữ, Hội Nông dân huyện làm gì?", "who-what",
  [(F2, "Đề nghị Ủy ban MTTQ Việt Nam huyện, Huyện đoàn, Hội Liên hiệp Phụ nữ huyện, Hội Nông dân huyện vận động đoàn viên, hội viên tham gia phong trào “Bình dân học vụ số”")],
  ["Bình dân học vụ số"],
  actors=["Ủy ban MTTQ Việt Nam huyện", "Huyện đoàn", "Hội Liên hiệp Phụ nữ huyện", "Hội Nông dân huyện"])
a76 = q("Trang Facebook Khê Thủy ngày mới đăng bao nhiêu bài, có bao nhiêu lượt tiếp cận?", "factoid",
        [(F4, "đăng 212 bài viết, video, thu hút hơn 380.000 lượt tiếp cận")], ["212", "380.000"])
u("Kênh TikTok của Trung tâm Văn hóa, Thông tin và Thể thao huyện Khê Thủy có bao nhiêu lượt xem?")
q("mo hinh diem ve chuyen doi so o cac xa phai dang ky truoc ngay nao?", "no-diacritics",
  [(F2, "làm mô hình điểm về chuyển đổi số, đăng ký với UBND huyện (qua Phòng Văn hóa và Thông tin) trước ngày 05/5/2025")],
  ["05/5/2025"])
q("Học sinh lớp mấy được dự thi ở lĩnh vực sáng tạo thanh thiếu niên, nhi đồng?", "factoid",
  [(F3, "Sáng tạo của thanh thiếu niên, nhi đồng (dành cho học sinh từ lớp 6 đến lớp 12)")],
  ["lớp 6 đến lớp 12"])
q("Theo BC 37, Ban Tuyên giáo và Dân vận Huyện ủy kiến nghị UBND huyện bổ sung bao nhiêu kinh phí?",
  "abbreviation",
  [(F4, "Đề nghị UBND huyện bổ sung 120 triệu đồng kinh phí tuyên truyền cho 6 tháng cuối năm 2025")],
  ["120 triệu đồng"])
q("Tỉnh đoàn có nhiệm vụ gì trong Thể lệ hội thi sáng tạo kỹ thuật?", "who-what",
  [(F3, "Tỉnh đoàn phát động thanh thiếu niên, học sinh tham gia lĩnh vực Sáng tạo của thanh thiếu niên, nhi đồng"),
   (F3, "phối hợp với Sở Giáo dục và Đào tạo tổ chức vòng sơ tuyển tại các trường THPT trước ngày 15/9/2025")],
  ["sơ tuyển", "15/9/2025"], actors=["Tỉnh đoàn"])
q("Có bao nhiêu văn bản trong bộ tài liệu được ban hành trong tháng 4/2025? Là những văn bản nào?", "corpus",
  [(F2, "Số: 412/UBND-VHXH                    Khê Thủy, ngày 09 tháng 4 năm 2025"),
   (F3, "Quyết định số 95/QĐ-SKHCN ngày 22/4/2025")],
  ["412/UBND-VHXH", "95/QĐ-SKHCN"])
u("Phòng GD&ĐT huyện Lũng Tiên tổ chức Ngày hội STEM cấp huyện vào ngày nào?")
q("bc 37 cua ban tuyen giao va dan van huyen uy ban hanh ngay nao?", "no-diacritics",
  [(F4, "Số 37-BC/BTGDVHU | Khê Thủy, ngày 16 tháng 6 năm 2025")], ["16 tháng 6 năm 2025"])
q("Phòng Nông nghiệp và Môi trường huyện phải đưa bao nhiêu sản phẩm OCOP lên sàn TMĐT?", "abbreviation",
  [(F2, "đưa tối thiểu 24 sản phẩm OCOP, nông sản chủ lực (chè, quế, hồi) lên sàn thương mại điện tử trong năm 2025")],
  ["24 sản phẩm"], )
q("Xã Mỏ Vàng và xã Lũ Phong được giao thêm việc gì về hạ tầng sóng?", "who-what",
  [(F2, "Riêng UBND xã Mỏ Vàng và UBND xã Lũ Phong, nơi còn 06 thôn lõm sóng"),
   (F2, "khảo sát vị trí lắp đặt trạm phát sóng, hoàn thành trong quý II/2025")],
  ["06 thôn", "quý II/2025"], actors=["UBND xã Mỏ Vàng", "UBND xã Lũ Phong"])
u("Xã Lũ Phong có bao nhiêu thành viên tổ công nghệ số cộng đồng năm 2024?")
a89 = q("chuyen de an toan tren khong gian mang cho hoc sinh to chuc ngay nao, o dau?", "no-diacritics",
        [(F5, "| 19/5/2025 | Chuyên đề “An toàn trên không gian mạng” | Tổ Ngữ văn - KHXH, Liên đội | Sân trường |")],
        ["19/5/2025", "Sân trường"])
q("Dành cho khối lớp nào?", "follow-up",
  [(F5, "cho học sinh khối 6 và khối 7 vào tiết sinh hoạt dưới cờ ngày 19/5/2025")],
  ["khối 6", "khối 7"], history=[a89])
q("Mỗi tác giả được gửi tối đa bao nhiêu giải pháp dự thi, bản mô tả tối đa mấy trang?", "factoid",
  [(F3, "Mỗi tác giả hoặc nhóm tác giả gửi tối đa 02 giải pháp"),
   (F3, "bản mô tả giải pháp không quá 15 trang khổ A4")],
  ["02 giải pháp", "15 trang"])
q("Theo KH của UBND tỉnh, Báo và Đài tỉnh phải mở chuyên mục gì?", "who-what",
  [(F1, "Báo Ngân Sơn Đông, Đài Phát thanh và Truyền hình tỉnh mở chuyên mục “Khoa học và đổi mới sáng tạo”, thời lượng tối thiểu 02 kỳ/tháng")],
  ["Khoa học và đổi mới sáng tạo", "02 kỳ/tháng"],
  actors=["Báo Ngân Sơn Đông", "Đài Phát thanh và Truyền hình tỉnh"])
u("Đài Phát thanh và Truyền hình tỉnh được cấp bao nhiêu kinh phí để làm chuyên mục đó?")
q("Bộ phận kế toán trường THCS Phò Lạc lập dự toán nâng cấp phòng STEM từ nguồn nào, bao nhiêu?", "factoid",
  [(F5, "lập dự toán nâng cấp phòng học STEM từ nguồn 155 triệu đồng do UBND huyện hỗ trợ")],
  ["155 triệu đồng"])
q("Văn bản nào trong bộ tài liệu là văn bản của cơ quan Đảng?", "corpus",
  [(F4, "ĐẢNG BỘ TỈNH NGÂN SƠN ĐÔNG | ĐẢNG CỘNG SẢN VIỆT NAM"),
   (F4, "Ban Tuyên giáo và Dân vận Huyện ủy báo cáo kết quả 6 tháng đầu năm 2025")],
  ["37-BC/BTGDVHU"])
q("so hoi nghi quan triet va so can bo dang vien tham du o khe thuy 6 thang dau nam?", "no-diacritics",
  [(F4, "tổ chức 02 hội nghị quán triệt cho 1.246 cán bộ, đảng viên theo hình thức trực tuyến, kết nối đến 17 điểm cầu cấp xã")],
  ["02 hội nghị", "1.246"])
q("Trung tâm Thông tin và Thống kê KH&CN phải đăng tải thể lệ hội thi trước ngày nào?", "abbreviation",
  [(F3, "đăng tải Thể lệ trên Cổng thông tin điện tử của Sở trước ngày 30/4/2025")], ["30/4/2025"],
  )
u("Số thí sinh đăng ký dự Hội thi Sáng tạo kỹ thuật tỉnh lần thứ X tính đến nay là bao nhiêu?")
q("Phòng GD&ĐT huyện được BC 37 giao việc gì về tuyên truyền an toàn không gian mạng?", "who-what",
  [(F4, "Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường đưa nội dung tuyên truyền về an toàn trên không gian mạng vào tiết chào cờ đầu tuần, ít nhất 01 lần/tháng")],
  ["tiết chào cờ", "01 lần/tháng"], actors=["Phòng Giáo dục và Đào tạo huyện"])
q("Đầu mối theo dõi báo cáo tuyên truyền chuyển đổi số 6 tháng của Huyện ủy Khê Thủy là ai?", "factoid",
  [(F4, "Đầu mối theo dõi: đồng chí Lương Thị Diệu Linh, chuyên viên Ban Tuyên giáo và Dân vận Huyện ủy, điện thoại 0975.114.260")],
  ["Lương Thị Diệu Linh", "0975.114.260"])
q("Tỷ lệ trường THCS, THPT có phòng học STEM/robotics đạt chuẩn mà tỉnh đặt ra năm 2025?", "abbreviation",
  [(F1, "30% trường trung học cơ sở và trung học phổ thông có phòng học STEM/robotics")], ["30%"])
u("KH 68 bố trí bao nhiêu tiền cho mỗi phòng học STEM/robotics ở 24 trường trung học?")
q("cong doan truong thcs pho lac phai van dong giao vien hoc binh dan hoc vu so xong truoc ngay nao?",
  "no-diacritics",
  [(F5, "Công đoàn trường vận động cán bộ, giáo viên, nhân viên học các khóa “Bình dân học vụ số”; phấn đấu 100% hoàn thành trước ngày 30/9/2025")],
  ["30/9/2025"])
q("Phó HT nào theo dõi việc thực hiện kết luận, SĐT bao nhiêu?", "abbreviation",
  [(F5, "Giao đồng chí Đàm Văn Khương, Phó Hiệu trưởng, theo dõi, kiểm tra việc thực hiện"),
   (F5, "điện thoại 0973.218.604")],
  ["Đàm Văn Khương", "0973.218.604"])
u("Phòng Phó Hiệu trưởng trường THCS Phò Lạc nằm ở tầng mấy nhà nào?")
q("Mấy văn bản trong bộ tài liệu là của cấp huyện ban hành?", "corpus",
  [(F2, "Chủ tịch UBND huyện Khê Thủy yêu cầu các cơ quan, đơn vị, địa phương"),
   (F4, "Số 37-BC/BTGDVHU | Khê Thủy, ngày 16 tháng 6 năm 2025")],
  ["412/UBND-VHXH", "37-BC/BTGDVHU"])

u("so tien thuong cho giai nhi cuoc thi truc tuyen khe thuy hanh trinh so la bao nhieu?")
u("KH 68 của UBND tỉnh giao Sở Công Thương chủ trì nhiệm vụ gì?")
u("Huyện Sa Vĩ được tỉnh phân bổ bao nhiêu kinh phí để phủ sóng 4G cho các thôn lõm sóng?")

# ---------------------------------------------------------------------------
# who-what gold
# ---------------------------------------------------------------------------


def A(name, role, deadline, task):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": task}


WW = [
    {"id": "wqp01", "directive": "KH 68/KH-UBND", "source": F1, "actors": [
        A("Các sở, ban, ngành và địa phương", None, None,
          "lồng ghép nhiệm vụ của Kế hoạch vào chương trình công tác năm 2025"),
        A("Sở Khoa học và Công nghệ", "thường trực", "trước ngày 05/12/2025",
          "là cơ quan thường trực, chủ trì theo dõi, kiểm tra việc thực hiện Kế hoạch"),
        A("Sở Khoa học và Công nghệ", "chủ trì", "Tháng 9/2025",
          "Xây dựng, trình ban hành Đề án phát triển hệ sinh thái khởi nghiệp đổi mới sáng tạo tỉnh giai đoạn 2025-2030"),
        A("Sở Khoa học và Công nghệ", "chủ trì", "Quý I/2026",
          "Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ X"),
        A("Sở Thông tin và Truyền thông", "chủ trì", "trước ngày 30/4/2025",
          "hướng dẫn các địa phương kiện toàn tổ công nghệ số cộng đồng trước ngày 30/4/2025"),
        A("Sở Thông tin và Truyền thông", "chủ trì", "Quý III/2025",
          "Đưa Trung tâm dữ liệu dùng chung của tỉnh vào vận hành chính thức"),
        A("Sở Thông tin và Truyền thông", "chủ trì", "Tháng 12/2025",
          "Triển khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh"),
        A("Sở Thông tin và Truyền thông", "chủ trì", "Tháng 12/2025",
          "Phủ sóng 4G cho 37 thôn, bản lõm sóng"),
        A("Sở Giáo dục và Đào tạo", None, None,
          "chỉ đạo các cơ sở giáo dục đẩy mạnh giáo dục STEM, đưa nội dung kỹ năng số, trí tuệ nhân tạo vào hoạt động ngoại khóa"),
        A("Sở Giáo dục và Đào tạo", "chủ trì", "Tháng 11/2025",
          "Đầu tư, nâng cấp phòng học STEM/robotics tại 24 trường trung học"),
        A("Sở Tài chính", None, None,
          "có trách nhiệm cân đối, tham mưu bố trí kinh phí thực hiện Kế hoạch"),
        A("Sở Tài chính", "phối hợp", "Tháng 11/2025",
          "Đầu tư, nâng cấp phòng học STEM/robotics tại 24 trường trung học"),
        A("Sở Nội vụ", "chủ trì", "Tháng 10/2025",
          "chủ trì bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức"),
        A("Báo Ngân Sơn Đông", None, None,
          "mở chuyên mục “Khoa học và đổi mới sáng tạo”, thời lượng tối thiểu 02 kỳ/tháng"),
        A("Đài Phát thanh và Truyền hình tỉnh", None, None,
          "mở chuyên mục “Khoa học và đổi mới sáng tạo”, thời lượng tối thiểu 02 kỳ/tháng"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", None, None,
          "tuyên truyền, vận động hội viên, đoàn viên tham gia phong trào “Bình dân học vụ số”"),
        A("Tỉnh đoàn", None, None,
          "Tỉnh đoàn thành lập các đội hình thanh niên tình nguyện hỗ trợ người dân sử dụng dịch vụ công trực tuyến"),
        A("Tỉnh đoàn", "phối hợp", "Tháng 12/2025",
          "Triển khai phong trào “Bình dân học vụ số” trên địa bàn tỉnh"),
        A("UBND các huyện, thị xã, thành phố", None, "trước ngày 15/4/2025",
          "xây dựng kế hoạch của địa phương, gửi về Sở Khoa học và Công nghệ trước ngày 15/4/2025"),
        A("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "phối hợp", "Quý I/2026",
          "Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ X"),
        A("Liên đoàn Lao động tỉnh", "phối hợp", "Quý I/2026",
          "Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ X"),
        A("Công an tỉnh", "phối hợp", "Quý III/2025",
          "Đưa Trung tâm dữ liệu dùng chung của tỉnh vào vận hành chính thức"),
        A("Văn phòng UBND tỉnh", "phối hợp", "Quý III/2025",
          "Đưa Trung tâm dữ liệu dùng chung của tỉnh vào vận hành chính thức"),
        A("Trường Chính trị tỉnh", "phối hợp", "Tháng 10/2025",
          "Bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức các cấp"),
        A("Các doanh nghiệp viễn thông", "phối hợp", "Tháng 12/2025",
          "Phủ sóng 4G cho 37 thôn, bản lõm sóng"),
    ], "intruders": ["Nông Thế Quyền", "Bộ Chính trị", "Bộ Khoa học và Công nghệ (b/c)",
                     "Thường trực Tỉnh ủy (b/c)", "Thường trực HĐND tỉnh",
                     "Chủ tịch, các PCT UBND tỉnh", "Lưu: VT, KGVX",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Phạm Thu Hằng"]},
    {"id": "wqp02", "directive": "CV 412/UBND-VHXH", "source": F2, "actors": [
        A("Phòng Văn hóa và Thông tin huyện", "chủ trì", "trước ngày 14/4/2025",
          "Chủ trì, phối hợp với các cơ quan liên quan tham mưu UBND huyện ban hành Kế hoạch"),
        A("Phòng Văn hóa và Thông tin huyện", None, "trước ngày 30/4/2025",
          "Hướng dẫn UBND các xã, thị trấn kiện toàn 17 tổ công nghệ số cộng đồng"),
        A("Phòng Văn hóa và Thông tin huyện", None, "trước ngày 15 của tháng cuối quý",
          "Là đầu mối tổng hợp, báo cáo UBND huyện và Sở Khoa học và Công nghệ định kỳ hằng quý"),
        A("Phòng Giáo dục và Đào tạo huyện", None, "năm học 2025-2026",
          "Yêu cầu 100% trường tiểu học, trung học cơ sở đưa nội dung kỹ năng số, an toàn trên không gian mạng vào hoạt động trải nghiệm"),
        A("Phòng Giáo dục và Đào tạo huyện", None, "ngày 27/5/2025",
          "Tổ chức Ngày hội STEM huyện Khê Thủy năm 2025 vào ngày 27/5/2025"),
        A("Phòng Giáo dục và Đào tạo huyện", None, "trước ngày 30/9/2025",
          "Lựa chọn tối thiểu 05 sản phẩm tiêu biểu của giáo viên, học sinh gửi dự Hội thi Sáng tạo kỹ thuật tỉnh lần thứ X"),
        A("Phòng Tài chính - Kế hoạch huyện", None, None,
          "tham mưu bố trí 1,85 tỷ đồng từ ngân sách huyện năm 2025"),
        A("Phòng Nội vụ huyện", None, "trước ngày 30/9/2025",
          "tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức cấp huyện và cấp xã"),
        A("Phòng Nông nghiệp và Môi trường huyện", None, "trong năm 2025",
          "hướng dẫn hợp tác xã, hộ sản xuất đưa tối thiểu 24 sản phẩm OCOP"),
        A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", None, "bắt đầu từ tháng 5/2025",
          "mở chuyên mục “Khê Thủy chuyển đổi số” trên Trang thông tin điện tử huyện và hệ thống loa truyền thanh cơ sở"),
        A("Ủy ban MTTQ Việt Nam huyện", None, None,
          "vận động đoàn viên, hội viên tham gia phong trào “Bình dân học vụ số”"),
        A("Hội Liên hiệp Phụ nữ huyện", None, None,
          "vận động đoàn viên, hội viên tham gia phong trào “Bình dân học vụ số”"),
        A("Hội Nông dân huyện", None, None,
          "vận động đoàn viên, hội viên tham gia phong trào “Bình dân học vụ số”"),
        A("Huyện đoàn", "chủ trì", "trong tháng 6 và tháng 7/2025",
          "Huyện đoàn chủ trì thành lập 17 đội thanh niên tình nguyện hỗ trợ người dân sử dụng dịch vụ công trực tuyến"),
        A("Các phòng, ban, ngành, Mặt trận và đoàn thể huyện", None, "trước ngày 20/4/2025",
          "xây dựng kế hoạch thực hiện của đơn vị, gửi về Phòng Văn hóa và Thông tin trước ngày 20/4/2025"),
        A("UBND các xã, thị trấn", None, "trước ngày 05/5/2025",
          "mỗi xã, thị trấn lựa chọn 01 thôn hoặc tổ dân phố làm mô hình điểm về chuyển đổi số"),
        A("UBND xã Mỏ Vàng", None, "trong quý II/2025",
          "phối hợp với các doanh nghiệp viễn thông khảo sát vị trí lắp đặt trạm phát sóng"),
        A("UBND xã Lũ Phong", None, "trong quý II/2025",
          "phối hợp với các doanh nghiệp viễn thông khảo sát vị trí lắp đặt trạm phát sóng"),
    ], "intruders": ["Đinh Thị Ngọc Ánh", "UBND tỉnh (b/c)", "Lưu: VT, VHTT",
                     "TT Huyện ủy, TT HĐND huyện", "CT, các PCT UBND huyện", "Như trên",
                     "Triệu Minh Hải"]},
    {"id": "wqp03", "directive": "QĐ 95/QĐ-SKHCN", "source": F3, "actors": [
        A("Phòng Quản lý khoa học", "chủ trì", None,
          "Giao Phòng Quản lý khoa học chủ trì, phối hợp với Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tổ chức triển khai Hội thi"),
        A("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "thường trực", None,
          "là cơ quan thường trực Hội thi, cùng Phòng Quản lý khoa học tiếp nhận, phân loại hồ sơ"),
        A("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", None, "trong tháng 6/2025",
          "tổ chức tập huấn viết bản mô tả giải pháp cho tác giả trong tháng 6/2025"),
        A("Văn phòng Sở", None, None,
          "Văn phòng Sở có trách nhiệm bố trí kinh phí tổ chức Hội thi"),
        A("Trung tâm Thông tin và Thống kê khoa học và công nghệ", None, "trước ngày 30/4/2025",
          "đăng tải Thể lệ trên Cổng thông tin điện tử của Sở trước ngày 30/4/2025"),
        A("Liên đoàn Lao động tỉnh", None, None,
          "vận động công nhân, người lao động trong doanh nghiệp tham gia"),
        A("Tỉnh đoàn", None, "trước ngày 15/9/2025",
          "Tỉnh đoàn phát động thanh thiếu niên, học sinh tham gia lĩnh vực Sáng tạo của thanh thiếu niên, nhi đồng"),
        A("Sở Giáo dục và Đào tạo", "phối hợp", "trước ngày 15/9/2025",
          "phối hợp với Sở Giáo dục và Đào tạo tổ chức vòng sơ tuyển tại các trường THPT"),
        A("UBND các huyện, thị xã, thành phố", None, None,
          "chỉ đạo các phòng chuyên môn, UBND cấp xã phổ biến Thể lệ đến cơ sở"),
        A("Báo Ngân Sơn Đông", None, None,
          "thông tin về Hội thi trên các ấn phẩm, chương trình và đưa tin Lễ trao giải"),
        A("Đài Phát thanh và Truyền hình tỉnh", None, None,
          "thông tin về Hội thi trên các ấn phẩm, chương trình và đưa tin Lễ trao giải"),
    ], "intruders": ["Hà Quang Vinh", "UBND tỉnh (b/c)", "Lưu: VT, QLKH", "Như Điều 3",
                     "GIÁM ĐỐC SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NGÂN SƠN ĐÔNG",
                     "Vi Thị Thu Trang"]},
    {"id": "wqp04", "directive": "BC 37-BC/BTGDVHU", "source": F4, "actors": [
        A("Ban Tuyên giáo và Dân vận Huyện ủy", "chủ trì", "từ ngày 01/8/2025 đến hết ngày 31/8/2025",
          "Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Huyện đoàn tổ chức Cuộc thi trực tuyến"),
        A("Huyện đoàn", "phối hợp", "từ ngày 01/8/2025 đến hết ngày 31/8/2025",
          "phối hợp với Huyện đoàn tổ chức Cuộc thi trực tuyến “Khê Thủy – Hành trình số”"),
        A("Đảng ủy các xã, thị trấn", None, "trong 6 tháng cuối năm",
          "chỉ đạo tổ công nghệ số cộng đồng hướng dẫn thêm tối thiểu 5.400 lượt người dân"),
        A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", None, "trước ngày 30/11/2025",
          "sản xuất 06 video ngắn giới thiệu mô hình điểm về chuyển đổi số"),
        A("Phòng Văn hóa và Thông tin huyện", None, "trong quý III/2025",
          "cập nhật bộ tài liệu hỏi - đáp phiên bản 2 và phát hành 3.000 bản"),
        A("Phòng Giáo dục và Đào tạo huyện", None, None,
          "chỉ đạo các trường đưa nội dung tuyên truyền về an toàn trên không gian mạng vào tiết chào cờ đầu tuần"),
        A("Đội ngũ báo cáo viên Huyện ủy", None, "tháng 7/2025",
          "bố trí chuyên đề “Chuyển đổi số trong đời sống” tại hội nghị báo cáo viên định kỳ tháng 7/2025"),
        A("Ban Tuyên giáo và Dân vận Tỉnh ủy", None, None,
          "mở lớp bồi dưỡng kỹ năng tuyên truyền trên mạng xã hội cho tuyên truyền viên cấp xã"),
        A("UBND huyện", None, None,
          "bổ sung 120 triệu đồng kinh phí tuyên truyền cho 6 tháng cuối năm 2025"),
    ], "intruders": ["Hứa Văn Chiến", "Thường trực Huyện ủy (b/c)", "Lưu: VT.",
                     "Lương Thị Diệu Linh", "Ban Thường vụ Huyện ủy", "Trung tâm Chính trị huyện",
                     "ĐẢNG CỘNG SẢN VIỆT NAM"]},
    {"id": "wqp05", "directive": "TB 24/TB-THCSPL", "source": F5, "actors": [
        A("Tổ Khoa học tự nhiên", "chủ trì", "trước ngày 20/5/2025",
          "lựa chọn, hoàn thiện 03 sản phẩm STEM tham dự Ngày hội STEM huyện Khê Thủy ngày 27/5/2025"),
        A("Tổ Toán - Tin", "phối hợp", "trước ngày 20/5/2025",
          "Tổ Khoa học tự nhiên chủ trì, phối hợp với Tổ Toán - Tin lựa chọn, hoàn thiện 03 sản phẩm STEM"),
        A("Tổ Toán - Tin", None, "trước ngày 31/8/2025",
          "xây dựng kho bài giảng điện tử dùng chung với tối thiểu 120 bài giảng đạt yêu cầu"),
        A("Tổ Văn phòng", None, "trước ngày 15/7/2025",
          "hoàn thành số hóa hồ sơ học sinh và ký số học bạ năm học 2024-2025"),
        A("Tổ Ngữ văn - Khoa học xã hội", None, "ngày 19/5/2025",
          "tổ chức chuyên đề “An toàn trên không gian mạng” cho học sinh khối 6 và khối 7"),
        A("Liên đội", "phối hợp", "ngày 19/5/2025",
          "phối hợp với Liên đội tổ chức chuyên đề “An toàn trên không gian mạng”"),
        A("Liên đội và Chi đoàn giáo viên", None, "trong dịp tựu trường tháng 8/2025",
          "thành lập Đội học sinh tình nguyện số gồm 15 em, hỗ trợ phụ huynh cài đặt ứng dụng VNeID"),
        A("Công đoàn trường", None, "trước ngày 30/9/2025",
          "vận động cán bộ, giáo viên, nhân viên học các khóa “Bình dân học vụ số”"),
        A("Ban đại diện cha mẹ học sinh", None, None,
          "vận động nguồn xã hội hóa khoảng 45 triệu đồng để mua bổ sung bộ thiết bị robotics"),
        A("Bộ phận Kế toán", None, "trước ngày 10/6/2025",
          "lập dự toán nâng cấp phòng học STEM từ nguồn 155 triệu đồng do UBND huyện hỗ trợ"),
        A("Đàm Văn Khương", None, "tháng 8/2025",
          "theo dõi, kiểm tra việc thực hiện và báo cáo Hiệu trưởng tại cuộc họp Hội đồng sư phạm tháng 8/2025"),
    ], "intruders": ["Lục Thị Mai", "Phòng GD&ĐT huyện (b/c)", "Đảng ủy, UBND xã Phò Lạc (b/c)",
                     "Lưu: VT.", "TRƯỜNG THCS PHÒ LẠC"]},
]


def main():
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for d in Q:
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WW:
            f.write(json.dumps(nfc(w), ensure_ascii=False) + "\n")
    print("wrote questions.jsonl (%d) and who_what.jsonl (%d)" % (len(Q), len(WW)))


if __name__ == "__main__":
    main()
