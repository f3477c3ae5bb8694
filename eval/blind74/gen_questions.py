# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl for eval set blind74."""
import json, os, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
D1, D2, D3, D4, D5 = ("ry01_kh_ngaysach.docx", "ry02_qd_thele_daisu.pdf", "ry03_cv_sohoa.txt",
                      "ry04_tb_quyengopsach.txt", "ry05_bc_thuvien.md")
N = lambda s: unicodedata.normalize("NFC", s)
Q = []

def q(kind, text, ev=(), kw=(), hist=None, actors=None, ans=True):
    o = {"id": "ry%03d" % (len(Q) + 1), "question": N(text), "answerable": ans, "kind": kind,
         "evidence": [{"source": s, "quote": N(x)} for s, x in ev], "keywords": [N(k) for k in kw]}
    if hist:
        o["history"] = [N(hist)]
    if actors:
        o["actors"] = [N(a) for a in actors]
    Q.append(o)
    return o["question"]

def u(text, kind="unanswerable", hist=None):
    return q(kind, text, hist=hist, ans=False)

# ---- factoid
q("factoid", "Lễ khai mạc Ngày Sách cấp tỉnh năm nay tổ chức ở đâu, mấy giờ?",
  [(D1, "khai mạc lúc 8 giờ 00 ngày 18/4/2026 tại Quảng trường Bách Tùng")], ["18/4/2026", "Quảng trường Bách Tùng"])
q("factoid", "Tổng tiền thưởng của cuộc thi Đại sứ Văn hóa đọc là bao nhiêu?",
  [(D2, "Tổng giá trị giải thưởng là 42.000.000 đồng")], ["42.000.000"])
q("factoid", "Thư viện huyện Đồng Liễu đang giữ bao nhiêu tài liệu địa chí, số hóa xong bao nhiêu rồi?",
  [(D3, "Thư viện huyện đang quản lý 1.846 tài liệu địa chí (sách, báo, ảnh, bản đồ, băng đĩa), trong đó mới số hóa 312 tài liệu")], ["1.846", "312"])
Q4 = q("factoid", "Năm 2025 Thư viện tỉnh đón tổng cộng bao nhiêu lượt bạn đọc?",
  [(D5, "Thư viện tỉnh phục vụ 412.560 lượt bạn đọc")], ["412.560"])
q("factoid", "Lễ bàn giao tủ sách cho điểm trường vùng cao làm ở đâu?",
  [(D4, "8 giờ 00 ngày 01/6/2026 tại điểm trường bản Khau Nhòn, xã Khuổi Lạn")], ["Khau Nhòn", "01/6/2026"])
# ---- list
q("list", "Cuộc thi đại sứ văn hóa đọc có mấy bảng, mỗi bảng cho đối tượng nào?",
  [(D2, "Cuộc thi chia thành 03 bảng"), (D2, "Bảng A: học sinh tiểu học từ lớp 3 đến lớp 5 (từ 8 đến 11 tuổi)"),
   (D2, "Bảng B: học sinh trung học cơ sở (từ 11 đến 15 tuổi)"),
   (D2, "Bảng C: học sinh trung học phổ thông và học viên giáo dục thường xuyên")], ["03 bảng", "Bảng C"])
q("list", "Đợt quyên góp Tủ sách cho em vùng cao từ chối nhận những loại sách nào?",
  [(D4, "Không tiếp nhận: sách rách, mất trang; sách có nội dung không phù hợp với lứa tuổi học sinh; sách in lậu; báo, tạp chí cũ.")], ["sách in lậu", "tạp chí cũ"])
q("list", "Báo cáo năm 2025 nêu những hạn chế gì của ngành thư viện tỉnh?",
  [(D5, "Toàn tỉnh còn 7 xã chưa có tủ sách cộng đồng"), (D5, "Thư viện tỉnh có 34 viên chức, chỉ 6 người thành thạo nghiệp vụ số hóa"),
   (D5, "01 máy hư hỏng từ tháng 9/2025")], ["7 xã", "34 viên chức"])
q("list", "Chấm điểm cuộc thi đại sứ văn hóa đọc dựa trên những tiêu chí nào, mỗi cái bao nhiêu điểm?",
  [(D2, "Nội dung, mức độ hiểu biết về cuốn sách: 40 điểm"), (D2, "Tính sáng tạo trong cách giới thiệu: 25 điểm"),
   (D2, "Sức lan tỏa (lượt tương tác trên trang của Cuộc thi): 10 điểm")], ["40 điểm", "10 điểm"])
# ---- metadata
q("metadata", "Kế hoạch Ngày Sách 2026 của Sở VH-TT&DL số mấy, ký ngày nào?",
  [(D1, "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH Số: 61/KH-SVHTTDL"), (D1, "Phù Sa, ngày 12 tháng 3 năm 2026")], ["61/KH-SVHTTDL", "12 tháng 3 năm 2026"])
q("metadata", "Ai ký quyết định ban hành thể lệ cuộc thi Đại sứ Văn hóa đọc?",
  [(D2, "GIÁM ĐỐC (Đã ký) Đinh Văn Thạc")], ["Đinh Văn Thạc"])
q("metadata", "Công văn số hóa tài liệu địa chí của huyện Đồng Liễu do ai ký?",
  [(D3, "- CT, các PCT UBND huyện; Nông Văn Thiều")], ["Nông Văn Thiều"])
q("metadata", "Báo cáo kết quả hoạt động thư viện năm 2025 mang số nào, ngày bao nhiêu?",
  [(D5, "Số: 47/BC-TV Phù Sa, ngày 08 tháng 01 năm 2026")], ["47/BC-TV", "08 tháng 01 năm 2026"])
q("metadata", "Thông báo quyên góp sách ở Mường Ón là thông báo số mấy, ai đứng tên ký?",
  [(D4, "HỘI KHUYẾN HỌC HUYỆN MƯỜNG ÓN Số: 09/TB-HKH"), (D4, "CHỦ TỊCH (Đã ký) Lương Thị Thắm")], ["09/TB-HKH", "Lương Thị Thắm"])
q("metadata", "Công văn 287 của huyện Đồng Liễu ra ngày nào, về việc gì?",
  [(D3, "V/v số hóa tài liệu địa chí, tài liệu Đồng Liễu, ngày 25 tháng 3 năm 2026")], ["25 tháng 3 năm 2026"])
q("metadata", "Kế hoạch tổ chức Ngày Sách của Sở văn hóa dựa trên những căn cứ nào?",
  [(D1, "Căn cứ Kế hoạch số 204/KH-UBND ngày 20/01/2026 của UBND tỉnh Phù Sa Thượng"),
   (D1, "Căn cứ Báo cáo số 47/BC-TV ngày 08/01/2026 của Thư viện tỉnh")], ["204/KH-UBND", "47/BC-TV"])
# ---- corpus
q("corpus", "Trong các văn bản này, những văn bản nào thực hiện hoặc viện dẫn Kế hoạch 61/KH-SVHTTDL?",
  [(D1, "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH Số: 61/KH-SVHTTDL"),
   (D3, "Thực hiện Kế hoạch số 61/KH-SVHTTDL ngày 12/3/2026"), (D4, "theo Kế hoạch số 61/KH-SVHTTDL ngày 12/3/2026")], ["61/KH-SVHTTDL"])
q("corpus", "Có mấy văn bản nhắc tới Thư viện số tỉnh phiên bản 2.0?",
  [(D1, "Ra mắt Thư viện số tỉnh phiên bản 2.0 và ứng dụng đọc sách trên điện thoại"),
   (D5, "Đưa vào vận hành Thư viện số tỉnh phiên bản 2.0 và ứng dụng đọc sách")], ["phiên bản 2.0"])
q("corpus", "Văn bản nào có bảng danh sách điểm nhận sách quyên góp kèm số điện thoại người liên hệ?",
  [(D4, 'THÔNG BÁO Phát động quyên góp sách "Tủ sách cho em vùng cao"'), (D4, "5. Điểm tiếp nhận sách")], ["Tủ sách cho em vùng cao"])
q("corpus", "Bà Lò Thị Hiền xuất hiện làm đầu mối liên hệ trong những văn bản nào?",
  [(D1, "Đầu mối liên hệ: bà Lò Thị Hiền, Phó Giám đốc Thư viện tỉnh"), (D4, "| Bà Lò Thị Hiền | 0215.3862.417 |")], ["Lò Thị Hiền"])
q("corpus", "Những văn bản nào có nhắc đến huyện Lũng Quang?",
  [(D1, "Huyện Mường Ón và huyện Lũng Quang"), (D5, "huyện Lũng Quang có số lượt bạn đọc và số sách luân chuyển thấp nhất tỉnh")], ["Lũng Quang"])
# ---- who-what
Q22 = q("who-what", "Thư viện tỉnh phải làm những gì theo kế hoạch Ngày Sách?",
  [(D1, "Thư viện tỉnh là cơ quan thường trực, tham mưu tổ chức các hoạt động trung tâm; tổng hợp kết quả, báo cáo Sở trước ngày 05/5/2026")],
  ["05/5/2026"], actors=["Thư viện tỉnh"])
q("who-what", "Nhà xuất bản Phù Sa Thượng có nhiệm vụ gì dịp Ngày Sách?",
  [(D1, "Nhà xuất bản Phù Sa Thượng có trách nhiệm giới thiệu ít nhất 30 đầu sách mới về địa phương, dành 5% doanh thu Hội sách")],
  ["30 đầu sách", "5%"], actors=["Nhà xuất bản Phù Sa Thượng"])
q("who-what", "Phòng Văn hóa - Thông tin các huyện được giao làm gì, báo cáo hạn nào?",
  [(D1, "Giao Phòng Văn hóa - Thông tin các huyện, thị xã, thành phố chủ trì"),
   (D1, "gửi báo cáo về Thư viện tỉnh trước ngày 03/5/2026")], ["03/5/2026"], actors=["Phòng Văn hóa - Thông tin các huyện, thị xã, thành phố"])
q("who-what", "Sở KH&CN phải hỗ trợ gì cho kế hoạch Ngày Sách?",
  [(D1, "Sở Khoa học và Công nghệ hỗ trợ hạ tầng, bảo đảm an toàn thông tin cho Thư viện số tỉnh phiên bản 2.0")],
  ["an toàn thông tin"], actors=["Sở Khoa học và Công nghệ"])
Q26 = q("who-what", "Theo thể lệ, Thư viện tỉnh có trách nhiệm gì với cuộc thi đại sứ văn hóa đọc?",
  [(D2, "Thư viện tỉnh phối hợp giới thiệu danh mục 100 cuốn sách gợi ý trên Thư viện số tỉnh và cử 02 thành viên tham gia Ban Giám khảo")],
  ["100 cuốn sách", "02 thành viên"], actors=["Thư viện tỉnh"])
q("who-what", "Tỉnh đoàn được đề nghị làm gì trong cuộc thi này?",
  [(D2, "Đề nghị Tỉnh đoàn chỉ đạo các cơ sở Đoàn, Đội trong trường học truyền thông về Cuộc thi trên các nền tảng số")],
  ["nền tảng số"], actors=["Tỉnh đoàn"])
Q28 = q("who-what", "Phòng Nội vụ huyện Đồng Liễu phải làm gì trong việc số hóa?",
  [(D3, "Phòng Nội vụ huyện có trách nhiệm hướng dẫn nghiệp vụ, giám sát việc số hóa 2.950 hồ sơ lưu trữ vĩnh viễn")],
  ["2.950"], actors=["Phòng Nội vụ huyện"])
q("who-what", "UBND các xã, thị trấn ở Đồng Liễu cần làm gì, hạn chót khi nào?",
  [(D3, "UBND các xã, thị trấn kiểm kê tư liệu địa phương (gia phả, sắc phong, văn bia, ảnh tư liệu, bài hát dân ca)"),
   (D3, "lập danh mục gửi Phòng Văn hóa - Thông tin huyện trước ngày 15/5/2026")], ["15/5/2026"], actors=["UBND các xã, thị trấn"])
q("who-what", "MTTQ huyện Đồng Liễu được đề nghị việc gì trong CV số hóa?",
  [(D3, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện tuyên truyền"),
   (D3, "vận động các dòng họ, nhân dân hiến tặng hoặc cho phép sao chụp tư liệu quý")], ["hiến tặng"],
  actors=["Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "các đoàn thể chính trị - xã hội huyện"])
Q31 = q("who-what", "Thư viện huyện Mường Ón phải làm gì với số sách quyên góp?",
  [(D4, "Thư viện huyện Mường Ón có trách nhiệm phân loại, dán nhãn, lập danh mục sách quyên góp; hoàn thành xử lý nghiệp vụ trước ngày 25/5/2026")],
  ["25/5/2026"], actors=["Thư viện huyện Mường Ón"])
q("who-what", "Huyện đoàn được đề nghị làm gì trong đợt góp sách?",
  [(D4, 'Đề nghị Huyện đoàn phát động phong trào "Mỗi đoàn viên một cuốn sách"')], ["Mỗi đoàn viên một cuốn sách"], actors=["Huyện đoàn"])
q("who-what", "Báo cáo của Thư viện tỉnh đề nghị Sở Nội vụ điều gì?",
  [(D5, "Đề nghị Sở Nội vụ xem xét bổ sung 03 chỉ tiêu viên chức công nghệ thông tin cho Thư viện tỉnh")], ["03 chỉ tiêu"], actors=["Sở Nội vụ"])
q("who-what", "Ban Kiểm tra của Hội khuyến học huyện lo việc gì?",
  [(D4, "Ban Kiểm tra Hội khuyến học huyện giám sát việc tiếp nhận, công khai danh sách ủng hộ trên trang thông tin điện tử của huyện vào thứ Sáu hằng tuần")],
  ["thứ Sáu hằng tuần"], actors=["Ban Kiểm tra Hội khuyến học huyện"])
# ---- abbreviation
q("abbreviation", "KH 61 đặt chỉ tiêu bao nhiêu lượt người tham gia?",
  [(D1, "Thu hút ít nhất 25.000 lượt người tham gia")], ["25.000"])
Q36 = q("abbreviation", "QĐ 318: vòng chung khảo thi ở đâu, ngày nào?",
  [(D2, "vòng chung khảo diễn ra ngày 11/4/2026 tại Trường THPT chuyên Phù Sa Thượng")], ["11/4/2026", "THPT chuyên Phù Sa Thượng"])
q("abbreviation", "CV 287 yêu cầu bao nhiêu trường THCS xây tủ sách điện tử, mỗi trường tối thiểu mấy đầu sách?",
  [(D3, "chỉ đạo 14 trường trung học cơ sở xây dựng tủ sách điện tử, mỗi trường có ít nhất 200 đầu sách số")], ["14 trường", "200 đầu sách"])
Q38 = q("abbreviation", "TB 09 của HKH Mường Ón nhận sách tới ngày nào?",
  [(D4, "Từ ngày 10/4/2026 đến hết ngày 20/5/2026.")], ["20/5/2026"])
Q39 = q("abbreviation", "BC 47: TX Bến Quế năm 2025 có bao nhiêu lượt bạn đọc?",
  [(D5, "| 2 | Thị xã Bến Quế | 31 | 54.870 | 15.600 | 275 |")], ["54.870"])
Q40 = q("abbreviation", "KP KH 61 cho hoạt động trung tâm cấp tỉnh là bn?",
  [(D1, "Tổng kinh phí tổ chức các hoạt động trung tâm cấp tỉnh là 385.000.000 đồng")], ["385.000.000"])
q("abbreviation", "Theo CV 287, tổng KP số hóa bao nhiêu, chia ra thế nào?",
  [(D3, "tổng kinh phí thực hiện là 236.000.000 đồng từ ngân sách huyện năm 2026"),
   (D3, "thuê dịch vụ số hóa 148.000.000 đồng; mua thiết bị quét, lưu trữ 88.000.000 đồng")], ["236.000.000", "148.000.000", "88.000.000"])
q("abbreviation", "TT VH-TT&TT huyện Đồng Liễu phải trang bị gì cho phòng số hóa?",
  [(D3, "trang bị 01 máy quét khổ A3 và 02 máy tính cấu hình cao")], ["máy quét khổ A3"])
q("abbreviation", "Sở GD&ĐT tổ chức ngày hội đọc sách trong trường vào hôm nào theo KH 61?",
  [(D1, "Ngày 21/4/2026 Ngày hội đọc sách trong trường học, 20 phút đọc sách đầu giờ")], ["21/4/2026"])
q("abbreviation", "SP bảng C nộp qua đâu, có phải qua phòng GD&ĐT huyện không?",
  [(D2, "sản phẩm bảng C do trường trung học phổ thông, trung tâm GDNN-GDTX gửi trực tiếp")], ["gửi trực tiếp"])
Q45 = q("abbreviation", "BC 47 kiến nghị UBND tỉnh bổ sung bao nhiêu tiền mua máy quét?",
  [(D5, "bổ sung 1,2 tỷ đồng để mua 02 máy quét sách tự động")], ["1,2 tỷ đồng"])
q("abbreviation", "HS THCS thi đại sứ VHĐ thì vào bảng nào, độ tuổi bao nhiêu?",
  [(D2, "Bảng B: học sinh trung học cơ sở (từ 11 đến 15 tuổi)")], ["Bảng B", "từ 11 đến 15 tuổi"])
Q47 = q("abbreviation", "SĐT liên hệ điểm nhận sách ở TV huyện Mường Ón?",
  [(D4, "| Anh Lường Văn Pọm | 0868.112.547 |")], ["0868.112.547"])
# ---- no diacritics
q("no-diacritics", "hoi sach Phu Sa doc co bao nhieu gian hang",
  [(D1, 'Hội sách "Phù Sa đọc" với 42 gian hàng, giảm giá từ 20% đến 40%')], ["42 gian hàng"])
Q49 = q("no-diacritics", "giai nhat cuoc thi dai su van hoa doc duoc bao nhieu tien",
  [(D2, "01 giải Nhất, trị giá 3.000.000 đồng")], ["3.000.000"])
q("no-diacritics", "han nop san pham vong cap truong la khi nao",
  [(D2, "gửi về Ban tổ chức trước 17 giờ 00 ngày 20/3/2026")], ["20/3/2026"])
Q51 = q("no-diacritics", "so tai khoan ung ho tu sach cho em vung cao",
  [(D4, "tài khoản số 8806 2145 7731 tại Agribank Chi nhánh huyện Mường Ón")], ["8806 2145 7731"])
q("no-diacritics", "huyen nao co luot ban doc thap nhat nam 2025",
  [(D5, "huyện Lũng Quang có số lượt bạn đọc và số sách luân chuyển thấp nhất tỉnh")], ["Lũng Quang"])
Q53 = q("no-diacritics", "Dong Lieu phai so hoa toi thieu bao nhieu tai lieu dia chi truoc 30/6",
  [(D3, "hoàn thành số hóa tối thiểu 800 tài liệu trước ngày 30/6/2026")], ["800 tài liệu"])
q("no-diacritics", "lien he ai de hoi ve cuoc thi dai su van hoa doc",
  [(D2, "ông Quách Minh Tuệ, chuyên viên Phòng Giáo dục Trung học"), (D2, "điện thoại 0912.448.036")], ["Quách Minh Tuệ", "0912.448.036"])
q("no-diacritics", "thu vien so tinh co bao nhieu tai lieu so",
  [(D5, "Thư viện số tỉnh hiện có 9.870 tài liệu số, trong đó 2.140 tài liệu địa chí")], ["9.870"])
q("no-diacritics", "muc tieu quyen gop bao nhieu cuon sach",
  [(D4, "Tiếp nhận ít nhất 15.000 cuốn sách và khoảng 350.000.000 đồng để lập 40 tủ sách")], ["15.000 cuốn sách"])
Q57 = q("no-diacritics", "xe thu vien luu dong nam 2025 chay bao nhieu chuyen",
  [(D5, "Xe thư viện lưu động thực hiện 64 chuyến, phục vụ 148 lượt điểm trường")], ["64 chuyến"])
q("no-diacritics", "video du thi dai toi da may phut",
  [(D2, "video thuyết trình dài không quá 5 phút, định dạng MP4, dung lượng không quá 500 MB")], ["5 phút"])
q("no-diacritics", "email cua ba Mac Thi Duyen",
  [(D3, "thư điện tử duyenmt.dl@phusathuong.gov.vn")], ["duyenmt.dl@phusathuong.gov.vn"])
q("no-diacritics", "nha van Trieu Lam Phuong giao luu luc may gio",
  [(D1, '9 giờ 30 - 11 giờ 00, ngày 18/4/2026 Giao lưu "Đọc trong kỷ nguyên số" với nhà văn Triệu Lam Phương')], ["9 giờ 30 - 11 giờ 00"])
q("no-diacritics", "thanh pho Phu Sa co bao nhieu thu vien tu sach co so",
  [(D5, "| 1 | Thành phố Phù Sa | 46 | 96.420 | 28.300 | 640 |")], ["46"])
q("no-diacritics", "so hoa tai lieu giay can do phan giai bao nhieu",
  [(D3, "tài liệu giấy quét ở độ phân giải tối thiểu 300 dpi, lưu định dạng PDF/A")], ["300 dpi"])
q("no-diacritics", "gui sach qua buu dien co mien cuoc khong",
  [(D4, "Bưu điện huyện Mường Ón miễn cước cho bưu gửi sách dưới 10 kg")], ["dưới 10 kg"])
# ---- follow-ups (15, two unanswerable)
q("follow-up", "Còn Sở GD&ĐT thì sao?",
  [(D1, "Sở Giáo dục và Đào tạo chỉ đạo các trường tiểu học, trung học cơ sở tổ chức Ngày hội đọc sách, duy trì tủ sách lớp học")],
  ["tủ sách lớp học"], hist=Q22)
q("follow-up", "Thế giải Ba?", [(D2, "03 giải Ba, mỗi giải 1.000.000 đồng")], ["1.000.000"], hist=Q49)
q("follow-up", "Vậy danh sách vào chung khảo công bố khi nào?",
  [(D2, "Danh sách thí sinh vào vòng chung khảo công bố ngày 02/4/2026")], ["02/4/2026"], hist=Q36)
q("follow-up", "Ưu tiên số hóa những hồ sơ nào trước?",
  [(D3, "ưu tiên 620 hồ sơ về địa giới hành chính, đất đai và thi đua, khen thưởng trong năm 2026")], ["620 hồ sơ"], hist=Q28)
q("follow-up", "Còn huyện Vĩnh Ấm?", [(D5, "| 5 | Huyện Vĩnh Ấm | 29 | 33.760 | 9.800 | 154 |")], ["33.760"], hist=Q39)
q("follow-up", "Thế bắt đầu nhận từ hôm nào?", [(D4, "Từ ngày 10/4/2026 đến hết ngày 20/5/2026.")], ["10/4/2026"], hist=Q38)
q("follow-up", "Chỗ đó nhận sách giờ nào, cuối tuần có nhận không?",
  [(D4, "Tất cả các ngày, kể cả thứ Bảy, Chủ nhật, 8 giờ 00 - 17 giờ 00")], ["kể cả thứ Bảy, Chủ nhật"], hist=Q47)
q("follow-up", "con toan bo thi han cuoi la khi nao",
  [(D3, "toàn bộ số tài liệu còn lại trước ngày 15/11/2026")], ["15/11/2026"], hist=Q53)
q("follow-up", "Ngoài khoản đó thì xã hội hóa được bao nhiêu?",
  [(D1, "huy động xã hội hóa khoảng 120.000.000 đồng để mua sách tặng thư viện trường học vùng cao")], ["120.000.000"], hist=Q40)
q("follow-up", "Trong đó bao nhiêu lượt dùng dịch vụ trực tuyến?",
  [(D5, "có 187.940 lượt bạn đọc sử dụng dịch vụ trực tuyến")], ["187.940"], hist=Q4)
q("follow-up", "Còn phòng giáo dục huyện thì phải làm gì?",
  [(D4, "Phòng Giáo dục và Đào tạo huyện phối hợp xác định nhu cầu của 40 điểm trường, bố trí vị trí đặt tủ sách")], ["40 điểm trường"], hist=Q31)
q("follow-up", "Ban giám khảo tổng cộng mấy người?",
  [(D2, "thành lập Ban Giám khảo gồm 09 thành viên, hoàn thành trước ngày 15/3/2026")], ["09 thành viên"], hist=Q26)
q("follow-up", "Năm 2026 dự kiến chạy bao nhiêu chuyến?",
  [(D5, "Duy trì xe thư viện lưu động ít nhất 70 chuyến trong năm")], ["70 chuyến"], hist=Q57)
u("Còn tài khoản ở Vietcombank thì số mấy?", kind="follow-up", hist=Q51)
u("Thế UBND tỉnh duyệt cấp bao nhiêu?", kind="follow-up", hist=Q45)
# ---- unanswerable near-misses
u("Giải đặc biệt của cuộc thi Đại sứ Văn hóa đọc trị giá bao nhiêu?")
u("Kinh phí tổ chức Ngày Sách cấp tỉnh năm 2025 là bao nhiêu?")
u("CV 288/UBND-VHTT của huyện Đồng Liễu nói về việc gì?")
u("Huyện Tân Sương phải số hóa bao nhiêu tài liệu địa chí trong năm 2026?")
u("Điểm tiếp nhận sách quyên góp ở xã Nậm Pha đặt ở đâu?")
u("Năm 2025 huyện Mường Ón cấp mới bao nhiêu thẻ bạn đọc?")
u("Vòng bán kết cuộc thi đại sứ văn hóa đọc tổ chức ngày nào?")
u("Ai làm Trưởng ban tổ chức cuộc thi Đại sứ Văn hóa đọc tỉnh?")
u("Hội sách Phù Sa đọc năm nay thu được doanh thu bao nhiêu?")
u("Thể lệ quy định lệ phí dự thi Đại sứ Văn hóa đọc là bao nhiêu?")
u("Số điện thoại của Thư viện huyện Đồng Liễu là gì?")
u("Kế hoạch chuyển đổi số 35/KH-UBND của huyện Đồng Liễu giao chỉ tiêu gì cho các xã?")
u("Máy quét khổ A3 cấp cho Đồng Liễu giá bao nhiêu tiền một chiếc?")
u("NXB Phù Sa Thượng tài trợ bao nhiêu cuốn sách cho mỗi thí sinh đoạt giải?")
u("Lễ tổng kết Ngày Sách và Văn hóa đọc của tỉnh tổ chức hôm nào?")
u("thu vien tinh dat may quet o huyen Vinh Am may chiec")
u("Tỉnh đoàn được cấp bao nhiêu kinh phí cho xe thư viện lưu động?")
u("Quyết định thành lập Ban Giám khảo cuộc thi đại sứ văn hóa đọc số mấy?")
u("Huyện Đồng Liễu thuê công ty nào làm dịch vụ số hóa?")
u("Số sách luân chuyển của huyện Tân Sương năm 2024 là bao nhiêu?")
u("Cá nhân ủng hộ trên 5 triệu đồng cho Tủ sách cho em vùng cao được tặng giấy khen gì?")
u("lich xe thu vien luu dong ve huyen Tan Suong thang 5/2026")

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for o in Q:
        f.write(json.dumps(o, ensure_ascii=False) + "\n")

def A(name, role, deadline, tq):
    return {"name": N(name), "role": role, "deadline": N(deadline) if deadline else None, "task_quote": N(tq)}

WW = [
 {"id": "wry01", "directive": "KH 61/KH-SVHTTDL", "source": D1, "actors": [
   A("Thư viện tỉnh", "thường trực", "trước ngày 05/5/2026", "Thư viện tỉnh là cơ quan thường trực, tham mưu tổ chức các hoạt động trung tâm"),
   A("Thư viện tỉnh", "chủ trì", "Trước ngày 10/4/2026", "Xây dựng kịch bản, dàn dựng sân khấu Lễ khai mạc"),
   A("Trung tâm Văn hóa - Điện ảnh tỉnh", "phối hợp", "Trước ngày 10/4/2026", "Xây dựng kịch bản, dàn dựng sân khấu Lễ khai mạc"),
   A("Nhà xuất bản Phù Sa Thượng", "chủ trì", "Trước ngày 15/4/2026", 'Tổ chức Hội sách "Phù Sa đọc", mời các đơn vị phát hành sách tham gia'),
   A("Công ty Cổ phần Sách - Thiết bị trường học tỉnh", "phối hợp", "Trước ngày 15/4/2026", 'Tổ chức Hội sách "Phù Sa đọc", mời các đơn vị phát hành sách tham gia'),
   A("Nhà xuất bản Phù Sa Thượng", None, None, "Nhà xuất bản Phù Sa Thượng có trách nhiệm giới thiệu ít nhất 30 đầu sách mới về địa phương"),
   A("Thư viện tỉnh", "chủ trì", "Trước ngày 30/6/2026", "Bổ sung tài liệu số, tài liệu địa chí vào Thư viện số tỉnh"),
   A("Sở Khoa học và Công nghệ", "phối hợp", "Trước ngày 30/6/2026", "Bổ sung tài liệu số, tài liệu địa chí vào Thư viện số tỉnh"),
   A("Sở Khoa học và Công nghệ", None, None, "Sở Khoa học và Công nghệ hỗ trợ hạ tầng, bảo đảm an toàn thông tin cho Thư viện số tỉnh phiên bản 2.0"),
   A("Sở Giáo dục và Đào tạo", "chủ trì", "Ngày 21/4/2026", "Tổ chức Ngày hội đọc sách và 20 phút đọc sách đầu giờ"),
   A("Hội khuyến học tỉnh", "phối hợp", "Ngày 21/4/2026", "Tổ chức Ngày hội đọc sách và 20 phút đọc sách đầu giờ"),
   A("Sở Giáo dục và Đào tạo", None, None, "Sở Giáo dục và Đào tạo chỉ đạo các trường tiểu học, trung học cơ sở tổ chức Ngày hội đọc sách, duy trì tủ sách lớp học"),
   A("Hội khuyến học tỉnh", None, None, "Đề nghị Hội khuyến học tỉnh và Tỉnh đoàn vận động hội viên, đoàn viên tham gia quyên góp sách"),
   A("Tỉnh đoàn", None, None, "Đề nghị Hội khuyến học tỉnh và Tỉnh đoàn vận động hội viên, đoàn viên tham gia quyên góp sách"),
   A("Phòng Văn hóa - Thông tin các huyện, thị xã, thành phố", "chủ trì", "trước ngày 03/5/2026", "tổ chức ít nhất 01 hoạt động hưởng ứng tại địa phương"),
   A("Trung tâm Văn hóa, Thông tin và Thể thao cùng cấp", "phối hợp", "trước ngày 03/5/2026", "phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao cùng cấp tổ chức ít nhất 01 hoạt động hưởng ứng"),
   A("Báo và Phát thanh, Truyền hình Phù Sa Thượng", "chủ trì", "Từ ngày 01/4 đến 30/4/2026", "Tuyên truyền trên báo chí, cổng thông tin điện tử và mạng xã hội"),
   A("Các cơ quan thông tin cơ sở", "phối hợp", "Từ ngày 01/4 đến 30/4/2026", "Tuyên truyền trên báo chí, cổng thông tin điện tử và mạng xã hội"),
   A("Báo và Phát thanh, Truyền hình Phù Sa Thượng", None, "trong tháng 4/2026", 'mở chuyên mục "Mỗi tuần một cuốn sách" trong tháng 4/2026'),
  ], "intruders": ["Hoàng Minh Quyên", "Bộ Văn hóa, Thể thao và Du lịch (b/c)", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
                   "Các sở, ban, ngành liên quan", "UBND các huyện, thị xã, thành phố", "Lưu: VT, QLVH"]},
 {"id": "wry02", "directive": "QĐ 318/QĐ-SGDĐT", "source": D2, "actors": [
   A("Phòng Giáo dục Trung học", "chủ trì", None, "Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Giáo dục Tiểu học và Thư viện tỉnh tổ chức Cuộc thi"),
   A("Phòng Giáo dục Tiểu học", "phối hợp", None, "Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Giáo dục Tiểu học và Thư viện tỉnh tổ chức Cuộc thi"),
   A("Thư viện tỉnh", "phối hợp", None, "Thư viện tỉnh phối hợp giới thiệu danh mục 100 cuốn sách gợi ý trên Thư viện số tỉnh"),
   A("Phòng Giáo dục Trung học", None, "trước ngày 15/3/2026", "tham mưu thành lập Ban Giám khảo gồm 09 thành viên, hoàn thành trước ngày 15/3/2026"),
   A("Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố", None, None, "có trách nhiệm phổ biến Thể lệ đến 100% trường tiểu học, trung học cơ sở; tổng hợp sản phẩm bảng A và bảng B"),
   A("Tỉnh đoàn", None, None, "Đề nghị Tỉnh đoàn chỉ đạo các cơ sở Đoàn, Đội trong trường học truyền thông về Cuộc thi"),
   A("Nhà xuất bản Phù Sa Thượng", None, None, "Nhà xuất bản Phù Sa Thượng tài trợ sách cho thí sinh đoạt giải theo thỏa thuận"),
   A("các trường", None, "trước 17 giờ 00 ngày 20/3/2026", "Vòng cấp trường: các trường tự tổ chức, chọn tối đa 03 sản phẩm mỗi bảng"),
   A("Chánh Văn phòng Sở, Trưởng các phòng thuộc Sở", None, None, "Giám đốc các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên chịu trách nhiệm thi hành Quyết định này"),
  ], "intruders": ["Đinh Văn Thạc", "UBND tỉnh (b/c)", "Sở Văn hóa, Thể thao và Du lịch (phối hợp)", "Lưu: VT, GDTrH", "Quách Minh Tuệ"]},
 {"id": "wry03", "directive": "CV 287/UBND-VHTT", "source": D3, "actors": [
   A("Phòng Văn hóa - Thông tin huyện", "chủ trì", "trước ngày 30/6/2026", "rà soát, phân loại 1.534 tài liệu địa chí chưa số hóa"),
   A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "phối hợp", "trước ngày 30/6/2026", "rà soát, phân loại 1.534 tài liệu địa chí chưa số hóa"),
   A("Phòng Nội vụ huyện", None, "định kỳ hằng quý", "Phòng Nội vụ huyện có trách nhiệm hướng dẫn nghiệp vụ, giám sát việc số hóa 2.950 hồ sơ lưu trữ vĩnh viễn"),
   A("Phòng Giáo dục và Đào tạo huyện", None, "trước ngày 31/8/2026", "chỉ đạo 14 trường trung học cơ sở xây dựng tủ sách điện tử"),
   A("UBND các xã, thị trấn", None, "trước ngày 15/5/2026", "UBND các xã, thị trấn kiểm kê tư liệu địa phương"),
   A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", None, None, "bố trí phòng số hóa tại tầng 1 Thư viện huyện, trang bị 01 máy quét khổ A3"),
   A("Phòng Tài chính - Kế hoạch huyện", None, "trước ngày 20/4/2026", "Phòng Tài chính - Kế hoạch huyện thẩm định, tham mưu UBND huyện bố trí kinh phí"),
   A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", None, None, "vận động các dòng họ, nhân dân hiến tặng hoặc cho phép sao chụp tư liệu quý"),
   A("các đoàn thể chính trị - xã hội huyện", None, None, "vận động các dòng họ, nhân dân hiến tặng hoặc cho phép sao chụp tư liệu quý"),
  ], "intruders": ["Nông Văn Thiều", "Sở VH-TT&DL tỉnh (b/c)", "TT Huyện ủy, TT HĐND huyện (b/c)", "CT, các PCT UBND huyện", "Lưu: VT, VHTT", "Mạc Thị Duyên"]},
 {"id": "wry04", "directive": "TB 09/TB-HKH", "source": D4, "actors": [
   A("Các chi hội khuyến học trường học, cơ quan, thôn bản", None, "trước ngày 20/5/2026", "vận động hội viên, giáo viên, học sinh tham gia; tổng hợp sách gửi về Văn phòng Hội"),
   A("Huyện đoàn", None, "vào các ngày thứ Bảy", 'Đề nghị Huyện đoàn phát động phong trào "Mỗi đoàn viên một cuốn sách"'),
   A("Thư viện huyện Mường Ón", None, "trước ngày 25/5/2026", "có trách nhiệm phân loại, dán nhãn, lập danh mục sách quyên góp"),
   A("Phòng Giáo dục và Đào tạo huyện", "phối hợp", None, "phối hợp xác định nhu cầu của 40 điểm trường, bố trí vị trí đặt tủ sách"),
   A("Ban Kiểm tra Hội khuyến học huyện", None, "vào thứ Sáu hằng tuần", "giám sát việc tiếp nhận, công khai danh sách ủng hộ trên trang thông tin điện tử của huyện"),
  ], "intruders": ["Lương Thị Thắm", "Hội khuyến học tỉnh (b/c)", "TT Huyện ủy, UBND huyện (b/c)", "Lưu: VP Hội", "Sầm Thị Nguyệt"]},
 {"id": "wry05", "directive": "BC 47/BC-TV", "source": D5, "actors": [
   A("Sở Văn hóa, Thể thao và Du lịch", None, None, "trình UBND tỉnh bổ sung 1,2 tỷ đồng để mua 02 máy quét sách tự động"),
   A("Sở Nội vụ", None, None, "Đề nghị Sở Nội vụ xem xét bổ sung 03 chỉ tiêu viên chức công nghệ thông tin"),
   A("UBND huyện Lũng Quang", None, "trước tháng 12/2026", "bố trí kinh phí lập tủ sách cộng đồng tại 7 xã chưa có tủ sách"),
   A("UBND huyện Mường Ón", None, "trước tháng 12/2026", "bố trí kinh phí lập tủ sách cộng đồng tại 7 xã chưa có tủ sách"),
   A("Sở Giáo dục và Đào tạo", None, "trong năm học 2026 - 2027", "chỉ đạo thư viện trường học liên thông dữ liệu với Thư viện số tỉnh"),
  ], "intruders": ["Tạ Quang Vịnh", "UBND tỉnh (b/c)", "Ban Giám đốc Thư viện", "Lưu: VT, HCTH"]},
]
with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
    for w in WW:
        f.write(json.dumps(w, ensure_ascii=False) + "\n")
print(len(Q), "questions,", len(WW), "who-what lines")
