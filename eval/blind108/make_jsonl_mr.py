#!/usr/bin/env python3
"""Writes questions.jsonl and who_what.jsonl of blind set 108 (prefix mr) from the lists below.
Run with /work/main/.venv/bin/python make_jsonl_mr.py ; then check with check_mr.py."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "mr01_chi_thi_ubnd_tinh_stem_robot.txt"
D2 = "mr02_ke_hoach_so_gddt_cuoc_thi_robot.md"
D3 = "mr03_quyet_dinh_the_le_cuoc_thi_robot.docx"
D4 = "mr04_cong_van_phong_gddt_ha_lang.txt"
D5 = "mr05_bao_cao_tong_ket_cuoc_thi_robot.pdf"

# Each entry: key, kind, question, evidence [(doc, quote)], keywords, options
# options: h=[keys of earlier questions] (history), a=[actors]; no evidence => unanswerable
Q = []


def q(key, kind, text, ev=(), kw=(), h=None, a=None):
    Q.append(dict(key=key, kind=kind, text=text, ev=list(ev), kw=list(kw), h=h, a=a))


# ----------------------------------------------------------------- mr01 Chỉ thị 03/CT-UBND
q("ct_so", "metadata",
  "Chỉ thị của Chủ tịch UBND tỉnh về phát triển CLB STEM - Robot trong trường THCS mang số hiệu gì, ban hành ngày nào?",
  [(D1, "TỈNH NGỌC SƠN HẠ Số: 03/CT-UBND"), (D1, "Ngọc Sơn Hạ, ngày 14 tháng 01 năm 2025")],
  ["03/CT-UBND", "14 tháng 01 năm 2025"])
q("ct_ky", "follow-up", "Ai ký chỉ thị đó?",
  [(D1, "CHỦ TỊCH (Đã ký) Lưu Quang Thịnh")], ["Lưu Quang Thịnh"], h=["ct_so"])
q("ct_15hs", "no-diacritics", "chi thi 03 yeu cau moi clb stem robot phai co toi thieu bao nhieu hoc sinh",
  [(D1, "mỗi CLB có tối thiểu 15 học sinh tham gia sinh hoạt thường xuyên")], ["15 học sinh"])
q("ct_stc", "who-what", "Sở Tài chính được giao nhiệm vụ gì trong chỉ thị về STEM - Robot?",
  [(D1, "Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo thẩm định dự toán kinh phí tổ chức Cuộc thi lần thứ I"),
   (D1, "bố trí tối thiểu 1,2 tỷ đồng mỗi năm trong giai đoạn 2026 - 2030")],
  ["thẩm định dự toán", "1,2 tỷ đồng"], a=["Sở Tài chính"])
q("ct_uutien", "follow-up", "Khoản tiền mua thiết bị đó ưu tiên cho trường ở đâu?",
  [(D1, "để mua sắm thiết bị STEM - Robot cho các trường THCS, ưu tiên các trường thuộc huyện miền núi")],
  ["huyện miền núi"], h=["ct_stc"])
q("ct_khuyenhoc", "who-what", "Hội Khuyến học tỉnh có trách nhiệm gì theo Chỉ thị 03?",
  [(D1, "Hội Khuyến học tỉnh trao học bổng \"Ươm mầm khoa học\" cho học sinh có thành tích trong hoạt động STEM, 20 suất mỗi năm, mỗi suất 3.000.000 đồng")],
  ["Ươm mầm khoa học", "20 suất", "3.000.000 đồng"], a=["Hội Khuyến học tỉnh"])
q("ct_lhh", "follow-up", "Còn Liên hiệp các Hội KH&KT tỉnh thì sao?",
  [(D1, "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh giới thiệu chuyên gia, nhà khoa học làm cố vấn cho các CLB")],
  ["cố vấn"], h=["ct_khuyenhoc"], a=["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"])
q("ct_2huyen", "factoid", "Khi ban hành chỉ thị, những huyện nào chưa có trường THCS nào lập CLB STEM - Robot?",
  [(D1, "02 huyện miền núi Pà Lùng và Phiêng Sa chưa có trường THCS nào thành lập CLB STEM - Robot")],
  ["Pà Lùng", "Phiêng Sa"])
q("ct_3truong", "follow-up", "Hai huyện đó phải đạt chỉ tiêu gì trong năm học 2024-2025?",
  [(D1, "bảo đảm mỗi huyện có ít nhất 03 trường THCS thành lập CLB STEM - Robot trong năm học 2024 - 2025")],
  ["03 trường THCS"], h=["ct_2huyen"])
q("ct_30tr", "no-diacritics", "ubnd huyen phai bo tri toi thieu bao nhieu tien moi nam cho hoat dong stem robot",
  [(D1, "Bố trí kinh phí tối thiểu 30.000.000 đồng mỗi năm cho hoạt động STEM - Robot của cấp huyện")],
  ["30.000.000 đồng"])
q("ct_pgd", "who-what",
  "Theo Chỉ thị 03, Phòng GD&ĐT cấp huyện có trách nhiệm gì với các trường THCS chưa có CLB, hạn khi nào?",
  [(D1, "Phòng Giáo dục và Đào tạo có trách nhiệm hướng dẫn các trường THCS chưa có CLB hoàn thành việc thành lập trước ngày 31/3/2025")],
  ["31/3/2025"], a=["Phòng Giáo dục và Đào tạo"])
q("ct_tailieu", "no-diacritics", "tai lieu sinh hoat clb stem robot gom bao nhieu chu de, khi nao phat hanh",
  [(D1, "biên soạn tài liệu sinh hoạt CLB gồm 35 chủ đề, phát hành đến các trường trước ngày 31/8/2025")],
  ["35 chủ đề", "31/8/2025"])
q("ct_tinhdoan", "who-what", "Tỉnh đoàn được đề nghị làm gì theo chỉ thị của Chủ tịch tỉnh về STEM?",
  [(D1, "Đề nghị Tỉnh đoàn Ngọc Sơn Hạ chỉ đạo Hội đồng Đội tỉnh phối hợp với Sở Giáo dục và Đào tạo tổ chức các hoạt động trải nghiệm STEM trong dịp hè")],
  ["Hội đồng Đội tỉnh", "trải nghiệm STEM"], a=["Tỉnh đoàn Ngọc Sơn Hạ"])
# unanswerable near-misses on mr01
q("u_ct_tieuhoc", "unanswerable",
  "Chỉ thị 03 đặt mục tiêu đến năm 2030 bao nhiêu phần trăm trường tiểu học có CLB STEM - Robot?")
q("u_ct_mttq", "unanswerable", "Ủy ban MTTQ tỉnh phải vận động được bao nhiêu tỷ đồng cho các CLB STEM - Robot?")
q("u_ct_2025", "unanswerable", "chi thi 03 giao so tai chinh bo tri bao nhieu tien mua thiet bi robot trong nam 2025")
q("u_ct_hocbong_gv", "unanswerable",
  "Mỗi năm Hội Khuyến học tỉnh trao bao nhiêu suất học bổng Ươm mầm khoa học cho giáo viên hướng dẫn?")

# ----------------------------------------------------------------- mr02 Kế hoạch 215/KH-SGDĐT
q("kh_so", "metadata", "Kế hoạch tổ chức cuộc thi robot học sinh THCS lần thứ I của Sở GD&ĐT số mấy, ra ngày nào?",
  [(D2, "SỞ GIÁO DỤC VÀ ĐÀO TẠO Số: 215/KH-SGDĐT"), (D2, "Ngọc Sơn Hạ, ngày 10 tháng 02 năm 2025")],
  ["215/KH-SGDĐT", "10 tháng 02 năm 2025"])
q("kh_ky", "follow-up", "Ai ký kế hoạch này?",
  [(D2, "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Khổng Minh Tuệ")], ["Khổng Minh Tuệ"], h=["kh_so"])
q("kh_sokhao", "factoid", "Vòng sơ khảo cuộc thi robot diễn ra từ ngày nào đến ngày nào và do ai tổ chức?",
  [(D2, "Vòng sơ khảo (cấp huyện): từ ngày 10/3/2025 đến ngày 28/3/2025, do Phòng GD&ĐT các huyện, thị xã, thành phố tổ chức")],
  ["10/3/2025", "28/3/2025", "Phòng GD&ĐT các huyện, thị xã, thành phố"])
q("kh_chungket", "follow-up", "Còn vòng chung kết?",
  [(D2, "Vòng chung kết: ngày 17 và 18/5/2025 tại Nhà Văn hóa Thiếu nhi tỉnh Ngọc Sơn Hạ")],
  ["17 và 18/5/2025", "Nhà Văn hóa Thiếu nhi tỉnh Ngọc Sơn Hạ"], h=["kh_sokhao"])
q("kh_cum", "list", "Vòng bán kết chia thành mấy cụm và mỗi cụm thi ở trường nào?",
  [(D2, "Cụm số 1: tại Trường THCS Vân Nham, thị xã Kim Đài"), (D2, "Cụm số 2: tại Trường THCS Phù Ngạn, huyện Quỳnh Sa")],
  ["02 cụm", "Trường THCS Vân Nham", "Trường THCS Phù Ngạn"])
q("kh_cum1", "no-diacritics", "cum so 1 vong ban ket gom doi cua nhung huyen, thi xa nao",
  [(D2, "gồm các đội của thành phố Hạc Linh, thị xã Kim Đài, huyện Liễu Thượng và huyện Pà Lùng")],
  ["Hạc Linh", "Liễu Thượng", "Pà Lùng"])
q("kh_chude", "factoid", "Năm học 2024-2025 cuộc thi robot lấy chủ đề gì?",
  [(D2, "Chủ đề Cuộc thi năm học 2024 - 2025: \"Robot vì nông nghiệp xanh\"")], ["Robot vì nông nghiệp xanh"])
q("kh_kinhphi", "abbreviation", "Tổng kinh phí KH 215 dự kiến bao nhiêu, lấy từ những nguồn nào?",
  [(D2, "Tổng kinh phí tổ chức vòng bán kết và vòng chung kết dự kiến là 215.000.000 đồng"),
   (D2, "Ngân sách sự nghiệp giáo dục năm 2025 của Sở GD&ĐT: 125.000.000 đồng"),
   (D2, "Nguồn xã hội hóa do Công ty Cổ phần Công nghệ Giáo dục Bảo Nham tài trợ: 50.000.000 đồng")],
  ["215.000.000 đồng", "125.000.000 đồng", "50.000.000 đồng"])
q("kh_sabàn", "who-what", "Theo kế hoạch, ai chủ trì việc thiết kế, thi công sa bàn thi, phối hợp với đơn vị nào và xong trước ngày nào?",
  [(D2, "Thiết kế, thi công 04 sa bàn thi; xây dựng bộ nhiệm vụ thi | Ban Giám khảo | Sở Khoa học và Công nghệ | Trước ngày 10/4/2025")],
  ["Ban Giám khảo", "Sở Khoa học và Công nghệ", "10/4/2025"], a=["Ban Giám khảo", "Sở Khoa học và Công nghệ"])
q("kh_phoihopck", "who-what", "Đơn vị nào phối hợp với Ban Tổ chức tổ chức vòng chung kết và lễ trao giải?",
  [(D2, "Tổ chức vòng chung kết, lễ tổng kết và trao giải | Ban Tổ chức Cuộc thi | Tỉnh đoàn Ngọc Sơn Hạ; Nhà Văn hóa Thiếu nhi tỉnh")],
  ["Tỉnh đoàn Ngọc Sơn Hạ", "Nhà Văn hóa Thiếu nhi tỉnh"],
  a=["Tỉnh đoàn Ngọc Sơn Hạ", "Nhà Văn hóa Thiếu nhi tỉnh"])
q("kh_bk_ai", "who-what", "ke hoach 215 giao ai to chuc vong ban ket, don vi nao phoi hop",
  [(D2, "Tổ chức vòng bán kết tại 02 cụm | Phòng Giáo dục Trung học | Trường THCS Vân Nham; Trường THCS Phù Ngạn | Ngày 19/4/2025")],
  ["Phòng Giáo dục Trung học", "Trường THCS Vân Nham", "Trường THCS Phù Ngạn"],
  a=["Phòng Giáo dục Trung học", "Trường THCS Vân Nham", "Trường THCS Phù Ngạn"])
q("kh_nvh", "no-diacritics", "nha van hoa thieu nhi tinh lo nhung viec gi cho vong chung ket",
  [(D2, "Nhà Văn hóa Thiếu nhi tỉnh phối hợp Văn phòng Sở chuẩn bị hội trường, sân khấu, âm thanh, ánh sáng cho vòng chung kết")],
  ["hội trường, sân khấu, âm thanh, ánh sáng"])
# unanswerable near-misses on mr02
q("u_kh_tuket", "unanswerable", "Vòng tứ kết của cuộc thi robot THCS tổ chức vào ngày nào?")
q("u_kh_cum3", "unanswerable", "Cụm số 3 của vòng bán kết đặt tại trường nào?")
q("u_kh_stc", "unanswerable", "so tai chinh ho tro bao nhieu tien trong tong kinh phi 215 trieu cua cuoc thi robot")
q("u_kh_giobk", "unanswerable", "Khai mạc vòng bán kết ngày 19/4/2025 lúc mấy giờ?")

# ----------------------------------------------------------------- mr03 QĐ 186 + Thể lệ (.docx)
q("tl_qd", "metadata", "Thể lệ cuộc thi robot THCS được ban hành kèm theo quyết định nào?",
  [(D3, "Ban hành kèm theo Quyết định số 186/QĐ-SGDĐT ngày 21/02/2025 của Giám đốc Sở Giáo dục và Đào tạo")],
  ["186/QĐ-SGDĐT", "21/02/2025"])
q("tl_ky", "follow-up", "Ai ký quyết định ban hành thể lệ đó?",
  [(D3, "GIÁM ĐỐC (Đã ký) Đàm Thị Nguyệt Ánh")], ["Đàm Thị Nguyệt Ánh"], h=["tl_qd"])
q("tl_doi", "factoid", "Một đội thi robot gồm bao nhiêu học sinh và giáo viên?",
  [(D3, "Mỗi đội thi gồm 03 học sinh cùng trường, có thể khác khối lớp, và 01 giáo viên hướng dẫn")],
  ["03 học sinh", "01 giáo viên hướng dẫn"])
q("tl_tuoi", "factoid", "Học sinh sinh năm 2009 có đủ điều kiện tuổi để dự thi robot không?",
  [(D3, "Học sinh dự thi sinh từ ngày 01/01/2010 trở về sau")], ["01/01/2010"])
q("tl_kichthuoc", "no-diacritics", "robot du thi duoc nang toi da bao nhieu kg, kich thuoc toi da bao nhieu",
  [(D3, "Kích thước robot khi xuất phát không vượt quá 25 cm x 25 cm x 30 cm (dài x rộng x cao); khối lượng không quá 2,5 kg")],
  ["25 cm x 25 cm x 30 cm", "2,5 kg"])
q("tl_bk150", "factoid", "Ở vòng bán kết mỗi lượt thi của một đội kéo dài bao lâu?",
  [(D3, "Mỗi đội thi 02 lượt trên sa bàn đầy đủ, mỗi lượt 150 giây")], ["150 giây"])
q("tl_sk120", "follow-up", "Còn vòng sơ khảo ở huyện Hà Lãng thì mỗi lượt bao lâu?",
  [(D4, "mỗi đội thi 02 lượt, mỗi lượt 120 giây")], ["120 giây"], h=["tl_bk150"])
q("tl_diem", "list", "Điểm vòng chung kết được chia cho những phần nào, mỗi phần bao nhiêu điểm?",
  [(D3, "phần thi sa bàn 60 điểm; phần thuyết trình và trả lời câu hỏi 30 điểm; hồ sơ kỹ thuật (nhật ký thiết kế, mã nguồn) 10 điểm")],
  ["60 điểm", "30 điểm", "10 điểm"])
q("tl_bimat", "factoid", "Nhiệm vụ bí mật ở chung kết được công bố trước giờ thi bao lâu?",
  [(D3, "Ban Giám khảo công bố 01 nhiệm vụ bí mật trước giờ thi 60 phút")], ["60 phút"])
q("tl_thuyettrinh", "follow-up", "Phần thuyết trình được mấy phút?",
  [(D3, "mỗi đội trình bày sản phẩm trong 05 phút và trả lời câu hỏi của Ban Giám khảo trong 03 phút")],
  ["05 phút", "03 phút"], h=["tl_bimat"])
q("tl_truongbgk", "abbreviation", "Trưởng BGK vòng bán kết và chung kết cuộc thi robot là ai?",
  [(D3, "Trưởng Ban Giám khảo là TS. Doãn Quốc Bảo, Phó Hiệu trưởng Trường Cao đẳng Công nghệ Ngọc Sơn Hạ")],
  ["Doãn Quốc Bảo"])
q("tl_bgksk", "who-what", "Ai có thẩm quyền thành lập Ban Giám khảo vòng sơ khảo?",
  [(D3, "Ban Giám khảo vòng sơ khảo do Trưởng phòng GD&ĐT cấp huyện quyết định thành lập")],
  ["Trưởng phòng GD&ĐT cấp huyện"], a=["Trưởng phòng GD&ĐT cấp huyện"])
q("tl_nhat", "factoid", "Giải Nhất cuộc thi robot được thưởng bao nhiêu tiền?",
  [(D3, "10.000.000 đồng, Cúp và Giấy khen của Giám đốc Sở")], ["10.000.000 đồng"])
q("tl_nhi", "follow-up", "Giải Nhì bao nhiêu?",
  [(D3, "6.000.000 đồng và Giấy khen của Giám đốc Sở")], ["6.000.000 đồng"], h=["tl_nhat"])
q("tl_kk", "follow-up", "Có mấy giải Khuyến khích, mỗi giải được bao nhiêu?",
  [(D3, "2.000.000 đồng và Giấy khen của Giám đốc Sở"),
   (D5, "06 giải Khuyến khích: Trường THCS Bích Hòa, Trường THCS Hòa Xuyên")],
  ["2.000.000 đồng", "06 giải Khuyến khích"], h=["tl_nhat", "tl_nhi"])
q("u_tl_giaitu", "follow-up", "Thế còn giải Tư thì được bao nhiêu tiền?", h=["tl_nhat", "tl_nhi"])
q("tl_ytuong", "no-diacritics", "giai y tuong sang tao duoc thuong bao nhieu tien",
  [(D3, "3.000.000 đồng và Giấy chứng nhận")], ["3.000.000 đồng"])
q("tl_khieunai", "factoid", "Muốn khiếu nại kết quả một lượt thi thì ai được gửi và trong thời hạn bao lâu?",
  [(D3, "Trong vòng 30 phút sau khi công bố kết quả lượt thi, trưởng đoàn được gửi khiếu nại bằng văn bản")],
  ["30 phút", "trưởng đoàn"])
# unanswerable near-misses on mr03
q("u_tl_dacbiet", "unanswerable", "Giải Đặc biệt của cuộc thi robot được thưởng bao nhiêu tiền?")
q("u_tl_dubi", "unanswerable", "Mỗi đội thi robot được đăng ký thêm mấy học sinh dự bị?")
q("u_tl_2024", "unanswerable", "giai nhat cuoc thi robot thcs cap tinh nam hoc 2023-2024 thuoc ve truong nao")
q("u_tl_ckgiay", "unanswerable", "Ở vòng chung kết, mỗi lượt thi sa bàn kéo dài bao nhiêu giây?")

# ----------------------------------------------------------------- mr04 Công văn 112/PGDĐT-THCS
q("cv_so", "metadata", "Công văn của Phòng GD&ĐT Hà Lãng hướng dẫn vòng sơ khảo robot số mấy, ngày nào?",
  [(D4, "Số: 112/PGDĐT-THCS Hà Lãng, ngày 03 tháng 3 năm 2025")], ["112/PGDĐT-THCS", "03 tháng 3 năm 2025"])
q("cv_ngay", "no-diacritics", "vong so khao huyen ha lang thi ngay nao, o dau",
  [(D4, "07 giờ 30 ngày 22/3/2025 (Thứ Bảy)"), (D4, "Địa điểm: Trường THCS Lạc Trung, xã Lạc Trung, huyện Hà Lãng")],
  ["22/3/2025", "Trường THCS Lạc Trung"])
q("cv_handk", "factoid", "Hạn chót các trường ở Hà Lãng gửi danh sách đội thi về Phòng là khi nào?",
  [(D4, "luattb.pgdhalang@ngocsonha.edu.vn trước 16 giờ 00 ngày 14/3/2025")], ["16 giờ 00 ngày 14/3/2025"])
q("cv_lienhe", "follow-up", "Gửi cho ai, số điện thoại bao nhiêu?",
  [(D4, "bà Tăng Thị Bích Lụa, chuyên viên phụ trách cấp THCS, điện thoại 0986 352 714")],
  ["Tăng Thị Bích Lụa", "0986 352 714"], h=["cv_handk"])
q("cv_truongbgk", "abbreviation", "Ai làm trưởng BGK vòng sơ khảo của huyện Hà Lãng?",
  [(D4, "ông Lục Văn Sâm, Phó Trưởng phòng GD&ĐT huyện làm Trưởng ban")], ["Lục Văn Sâm"])
q("cv_kinhphi", "factoid", "Kinh phí vòng sơ khảo huyện Hà Lãng là bao nhiêu, mỗi đội vào bán kết được hỗ trợ bao nhiêu?",
  [(D4, "Tổng kinh phí tổ chức vòng sơ khảo là 28.500.000 đồng"),
   (D4, "hỗ trợ mỗi đội vào vòng bán kết 1.500.000 đồng")], ["28.500.000 đồng", "1.500.000 đồng"])
q("cv_lactrung", "who-what", "Trường THCS Lạc Trung phải chuẩn bị những gì cho vòng sơ khảo?",
  [(D4, "Trường THCS Lạc Trung (đơn vị đăng cai) chuẩn bị phòng thi, nguồn điện, khu vực chờ cho các đội")],
  ["phòng thi, nguồn điện, khu vực chờ"], a=["Trường THCS Lạc Trung"])
q("cv_bichhoa", "who-what", "Đơn vị nào phối hợp với THCS Lạc Trung lắp đặt sa bàn, phải xong trước ngày nào?",
  [(D4, "Trường THCS Bích Hòa phối hợp Trường THCS Lạc Trung lắp đặt, chạy thử 02 sa bàn thi, hoàn thành trước ngày 20/3/2025")],
  ["Trường THCS Bích Hòa", "20/3/2025"], a=["Trường THCS Bích Hòa"])
q("cv_ttvh", "who-what", "Trung tâm Văn hóa - Thể thao và Truyền thông huyện Hà Lãng hỗ trợ những gì cho vòng sơ khảo?",
  [(D4, "có trách nhiệm hỗ trợ âm thanh, phông nền và đưa tin về vòng sơ khảo trên hệ thống truyền thanh huyện")],
  ["âm thanh, phông nền"], a=["Trung tâm Văn hóa - Thể thao và Truyền thông huyện"])
q("cv_cum2", "no-diacritics", "doi cua huyen ha lang thi ban ket o cum nao, truong nao",
  [(D4, "Các đội của huyện Hà Lãng thi vòng bán kết tại Cụm số 2 (Trường THCS Phù Ngạn, huyện Quỳnh Sa)")],
  ["Cụm số 2", "Trường THCS Phù Ngạn"])
q("cv_bophan", "who-what", "Bộ phận chuyên môn THCS của Phòng GD&ĐT Hà Lãng phải làm gì sau vòng sơ khảo, hạn khi nào?",
  [(D4, "trình Trưởng phòng ký quyết định công nhận kết quả trước ngày 25/3/2025"),
   (D4, "gửi danh sách 04 đội dự vòng bán kết về Sở GD&ĐT trước ngày 04/4/2025")],
  ["25/3/2025", "04/4/2025"], a=["Bộ phận chuyên môn THCS"])
q("cv_chamtruong", "no-diacritics", "giao vien co hoc sinh du thi co duoc cham doi cua truong minh khong",
  [(D4, "Giáo viên có học sinh dự thi không tham gia chấm đội của trường mình")], ["không tham gia chấm"])
# unanswerable near-misses on mr04
q("u_cv_quynhsa", "unanswerable", "Vòng sơ khảo cấp huyện của huyện Quỳnh Sa tổ chức ngày nào, ở trường nào?")
q("u_cv_ck", "unanswerable", "Phòng GD&ĐT Hà Lãng hỗ trợ mỗi đội vào vòng chung kết bao nhiêu tiền?")
q("u_cv_dt_sam", "unanswerable", "so dien thoai cua ong luc van sam truong ban giam khao so khao la bao nhieu")
q("u_cv_tramyte", "unanswerable", "Trạm Y tế xã Lạc Trung cử mấy nhân viên trực tại vòng sơ khảo?")

# ----------------------------------------------------------------- mr05 Báo cáo 402/BC-SGDĐT (.pdf)
q("bc_so", "metadata", "Báo cáo tổng kết cuộc thi robot lần thứ I có số hiệu gì và ai ký?",
  [(D5, "SỞ GIÁO DỤC VÀ ĐÀO TẠO Số: 402/BC-SGDĐT"), (D5, "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Khổng Minh Tuệ")],
  ["402/BC-SGDĐT", "Khổng Minh Tuệ"])
q("bc_sokhao", "factoid", "Vòng sơ khảo có tổng cộng bao nhiêu đội, bao nhiêu trường và học sinh tham gia?",
  [(D5, "với 236 đội của 131 trường, tổng số 708 học sinh tham gia")], ["236 đội", "131 trường", "708 học sinh"])
q("bc_nhat", "factoid", "Giải Nhất cuộc thi robot lần thứ I thuộc về trường nào, được bao nhiêu điểm?",
  [(D5, "Giải Nhất: đội Trường THCS Lạc Trung, huyện Hà Lãng, đạt 91,5/100 điểm")],
  ["Trường THCS Lạc Trung", "91,5/100 điểm"])
q("bc_gvhd", "follow-up", "Giáo viên hướng dẫn đội đó là ai?",
  [(D5, "giáo viên hướng dẫn là cô Giáp Thị Mỹ Duyên")], ["Giáp Thị Mỹ Duyên"], h=["bc_nhat"])
q("bc_nhi", "follow-up", "Còn giải Nhì?",
  [(D5, "02 giải Nhì: Trường THCS Vân Nham (thị xã Kim Đài) và Trường THCS Tân Liễu (huyện Quỳnh Sa)")],
  ["Trường THCS Vân Nham", "Trường THCS Tân Liễu"], h=["bc_nhat", "bc_gvhd"])
q("u_bc_gvnhi", "follow-up", "Đội giải Nhì của THCS Tân Liễu do thầy cô nào hướng dẫn?", h=["bc_nhat", "bc_gvhd", "bc_nhi"])
q("bc_ba", "list", "Những trường nào đạt giải Ba ở vòng chung kết?",
  [(D5, "03 giải Ba: Trường THCS Phù Ngạn (huyện Quỳnh Sa), Trường THCS Đại Kê (thị xã Kim Đài) và Trường THCS Đông Lữ (thành phố Hạc Linh)")],
  ["Phù Ngạn", "Đại Kê", "Đông Lữ"])
q("bc_bichhoa", "no-diacritics", "truong thcs bich hoa dat nhung giai gi o chung ket",
  [(D5, "Giải Ý tưởng sáng tạo: đội Trường THCS Bích Hòa với sản phẩm"),
   (D5, "06 giải Khuyến khích: Trường THCS Bích Hòa")], ["Ý tưởng sáng tạo", "Khuyến khích"])
q("bc_sanpham", "follow-up", "san pham cua doi do ten la gi",
  [(D5, "với sản phẩm \"Robot phân loại trứng vịt theo kích cỡ\"")], ["Robot phân loại trứng vịt theo kích cỡ"],
  h=["bc_bichhoa"])
q("bc_tanlieu", "factoid", "Đội THCS Tân Liễu được bao nhiêu điểm ở vòng chung kết?",
  [(D5, "3 THCS Tân Liễu Huyện Quỳnh Sa 86,5 Nhì")], ["86,5"])
q("bc_cum", "factoid", "Ở vòng bán kết, mỗi cụm có bao nhiêu đội thi?",
  [(D5, "Cụm số 1 tại Trường THCS Vân Nham có 16 đội; Cụm số 2 tại Trường THCS Phù Ngạn có 20 đội")],
  ["16 đội", "20 đội"])
q("bc_suco", "follow-up", "Ở cụm 1 có xảy ra sự cố gì không?",
  [(D5, "sự cố mất điện lúc 9 giờ 15 phút kéo dài 25 phút"),
   (D5, "cho 03 đội bị ảnh hưởng thi lại lượt")], ["mất điện", "25 phút"], h=["bc_cum"])
q("bc_chi", "factoid", "Cuộc thi đã chi hết bao nhiêu tiền, đạt bao nhiêu phần trăm dự toán?",
  [(D5, "Tổng kinh phí đã chi là 203.460.000 đồng, đạt 94,6% dự toán 215.000.000 đồng")],
  ["203.460.000 đồng", "94,6%"])
q("bc_lan2", "who-what", "Theo BC tổng kết, ai chủ trì xây dựng kế hoạch cuộc thi lần thứ II và hạn trình là khi nào?",
  [(D5, "giao Phòng Giáo dục Trung học chủ trì xây dựng kế hoạch, trình Giám đốc Sở trước ngày 30/9/2025")],
  ["Phòng Giáo dục Trung học", "30/9/2025"], a=["Phòng Giáo dục Trung học"])
q("bc_dutoan", "follow-up", "Còn dự toán kinh phí cho lần thứ II thì đơn vị nào làm, xong khi nào?",
  [(D5, "Phòng Kế hoạch - Tài chính phối hợp Phòng Giáo dục Trung học lập dự toán kinh phí Cuộc thi lần thứ II, hoàn thành trong quý III/2025")],
  ["Phòng Kế hoạch - Tài chính", "quý III/2025"], h=["bc_lan2"])
q("bc_kiennghi", "who-what", "Sở GD&ĐT kiến nghị UBND tỉnh những gì sau cuộc thi?",
  [(D5, "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính tham mưu bố trí 1,2 tỷ đồng năm 2026"),
   (D5, "trang bị thiết bị robot cho 40 trường THCS còn thiếu thiết bị")],
  ["1,2 tỷ đồng", "40 trường THCS"], a=["Ủy ban nhân dân tỉnh", "Sở Tài chính"])
q("bc_miennui", "who-what", "Phòng GD&ĐT các huyện Pà Lùng, Phiêng Sa và Đồng Bông được giao việc gì cho cuộc thi lần thứ II?",
  [(D5, "xây dựng kế hoạch bồi dưỡng giáo viên hướng dẫn, bảo đảm mỗi huyện có ít nhất 08 đội dự vòng sơ khảo")],
  ["bồi dưỡng giáo viên hướng dẫn", "08 đội"], a=["Phòng GD&ĐT các huyện Pà Lùng, Phiêng Sa và Đồng Bông"])
q("bc_khen", "no-diacritics", "so gd dt tang giay khen cho bao nhieu tap the va ca nhan sau cuoc thi robot",
  [(D5, "Sở GD&ĐT đã tặng Giấy khen cho 05 tập thể và 14 cá nhân")], ["05 tập thể", "14 cá nhân"])
# unanswerable near-misses on mr05
q("u_bc_lan2doi", "unanswerable", "Cuộc thi robot lần thứ II năm học 2025-2026 có bao nhiêu đội tham gia vòng sơ khảo?")
q("u_bc_kimdai", "unanswerable", "Trường THCS Kim Đài đạt giải gì ở vòng chung kết cuộc thi robot?")
q("u_bc_dongbong", "unanswerable", "huyen dong bong co bao nhieu doi vao vong ban ket")
q("u_bc_diembk", "unanswerable", "Ở vòng bán kết, đội THCS Lạc Trung được bao nhiêu điểm?")
q("u_bc_bangkhen_tien", "unanswerable", "Bằng khen của Chủ tịch UBND tỉnh cho đội giải Nhất kèm theo bao nhiêu tiền thưởng?")
q("u_bc_halang", "unanswerable", "BC tổng kết vòng sơ khảo của Phòng GD&ĐT huyện Hà Lãng số mấy, ngày nào?")
q("u_bc_qd191", "unanswerable", "QĐ 191/QĐ-SGDĐT thành lập Ban Tổ chức gồm bao nhiêu thành viên?")
q("u_bc_2026", "unanswerable", "Vòng chung kết cuộc thi robot năm 2026 tổ chức ở đâu?")

# ----------------------------------------------------------------- corpus-wide
q("cp_tinhdoan", "corpus", "Những văn bản nào giao nhiệm vụ cho Tỉnh đoàn Ngọc Sơn Hạ, giao việc gì?",
  [(D1, "Đề nghị Tỉnh đoàn Ngọc Sơn Hạ chỉ đạo Hội đồng Đội tỉnh phối hợp với Sở Giáo dục và Đào tạo"),
   (D2, "Đề nghị Tỉnh đoàn Ngọc Sơn Hạ cử 20 tình nguyện viên hỗ trợ vòng chung kết")],
  ["Hội đồng Đội tỉnh", "20 tình nguyện viên"], a=["Tỉnh đoàn Ngọc Sơn Hạ"])
q("cp_tnv", "corpus", "Kế hoạch dự kiến bao nhiêu tình nguyện viên cho chung kết, thực tế Tỉnh đoàn đã cử bao nhiêu?",
  [(D2, "cử 20 tình nguyện viên hỗ trợ vòng chung kết"), (D5, "Tỉnh đoàn Ngọc Sơn Hạ cử 24 tình nguyện viên hỗ trợ")],
  ["20 tình nguyện viên", "24 tình nguyện viên"])
q("cp_khcn", "corpus", "Sở Khoa học và Công nghệ tham gia cuộc thi robot như thế nào qua các văn bản?",
  [(D1, "cử chuyên gia tham gia Ban Giám khảo Cuộc thi Robot sáng tạo học sinh THCS cấp tỉnh"),
   (D2, "Nguồn sự nghiệp khoa học và công nghệ do Sở Khoa học và Công nghệ hỗ trợ: 40.000.000 đồng"),
   (D5, "Sở Khoa học và Công nghệ cử 03 chuyên gia tham gia Ban Giám khảo")],
  ["40.000.000 đồng", "03 chuyên gia"])
q("cp_215", "corpus", "Những văn bản nào căn cứ hoặc thực hiện Kế hoạch số 215/KH-SGDĐT?",
  [(D3, "Căn cứ Kế hoạch số 215/KH-SGDĐT ngày 10/02/2025 của Sở Giáo dục và Đào tạo"),
   (D4, "Thực hiện Kế hoạch số 215/KH-SGDĐT ngày 10/02/2025 của Sở Giáo dục và Đào tạo"),
   (D5, "Kế hoạch số 215/KH-SGDĐT ngày 10/02/2025 của Sở Giáo dục và Đào tạo, Sở Giáo dục và Đào tạo (GD&ĐT) báo cáo")],
  ["186/QĐ-SGDĐT", "112/PGDĐT-THCS", "402/BC-SGDĐT"])
q("cp_miennui", "corpus", "Tình hình hai huyện Pà Lùng và Phiêng Sa trước và sau cuộc thi thay đổi ra sao?",
  [(D1, "02 huyện miền núi Pà Lùng và Phiêng Sa chưa có trường THCS nào thành lập CLB STEM - Robot"),
   (D5, "Huyện Pà Lùng và huyện Phiêng Sa lần đầu có đội dự thi, lần lượt là 05 đội và 06 đội")],
  ["chưa có trường THCS nào", "05 đội và 06 đội"])
q("cp_phungan", "corpus", "nhung van ban nao nhac den truong thcs phu ngan va noi gi",
  [(D2, "Cụm số 2: tại Trường THCS Phù Ngạn, huyện Quỳnh Sa"),
   (D4, "thi vòng bán kết tại Cụm số 2 (Trường THCS Phù Ngạn, huyện Quỳnh Sa)"),
   (D5, "03 giải Ba: Trường THCS Phù Ngạn (huyện Quỳnh Sa)")],
  ["Cụm số 2", "giải Ba"])
q("cp_gdtrh", "corpus", "Phòng Giáo dục Trung học của Sở được giao những việc gì trong KH 215 và BC 402?",
  [(D2, "Là đơn vị thường trực của Ban Tổ chức; tham mưu Giám đốc Sở ban hành Thể lệ"),
   (D5, "giao Phòng Giáo dục Trung học chủ trì xây dựng kế hoạch, trình Giám đốc Sở trước ngày 30/9/2025")],
  ["đơn vị thường trực", "30/9/2025"], a=["Phòng Giáo dục Trung học"])
q("cp_tiengiai", "corpus", "Tổng tiền thưởng cuộc thi robot theo kế hoạch và thể lệ là bao nhiêu, thực tế đã chi thưởng bao nhiêu?",
  [(D2, "tổng giá trị tiền thưởng là 49.000.000 đồng"), (D5, "trong đó tiền thưởng 49.000.000 đồng")],
  ["49.000.000 đồng"])


# ============================================================== who_what
WW = [
    {"id": "wmr01", "directive": "CT 03/CT-UBND", "source": D1,
     "actors": [
         {"name": "Sở Giáo dục và Đào tạo", "role": "thường trực", "deadline": "trước ngày 15/02/2025",
          "task_quote": "chủ trì xây dựng và ban hành kế hoạch tổ chức Cuộc thi Robot sáng tạo học sinh trung học cơ sở tỉnh Ngọc Sơn Hạ lần thứ I"},
         {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": "trước ngày 31/8/2025",
          "task_quote": "biên soạn tài liệu sinh hoạt CLB gồm 35 chủ đề, phát hành đến các trường trước ngày 31/8/2025"},
         {"name": "Trường Cao đẳng Công nghệ Ngọc Sơn Hạ", "role": "phối hợp", "deadline": "trong năm 2025",
          "task_quote": "Phối hợp với Trường Cao đẳng Công nghệ Ngọc Sơn Hạ tổ chức bồi dưỡng về giáo dục STEM và lập trình robot cho 300 giáo viên cốt cán"},
         {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": None,
          "task_quote": "Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Giáo dục và Đào tạo lồng ghép nội dung hỗ trợ phong trào STEM - Robot"},
         {"name": "Sở Tài chính", "role": "chủ trì", "deadline": None,
          "task_quote": "Sở Tài chính chủ trì, phối hợp với Sở Giáo dục và Đào tạo thẩm định dự toán kinh phí tổ chức Cuộc thi lần thứ I"},
         {"name": "Ủy ban nhân dân các huyện, thị xã, thành phố", "role": None, "deadline": None,
          "task_quote": "Bố trí kinh phí tối thiểu 30.000.000 đồng mỗi năm cho hoạt động STEM - Robot của cấp huyện"},
         {"name": "Phòng Giáo dục và Đào tạo", "role": None, "deadline": "trước ngày 31/3/2025",
          "task_quote": "Phòng Giáo dục và Đào tạo có trách nhiệm hướng dẫn các trường THCS chưa có CLB hoàn thành việc thành lập trước ngày 31/3/2025"},
         {"name": "Ủy ban nhân dân huyện Pà Lùng", "role": None, "deadline": "trong năm học 2024 - 2025",
          "task_quote": "bảo đảm mỗi huyện có ít nhất 03 trường THCS thành lập CLB STEM - Robot trong năm học 2024 - 2025"},
         {"name": "Ủy ban nhân dân huyện Phiêng Sa", "role": None, "deadline": "trong năm học 2024 - 2025",
          "task_quote": "bảo đảm mỗi huyện có ít nhất 03 trường THCS thành lập CLB STEM - Robot trong năm học 2024 - 2025"},
         {"name": "Báo Ngọc Sơn Hạ", "role": "phối hợp", "deadline": "định kỳ hằng tháng",
          "task_quote": "mở chuyên mục \"Robot học đường\" phát sóng định kỳ hằng tháng"},
         {"name": "Đài Phát thanh và Truyền hình tỉnh", "role": "phối hợp", "deadline": "định kỳ hằng tháng",
          "task_quote": "mở chuyên mục \"Robot học đường\" phát sóng định kỳ hằng tháng"},
         {"name": "Tỉnh đoàn Ngọc Sơn Hạ", "role": None, "deadline": None,
          "task_quote": "chỉ đạo Hội đồng Đội tỉnh phối hợp với Sở Giáo dục và Đào tạo tổ chức các hoạt động trải nghiệm STEM trong dịp hè"},
         {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "role": None, "deadline": None,
          "task_quote": "Vận động doanh nghiệp, nhà hảo tâm ủng hộ thiết bị, kinh phí cho các CLB STEM - Robot"},
         {"name": "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "role": None, "deadline": None,
          "task_quote": "giới thiệu chuyên gia, nhà khoa học làm cố vấn cho các CLB"},
         {"name": "Hội Khuyến học tỉnh", "role": None, "deadline": None,
          "task_quote": "Hội Khuyến học tỉnh trao học bổng \"Ươm mầm khoa học\" cho học sinh có thành tích trong hoạt động STEM"},
     ],
     "groups": [
         {"name": "02 huyện miền núi", "members": ["Pà Lùng", "Phiêng Sa"]},
     ],
     "intruders": ["Lưu Quang Thịnh", "Bộ Giáo dục và Đào tạo (b/c)", "Thường trực Tỉnh ủy (b/c)",
                   "Cổng Thông tin điện tử tỉnh", "Lưu: VT, KGVX"]},
    {"id": "wmr02", "directive": "KH 215/KH-SGDĐT", "source": D2,
     "actors": [
         {"name": "Phòng Giáo dục Trung học", "role": "thường trực", "deadline": None,
          "task_quote": "Là đơn vị thường trực của Ban Tổ chức; tham mưu Giám đốc Sở ban hành Thể lệ"},
         {"name": "Phòng Giáo dục Trung học", "role": "chủ trì", "deadline": "Trước ngày 25/02/2025",
          "task_quote": "Ban hành Thể lệ Cuộc thi; quyết định thành lập Ban Tổ chức, Ban Giám khảo | Phòng Giáo dục Trung học"},
         {"name": "Văn phòng Sở", "role": "phối hợp", "deadline": "Trước ngày 25/02/2025",
          "task_quote": "Phòng Giáo dục Trung học | Văn phòng Sở | Trước ngày 25/02/2025"},
         {"name": "Trường Cao đẳng Công nghệ Ngọc Sơn Hạ", "role": "phối hợp", "deadline": "Ngày 01/3/2025",
          "task_quote": "Tập huấn trực tuyến Thể lệ Cuộc thi cho giáo viên hướng dẫn | Phòng Giáo dục Trung học | Trường Cao đẳng Công nghệ Ngọc Sơn Hạ"},
         {"name": "Phòng GD&ĐT các huyện, thị xã, thành phố", "role": "chủ trì", "deadline": "Trước ngày 04/4/2025",
          "task_quote": "Tổ chức vòng sơ khảo; gửi danh sách đội dự vòng bán kết về Sở | Phòng GD&ĐT các huyện, thị xã, thành phố"},
         {"name": "Các trường THCS", "role": "phối hợp", "deadline": "Trước ngày 04/4/2025",
          "task_quote": "Phòng GD&ĐT các huyện, thị xã, thành phố | Các trường THCS | Trước ngày 04/4/2025"},
         {"name": "Ban Giám khảo", "role": "chủ trì", "deadline": "Trước ngày 10/4/2025",
          "task_quote": "Thiết kế, thi công 04 sa bàn thi; xây dựng bộ nhiệm vụ thi | Ban Giám khảo"},
         {"name": "Sở Khoa học và Công nghệ", "role": "phối hợp", "deadline": "Trước ngày 10/4/2025",
          "task_quote": "Ban Giám khảo | Sở Khoa học và Công nghệ | Trước ngày 10/4/2025"},
         {"name": "Trường THCS Vân Nham", "role": "phối hợp", "deadline": "Ngày 19/4/2025",
          "task_quote": "Tổ chức vòng bán kết tại 02 cụm | Phòng Giáo dục Trung học | Trường THCS Vân Nham; Trường THCS Phù Ngạn | Ngày 19/4/2025"},
         {"name": "Trường THCS Phù Ngạn", "role": "phối hợp", "deadline": "Ngày 19/4/2025",
          "task_quote": "Trường THCS Vân Nham và Trường THCS Phù Ngạn chuẩn bị địa điểm, điện, bàn thi và khu vực chờ"},
         {"name": "Ban Tổ chức Cuộc thi", "role": "chủ trì", "deadline": "Ngày 17 - 18/5/2025",
          "task_quote": "Tổ chức vòng chung kết, lễ tổng kết và trao giải | Ban Tổ chức Cuộc thi"},
         {"name": "Tỉnh đoàn Ngọc Sơn Hạ", "role": "phối hợp", "deadline": "Ngày 17 - 18/5/2025",
          "task_quote": "Đề nghị Tỉnh đoàn Ngọc Sơn Hạ cử 20 tình nguyện viên hỗ trợ vòng chung kết"},
         {"name": "Nhà Văn hóa Thiếu nhi tỉnh", "role": "phối hợp", "deadline": "Ngày 17 - 18/5/2025",
          "task_quote": "Nhà Văn hóa Thiếu nhi tỉnh phối hợp Văn phòng Sở chuẩn bị hội trường, sân khấu, âm thanh, ánh sáng"},
         {"name": "Văn phòng Sở", "role": "chủ trì", "deadline": "Trong suốt thời gian Cuộc thi",
          "task_quote": "Tuyên truyền, đưa tin về Cuộc thi | Văn phòng Sở"},
         {"name": "Báo Ngọc Sơn Hạ", "role": "phối hợp", "deadline": "Trong suốt thời gian Cuộc thi",
          "task_quote": "Văn phòng Sở | Báo Ngọc Sơn Hạ; Đài Phát thanh và Truyền hình tỉnh"},
         {"name": "Đài Phát thanh và Truyền hình tỉnh", "role": "phối hợp", "deadline": "Trong suốt thời gian Cuộc thi",
          "task_quote": "Văn phòng Sở | Báo Ngọc Sơn Hạ; Đài Phát thanh và Truyền hình tỉnh"},
         {"name": "Phòng Giáo dục Trung học", "role": "chủ trì", "deadline": "Trước ngày 15/6/2025",
          "task_quote": "Báo cáo tổng kết Cuộc thi gửi UBND tỉnh | Phòng Giáo dục Trung học"},
         {"name": "Phòng Kế hoạch - Tài chính", "role": "chủ trì", "deadline": "Trước ngày 30/6/2025",
          "task_quote": "Thanh toán, quyết toán kinh phí | Phòng Kế hoạch - Tài chính"},
         {"name": "Phòng Kế hoạch - Tài chính", "role": None, "deadline": "trước ngày 20/02/2025",
          "task_quote": "Lập dự toán chi tiết, trình Sở Tài chính thẩm định trước ngày 20/02/2025"},
         {"name": "Các trường THCS", "role": None, "deadline": None,
          "task_quote": "Thành lập CLB STEM - Robot, chọn và bồi dưỡng đội dự thi"},
     ],
     "groups": [
         {"name": "Cụm số 1", "members": ["thành phố Hạc Linh", "thị xã Kim Đài", "huyện Liễu Thượng", "huyện Pà Lùng"]},
     ],
     "intruders": ["Khổng Minh Tuệ", "Bộ GD&ĐT (b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, GDTrH",
                   "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]},
    {"id": "wmr03", "directive": "QĐ 186/QĐ-SGDĐT", "source": D3,
     "actors": [
         {"name": "Phòng GD&ĐT cấp huyện", "role": None, "deadline": "đến ngày 28/3/2025",
          "task_quote": "Vòng sơ khảo do Phòng GD&ĐT cấp huyện tổ chức từ ngày 10/3/2025 đến ngày 28/3/2025"},
         {"name": "Phòng GD&ĐT cấp huyện", "role": None, "deadline": "trước ngày 04/4/2025",
          "task_quote": "Phòng GD&ĐT cấp huyện đăng ký danh sách đội dự vòng bán kết trên hệ thống trực tuyến"},
         {"name": "Phòng Giáo dục Trung học", "role": "thường trực", "deadline": None,
          "task_quote": "Phòng Giáo dục Trung học là bộ phận thường trực của Ban Tổ chức"},
         {"name": "Ban Giám khảo", "role": None, "deadline": None,
          "task_quote": "Ban Giám khảo công bố 01 nhiệm vụ bí mật trước giờ thi 60 phút"},
         {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": None,
          "task_quote": "Ban Giám khảo vòng bán kết và vòng chung kết gồm chuyên gia của Sở Khoa học và Công nghệ"},
         {"name": "Trưởng phòng GD&ĐT cấp huyện", "role": None, "deadline": None,
          "task_quote": "Ban Giám khảo vòng sơ khảo do Trưởng phòng GD&ĐT cấp huyện quyết định thành lập"},
         {"name": "Các đội vào vòng chung kết", "role": None, "deadline": "trước ngày 09/5/2025",
          "task_quote": "Các đội vào vòng chung kết nộp hồ sơ kỹ thuật (bản điện tử) cho Ban Tổ chức trước ngày 09/5/2025"},
         {"name": "Trưởng Ban Tổ chức", "role": None, "deadline": None,
          "task_quote": "Quyết định giải quyết khiếu nại của Trưởng Ban Tổ chức là quyết định cuối cùng"},
         {"name": "Hiệu trưởng các trường THCS", "role": None, "deadline": None,
          "task_quote": "Hiệu trưởng các trường THCS và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này"},
     ],
     "groups": [
         {"name": "Ban Tổ chức", "members": ["Khổng Minh Tuệ", "Âu Thị Thanh Trà", "Phòng Giáo dục Trung học"]},
         {"name": "Ban Giám khảo vòng bán kết và vòng chung kết",
          "members": ["Sở Khoa học và Công nghệ", "Trường Cao đẳng Công nghệ Ngọc Sơn Hạ", "Doãn Quốc Bảo"]},
     ],
     "intruders": ["Đàm Thị Nguyệt Ánh", "UBND tỉnh (b/c)", "Lưu: VT, GDTrH", "Độc lập - Tự do - Hạnh phúc",
                   "Số: 186/QĐ-SGDĐT"]},
    {"id": "wmr04", "directive": "CV 112/PGDĐT-THCS", "source": D4,
     "actors": [
         {"name": "Các trường chưa thành lập câu lạc bộ STEM - Robot", "role": None, "deadline": "trước ngày 31/3/2025",
          "task_quote": "khẩn trương hoàn thành việc thành lập trước ngày 31/3/2025 và báo cáo về Phòng"},
         {"name": "Trường THCS Lạc Trung", "role": None, "deadline": None,
          "task_quote": "Trường THCS Lạc Trung (đơn vị đăng cai) chuẩn bị phòng thi, nguồn điện, khu vực chờ cho các đội"},
         {"name": "Trường THCS Bích Hòa", "role": "phối hợp", "deadline": "trước ngày 20/3/2025",
          "task_quote": "Trường THCS Bích Hòa phối hợp Trường THCS Lạc Trung lắp đặt, chạy thử 02 sa bàn thi"},
         {"name": "Bộ phận chuyên môn THCS", "role": "chủ trì", "deadline": "trước ngày 25/3/2025",
          "task_quote": "Bộ phận chuyên môn THCS của Phòng chủ trì tổng hợp kết quả, trình Trưởng phòng ký quyết định công nhận kết quả"},
         {"name": "Bộ phận chuyên môn THCS", "role": None, "deadline": "trước ngày 04/4/2025",
          "task_quote": "gửi danh sách 04 đội dự vòng bán kết về Sở GD&ĐT trước ngày 04/4/2025"},
         {"name": "Trung tâm Văn hóa - Thể thao và Truyền thông huyện", "role": "phối hợp", "deadline": None,
          "task_quote": "có trách nhiệm hỗ trợ âm thanh, phông nền và đưa tin về vòng sơ khảo trên hệ thống truyền thanh huyện"},
         {"name": "Ban Giám khảo", "role": None, "deadline": None,
          "task_quote": "Ban Giám khảo chọn 04 đội có điểm cao nhất đại diện huyện dự vòng bán kết cấp tỉnh"},
         {"name": "Hiệu trưởng các trường có đội dự thi", "role": None, "deadline": None,
          "task_quote": "chịu trách nhiệm bảo đảm an toàn cho học sinh trong quá trình di chuyển, luyện tập và dự thi"},
     ],
     "groups": [
         {"name": "Ban Giám khảo gồm 05 thành viên",
          "members": ["Lục Văn Sâm", "Trường THCS Bích Hòa", "Trường THCS Hòa Xuyên", "Trường THCS thị trấn Hà Lãng"]},
     ],
     "intruders": ["Ninh Văn Tường", "Sở GD&ĐT (b/c)", "UBND huyện (b/c)", "Lãnh đạo Phòng", "Lưu: VT, THCS"]},
    {"id": "wmr05", "directive": "BC 402/BC-SGDĐT", "source": D5,
     "actors": [
         {"name": "Phòng Giáo dục Trung học", "role": "chủ trì", "deadline": "trước ngày 30/9/2025",
          "task_quote": "giao Phòng Giáo dục Trung học chủ trì xây dựng kế hoạch, trình Giám đốc Sở trước ngày 30/9/2025"},
         {"name": "Phòng Kế hoạch - Tài chính", "role": None, "deadline": "trong quý III/2025",
          "task_quote": "Phòng Kế hoạch - Tài chính phối hợp Phòng Giáo dục Trung học lập dự toán kinh phí Cuộc thi lần thứ II"},
         {"name": "Phòng Giáo dục Trung học", "role": "phối hợp", "deadline": "trong quý III/2025",
          "task_quote": "phối hợp Phòng Giáo dục Trung học lập dự toán kinh phí Cuộc thi lần thứ II, hoàn thành trong quý III/2025"},
         {"name": "Phòng GD&ĐT các huyện Pà Lùng, Phiêng Sa và Đồng Bông", "role": None, "deadline": None,
          "task_quote": "xây dựng kế hoạch bồi dưỡng giáo viên hướng dẫn, bảo đảm mỗi huyện có ít nhất 08 đội dự vòng sơ khảo"},
         {"name": "Ủy ban nhân dân tỉnh", "role": None, "deadline": None,
          "task_quote": "Đề nghị Ủy ban nhân dân tỉnh chỉ đạo Sở Tài chính tham mưu bố trí 1,2 tỷ đồng năm 2026"},
         {"name": "Sở Tài chính", "role": None, "deadline": None,
          "task_quote": "Sở Tài chính tham mưu bố trí 1,2 tỷ đồng năm 2026 theo Chỉ thị số 03/CT-UBND"},
         {"name": "Chủ tịch Ủy ban nhân dân tỉnh", "role": None, "deadline": None,
          "task_quote": "Đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Bằng khen cho đội đạt giải Nhất"},
         {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": None,
          "task_quote": "Đề nghị Sở Khoa học và Công nghệ tiếp tục hỗ trợ chuyên gia và kinh phí cho Cuộc thi lần thứ II"},
     ],
     "groups": [
         {"name": "Phòng GD&ĐT các huyện Pà Lùng, Phiêng Sa và Đồng Bông",
          "members": ["Pà Lùng", "Phiêng Sa", "Đồng Bông"]},
         {"name": "đội Trường THCS Lạc Trung", "members": ["Vũ Minh Khôi", "Lê Khả Tùng", "Nông Bảo Trâm"]},
     ],
     "intruders": ["Khổng Minh Tuệ", "Bộ GD&ĐT (b/c)", "Giám đốc, các PGĐ Sở", "Lưu: VT, GDTrH",
                   "Ngọc Sơn Hạ, ngày 06 tháng 6 năm 2025"]},
]


def nfc(x):
    if isinstance(x, str):
        return unicodedata.normalize("NFC", x)
    if isinstance(x, list):
        return [nfc(i) for i in x]
    if isinstance(x, dict):
        return {k: nfc(v) for k, v in x.items()}
    return x


def main():
    keys = {}
    out = []
    for i, e in enumerate(Q, 1):
        qid = f"mr{i:03d}"
        if e["key"] in keys:
            raise SystemExit(f"duplicate key {e['key']}")
        keys[e["key"]] = e["text"]
        ans = bool(e["ev"])
        row = {"id": qid, "question": e["text"], "answerable": ans, "kind": e["kind"],
               "evidence": [{"source": s, "quote": qt} for s, qt in e["ev"]], "keywords": e["kw"]}
        if e["h"]:
            row["history"] = [keys[k] for k in e["h"]]
        if e["a"]:
            row["actors"] = e["a"]
        out.append(nfc(row))
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for r in WW:
            f.write(json.dumps(nfc(r), ensure_ascii=False) + "\n")
    print(f"wrote {len(out)} questions, {len(WW)} who-what lines")


if __name__ == "__main__":
    main()
