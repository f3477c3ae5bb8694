# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl for eval set blind58."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "ri01_chuongtrinh_khcn_cds.docx"
D2 = "ri02_kehoach_binhdanhocvuso_xa.txt"
D3 = "ri03_thongbao_hoithi_sangtao.md"
D4 = "ri04_quyetdinh_tocongnghesophuong.pdf"
D5 = "ri05_congvan_stem_ai_sgddt.txt"

Q = []


def q(kind, question, ev=(), kw=(), history=None, actors=None, answerable=None):
    d = {
        "id": "ri%03d" % (len(Q) + 1),
        "question": question,
        "answerable": bool(ev) if answerable is None else answerable,
        "kind": kind,
        "evidence": [{"source": s, "quote": t} for s, t in ev],
        "keywords": list(kw),
    }
    if history:
        d["history"] = [history]
    if actors:
        d["actors"] = list(actors)
    Q.append(d)
    return question


def U(question, kind="unanswerable", history=None):
    return q(kind, question, (), (), history=history, answerable=False)


# ----------------------------- ri01 Chương trình 27/CTr-UBND -----------------
a = q("factoid", "Tổng kinh phí dự kiến cho chương trình phát triển KHCN, đổi mới sáng tạo và chuyển đổi số của tỉnh giai đoạn 2026-2030 là bao nhiêu?",
      [(D1, "Tổng kinh phí dự kiến thực hiện Chương trình giai đoạn 2026 - 2030 khoảng 1.240 tỷ đồng")], ["1.240 tỷ đồng"])
q("follow-up", "Trong đó ngân sách tỉnh chi bao nhiêu?",
  [(D1, "ngân sách trung ương hỗ trợ 410 tỷ đồng; ngân sách tỉnh 615 tỷ đồng")], ["615 tỷ đồng"], history=a)
q("metadata", "CTr 27 về KH&CN, ĐMST và CĐS của UBND tỉnh ban hành ngày nào?",
  [(D1, "Số: 27/CTr-UBND CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM Độc lập - Tự do - Hạnh phúc Thành Mai, ngày 14 tháng 10 năm 2025")],
  ["14 tháng 10 năm 2025"])
q("metadata", "Ai ký chương trình phát triển khoa học công nghệ và chuyển đổi số giai đoạn 2026 - 2030 của tỉnh Cao Lộc Nam?",
  [(D1, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Hứa Minh Chiến")], ["Hứa Minh Chiến"])
U("Năm 2027 ngân sách tỉnh bố trí bao nhiêu tiền cho Chương trình 27/CTr-UBND?")
q("factoid", "Đến năm 2030 tỉnh đặt mục tiêu bao nhiêu phần trăm người dân có kỹ năng số cơ bản?",
  [(D1, "Tối thiểu 80% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản")], ["80%"])
b = q("who-what", "Sở Nội vụ phải làm gì theo chương trình 27 của UBND tỉnh?",
      [(D1, "Sở Nội vụ chủ trì đưa tiêu chí chuyển đổi số vào đánh giá, xếp loại cán bộ, công chức, viên chức từ năm 2026")],
      ["tiêu chí chuyển đổi số"], actors=["Sở Nội vụ"])
q("follow-up", "Còn Công an tỉnh thì sao?",
  [(D1, "Công an tỉnh bảo đảm an ninh mạng, bảo vệ dữ liệu cá nhân; hướng dẫn Công an cấp xã hỗ trợ người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2")],
  ["an ninh mạng", "VNeID"], history=b, actors=["Công an tỉnh"])
q("who-what", "Theo CTr 27/CTr-UBND, UBND các xã, phường phải ban hành kế hoạch thực hiện trước ngày nào?",
  [(D1, "UBND các xã, phường ban hành kế hoạch thực hiện Chương trình tại địa phương trước ngày 30/11/2025")],
  ["30/11/2025"], actors=["UBND các xã, phường"])
q("no-diacritics", "chuong trinh 27 giao don vi nao chu tri xay dung trung tam du lieu tinh, xong khi nao",
  [(D1, "Trung tâm dữ liệu tỉnh và nền tảng dữ liệu dùng chung Sở Khoa học và Công nghệ Công an tỉnh Năm 2027")],
  ["Sở Khoa học và Công nghệ", "Năm 2027"])
U("Vốn điều lệ hiện nay của Quỹ phát triển khoa học và công nghệ tỉnh Cao Lộc Nam là bao nhiêu?")
c = q("who-what", "Báo và Phát thanh, Truyền hình Cao Lộc Nam được giao nhiệm vụ gì trong chương trình CĐS của tỉnh?",
      [(D1, "Báo và Phát thanh, Truyền hình Cao Lộc Nam mở chuyên mục \"Khoa học và cuộc sống số\"")],
      ["Khoa học và cuộc sống số"], actors=["Báo và Phát thanh, Truyền hình Cao Lộc Nam"])
q("follow-up", "Phát sóng vào lúc nào?",
  [(D1, "phát sóng định kỳ hằng tuần vào tối thứ Bảy")], ["tối thứ Bảy"], history=c)
q("abbreviation", "Đầu mối liên hệ ở Sở KH&CN về CTr 27 là ai, sđt bao nhiêu?",
  [(D1, "Đầu mối liên hệ: bà Sầm Thị Nguyệt, Phó Trưởng phòng Quản lý công nghệ và chuyển đổi số, Sở Khoa học và Công nghệ; điện thoại 0915 274 630")],
  ["Sầm Thị Nguyệt", "0915 274 630"])
q("who-what", "Sở GD&ĐT có trách nhiệm gì trong chương trình phát triển KHCN, đổi mới sáng tạo, CĐS 2026-2030?",
  [(D1, "Sở Giáo dục và Đào tạo có trách nhiệm xây dựng Kế hoạch giáo dục STEM, trí tuệ nhân tạo trong trường phổ thông giai đoạn 2026 - 2030")],
  ["Kế hoạch giáo dục STEM"], actors=["Sở Giáo dục và Đào tạo"])
d = q("no-diacritics", "so ket giua ky chuong trinh khcn va chuyen doi so cua tinh vao luc nao",
      [(D1, "tham mưu sơ kết giữa kỳ vào quý IV/2028 và tổng kết vào quý IV/2030")], ["quý IV/2028"])
U("Tổ chức ở đâu?", kind="follow-up", history=d)
q("factoid", "Chương trình của tỉnh căn cứ vào văn bản nào của Ban Chấp hành Đảng bộ tỉnh?",
  [(D1, "Căn cứ Chương trình hành động số 19-CTr/TU ngày 26/3/2025 của Ban Chấp hành Đảng bộ tỉnh")], ["19-CTr/TU"])
q("who-what", "Ai chủ trì số hóa hồ sơ di sản văn hóa phi vật thể và thời hạn hoàn thành là khi nào?",
  [(D1, "Sở Văn hóa, Thể thao và Du lịch chủ trì số hóa hồ sơ di sản văn hóa phi vật thể của tỉnh"),
   (D1, "Số hóa hồ sơ di sản văn hóa phi vật thể Sở Văn hóa, Thể thao và Du lịch Sở Khoa học và Công nghệ Năm 2027")],
  ["Sở Văn hóa, Thể thao và Du lịch", "Năm 2027"], actors=["Sở Văn hóa, Thể thao và Du lịch"])
q("factoid", "Tỉnh muốn hỗ trợ hình thành bao nhiêu doanh nghiệp khởi nghiệp đổi mới sáng tạo?",
  [(D1, "hỗ trợ hình thành 30 doanh nghiệp khởi nghiệp đổi mới sáng tạo trong cả giai đoạn")], ["30 doanh nghiệp"])
U("Chỉ tiêu phủ sóng 5G đến hết năm 2026 của tỉnh là bao nhiêu phần trăm số thôn, bản?")
q("no-diacritics", "nam 2026 ngan sach tinh bo tri bao nhieu cho chuong trinh 27",
  [(D1, "Riêng năm 2026, ngân sách tỉnh bố trí 118 tỷ đồng")], ["118 tỷ đồng"])

# ----------------------------- ri02 Kế hoạch 41/KH-UBND xã Nà Thẳm ------------
q("metadata", "KH 41 của xã Nà Thẳm do ai ký?",
  [(D2, "Lưu: VT, VHXH. Lò Văn Quyết")], ["Lò Văn Quyết"])
e = q("factoid", "Lớp Bình dân học vụ số đầu tiên ở xã Nà Thẳm khai giảng ngày nào, ở đâu?",
      [(D2, "Lớp đầu tiên khai giảng ngày 15/3/2026 tại Nhà văn hóa thôn Nà Pục")], ["15/3/2026", "Nà Pục"])
q("follow-up", "Các lớp tiếp theo học ở những thôn bản nào?",
  [(D2, "các lớp tiếp theo luân phiên tại thôn Cốc Sâm, bản Pác Xả, thôn Phja Đén")], ["Cốc Sâm", "Pác Xả", "Phja Đén"], history=e)
q("factoid", "Năm 2026 xã Nà Thẳm phải mở ít nhất bao nhiêu lớp bình dân học vụ số?",
  [(D2, "Mở tối thiểu 36 lớp \"Bình dân học vụ số\" tại 9 thôn, bản (mỗi thôn, bản 4 lớp), thu hút khoảng 1.400 lượt người tham gia")],
  ["36 lớp", "1.400"])
f = q("factoid", "Tổng kinh phí kế hoạch Bình dân học vụ số năm 2026 của xã Nà Thẳm là bao nhiêu?",
      [(D2, "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 214 triệu đồng")], ["214 triệu đồng"])
q("follow-up", "Ngân sách xã chiếm bao nhiêu trong đó?",
  [(D2, "ngân sách xã 165 triệu đồng")], ["165 triệu đồng"], history=f)
U("Xã Nà Thẳm dự kiến chi bao nhiêu cho phong trào Bình dân học vụ số năm 2027?")
q("who-what", "Trung tâm Phục vụ hành chính công xã Nà Thẳm phải làm gì theo KH 41?",
  [(D2, "Trung tâm Phục vụ hành chính công xã có trách nhiệm vận hành \"Góc hướng dẫn số\", thống kê tỷ lệ hồ sơ trực tuyến")],
  ["Góc hướng dẫn số"], actors=["Trung tâm Phục vụ hành chính công xã"])
g = q("who-what", "Công an xã Nà Thẳm làm gì trong kế hoạch bình dân học vụ số?",
      [(D2, "Công an xã hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2")],
      ["VNeID mức độ 2"], actors=["Công an xã"])
q("follow-up", "Thế còn Phòng Kinh tế?",
  [(D2, "Phòng Kinh tế chủ trì hướng dẫn hộ sản xuất, hợp tác xã mở tài khoản thanh toán điện tử, gắn mã QR truy xuất nguồn gốc cho sản phẩm OCOP"),
   (D2, "hoàn thành việc gắn mã QR trước ngày 30/9/2026")],
  ["mã QR", "30/9/2026"], history=g, actors=["Phòng Kinh tế"])
h = q("no-diacritics", "ngay hoi na tham so to chuc ngay nao, o dau",
      [(D2, "Tổ chức Ngày hội \"Nà Thẳm số\" vào ngày 26/3/2026 tại sân Trường THCS Nà Thẳm")], ["26/3/2026", "Trường THCS Nà Thẳm"])
q("follow-up", "Đơn vị nào chủ trì tổ chức?",
  [(D2, "Trường THCS Nà Thẳm chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức Ngày hội \"Nà Thẳm số\"")],
  ["Trường THCS Nà Thẳm", "Đoàn Thanh niên xã"], history=h)
q("no-diacritics", "lien he ai ve ke hoach binh dan hoc vu so xa na tham",
  [(D2, "Người liên hệ: ông Nông Đức Thịnh, công chức Phòng Văn hóa - Xã hội; điện thoại 0978 316 425")],
  ["Nông Đức Thịnh", "0978 316 425"])
q("who-what", "Đoàn Thanh niên xã Nà Thẳm phải lập bao nhiêu đội thanh niên tình nguyện số, hạn chót khi nào?",
  [(D2, "Đoàn Thanh niên xã thành lập 9 đội \"Thanh niên tình nguyện số\" tại 9 thôn, bản trước ngày 28/02/2026")],
  ["9 đội", "28/02/2026"], actors=["Đoàn Thanh niên xã"])
q("factoid", "Góc hướng dẫn số ở trung tâm hành chính công xã Nà Thẳm có người trực vào những buổi nào?",
  [(D2, "trực hỗ trợ người dân vào sáng thứ Ba và sáng thứ Năm hằng tuần")], ["sáng thứ Ba", "sáng thứ Năm"])
U("Đoàn viên trực Góc hướng dẫn số ở xã Nà Thẳm được bồi dưỡng bao nhiêu tiền một buổi?")
q("factoid", "Loa truyền thanh ở Nà Thẳm phát tuyên truyền kỹ năng số vào lúc nào, bằng những thứ tiếng gì?",
  [(D2, "bằng tiếng Việt, tiếng Tày và tiếng Dao, phát định kỳ hằng tuần vào tối thứ Sáu")], ["tối thứ Sáu", "tiếng Tày"])
q("who-what", "Phòng VH-XH xã Nà Thẳm phải báo cáo định kỳ thế nào theo kế hoạch 41/KH-UBND?",
  [(D2, "tổng hợp, báo cáo UBND xã định kỳ hằng quý, trước ngày 20 của tháng cuối quý")],
  ["hằng quý", "trước ngày 20 của tháng cuối quý"], actors=["Phòng Văn hóa - Xã hội"])
U("Xã Nà Thẳm hiện có bao nhiêu hộ nghèo chưa có điện thoại thông minh?")
q("metadata", "Kế hoạch của xã Nà Thẳm căn cứ nghị quyết nào của Đảng ủy xã?",
  [(D2, "Nghị quyết số 08-NQ/ĐU ngày 20/10/2025 của Đảng ủy xã Nà Thẳm")], ["08-NQ/ĐU"])
q("factoid", "Mức chi bồi dưỡng cho người hướng dẫn lớp học bình dân học vụ số ở Nà Thẳm?",
  [(D2, "Mức chi bồi dưỡng người hướng dẫn lớp học là 150.000 đồng/buổi")], ["150.000 đồng/buổi"])
U("ke hoach 41 cua xa Pu Linh giao cong an xa lam gi")
U("Tỷ lệ hồ sơ trực tuyến của xã Nà Thẳm năm 2025 là bao nhiêu phần trăm?")

# ----------------------------- ri03 Thông báo 126/TB-SKHCN --------------------
q("metadata", "TB 126 của Sở KH&CN về hội thi sáng tạo do ai ký?",
  [(D3, "PHÓ GIÁM ĐỐC (đã ký) Vi Thanh Tùng")], ["Vi Thanh Tùng"])
i = q("factoid", "Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX có mấy giải nhất, mỗi giải bao nhiêu tiền?",
      [(D3, "Giải Nhất | 04 | 25.000.000 đồng")], ["04", "25.000.000 đồng"])
q("follow-up", "Còn giải khuyến khích?",
  [(D3, "Giải Khuyến khích | 20 | 3.000.000 đồng")], ["20", "3.000.000 đồng"], history=i)
U("Giải đặc biệt của Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX trị giá bao nhiêu?")
j = q("factoid", "Hạn chót nộp hồ sơ dự Hội thi Sáng tạo kỹ thuật lần IX là khi nào?",
      [(D3, "Nhận hồ sơ dự thi | Từ 01/3/2026 đến 17h00 ngày 30/9/2026")], ["17h00 ngày 30/9/2026"])
q("follow-up", "nop o dau?",
  [(D3, "nộp trực tiếp tại Văn phòng Thường trực Hội thi, đặt tại Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, số 18 đường Phan Đình Giót, phường Thành Mai")],
  ["số 18 đường Phan Đình Giót"], history=j)
q("no-diacritics", "hoi thi sang tao ky thuat co bao nhieu linh vuc du thi",
  [(D3, "Hội thi gồm 06 lĩnh vực")], ["06 lĩnh vực"])
q("list", "Kể tên các lĩnh vực dự thi của Hội thi Sáng tạo kỹ thuật tỉnh lần IX.",
  [(D3, "(1) Nông, lâm nghiệp và thủy sản; (2) Cơ khí, tự động hóa, xây dựng và giao thông; (3) Y tế, dược và bảo vệ môi trường;"),
   (D3, "(4) Công nghệ thông tin, chuyển đổi số và trí tuệ nhân tạo; (5) Giáo dục, đào tạo và STEM; (6) Văn hóa, du lịch và bảo tồn di sản")],
  ["Nông, lâm nghiệp và thủy sản", "Giáo dục, đào tạo và STEM"])
k = q("factoid", "Lễ tổng kết trao giải hội thi sáng tạo kỹ thuật lần thứ 9 tổ chức khi nào, ở đâu?",
      [(D3, "Lễ tổng kết, trao giải | Tháng 01/2027 | Trung tâm Hội nghị tỉnh, phường Thành Mai")], ["Tháng 01/2027", "Trung tâm Hội nghị tỉnh"])
U("Lễ trao giải Hội thi sáng tạo kỹ thuật lần IX diễn ra chính xác vào ngày mấy tháng 1/2027?")
q("who-what", "Mỗi xã, phường phải giới thiệu bao nhiêu giải pháp dự hội thi sáng tạo kỹ thuật và gửi danh sách trước ngày nào?",
  [(D3, "mỗi xã, phường giới thiệu tối thiểu 02 giải pháp tham dự, gửi danh sách về Văn phòng Thường trực Hội thi trước ngày 31/7/2026")],
  ["02 giải pháp", "31/7/2026"], actors=["UBND các xã, phường"])
q("who-what", "Phòng Quản lý khoa học và sở hữu trí tuệ phải làm gì trong hội thi, hạn khi nào?",
  [(D3, "chủ trì thẩm định tính mới của các giải pháp đề nghị trao giải Nhất, giải Nhì, hoàn thành trước ngày 20/11/2026")],
  ["thẩm định tính mới", "20/11/2026"], actors=["Phòng Quản lý khoa học và sở hữu trí tuệ"])
q("who-what", "TB 126/TB-SKHCN đề nghị Tỉnh đoàn làm gì?",
  [(D3, "Đề nghị Tỉnh đoàn phối hợp phát động trong đoàn viên, thanh niên, gắn với phong trào \"Thanh niên xung kích chuyển đổi số\"")],
  ["Thanh niên xung kích chuyển đổi số"], actors=["Tỉnh đoàn"])
q("factoid", "Một giải pháp dự thi được có tối đa bao nhiêu đồng tác giả?",
  [(D3, "Mỗi giải pháp có không quá 05 đồng tác giả")], ["05"])
U("Hội thi Sáng tạo kỹ thuật tỉnh lần thứ VIII trước đây có bao nhiêu giải pháp tham gia?")
m = q("factoid", "Kinh phí tổ chức hội thi sáng tạo kỹ thuật năm 2026 là bao nhiêu?",
      [(D3, "Kinh phí tổ chức Hội thi năm 2026 là 480 triệu đồng")], ["480 triệu đồng"])
U("Còn năm 2027 thì sao?", kind="follow-up", history=m)
q("no-diacritics", "cham chung khao hoi thi sang tao ky thuat dien ra tu ngay nao den ngay nao",
  [(D3, "Chấm chung khảo, khảo sát tại nơi áp dụng | Từ 02/11 đến 30/11/2026")], ["02/11", "30/11/2026"])
q("factoid", "Tổng giá trị giải thưởng của Hội thi là bao nhiêu?",
  [(D3, "Tổng giá trị giải thưởng là 330.000.000 đồng")], ["330.000.000 đồng"])
q("no-diacritics", "so dien thoai van phong thuong truc hoi thi sang tao ky thuat",
  [(D3, "Người liên hệ: bà Lục Thị Hằng, Chánh Văn phòng Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh; điện thoại 0204 3852 719 hoặc 0936 540 218")],
  ["0204 3852 719", "0936 540 218"])
U("Quyết định 96/QĐ-UBND thành lập Ban Tổ chức hội thi gồm những thành viên nào?")
U("Lệ phí dự thi Hội thi Sáng tạo kỹ thuật tỉnh lần IX là bao nhiêu một giải pháp?")

# ----------------------------- ri04 Quyết định 318/QĐ-UBND phường Thành Mai ---
q("metadata", "QĐ 318 của phường Thành Mai ban hành ngày nào, ai ký?",
  [(D4, "Số: 318/QĐ-UBND Thành Mai, ngày 08 tháng 12 năm 2025"), (D4, "CHỦ TỊCH (đã ký) Bế Thị Loan")],
  ["08 tháng 12 năm 2025", "Bế Thị Loan"])
n = q("factoid", "Phường Thành Mai có bao nhiêu Tổ công nghệ số cộng đồng và tổng cộng bao nhiêu thành viên?",
      [(D4, "Toàn phường có 14 Tổ với 86 thành viên")], ["14 Tổ", "86 thành viên"])
q("follow-up", "Mỗi tổ gồm mấy người?",
  [(D4, "Mỗi tổ dân phố thành lập 01 Tổ công nghệ số cộng đồng gồm từ 05 đến 07 thành viên")], ["từ 05 đến 07 thành viên"], history=n)
q("factoid", "Ai làm tổ trưởng, tổ phó Tổ công nghệ số cộng đồng ở phường Thành Mai?",
  [(D4, "Tổ trưởng tổ dân phố làm Tổ trưởng; Bí thư Chi đoàn thanh niên làm Tổ phó")],
  ["Tổ trưởng tổ dân phố", "Bí thư Chi đoàn thanh niên"])
o = q("factoid", "Thành viên tổ công nghệ số cộng đồng phường Thành Mai được hỗ trợ bao nhiêu tiền mỗi tháng?",
      [(D4, "Mỗi thành viên Tổ được hỗ trợ cước viễn thông 100.000 đồng/tháng")], ["100.000 đồng/tháng"])
q("follow-up", "Còn mỗi buổi hướng dẫn tập trung thì được hỗ trợ bao nhiêu?",
  [(D4, "mỗi buổi hướng dẫn tập trung được hỗ trợ 500.000 đồng")], ["500.000 đồng"], history=o)
U("Quy chế Tổ công nghệ số cộng đồng phường Thành Mai thay thế quyết định nào trước đây?")
q("who-what", "Công an phường Thành Mai có trách nhiệm gì theo Quy chế tổ công nghệ số cộng đồng?",
  [(D4, "Công an phường có trách nhiệm cử cảnh sát khu vực tham gia các Tổ; hướng dẫn kích hoạt tài khoản định danh điện tử mức độ 2")],
  ["cảnh sát khu vực"], actors=["Công an phường"])
q("who-what", "Trung tâm Phục vụ hành chính công phường phải làm gì để hỗ trợ Tổ công nghệ số?",
  [(D4, "Trung tâm Phục vụ hành chính công phường bố trí 01 quầy hỗ trợ nộp hồ sơ trực tuyến có thành viên Tổ trực luân phiên")],
  ["01 quầy hỗ trợ"], actors=["Trung tâm Phục vụ hành chính công phường"])
q("who-what", "Phòng Văn hóa - Xã hội phường Thành Mai phải tập huấn cho thành viên tổ mấy lần một năm, lần đầu xong trước ngày nào?",
  [(D4, "tổ chức tập huấn cho thành viên Tổ ít nhất 02 lần/năm, lần thứ nhất hoàn thành trước ngày 31/01/2026")],
  ["02 lần/năm", "31/01/2026"], actors=["Phòng Văn hóa - Xã hội"])
q("no-diacritics", "buoi huong dan tap trung cua to cong nghe so cong dong phuong thanh mai to chuc vao hom nao",
  [(D4, "Mỗi tháng tổ chức ít nhất 01 buổi hướng dẫn tập trung tại nhà văn hóa tổ dân phố vào sáng Chủ nhật của tuần thứ hai")],
  ["sáng Chủ nhật của tuần thứ hai"])
q("factoid", "Hằng năm phường Thành Mai khen thưởng Tổ công nghệ số tiêu biểu như thế nào?",
  [(D4, "bình chọn 03 Tổ công nghệ số cộng đồng tiêu biểu để tặng Giấy khen, kèm tiền thưởng 2.000.000 đồng/Tổ")],
  ["03 Tổ", "2.000.000 đồng/Tổ"])
U("Năm 2025 phường Thành Mai đã bình chọn những Tổ công nghệ số cộng đồng nào là tiêu biểu?")
q("no-diacritics", "tong kinh phi ho tro to cong nghe so phuong thanh mai nam 2026",
  [(D4, "Tổng kinh phí hỗ trợ năm 2026 là 186 triệu đồng, bố trí từ ngân sách phường")], ["186 triệu đồng"])
q("who-what", "Đoàn Thanh niên phường Thành Mai được đề nghị làm gì theo Quy chế?",
  [(D4, "Đề nghị Đoàn Thanh niên phường duy trì hoạt động \"Chủ nhật số\" mỗi tháng một lần tại các tổ dân phố")],
  ["Chủ nhật số"], actors=["Đoàn Thanh niên phường"])
q("factoid", "Tổ công nghệ số cộng đồng phải gửi sổ theo dõi kết quả về đâu, trước ngày nào?",
  [(D4, "Ghi chép kết quả hỗ trợ vào sổ theo dõi và gửi về Phòng Văn hóa - Xã hội trước ngày 25 hằng tháng")],
  ["trước ngày 25 hằng tháng"])
q("metadata", "Quyết định 318/QĐ-UBND căn cứ kế hoạch nào của UBND phường?",
  [(D4, "Căn cứ Kế hoạch số 203/KH-UBND ngày 21/11/2025 của UBND phường Thành Mai về chuyển đổi số năm 2026")],
  ["203/KH-UBND"])
q("abbreviation", "Đầu mối ở phòng VH-XH phường Thành Mai về tổ CNS cộng đồng là ai, SĐT?",
  [(D4, "Đầu mối: bà Ma Thị Thu Trang, công chức Phòng Văn hóa - Xã hội, điện thoại 0946 203 587")],
  ["Ma Thị Thu Trang", "0946 203 587"])
U("xa Ta Leng co bao nhieu to cong nghe so cong dong, bao nhieu thanh vien")

# ----------------------------- ri05 Công văn 214/SGDĐT-GDTrH ------------------
q("metadata", "CV 214 của Sở GD&ĐT về việc gì?",
  [(D5, "V/v hưởng ứng Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX và đẩy mạnh giáo dục STEM, trí tuệ nhân tạo trong trường học")],
  ["Hội thi Sáng tạo kỹ thuật", "STEM"])
q("metadata", "Công văn 214/SGDĐT-GDTrH do ai ký, ngày nào?",
  [(D5, "Số: 214/SGDĐT-GDTrH Thành Mai, ngày 10 tháng 02 năm 2026"), (D5, "Lưu: VT, GDTrH. Đàm Thị Huyền")],
  ["10 tháng 02 năm 2026", "Đàm Thị Huyền"])
p = q("list", "Những trường nào được thí điểm dạy AI cho lớp 10, 11?",
      [(D5, "06 trường: THPT Chuyên Cao Lộc Nam, THPT Thành Mai, THPT Pù Lình, THPT Tà Lèng, THPT Hồng Tiến và Trường Phổ thông Dân tộc nội trú tỉnh")],
      ["THPT Pù Lình", "THPT Tà Lèng", "THPT Hồng Tiến"])
q("follow-up", "Thí điểm trong bao lâu, mỗi lớp học mấy tiết?",
  [(D5, "Thời gian thí điểm từ tháng 3/2026 đến hết tháng 5/2026; mỗi lớp học 08 tiết")], ["tháng 3/2026", "tháng 5/2026", "08 tiết"], history=p)
r = q("who-what", "UBND các xã, phường phải làm gì theo công văn 214 của Sở GD&ĐT?",
      [(D5, "tổ chức Ngày hội STEM cấp trường trong tháng 4/2026"), (D5, "báo cáo về Sở GD&ĐT trước ngày 25/5/2026")],
      ["tháng 4/2026", "25/5/2026"], actors=["UBND các xã, phường"])
q("follow-up", "Còn các Trung tâm GDNN-GDTX khu vực thì sao?",
  [(D5, "mở lớp \"Bình dân học vụ số\" vào buổi tối cho học viên và người dân, mỗi Trung tâm ít nhất 04 lớp trong năm 2026")],
  ["04 lớp"], history=r, actors=["Các Trung tâm GDNN-GDTX khu vực"])
q("who-what", "Phòng Khảo thí và Quản lý chất lượng được giao việc gì, hạn khi nào?",
  [(D5, "Phòng Khảo thí và Quản lý chất lượng phối hợp với Phòng Giáo dục Trung học xây dựng bộ tiêu chí đánh giá hoạt động giáo dục STEM"),
   (D5, "hoàn thành trước ngày 30/4/2026")],
  ["bộ tiêu chí đánh giá", "30/4/2026"], actors=["Phòng Khảo thí và Quản lý chất lượng"])
q("no-diacritics", "phong giao duc trung hoc so gddt phai lam gi theo cong van 214",
  [(D5, "Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở tổ chức tập huấn cho 120 giáo viên cốt cán về giảng dạy AI và STEM")],
  ["120 giáo viên cốt cán"], actors=["Phòng Giáo dục Trung học"])
q("factoid", "Tập huấn giáo viên cốt cán về AI và STEM diễn ra khi nào, ở trường nào?",
  [(D5, "vào hai ngày 14 và 15/3/2026 tại Trường THPT Chuyên Cao Lộc Nam")], ["14 và 15/3/2026", "Trường THPT Chuyên Cao Lộc Nam"])
q("abbreviation", "Trường THPT gửi hồ sơ giải pháp dự hội thi về Sở GD&ĐT trước ngày nào?",
  [(D5, "gửi hồ sơ về Sở GD&ĐT (qua Phòng Giáo dục Trung học) trước ngày 31/8/2026")], ["31/8/2026"])
q("factoid", "Sở giáo dục hỗ trợ bao nhiêu tiền cho mỗi giải pháp được chọn gửi dự thi?",
  [(D5, "Sở GD&ĐT hỗ trợ 3.000.000 đồng/giải pháp để hoàn thiện mô hình, sản phẩm đối với các giải pháp Sở lựa chọn gửi dự thi (tối đa 25 giải pháp)")],
  ["3.000.000 đồng/giải pháp", "25 giải pháp"])
U("Sở GD&ĐT thưởng bao nhiêu tiền cho học sinh đoạt giải Nhất Hội thi sáng tạo kỹ thuật?")
q("no-diacritics", "lien he ai o so giao duc ve hoi thi sang tao va giao duc stem",
  [(D5, "ông Triệu Quang Bảo, chuyên viên Phòng Giáo dục Trung học, Sở GD&ĐT; điện thoại 0988 461 702")],
  ["Triệu Quang Bảo", "0988 461 702"])
U("Danh sách 120 giáo viên cốt cán được tập huấn AI gồm những thầy cô nào?")
q("factoid", "Giáo viên có được nhập đề kiểm tra vào công cụ AI công cộng không?",
  [(D5, "không nhập dữ liệu cá nhân của học sinh, đề kiểm tra chưa công bố vào các công cụ AI công cộng")], ["đề kiểm tra chưa công bố"])
U("Công văn 215/SGDĐT-GDTrH của Sở GD&ĐT hướng dẫn nội dung gì?")
U("truong THPT Thanh Mai duoc so GD cap bao nhieu bo thiet bi STEM")
q("abbreviation", "Mỗi trường THPT phải tổ chức bao nhiêu hoạt động trải nghiệm STEM trong HK II?",
  [(D5, "tổ chức ít nhất 02 hoạt động trải nghiệm STEM cho học sinh trong học kỳ II năm học 2025 - 2026")], ["02 hoạt động"])

# ----------------------------- more unanswerable near-misses -----------------
U("Chi cho KH&CN năm 2025 chiếm bao nhiêu % tổng chi ngân sách tỉnh Cao Lộc Nam?")
U("Nghị quyết của HĐND tỉnh về chính sách hỗ trợ đổi mới sáng tạo, khởi nghiệp số mấy, ban hành ngày nào?")

# ----------------------------- corpus ----------------------------------------
q("corpus", "Có bao nhiêu văn bản trong bộ tài liệu thực hiện hoặc căn cứ Chương trình 27/CTr-UBND của UBND tỉnh?",
  [(D2, "Thực hiện Chương trình số 27/CTr-UBND ngày 14/10/2025 của UBND tỉnh Cao Lộc Nam"),
   (D3, "Căn cứ Chương trình số 27/CTr-UBND ngày 14/10/2025 của UBND tỉnh"),
   (D4, "Căn cứ Chương trình số 27/CTr-UBND ngày 14/10/2025 của UBND tỉnh Cao Lộc Nam"),
   (D5, "Thực hiện Chương trình số 27/CTr-UBND ngày 14/10/2025 của UBND tỉnh")],
  ["27/CTr-UBND"])
q("corpus", "Những văn bản nào có nói đến Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX?",
  [(D1, "Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
   (D3, "Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Cao Lộc Nam lần thứ IX (2026 - 2027)"),
   (D5, "V/v hưởng ứng Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX")],
  ["lần thứ IX"])
q("corpus", "van ban nao do cap xa, phuong ban hanh",
  [(D2, "UBND XÃ NÀ THẲM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), (D4, "UBND PHƯỜNG THÀNH MAI CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
  ["UBND XÃ NÀ THẲM", "UBND PHƯỜNG THÀNH MAI"])
q("corpus", "Văn bản nào quy định về Tổ công nghệ số cộng đồng?",
  [(D1, "100% xã, phường duy trì Tổ công nghệ số cộng đồng hoạt động thường xuyên"),
   (D2, "9/9 thôn, bản có Tổ công nghệ số cộng đồng hoạt động thường xuyên"),
   (D4, "Ban hành Quy chế tổ chức và hoạt động của Tổ công nghệ số cộng đồng phường Thành Mai")],
  ["Tổ công nghệ số cộng đồng"])
q("corpus", "Trong các văn bản, văn bản nào ban hành gần đây nhất?",
  [(D5, "Số: 214/SGDĐT-GDTrH Thành Mai, ngày 10 tháng 02 năm 2026"),
   (D3, "Thành Mai, ngày 20 tháng 01 năm 2026")],
  ["214/SGDĐT-GDTrH", "10 tháng 02 năm 2026"])

# ----------------------------- extra abbreviation / list ----------------------
q("abbreviation", "Theo CTr 27, Sở KH&CN phải báo cáo UBND tỉnh định kỳ khi nào?",
  [(D1, "báo cáo UBND tỉnh định kỳ 6 tháng (trước ngày 15/6) và hằng năm (trước ngày 10/12)")], ["trước ngày 15/6", "trước ngày 10/12"])
q("list", "Những ai tham gia Tổ công nghệ số cộng đồng ở phường Thành Mai ngoài tổ trưởng và tổ phó?",
  [(D4, "thành viên gồm cảnh sát khu vực, đại diện Chi hội Phụ nữ, Chi hội Cựu chiến binh và người dân có kỹ năng số")],
  ["cảnh sát khu vực", "Chi hội Cựu chiến binh"])
q("list", "Chỉ tiêu năm 2026 của KH bình dân học vụ số xã Nà Thẳm về sản phẩm OCOP là gì?",
  [(D2, "12 sản phẩm OCOP và sản phẩm chủ lực của xã có mã QR truy xuất nguồn gốc")], ["12 sản phẩm OCOP"])
q("abbreviation", "KH 41 yêu cầu CBCC xã Nà Thẳm hoàn thành bồi dưỡng kỹ năng số trước ngày nào?",
  [(D2, "100% cán bộ, công chức xã hoàn thành khóa bồi dưỡng kỹ năng số trên nền tảng \"Học vụ số\" trước ngày 30/6/2026")],
  ["30/6/2026"])
q("list", "Sở GD&ĐT lưu ý những gì về an toàn thông tin khi dùng AI trong trường học?",
  [(D5, "hướng dẫn học sinh sử dụng AI có trách nhiệm, trung thực trong học tập")], ["trung thực trong học tập"])
q("abbreviation", "Cuộc thi của Sở KH&CN: nhận hồ sơ qua email nào?",
  [(D3, "Hồ sơ gửi qua thư điện tử hoithisangtao@caolocnam.org.vn")], ["hoithisangtao@caolocnam.org.vn"])
q("no-diacritics", "ubnd xa phuong can lam gi theo chuong trinh 27 ve to cong nghe so",
  [(D1, "kiện toàn Tổ công nghệ số cộng đồng; chủ động bố trí ngân sách cấp xã và báo cáo kết quả định kỳ hằng quý về Sở Khoa học và Công nghệ")],
  ["kiện toàn Tổ công nghệ số cộng đồng", "hằng quý"], actors=["UBND các xã, phường"])


def A(name, role, deadline, task_quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": task_quote}


WW = [
    {"id": "wri01", "directive": "CTr 27/CTr-UBND", "source": D1, "actors": [
        A("Sở Khoa học và Công nghệ", "thường trực", "trước ngày 10/12",
          "Sở Khoa học và Công nghệ là cơ quan thường trực Chương trình; chủ trì, phối hợp với các sở, ban, ngành và UBND các xã, phường hướng dẫn, theo dõi, kiểm tra việc thực hiện"),
        A("Sở Tài chính", "chủ trì", None,
          "Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu UBND tỉnh cân đối, bố trí kinh phí thực hiện Chương trình"),
        A("Sở Giáo dục và Đào tạo", None, "đến hết năm 2027",
          "Sở Giáo dục và Đào tạo có trách nhiệm xây dựng Kế hoạch giáo dục STEM, trí tuệ nhân tạo trong trường phổ thông giai đoạn 2026 - 2030"),
        A("Sở Nội vụ", "chủ trì", "từ năm 2026",
          "Sở Nội vụ chủ trì đưa tiêu chí chuyển đổi số vào đánh giá, xếp loại cán bộ, công chức, viên chức"),
        A("Sở Văn hóa, Thể thao và Du lịch", "chủ trì", "Năm 2027",
          "Sở Văn hóa, Thể thao và Du lịch chủ trì số hóa hồ sơ di sản văn hóa phi vật thể của tỉnh"),
        A("Công an tỉnh", None, None,
          "Công an tỉnh bảo đảm an ninh mạng, bảo vệ dữ liệu cá nhân; hướng dẫn Công an cấp xã hỗ trợ người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2"),
        A("Báo và Phát thanh, Truyền hình Cao Lộc Nam", None, "định kỳ hằng tuần",
          "mở chuyên mục \"Khoa học và cuộc sống số\" phát sóng định kỳ hằng tuần vào tối thứ Bảy"),
        A("UBND các xã, phường", None, "trước ngày 30/11/2025",
          "UBND các xã, phường ban hành kế hoạch thực hiện Chương trình tại địa phương trước ngày 30/11/2025; kiện toàn Tổ công nghệ số cộng đồng"),
        A("Ban Tuyên giáo và Dân vận Tỉnh ủy", "chủ trì", None,
          "Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì định hướng công tác tuyên truyền"),
        A("Mặt trận Tổ quốc Việt Nam tỉnh, các tổ chức chính trị - xã hội tỉnh và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", None, None,
          "tham gia tuyên truyền, hưởng ứng phong trào \"Bình dân học vụ số\" và giám sát việc thực hiện Chương trình"),
        A("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "chủ trì", "2026 - 2027",
          "Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
        A("Sở Tư pháp", "phối hợp", "Quý II/2026",
          "Xây dựng Nghị quyết về chính sách hỗ trợ đổi mới sáng tạo, khởi nghiệp và chuyển giao công nghệ"),
        A("Tỉnh đoàn", "phối hợp", "2026 - 2027",
          "Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sở Khoa học và Công nghệ, Tỉnh đoàn"),
    ], "intruders": ["Hứa Minh Chiến", "Bộ Khoa học và Công nghệ", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh",
                     "CT, các PCT UBND tỉnh", "Lưu: VT, KGVX", "Bộ Chính trị", "Ban Chấp hành Đảng bộ tỉnh"]},
    {"id": "wri02", "directive": "KH 41/KH-UBND", "source": D2, "actors": [
        A("Phòng Văn hóa - Xã hội", "thường trực", "trước ngày 10/12/2026",
          "Phòng Văn hóa - Xã hội là cơ quan thường trực, chủ trì, phối hợp với Văn phòng HĐND và UBND xã tham mưu UBND xã triển khai Kế hoạch"),
        A("Văn phòng HĐND và UBND xã", "chủ trì", "trước ngày 31/10/2026",
          "chủ trì số hóa hồ sơ, tài liệu lưu trữ của xã, hoàn thành trước ngày 31/10/2026"),
        A("Trung tâm Phục vụ hành chính công xã", None, "trước ngày 05 hằng tháng",
          "Trung tâm Phục vụ hành chính công xã có trách nhiệm vận hành \"Góc hướng dẫn số\", thống kê tỷ lệ hồ sơ trực tuyến"),
        A("Phòng Kinh tế", "chủ trì", "trước ngày 30/9/2026",
          "Phòng Kinh tế chủ trì hướng dẫn hộ sản xuất, hợp tác xã mở tài khoản thanh toán điện tử, gắn mã QR truy xuất nguồn gốc cho sản phẩm OCOP"),
        A("Công an xã", None, None,
          "Công an xã hướng dẫn người dân kích hoạt tài khoản định danh điện tử VNeID mức độ 2"),
        A("Trường Mầm non Nà Thẳm, Trường Tiểu học Nà Thẳm và Trường THCS Nà Thẳm", None, None,
          "cử giáo viên tin học làm báo cáo viên, cho mượn phòng máy tính vào ngày nghỉ"),
        A("Trường THCS Nà Thẳm", "chủ trì", "ngày 26/3/2026",
          "Trường THCS Nà Thẳm chủ trì, phối hợp với Đoàn Thanh niên xã tổ chức Ngày hội \"Nà Thẳm số\""),
        A("Đoàn Thanh niên xã", "phối hợp", "trước ngày 28/02/2026",
          "Đoàn Thanh niên xã thành lập 9 đội \"Thanh niên tình nguyện số\" tại 9 thôn, bản trước ngày 28/02/2026"),
        A("Trưởng thôn, bản", None, None,
          "Trưởng thôn, bản có trách nhiệm bố trí địa điểm, thông báo lịch học đến từng hộ"),
        A("Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã", None, None,
          "Đề nghị Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã phát động đoàn viên, hội viên tham gia phong trào"),
    ], "intruders": ["Lò Văn Quyết", "Sở Khoa học và Công nghệ tỉnh", "Thường trực Đảng ủy xã", "Thường trực HĐND xã",
                     "CT, các PCT UBND xã", "Lưu: VT, VHXH", "Đảng ủy xã Nà Thẳm"]},
    {"id": "wri03", "directive": "TB 126/TB-SKHCN", "source": D3, "actors": [
        A("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "thường trực", None,
          "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh là cơ quan thường trực Hội thi, chủ trì tiếp nhận hồ sơ, tổ chức chấm sơ khảo"),
        A("Phòng Quản lý khoa học và sở hữu trí tuệ", "chủ trì", "trước ngày 20/11/2026",
          "chủ trì thẩm định tính mới của các giải pháp đề nghị trao giải Nhất, giải Nhì, hoàn thành trước ngày 20/11/2026"),
        A("Sở Giáo dục và Đào tạo", None, None,
          "Đề nghị Sở Giáo dục và Đào tạo phổ biến Thể lệ đến các trường trung học phổ thông"),
        A("Tỉnh đoàn", "phối hợp", None,
          "Đề nghị Tỉnh đoàn phối hợp phát động trong đoàn viên, thanh niên"),
        A("UBND các xã, phường", None, "trước ngày 31/7/2026",
          "mỗi xã, phường giới thiệu tối thiểu 02 giải pháp tham dự, gửi danh sách về Văn phòng Thường trực Hội thi trước ngày 31/7/2026"),
        A("Báo và Phát thanh, Truyền hình Cao Lộc Nam", None, None,
          "Báo và Phát thanh, Truyền hình Cao Lộc Nam mở chuyên mục đưa tin về Hội thi trong suốt thời gian tổ chức"),
    ], "intruders": ["Vi Thanh Tùng", "UBND tỉnh (để báo cáo)", "Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam",
                     "Thành viên Ban Tổ chức Hội thi", "Lưu: VT, QLKH", "Các sở, ban, ngành tỉnh"]},
    {"id": "wri04", "directive": "QĐ 318/QĐ-UBND", "source": D4, "actors": [
        A("Chánh Văn phòng HĐND và UBND phường, Trưởng phòng Văn hóa - Xã hội, Trưởng phòng Kinh tế, Hạ tầng và Đô thị, Giám đốc Trung tâm Phục vụ hành chính công phường, Tổ trưởng các tổ dân phố", None, None,
          "Tổ trưởng các tổ dân phố và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này"),
        A("Tổ công nghệ số cộng đồng", None, "trước ngày 25 hằng tháng",
          "Hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID, nộp hồ sơ dịch vụ công trực tuyến, thanh toán không dùng tiền mặt"),
        A("Phòng Văn hóa - Xã hội", "thường trực", "trước ngày 31/01/2026",
          "Phòng Văn hóa - Xã hội là cơ quan thường trực, giúp Chủ tịch UBND phường quản lý hoạt động của các Tổ"),
        A("Trung tâm Phục vụ hành chính công phường", None, None,
          "Trung tâm Phục vụ hành chính công phường bố trí 01 quầy hỗ trợ nộp hồ sơ trực tuyến có thành viên Tổ trực luân phiên"),
        A("Văn phòng HĐND và UBND phường", None, None,
          "Văn phòng HĐND và UBND phường tham mưu bố trí kinh phí hỗ trợ theo Điều 5"),
        A("Công an phường", None, None,
          "Công an phường có trách nhiệm cử cảnh sát khu vực tham gia các Tổ"),
        A("Đoàn Thanh niên phường", None, None,
          "Đề nghị Đoàn Thanh niên phường duy trì hoạt động \"Chủ nhật số\" mỗi tháng một lần tại các tổ dân phố"),
        A("Hội Liên hiệp Phụ nữ phường", None, None,
          "đề nghị Hội Liên hiệp Phụ nữ phường vận động hội viên, nhất là chị em tiểu thương chợ Thành Mai, sử dụng thanh toán không dùng tiền mặt"),
        A("Mặt trận Tổ quốc Việt Nam phường", None, None,
          "đề nghị Mặt trận Tổ quốc Việt Nam phường giám sát hoạt động của các Tổ"),
        A("Chủ tịch UBND phường", None, "Hằng năm",
          "Hằng năm, Chủ tịch UBND phường bình chọn 03 Tổ công nghệ số cộng đồng tiêu biểu để tặng Giấy khen"),
    ], "intruders": ["Bế Thị Loan", "Sở Khoa học và Công nghệ (để b/c)", "Thường trực Đảng ủy phường",
                     "Thường trực HĐND phường", "CT, các PCT UBND phường", "Lưu: VT, VHXH"]},
    {"id": "wri05", "directive": "CV 214/SGDĐT-GDTrH", "source": D5, "actors": [
        A("các trường THPT, Trường Phổ thông Dân tộc nội trú tỉnh và các Trung tâm GDNN-GDTX khu vực", None, "trước ngày 31/8/2026",
          "mỗi trường THPT lựa chọn, hoàn thiện ít nhất 01 giải pháp hoặc sản phẩm"),
        A("UBND các xã, phường", None, "trước ngày 25/5/2026",
          "Hướng dẫn các trường mầm non, tiểu học, trung học cơ sở trên địa bàn tổ chức Ngày hội STEM cấp trường trong tháng 4/2026"),
        A("Phòng Giáo dục Trung học", "chủ trì", "trước ngày 15/9/2026",
          "Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở tổ chức tập huấn cho 120 giáo viên cốt cán về giảng dạy AI và STEM"),
        A("Văn phòng Sở", "phối hợp", None,
          "phối hợp với Văn phòng Sở tổ chức tập huấn cho 120 giáo viên cốt cán"),
        A("Phòng Khảo thí và Quản lý chất lượng", "phối hợp", "trước ngày 30/4/2026",
          "Giao Phòng Khảo thí và Quản lý chất lượng phối hợp với Phòng Giáo dục Trung học xây dựng bộ tiêu chí đánh giá hoạt động giáo dục STEM"),
        A("Các Trung tâm GDNN-GDTX khu vực", "phối hợp", "trong năm 2026",
          "Các Trung tâm GDNN-GDTX khu vực phối hợp với UBND các xã, phường nơi đóng trụ sở mở lớp \"Bình dân học vụ số\" vào buổi tối"),
    ], "intruders": ["Đàm Thị Huyền", "Sở Khoa học và Công nghệ (để phối hợp)", "Liên hiệp các Hội KH&KT tỉnh",
                     "Giám đốc, các Phó Giám đốc Sở", "Lưu: VT, GDTrH"]},
]


def write_ww():
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for d in WW:
            f.write(unicodedata.normalize("NFC", json.dumps(d, ensure_ascii=False)) + "\n")


DROP = ['Tỉnh muốn hỗ trợ hình thành', 'Ai chủ trì số hóa hồ sơ di sản', 'Theo CTr 27, Sở KH&CN phải báo cáo', 'Sở GD&ĐT có trách nhiệm gì trong chương trình', 'Loa truyền thanh ở Nà Thẳm', 'Chỉ tiêu năm 2026 của KH bình dân', 'KH 41 yêu cầu CBCC', 'Góc hướng dẫn số ở trung tâm', 'Mức chi bồi dưỡng cho người hướng dẫn', 'Một giải pháp dự thi được có tối đa', 'Tổng giá trị giải thưởng của Hội thi', 'Cuộc thi của Sở KH&CN: nhận hồ sơ', 'Ai làm tổ trưởng, tổ phó', 'Những ai tham gia Tổ công nghệ số', 'Tổ công nghệ số cộng đồng phải gửi sổ', 'Mỗi trường THPT phải tổ chức bao nhiêu', 'Sở GD&ĐT lưu ý những gì']


def write():
    kept = [d for d in Q if not any(d["question"].startswith(x) for x in DROP)]
    for i, d in enumerate(kept, 1):
        d["id"] = "ri%03d" % i
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for d in kept:
            f.write(unicodedata.normalize("NFC", json.dumps(d, ensure_ascii=False)) + "\n")
    print(len(kept), "questions")


if __name__ == "__main__":
    write()
    write_ww()
