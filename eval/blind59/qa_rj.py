#!/usr/bin/env python3
"""Writes questions.jsonl and who_what.jsonl for eval set blind59 (all text invented)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "rj01_kh_cuocthi_khkt.docx"
D2 = "rj02_tb_tuyensinh_dh.pdf"
D3 = "rj03_cv_thi_hsg_huyen.txt"
D4 = "rj04_bc_khuyenhoc.md"
D5 = "rj05_totrinh_stem_thpt.txt"

QS = []


def q(tag, question, kind, ev=(), kw=(), actors=None, fu=None, ans=True):
    d = {"id": None, "question": question, "answerable": ans, "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in ev], "keywords": list(kw)}
    if fu is not None:
        d["history"] = [TAGS[fu]["question"]]
    if actors:
        d["actors"] = actors
    QS.append(d)
    TAGS[tag] = d


def u(tag, question, kind="unanswerable", fu=None):
    q(tag, question, kind, ans=False, fu=fu)


TAGS = {}

# ---------------- rj01: KH 1846/KH-SGDĐT (Sở GD&ĐT)
q("a1", "Vòng chung khảo cuộc thi KHKT cấp tỉnh năm học 2025-2026 tổ chức ở đâu, ngày nào?", "abbreviation",
  [(D1, "Vòng chung khảo và Ngày hội STEM: ngày 14 và 15/01/2026 tại Nhà thi đấu đa năng, cơ sở 2 Trường Đại học Phù Mỹ Đông")],
  ["14 và 15/01/2026", "Nhà thi đấu đa năng"])
q("a2", "Thế còn lễ trao giải thì mấy giờ?", "follow-up",
  [(D1, "Lễ tổng kết, trao giải: 8h00 ngày 16/01/2026 tại Hội trường A")], ["8h00", "16/01/2026"], fu="a1")
q("a3", "Giải nhất cuộc thi khoa học kỹ thuật cấp tỉnh được thưởng bao nhiêu tiền?", "factoid",
  [(D1, "Mức thưởng cho mỗi dự án: giải Nhất 5.000.000 đồng")], ["5.000.000 đồng"])
u("a4", "Giải đặc biệt của cuộc thi KHKT cấp tỉnh được thưởng bao nhiêu?")
q("a5", "con giai khuyen khich thi sao", "follow-up",
  [(D1, "giải Khuyến khích 1.000.000 đồng")], ["1.000.000 đồng"], fu="a3")
q("a6", "Tổng kinh phí tổ chức cuộc thi KHKT và Ngày hội STEM là bao nhiêu, ngân sách cấp bao nhiêu?", "factoid",
  [(D1, "Tổng kinh phí dự kiến là 486.500.000 đồng"),
   (D1, "ngân sách sự nghiệp giáo dục năm 2026 giao Sở là 426.500.000 đồng")],
  ["486.500.000 đồng", "426.500.000 đồng"])
u("a7", "kinh phi cuoc thi khkt cap tinh nam hoc 2024-2025 la bao nhieu")
q("a8", "Sở KH&CN phải làm gì theo KH 1846?", "who-what",
  [(D1, "Đề nghị Sở Khoa học và Công nghệ (KH&CN) cử 06 chuyên gia tham gia Ban Giám khảo vòng chung khảo")],
  ["06 chuyên gia"], actors=["Sở Khoa học và Công nghệ"])
q("a9", "Phòng Giáo dục Trung học của Sở được giao những việc gì trong kế hoạch cuộc thi KHKT, hạn khi nào?", "who-what",
  [(D1, "Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở và Phòng Kế hoạch - Tài chính tham mưu thành lập Ban Tổ chức, Ban Giám khảo"),
   (D1, "xây dựng thể lệ chi tiết và hướng dẫn đăng ký trước ngày 30/9/2025")],
  ["Ban Tổ chức", "30/9/2025"], actors=["Phòng Giáo dục Trung học"])
q("a10", "Còn Trung tâm CNTT và Truyền thông giáo dục?", "follow-up",
  [(D1, "vận hành Hệ thống quản lý cuộc thi trực tuyến, bảo đảm đường truyền tại địa điểm thi")],
  ["Hệ thống quản lý cuộc thi trực tuyến"], actors=["Trung tâm Công nghệ thông tin và Truyền thông giáo dục"], fu="a9")
q("a11", "han nop ho so du thi KHKT cap tinh la khi nao", "no-diacritics",
  [(D1, "nộp hồ sơ trên Hệ thống quản lý cuộc thi trực tuyến của Sở trước 17h00 ngày 26/12/2025")],
  ["26/12/2025"])
q("a12", "Mỗi trường THPT được đăng ký tối đa mấy dự án lên tỉnh?", "factoid",
  [(D1, "mỗi trường THPT đăng ký tối đa 04 dự án")], ["04 dự án"])
q("a13", "Còn mỗi huyện thì chọn tối đa bao nhiêu?", "follow-up",
  [(D1, "mỗi huyện, thị xã, thành phố chọn tối đa 08 dự án dự thi cấp tỉnh")], ["08 dự án"], fu="a12")
q("a14", "Cuộc thi khoa học kỹ thuật có bao nhiêu lĩnh vực, gồm những lĩnh vực nào?", "list",
  [(D1, "Dự án thuộc một trong 12 lĩnh vực: Khoa học động vật; Khoa học xã hội và hành vi; Hóa sinh; Y sinh và khoa học sức khỏe")],
  ["12 lĩnh vực", "Hóa sinh"])
q("a15", "Kế hoạch tổ chức cuộc thi KHKT và Ngày hội STEM do ai ký, ban hành ngày nào?", "metadata",
  [(D1, "PHÓ GIÁM ĐỐC (đã ký) Phạm Quang Lực"), (D1, "Phù Đông, ngày 12 tháng 9 năm 2025")],
  ["Phạm Quang Lực", "12 tháng 9 năm 2025"])
q("a16", "Số hiệu kế hoạch của Sở GD&ĐT về cuộc thi khoa học kỹ thuật năm học 2025-2026 là gì?", "metadata",
  [(D1, "SỞ GIÁO DỤC VÀ ĐÀO TẠO Số: 1846/KH-SGDĐT")], ["1846/KH-SGDĐT"])
q("a17", "Muốn hỏi về cuộc thi KHKT thì liên hệ ai ở Sở?", "factoid",
  [(D1, "bà Nguyễn Thị Hạnh Dung, Phó Trưởng phòng Giáo dục Trung học, điện thoại 0915 246 318")],
  ["Nguyễn Thị Hạnh Dung", "0915 246 318"])
u("a18", "Số điện thoại của Văn phòng Sở GD&ĐT Phù Mỹ Đông để hỏi về Ngày hội STEM là bao nhiêu?")
q("a19", "Hội Khuyến học tỉnh phải làm gì trong cuộc thi khoa học kỹ thuật?", "who-what",
  [(D1, "Đề nghị Hội Khuyến học tỉnh vận động nguồn xã hội hóa và trao học bổng \"Ươm mầm sáng tạo\" cho 20 học sinh")],
  ["Ươm mầm sáng tạo", "20 học sinh"], actors=["Hội Khuyến học tỉnh"])
q("a20", "truong dai hoc Phu My Dong phai lam gi theo KH 1846", "who-what",
  [(D1, "Đề nghị Trường Đại học Phù Mỹ Đông bố trí địa điểm, phòng thí nghiệm và sinh viên tình nguyện")],
  ["sinh viên tình nguyện"], actors=["Trường Đại học Phù Mỹ Đông"])
u("a22", "Ngày hội STEM năm học 2025-2026 có bao nhiêu robot tham gia trình diễn?")
q("a24", "Sở GD&ĐT chọn tối đa mấy dự án đi thi quốc gia?", "abbreviation",
  [(D1, "Sở chọn tối đa 06 dự án tiêu biểu đại diện tỉnh Phù Mỹ Đông tham dự cuộc thi cấp quốc gia")],
  ["06 dự án"])
q("a25", "Các phòng giáo dục huyện và trường THPT phải làm gì theo kế hoạch 1846, hạn báo cáo khi nào?", "who-what",
  [(D1, "có trách nhiệm phổ biến kế hoạch đến giáo viên, học sinh; tổ chức vòng cấp trường, cấp huyện"),
   (D1, "gửi báo cáo kết quả về Sở (qua Phòng Giáo dục Trung học) trước ngày 31/01/2026")],
  ["31/01/2026"], actors=["Các phòng Giáo dục và Đào tạo", "các trường THPT"])
q("a26", "KH 1846 căn cứ vào những văn bản nào của tỉnh và của Sở?", "metadata",
  [(D1, "Căn cứ Kế hoạch số 97/KH-UBND ngày 18/4/2025 của UBND tỉnh Phù Mỹ Đông"),
   (D1, "Căn cứ Hướng dẫn số 1502/SGDĐT-GDTrH ngày 20/8/2025")],
  ["97/KH-UBND", "1502/SGDĐT-GDTrH"])
u("a27", "QĐ thành lập Ban Giám khảo cuộc thi KHKT cấp tỉnh số mấy, ngày nào?")
u("a28", "Ngày hội STEM cấp tỉnh năm học 2024-2025 tổ chức ở trường nào?")

# ---------------- rj02: TB 215/TB-ĐHPMĐ (Trường Đại học)
q("b1", "dh phu my dong tuyen bao nhieu chi tieu nam 2026", "no-diacritics",
  [(D2, "Tổng chỉ tiêu năm 2026 là 1.240 sinh viên cho 9 ngành")], ["1.240"])
q("b2", "Riêng ngành CNTT bao nhiêu?", "follow-up",
  [(D2, "7480201 Công nghệ thông tin 300 A00, A01, D01")], ["300"], fu="b1")
u("b3", "Ngành Sư phạm Ngữ văn của Trường Đại học Phù Mỹ Đông tuyển bao nhiêu chỉ tiêu năm 2026?")
q("b4", "Xét học bạ vào Đại học Phù Mỹ Đông cần điểm tối thiểu bao nhiêu?", "factoid",
  [(D2, "điểm trung bình cả năm lớp 12 của 3 môn trong tổ hợp đạt từ 18,0 điểm trở lên")], ["18,0"])
q("b5", "Còn các ngành sư phạm thì yêu cầu gì?", "follow-up",
  [(D2, "riêng các ngành sư phạm yêu cầu học lực lớp 12 xếp loại Giỏi hoặc điểm xét tốt nghiệp THPT từ 8,0 trở lên")],
  ["Giỏi", "8,0"], fu="b4")
q("b6", "han dang ky xet hoc ba dh phu my dong den khi nao", "no-diacritics",
  [(D2, "từ ngày 02/3/2026 đến 17h00 ngày 30/5/2026")], ["30/5/2026"])
q("b7", "Học sinh có giải cuộc thi KHKT cấp tỉnh được cộng mấy điểm khi xét vào ĐH Phù Mỹ Đông?", "abbreviation",
  [(D2, "được cộng 1,5 điểm ưu tiên khi xét tuyển vào các ngành Công nghệ thông tin, Khoa học dữ liệu")],
  ["1,5 điểm"])
u("b8", "Học phí năm học 2027-2028 ngành Công nghệ thông tin của Trường Đại học Phù Mỹ Đông là bao nhiêu?")
q("b9", "Học phí dự kiến ngành Quản trị kinh doanh là bao nhiêu một năm?", "factoid",
  [(D2, "12.800.000 đồng/sinh viên/năm đối với ngành Quản trị kinh doanh")], ["12.800.000"])
q("b10", "Học bổng Tài năng số có mấy suất, mỗi suất bao nhiêu tiền?", "factoid",
  [(D2, "Trường dành 30 suất học bổng \"Tài năng số\""), (D2, "mỗi suất 12.000.000 đồng/năm, duy trì trong 4 năm")],
  ["30 suất", "12.000.000"])
q("b11", "ky tuc xa dh phu my dong co bao nhieu cho, gia bao nhieu", "no-diacritics",
  [(D2, "Ký túc xá có 720 chỗ ở, ưu tiên sinh viên năm thứ nhất ở xa, giá 250.000 đồng/tháng")],
  ["720", "250.000"])
q("b12", "Thông báo tuyển sinh 2026 của ĐH Phù Mỹ Đông số mấy, ai ký?", "metadata",
  [(D2, "TRƯỜNG ĐẠI HỌC PHÙ MỸ ĐÔNG Số: 215/TB-ĐHPMĐ"), (D2, "PHÓ HIỆU TRƯỞNG (đã ký) Trương Thị Mai Lan")],
  ["215/TB-ĐHPMĐ", "Trương Thị Mai Lan"])
q("b13", "Cần hỏi tuyển sinh ĐH Phù Mỹ Đông thì gọi số nào?", "abbreviation",
  [(D2, "điện thoại 0256 3 846 118, đường dây nóng 0905 318 266 (ThS. Tạ Minh Trí)")],
  ["0256 3 846 118", "0905 318 266"])
q("b14", "Trung tâm Tuyển sinh và Truyền thông của trường đại học phải làm gì?", "who-what",
  [(D2, "tổ chức 12 buổi tư vấn trực tiếp tại các trường THPT trong tỉnh từ tháng 3 đến tháng 5/2026")],
  ["12 buổi tư vấn"], actors=["Trung tâm Tuyển sinh và Truyền thông"])
q("b15", "Phòng Công tác sinh viên lo việc gì trong tuyển sinh, hạn khi nào?", "who-what",
  [(D2, "Phòng Công tác sinh viên chuẩn bị chỗ ở ký túc xá, hồ sơ học bổng và miễn, giảm học phí cho tân sinh viên, hoàn thành trước ngày 15/8/2026")],
  ["15/8/2026"], actors=["Phòng Công tác sinh viên"])
q("b16", "Thế Phòng Đào tạo?", "follow-up",
  [(D2, "Phòng Đào tạo chủ trì tiếp nhận hồ sơ, phối hợp với Trung tâm Tuyển sinh và Truyền thông giải đáp thắc mắc của thí sinh")],
  ["tiếp nhận hồ sơ"], actors=["Phòng Đào tạo"], fu="b15")
q("b17", "Ngày hội trải nghiệm đại học tổ chức hôm nào?", "factoid",
  [(D2, "\"Ngày hội trải nghiệm đại học\" cho học sinh lớp 12 vào ngày 28/3/2026")], ["28/3/2026"])
u("b18", "Ngày hội trải nghiệm đại học năm 2026 dự kiến có bao nhiêu học sinh lớp 12 tham gia?")
q("b19", "Tân sinh viên nhập học ở đâu, từ ngày nào?", "factoid",
  [(D2, "Nhập học dự kiến: từ ngày 20/8/2026 đến ngày 25/8/2026 tại cơ sở 1 của Trường, số 36 đường Hòn Kẽm")],
  ["20/8/2026", "Hòn Kẽm"])
u("b20", "Điểm chuẩn ngành CNTT của ĐH Phù Mỹ Đông năm 2025 là bao nhiêu?")
u("b23", "Trường ĐH Phù Mỹ Đông tuyển hệ vừa làm vừa học năm 2026 bao nhiêu chỉ tiêu?")
u("b24", "Lệ phí xét tuyển theo phương thức 2 (điểm thi tốt nghiệp THPT) là bao nhiêu?")

# ---------------- rj03: CV 427/PGDĐT-THCS (Phòng Giáo dục huyện Sông Lụa)
q("c1", "thi hsg lop 9 huyen song lua ngay nao", "no-diacritics",
  [(D3, "thi ngày 22/11/2025 (thứ Bảy)")], ["22/11/2025"])
q("c2", "Mấy giờ thí sinh phải có mặt?", "follow-up",
  [(D3, "Thí sinh có mặt tại điểm thi lúc 6h45 để làm thủ tục dự thi")], ["6h45"], fu="c1")
q("c3", "Kỳ thi HSG lớp 9 huyện Sông Lụa thi những môn nào?", "list",
  [(D3, "Môn thi: Ngữ văn, Toán, Tiếng Anh, Vật lý, Hóa học, Sinh học, Lịch sử, Địa lý và Tin học (9 môn)")],
  ["9 môn", "Tin học"])
q("c4", "mon tin hoc thi o dau", "no-diacritics",
  [(D3, "riêng môn Tin học thi tại phòng máy của Trường THCS Đồng Sả")], ["Trường THCS Đồng Sả"])
q("c5", "Hạn gửi danh sách đăng ký thi học sinh giỏi lớp 9 huyện là ngày nào?", "factoid",
  [(D3, "qua e-mail thcs.songlua@phumydong.edu.vn trước ngày 31/10/2025")], ["31/10/2025"])
q("c6", "Mỗi trường được đăng ký mấy em một môn?", "follow-up",
  [(D3, "mỗi trường đăng ký tối đa 05 học sinh/môn")], ["05 học sinh/môn"], fu="c5")
q("c7", "Kỳ thi HSG lớp 9 huyện Sông Lụa có thu lệ phí không, kinh phí tổ chức bao nhiêu?", "factoid",
  [(D3, "không thu lệ phí dự thi"), (D3, "với tổng mức 68.400.000 đồng")], ["68.400.000 đồng"])
u("c8", "Học sinh đạt giải nhất HSG lớp 9 huyện Sông Lụa được thưởng bao nhiêu tiền?")
q("c9", "Vòng sơ khảo KHKT cấp huyện Sông Lụa tổ chức ở đâu, khi nào?", "abbreviation",
  [(D3, "Vòng sơ khảo cấp huyện tổ chức ngày 03/12/2025 tại Nhà văn hóa huyện Sông Lụa")],
  ["03/12/2025", "Nhà văn hóa huyện Sông Lụa"])
q("c10", "Mỗi dự án được trình bày bao lâu?", "follow-up",
  [(D3, "thời gian trình bày 10 phút, trả lời câu hỏi của giám khảo 05 phút")], ["10 phút"], fu="c9")
q("c11", "Công an thị trấn Sông Lụa được đề nghị làm gì trong kỳ thi?", "who-what",
  [(D3, "Đề nghị Công an thị trấn Sông Lụa và Trạm Y tế thị trấn Sông Lụa phối hợp bảo đảm an ninh, trật tự")],
  ["an ninh, trật tự"], actors=["Công an thị trấn Sông Lụa"])
q("c12", "hoi khuyen hoc huyen song lua phai lam gi theo cv 427", "who-what",
  [(D3, "Đề nghị Hội Khuyến học huyện Sông Lụa xem xét khen thưởng học sinh đạt giải Nhất, giải Nhì")],
  ["khen thưởng"], actors=["Hội Khuyến học huyện Sông Lụa"])
q("c13", "Hiệu trưởng Trường THCS Thị trấn Sông Lụa chịu trách nhiệm những gì trong kỳ thi?", "who-what",
  [(D3, "chịu trách nhiệm bố trí phòng thi, phòng máy, nhân viên bảo vệ, y tế phục vụ kỳ thi")],
  ["bố trí phòng thi"], actors=["Hiệu trưởng Trường THCS Thị trấn Sông Lụa"])
q("c14", "CV 427 của PGD&ĐT Sông Lụa ban hành ngày nào, ai ký?", "metadata",
  [(D3, "Sông Lụa, ngày 06 tháng 10 năm 2025"), (D3, "Lưu: VT, THCS. Lý Thu Hằng")],
  ["06 tháng 10 năm 2025", "Lý Thu Hằng"])
u("c15", "Vậy công văn hướng dẫn thi HSG lớp 9 cấp tỉnh số mấy?", "follow-up", fu="c14")
q("c16", "lien he ai o phong giao duc song lua ve ky thi", "no-diacritics",
  [(D3, "ông Huỳnh Tấn Vũ, chuyên viên Phòng Giáo dục và Đào tạo, điện thoại 0983 517 402")],
  ["Huỳnh Tấn Vũ", "0983 517 402"])
u("c17", "Kỳ thi chọn học sinh giỏi lớp 8 cấp huyện Sông Lụa tổ chức ngày nào?")
q("c19", "Mỗi trường THCS được chọn mấy dự án KHKT dự vòng sơ khảo huyện?", "abbreviation",
  [(D3, "chọn tối đa 03 dự án có chất lượng để dự vòng sơ khảo cấp huyện")], ["03 dự án"])
u("c21", "thi HSG lop 9 huyen My Cang to chuc ngay nao")
u("c22", "Công văn 428/PGDĐT-THCS của Phòng Giáo dục và Đào tạo Sông Lụa nói về việc gì?")

# ---------------- rj04: BC 38/BC-HKH (Hội Khuyến học huyện Mỹ Cang)
q("d1", "huyen my cang co bao nhieu hoi vien khuyen hoc", "no-diacritics",
  [(D4, "với tổng số 18.346 hội viên, tăng 1.125 hội viên so với năm 2024")], ["18.346"])
q("d2", "Còn xã Vĩnh Trà?", "follow-up",
  [(D4, "| Xã Vĩnh Trà | 16 | 2.780 | 398,0 | 415 |")], ["2.780"], fu="d1")
u("d3", "Thế còn xã Đồng Sả?", "follow-up", fu="d1")
q("d4", "Quỹ khuyến học toàn huyện Mỹ Cang năm 2025 được bao nhiêu, tăng bao nhiêu phần trăm?", "factoid",
  [(D4, "tổng quỹ khuyến học toàn huyện là 2.477,6 triệu đồng, tăng 14,2% so với năm 2024")],
  ["2.477,6 triệu đồng", "14,2%"])
u("d5", "Quỹ khuyến học xã Cồn Thơm năm 2024 là bao nhiêu?")
q("d6", "hoc bong Tiep suc den truong co bao nhieu suat, moi suat bao nhieu", "no-diacritics",
  [(D4, "học bổng \"Tiếp sức đến trường\" gồm 120 suất, mỗi suất 2.000.000 đồng")],
  ["120 suất", "2.000.000 đồng"])
q("d7", "Năm 2025 Mỹ Cang công nhận bao nhiêu gia đình học tập, đạt bao nhiêu % kế hoạch?", "factoid",
  [(D4, "| Gia đình học tập | 19.500 hộ | 20.118 hộ | 103,2% |")], ["20.118 hộ", "103,2%"])
q("d8", "Có danh hiệu nào không đạt kế hoạch không?", "follow-up",
  [(D4, "Danh hiệu Cộng đồng học tập cấp thôn chưa đạt kế hoạch (81/85 thôn, tổ dân phố)")],
  ["Cộng đồng học tập cấp thôn", "81/85"], fu="d7")
q("d9", "Hội Khuyến học Mỹ Cang mở được bao nhiêu lớp Bình dân học vụ số?", "factoid",
  [(D4, "mở 24 lớp \"Bình dân học vụ số\" cho 1.036 hội viên và người dân")], ["24 lớp", "1.036"])
q("d10", "UBND huyện Mỹ Cang được Hội Khuyến học kiến nghị làm gì?", "who-what",
  [(D4, "Đề nghị UBND huyện Mỹ Cang bố trí 200 triệu đồng từ ngân sách huyện năm 2026 hỗ trợ hoạt động của Hội")],
  ["200 triệu đồng"], actors=["UBND huyện Mỹ Cang"])
q("d11", "Hội khuyến học các xã, thị trấn phải làm gì, hạn nào?", "who-what",
  [(D4, "Hội khuyến học các xã, thị trấn có trách nhiệm rà soát, cập nhật dữ liệu hội viên trên phần mềm trước ngày 31/3/2026")],
  ["31/3/2026"], actors=["Hội khuyến học các xã, thị trấn"])
q("d12", "Còn Trung tâm GDNN-GDTX huyện?", "follow-up",
  [(D4, "Đề nghị Trung tâm GDNN-GDTX huyện tiếp tục mở ít nhất 20 lớp \"Bình dân học vụ số\" trong năm 2026")],
  ["20 lớp"], actors=["Trung tâm GDNN-GDTX huyện"], fu="d11")
q("d13", "BC 38 của Hội Khuyến học Mỹ Cang ký ngày nào?", "metadata",
  [(D4, "Mỹ Cang, ngày 20 tháng 12 năm 2025")], ["20 tháng 12 năm 2025"])
q("d14", "Chủ tịch Hội Khuyến học huyện Mỹ Cang là ai, số điện thoại?", "factoid",
  [(D4, "ông Bùi Văn Khải, Chủ tịch Hội, điện thoại 0914 663 205")], ["Bùi Văn Khải", "0914 663 205"])
u("d15", "Hội KH huyện Mỹ Cang có bao nhiêu hội viên là người dân tộc thiểu số?")
q("d16", "Xã nào có quỹ khuyến học thấp nhất huyện Mỹ Cang?", "factoid",
  [(D4, "| Xã Suối Sim | 16 | 2.114 | 245,6 | 298 |"), (D4, "Quỹ khuyến học ở xã Suối Sim và xã Bãi Ổi còn thấp")],
  ["Suối Sim", "245,6"])
q("d18", "cong ty nao tai tro quy khuyen hoc huyen my cang, bao nhieu tien", "no-diacritics",
  [(D4, "riêng Công ty TNHH Thủy sản Mỹ Cang tài trợ 150 triệu đồng")],
  ["Công ty TNHH Thủy sản Mỹ Cang", "150 triệu đồng"])
u("d19", "Lễ tuyên dương học sinh giỏi năm 2026 của huyện Mỹ Cang tổ chức ngày nào?")
u("d20", "Hội Khuyến học huyện Mỹ Cang có bao nhiêu ban khuyến học trong doanh nghiệp?")
q("d21", "PGD&ĐT huyện được Hội Khuyến học Mỹ Cang đề nghị gì?", "who-what",
  [(D4, "chỉ đạo các trường thành lập ban khuyến học tại 100% trường học")],
  ["100% trường học"], actors=["Phòng Giáo dục và Đào tạo huyện"])

# ---------------- rj05: TTr 96/TTr-THPTSL (Trường THPT Sông Lụa)
q("e1", "truong thpt song lua xin bao nhieu tien lam phong stem", "no-diacritics",
  [(D5, "Hỗ trợ kinh phí trang bị phòng học STEM với tổng kinh phí 1.350.000.000 đồng")], ["1.350.000.000 đồng"])
q("e2", "Trong đó Sở cấp bao nhiêu?", "follow-up",
  [(D5, "đề nghị Sở cấp từ dự toán ngân sách năm 2026 số tiền 1.150.000.000 đồng")], ["1.150.000.000 đồng"], fu="e1")
q("e3", "clb stem robotics sinh hoat thu tu may gio", "no-diacritics",
  [(D5, "| Thứ Tư | 14h00 - 16h30 | Lập trình và IoT khối 11 |")], ["14h00 - 16h30"])
q("e4", "Ai phụ trách nhóm đó?", "follow-up",
  [(D5, "Phòng tin học số 2 | Cô Mạc Thị Yến |")], ["Mạc Thị Yến"], fu="e3")
q("e5", "Trường THPT Sông Lụa xin mua những thiết bị gì cho phòng STEM?", "list",
  [(D5, "| 2 | Bộ thiết bị robot giáo dục | 15 bộ | 285.000.000 |"),
   (D5, "| 4 | Máy in 3D và vật tư in | 02 máy | 95.000.000 |"),
   (D5, "Máy tính để bàn thay thế máy xuống cấp | 40 máy")],
  ["robot giáo dục", "Máy in 3D", "40 máy"])
q("e6", "Trường THPT Sông Lụa có bao nhiêu lớp, bao nhiêu học sinh?", "abbreviation",
  [(D5, "Trường có 32 lớp với 1.218 học sinh")], ["32 lớp", "1.218 học sinh"])
u("e7", "Trường THPT Sông Lụa có bao nhiêu học sinh đạt giải HSG cấp tỉnh năm học 2025-2026?")
q("e8", "Dự án nào của THPT Sông Lụa được chọn đi thi KHKT quốc gia?", "abbreviation",
  [(D5, "\"Hệ thống cảnh báo sạt lở bờ sông dùng cảm biến độ ẩm và IoT\" của hai em Vũ Gia Bảo và Nông Thị Khánh Ly")],
  ["Hệ thống cảnh báo sạt lở bờ sông"])
q("e9", "Bộ phận Kế toán trường THPT Sông Lụa phải làm gì?", "who-what",
  [(D5, "Bộ phận Kế toán có trách nhiệm lập hồ sơ mua sắm theo quy định, hoàn thành lựa chọn nhà thầu trước ngày 30/6/2026")],
  ["30/6/2026"], actors=["Bộ phận Kế toán"])
q("e10", "Ban đại diện CMHS được đề nghị hỗ trợ gì, đến khi nào?", "who-what",
  [(D5, "Đề nghị Ban đại diện cha mẹ học sinh vận động, hỗ trợ 200.000.000 đồng trước ngày 31/8/2026")],
  ["200.000.000 đồng", "31/8/2026"], actors=["Ban đại diện cha mẹ học sinh"])
q("e11", "Tổ Vật lý - Công nghệ có nhiệm vụ gì trong tờ trình?", "who-what",
  [(D5, "Tổ Vật lý - Công nghệ chủ trì vận hành Câu lạc bộ, phối hợp với Tổ Tin học xây dựng chương trình sinh hoạt")],
  ["vận hành Câu lạc bộ"], actors=["Tổ Vật lý - Công nghệ"])
q("e12", "Tờ trình của THPT Sông Lụa số bao nhiêu, ngày nào?", "metadata",
  [(D5, "Số: 96/TTr-THPTSL Sông Lụa, ngày 18 tháng 3 năm 2026")], ["96/TTr-THPTSL", "18 tháng 3 năm 2026"])
q("e13", "Ai ký tờ trình xin kinh phí phòng học STEM?", "metadata",
  [(D5, "Lưu: VT, KT. Ngô Thanh Tùng")], ["Ngô Thanh Tùng"])
q("e14", "Phòng học STEM dự kiến dùng từ khi nào?", "factoid",
  [(D5, "Phòng học STEM dự kiến đưa vào sử dụng từ ngày 05/9/2026")], ["05/9/2026"])
q("e15", "ai la nguoi lien he cua to trinh thpt song lua", "no-diacritics",
  [(D5, "thầy Đinh Công Hậu, Tổ trưởng Tổ Vật lý - Công nghệ, điện thoại 0977 208 153")],
  ["Đinh Công Hậu", "0977 208 153"])
u("e16", "Sở GD&ĐT đã phê duyệt tờ trình 96 của THPT Sông Lụa chưa, bằng quyết định số mấy?")
q("e17", "ĐH Phù Mỹ Đông hỗ trợ gì cho THPT Sông Lụa?", "who-what",
  [(D5, "cử 02 giảng viên hướng dẫn nhóm Nghiên cứu KHKT theo thỏa thuận hợp tác ký ngày 10/01/2026")],
  ["02 giảng viên"], actors=["Trường Đại học Phù Mỹ Đông"])
q("e19", "Đoàn Thanh niên trường THPT Sông Lụa được giao việc gì?", "who-what",
  [(D5, "Đoàn Thanh niên trường phối hợp tuyên truyền và tổ chức \"Ngày hội STEM cấp trường\" vào tháng 11/2026")],
  ["tháng 11/2026"], actors=["Đoàn Thanh niên trường"])
u("e20", "Phụ cấp cho giáo viên phụ trách CLB STEM - Robotics trường THPT Sông Lụa là bao nhiêu?")
u("e21", "to trinh thpt song lua xin mua bao nhieu may chieu")

# ---------------- corpus-level
q("f1", "Trong bộ văn bản có mấy văn bản do trường học ban hành, số hiệu là gì?", "corpus",
  [(D2, "TRƯỜNG ĐẠI HỌC PHÙ MỸ ĐÔNG Số: 215/TB-ĐHPMĐ"), (D5, "Số: 96/TTr-THPTSL Sông Lụa, ngày 18 tháng 3 năm 2026")],
  ["215/TB-ĐHPMĐ", "96/TTr-THPTSL"])
q("f2", "Những văn bản nào căn cứ hoặc thực hiện Kế hoạch 1846/KH-SGDĐT?", "corpus",
  [(D3, "Thực hiện Kế hoạch số 1846/KH-SGDĐT ngày 12/9/2025 của Sở GD&ĐT tỉnh Phù Mỹ Đông"),
   (D5, "tổ chức theo Kế hoạch số 1846/KH-SGDĐT ngày 12/9/2025 của Sở Giáo dục và Đào tạo"),
   (D2, "tổ chức theo Kế hoạch số 1846/KH-SGDĐT của Sở GD&ĐT tỉnh Phù Mỹ Đông")],
  ["1846/KH-SGDĐT"])
q("f3", "Văn bản nào báo cáo số liệu quỹ khuyến học?", "corpus",
  [(D4, "tổng quỹ khuyến học toàn huyện là 2.477,6 triệu đồng")], ["2.477,6"])
q("f4", "Có bao nhiêu văn bản do cơ quan, tổ chức cấp huyện ban hành?", "corpus",
  [(D3, "Phòng Giáo dục và Đào tạo (PGD&ĐT) huyện Sông Lụa đề nghị Hiệu trưởng"), (D4, "HỘI KHUYẾN HỌC HUYỆN MỸ CANG")],
  ["huyện Sông Lụa", "HUYỆN MỸ CANG"])
q("f5", "van ban nao noi ve hoc bong tai nang so", "corpus",
  [(D2, "Trường dành 30 suất học bổng \"Tài năng số\"")], ["Tài năng số"])
q("f6", "Trường ĐH Phù Mỹ Đông được giao việc trong những văn bản nào?", "corpus",
  [(D1, "Đề nghị Trường Đại học Phù Mỹ Đông bố trí địa điểm"),
   (D3, "dưới sự hướng dẫn của giảng viên Trường Đại học Phù Mỹ Đông"),
   (D5, "Đề nghị Trường Đại học Phù Mỹ Đông (Khoa Công nghệ thông tin) cử 02 giảng viên")],
  ["bố trí địa điểm", "02 giảng viên"])
u("f7", "Trong bộ tài liệu có biên bản họp nào của Sở GD&ĐT không, số mấy?")

for i, d in enumerate(QS, 1):
    d["id"] = f"rj{i:03d}"


# ---------------- who-what gold
def A(name, role, deadline, task):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": task}


WW = [
    {"id": "wrj01", "directive": "KH 1846/KH-SGDĐT", "source": D1, "actors": [
        A("Phòng Giáo dục Trung học", "chủ trì", "trước ngày 30/9/2025",
          "Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Văn phòng Sở và Phòng Kế hoạch - Tài chính tham mưu thành lập Ban Tổ chức, Ban Giám khảo"),
        A("Văn phòng Sở", "phối hợp", None,
          "phối hợp với Văn phòng Sở và Phòng Kế hoạch - Tài chính tham mưu thành lập Ban Tổ chức, Ban Giám khảo"),
        A("Phòng Kế hoạch - Tài chính", None, None,
          "Phòng Kế hoạch - Tài chính có trách nhiệm lập dự toán, thẩm định và hướng dẫn thanh quyết toán kinh phí theo quy định"),
        A("Trung tâm Công nghệ thông tin và Truyền thông giáo dục", None, "Từ 01/12/2025 đến 26/12/2025",
          "vận hành Hệ thống quản lý cuộc thi trực tuyến, bảo đảm đường truyền tại địa điểm thi"),
        A("Sở Khoa học và Công nghệ", None, None,
          "cử 06 chuyên gia tham gia Ban Giám khảo vòng chung khảo và hỗ trợ học sinh đăng ký bảo hộ sở hữu trí tuệ"),
        A("Trường Đại học Phù Mỹ Đông", None, None,
          "bố trí địa điểm, phòng thí nghiệm và sinh viên tình nguyện phục vụ vòng chung khảo, Ngày hội STEM"),
        A("Hội Khuyến học tỉnh", None, None,
          "vận động nguồn xã hội hóa và trao học bổng \"Ươm mầm sáng tạo\" cho 20 học sinh đạt giải"),
        A("Các phòng Giáo dục và Đào tạo, các trường THPT, trung tâm GDNN-GDTX", None, "trước ngày 31/01/2026",
          "có trách nhiệm phổ biến kế hoạch đến giáo viên, học sinh; tổ chức vòng cấp trường, cấp huyện"),
        A("Ban Giám khảo", "chủ trì", "Trước ngày 08/01/2026", "Thẩm định hồ sơ, chọn dự án vào vòng chung khảo"),
        A("Ban Tổ chức", "chủ trì", "Ngày 14-15/01/2026", "Tổ chức vòng chung khảo và Ngày hội STEM"),
    ], "intruders": ["Phạm Quang Lực", "Bộ GD&ĐT (để b/c)", "UBND tỉnh (để b/c)", "Bộ Chính trị",
                     "Giám đốc, các Phó Giám đốc Sở", "Lưu: VT, GDTrH", "Nguyễn Thị Hạnh Dung"]},
    {"id": "wrj02", "directive": "TB 215/TB-ĐHPMĐ", "source": D2, "actors": [
        A("Phòng Đào tạo", "chủ trì", "trước ngày 12/6/2026",
          "Phòng Đào tạo chủ trì tiếp nhận hồ sơ, phối hợp với Trung tâm Tuyển sinh và Truyền thông giải đáp thắc mắc của thí sinh"),
        A("Trung tâm Tuyển sinh và Truyền thông", None, "từ tháng 3 đến tháng 5/2026",
          "tổ chức 12 buổi tư vấn trực tiếp tại các trường THPT trong tỉnh từ tháng 3 đến tháng 5/2026"),
        A("Phòng Công tác sinh viên", None, "trước ngày 15/8/2026",
          "chuẩn bị chỗ ở ký túc xá, hồ sơ học bổng và miễn, giảm học phí cho tân sinh viên"),
        A("Khoa Công nghệ thông tin", "phối hợp", "ngày 28/3/2026",
          "Khoa Công nghệ thông tin và Khoa Sư phạm phối hợp tổ chức \"Ngày hội trải nghiệm đại học\" cho học sinh lớp 12"),
        A("Khoa Sư phạm", "phối hợp", "ngày 28/3/2026",
          "Khoa Công nghệ thông tin và Khoa Sư phạm phối hợp tổ chức \"Ngày hội trải nghiệm đại học\" cho học sinh lớp 12"),
        A("Hội đồng tuyển sinh", None, None,
          "các ngành còn lại do Hội đồng tuyển sinh công bố sau khi có kết quả thi"),
        A("Sở GD&ĐT tỉnh Phù Mỹ Đông, các trường THPT và trung tâm GDNN-GDTX", None, None,
          "phổ biến thông báo này đến học sinh lớp 12 và cha mẹ học sinh"),
    ], "intruders": ["Trương Thị Mai Lan", "Lưu: VT, PĐT", "Các đơn vị trong Trường", "Tạ Minh Trí",
                     "Các trường THPT trong tỉnh"]},
    {"id": "wrj03", "directive": "CV 427/PGDĐT-THCS", "source": D3, "actors": [
        A("Các trường", None, "trước ngày 31/10/2025",
          "Các trường gửi danh sách đăng ký (theo Mẫu 01 đính kèm) qua e-mail thcs.songlua@phumydong.edu.vn"),
        A("Các trường", None, "trước ngày 15/11/2025",
          "Các trường tổ chức vòng cấp trường, hoàn thành trước ngày 15/11/2025 và chọn tối đa 03 dự án"),
        A("Hội đồng giám khảo", None, "trước ngày 10/12/2025",
          "Hội đồng giám khảo chọn tối đa 08 dự án có chất lượng tốt nhất để đăng ký dự thi cấp tỉnh"),
        A("cán bộ phụ trách công nghệ thông tin", "phối hợp", "trước ngày 15/11/2025",
          "cán bộ phụ trách công nghệ thông tin phối hợp với Phòng kiểm tra phòng máy, đường truyền"),
        A("Bộ phận chuyên môn THCS của Phòng", "chủ trì", None,
          "Bộ phận chuyên môn THCS của Phòng chủ trì ra đề, in sao đề, tổ chức coi thi, chấm thi"),
        A("bộ phận Tổ chức - Hành chính", None, None, "chuẩn bị cơ sở vật chất tại các điểm thi"),
        A("Hiệu trưởng Trường THCS Thị trấn Sông Lụa", None, None,
          "chịu trách nhiệm bố trí phòng thi, phòng máy, nhân viên bảo vệ, y tế phục vụ kỳ thi"),
        A("Hiệu trưởng Trường THCS Đồng Sả", None, None,
          "chịu trách nhiệm bố trí phòng thi, phòng máy, nhân viên bảo vệ, y tế phục vụ kỳ thi"),
        A("Công an thị trấn Sông Lụa", "phối hợp", None,
          "phối hợp bảo đảm an ninh, trật tự và chăm sóc y tế trong ngày thi"),
        A("Trạm Y tế thị trấn Sông Lụa", "phối hợp", None,
          "phối hợp bảo đảm an ninh, trật tự và chăm sóc y tế trong ngày thi"),
        A("Hội Khuyến học huyện Sông Lụa", None, None,
          "xem xét khen thưởng học sinh đạt giải Nhất, giải Nhì kỳ thi học sinh giỏi"),
    ], "intruders": ["Lý Thu Hằng", "UBND huyện (để b/c)", "Sở GD&ĐT (để b/c)", "Lãnh đạo Phòng",
                     "Lưu: VT, THCS", "Huỳnh Tấn Vũ"]},
    {"id": "wrj04", "directive": "BC 38/BC-HKH", "source": D4, "actors": [
        A("Ban Thường vụ Hội Khuyến học huyện", "chủ trì", "quý III/2026",
          "chủ trì xây dựng kế hoạch hưởng ứng \"Tháng khuyến học\" vào tháng 9/2026"),
        A("Hội khuyến học các xã, thị trấn", None, "trước ngày 31/3/2026",
          "rà soát, cập nhật dữ liệu hội viên trên phần mềm trước ngày 31/3/2026"),
        A("Các chi hội, ban khuyến học", "phối hợp", "trước ngày 15/8/2026",
          "phối hợp với nhà trường nắm danh sách học sinh có hoàn cảnh khó khăn, đề xuất xét học bổng"),
        A("UBND huyện Mỹ Cang", None, None,
          "bố trí 200 triệu đồng từ ngân sách huyện năm 2026 hỗ trợ hoạt động của Hội"),
        A("Phòng Giáo dục và Đào tạo huyện", None, None,
          "chỉ đạo các trường thành lập ban khuyến học tại 100% trường học"),
        A("Trung tâm GDNN-GDTX huyện", None, "trong năm 2026",
          "tiếp tục mở ít nhất 20 lớp \"Bình dân học vụ số\" trong năm 2026"),
        A("Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội", None, None,
          "lồng ghép tiêu chí \"Gia đình học tập\" vào việc bình xét gia đình văn hóa ở khu dân cư"),
    ], "intruders": ["Bùi Văn Khải", "Kha Thị Nguyệt", "Thường trực Huyện ủy", "Lưu: VP Hội",
                     "Công ty TNHH Thủy sản Mỹ Cang", "HỘI KHUYẾN HỌC TỈNH PHÙ MỸ ĐÔNG"]},
    {"id": "wrj05", "directive": "TTr 96/TTr-THPTSL", "source": D5, "actors": [
        A("Tổ Vật lý - Công nghệ", "chủ trì", "định kỳ hằng tháng",
          "chủ trì vận hành Câu lạc bộ, phối hợp với Tổ Tin học xây dựng chương trình sinh hoạt"),
        A("Tổ Tin học", "phối hợp", None, "phối hợp với Tổ Tin học xây dựng chương trình sinh hoạt"),
        A("Bộ phận Kế toán", None, "trước ngày 30/6/2026",
          "lập hồ sơ mua sắm theo quy định, hoàn thành lựa chọn nhà thầu"),
        A("Đoàn Thanh niên trường", "phối hợp", "tháng 11/2026",
          "phối hợp tuyên truyền và tổ chức \"Ngày hội STEM cấp trường\""),
        A("Ban đại diện cha mẹ học sinh", None, "trước ngày 31/8/2026",
          "Đề nghị Ban đại diện cha mẹ học sinh vận động, hỗ trợ 200.000.000 đồng"),
        A("Trường Đại học Phù Mỹ Đông", None, None,
          "cử 02 giảng viên hướng dẫn nhóm Nghiên cứu KHKT"),
        A("Sở Giáo dục và Đào tạo", None, None,
          "đề nghị Sở cấp từ dự toán ngân sách năm 2026 số tiền 1.150.000.000 đồng"),
    ], "intruders": ["Ngô Thanh Tùng", "UBND huyện Sông Lụa (để biết)", "Lưu: VT, KT", "Đinh Công Hậu"]},
]


def dump(path, rows):
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(unicodedata.normalize("NFC", json.dumps(r, ensure_ascii=False)) + "\n")


if __name__ == "__main__":
    dump(os.path.join(HERE, "questions.jsonl"), QS)
    dump(os.path.join(HERE, "who_what.jsonl"), WW)
    print(len(QS), "questions,", len(WW), "who-what lines")
