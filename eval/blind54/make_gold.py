# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl of eval set blind54.

Run:  /work/main/.venv/bin/python make_gold.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "re01_kh_cds_chuonghoa.docx"
D2 = "re02_cv_stem_sogddt.txt"
D3 = "re03_qd_giaithuong_sangtao.pdf"
D4 = "re04_bc_tuyentruyen_dinhtre.md"
D5 = "re05_tb_ketluan_hopluu.txt"

QS = []


def nfc(x):
    if isinstance(x, str):
        return unicodedata.normalize("NFC", x)
    if isinstance(x, list):
        return [nfc(i) for i in x]
    if isinstance(x, dict):
        return {k: nfc(v) for k, v in x.items()}
    return x


def Q(kind, question, ev=(), kw=(), ans=True, hist=None, actors=None):
    q = {"id": None, "question": question, "answerable": ans, "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in ev], "keywords": list(kw)}
    if hist is not None:
        q["history"] = [hist["question"]]
    if actors:
        q["actors"] = list(actors)
    QS.append(q)
    return q


def U(question, kind="unanswerable", hist=None):
    return Q(kind, question, ans=False, hist=hist)


# =========================================================== re01 — KH 74/KH-UBND (docx)
a = Q("factoid", "Tổng kinh phí dự kiến cho kế hoạch chuyển đổi số năm 2026 của huyện Chương Hòa là bao nhiêu?",
      [(D1, "Tổng kinh phí dự kiến năm 2026 là 2.350 triệu đồng")], ["2.350 triệu đồng"])
Q("follow-up", "Trong đó ngân sách huyện bỏ ra bao nhiêu?",
  [(D1, "trong đó: ngân sách huyện 1.600 triệu đồng")], ["1.600 triệu đồng"], hist=a)
U("Năm 2027 huyện Chương Hòa dự kiến bố trí bao nhiêu kinh phí cho chuyển đổi số?")
b = Q("who-what", "Phòng GD&ĐT huyện Chương Hòa phải làm gì theo KH 74?",
      [(D1, "Giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Huyện đoàn hướng dẫn các trường THCS "
            "thành lập câu lạc bộ STEM, robotics, hoàn thành trước ngày 30/9/2026")],
      ["câu lạc bộ STEM", "30/9/2026"], actors=["Phòng Giáo dục và Đào tạo"])
Q("follow-up", "Còn Công an huyện thì sao?",
  [(D1, "Công an huyện chỉ đạo Công an các xã, thị trấn đẩy mạnh cấp, kích hoạt tài khoản định danh "
        "điện tử mức 2, bảo đảm chỉ tiêu trước ngày 30/6/2026")],
  ["30/6/2026"], hist=b, actors=["Công an huyện"])
Q("who-what", "Cơ quan nào làm thường trực kế hoạch CĐS 2026 của huyện Chương Hòa, báo cáo năm hạn chót khi nào?",
  [(D1, "Phòng Văn hóa, Khoa học và Thông tin huyện là cơ quan thường trực"),
   (D1, "báo cáo UBND huyện định kỳ hằng quý (trước ngày 20 của tháng cuối quý) và báo cáo năm trước "
        "ngày 10/12/2026")],
  ["Phòng Văn hóa, Khoa học và Thông tin", "10/12/2026"],
  actors=["Phòng Văn hóa, Khoa học và Thông tin huyện"])
Q("no-diacritics", "ke hoach 74 giao don vi nao lam mo hinh tuoi nho giot cho buoi do, dien tich bao nhieu ha?",
  [(D1, "Mô hình tưới nhỏ giọt thông minh cho 15 ha bưởi đỏ"),
   (D1, "Phòng Nông nghiệp và Môi trường chủ trì, phối hợp với Trạm Khuyến nông huyện")],
  ["15 ha", "Phòng Nông nghiệp và Môi trường"])
Q("list", "3 mô hình ứng dụng KH&CN vào nông nghiệp của Chương Hòa năm nay là gì, làm ở xã nào?",
  [(D1, "tưới nhỏ giọt có điều khiển qua điện thoại cho 15 ha bưởi đỏ tại xã Đạo Nguyên; áp dụng truy "
        "xuất nguồn gốc bằng mã QR cho sản phẩm chè xanh xã Lý Trạch"),
   (D1, "chuyển giao kỹ thuật nuôi ong theo hướng hữu cơ tại xã Rừng Hồi")],
  ["Đạo Nguyên", "Lý Trạch", "Rừng Hồi"])
U("Mô hình nuôi ong hữu cơ ở xã Rừng Hồi được hỗ trợ bao nhiêu tiền?")
Q("metadata", "Kế hoạch chuyển đổi số năm 2026 của UBND huyện Chương Hòa là số mấy, ký ngày nào?",
  [(D1, "(Kèm theo Kế hoạch số 74/KH-UBND ngày 20/02/2026 của UBND huyện Chương Hòa)")],
  ["74/KH-UBND", "20/02/2026"])
Q("metadata", "Ai ký ban hành KH 74/KH-UBND của huyện Chương Hòa?",
  [(D1, "(Đã ký) Phan Đình Quý")], ["Phan Đình Quý"])
U("Phòng Y tế huyện Chương Hòa được giao nhiệm vụ gì trong KH 74?")
Q("abbreviation", "KH 74 đặt chỉ tiêu tỷ lệ hồ sơ TTHC giải quyết trực tuyến toàn trình là bao nhiêu %?",
  [(D1, "giải quyết trực tuyến toàn trình tối thiểu 65%")], ["65%"])
Q("no-diacritics", "ke hoach cds huyen chuong hoa co vuong mac thi lien he ai, sdt bao nhieu",
  [(D1, "bà Đinh Thị Hoài Thu, chuyên viên Phòng Văn hóa, Khoa học và Thông tin huyện, điện thoại "
        "0239.3812.447")],
  ["Đinh Thị Hoài Thu", "0239.3812.447"])
c = Q("who-what", "Theo KH 74, UBND các xã, thị trấn phải làm những việc gì?",
      [(D1, "UBND các xã, thị trấn xây dựng kế hoạch thực hiện tại địa phương, gửi về Phòng Văn hóa, "
            "Khoa học và Thông tin trước ngày 15/3/2026; kiện toàn Tổ công nghệ số cộng đồng")],
      ["15/3/2026"], actors=["UBND các xã, thị trấn"])
Q("follow-up", "Thế còn Huyện đoàn?",
  [(D1, "Huyện đoàn ra quân chiến dịch “Thanh niên tình nguyện hỗ trợ chuyển đổi số” trong tháng 7/2026")],
  ["tháng 7/2026"], hist=c, actors=["Huyện đoàn"])
U("Mỗi CLB STEM ở các trường THCS huyện Chương Hòa được cấp bao nhiêu kinh phí?")
Q("no-diacritics", "moi thon, to dan pho phai co it nhat may thanh vien to cong nghe so cong dong?",
  [(D1, "mỗi thôn, tổ dân phố có ít nhất 05 thành viên")], ["05 thành viên"])
Q("abbreviation", "KH 74 đặt chỉ tiêu bao nhiêu % người dân có TK ĐDĐT mức 2 được kích hoạt?",
  [(D1, "Tối thiểu 80% người dân từ đủ 14 tuổi trở lên có tài khoản định danh điện tử mức 2")], ["80%"])
Q("abbreviation", "Phòng TC-KH huyện Chương Hòa có nhiệm vụ gì trong KH CĐS 2026?",
  [(D1, "Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch; hướng dẫn "
        "các đơn vị thanh quyết toán theo quy định")],
  ["bố trí kinh phí"], actors=["Phòng Tài chính - Kế hoạch"])
U("ngan sach xa, thi tran cho ke hoach cds cua huyen chuong hoa nam 2025 la bao nhieu")

# =========================================================== re02 — CV 1387/SGDĐT-GDTrH (txt)
d = Q("factoid", "Ngày hội STEM học sinh trung học của tỉnh năm 2026 tổ chức ở đâu, vào ngày nào?",
      [(D2, "từ 7 giờ 30 ngày 16/5/2026 đến 17 giờ ngày 17/5/2026, tại Nhà thi đấu đa năng Trường THPT "
            "Chuyên Hương Khê Bắc")],
      ["16/5/2026", "Trường THPT Chuyên Hương Khê Bắc"])
Q("follow-up", "Vậy hạn nộp hồ sơ đăng ký là khi nào?",
  [(D2, "gửi hồ sơ trước 17 giờ 00 ngày 24/4/2026 qua hộp thư điện tử ngayhoistem@hkb.edu.vn")],
  ["24/4/2026", "ngayhoistem@hkb.edu.vn"], hist=d)
e = Q("no-diacritics", "moi phong gd&dt duoc dang ky toi da bao nhieu san pham stem cap thcs?",
      [(D2, "Mỗi Phòng GD&ĐT lựa chọn, đăng ký tối đa 04 sản phẩm của học sinh cấp THCS")], ["04 sản phẩm"])
Q("follow-up", "Còn trường THPT thì được mấy sản phẩm?",
  [(D2, "mỗi trường THPT, Trường PT DTNT tỉnh và mỗi trung tâm GDNN-GDTX đăng ký tối đa 02 sản phẩm")],
  ["02 sản phẩm"], hist=e)
U("Giải đặc biệt của Ngày hội STEM học sinh trung học 2026 được thưởng bao nhiêu tiền?")
f = Q("who-what", "Trường THPT Chuyên Hương Khê Bắc phải chuẩn bị những gì cho ngày hội STEM?",
      [(D2, "chuẩn bị mặt bằng, điện, mạng Internet, bố trí 08 gian trải nghiệm và 20 học sinh tình "
            "nguyện hỗ trợ Ban Tổ chức; hoàn thành trước ngày 14/5/2026")],
      ["08 gian trải nghiệm", "14/5/2026"], actors=["Trường THPT Chuyên Hương Khê Bắc"])
Q("follow-up", "Thế Tỉnh đoàn được đề nghị hỗ trợ gì?",
  [(D2, "đề nghị Tỉnh đoàn Hương Khê Bắc hỗ trợ 30 đoàn viên, thanh niên tình nguyện")],
  ["30 đoàn viên"], hist=f, actors=["Tỉnh đoàn Hương Khê Bắc"])
Q("abbreviation", "CV 1387 của Sở GD&ĐT do ai ký, chức vụ gì?",
  [(D2, "(Đã ký) Tạ Thị Ngọc Ánh")], ["Tạ Thị Ngọc Ánh", "PHÓ GIÁM ĐỐC"])
Q("metadata", "Công văn của Sở Giáo dục về Ngày hội STEM có số hiệu là gì, ban hành ngày nào?",
  [(D2, "Số: 1387/SGDĐT-GDTrH            Hương Khê, ngày 06 tháng 4 năm 2026")],
  ["1387/SGDĐT-GDTrH", "06 tháng 4 năm 2026"])
Q("no-diacritics", "so ho tro bao nhieu tien cho moi san pham vao vong chung ket ngay hoi stem",
  [(D2, "Sở GD&ĐT hỗ trợ 1.500.000 đồng cho mỗi sản phẩm được chọn vào vòng chung kết")],
  ["1.500.000 đồng"])
U("Bao nhiêu sản phẩm được chọn vào vòng chung kết Ngày hội STEM 2026?")
Q("factoid", "Muốn hỏi thêm về Ngày hội STEM thì liên hệ ai ở Sở?",
  [(D2, "ông Kha Minh Đạt, Phó Trưởng phòng Giáo dục Trung học, điện thoại 0912.604.318")],
  ["Kha Minh Đạt", "0912.604.318"])
Q("list", "Ngày hội STEM năm nay có những phần hoạt động nào?",
  [(D2, "Trưng bày, giới thiệu sản phẩm STEM do học sinh thực hiện"),
   (D2, "Thi đấu robot với chủ đề “Vượt chướng ngại vật”"),
   (D2, "Tọa đàm “Trí tuệ nhân tạo trong học tập: cơ hội và giới hạn”")],
  ["Vượt chướng ngại vật", "Trí tuệ nhân tạo trong học tập"])
Q("abbreviation", "Sở KH&CN được đề nghị cử mấy chuyên gia vào BGK Ngày hội STEM?",
  [(D2, "Đề nghị Sở Khoa học và Công nghệ cử 02 chuyên gia tham gia Ban Giám khảo")], ["02 chuyên gia"])
U("ngay hoi stem nam 2025 cua tinh to chuc o truong nao")
Q("who-what", "Các Phòng GD&ĐT huyện phải làm gì để chuẩn bị cho Ngày hội STEM cấp tỉnh?",
  [(D2, "Phòng GD&ĐT các huyện, thị xã, thành phố chỉ đạo các trường THCS tổ chức ngày hội STEM cấp "
        "trường, cấp huyện để chọn sản phẩm; cử 01 cán bộ làm trưởng đoàn")],
  ["cử 01 cán bộ làm trưởng đoàn"], actors=["Phòng GD&ĐT các huyện, thị xã, thành phố"])
Q("no-diacritics", "cv 1387 so gd dt: ket qua vong so khao ngay hoi stem thong bao khi nao",
  [(D2, "Kết quả vòng sơ khảo được thông báo trước ngày 08/5/2026")], ["08/5/2026"])
Q("abbreviation", "Mỗi SP dự thi ngày hội STEM tối đa mấy HS và mấy GVHD?",
  [(D2, "Mỗi sản phẩm có không quá 03 học sinh thực hiện và 01 giáo viên hướng dẫn")],
  ["03 học sinh", "01 giáo viên hướng dẫn"])
Q("abbreviation", "Hồ sơ đk Ngày hội STEM gồm những gì, video giới thiệu SP dài tối đa mấy phút?",
  [(D2, "bản mô tả sản phẩm không quá 03 trang và video giới thiệu sản phẩm dài không quá 03 phút")],
  ["03 phút"])
U("Huyện Mậu Lâm đăng ký bao nhiêu sản phẩm dự Ngày hội STEM năm 2026?")
U("Công văn 1388/SGDĐT-GDTrH của Sở GD&ĐT hướng dẫn nội dung gì?")

# =========================================================== re03 — QĐ 2418/QĐ-UBND + Quy chế (pdf)
g = Q("factoid", "Giải nhất Giải thưởng Sáng tạo KH&CN tỉnh Hương Khê Bắc được thưởng bao nhiêu tiền?",
      [(D3, "01 giải nhất, mức thưởng 60.000.000 đồng")], ["60.000.000 đồng"])
Q("follow-up", "con giai ba thi sao?",
  [(D3, "04 giải ba, mức thưởng 25.000.000 đồng/giải")], ["25.000.000 đồng"], hist=g)
U("Thế giải triển vọng thì thưởng bao nhiêu?", kind="follow-up", hist=g)
Q("factoid", "Hồ sơ dự Giải thưởng Sáng tạo KH&CN tỉnh nộp ở đâu, hạn chót lúc nào?",
  [(D3, "tại Bộ phận một cửa Sở Khoa học và Công nghệ, số 27 đường Lý Tự Trọng, thành phố Hương Khê, "
        "trước ngày 31 tháng 7 của năm xét tặng")],
  ["số 27 đường Lý Tự Trọng", "31 tháng 7"])
Q("no-diacritics", "giai thuong sang tao khcn cua tinh bao lau to chuc mot lan",
  [(D3, "Giải thưởng được tổ chức 02 năm một lần vào các năm chẵn")], ["02 năm một lần"])
Q("no-diacritics", "trong thang diem xet giai, tieu chi nao duoc toi da 40 diem? diem san de xet trao giai la bao nhieu",
  [(D3, "hiệu quả kinh tế - xã hội tối đa 40 điểm"),
   (D3, "Công trình đạt từ 70 điểm trở lên được xem xét trao giải")],
  ["hiệu quả kinh tế - xã hội", "70 điểm"])
Q("who-what", "Theo Quy chế kèm QĐ 2418, Sở Tài chính có trách nhiệm gì?",
  [(D3, "Sở Tài chính chủ trì tham mưu UBND tỉnh bố trí kinh phí tổ chức Giải thưởng trong dự toán chi "
        "sự nghiệp khoa học và công nghệ hằng năm")],
  ["bố trí kinh phí"], actors=["Sở Tài chính"])
Q("who-what", "UBND các huyện phải làm gì với Giải thưởng Sáng tạo, gửi danh sách trước ngày nào?",
  [(D3, "UBND các huyện, thị xã, thành phố chỉ đạo các cơ quan chuyên môn phát hiện, giới thiệu công "
        "trình tiêu biểu trên địa bàn"),
   (D3, "Công nghệ trước ngày 15 tháng 7 của năm xét tặng")],
  ["15 tháng 7"], actors=["UBND các huyện, thị xã, thành phố"])
Q("metadata", "Ai ký quyết định ban hành Quy chế xét tặng Giải thưởng Sáng tạo khoa học và công nghệ tỉnh?",
  [(D3, "(Đã ký) Ninh Quốc Bảo")], ["Ninh Quốc Bảo"])
U("Kỳ xét tặng Giải thưởng Sáng tạo khoa học và công nghệ tỉnh năm 2024 trao cho những công trình nào?")
U("Hội đồng chuyên ngành lĩnh vực y tế của Giải thưởng Sáng tạo có bao nhiêu thành viên?")
Q("abbreviation", "HĐ xét tặng cấp tỉnh có bao nhiêu tv, ai làm chủ tịch HĐ?",
  [(D3, "Hội đồng cấp tỉnh có từ 09 đến 11 thành viên"),
   (D3, "Chủ tịch Hội đồng là Giám đốc Sở Khoa học và Công nghệ")],
  ["09 đến 11 thành viên", "Giám đốc Sở Khoa học và Công nghệ"])
Q("list", "Giải thưởng Sáng tạo khoa học và công nghệ tỉnh xét ở những lĩnh vực nào?",
  [(D3, "Giải thưởng được xét ở 05 lĩnh vực: a) Nông nghiệp, lâm nghiệp, thủy sản và môi trường; "
        "b) Công nghiệp, xây dựng, giao thông và năng lượng"),
   (D3, "d) Giáo dục, chuyển đổi số và công nghệ thông tin")],
  ["05 lĩnh vực"])
h = Q("no-diacritics", "hoc sinh dat giai ngay hoi stem co duoc xet giai thuong sang tao cua tinh khong",
      [(D3, "Học sinh phổ thông có sản phẩm đạt giải nhất, giải nhì tại Ngày hội STEM hoặc Cuộc thi khoa "
            "học kỹ thuật cấp tỉnh được xét ở nhóm riêng “Sáng tạo trẻ”")],
      ["Sáng tạo trẻ"])
Q("follow-up", "Nhóm đó có mấy giải, mỗi giải bao nhiêu tiền?",
  [(D3, "Nhóm “Sáng tạo trẻ” có tối đa 05 giải, mỗi giải 5.000.000 đồng")],
  ["05 giải", "5.000.000 đồng"], hist=h)
Q("who-what", "Báo và Phát thanh, Truyền hình Hương Khê Bắc được giao việc gì trong Quy chế giải thưởng?",
  [(D3, "Báo và Phát thanh, Truyền hình Hương Khê Bắc mở chuyên trang, chuyên mục tuyên truyền về Giải "
        "thưởng")],
  ["chuyên trang, chuyên mục"], actors=["Báo và Phát thanh, Truyền hình Hương Khê Bắc"])
Q("abbreviation", "QĐ 2418 có hiệu lực từ khi nào?",
  [(D3, "Quyết định này có hiệu lực kể từ ngày ký")], ["kể từ ngày ký"])
U("Lễ trao Giải thưởng Sáng tạo khoa học và công nghệ tỉnh năm 2026 tổ chức ở địa điểm nào?")
U("Địa chỉ email để nộp bản điện tử hồ sơ Giải thưởng Sáng tạo KH&CN tỉnh là gì?")
U("Tờ trình 113/TTr-SKHCN của Sở KH&CN đề xuất nội dung gì?")

# =========================================================== re04 — BC 41-BC/BTGHU (md)
i = Q("factoid", "6 tháng đầu năm 2026 huyện Dinh Tre tổ chức bao nhiêu hội nghị quán triệt, bao nhiêu lượt người dự?",
      [(D4, "Tính chung toàn huyện có 14 hội nghị với 1.236 lượt người tham dự")], ["14 hội nghị", "1.236"])
U("Thế 6 tháng cuối năm Dinh Tre dự kiến tổ chức thêm bao nhiêu hội nghị quán triệt?", kind="follow-up", hist=i)
j = Q("factoid", "Xã Tú Mỹ có bao nhiêu thành viên Tổ công nghệ số cộng đồng?",
      [(D4, "Xã Tú Mỹ | 10 | 705 | 14 | 6 | 33")], ["33"])
Q("follow-up", "con xa Thuan Phong?",
  [(D4, "Xã Thuần Phong | 11 | 812 | 20 | 8 | 44")], ["44"], hist=j)
k = Q("no-diacritics", "xa nao o huyen dinh tre chua thanh lap to cong nghe so cong dong",
      [(D4, "xã Hạc Lĩnh là đơn vị duy nhất chưa thành lập Tổ công nghệ số cộng đồng")], ["Hạc Lĩnh"])
Q("follow-up", "Xã đó phải thành lập xong trước ngày nào?",
  [(D4, "Đề nghị Đảng ủy xã Hạc Lĩnh chỉ đạo thành lập Tổ công nghệ số cộng đồng ở 100% thôn trước ngày "
        "31/7/2026")],
  ["31/7/2026"], hist=k, actors=["Đảng ủy xã Hạc Lĩnh"])
U("Giải nhất cuộc thi trực tuyến Tìm hiểu về chuyển đổi số của huyện Dinh Tre được thưởng bao nhiêu tiền?")
Q("who-what", "Trung tâm VH-TT&TT huyện Dinh Tre phải làm gì trong 6 tháng cuối năm?",
  [(D4, "Trung tâm Văn hóa, Thông tin và Thể thao huyện có trách nhiệm lắp đặt loa truyền thanh thông minh "
        "cho 13 thôn, tổ dân phố còn lại, hoàn thành trong quý IV/2026")],
  ["13 thôn", "quý IV/2026"], actors=["Trung tâm Văn hóa, Thông tin và Thể thao huyện"])
Q("who-what", "Ban Tuyên giáo Huyện ủy Dinh Tre chủ trì việc gì, phối hợp với ai?",
  [(D4, "Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Phòng Văn hóa, Khoa học và Thông tin huyện tổ chức "
        "Hội thi “Tuyên truyền viên giỏi về chuyển đổi số” trong tháng 9/2026")],
  ["Tuyên truyền viên giỏi về chuyển đổi số", "tháng 9/2026"], actors=["Ban Tuyên giáo Huyện ủy"])
Q("abbreviation", "BC 41 kiến nghị UBND huyện bố trí bao nhiêu tiền lắp loa thông minh?",
  [(D4, "Đề nghị UBND huyện bố trí 120 triệu đồng để lắp đặt loa truyền thanh thông minh")],
  ["120 triệu đồng"])
Q("metadata", "Báo cáo kết quả tuyên truyền về khoa học công nghệ và chuyển đổi số 6 tháng đầu năm của Dinh Tre do ai ký?",
  [(D4, "(Đã ký) Quàng Thị Hiền")], ["Quàng Thị Hiền"])
Q("metadata", "Báo cáo tuyên truyền chuyển đổi số của Ban Tuyên giáo Huyện ủy Dinh Tre số mấy, ngày nào?",
  [(D4, "Số 41-BC/BTGHU                          Dinh Tre, ngày 25 tháng 6 năm 2026")],
  ["41-BC/BTGHU", "25 tháng 6 năm 2026"])
Q("no-diacritics", "trang mxh dinh tre ngay moi co bao nhieu luot tiep can",
  [(D4, "trang mạng xã hội “Dinh Tre ngày mới” có 48.200 lượt tiếp cận")], ["48.200"])
U("Đảng bộ xã Nghi Trạch có bao nhiêu lượt dự thi cuộc thi tìm hiểu về CĐS?")
Q("who-what", "Các chi bộ, đảng bộ trực thuộc Huyện ủy Dinh Tre phải làm gì và báo cáo khi nào?",
  [(D4, "lồng ghép nội dung khoa học, công nghệ và chuyển đổi số vào sinh hoạt chi bộ ít nhất 01 lần/quý; "
        "báo cáo kết quả về Ban Tuyên giáo Huyện ủy trước ngày 05/12/2026")],
  ["01 lần/quý", "05/12/2026"], actors=["Các chi bộ, đảng bộ trực thuộc Huyện ủy"])
Q("no-diacritics", "tong so buoi tuyen truyen o co so cua huyen dinh tre 6 thang dau nam 2026 la bao nhieu",
  [(D4, "**Tổng cộng** | **66** | **4.857**")], ["66"])
U("Huyện Dinh Tre hiện có bao nhiêu báo cáo viên cơ sở?")
Q("no-diacritics", "ty le dang vien tham gia hoc tap quan triet o dinh tre dat bao nhieu phan tram",
  [(D4, "tỷ lệ đảng viên tham gia học tập đạt 96,4%")], ["96,4%"])
Q("abbreviation", "Trung tâm VH-TT&TT Dinh Tre đã phát bao nhiêu kỳ chuyên mục về CN trên Đài truyền thanh?",
  [(D4, "phát sóng 24 kỳ chuyên mục “Dinh Tre vươn mình cùng công nghệ”")], ["24 kỳ"])
Q("abbreviation", "BTG HU Dinh Tre đề nghị BTG TU mở lớp gì, khi nào?",
  [(D4, "Đề nghị Ban Tuyên giáo Tỉnh ủy mở lớp bồi dưỡng kỹ năng số cho báo cáo viên cấp huyện trong "
        "quý III/2026")],
  ["quý III/2026"], actors=["Ban Tuyên giáo Tỉnh ủy"])
U("Thị trấn Dinh Tre đã lắp loa truyền thanh thông minh ở bao nhiêu tổ dân phố?")
U("Theo báo cáo của Ban Tuyên giáo, xã Lý Trạch có bao nhiêu Tổ công nghệ số cộng đồng?")

# =========================================================== re05 — TB 52/TB-UBND (txt)
m = Q("factoid", "Lớp Bình dân học vụ số ở thôn Cồn Trứng học ở đâu, lúc nào?",
      [(D5, "Cồn Trứng | 14 giờ 00, chủ nhật 29/3/2026 | Điểm trường Cồn Trứng, Trường Tiểu học Hợp Lưu")],
      ["29/3/2026", "Điểm trường Cồn Trứng"])
Q("follow-up", "Ai phụ trách lớp đó, số điện thoại bao nhiêu?",
  [(D5, "Trường Tiểu học Hợp Lưu | Tòng Văn Lự | 0978.225.016")], ["Tòng Văn Lự", "0978.225.016"], hist=m)
Q("follow-up", "the thon Ray Moi thi hoc ngay nao?",
  [(D5, "Rẫy Mới | 19 giờ 30, thứ Năm 26/3/2026 | Nhà văn hóa thôn Rẫy Mới")], ["26/3/2026"], hist=m)
Q("no-diacritics", "cong an xa hop luu phai xong viec kich hoat dinh danh dien tu muc 2 truoc ngay nao",
  [(D5, "Công an xã chủ trì, phối hợp với Tổ công nghệ số cộng đồng các thôn rà soát, hỗ trợ người dân kích "
        "hoạt tài khoản định danh điện tử mức 2, hoàn thành trước ngày 30/5/2026")],
  ["30/5/2026"], actors=["Công an xã"])
n = Q("who-what", "Trường THCS Hợp Lưu được giao nhiệm vụ gì?",
      [(D5, "Trường THCS Hợp Lưu thành lập Câu lạc bộ STEM với ít nhất 25 học sinh trước ngày 15/9/2026")],
      ["25 học sinh", "15/9/2026"], actors=["Trường THCS Hợp Lưu"])
Q("follow-up", "Còn Trạm Y tế xã?",
  [(D5, "Trạm Y tế xã hướng dẫn người dân sử dụng Sổ sức khỏe điện tử trên ứng dụng VNeID, phấn đấu 60% "
        "người dân có Sổ sức khỏe điện tử")],
  ["60%"], hist=n, actors=["Trạm Y tế xã"])
Q("metadata", "Thông báo kết luận cuộc họp chuyển đổi số của xã Hợp Lưu là số mấy, ai ký?",
  [(D5, "ỦY BAN NHÂN DÂN XÃ HỢP LƯU Số: 52/TB-UBND"), (D5, "(Đã ký) Vương Thị Lan")],
  ["52/TB-UBND", "Vương Thị Lan"])
Q("no-diacritics", "cuoc hop trien khai chuyen doi so o xa hop luu hop ngay nao, ai chu tri",
  [(D5, "Ngày 06/3/2026, tại Hội trường UBND xã, đồng chí Đào Văn Hưởng, Chủ tịch UBND xã chủ trì cuộc họp")],
  ["06/3/2026", "Đào Văn Hưởng"])
U("Chợ Hợp Lưu hiện có bao nhiêu hộ kinh doanh?")
Q("abbreviation", "Tổ CNS cộng đồng xã Hợp Lưu sau kiện toàn có tổng cộng bao nhiêu tv?",
  [(D5, "nâng tổng số lên 36 thành viên (mỗi thôn 09 người)")], ["36 thành viên"])
Q("no-diacritics", "xa hop luu bo tri bao nhieu tien de mua may chieu cho lop hoc",
  [(D5, "bố trí 45 triệu đồng từ ngân sách xã năm 2026 để mua 04 máy chiếu")], ["45 triệu đồng"])
U("Lớp Bình dân học vụ số đợt 2 ở xã Hợp Lưu khai giảng khi nào?")
Q("who-what", "Hội Nông dân xã Hợp Lưu phải làm gì trong năm 2026?",
  [(D5, "Hội Nông dân xã hướng dẫn hội viên đưa nông sản lên sàn thương mại điện tử, tối thiểu 10 sản phẩm "
        "trong năm 2026")],
  ["10 sản phẩm"], actors=["Hội Nông dân xã"])
Q("who-what", "Đoàn Thanh niên xã Hợp Lưu tổ chức Ngày chủ nhật số vào lúc nào?",
  [(D5, "Đoàn Thanh niên xã duy trì hoạt động “Ngày chủ nhật số” vào sáng chủ nhật tuần thứ hai hằng tháng")],
  ["sáng chủ nhật tuần thứ hai hằng tháng"], actors=["Đoàn Thanh niên xã"])
U("thon gieng da xa hop luu co bao nhieu ho dan")
Q("no-diacritics", "chi tieu 2026 cua xa hop luu ve ho so tthc truc tuyen toan trinh la bao nhieu",
  [(D5, "70% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình")], ["70%"])
Q("who-what", "TB 52: UBMTTQ xã Hợp Lưu được đề nghị làm gì?",
  [(D5, "Đề nghị Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã vận động hội viên, đoàn viên "
        "tham gia lớp “Bình dân học vụ số”")],
  ["Bình dân học vụ số"], actors=["Ủy ban MTTQ Việt Nam xã"])
Q("abbreviation", "CC VH-XH xã Hợp Lưu báo cáo UBND huyện định kỳ ntn?",
  [(D5, "báo cáo UBND huyện (qua Phòng Văn hóa, Khoa học và Thông tin) định kỳ hằng quý, trước ngày 15 "
        "của tháng cuối quý")],
  ["trước ngày 15 của tháng cuối quý"], actors=["Công chức Văn hóa - Xã hội"])
U("Trường Tiểu học Hợp Lưu được giao chỉ tiêu gì về chuyển đổi số trong TB 52?")

# =========================================================== corpus-level
Q("corpus", "Những văn bản nào trong bộ tài liệu có nhắc tới Ngày hội STEM?",
  [(D2, "tổ chức Ngày hội STEM học sinh trung học tỉnh Hương Khê Bắc năm 2026"),
   (D1, "chọn tối đa 04 sản phẩm tiêu biểu dự Ngày hội STEM cấp tỉnh"),
   (D3, "đạt giải nhất, giải nhì tại Ngày hội STEM")],
  ["1387/SGDĐT-GDTrH", "74/KH-UBND", "2418/QĐ-UBND"])
Q("corpus", "Có mấy văn bản do cấp huyện ban hành, là những văn bản nào?",
  [(D1, "Ủy ban nhân dân huyện Chương Hòa ban hành Kế hoạch thực hiện như sau"),
   (D4, "Ban Tuyên giáo Huyện ủy báo cáo kết quả 6 tháng đầu năm 2026")],
  ["74/KH-UBND", "41-BC/BTGHU"])
Q("corpus", "Văn bản nào được ban hành để triển khai KH 74 của huyện Chương Hòa ở cấp xã?",
  [(D5, "chủ trì cuộc họp triển khai Kế hoạch số 74/KH-UBND ngày 20/02/2026 của UBND huyện Chương Hòa")],
  ["52/TB-UBND", "Hợp Lưu"])
Q("corpus", "Những văn bản nào căn cứ hoặc thực hiện Kế hoạch 29/KH-UBND của UBND tỉnh?",
  [(D1, "Căn cứ Kế hoạch số 29/KH-UBND ngày 15/01/2026 của Ủy ban nhân dân tỉnh Hương Khê Bắc"),
   (D2, "Thực hiện Kế hoạch số 29/KH-UBND ngày 15/01/2026 của UBND tỉnh")],
  ["74/KH-UBND", "1387/SGDĐT-GDTrH"])
U("Kế hoạch 29/KH-UBND của UBND tỉnh Hương Khê Bắc đặt chỉ tiêu bao nhiêu % hồ sơ trực tuyến toàn trình?")


# =========================================================== who-what gold
def A(name, role, deadline, task_quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": task_quote}


WW = [
    {"id": "wre01", "directive": "KH 74/KH-UBND", "source": D1, "actors": [
        A("Phòng Văn hóa, Khoa học và Thông tin huyện", "thường trực", "trước ngày 10/12/2026",
          "chủ trì theo dõi, kiểm tra việc thực hiện Kế hoạch; tổng hợp, báo cáo UBND huyện định kỳ hằng quý "
          "(trước ngày 20 của tháng cuối quý)"),
        A("Phòng Nội vụ", "chủ trì", "trước ngày 15/11/2026",
          "Phòng Nội vụ chủ trì đánh giá mức độ chuyển đổi số của các cơ quan, đơn vị và UBND các xã, thị trấn"),
        A("Phòng Giáo dục và Đào tạo", "chủ trì", "trước ngày 30/9/2026",
          "Giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Huyện đoàn hướng dẫn các trường THCS thành lập "
          "câu lạc bộ STEM, robotics"),
        A("Huyện đoàn", "phối hợp", "trước ngày 30/9/2026",
          "phối hợp với Huyện đoàn hướng dẫn các trường THCS thành lập câu lạc bộ STEM, robotics"),
        A("Huyện đoàn", None, "trong tháng 7/2026",
          "Huyện đoàn ra quân chiến dịch “Thanh niên tình nguyện hỗ trợ chuyển đổi số”"),
        A("Phòng Nông nghiệp và Môi trường", "chủ trì", "trong tháng 11/2026",
          "Phòng Nông nghiệp và Môi trường chủ trì, phối hợp với Trạm Khuyến nông huyện và UBND các xã Đạo "
          "Nguyên, Lý Trạch, Rừng Hồi triển khai 03 mô hình"),
        A("Trạm Khuyến nông huyện", "phối hợp", None,
          "phối hợp với Trạm Khuyến nông huyện và UBND các xã Đạo Nguyên, Lý Trạch, Rừng Hồi triển khai 03 mô "
          "hình ứng dụng khoa học, công nghệ"),
        A("UBND các xã Đạo Nguyên, Lý Trạch, Rừng Hồi", "phối hợp", None,
          "UBND các xã Đạo Nguyên, Lý Trạch, Rừng Hồi triển khai 03 mô hình ứng dụng khoa học, công nghệ"),
        A("Phòng Tài chính - Kế hoạch", None, None,
          "Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí kinh phí thực hiện Kế hoạch"),
        A("Công an huyện", None, "trước ngày 30/6/2026",
          "Công an huyện chỉ đạo Công an các xã, thị trấn đẩy mạnh cấp, kích hoạt tài khoản định danh điện tử "
          "mức 2"),
        A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", None, None,
          "có trách nhiệm xây dựng, phát sóng chuyên mục “Chương Hòa số”; thời lượng mỗi kỳ 15 phút"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện", None, None,
          "tuyên truyền, vận động hội viên, đoàn viên tham gia các lớp “Bình dân học vụ số”"),
        A("UBND các xã, thị trấn", None, "trước ngày 15/3/2026",
          "xây dựng kế hoạch thực hiện tại địa phương, gửi về Phòng Văn hóa, Khoa học và Thông tin trước ngày "
          "15/3/2026"),
        A("Các cơ quan, đơn vị thuộc UBND huyện", None, "trước ngày 05/12/2026",
          "căn cứ chức năng, nhiệm vụ chủ động cụ thể hóa Kế hoạch, báo cáo kết quả về Phòng Văn hóa, Khoa học "
          "và Thông tin"),
        A("Viễn thông Chương Hòa", "phối hợp", "Quý II/2026",
          "Tập huấn kỹ năng số cho cán bộ, công chức cấp xã (04 lớp)"),
    ], "intruders": ["Phan Đình Quý", "UBND tỉnh (để báo cáo)", "Sở Khoa học và Công nghệ tỉnh",
                     "Thường trực Huyện ủy, HĐND huyện", "Chủ tịch, các Phó Chủ tịch UBND huyện",
                     "Lưu: VT, VHKHTT", "Bộ Chính trị", "Đinh Thị Hoài Thu"]},
    {"id": "wre02", "directive": "CV 1387/SGDĐT-GDTrH", "source": D2, "actors": [
        A("Các đơn vị", None, "trước 17 giờ 00 ngày 24/4/2026",
          "Các đơn vị gửi hồ sơ trước 17 giờ 00 ngày 24/4/2026 qua hộp thư điện tử ngayhoistem@hkb.edu.vn"),
        A("Phòng GD&ĐT các huyện, thị xã, thành phố", None, None,
          "chỉ đạo các trường THCS tổ chức ngày hội STEM cấp trường, cấp huyện để chọn sản phẩm"),
        A("Các trường THPT, Trường PT DTNT tỉnh, các trung tâm GDNN-GDTX", None, None,
          "có trách nhiệm chọn sản phẩm, bố trí giáo viên hướng dẫn và bảo đảm an toàn cho học sinh"),
        A("Trường THPT Chuyên Hương Khê Bắc", None, "trước ngày 14/5/2026",
          "chuẩn bị mặt bằng, điện, mạng Internet, bố trí 08 gian trải nghiệm và 20 học sinh tình nguyện"),
        A("Phòng Giáo dục Trung học", "chủ trì", None,
          "Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở xây dựng kịch bản, tham mưu thành lập "
          "Ban Giám khảo"),
        A("Văn phòng Sở", "phối hợp", None, "Văn phòng Sở bảo đảm hậu cần, khen thưởng"),
        A("Sở Khoa học và Công nghệ", None, None,
          "Đề nghị Sở Khoa học và Công nghệ cử 02 chuyên gia tham gia Ban Giám khảo"),
        A("Tỉnh đoàn Hương Khê Bắc", None, None,
          "hỗ trợ 30 đoàn viên, thanh niên tình nguyện và tổ chức hoạt động giao lưu"),
    ], "intruders": ["Tạ Thị Ngọc Ánh", "Giám đốc Sở (để báo cáo)", "Cổng TTĐT Sở", "Lưu: VT, GDTrH",
                     "Kha Minh Đạt", "UBND TỈNH HƯƠNG KHÊ BẮC"]},
    {"id": "wre03", "directive": "QĐ 2418/QĐ-UBND", "source": D3, "actors": [
        A("Chánh Văn phòng UBND tỉnh", None, None, "chịu trách nhiệm thi hành Quyết định này"),
        A("Sở Khoa học và Công nghệ", "thường trực", "Trước ngày 30 tháng 4 của năm xét tặng",
          "Sở Khoa học và Công nghệ là cơ quan thường trực Giải thưởng, chủ trì tổ chức xét tặng, tiếp nhận "
          "hồ sơ, tổ chức Lễ trao giải"),
        A("Sở Tài chính", "chủ trì", None,
          "Sở Tài chính chủ trì tham mưu UBND tỉnh bố trí kinh phí tổ chức Giải thưởng"),
        A("Sở Giáo dục và Đào tạo, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, Tỉnh đoàn Hương Khê Bắc",
          "phối hợp", None, "phối hợp phát hiện, giới thiệu công trình, sản phẩm tham gia Giải thưởng"),
        A("Báo và Phát thanh, Truyền hình Hương Khê Bắc", None, None,
          "mở chuyên trang, chuyên mục tuyên truyền về Giải thưởng và các công trình đạt giải"),
        A("UBND các huyện, thị xã, thành phố", None, "trước ngày 15 tháng 7 của năm xét tặng",
          "chỉ đạo các cơ quan chuyên môn phát hiện, giới thiệu công trình tiêu biểu trên địa bàn"),
        A("Hội đồng chuyên ngành", None, None, "vòng 1 do các Hội đồng chuyên ngành đánh giá"),
        A("Hội đồng cấp tỉnh", None, None, "vòng 2 do Hội đồng cấp tỉnh xét chọn"),
    ], "intruders": ["Ninh Quốc Bảo", "Bộ Khoa học và Công nghệ (để b/c)", "TT Tỉnh ủy, TT HĐND tỉnh",
                     "Chủ tịch, các PCT UBND tỉnh", "Lưu: VT, KGVX", "Như Điều 3"]},
    {"id": "wre04", "directive": "BC 41-BC/BTGHU", "source": D4, "actors": [
        A("Ban Tuyên giáo Huyện ủy", "chủ trì", "trong tháng 9/2026",
          "Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Phòng Văn hóa, Khoa học và Thông tin huyện tổ chức "
          "Hội thi “Tuyên truyền viên giỏi về chuyển đổi số”"),
        A("Phòng Văn hóa, Khoa học và Thông tin huyện", "phối hợp", "trong tháng 9/2026",
          "phối hợp với Phòng Văn hóa, Khoa học và Thông tin huyện tổ chức Hội thi “Tuyên truyền viên giỏi về "
          "chuyển đổi số”"),
        A("Đảng ủy xã Hạc Lĩnh", None, "trước ngày 31/7/2026",
          "chỉ đạo thành lập Tổ công nghệ số cộng đồng ở 100% thôn"),
        A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", None, "trong quý IV/2026",
          "lắp đặt loa truyền thanh thông minh cho 13 thôn, tổ dân phố còn lại"),
        A("Huyện đoàn", "chủ trì", None,
          "Huyện đoàn tiếp tục chủ trì phong trào “Mỗi đoàn viên là một đại sứ số”"),
        A("Các chi bộ, đảng bộ trực thuộc Huyện ủy", None, "trước ngày 05/12/2026",
          "lồng ghép nội dung khoa học, công nghệ và chuyển đổi số vào sinh hoạt chi bộ ít nhất 01 lần/quý"),
        A("Ban Tuyên giáo Tỉnh ủy", None, "trong quý III/2026",
          "mở lớp bồi dưỡng kỹ năng số cho báo cáo viên cấp huyện"),
        A("UBND huyện", None, None,
          "Đề nghị UBND huyện bố trí 120 triệu đồng để lắp đặt loa truyền thanh thông minh"),
    ], "intruders": ["Quàng Thị Hiền", "Thường trực Huyện ủy (báo cáo)", "Các đồng chí Ủy viên BTV Huyện ủy",
                     "Lưu Ban Tuyên giáo", "Sầm Văn Khoa", "ĐẢNG CỘNG SẢN VIỆT NAM"]},
    {"id": "wre05", "directive": "TB 52/TB-UBND", "source": D5, "actors": [
        A("Công chức Văn hóa - Xã hội", None, "trước ngày 15 của tháng cuối quý",
          "là đầu mối tham mưu, theo dõi, tổng hợp kết quả, báo cáo UBND huyện"),
        A("Công chức Văn hóa - Xã hội", None, "trước ngày 20/3/2026",
          "tham mưu quyết định kiện toàn trước ngày 20/3/2026"),
        A("Công an xã", "chủ trì", "trước ngày 30/5/2026",
          "Công an xã chủ trì, phối hợp với Tổ công nghệ số cộng đồng các thôn rà soát, hỗ trợ người dân kích "
          "hoạt tài khoản định danh điện tử mức 2"),
        A("Tổ công nghệ số cộng đồng các thôn", "phối hợp", "trước ngày 30/5/2026",
          "phối hợp với Tổ công nghệ số cộng đồng các thôn rà soát, hỗ trợ người dân kích hoạt tài khoản định "
          "danh điện tử mức 2"),
        A("Công chức Văn phòng - Thống kê", None, None, "bảo đảm 100% văn bản đi của UBND xã được ký số"),
        A("Trường THCS Hợp Lưu", None, "trước ngày 15/9/2026",
          "thành lập Câu lạc bộ STEM với ít nhất 25 học sinh"),
        A("Đoàn Thanh niên xã", "phối hợp", "tháng 6 và tháng 7/2026",
          "phối hợp với Đoàn Thanh niên xã mở lớp tin học miễn phí cho người cao tuổi"),
        A("Đoàn Thanh niên xã", None, None,
          "duy trì hoạt động “Ngày chủ nhật số” vào sáng chủ nhật tuần thứ hai hằng tháng"),
        A("Trạm Y tế xã", None, "vào cuối năm 2026",
          "hướng dẫn người dân sử dụng Sổ sức khỏe điện tử trên ứng dụng VNeID"),
        A("Ủy ban MTTQ Việt Nam xã và các tổ chức chính trị - xã hội xã", None, None,
          "vận động hội viên, đoàn viên tham gia lớp “Bình dân học vụ số”"),
        A("Hội Nông dân xã", None, "trong năm 2026",
          "hướng dẫn hội viên đưa nông sản lên sàn thương mại điện tử, tối thiểu 10 sản phẩm"),
        A("Trưởng các thôn", "phối hợp", None,
          "phối hợp với Tổ công nghệ số cộng đồng bố trí địa điểm, loa, máy chiếu phục vụ lớp học"),
        A("Công chức Tài chính - Kế toán", None, None,
          "tham mưu bố trí 45 triệu đồng từ ngân sách xã năm 2026 để mua 04 máy chiếu"),
    ], "intruders": ["Vương Thị Lan", "Phòng VH, KH&TT huyện (để báo cáo)", "TT Đảng ủy, HĐND xã",
                     "CT, các PCT UBND xã", "UBMTTQ và các đoàn thể xã", "Lưu: VT", "Đào Văn Hưởng"]},
]

if __name__ == "__main__":
    for n_, q in enumerate(QS, 1):
        q["id"] = f"re{n_:03d}"
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in QS:
            f.write(json.dumps(nfc(q), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WW:
            f.write(json.dumps(nfc(w), ensure_ascii=False) + "\n")
    print(len(QS), "questions,", len(WW), "who-what lines")
