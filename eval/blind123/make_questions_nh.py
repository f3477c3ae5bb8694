"""Writes questions.jsonl and who_what.jsonl of the blind123 set (hand-written content kept here)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
F1 = "nh01_huong_dan_tuyen_truyen_van_hoa_doc.txt"
F2 = "nh02_ke_hoach_ngay_sach_svhttdl.docx"
F3 = "nh03_the_le_cuoc_thi_dai_su_van_hoa_doc.md"
F4 = "nh04_bao_cao_thu_vien_tinh_xe_luu_dong.txt"
F5 = "nh05_cong_van_pgddt_ngay_thu_vien.pdf"
Q = []


def q(kind, question, ev=(), kw=(), hist=None, actors=None):
    d = {"id": f"nh{len(Q) + 1:03d}", "question": question, "answerable": kind != "unanswerable", "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in ev], "keywords": list(kw)}
    if hist:
        d["history"] = hist
    if actors:
        d["actors"] = actors
    Q.append(d)
    return question


def U(question, hist=None):
    return q("unanswerable", question, hist=hist)


# ------------------------------------------------ nh01 Hướng dẫn 118-HD/BTGTU (.txt)
q("metadata", "Hướng dẫn 118-HD/BTGTU do ai ký, ký ngày nào?",
  [(F1, "Quỳnh Lâm Thượng, ngày 12 tháng 3 năm 2026"), (F1, "Lưu: VT, PTT-BC. Vi Thị Ngọc Sương")],
  ["Vi Thị Ngọc Sương", "12 tháng 3 năm 2026"])
q("factoid", "Năm 2026 tỉnh tuyên truyền văn hóa đọc với chủ đề gì?",
  [(F1, 'Chủ đề năm 2026: "Đọc để vươn xa - Sách mở lối quê hương"')], ["Đọc để vươn xa - Sách mở lối quê hương"])
q("list", "Ban Tuyên giáo gợi ý những khẩu hiệu nào để treo dịp Ngày Sách?",
  [(F1, "Sách là người bạn đồng hành suốt đời!"), (F1, "Mỗi ngày một trang sách, mỗi nhà một tủ sách!"),
   (F1, "Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam năm 2026!")],
  ["Sách là người bạn đồng hành suốt đời", "Mỗi ngày một trang sách, mỗi nhà một tủ sách"])
q4 = q("who-what", "Các đoàn thể nào được đề nghị vận động hội viên làm tủ sách gia đình, tủ sách dòng họ?",
       [(F1, "(Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn, Hội Nông dân tỉnh, Hội Cựu chiến binh tỉnh, Liên đoàn Lao động tỉnh)")],
       ["Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh", "Liên đoàn Lao động tỉnh"],
       actors=["Ủy ban MTTQ Việt Nam tỉnh", "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh",
               "Hội Cựu chiến binh tỉnh", "Liên đoàn Lao động tỉnh"])
q("follow-up", "Riêng Tỉnh đoàn thì phải làm thêm việc gì?",
  [(F1, "riêng Tỉnh đoàn chỉ đạo mỗi cơ sở đoàn trực thuộc xây dựng ít nhất 01 tủ sách chi đoàn trong năm 2026")],
  ["01 tủ sách chi đoàn"], hist=[q4], actors=["Tỉnh đoàn"])
q("no-diacritics", "chuyen muc cung doc phat song luc nao, den bao gio thi het",
  [(F1, 'mở chuyên mục "Cùng đọc" phát sóng vào tối thứ Bảy hằng tuần từ ngày 04/4/2026 đến hết ngày 30/6/2026')],
  ["tối thứ Bảy hằng tuần", "30/6/2026"])
q("who-what", "Ban Tuyên giáo các huyện ủy phải gửi báo cáo kết quả tuyên truyền về tỉnh khi nào?",
  [(F1, "báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước ngày 10/5/2026")], ["10/5/2026"],
  actors=["Ban Tuyên giáo các huyện ủy, thành ủy"])
q("who-what", "Ai thực hiện loạt bài Những người giữ lửa đọc sách, đăng mấy kỳ?",
  [(F1, 'Báo Quỳnh Lâm Thượng phối hợp Thư viện tỉnh thực hiện loạt bài "Những người giữ lửa đọc sách" (ít nhất 06 kỳ)')],
  ["Báo Quỳnh Lâm Thượng", "06 kỳ"], actors=["Báo Quỳnh Lâm Thượng", "Thư viện tỉnh"])
q("abbreviation", "Theo HD 118 của BTG Tỉnh ủy thì biên phòng phấn đấu có bao nhiêu đồn có góc đọc sách?",
  [(F1, "phấn đấu đến hết năm 2026 có 14 đồn biên phòng có góc đọc sách")], ["14 đồn biên phòng"])
q("metadata", "Hướng dẫn tuyên truyền văn hóa đọc của Ban Tuyên giáo căn cứ vào các văn bản nào của Tỉnh ủy?",
  [(F1, "Căn cứ Kế hoạch số 63-KH/TU ngày 08/01/2026 của Ban Thường vụ Tỉnh ủy"),
   (F1, "Căn cứ Chương trình số 17-CTr/TU ngày 14/02/2026 của Tỉnh ủy")], ["63-KH/TU", "17-CTr/TU"])
q("who-what", "Ai chủ trì xây dựng kế hoạch Ngày Sách và tổ chức cuộc thi Đại sứ theo hướng dẫn của Ban Tuyên giáo, phối hợp với ai?",
  [(F1, "Lãnh đạo Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Giáo dục và Đào tạo xây dựng kế hoạch")],
  ["Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo"],
  actors=["Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo"])
q("no-diacritics", "moi xa dac biet kho khan duoc xe thu vien phuc vu it nhat may luot trong nam",
  [(F1, "mỗi xã đặc biệt khó khăn được xe thư viện phục vụ ít nhất 02 lượt")], ["02 lượt"])
q("metadata", "Vướng mắc khi triển khai hướng dẫn tuyên truyền thì gọi cho ai?",
  [(F1, "đồng chí Đặng Hữu Quế Lâm, Phó Trưởng phòng, điện thoại 0208.3856.417")],
  ["Đặng Hữu Quế Lâm", "0208.3856.417"])
U("Hướng dẫn 118 giao Hội Cựu chiến binh tỉnh xây dựng bao nhiêu tủ sách chi hội trong năm 2026?")
U("Chủ đề tuyên truyền Ngày Sách và Văn hóa đọc năm 2025 của tỉnh là gì?")
U("HD 118 yêu cầu mỗi huyện treo bao nhiêu pa nô tuyên truyền?")
U("Theo hướng dẫn của Ban Tuyên giáo, Hội Nông dân tỉnh chủ trì cuộc thi kể chuyện theo sách vào thời gian nào?")

# ------------------------------------------------ nh02 Kế hoạch 236/KH-SVHTTDL (.docx)
q("abbreviation", "KH 236/KH-SVHTTDL ban hành ngày nào, ai ký?",
  [(F2, "Quỳnh Lâm Thượng, ngày 20 tháng 3 năm 2026"), (F2, "GIÁM ĐỐC (đã ký) Triệu Văn Thạc")],
  ["20 tháng 3 năm 2026", "Triệu Văn Thạc"])
q("metadata", "Kế hoạch tổ chức Ngày Sách của Sở Văn hóa dựa trên những căn cứ nào?",
  [(F2, "Căn cứ Hướng dẫn số 118-HD/BTGTU ngày 12/3/2026 của Ban Tuyên giáo Tỉnh ủy"),
   (F2, "Căn cứ Quyết định số 1526/QĐ-UBND ngày 30/12/2025")], ["118-HD/BTGTU", "1526/QĐ-UBND"])
q("factoid", "Lễ phát động Ngày Sách 2026 diễn ra lúc mấy giờ, ở đâu?",
  [(F2, "vào hồi 8 giờ 00 ngày 21/4/2026 tại Quảng trường Ngàn Thượng, thành phố Thượng Kinh Đài")],
  ["8 giờ 00", "Quảng trường Ngàn Thượng"])
q("factoid", "Hội sách tỉnh năm nay kéo dài đến ngày nào và có bao nhiêu gian hàng?",
  [(F2, "từ ngày 21/4/2026 đến hết ngày 25/4/2026 tại khuôn viên Thư viện tỉnh, gồm 40 gian hàng")],
  ["25/4/2026", "40 gian hàng"])
q21 = q("factoid", "Xe thư viện lưu động về huyện Mường Khoa Tây vào khoảng thời gian nào, đơn vị nào phối hợp?",
        [(F2, "Tháng 4 - tháng 10/2026"), (F2, "Trung tâm Văn hóa - Thể thao huyện Mường Khoa Tây")],
        ["Tháng 4 - tháng 10/2026", "Trung tâm Văn hóa - Thể thao huyện Mường Khoa Tây"])
q("follow-up", "Còn huyện Yên Nhạn Đông thì sao?",
  [(F2, "Tháng 6 - tháng 11/2026"), (F2, "Phòng GD&ĐT huyện Yên Nhạn Đông")],
  ["Tháng 6 - tháng 11/2026", "Phòng GD&ĐT huyện Yên Nhạn Đông"], hist=[q21])
q23 = q("no-diacritics", "kinh phi ke hoach ngay sach 2026 cua so van hoa tong bao nhieu, nguon nao",
        [(F2, "Tổng kinh phí thực hiện Kế hoạch là 1,35 tỷ đồng, trong đó ngân sách tỉnh 1,1 tỷ đồng, nguồn xã hội hóa 250.000.000 đồng")],
        ["1,35 tỷ đồng", "250.000.000 đồng"])
q24 = q("follow-up", "Trong đó dành cho cuộc thi Đại sứ bao nhiêu?",
        [(F2, 'Cuộc thi "Đại sứ Văn hóa đọc" 180.000.000 đồng')], ["180.000.000 đồng"], hist=[q23])
q("follow-up", "Còn khoản chạy xe thư viện lưu động?",
  [(F2, "vận hành xe thư viện lưu động 420.000.000 đồng")], ["420.000.000 đồng"], hist=[q23, q24])
q("who-what", "Thư viện tỉnh phải làm những việc gì theo kế hoạch Ngày Sách của Sở?",
  [(F2, "Chủ trì, phối hợp với Phòng Quản lý văn hóa và Gia đình tổ chức Lễ phát động và Hội sách tỉnh năm 2026"),
   (F2, "báo cáo kết quả 6 tháng đầu năm về Sở trước ngày 15/7/2026")], ["Lễ phát động", "15/7/2026"],
  actors=["Thư viện tỉnh"])
q("who-what", "Phòng nào của Sở tham mưu ban hành thể lệ cuộc thi, hạn chót khi nào?",
  [(F2, "Tham mưu Giám đốc Sở thành lập Ban Tổ chức, Ban Giám khảo cuộc thi và ban hành Thể lệ cuộc thi trước ngày 31/3/2026")],
  ["Phòng Quản lý văn hóa và Gia đình", "31/3/2026"], actors=["Phòng Quản lý văn hóa và Gia đình"])
q("who-what", "Ở huyện, đơn vị nào lo báo lịch xe thư viện tới các thôn bản, báo trước mấy ngày?",
  [(F2, "Trung tâm Văn hóa - Thể thao cấp huyện có trách nhiệm thông báo lịch xe đến từng thôn, bản trước mỗi chuyến ít nhất 03 ngày")],
  ["03 ngày"], actors=["Trung tâm Văn hóa - Thể thao cấp huyện"])
q30 = q("no-diacritics", "ke hoach cua so vhttdl tang bao nhieu ban sach cho thu vien truong hoc, cho may truong",
        [(F2, "trao tặng 12.000 bản sách cho 60 trường tiểu học, trung học cơ sở ở các xã đặc biệt khó khăn")],
        ["12.000 bản sách", "60 trường"])
q("follow-up", "Hạn chót hoàn thành việc tặng sách đó là khi nào?",
  [(F2, "hoàn thành trước ngày 31/8/2026 để phục vụ năm học mới")], ["31/8/2026"], hist=[q30])
q("who-what", "Sở GD&ĐT được Sở VHTTDL đề nghị phối hợp những việc gì?",
  [(F2, "Phối hợp với Thư viện tỉnh lựa chọn 60 trường được tiếp nhận sách bổ sung"),
   (F2, "vận động học sinh tham gia cuộc thi ở các bảng A, B, C")], ["60 trường"],
  actors=["Sở Giáo dục và Đào tạo"])
q("metadata", "Đầu mối liên hệ của kế hoạch Ngày Sách năm 2026 là ai?",
  [(F2, "bà Nông Thị Diệu Hiền, Trưởng phòng Nghiệp vụ, Thư viện tỉnh; điện thoại 0912.347.815")],
  ["Nông Thị Diệu Hiền", "0912.347.815"])
q("list", "Kế hoạch Ngày Sách 2026 gồm những hoạt động chính nào?",
  [(F2, "Lễ phát động Ngày Sách và Văn hóa đọc Việt Nam năm 2026: vào hồi 8 giờ 00 ngày 21/4/2026"),
   (F2, "Xe thư viện lưu động: thực hiện 48 chuyến xe trong năm 2026"),
   (F2, "Bổ sung sách cho thư viện trường học: trao tặng 12.000 bản sách")],
  ["Lễ phát động", "48 chuyến", "Bổ sung sách"])
U("Kế hoạch 236 bố trí bao nhiêu kinh phí cho tập huấn cán bộ thư viện cơ sở?")
U("huyen dong nhan bac duoc bo tri may chuyen xe thu vien luu dong nam 2026")
U("Hội LHPN tỉnh cử bao nhiêu tình nguyện viên hỗ trợ Hội sách tỉnh?")
U("KH 236 tổ chức Hội sách ở huyện Bàn Phù Hạ vào ngày nào?")
U("Kế hoạch 236 của Sở giao cho Hội Nông dân tỉnh nhiệm vụ gì?")

# ------------------------------------------------ nh03 Thể lệ cuộc thi (.md)
q("list", "Cuộc thi Đại sứ Văn hóa đọc chia mấy bảng, mỗi bảng dành cho ai?",
  [(F3, "Cuộc thi chia thành 04 bảng theo lứa tuổi và đối tượng"),
   (F3, "Bảng A: học sinh tiểu học từ lớp 3 đến lớp 5 (từ 8 đến 11 tuổi)"),
   (F3, "Bảng D: cán bộ, công chức, viên chức, người lao động và người dân từ đủ 18 tuổi trở lên")],
  ["04 bảng", "Bảng A", "Bảng D"])
q38 = q("no-diacritics", "hoc sinh thcs thi dai su van hoa doc bang nao",
        [(F3, "Bảng B: học sinh trung học cơ sở (từ 11 đến 15 tuổi)")], ["Bảng B"])
q39 = q("follow-up", "Còn học viên giáo dục thường xuyên thì dự thi bảng nào?",
        [(F3, "Bảng C: học sinh trung học phổ thông, học viên giáo dục thường xuyên (từ 15 đến 18 tuổi)")], ["Bảng C"],
        hist=[q38])
U("Thế trẻ mẫu giáo 5 tuổi thì thi bảng nào?", hist=[q38, q39])
q41 = q("factoid", "Giải Nhất bảng A được thưởng bao nhiêu tiền?",
        [(F3, "Giải Nhất | 01 | 5.000.000 | 6.000.000")], ["5.000.000"])
q42 = q("follow-up", "Còn bảng D?", [(F3, "Giải Nhất | 01 | 5.000.000 | 6.000.000")], ["6.000.000"], hist=[q41])
q("follow-up", "Giải Ba thì mỗi bảng mấy giải, mức thưởng bao nhiêu?",
  [(F3, "Giải Ba | 03 | 2.000.000 | 2.500.000")], ["2.000.000", "2.500.000"], hist=[q41, q42])
q("factoid", "Tổng giá trị giải thưởng của cuộc thi Đại sứ Văn hóa đọc là bao nhiêu?",
  [(F3, "Tổng giá trị giải thưởng là 103.500.000 đồng")], ["103.500.000 đồng"])
q("factoid", "Có giải cho tập thể không? Mấy giải, mỗi giải bao nhiêu?",
  [(F3, "03 giải tập thể cho các trường, đơn vị có số lượng và chất lượng bài dự thi tốt nhất, mỗi giải 4.000.000 đồng")],
  ["03 giải tập thể", "4.000.000 đồng"])
q("no-diacritics", "giai dai su duoc yeu thich nhat tinh the nao, bao nhieu tien",
  [(F3, 'giải "Đại sứ được yêu thích nhất" theo kết quả bình chọn trực tuyến, trị giá 3.000.000 đồng')],
  ["bình chọn trực tuyến", "3.000.000 đồng"])
q47 = q("no-diacritics", "han nop bai vong so khao cuoc thi dai su van hoa doc la khi nao",
        [(F3, "nhận bài từ ngày 21/4/2026 đến 17 giờ ngày 20/5/2026")], ["17 giờ ngày 20/5/2026"])
q48 = q("follow-up", "Vòng chung kết tổ chức ngày nào, ở đâu?",
        [(F3, "Vòng chung kết: tổ chức trực tiếp ngày 09/7/2026 tại Hội trường Thư viện tỉnh")],
        ["09/7/2026", "Hội trường Thư viện tỉnh"], hist=[q47])
U("Có vòng bán kết không, nếu có thì thi ngày nào?", hist=[q47, q48])
q("factoid", "Mỗi huyện được gửi tối đa bao nhiêu bài mỗi bảng lên tỉnh, trước ngày nào?",
  [(F3, "Mỗi huyện, thành phố chọn tối đa 15 bài/bảng gửi về Ban Tổ chức trước ngày 05/6/2026")],
  ["15 bài/bảng", "05/6/2026"])
q("who-what", "Ai chấm sơ khảo bài dự thi bảng D?",
  [(F3, "Phòng Văn hóa và Thông tin các huyện, thành phố chấm bài Bảng D")],
  ["Phòng Văn hóa và Thông tin các huyện, thành phố"], actors=["Phòng Văn hóa và Thông tin các huyện, thành phố"])
q("factoid", "Học sinh lớp 11 gửi bài dự thi Đại sứ về đâu?",
  [(F3, "Bảng C gửi về Thư viện tỉnh, số 27 đường Thác Bạc Hạ, thành phố Thượng Kinh Đài, hoặc qua thư điện tử daisuvanhoadoc.qlt@gmail.com")],
  ["số 27 đường Thác Bạc Hạ", "daisuvanhoadoc.qlt@gmail.com"])
q("metadata", "Thể lệ cuộc thi được ban hành kèm quyết định nào và ai ký?",
  [(F3, "Ban hành kèm theo Quyết định số 241/QĐ-SVHTTDL ngày 27/3/2026"), (F3, "Lưu: VT, TV. | Lục Thị Bảo Khuyên")],
  ["241/QĐ-SVHTTDL", "Lục Thị Bảo Khuyên"])
q("who-what", "Cơ quan thường trực Ban Tổ chức cuộc thi Đại sứ là đơn vị nào?",
  [(F3, "Thư viện tỉnh là cơ quan thường trực của Ban Tổ chức")], ["Thư viện tỉnh"], actors=["Thư viện tỉnh"])
q("abbreviation", "Thắc mắc về thể lệ thi Đại sứ VHĐ thì hỏi ai, SĐT bao nhiêu?",
  [(F3, "bà Hà Thị Tuyết Nhung, Thư viện tỉnh, điện thoại 0974.215.638")], ["Hà Thị Tuyết Nhung", "0974.215.638"])
q("factoid", "Vào chung kết mỗi bảng chọn mấy bài, khi nào công bố danh sách?",
  [(F3, "Ban Giám khảo chọn 10 bài/bảng vào vòng chung kết; công bố danh sách ngày 30/6/2026")],
  ["10 bài/bảng", "30/6/2026"])
U("Giải Đặc biệt của cuộc thi Đại sứ Văn hóa đọc trị giá bao nhiêu?")
U("Giải Nhì của giải tập thể được thưởng bao nhiêu tiền?")
U("giai nhat bang a cuoc thi dai su van hoa doc nam 2025 duoc bao nhieu tien")

# ------------------------------------------------ nh04 Báo cáo 92/BC-TV (.txt, hard-wrapped)
q("abbreviation", "BC 92 của TV tỉnh do ai ký, ngày nào?",
  [(F4, "Quỳnh Lâm Thượng, ngày 08 tháng 7 năm 2026"), (F4, "GIÁM ĐỐC (đã ký) Mông Đức Tuân")],
  ["Mông Đức Tuân", "08 tháng 7 năm 2026"])
q("no-diacritics", "6 thang dau nam xe thu vien luu dong chay duoc bao nhieu chuyen, dat bao nhieu phan tram",
  [(F4, "đã thực hiện 26/48 chuyến xe thư viện lưu động (đạt 54,2% kế hoạch năm)")], ["26/48", "54,2%"])
q62 = q("factoid", "Xe thư viện lưu động phục vụ bao nhiêu lượt bạn đọc ở huyện Khe Lạn Sơn trong 6 tháng?",
        [(F4, "| Khe Lạn Sơn | 6 | 2.140 | 3.850 |")], ["2.140"])
q63 = q("follow-up", "Còn Bàn Phù Hạ?", [(F4, "| Bàn Phù Hạ | 4 | 1.395 | 2.410 |")], ["1.395"], hist=[q62])
q("follow-up", "Huyện nào có lượt bạn đọc cao nhất?",
  [(F4, "Huyện Mường Khoa Tây là địa phương có số chuyến xe và số lượt bạn đọc cao nhất")], ["Mường Khoa Tây"],
  hist=[q62, q63])
q65 = q("no-diacritics", "bao cao thu vien tinh: so ban sach luan chuyen o huyen cao vac linh",
        [(F4, "| Cao Vạc Lĩnh | 5 | 1.780 | 2.960 |")], ["2.960"])
q("follow-up", "con tp thuong kinh dai thi sao", [(F4, "| TP. Thượng Kinh Đài | 1 | 520 | 980 |")], ["980"],
  hist=[q65])
q("factoid", "Chuyến xe thư viện nào đông bạn đọc nhất từ đầu năm 2026?",
  [(F4, "chuyến xe ngày 24/4/2026 phục vụ 415 lượt học sinh và người dân")], ["24/4/2026", "415 lượt"])
q70 = q("factoid", "Cuộc thi Đại sứ Văn hóa đọc nhận được tổng cộng bao nhiêu bài?",
        [(F4, "Ban Tổ chức nhận được 4.862 bài dự thi, trong đó Bảng A 2.105 bài, Bảng B 1.734 bài, Bảng C 611 bài, Bảng D 412 bài")],
        ["4.862"])
q("follow-up", "Riêng bảng C bao nhiêu bài?",
  [(F4, "Ban Tổ chức nhận được 4.862 bài dự thi, trong đó Bảng A 2.105 bài, Bảng B 1.734 bài, Bảng C 611 bài, Bảng D 412 bài")],
  ["Bảng C 611 bài"], hist=[q70])
q("factoid", "Tính đến hết tháng 6 đã chi bao nhiêu tiền cho các hoạt động Ngày Sách?",
  [(F4, "Tổng kinh phí đã sử dụng đến ngày 30/6/2026 là 612.500.000 đồng")], ["612.500.000 đồng"])
q("factoid", "Thư viện tỉnh xin bổ sung bao nhiêu kinh phí và để làm gì?",
  [(F4, "bổ sung 350.000.000 đồng để sửa chữa xe thư viện lưu động và trang bị thêm 02 bộ thiết bị đọc sách điện tử")],
  ["350.000.000 đồng", "sửa chữa xe thư viện lưu động"])
q("abbreviation", "Theo BC của Thư viện tỉnh, đã trao sách cho bao nhiêu trường, bao nhiêu bản?",
  [(F4, "Đã trao 10.800 bản sách cho 54 trường tiểu học, trung học cơ sở")], ["10.800 bản sách", "54 trường"])
q("factoid", "Số chuyến xe còn lại phải chạy xong trước ngày nào?",
  [(F4, "Hoàn thành 22 chuyến xe thư viện lưu động còn lại trước ngày 30/11/2026")], ["22 chuyến", "30/11/2026"])
q("who-what", "Báo cáo của Thư viện tỉnh đề nghị Sở GD&ĐT làm gì?",
  [(F4, "chỉ đạo các trường đã nhận sách bổ sung báo cáo tình hình sử dụng sách trước ngày 15/10/2026")],
  ["15/10/2026"], actors=["Sở Giáo dục và Đào tạo"])
U("BC 92 ghi huyện Khe Lạn Sơn có bao nhiêu bài dự thi bảng A?")
U("Huyện Tà Sìn Phố có bao nhiêu lượt bạn đọc xe thư viện lưu động 6 tháng đầu năm 2026?")
U("Cả năm 2025 xe thư viện lưu động của tỉnh chạy được bao nhiêu chuyến?")
U("bao cao quy 3 nam 2026 cua thu vien tinh co bao nhieu luot ban doc xe luu dong")
U("Huyện Bàn Phù Hạ được trao bao nhiêu bản sách bổ sung cho trường học?")

# ------------------------------------------------ nh05 Công văn 184/PGDĐT-THCS (.pdf)
q("abbreviation", "CV 184 của Phòng GD&ĐT Khe Lạn Sơn ban hành ngày nào, ai ký?",
  [(F5, "Khe Lạn Sơn, ngày 06 tháng 4 năm 2026"), (F5, "PHÓ TRƯỞNG PHÒNG (đã ký) Sầm Thị Kim Oanh")],
  ["06 tháng 4 năm 2026", "Sầm Thị Kim Oanh"])
q("no-diacritics", "ngay thu vien truong hoc to chuc vao hom nao hang thang",
  [(F5, "định kỳ hằng tháng vào thứ Sáu tuần cuối cùng của tháng")], ["thứ Sáu tuần cuối cùng của tháng"])
q82 = q("abbreviation", "Tiết đọc thư viện ở THCS quy định bao nhiêu tiết?",
        [(F5, "01 tiết/tuần đối với cấp tiểu học và 02 tiết/tháng đối với cấp THCS")], ["02 tiết/tháng"])
q("follow-up", "Còn bậc tiểu học?", [(F5, "01 tiết/tuần đối với cấp tiểu học và 02 tiết/tháng đối với cấp THCS")],
  ["01 tiết/tuần"], hist=[q82])
q84 = q("factoid", "Xe thư viện lưu động về Trường Tiểu học Bản Pục Hạ hôm nào?",
        [(F5, "Trường Tiểu học Bản Pục Hạ ngày 15/5/2026")], ["15/5/2026"])
q("follow-up", "Còn Lũng Cò Vải thì ngày nào?", [(F5, "Trường TH&THCS Lũng Cò Vải ngày 29/5/2026")], ["29/5/2026"],
  hist=[q84])
q("who-what", "Khi xe thư viện đến trường thì trường phối hợp với ai để chuẩn bị?",
  [(F5, "Trường có xe đến chủ trì, phối hợp với Ủy ban nhân dân xã bố trí sân bãi, điện")],
  ["Ủy ban nhân dân xã"], actors=["Ủy ban nhân dân xã"])
q("no-diacritics", "moi truong gui toi da may bai moi bang len phong gd, han cuoi la khi nao",
  [(F5, "Mỗi trường chọn tối đa 05 bài/bảng gửi về Phòng Giáo dục và Đào tạo (qua bộ phận THCS) trước 17 giờ ngày 12/5/2026")],
  ["05 bài/bảng", "12/5/2026"])
q("who-what", "Ai chủ trì kiểm tra việc tổ chức Ngày thư viện ở các trường?",
  [(F5, "Bộ phận Tiểu học chủ trì, phối hợp với bộ phận THCS kiểm tra việc tổ chức Ngày thư viện trường học")],
  ["Bộ phận Tiểu học"], actors=["Bộ phận Tiểu học", "bộ phận THCS"])
q("who-what", "Trường nào chủ trì chuyên đề Thư viện thân thiện cấp huyện, vào ngày nào?",
  [(F5, 'Trường THCS Khe Lạn Thị Trấn là trường cốt cán, chủ trì tổ chức chuyên đề "Thư viện thân thiện" cấp huyện vào ngày 28/4/2026')],
  ["Trường THCS Khe Lạn Thị Trấn", "28/4/2026"], actors=["Trường THCS Khe Lạn Thị Trấn"])
q("no-diacritics", "hoi dong doi huyen duoc de nghi phat dong phong trao gi",
  [(F5, 'phát động phong trào "Mỗi đội viên một trang nhật ký đọc sách"')],
  ["Mỗi đội viên một trang nhật ký đọc sách"], actors=["Hội đồng Đội huyện"])
q("who-what", "Trung tâm Văn hóa - Thể thao huyện được đề nghị hỗ trợ những gì?",
  [(F5, "hỗ trợ âm thanh, pa nô và thông báo lịch xe thư viện lưu động trên hệ thống truyền thanh cơ sở")],
  ["truyền thanh cơ sở"], actors=["Trung tâm Văn hóa - Thể thao huyện"])
q("metadata", "Công văn về Ngày thư viện trường học của Phòng Giáo dục Khe Lạn Sơn thực hiện theo văn bản nào?",
  [(F5, "Thực hiện Kế hoạch số 236/KH-SVHTTDL ngày 20/3/2026"), (F5, "Công văn số 520/SGDĐT-GDTrH ngày 30/3/2026")],
  ["236/KH-SVHTTDL", "520/SGDĐT-GDTrH"])
q("no-diacritics", "lien he ai ve cong van 184 cua phong gd khe lan son",
  [(F5, "ông Lò Văn Chiêm, chuyên viên bộ phận THCS, điện thoại 0983.604.271")], ["Lò Văn Chiêm", "0983.604.271"])
q("factoid", "Trường ở xã khó khăn muốn nhận sách bổ sung thì phải gửi danh sách trước ngày nào?",
  [(F5, "lập danh sách đề nghị tiếp nhận sách bổ sung theo Kế hoạch của Sở, gửi về Phòng trước ngày 20/4/2026")],
  ["20/4/2026"])
U("Công văn 184 hỗ trợ mỗi trường bao nhiêu tiền để tổ chức Ngày hội đọc sách?")
U("Xe thư viện quay lại Trường THCS Nà Phiêng Thượng lần thứ hai vào ngày nào?")
U("cv 184 yeu cau hoc sinh bang c nop bai ve phong truoc ngay nao")
U("Xe thư viện lưu động về Trường THCS Khe Lạn Thị Trấn ngày nào?")

# ------------------------------------------------ corpus-wide
q("corpus", "Những văn bản nào giao nhiệm vụ cho Tỉnh đoàn, cụ thể là gì?",
  [(F1, "riêng Tỉnh đoàn chỉ đạo mỗi cơ sở đoàn trực thuộc xây dựng ít nhất 01 tủ sách chi đoàn"),
   (F2, "Tỉnh đoàn cử 30 tình nguyện viên hỗ trợ Hội sách tỉnh")], ["01 tủ sách chi đoàn", "30 tình nguyện viên"],
  actors=["Tỉnh đoàn"])
q("corpus", "Xe thư viện lưu động năm 2026 kế hoạch bao nhiêu chuyến, đến giữa năm đã chạy được bao nhiêu?",
  [(F2, "thực hiện 48 chuyến xe trong năm 2026 đến 06 huyện, thành phố"),
   (F4, "đã thực hiện 26/48 chuyến xe thư viện lưu động")], ["48 chuyến", "26/48"])
q("corpus", "Huyện Khe Lạn Sơn được bao nhiêu chuyến xe thư viện cả năm, 6 tháng đầu đã có bao nhiêu lượt bạn đọc?",
  [(F5, "huyện được bố trí 10 chuyến xe thư viện lưu động trong năm 2026"), (F4, "| Khe Lạn Sơn | 6 | 2.140 | 3.850 |")],
  ["10 chuyến", "2.140"])
q("corpus", "Sách bổ sung cho trường học: kế hoạch là bao nhiêu trường và thực tế đã trao cho bao nhiêu trường?",
  [(F2, "trao tặng 12.000 bản sách cho 60 trường"), (F4, "Đã trao 10.800 bản sách cho 54 trường")],
  ["60 trường", "54 trường"])
q("abbreviation", "Hạn nộp bài thi Đại sứ VHĐ theo thể lệ là khi nào, còn Phòng GD&ĐT Khe Lạn Sơn bắt trường nộp trước ngày nào?",
  [(F3, "nhận bài từ ngày 21/4/2026 đến 17 giờ ngày 20/5/2026"), (F5, "trước 17 giờ ngày 12/5/2026")],
  ["20/5/2026", "12/5/2026"])
q("corpus", "Văn bản nào lấy Hướng dẫn 118 của Ban Tuyên giáo làm căn cứ?",
  [(F2, "Căn cứ Hướng dẫn số 118-HD/BTGTU ngày 12/3/2026 của Ban Tuyên giáo Tỉnh ủy")], ["236/KH-SVHTTDL"])
q("corpus", "Những văn bản nào giao việc cho Thư viện tỉnh?",
  [(F1, "chỉ đạo Thư viện tỉnh bố trí xe thư viện lưu động phục vụ các xã đặc biệt khó khăn"),
   (F2, "Là cơ quan thường trực Ban Tổ chức Cuộc thi"), (F3, "Thư viện tỉnh là cơ quan thường trực của Ban Tổ chức")],
  ["xe thư viện lưu động", "cơ quan thường trực"], actors=["Thư viện tỉnh"])
U("Văn bản nào giao nhiệm vụ cho Hội Người cao tuổi tỉnh trong phát triển văn hóa đọc?")
U("Những trường nào ở huyện Mường Khoa Tây được nhận sách bổ sung năm 2026?")

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as fh:
    for d in Q:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(Q), "questions")


# ------------------------------------------------ who_what.jsonl
def A(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}


WW = [
    {"id": "wnh01", "directive": "HD 118-HD/BTGTU", "source": F1, "actors": [
        A("Ban Tuyên giáo các huyện ủy, thành ủy", None, "trước ngày 10/5/2026",
          "báo cáo kết quả về Ban Tuyên giáo Tỉnh ủy trước ngày 10/5/2026"),
        A("Ủy ban MTTQ Việt Nam tỉnh", None, None,
          "chỉ đạo hệ thống mình vận động hội viên, đoàn viên xây dựng tủ sách gia đình, tủ sách dòng họ"),
        A("Tỉnh đoàn", None, "trong năm 2026",
          "riêng Tỉnh đoàn chỉ đạo mỗi cơ sở đoàn trực thuộc xây dựng ít nhất 01 tủ sách chi đoàn"),
        A("Sở Văn hóa, Thể thao và Du lịch", "chủ trì", "hoàn thành trong quý III/2026",
          "Lãnh đạo Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Giáo dục và Đào tạo xây dựng kế hoạch"),
        A("Sở Giáo dục và Đào tạo", "phối hợp", None,
          "phối hợp với Sở Giáo dục và Đào tạo xây dựng kế hoạch tổ chức Ngày Sách và Văn hóa đọc năm 2026"),
        A("Thư viện tỉnh", None, "hoàn thành trong quý III/2026",
          "chỉ đạo Thư viện tỉnh bố trí xe thư viện lưu động phục vụ các xã đặc biệt khó khăn"),
        A("Báo Quỳnh Lâm Thượng", None, "trước ngày 20/4/2026",
          'Báo Quỳnh Lâm Thượng phối hợp Thư viện tỉnh thực hiện loạt bài "Những người giữ lửa đọc sách"'),
        A("Bộ Chỉ huy Bộ đội Biên phòng tỉnh", None, "đến hết năm 2026",
          'duy trì, nhân rộng mô hình "Góc đọc sách biên cương"'),
    ], "groups": [{"name": "các đoàn thể chính trị - xã hội tỉnh", "members": [
        "Hội Liên hiệp Phụ nữ tỉnh", "Tỉnh đoàn", "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh",
        "Liên đoàn Lao động tỉnh"]}],
     "intruders": ["Vi Thị Ngọc Sương", "Ban Tuyên giáo Trung ương (để b/c)", "Lưu: VT, PTT-BC.",
                   "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "Thường trực Tỉnh ủy (để b/c)"]},
    {"id": "wnh02", "directive": "KH 236/KH-SVHTTDL", "source": F2, "actors": [
        A("Thư viện tỉnh", "chủ trì", None,
          "Chủ trì, phối hợp với Phòng Quản lý văn hóa và Gia đình tổ chức Lễ phát động và Hội sách tỉnh năm 2026"),
        A("Thư viện tỉnh", "thường trực", None, 'Là cơ quan thường trực Ban Tổ chức Cuộc thi "Đại sứ Văn hóa đọc"'),
        A("Thư viện tỉnh", None, "trước ngày 15/7/2026",
          "báo cáo kết quả 6 tháng đầu năm về Sở trước ngày 15/7/2026"),
        A("Phòng Quản lý văn hóa và Gia đình", "phối hợp", None,
          "phối hợp với Phòng Quản lý văn hóa và Gia đình tổ chức Lễ phát động và Hội sách tỉnh"),
        A("Phòng Quản lý văn hóa và Gia đình", None, "trước ngày 31/3/2026",
          "ban hành Thể lệ cuộc thi trước ngày 31/3/2026"),
        A("Phòng Kế hoạch - Tài chính", None, "hoàn thành trong quý IV/2026",
          "Thẩm định dự toán chi tiết các hoạt động"),
        A("Trung tâm Văn hóa - Điện ảnh tỉnh", None, None,
          "Dàn dựng chương trình nghệ thuật, trang trí khánh tiết tại Lễ phát động"),
        A("Sở Giáo dục và Đào tạo", None, None,
          "Phối hợp với Thư viện tỉnh lựa chọn 60 trường được tiếp nhận sách bổ sung"),
        A("Tỉnh đoàn", None, "từ ngày 21/4 đến ngày 25/4/2026", "Tỉnh đoàn cử 30 tình nguyện viên hỗ trợ Hội sách tỉnh"),
        A("Hội Liên hiệp Phụ nữ tỉnh", None, None, "Tuyên truyền, vận động đoàn viên, hội viên tham gia các hoạt động"),
        A("Trung tâm Văn hóa - Thể thao cấp huyện", None, None,
          "có trách nhiệm thông báo lịch xe đến từng thôn, bản trước mỗi chuyến ít nhất 03 ngày"),
    ], "groups": [{"name": "Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh", "members": ["Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"]}],
     "intruders": ["Triệu Văn Thạc", "Báo Quỳnh Lâm Thượng", "Lưu: VT, QLVHGĐ.", "UBND tỉnh (để b/c)",
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]},
    {"id": "wnh03", "directive": "Thể lệ 05/TL-BTC", "source": F3, "actors": [
        A("Phòng Giáo dục và Đào tạo các huyện, thành phố", None, "trước ngày 05/6/2026",
          "Phòng Giáo dục và Đào tạo các huyện, thành phố chấm bài Bảng A, Bảng B"),
        A("Phòng Văn hóa và Thông tin các huyện, thành phố", None, "trước ngày 05/6/2026",
          "Phòng Văn hóa và Thông tin các huyện, thành phố chấm bài Bảng D"),
        A("Ban Giám khảo", None, "từ ngày 08/6/2026 đến ngày 25/6/2026",
          "Ban Giám khảo chọn 10 bài/bảng vào vòng chung kết"),
        A("Thư viện tỉnh", "thường trực", None,
          "Thư viện tỉnh là cơ quan thường trực của Ban Tổ chức, chịu trách nhiệm tiếp nhận bài, tổ chức chấm thi và trao giải"),
        A("Sở Giáo dục và Đào tạo", "phối hợp", None,
          "Đề nghị Sở Giáo dục và Đào tạo phối hợp chỉ đạo các trường phổ biến Thể lệ tới học sinh, giáo viên"),
    ], "groups": [],
     "intruders": ["Lục Thị Bảo Khuyên", "Giám đốc Sở (để b/c)", "Thành viên BTC, BGK", "Lưu: VT, TV.",
                   "Hà Thị Tuyết Nhung"]},
    {"id": "wnh04", "directive": "BC 92/BC-TV", "source": F4, "actors": [
        A("Thư viện tỉnh", None, "trước ngày 30/11/2026",
          "Hoàn thành 22 chuyến xe thư viện lưu động còn lại trước ngày 30/11/2026"),
        A("Sở Văn hóa, Thể thao và Du lịch", None, None,
          "Đề nghị Sở Văn hóa, Thể thao và Du lịch trình Ủy ban nhân dân tỉnh bổ sung 350.000.000 đồng"),
        A("Sở Giáo dục và Đào tạo", None, "trước ngày 15/10/2026",
          "chỉ đạo các trường đã nhận sách bổ sung báo cáo tình hình sử dụng sách trước ngày 15/10/2026"),
    ], "groups": [],
     "intruders": ["Mông Đức Tuân", "Phòng QLVHGĐ Sở", "Lưu: VT, NV.", "Sở VHTTDL (để b/c)"]},
    {"id": "wnh05", "directive": "CV 184/PGDĐT-THCS", "source": F5, "actors": [
        A("Hiệu trưởng các trường tiểu học, trung học cơ sở, TH&THCS", None, "trước ngày 30/5/2026",
          "Các trường báo cáo kết quả Ngày hội đọc sách và danh sách bài dự thi về Phòng Giáo dục và Đào tạo trước ngày 30/5/2026"),
        A("Bộ phận Tiểu học", "chủ trì", None,
          "Bộ phận Tiểu học chủ trì, phối hợp với bộ phận THCS kiểm tra việc tổ chức Ngày thư viện trường học"),
        A("bộ phận THCS", "phối hợp", None, "phối hợp với bộ phận THCS kiểm tra việc tổ chức Ngày thư viện trường học"),
        A("Trường THCS Khe Lạn Thị Trấn", "chủ trì", "vào ngày 28/4/2026",
          'chủ trì tổ chức chuyên đề "Thư viện thân thiện" cấp huyện vào ngày 28/4/2026'),
        A("Ủy ban nhân dân xã", "phối hợp", None, "phối hợp với Ủy ban nhân dân xã bố trí sân bãi, điện"),
        A("Hội đồng Đội huyện", "phối hợp", None,
          "Đề nghị Hội đồng Đội huyện phối hợp chỉ đạo Liên đội các trường phát động phong trào"),
        A("Trung tâm Văn hóa - Thể thao huyện", None, None,
          "hỗ trợ âm thanh, pa nô và thông báo lịch xe thư viện lưu động trên hệ thống truyền thanh cơ sở"),
    ], "groups": [],
     "intruders": ["Sầm Thị Kim Oanh", "Thư viện tỉnh (để phối hợp)", "Lưu: VT, THCS.", "UBND HUYỆN KHE LẠN SƠN",
                   "Lò Văn Chiêm"]},
]
with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as fh:
    for d in WW:
        fh.write(json.dumps(d, ensure_ascii=False) + "\n")
print(len(WW), "who-what lines")
