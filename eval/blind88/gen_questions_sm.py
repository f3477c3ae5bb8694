# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl for blind set 88 (data held here)."""
import json, os, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
D1, D2, D3, D4, D5 = ("sm01_kh_giamsatnuoc.docx", "sm02_tb_ketquanuoc.md", "sm03_cv_ruataytaygiun.txt",
                      "sm04_qd_todapungnhanh.pdf", "sm05_bc_nuocsachthuylien.md")
QS = []
def q(question, kind, ev=(), kw=(), hist=None, actors=None):
    o = {"id": None, "question": question, "answerable": bool(ev), "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in ev], "keywords": list(kw)}
    if hist: o["history"] = [hist]
    if actors: o["actors"] = list(actors)
    QS.append(o)
    return question
U = "unanswerable"

# ---------------- sm01 KH 112/KH-SYT
q("Kế hoạch giám sát chất lượng nước năm 2026 của Sở Y tế áp dụng cho bao nhiêu công trình?", "factoid",
  [(D1, "Đánh giá chất lượng nước thành phẩm tại 46 công trình cấp nước sinh hoạt tập trung nông thôn")], ["46"])
a = q("Cả năm lấy tổng cộng bao nhiêu mẫu nước?", "factoid",
  [(D1, "Tổng số mẫu cả năm là 184 mẫu, chia thành 2 đợt.")], ["184"])
q("Mỗi công trình một đợt lấy mấy mẫu, lấy ở chỗ nào?", "follow-up",
  [(D1, "Mỗi công trình lấy 02 mẫu trong mỗi đợt, gồm 01 mẫu tại bể chứa nước sau xử lý và 01 mẫu tại vòi của hộ gia đình")], ["02 mẫu", "bể chứa"], hist=a)
a = q("huyen Doi Truc lay mau nuoc dot 1 tu ngay nao den ngay nao?", "no-diacritics",
  [(D1, "Từ 06/4 đến 10/4/2026")], ["06/4", "10/4/2026"])
q("Còn Quảng Tín thì sao?", "follow-up", [(D1, "Từ 04/5 đến 08/5/2026")], ["04/5", "08/5/2026"], hist=a)
q("Phải xét nghiệm mấy chỉ tiêu nhóm A, gồm những chỉ tiêu gì?", "list",
  [(D1, "mỗi mẫu xét nghiệm 10 chỉ tiêu nhóm A gồm màu sắc, độ đục, pH, clo dư tự do, amoni, asen tổng số, sắt, mangan, Coliform và E.coli")],
  ["10 chỉ tiêu", "clo dư tự do", "E.coli"])
q("Tổng KP thực hiện KH 112/KH-SYT là bao nhiêu?", "abbreviation",
  [(D1, "tổng kinh phí thực hiện Kế hoạch là 398.600.000 đồng")], ["398.600.000"])
q("Kinh phí giám sát chất lượng nước nông thôn năm 2027 của Sở Y tế là bao nhiêu?", U)
q("Trung tâm Nước sạch và VSMT nông thôn tỉnh phải làm gì theo KH 112?", "who-what",
  [(D1, "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh có trách nhiệm cung cấp danh sách, sơ đồ mạng đường ống của các công trình")],
  ["sơ đồ mạng đường ống"], actors=["Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh"])
q("Trạm Y tế các xã có nhiệm vụ gì trong đợt lấy mẫu nước của Sở Y tế?", "who-what",
  [(D1, "Trạm Y tế các xã thông báo lịch lấy mẫu cho thôn, bản; hướng dẫn hộ gia đình ở cuối mạng đường ống chuẩn bị điểm lấy mẫu")],
  ["thông báo lịch lấy mẫu"], actors=["Trạm Y tế các xã"])
q("Phòng Kế hoạch - Tài chính của Sở được giao việc gì, hạn đến bao giờ?", "who-what",
  [(D1, "Giao Phòng Kế hoạch - Tài chính Sở Y tế thẩm định dự toán chi tiết"),
   (D1, "thanh toán, quyết toán kinh phí theo quy định trước ngày 15/12/2026")], ["15/12/2026"],
  actors=["Phòng Kế hoạch - Tài chính Sở Y tế"])
q("trung tam y te cac huyen phai cu may can bo di cung to lay mau?", "no-diacritics",
  [(D1, "Trung tâm Y tế các huyện cử 01 cán bộ Khoa Kiểm soát bệnh tật và HIV/AIDS tham gia tổ lấy mẫu")], ["01 cán bộ"])
q("Ai làm báo cáo tổng kết giám sát nước năm 2026, hạn nộp khi nào?", "who-what",
  [(D1, "Báo cáo tổng kết kết quả giám sát năm 2026"), (D1, "Phòng Nghiệp vụ Y, Sở Y tế"), (D1, "Trước ngày 15/11/2026")],
  ["Phòng Nghiệp vụ Y", "15/11/2026"], actors=["Phòng Nghiệp vụ Y, Sở Y tế"])
a = q("Có vướng mắc về kế hoạch lấy mẫu nước thì liên hệ ai ở Sở Y tế?", "factoid",
  [(D1, "bà Đinh Thị Thu Hằng, Phó Trưởng phòng Nghiệp vụ Y, Sở Y tế; điện thoại 0912 604 318")],
  ["Đinh Thị Thu Hằng", "0912 604 318"])
q("Thế email của chị ấy?", "follow-up", [(D1, "thư điện tử hangdtt.syt@lacgiao.gov.vn")], ["hangdtt.syt@lacgiao.gov.vn"], hist=a)
q("Ai ký kế hoạch kiểm tra chất lượng nước của Sở Y tế?", "metadata",
  [(D1, "PHÓ GIÁM ĐỐC (Đã ký) Trương Văn Khiết")], ["Trương Văn Khiết"])
q("KH 112 của Sở Y tế ban hành ngày nào?", "metadata", [(D1, "Lạc Giao, ngày 12 tháng 3 năm 2026")], ["12 tháng 3 năm 2026"])
q("Theo KH 112/KH-SYT, mỗi người trong tổ lấy mẫu được phụ cấp bao nhiêu tiền một ngày?", U)
q("trung tam kiem soat benh tat tra ket qua xet nghiem nuoc trong may ngay?", "no-diacritics",
  [(D1, "trả kết quả xét nghiệm trong vòng 10 ngày làm việc kể từ ngày nhận mẫu")], ["10 ngày làm việc"])
q("Công trình cấp nước công suất 30 m3/ngày đêm có thuộc diện Sở Y tế lấy mẫu không?", "factoid",
  [(D1, "công suất từ 50 m3/ngày đêm trở lên")], ["50 m3/ngày đêm"])
q("Huyện Đồi Trúc có bao nhiêu công trình cấp nước dùng nguồn nước ngầm?", U)
q("Lịch lấy mẫu đợt 2 tại huyện Tam Nhạc là ngày nào?", U)
q("KH 112 quy định xét nghiệm chì và thủy ngân vào đợt mấy?", U)
q("Sở Y tế thưởng bao nhiêu tiền cho công trình cấp nước nào đạt chuẩn cả hai đợt?", U)

# ---------------- sm02 TB 48/TB-KSBT
q("Đợt 1 có bao nhiêu công trình đạt chuẩn về nước, chiếm bao nhiêu phần trăm?", "factoid",
  [(D2, "Có 37/46 công trình đạt quy chuẩn đối với cả 10 chỉ tiêu nhóm A ở cả hai điểm lấy mẫu, chiếm tỷ lệ 80,4%")], ["37/46", "80,4%"])
q("Những công trình nào ở huyện Thủy Liên không đạt đợt 1?", "list",
  [(D2, "| 3 | Trạm cấp nước xã Vạn Xuân | Thủy Liên | Độ đục |"),
   (D2, "| 4 | Trạm cấp nước xã Kim Ngưu | Thủy Liên | Clo dư tự do |"),
   (D2, "| 5 | Công trình cấp nước xã Sơn Hải | Thủy Liên | Coliform |")], ["Vạn Xuân", "Kim Ngưu", "Sơn Hải"])
a = q("tram cap nuoc xa Ha Mi khong dat chi tieu gi, do duoc bao nhieu?", "no-diacritics",
  [(D2, "| 6 | Trạm cấp nước xã Hà Mi | Lãnh Giang | Asen tổng số | 0,018 mg/l | không quá 0,01 mg/l |")], ["Asen tổng số", "0,018 mg/l"])
q("Vậy dân ở đó lấy nước uống ở đâu?", "follow-up",
  [(D2, "bố trí điểm cấp nước uống tạm thời tại Trường Tiểu học Hà Mi và Trạm Y tế xã, hoàn thành trước ngày 01/6/2026")],
  ["Trường Tiểu học Hà Mi", "01/6/2026"], hist=a)
q("Trạm cấp nước Đồng Bảng đợt 1 có đạt không?", "factoid",
  [(D2, "được đánh giá vận hành tốt là Nhà máy nước thị trấn Thủy Liên, Trạm cấp nước xã Đồng Bảng (huyện Thủy Liên)")], ["Đồng Bảng"])
a = q("Tỷ lệ đạt của Lãnh Giang theo TB 48 là bao nhiêu?", "abbreviation",
  [(D2, "| Lãnh Giang | 11 | 22 | 9 | 2 | 81,8% |")], ["81,8%"])
q("Thế Quảng Tín?", "follow-up", [(D2, "| Quảng Tín | 9 | 18 | 7 | 2 | 77,8% |")], ["77,8%"], hist=a)
q("Sau thông báo kết quả đợt 1, Trung tâm Y tế các huyện phải làm gì và hạn báo cáo là bao giờ?", "who-what",
  [(D2, "Trung tâm Y tế các huyện giám sát việc khắc phục tại các công trình trên địa bàn, báo cáo bằng văn bản về Trung tâm Kiểm soát bệnh tật tỉnh trước ngày 30/6/2026")],
  ["30/6/2026"], actors=["Trung tâm Y tế các huyện"])
q("Đơn vị vận hành các công trình không đạt có bao lâu để khắc phục?", "who-what",
  [(D2, "Các đơn vị quản lý, vận hành 9 công trình không đạt khẩn trương khắc phục trong vòng 30 ngày kể từ ngày nhận Thông báo này")],
  ["30 ngày"], actors=["Các đơn vị quản lý, vận hành 9 công trình không đạt"])
q("trung tam nuoc sach tinh phai tap huan cham clo cho ai, xong truoc ngay nao?", "no-diacritics",
  [(D2, "tổ chức tập huấn vận hành, châm clo cho cán bộ vận hành của 9 công trình, hoàn thành trước ngày 15/6/2026")], ["15/6/2026"],
  actors=["Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh"])
a = q("khi nao lay mau tai kiem cac cong trinh khong dat?", "no-diacritics",
  [(D2, "lấy mẫu tái kiểm đối với 9 công trình không đạt từ ngày 29/6/2026 đến ngày 03/7/2026")], ["29/6/2026", "03/7/2026"])
q("Đơn vị vận hành có phải trả tiền tái kiểm không?", "follow-up",
  [(D2, "Chi phí tái kiểm được chi từ kinh phí thực hiện Kế hoạch số 112/KH-SYT, các đơn vị vận hành không phải chi trả")],
  ["không phải chi trả"], hist=a)
q("Cần hỏi chi tiết kết quả nước thì gọi ai ở TT KSBT, số di động?", "abbreviation",
  [(D2, "ông Hoàng Đức Vinh, Trưởng Khoa Sức khỏe môi trường - Y tế trường học"),
   (D2, "điện thoại 0206 3851 447, di động 0987 215 690")], ["Hoàng Đức Vinh", "0987 215 690"])
q("Thông báo kết quả xét nghiệm nước đợt 1 do ai ký?", "metadata",
  [(D2, "(Đã ký)\n\n**Phạm Thị Ngọc Diệp**")], ["Phạm Thị Ngọc Diệp"])
q("TB 48/TB-KSBT ra ngày nào?", "metadata",
  [(D2, "Số: 48/TB-KSBT                              Lạc Giao, ngày 22 tháng 5 năm 2026")], ["22 tháng 5 năm 2026"])
q("Kết quả tái kiểm tháng 7 của Trạm cấp nước xã Hà Mi thế nào?", U)
q("Nồng độ clo dư đo được ở Nhà máy nước thị trấn Thủy Liên là bao nhiêu?", U)
q("Thông báo kết quả xét nghiệm nước đợt 2 năm 2026 của TT KSBT là số mấy?", U)
q("huyen nao co ty le cong trinh nuoc dat cao nhat dot 1?", "no-diacritics",
  [(D2, "| Đồi Trúc | 14 | 28 | 12 | 2 | 85,7% |")], ["Đồi Trúc", "85,7%"])
q("ket qua xet nghiem nuoc dot 2 cua huyen Quang Tin the nao?", U)

# ---------------- sm03 CV 317/PGDĐT-CTHS
a = q("Học sinh Đồi Trúc uống thuốc tẩy giun vào thời gian nào?", "factoid",
  [(D3, "Thời gian tổ chức uống thuốc: từ ngày 11/5/2026 đến ngày 15/5/2026")], ["11/5/2026", "15/5/2026"])
q("Dùng thuốc gì, liều bao nhiêu?", "follow-up", [(D3, "Albendazol 400 mg, uống 01 viên liều duy nhất")], ["Albendazol 400 mg", "01 viên"], hist=a)
q("HS THCS có phải uống thuốc tẩy giun đợt này không?", "abbreviation",
  [(D3, "Học sinh trung học cơ sở không thuộc đối tượng uống thuốc đợt này")], ["không thuộc đối tượng"])
a = q("bao nhieu hoc sinh thi phai co it nhat 1 voi rua tay?", "no-diacritics",
  [(D3, "bảo đảm bình quân mỗi 30 học sinh có ít nhất 01 vòi nước rửa tay")], ["30 học sinh"])
q("Vậy hạn sửa vòi hỏng là khi nào?", "follow-up",
  [(D3, "hoàn thành sửa chữa, lắp bổ sung trước ngày 30/4/2026")], ["30/4/2026"], hist=a)
a = q("Tuần lễ bàn tay sạch tổ chức từ ngày nào đến ngày nào?", "factoid",
  [(D3, 'Tổ chức "Tuần lễ bàn tay sạch" từ ngày 20/4/2026 đến ngày 25/4/2026')], ["20/4/2026", "25/4/2026"])
q("Trường nào được khen thưởng trong tuần lễ đó?", "follow-up", hist=a)
q("Trạm Y tế các xã, thị trấn phải làm gì trong đợt tẩy giun?", "who-what",
  [(D3, "Trạm Y tế các xã, thị trấn có trách nhiệm nhận thuốc tại Trung tâm Y tế huyện trước ngày 08/5/2026")], ["08/5/2026"],
  actors=["Trạm Y tế các xã, thị trấn"])
q("Hội Phụ nữ huyện được đề nghị làm gì theo CV 317?", "who-what",
  [(D3, "Đề nghị Hội Liên hiệp Phụ nữ huyện chỉ đạo các chi hội phụ nữ thôn, bản tuyên truyền cha mẹ học sinh về lợi ích của việc tẩy giun")],
  ["chi hội phụ nữ"], actors=["Hội Liên hiệp Phụ nữ huyện"])
q("Các trường phải gửi danh sách học sinh uống thuốc cho ai, trước ngày nào?", "who-what",
  [(D3, "gửi về Trạm Y tế xã, thị trấn trước ngày 25/4/2026 để dự trù thuốc")], ["25/4/2026"], actors=["Các trường"])
a = q("Báo cáo kết quả tẩy giun nộp hạn nào, theo biểu mẫu số mấy?", "factoid",
  [(D3, "báo cáo kết quả tẩy giun (Biểu mẫu 02) trước ngày 22/5/2026")], ["Biểu mẫu 02", "22/5/2026"])
q("Còn báo cáo về vòi rửa tay?", "follow-up",
  [(D3, "Các trường báo cáo thực trạng nước sạch và vòi rửa tay (Biểu mẫu 01) về Phòng Giáo dục và Đào tạo trước ngày 05/5/2026")],
  ["05/5/2026"], hist=a)
q("lien he ai o phong giao duc ve cong van tay giun, so dien thoai?", "no-diacritics",
  [(D3, "bà Vi Thị Lan, chuyên viên phụ trách công tác y tế trường học"), (D3, "điện thoại 0398 117 542")],
  ["Vi Thị Lan", "0398 117 542"])
q("CV về rửa tay, tẩy giun của PGD&ĐT Đồi Trúc số mấy, ai ký?", "metadata",
  [(D3, "Số: 317/PGDĐT-CTHS                 Đồi Trúc, ngày 06 tháng 4 năm 2026"),
   (D3, "- Lưu: VT, CTHS.                               Ninh Văn Hưởng")], ["317/PGDĐT-CTHS", "Ninh Văn Hưởng"])
q("sau khi uong thuoc giun phai theo doi hoc sinh bao lau?", "no-diacritics",
  [(D3, "học sinh được theo dõi tại lớp ít nhất 30 phút")], ["30 phút"])
q("Mỗi trường được cấp bao nhiêu tiền mua xà phòng theo CV 317?", U)
q("Đợt tẩy giun học kỳ I năm học 2025-2026 ở Đồi Trúc tổ chức ngày nào?", U)
q("CV 205/TTYT-KSBT là của đơn vị nào, ngày nào?", "abbreviation",
  [(D3, "Công văn số 205/TTYT-KSBT ngày 30/3/2026 của Trung tâm Y tế huyện Đồi Trúc")], ["30/3/2026", "Trung tâm Y tế huyện Đồi Trúc"])
q("cong van 318/PGDDT-CTHS noi ve viec gi?", U)
q("Trường THCS Phương Mao được cấp bao nhiêu viên thuốc tẩy giun?", U)

# ---------------- sm04 QĐ 75/QĐ-UBND
a = q("Tổ đáp ứng nhanh xã Phương Mao có bao nhiêu người, ai làm tổ trưởng?", "factoid",
  [(D4, "gồm 09 thành viên có tên sau"), (D4, "Ông Lường Văn Thắng, Phó Chủ tịch UBND xã - Tổ trưởng")], ["09 thành viên", "Lường Văn Thắng"])
q("Ai là tổ phó thường trực?", "follow-up", [(D4, "Bà Đào Thị Mến, Trạm trưởng Trạm Y tế xã - Tổ phó thường trực")], ["Đào Thị Mến"], hist=a)
q("ai lam thu ky to dap ung nhanh xa Phuong Mao?", "no-diacritics",
  [(D4, "Bà Nguyễn Thị Thoa, y sĩ Trạm Y tế xã - Thành viên kiêm Thư ký")], ["Nguyễn Thị Thoa"])
q("Đường dây nóng của tổ đáp ứng nhanh là số nào?", "factoid",
  [(D4, "đường dây nóng của Tổ đặt tại Trạm Y tế xã, số điện thoại 0206 3790 115")], ["0206 3790 115"])
q("Hội Phụ nữ xã Phương Mao có nhiệm vụ gì trong tổ?", "who-what",
  [(D4, "Hội Liên hiệp Phụ nữ xã vận động 100% hộ gia đình sử dụng nước của công trình liên xã đun sôi nước trước khi uống")],
  ["100% hộ gia đình"], actors=["Hội Liên hiệp Phụ nữ xã"])
q("Công an xã phải làm gì theo quyết định lập tổ?", "who-what",
  [(D4, "Công an xã bảo đảm an ninh, trật tự khu vực công trình cấp nước và bể chứa")], ["an ninh, trật tự"], actors=["Công an xã"])
q("Tổ quản lý vận hành công trình liên xã phải châm clo mấy lần, súc xả xong trước ngày nào?", "who-what",
  [(D4, "châm clo 02 lần mỗi ngày, ghi nhật ký vận hành; hoàn thành súc xả toàn bộ tuyến ống chính trước ngày 20/6/2026")],
  ["02 lần mỗi ngày", "20/6/2026"], actors=["Tổ quản lý vận hành Công trình cấp nước liên xã Phương Mao - Hòa Đạt"])
q("doan thanh nien xa lap doi tinh nguyen gom bao nhieu nguoi?", "no-diacritics",
  [(D4, "Đoàn Thanh niên xã thành lập đội thanh niên tình nguyện gồm 15 đoàn viên")], ["15 đoàn viên"])
q("Trạm Y tế xã Phương Mao báo cáo hoạt động của tổ vào hôm nào, gửi ai?", "who-what",
  [(D4, "tổng hợp báo cáo hoạt động của Tổ hằng tuần vào thứ Sáu, gửi UBND xã và Trung tâm Y tế huyện")], ["thứ Sáu"],
  actors=["Trạm Y tế xã"])
a = q("Kinh phí cho tổ đáp ứng nhanh tối đa bao nhiêu, lấy từ nguồn nào?", "factoid",
  [(D4, "được bố trí từ ngân sách xã năm 2026, tối đa 45.000.000 đồng")], ["45.000.000 đồng"])
q("Thế năm 2027 thì bố trí bao nhiêu?", "follow-up", hist=a)
q("to dap ung nhanh hop dinh ky vao hom nao, o dau?", "no-diacritics",
  [(D4, "họp định kỳ vào sáng thứ Hai hằng tuần tại hội trường UBND xã")], ["sáng thứ Hai", "hội trường UBND xã"])
a = q("Thứ Tư ai trực ở khu bể chứa?", "factoid",
  [(D4, "Thứ Tư, thứ Bảy: Bà Hà Thị Nguyệt và ông Trần Hữu Nghị trực tại khu vực bể chứa")], ["Hà Thị Nguyệt", "Trần Hữu Nghị"])
q("Còn chủ nhật?", "follow-up",
  [(D4, "Chủ nhật: Ông Lường Văn Thắng trực chỉ huy, ông Nông Văn Bảy trực bảo đảm an ninh")], ["Lường Văn Thắng", "Nông Văn Bảy"], hist=a)
q("QĐ 75 thành lập tổ đáp ứng nhanh ký ngày nào, ai ký?", "metadata",
  [(D4, "Phương Mao, ngày 03 tháng 6 năm 2026"), (D4, "CHỦ TỊCH (Đã ký) Sầm Văn Lợi")], ["03 tháng 6 năm 2026", "Sầm Văn Lợi"])
q("Mỗi thành viên tổ đáp ứng nhanh Phương Mao được phụ cấp bao nhiêu một tháng?", U)
q("Xã Hòa Đạt có lập tổ đáp ứng nhanh không, ai làm tổ trưởng?", U)
q("QĐ 76/QĐ-UBND của xã Phương Mao về việc gì?", U)
q("Email của bà Đào Thị Mến là gì?", U)
q("Tổ đáp ứng nhanh xã Phương Mao giải thể vào ngày nào?", U)

# ---------------- sm05 BC 204/BC-UBND
q("Năm 2026 tỷ lệ hộ dùng nước sạch đạt chuẩn của cả huyện Thủy Liên là bao nhiêu?", "factoid",
  [(D5, "Tỷ lệ hộ sử dụng nước sạch đạt quy chuẩn toàn huyện đạt 81,0%, tăng 4,6 điểm phần trăm so với năm 2025")], ["81,0%"])
a = q("xa Thuong Mo co bao nhieu ho dung nuoc sach dat quy chuan?", "no-diacritics",
  [(D5, "| 6 | Xã Thượng Mỗ | 980 | 612 | 62,4 | 801 | 1.780 |")], ["612", "62,4"])
q("Xã đó được chi bao nhiêu tiền năm nay?", "follow-up", [(D5, "| 6 | Xã Thượng Mỗ | 980 | 612 | 62,4 | 801 | 1.780 |")], ["1.780"], hist=a)
a = q("Tổng kinh phí nước sạch năm 2026 của huyện Thủy Liên và từ những nguồn nào?", "list",
  [(D5, "Tổng kinh phí thực hiện năm 2026 là 6.815 triệu đồng, gồm: ngân sách tỉnh 3.900 triệu đồng; ngân sách huyện 1.615 triệu đồng")],
  ["6.815 triệu đồng", "3.900 triệu đồng"])
q("Đã giải ngân được bao nhiêu rồi?", "follow-up",
  [(D5, "Đến ngày 30/11/2026 đã giải ngân 6.102 triệu đồng, đạt 89,5%")], ["6.102 triệu đồng", "89,5%"], hist=a)
q("tram cap nuoc Thuong Mo nang cong suat len bao nhieu?", "no-diacritics",
  [(D5, "nâng công suất từ 200 m3/ngày đêm lên 450 m3/ngày đêm")], ["450 m3/ngày đêm"])
q("Phòng NN&MT huyện Thủy Liên chủ trì việc gì năm 2027, hạn nào?", "who-what",
  [(D5, "Phòng Nông nghiệp và Môi trường huyện chủ trì, phối hợp với UBND xã Thượng Mỗ lập hồ sơ đầu tư giai đoạn 2 mạng đường ống cho 4 thôn còn lại"),
   (D5, "trình UBND huyện trước ngày 31/3/2027")], ["31/3/2027"], actors=["Phòng Nông nghiệp và Môi trường huyện"])
q("TTYT huyện Thủy Liên phải giám sát nước bao lâu một lần?", "who-what",
  [(D5, "Trung tâm Y tế huyện có trách nhiệm giám sát chất lượng nước tại 12 công trình định kỳ hằng quý")], ["hằng quý"],
  actors=["Trung tâm Y tế huyện"])
q("Các phòng ban, đoàn thể huyện Thủy Liên được giao việc gì về nước sạch?", "who-what",
  [(D5, "Các phòng, ban, ngành, Mặt trận và đoàn thể huyện lồng ghép tuyên truyền về nước sạch, vệ sinh môi trường vào các hoạt động của ngành, đơn vị")],
  ["lồng ghép tuyên truyền", "định kỳ 6 tháng"], actors=["Các phòng, ban, ngành, Mặt trận và đoàn thể huyện"])
q("Năm 2027 Hội Phụ nữ huyện Thủy Liên phải có thêm bao nhiêu hộ có nhà tiêu hợp vệ sinh?", "who-what",
  [(D5, "mục tiêu có thêm 300 hộ có nhà tiêu hợp vệ sinh trong năm 2027")], ["300 hộ"], actors=["Hội Liên hiệp Phụ nữ huyện"])
q("Huyện Thủy Liên xin tỉnh hỗ trợ bao nhiêu tiền cho mạng ống Thượng Mỗ?", "factoid",
  [(D5, "Đề nghị UBND tỉnh hỗ trợ 2.400 triệu đồng từ ngân sách tỉnh năm 2027")], ["2.400 triệu đồng"])
q("huyen xin trung tam nuoc sach ho tro may bo thiet bi cham clo tu dong?", "no-diacritics",
  [(D5, "hỗ trợ huyện 7 bộ thiết bị châm clo tự động cho các trạm cấp nước xã")], ["7 bộ"])
q("Báo cáo nước sạch của UBND huyện Thủy Liên số mấy, ai ký?", "metadata",
  [(D5, "UBND HUYỆN THỦY LIÊN\n\nSố: 204/BC-UBND"), (D5, "**PHÓ CHỦ TỊCH**\n\n(Đã ký)\n\n**Lê Quang Vũ**")], ["204/BC-UBND", "Lê Quang Vũ"])
q("Đầu mối tổng hợp báo cáo nước sạch Thủy Liên là ai, số điện thoại?", "factoid",
  [(D5, "ông Quách Văn Định, Phó Trưởng phòng Nông nghiệp và Môi trường huyện; điện thoại 0915 882 364")],
  ["Quách Văn Định", "0915 882 364"])
q("Tỷ lệ hộ dùng nước sạch của xã Vạn Xuân năm 2025 là bao nhiêu?", U)
q("Huyện Lãnh Giang năm 2026 chi bao nhiêu tiền cho nước sạch nông thôn?", U)
q("Xã Ngũ Phúc được hỗ trợ mấy bộ thiết bị châm clo?", U)
q("Huyện Thủy Liên có bao nhiêu hộ còn dùng nước giếng khoan?", U)
q("Ai là Trạm trưởng Trạm Y tế xã Hòa Đạt?", U)

# ---------------- corpus
q("Những văn bản nào triển khai hoặc dẫn chiếu Kế hoạch 112/KH-SYT?", "corpus",
  [(D2, "Thực hiện Kế hoạch số 112/KH-SYT ngày 12/3/2026 của Sở Y tế tỉnh Lạc Giao"),
   (D3, "Thực hiện Kế hoạch số 112/KH-SYT ngày 12/3/2026 của Sở Y tế tỉnh Lạc Giao"),
   (D5, "Kế hoạch số 112/KH-SYT ngày 12/3/2026 của Sở Y tế, UBND huyện Thủy Liên")], ["112/KH-SYT"])
q("Văn bản nào căn cứ vào Thông báo 48 của TT KSBT?", "corpus",
  [(D4, "Căn cứ Thông báo số 48/TB-KSBT ngày 22/5/2026"), (D5, "Theo Thông báo số 48/TB-KSBT ngày 22/5/2026")], ["48/TB-KSBT"])
q("Trong bộ văn bản có văn bản nào của cấp xã không?", "corpus",
  [(D4, "UBND XÃ PHƯƠNG MAO\nSố: 75/QĐ-UBND")], ["75/QĐ-UBND"])
q("Những văn bản nào giao việc cho Hội Liên hiệp Phụ nữ?", "corpus",
  [(D3, "Đề nghị Hội Liên hiệp Phụ nữ huyện chỉ đạo các chi hội phụ nữ thôn"),
   (D4, "Hội Liên hiệp Phụ nữ xã vận động 100% hộ gia đình"),
   (D5, "Đề nghị Hội Liên hiệp Phụ nữ huyện tiếp tục vận động hội viên vay vốn")], ["Hội Liên hiệp Phụ nữ"])
q("Có mấy văn bản do UBND ban hành, là những văn bản nào?", "corpus",
  [(D4, "UBND XÃ PHƯƠNG MAO\nSố: 75/QĐ-UBND"), (D5, "UBND HUYỆN THỦY LIÊN\n\nSố: 204/BC-UBND")], ["75/QĐ-UBND", "204/BC-UBND"])

QS = [x for x in QS]
for i, o in enumerate(QS, 1):
    o["id"] = "sm%03d" % i

# ---------------- who-what gold
def A(name, role, deadline, task):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": task}
TNS = "Trung tâm Nước sạch và Vệ sinh môi trường nông thôn tỉnh"
WW = [
 {"id": "wsm01", "directive": "KH 112/KH-SYT", "source": D1, "actors": [
   A(TNS, "chủ trì", "Trước ngày 31/3/2026", "Rà soát danh sách công trình, mã hóa điểm lấy mẫu"),
   A("Phòng Y tế các huyện", "phối hợp", "Trước ngày 31/3/2026", "Rà soát danh sách công trình, mã hóa điểm lấy mẫu"),
   A("Trung tâm Kiểm soát bệnh tật tỉnh", "thường trực", None, "Trung tâm Kiểm soát bệnh tật tỉnh là đơn vị thường trực, chịu trách nhiệm chuyên môn toàn bộ Kế hoạch"),
   A("Trung tâm Kiểm soát bệnh tật tỉnh", "chủ trì", "Trước ngày 25/5/2026", "Thông báo kết quả xét nghiệm đợt 1"),
   A(TNS, None, None, "có trách nhiệm cung cấp danh sách, sơ đồ mạng đường ống của các công trình"),
   A("Trung tâm Y tế các huyện", "phối hợp", "Theo lịch tại Mục II", "Lấy mẫu, bảo quản và xét nghiệm mẫu đợt 1"),
   A("Trung tâm Y tế các huyện", None, None, "cử 01 cán bộ Khoa Kiểm soát bệnh tật và HIV/AIDS tham gia tổ lấy mẫu trên địa bàn"),
   A("Trạm Y tế các xã", None, None, "thông báo lịch lấy mẫu cho thôn, bản; hướng dẫn hộ gia đình ở cuối mạng đường ống chuẩn bị điểm lấy mẫu"),
   A("Đơn vị quản lý, vận hành công trình", "chủ trì", "Trong vòng 30 ngày kể từ ngày nhận thông báo", "Khắc phục các công trình có chỉ tiêu không đạt"),
   A("UBND cấp xã", "phối hợp", "Trong vòng 30 ngày kể từ ngày nhận thông báo", "Khắc phục các công trình có chỉ tiêu không đạt"),
   A("UBND các huyện Đồi Trúc, Thủy Liên, Lãnh Giang và Quảng Tín", None, None, "chỉ đạo Phòng Y tế, Trung tâm Y tế huyện và UBND các xã có công trình cấp nước tạo điều kiện cho tổ lấy mẫu"),
   A("Phòng Nghiệp vụ Y, Sở Y tế", "chủ trì", "Trước ngày 15/11/2026", "Báo cáo tổng kết kết quả giám sát năm 2026"),
   A("Phòng Kế hoạch - Tài chính Sở Y tế", None, "trước ngày 15/12/2026", "thẩm định dự toán chi tiết, hướng dẫn Trung tâm Kiểm soát bệnh tật tỉnh thanh toán, quyết toán kinh phí"),
  ], "intruders": ["Trương Văn Khiết", "UBND tỉnh (để b/c)", "Giám đốc, các Phó Giám đốc Sở", "Lưu: VT, NVY", "Đinh Thị Thu Hằng", "UBND TỈNH LẠC GIAO"]},
 {"id": "wsm02", "directive": "TB 48/TB-KSBT", "source": D2, "actors": [
   A("Các đơn vị quản lý, vận hành 9 công trình không đạt", None, "trong vòng 30 ngày kể từ ngày nhận Thông báo này", "khẩn trương khắc phục trong vòng 30 ngày kể từ ngày nhận Thông báo này: điều chỉnh liều lượng clo khử trùng"),
   A("Trạm cấp nước xã Hà Mi", None, "trước ngày 01/6/2026", "Riêng Trạm cấp nước xã Hà Mi tạm dừng cấp nước cho mục đích ăn uống"),
   A("UBND xã Hà Mi", "phối hợp", "trước ngày 01/6/2026", "phối hợp với UBND xã Hà Mi bố trí điểm cấp nước uống tạm thời"),
   A(TNS, None, "trước ngày 15/6/2026", "hướng dẫn kỹ thuật và tổ chức tập huấn vận hành, châm clo cho cán bộ vận hành của 9 công trình"),
   A("Trung tâm Y tế các huyện", None, "trước ngày 30/6/2026", "giám sát việc khắc phục tại các công trình trên địa bàn, báo cáo bằng văn bản"),
   A("UBND các xã có công trình không đạt", None, None, "niêm yết Thông báo này tại trụ sở và thông báo trên hệ thống loa truyền thanh của xã"),
   A("Trung tâm Kiểm soát bệnh tật tỉnh", None, "từ ngày 29/6/2026 đến ngày 03/7/2026", "sẽ lấy mẫu tái kiểm đối với 9 công trình không đạt"),
  ], "intruders": ["Phạm Thị Ngọc Diệp", "Sở Y tế (để b/c)", "Lưu: VT, SKMT", "Hoàng Đức Vinh", "UBND TỈNH LẠC GIAO"]},
 {"id": "wsm03", "directive": "CV 317/PGDĐT-CTHS", "source": D3, "actors": [
   A("Các trường", None, "trước ngày 30/4/2026", "Các trường còn thiếu vòi hoặc có vòi hỏng hoàn thành sửa chữa, lắp bổ sung"),
   A("Giáo viên chủ nhiệm các lớp mầm non và lớp 1, lớp 2", None, None, "Giáo viên chủ nhiệm các lớp mầm non và lớp 1, lớp 2 trực tiếp hướng dẫn, kiểm tra hằng ngày"),
   A("Các trường", None, "trước ngày 25/4/2026", "tổng hợp danh sách số trẻ, số học sinh dự kiến uống thuốc"),
   A("Các trường", None, "trước ngày 22/5/2026", "báo cáo kết quả tẩy giun (Biểu mẫu 02)"),
   A("Trạm Y tế các xã, thị trấn", None, "trước ngày 08/5/2026", "có trách nhiệm nhận thuốc tại Trung tâm Y tế huyện"),
   A("Trung tâm Y tế huyện", None, None, "Albendazol 400 mg, uống 01 viên liều duy nhất, do Trung tâm Y tế huyện cấp miễn phí"),
   A("Hội Liên hiệp Phụ nữ huyện", None, None, "chỉ đạo các chi hội phụ nữ thôn, bản tuyên truyền cha mẹ học sinh"),
  ], "intruders": ["Ninh Văn Hưởng", "UBND huyện (để b/c)", "Lưu: VT, CTHS", "Vi Thị Lan", "Hội LHPN huyện"]},
 {"id": "wsm04", "directive": "QĐ 75/QĐ-UBND", "source": D4, "actors": [
   A("Tổ đáp ứng nhanh", None, "trong vòng 24 giờ kể từ khi nhận được tin báo", "Tiếp nhận thông tin, điều tra, xác minh các trường hợp tiêu chảy cấp"),
   A("Tổ trưởng", None, None, "chỉ đạo chung hoạt động của Tổ; quyết định huy động lực lượng, phương tiện của xã khi xảy ra sự cố"),
   A("Trạm Y tế xã", "thường trực", None, "Trạm Y tế xã là bộ phận thường trực của Tổ, có trách nhiệm giám sát ca bệnh, lấy mẫu bệnh phẩm"),
   A("Công chức Văn hóa - Xã hội", None, None, "phụ trách thông tin, tuyên truyền trên hệ thống loa truyền thanh xã"),
   A("Hội Liên hiệp Phụ nữ xã", None, None, "vận động 100% hộ gia đình sử dụng nước của công trình liên xã đun sôi nước trước khi uống"),
   A("Công an xã", None, None, "bảo đảm an ninh, trật tự khu vực công trình cấp nước và bể chứa"),
   A("Tổ quản lý vận hành Công trình cấp nước liên xã Phương Mao - Hòa Đạt", None, "trước ngày 20/6/2026", "hoàn thành súc xả toàn bộ tuyến ống chính trước ngày 20/6/2026"),
   A("Trường Tiểu học Phương Mao", None, None, "bảo đảm nước uống đun sôi hoặc nước đóng bình cho học sinh"),
   A("Đoàn Thanh niên xã", None, None, "thành lập đội thanh niên tình nguyện gồm 15 đoàn viên"),
   A("Văn phòng HĐND và UBND xã", None, None, "Văn phòng HĐND và UBND xã, Trạm Y tế xã, Hội Liên hiệp Phụ nữ xã, Công an xã"),
  ], "intruders": ["Sầm Văn Lợi", "UBND huyện Đồi Trúc (để b/c)", "Thường trực Đảng ủy xã", "Lưu: VT", "UBND HUYỆN ĐỒI TRÚC"]},
 {"id": "wsm05", "directive": "BC 204/BC-UBND", "source": D5, "actors": [
   A("Phòng Nông nghiệp và Môi trường huyện", "chủ trì", "trước ngày 31/3/2027", "lập hồ sơ đầu tư giai đoạn 2 mạng đường ống cho 4 thôn còn lại"),
   A("UBND xã Thượng Mỗ", "phối hợp", "trước ngày 31/3/2027", "phối hợp với UBND xã Thượng Mỗ lập hồ sơ đầu tư giai đoạn 2"),
   A("Trung tâm Y tế huyện", None, "trước ngày 30/4/2027", "giám sát chất lượng nước tại 12 công trình định kỳ hằng quý, tập huấn châm clo"),
   A("Hội Liên hiệp Phụ nữ huyện", None, None, "tiếp tục vận động hội viên vay vốn Ngân hàng Chính sách xã hội để xây dựng công trình nước sạch"),
   A("Các phòng, ban, ngành, Mặt trận và đoàn thể huyện", None, "định kỳ 6 tháng", "lồng ghép tuyên truyền về nước sạch, vệ sinh môi trường vào các hoạt động của ngành, đơn vị"),
   A("UBND các xã, thị trấn", None, None, "công khai chất lượng nước của công trình trên địa bàn sau mỗi đợt xét nghiệm"),
   A("UBND tỉnh", None, None, "Đề nghị UBND tỉnh hỗ trợ 2.400 triệu đồng từ ngân sách tỉnh năm 2027"),
   A("Sở Y tế", None, None, "chỉ đạo Trung tâm Kiểm soát bệnh tật tỉnh tăng tần suất xét nghiệm lên 3 đợt/năm"),
   A(TNS, None, None, "hỗ trợ huyện 7 bộ thiết bị châm clo tự động cho các trạm cấp nước xã"),
  ], "intruders": ["Lê Quang Vũ", "Thường trực Huyện ủy", "Lưu: VT, NNMT", "Quách Văn Định", "Sở Nông nghiệp và Môi trường"]},
]

def nfc(o):
    if isinstance(o, str): return unicodedata.normalize("NFC", o)
    if isinstance(o, list): return [nfc(x) for x in o]
    if isinstance(o, dict): return {k: nfc(v) for k, v in o.items()}
    return o

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for o in QS: f.write(json.dumps(nfc(o), ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
    for o in WW: f.write(json.dumps(nfc(o), ensure_ascii=False) + "\n")
print(len(QS), "questions;", len(WW), "who-what lines")
