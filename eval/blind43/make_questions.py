# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl for eval set blind43."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
S1 = "qs01_kh_cds_giaoduc.docx"
S2 = "qs02_qd_cuocthi_ytuongso.pdf"
S3 = "qs03_cv_tuyentruyen_cds.txt"
S4 = "qs04_bc_khuyenhoc.md"
S5 = "qs05_tb_tuyensinh_kns.txt"

Q = []  # (question, kind, evidence[(src, quote)], keywords, extra)


def a(q, kind, ev, kw, **extra):
    Q.append((q, kind, ev, kw, extra))


def u(q, kind="unanswerable", **extra):
    Q.append((q, kind, [], [], dict(extra, _un=True)))


def fu(prev_idx_q, q, ev, kw, **extra):
    a(q, "follow-up", ev, kw, history=[prev_idx_q], **extra)


# ---------------- qs01: KH 27/KH-UBND (huyện Ngư Lạc) ----------------
q1 = "Tổng kinh phí năm 2026 để thực hiện kế hoạch chuyển đổi số ngành giáo dục huyện Ngư Lạc là bao nhiêu?"
a(q1, "factoid", [(S1, "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 2.450.000.000 đồng")], ["2.450.000.000"])
fu(q1, "Trong đó ngân sách huyện chiếm bao nhiêu?", [(S1, "ngân sách huyện 1.900.000.000 đồng")], ["1.900.000.000"])
a("KH 27/KH-UBND yêu cầu bao nhiêu % GV hoàn thành bồi dưỡng kỹ năng số cơ bản, hạn khi nào?", "abbreviation",
  [(S1, "Tối thiểu 85% giáo viên hoàn thành bồi dưỡng kỹ năng số cơ bản trước ngày 31/8/2026")], ["85%", "31/8/2026"])
q4 = "Phòng Tài chính - Kế hoạch phải làm gì theo kế hoạch chuyển đổi số giáo dục của huyện?"
a(q4, "who-what", [(S1, "Phòng Tài chính - Kế hoạch có trách nhiệm thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch trước ngày 15/02/2026")],
  ["15/02/2026"], actors=["Phòng Tài chính - Kế hoạch"])
fu(q4, "Còn Phòng Nội vụ huyện thì được giao việc gì?", [], [], _un=True)
q5 = "huyen ngu lac trang bi bao nhieu man hinh tuong tac cho cac truong thcs"
a(q5, "no-diacritics", [(S1, "trang bị 36 màn hình tương tác cho các trường THCS")], ["36"])
fu(q5, "moi man hinh gia bao nhieu tien?", [(S1, "(33.000.000 đồng/màn hình)")], ["33.000.000"])
a("Cơ quan nào làm thường trực kế hoạch chuyển đổi số GD&ĐT huyện Ngư Lạc năm 2026, và báo cáo định kỳ ra sao?", "who-what",
  [(S1, "Phòng Giáo dục và Đào tạo là cơ quan thường trực"),
   (S1, "tổng hợp, báo cáo kết quả về UBND huyện định kỳ hằng quý, trước ngày 20 của tháng cuối quý")],
  ["hằng quý", "trước ngày 20"], actors=["Phòng Giáo dục và Đào tạo"])
a("Kế hoạch chuyển đổi số trong giáo dục huyện Ngư Lạc do ai ký, ký ngày nào?", "metadata",
  [(S1, "PHÓ CHỦ TỊCH (đã ký) Quách Thị Nhạn"), (S1, "Ngư Lạc, ngày 12 tháng 01 năm 2026")],
  ["Quách Thị Nhạn", "12 tháng 01 năm 2026"])
q10 = "Trung tâm GDNN-GDTX huyện Ngư Lạc được giao nhiệm vụ gì trong KH 27?"
a(q10, "who-what", [(S1, "Giao Trung tâm GDNN-GDTX huyện chủ trì, phối hợp với Phòng Giáo dục và Đào tạo tổ chức 06 lớp bồi dưỡng kỹ năng số cho giáo viên, hoàn thành trước ngày 31/8/2026")],
  ["06 lớp", "31/8/2026"], actors=["Trung tâm GDNN-GDTX huyện"])
fu(q10, "Mỗi lớp khoảng bao nhiêu người?", [(S1, "mỗi lớp khoảng 45 học viên")], ["45 học viên"])
a("Hạn chót nâng cấp đường truyền internet cho các trường là bao giờ, tốc độ tối thiểu bao nhiêu?", "factoid",
  [(S1, "Nâng cấp đường truyền internet tối thiểu 100 Mbps cho 41 trường"), (S1, "Trước ngày 30/6/2026")],
  ["30/6/2026", "100 Mbps"])
a("Hội khuyến học huyện được đề nghị làm gì trong kế hoạch chuyển đổi số ngành giáo dục?", "who-what",
  [(S1, "Đề nghị Hội khuyến học huyện vận động nguồn xã hội hóa hỗ trợ thiết bị học tập trực tuyến cho học sinh có hoàn cảnh khó khăn, phấn đấu trao tặng 300 máy tính bảng")],
  ["300 máy tính bảng"], actors=["Hội khuyến học huyện"])
a("Hội thi giáo viên sáng tạo bài giảng số cấp huyện tổ chức lúc nào, chọn mấy bài đi thi tỉnh?", "factoid",
  [(S1, "cấp huyện trong tháng 10/2026; chọn 05 bài giảng xuất sắc nhất tham gia hội thi cấp tỉnh")],
  ["tháng 10/2026", "05 bài giảng"])
a("kho hoc lieu so dung chung cua huyen can toi thieu bao nhieu bai giang dien tu", "no-diacritics",
  [(S1, "tối thiểu 600 bài giảng điện tử, 250 đề kiểm tra trực tuyến")], ["600"])
a("KH CĐS giáo dục của huyện Ngư Lạc căn cứ vào KH nào của UBND tỉnh?", "abbreviation",
  [(S1, "Căn cứ Kế hoạch số 94/KH-UBND ngày 05/11/2025 của UBND tỉnh Lộc Ninh Hạ")], ["94/KH-UBND"])
a("Muốn hỏi thêm về kế hoạch trường học số của huyện Ngư Lạc thì liên hệ ai?", "factoid",
  [(S1, "ông Lại Văn Khởi, Phó Trưởng phòng Giáo dục và Đào tạo, điện thoại 0912 447 305")],
  ["Lại Văn Khởi", "0912 447 305"])
a("UBND các xã, thị trấn phải làm gì theo KH 27 về chuyển đổi số giáo dục?", "who-what",
  [(S1, "UBND các xã, thị trấn phối hợp với nhà trường rà soát học sinh chưa có thiết bị học tập")],
  ["rà soát học sinh chưa có thiết bị học tập"], actors=["UBND các xã, thị trấn"])
a("cac truong phai xay dung ke hoach chuyen doi so cua don vi truoc ngay nao", "no-diacritics",
  [(S1, "hướng dẫn các trường xây dựng kế hoạch chuyển đổi số của đơn vị trước ngày 28/02/2026")], ["28/02/2026"])
u("Kinh phí thực hiện kế hoạch chuyển đổi số giáo dục huyện Ngư Lạc năm 2027 là bao nhiêu?")
u("Huyện Ngư Lạc trang bị bao nhiêu màn hình tương tác cho các trường tiểu học?")
u("Theo KH 27, mỗi trường tiểu học phải đóng góp bao nhiêu bài giảng điện tử vào kho học liệu?")
u("Kế hoạch 27 giao xã Sơn Vỹ lắp bao nhiêu trạm phát sóng di động?")

# ---------------- qs02: QĐ 316/QĐ-SKHCN + Thể lệ ----------------
q21 = "Giải nhất cuộc thi Ý tưởng sáng tạo số tuổi trẻ Lộc Ninh Hạ được bao nhiêu tiền?"
a(q21, "factoid", [(S2, "01 giải Nhất: 30.000.000 đồng")], ["30.000.000"])
fu(q21, "Thế giải khuyến khích?", [(S2, "05 giải Khuyến khích, mỗi giải 3.000.000 đồng")], ["3.000.000"])
u("giai dac biet cuoc thi y tuong sang tao so tuoi tre duoc thuong bao nhieu")
a("han nop ho so cuoc thi y tuong sang tao so la ngay nao", "no-diacritics",
  [(S2, "từ ngày 15/3/2026 đến 17 giờ 00 ngày 31/5/2026")], ["31/5/2026"])
q25 = "Cuộc thi ý tưởng sáng tạo số cho phép người ở độ tuổi nào tham gia?"
a(q25, "factoid", [(S2, "Công dân Việt Nam từ đủ 15 tuổi đến 35 tuổi đang học tập, làm việc hoặc cư trú trên địa bàn tỉnh Lộc Ninh Hạ")],
  ["15 tuổi", "35 tuổi"])
fu(q25, "Nếu thi theo nhóm thì tối đa mấy người?", [(S2, "mỗi nhóm không quá 05 người")], ["05 người"])
a("QĐ ban hành thể lệ cuộc thi ý tưởng sáng tạo số là số mấy, ai ký?", "metadata",
  [(S2, "Ban hành kèm theo Quyết định số 316/QĐ-SKHCN ngày 03/3/2026"), (S2, "GIÁM ĐỐC (đã ký) Khổng Minh Luận")],
  ["316/QĐ-SKHCN", "Khổng Minh Luận"])
q28 = "Vòng chung khảo cuộc thi ý tưởng số tổ chức ngày nào, ở đâu?"
a(q28, "factoid", [(S2, "Vòng chung khảo (ngày 25/7/2026)"), (S2, "tại Hội trường Trung tâm Hội nghị tỉnh")],
  ["25/7/2026", "Hội trường Trung tâm Hội nghị tỉnh"])
fu(q28, "Mỗi đội được thuyết trình bao lâu?", [(S2, "thí sinh thuyết trình trực tiếp không quá 10 phút")], ["10 phút"])
fu(q28, "Còn vòng bán kết thì thi hôm nào?", [], [], _un=True)
a("Ban giám khảo chấm theo những tiêu chí nào, mỗi tiêu chí tối đa mấy điểm?", "list",
  [(S2, "Tính mới, tính sáng tạo: 30 điểm"), (S2, "Tính khả thi về kỹ thuật và nguồn lực: 30 điểm"),
   (S2, "Hiệu quả kinh tế - xã hội, khả năng nhân rộng: 25 điểm"), (S2, "Chất lượng thuyết minh, trình bày: 15 điểm")],
  ["30 điểm", "25 điểm", "15 điểm"])
a("Tỉnh đoàn Lộc Ninh Hạ có trách nhiệm gì đối với cuộc thi?", "who-what",
  [(S2, "Tỉnh đoàn Lộc Ninh Hạ có trách nhiệm phát động Cuộc thi trong đoàn viên, thanh niên; vận động mỗi huyện, thị xã có ít nhất 10 ý tưởng dự thi")],
  ["10 ý tưởng"], actors=["Tỉnh đoàn Lộc Ninh Hạ"])
a("Sở GD&ĐT phải làm gì với thể lệ cuộc thi, hạn đến bao giờ?", "who-what",
  [(S2, "Đề nghị Sở Giáo dục và Đào tạo phổ biến Thể lệ đến các trường THPT, trung tâm GDNN-GDTX trước ngày 31/3/2026")],
  ["31/3/2026"], actors=["Sở Giáo dục và Đào tạo"])
a("Kinh phí tổ chức cuộc thi ý tưởng sáng tạo số là bao nhiêu, lấy từ nguồn nào?", "factoid",
  [(S2, "Kinh phí tổ chức Cuộc thi là 185.000.000 đồng từ nguồn sự nghiệp khoa học và công nghệ năm 2026 của Sở")],
  ["185.000.000"])
a("y tuong dat giai nhat, nhi duoc ho tro uom tao trong bao lau", "no-diacritics",
  [(S2, "hỗ trợ ươm tạo miễn phí tại Trung tâm Ứng dụng tiến bộ khoa học và công nghệ trong thời gian tối đa 12 tháng")],
  ["12 tháng"])
a("Cần hỏi thể lệ cuộc thi ý tưởng số thì gọi số nào, gặp ai?", "factoid",
  [(S2, "Bà Diệp Thanh Mai, chuyên viên Phòng Quản lý khoa học và Đổi mới sáng tạo; điện thoại 0232 3861 479")],
  ["Diệp Thanh Mai", "0232 3861 479"])
a("Ý tưởng chỉ được 45 điểm ở vòng sơ khảo thì có được vào chung khảo không?", "factoid",
  [(S2, "Ý tưởng đạt dưới 50 điểm ở vòng sơ khảo không được xét vào vòng chung khảo")], ["50 điểm"])
a("Trung tâm Ứng dụng tiến bộ KH&CN có nhiệm vụ gì trong cuộc thi?", "who-what",
  [(S2, "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ chuẩn bị địa điểm, thiết bị cho vòng chung khảo và tổ chức ươm tạo các ý tưởng đoạt giải")],
  ["chuẩn bị địa điểm, thiết bị cho vòng chung khảo"], actors=["Trung tâm Ứng dụng tiến bộ khoa học và công nghệ"])
u("Cuộc thi ý tưởng sáng tạo số năm 2025 của Sở KH&CN có bao nhiêu ý tưởng đạt giải?")
u("Sở KH&CN hỗ trợ bao nhiêu tiền cho mỗi ý tưởng được ươm tạo sau cuộc thi?")
u("QĐ 317/QĐ-SKHCN của Sở KH&CN quy định gì về cuộc thi ý tưởng sáng tạo số?")
u("Số điện thoại của Giám đốc Sở KH&CN Khổng Minh Luận là bao nhiêu?")

# ---------------- qs03: CV 145-CV/BTGDVHU ----------------
a("Công văn 145 của Ban Tuyên giáo và Dân vận Huyện ủy Ngư Lạc ban hành ngày nào?", "metadata",
  [(S3, "Ngư Lạc, ngày 20 tháng 3 năm 2026")], ["20 tháng 3 năm 2026"])
q42 = "Trung tâm VH-TT&TT huyện phải làm gì theo CV 145?"
a(q42, "who-what",
  [(S3, "Trung tâm Văn hóa, Thông tin và Thể thao huyện có trách nhiệm sản xuất tối thiểu 08 tin, bài, phóng sự về chuyển đổi số")],
  ["08 tin, bài"], actors=["Trung tâm Văn hóa, Thông tin và Thể thao huyện"])
fu(q42, "Vậy hạn treo băng rôn là khi nào?", [(S3, "hoàn thành treo 25 băng rôn trước ngày 05/4/2026")], ["05/4/2026"])
a("Hội nghị báo cáo viên quý II năm 2026 của huyện Ngư Lạc tổ chức khi nào, ở đâu?", "factoid",
  [(S3, "vào 8 giờ 00 ngày 16/4/2026 tại Hội trường Huyện ủy")], ["16/4/2026", "Hội trường Huyện ủy"])
a("phong van hoa va thong tin huyen phai mo chuyen muc gi tren trang thong tin dien tu, han khi nao", "no-diacritics",
  [(S3, "mở chuyên mục \"Ngư Lạc chuyển đổi số\" trên Trang thông tin điện tử huyện trước ngày 10/4/2026")],
  ["Ngư Lạc chuyển đổi số", "10/4/2026"], actors=["Phòng Văn hóa và Thông tin huyện"])
q46 = "Huyện đoàn được giao chỉ tiêu gì trong cuộc thi ý tưởng sáng tạo số?"
a(q46, "who-what",
  [(S3, "Huyện đoàn vận động đoàn viên, thanh niên tham gia Cuộc thi, phấn đấu huyện có tối thiểu 15 ý tưởng dự thi")],
  ["15 ý tưởng"], actors=["Huyện đoàn"])
fu(q46, "Còn Hội LHPN huyện?",
   [(S3, "Hội Liên hiệp Phụ nữ huyện tổ chức 03 buổi tập huấn \"Phụ nữ với kỹ năng số\" tại các xã Sơn Vỹ, Mai Lĩnh và Xuân Húc")],
   ["03 buổi", "Sơn Vỹ"])
a("Truyền thanh cơ sở phải phát tin chuyển đổi số mấy lần một tuần?", "factoid",
  [(S3, "tần suất tối thiểu 02 lần/tuần trong tháng 4 và tháng 5/2026")], ["02 lần/tuần"])
a("Các đơn vị gửi báo cáo kết quả tuyên truyền CĐS về Ban Tuyên giáo và Dân vận HU trước ngày nào?", "abbreviation",
  [(S3, "báo cáo kết quả thực hiện về Ban Tuyên giáo và Dân vận Huyện ủy trước ngày 15/6/2026")], ["15/6/2026"])
a("Các chi bộ, đảng bộ cơ sở phải làm gì theo công văn tuyên truyền chuyển đổi số?", "who-what",
  [(S3, "đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ tháng 4/2026")], ["tháng 4/2026"],
  actors=["Các chi bộ, đảng bộ cơ sở trực thuộc Huyện ủy"])
a("lien he ai o ban tuyen giao va dan van huyen uy ngu lac neu vuong mac", "no-diacritics",
  [(S3, "đồng chí Lò Văn Tiệp, chuyên viên Ban Tuyên giáo và Dân vận Huyện ủy, điện thoại 0978 215 630")],
  ["Lò Văn Tiệp", "0978 215 630"])
a("Ai ký công văn 145-CV/BTGDVHU?", "metadata",
  [(S3, "Lưu: VT. Đinh Thị Ngát")], ["Đinh Thị Ngát"])
a("Công văn của Ban Tuyên giáo và Dân vận Huyện ủy Ngư Lạc thực hiện những văn bản nào?", "corpus",
  [(S3, "Thực hiện Kế hoạch số 27/KH-UBND ngày 12/01/2026 của UBND huyện"),
   (S3, "Quyết định số 316/QĐ-SKHCN ngày 03/3/2026 của Sở Khoa học và Công nghệ")],
  ["27/KH-UBND", "316/QĐ-SKHCN"])
a("Năm 2025 huyện Ngư Lạc đăng tải được bao nhiêu tin bài về KH&CN và CĐS?", "abbreviation",
  [(S3, "đăng tải 312 tin, bài, phóng sự về khoa học, công nghệ và chuyển đổi số")], ["312"])
a("Phải treo bao nhiêu băng rôn, treo ở đâu?", "factoid",
  [(S3, "Treo 25 băng rôn, khẩu hiệu tại trung tâm các xã, thị trấn và cổng các trường THCS")], ["25 băng rôn"])
a("Hội Nông dân huyện Ngư Lạc được đề nghị tuyên truyền nội dung gì?", "who-what",
  [(S3, "Hội Nông dân huyện tuyên truyền, hướng dẫn hội viên đưa nông sản lên sàn thương mại điện tử")],
  ["sàn thương mại điện tử"], actors=["Hội Nông dân huyện"])
u("Công văn số 146-CV/BTGDVHU hướng dẫn những gì về tuyên truyền chuyển đổi số?")
u("Hội Cựu chiến binh huyện Ngư Lạc được giao nhiệm vụ gì trong công văn tuyên truyền chuyển đổi số?")
u("Hội nghị báo cáo viên quý III/2026 của huyện Ngư Lạc tổ chức ngày nào?")
u("Hội LHPN tập huấn Phụ nữ với kỹ năng số ở xã Đồi Dẻ vào ngày nào?")
u("kinh phi treo bang ron tuyen truyen chuyen doi so cua huyen ngu lac la bao nhieu")

# ---------------- qs04: BC 09/BC-HKH (Hội khuyến học xã Lệ Trạch) ----------------
q61 = "Hội khuyến học xã Lệ Trạch có tổng cộng bao nhiêu hội viên?"
a(q61, "factoid", [(S4, "tổng số 2.046 hội viên, chiếm 22,4% dân số")], ["2.046"])
fu(q61, "Năm 2025 kết nạp mới được bao nhiêu người?", [(S4, "kết nạp thêm 138 hội viên mới")], ["138"])
q63 = "Thôn Đình Thượng huy động được bao nhiêu quỹ khuyến học năm 2025?"
a(q63, "factoid", [(S4, "| 1 | Thôn Đình Thượng | 312 | 48.500.000 | 186 | 3 |")], ["48.500.000"])
fu(q63, "the thon doc do?", [(S4, "| 6 | Thôn Dốc Đỏ | 183 | 19.600.000 | 97 | 1 |")], ["19.600.000"])
a("tong quy khuyen hoc xa le trach huy dong nam 2025 la bao nhieu", "no-diacritics",
  [(S4, "Tổng quỹ khuyến học huy động năm 2025 là 233.000.000 đồng")], ["233.000.000"])
q66 = "Học bổng Vượt khó học giỏi của Hội khuyến học xã Lệ Trạch mỗi suất bao nhiêu, có mấy suất?"
a(q66, "factoid", [(S4, "| Học bổng \"Vượt khó học giỏi\" | 36 | 1.000.000 | 36.000.000 |")], ["1.000.000", "36"])
fu(q66, "Còn thưởng tân sinh viên?", [(S4, "| Thưởng tân sinh viên | 42 | 1.500.000 | 63.000.000 |")], ["1.500.000", "42"])
a("Năm 2025 Hội khuyến học xã Lệ Trạch chi tổng cộng bao nhiêu cho học bổng, phần thưởng?", "factoid",
  [(S4, "Hội trao 214 suất học bổng, phần thưởng với tổng số tiền 157.200.000 đồng")], ["157.200.000", "214"])
a("Trường THCS Lệ Trạch nhận bao nhiêu máy tính bảng, ai tài trợ?", "factoid",
  [(S4, "trao 14 máy tính bảng cho học sinh có hoàn cảnh khó khăn của Trường THCS Lệ Trạch"),
   (S4, "do Công ty TNHH Thiết bị số Hưng Long tài trợ")], ["14 máy tính bảng", "Hưng Long"])
a("BC 09/BC-HKH do ai ký?", "metadata", [(S4, "CHỦ TỊCH (đã ký) Vi Đức Thắng")], ["Vi Đức Thắng"])
a("dai hoi hoi khuyen hoc xa le trach nhiem ky moi to chuc khi nao", "no-diacritics",
  [(S4, "Tổ chức Đại hội Hội khuyến học xã nhiệm kỳ 2026 - 2031 trong tháng 5/2026")], ["tháng 5/2026", "2026 - 2031"])
a("Hội khuyến học xã Lệ Trạch kiến nghị Đảng ủy, UBND xã điều gì?", "who-what",
  [(S4, "Đề nghị Đảng ủy, UBND xã Lệ Trạch bố trí 30.000.000 đồng từ ngân sách xã hỗ trợ hoạt động của Hội năm 2026")],
  ["30.000.000"], actors=["Đảng ủy, UBND xã Lệ Trạch"])
a("Các chi hội khuyến học thôn ở Lệ Trạch phải làm gì năm 2026, hạn nào?", "who-what",
  [(S4, "Các chi hội khuyến học thôn có trách nhiệm rà soát, hướng dẫn các hộ đăng ký danh hiệu \"Gia đình học tập\", gửi danh sách về Ban Thường vụ trước ngày 30/9/2026")],
  ["30/9/2026"], actors=["Các chi hội khuyến học thôn"])
a("TTHTCĐ xã Lệ Trạch tổ chức được bao nhiêu chuyên đề, bao nhiêu lượt người?", "abbreviation",
  [(S4, "Trung tâm học tập cộng đồng xã tổ chức 26 chuyên đề với 1.430 lượt người tham gia")], ["26 chuyên đề", "1.430"])
a("Muốn liên hệ thư ký hội khuyến học xã Lệ Trạch thì gọi số nào?", "factoid",
  [(S4, "bà Nông Thị Huệ, Phó Chủ tịch kiêm Thư ký Hội, điện thoại 0389 602 174")], ["0389 602 174"])
a("So du quy khuyen hoc chuyen sang nam 2026 la bao nhieu", "no-diacritics",
  [(S4, "số dư quỹ chuyển sang năm 2026 là 75.800.000 đồng")], ["75.800.000"])
u("Thôn Đình Hạ huy động được bao nhiêu quỹ khuyến học năm 2025?")
u("Quỹ khuyến học xã Lệ Trạch năm 2024 huy động được bao nhiêu?")
u("Hội khuyến học xã Sơn Vỹ có bao nhiêu hội viên?")
u("Mức thưởng học sinh giỏi cấp quốc gia của Hội khuyến học xã Lệ Trạch là bao nhiêu một suất?")
u("Trường THCS Lệ Trạch có bao nhiêu học sinh?")

# ---------------- qs05: TB 52/TB-TTGDNN-GDTX (huyện Hàm Khê) ----------------
q81 = "Lớp Tin học ứng dụng cơ bản ở TT GDNN-GDTX Hàm Khê học phí bao nhiêu?"
a(q81, "abbreviation", [(S5, "học phí 650.000 đồng/học viên/khóa")], ["650.000"])
fu(q81, "Còn lệ phí thi chứng chỉ?", [(S5, "lệ phí thi chứng chỉ 300.000 đồng")], ["300.000"])
a("lop ky nang so cho nguoi dan o ham khe co mat hoc phi khong", "no-diacritics",
  [(S5, "miễn học phí (ngân sách huyện hỗ trợ theo Kế hoạch số 41/KH-UBND)")], ["miễn học phí"])
q84 = "Thời gian nhận hồ sơ tuyển sinh các lớp kỹ năng số ở Hàm Khê là từ ngày nào đến ngày nào?"
a(q84, "factoid", [(S5, "từ ngày 06/4/2026 đến hết ngày 24/4/2026")], ["06/4/2026", "24/4/2026"])
fu(q84, "Nộp hồ sơ ở đâu?", [(S5, "tại Phòng Tuyển sinh, tầng 1, Trung tâm GDNN-GDTX huyện Hàm Khê, số 8 đường Võ Thị Sáu")],
   ["số 8 đường Võ Thị Sáu"])
a("Lớp Bán hàng trên nền tảng số khai giảng ngày nào, học ở đâu?", "factoid",
  [(S5, "| Bán hàng trên nền tảng số | 16/5/2026 | Sáng thứ Bảy (8 giờ 00 - 11 giờ 00) | Hội trường UBND xã Phố Rèn |")],
  ["16/5/2026", "Phố Rèn"])
a("Ai được giảm học phí lớp bán hàng online, giảm bao nhiêu?", "factoid",
  [(S5, "Giảm 50% học phí cho hội viên Hội Nông dân, người thuộc hộ nghèo, hộ cận nghèo")], ["50%"])
a("Tổ Tuyển sinh - Đào tạo của Trung tâm phải làm gì, hạn nào?", "who-what",
  [(S5, "Giao Tổ Tuyển sinh - Đào tạo tiếp nhận hồ sơ, lập danh sách học viên, báo cáo Giám đốc Trung tâm trước ngày 28/4/2026")],
  ["28/4/2026"], actors=["Tổ Tuyển sinh - Đào tạo"])
a("Hội Nông dân và Hội LHPN huyện Hàm Khê được đề nghị gì trong thông báo tuyển sinh?", "who-what",
  [(S5, "Đề nghị Hội Nông dân huyện và Hội Liên hiệp Phụ nữ huyện giới thiệu hội viên tham gia lớp \"Bán hàng trên nền tảng số\"")],
  ["Bán hàng trên nền tảng số"], actors=["Hội Nông dân huyện", "Hội Liên hiệp Phụ nữ huyện"])
a("TB tuyển sinh của Trung tâm GDNN-GDTX Hàm Khê số mấy, ngày nào?", "metadata",
  [(S5, "Số: 52/TB-TTGDNN-GDTX Hàm Khê, ngày 02 tháng 4 năm 2026")], ["52/TB-TTGDNN-GDTX", "02 tháng 4 năm 2026"])
a("Thi chứng chỉ ứng dụng CNTT cơ bản dự kiến ngày nào?", "abbreviation",
  [(S5, "dự thi chứng chỉ ứng dụng công nghệ thông tin cơ bản dự kiến vào ngày 27/6/2026")], ["27/6/2026"])
a("so dien thoai lien he tuyen sinh trung tam gdnn gdtx ham khe", "no-diacritics",
  [(S5, "Thầy Mạc Quang Tuyến, Tổ trưởng Tổ Tuyển sinh - Đào tạo, điện thoại 0345 118 926")], ["0345 118 926"])
a("Lớp kỹ năng số cho người dân học bao nhiêu giờ, mở mấy lớp?", "factoid",
  [(S5, "thời lượng 40 giờ; mở 04 lớp, mỗi lớp 35 học viên")], ["40 giờ", "04 lớp"])
a("lop tin hoc ung dung co ban hoc vao nhung buoi nao", "no-diacritics",
  [(S5, "Chiều thứ Ba, thứ Năm (14 giờ 00 - 16 giờ 30)")], ["thứ Ba", "thứ Năm"])
a("Tổ Hành chính - Kế toán thu học phí theo cách nào?", "who-what",
  [(S5, "Tổ Hành chính - Kế toán có trách nhiệm thu học phí qua tài khoản số 8801 2046 7735 của Trung tâm")],
  ["8801 2046 7735"], actors=["Tổ Hành chính - Kế toán"])
u("Học phí lớp Tin học ứng dụng nâng cao ở Trung tâm GDNN-GDTX Hàm Khê là bao nhiêu?")
u("Đợt 2 tuyển sinh lớp kỹ năng số của TT GDNN-GDTX Hàm Khê nhận hồ sơ từ ngày nào?")
u("Lớp kỹ năng số ở xã Tràng Sơn khai giảng khi nào?")
u("Lớp Bán hàng trên nền tảng số của Trung tâm GDNN-GDTX huyện Ngư Lạc khai giảng ngày nào?")
u("Huyện Hàm Khê trang bị bao nhiêu màn hình tương tác cho các trường THCS?")

# ---------------- corpus / cross-document ----------------
a("Những văn bản nào có nhắc tới Kế hoạch 27/KH-UBND của UBND huyện Ngư Lạc?", "corpus",
  [(S3, "Thực hiện Kế hoạch số 27/KH-UBND ngày 12/01/2026 của UBND huyện"),
   (S4, "ban hành Kế hoạch số 27/KH-UBND ngày 12/01/2026 về chuyển đổi số trong giáo dục")], ["27/KH-UBND"])
a("Văn bản nào ban hành thể lệ cuộc thi ý tưởng sáng tạo số tuổi trẻ?", "corpus",
  [(S2, "Ban hành kèm theo Quyết định này Thể lệ Cuộc thi \"Ý tưởng sáng tạo số tuổi trẻ Lộc Ninh Hạ\" năm 2026")],
  ["316/QĐ-SKHCN"])
a("Có bao nhiêu văn bản căn cứ vào Kế hoạch 94/KH-UBND của UBND tỉnh?", "corpus",
  [(S1, "Căn cứ Kế hoạch số 94/KH-UBND ngày 05/11/2025 của UBND tỉnh Lộc Ninh Hạ"),
   (S2, "Căn cứ Kế hoạch số 94/KH-UBND ngày 05/11/2025 của UBND tỉnh")], ["94/KH-UBND"])
a("van ban nao thong bao tuyen sinh lop tin hoc ung dung", "corpus",
  [(S5, "Tuyển sinh các lớp bồi dưỡng kỹ năng số và tin học ứng dụng")], ["52/TB-TTGDNN-GDTX"])
a("Về cuộc thi ý tưởng sáng tạo số, Tỉnh đoàn yêu cầu mỗi huyện ít nhất bao nhiêu ý tưởng, còn huyện Ngư Lạc tự đặt chỉ tiêu bao nhiêu?", "factoid",
  [(S2, "vận động mỗi huyện, thị xã có ít nhất 10 ý tưởng dự thi"),
   (S3, "phấn đấu huyện có tối thiểu 15 ý tưởng dự thi")], ["10 ý tưởng", "15 ý tưởng"])


# ---------------- who-what gold ----------------
WW = [
    {"id": "wqs01", "directive": "KH 27/KH-UBND", "source": S1, "actors": [
        {"name": "Phòng Giáo dục và Đào tạo", "role": "thường trực", "deadline": "trước ngày 28/02/2026",
         "task_quote": "Phòng Giáo dục và Đào tạo là cơ quan thường trực, chủ trì tham mưu UBND huyện triển khai Kế hoạch"},
        {"name": "Phòng Văn hóa và Thông tin huyện", "role": "chủ trì", "deadline": "Trước ngày 30/6/2026",
         "task_quote": "Giao Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với các doanh nghiệp viễn thông trên địa bàn nâng cấp đường truyền internet cho các trường"},
        {"name": "doanh nghiệp viễn thông", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với các doanh nghiệp viễn thông trên địa bàn nâng cấp đường truyền internet cho các trường"},
        {"name": "Phòng Tài chính - Kế hoạch", "role": None, "deadline": "trước ngày 15/02/2026",
         "task_quote": "Phòng Tài chính - Kế hoạch có trách nhiệm thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch trước ngày 15/02/2026"},
        {"name": "Trung tâm GDNN-GDTX huyện", "role": "chủ trì", "deadline": "trước ngày 31/8/2026",
         "task_quote": "Giao Trung tâm GDNN-GDTX huyện chủ trì, phối hợp với Phòng Giáo dục và Đào tạo tổ chức 06 lớp bồi dưỡng kỹ năng số cho giáo viên"},
        {"name": "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "role": None, "deadline": "định kỳ hằng quý",
         "task_quote": "Trung tâm Văn hóa, Thông tin và Thể thao huyện tuyên truyền về mô hình trường học số trên hệ thống truyền thanh"},
        {"name": "Hội khuyến học huyện", "role": None, "deadline": "trong năm 2026",
         "task_quote": "Đề nghị Hội khuyến học huyện vận động nguồn xã hội hóa hỗ trợ thiết bị học tập trực tuyến cho học sinh có hoàn cảnh khó khăn"},
        {"name": "UBND các xã, thị trấn", "role": "phối hợp", "deadline": None,
         "task_quote": "UBND các xã, thị trấn phối hợp với nhà trường rà soát học sinh chưa có thiết bị học tập"},
        {"name": "Hiệu trưởng các trường mầm non, tiểu học, THCS", "role": None, "deadline": None,
         "task_quote": "Hiệu trưởng các trường mầm non, tiểu học, THCS có trách nhiệm xây dựng kế hoạch chuyển đổi số của đơn vị"},
        {"name": "Các trường THCS", "role": "phối hợp", "deadline": "Trước ngày 15/11/2026",
         "task_quote": "Xây dựng kho học liệu số dùng chung (600 bài giảng, 250 đề kiểm tra)"},
        {"name": "Công đoàn ngành Giáo dục huyện", "role": "phối hợp", "deadline": "Tháng 10/2026",
         "task_quote": "Tổ chức Hội thi \"Giáo viên sáng tạo bài giảng số\" cấp huyện"},
    ], "intruders": ["Quách Thị Nhạn", "Sở GD&ĐT tỉnh Lộc Ninh Hạ", "Thường trực Huyện ủy, Thường trực HĐND huyện",
                     "Chủ tịch, các Phó Chủ tịch UBND huyện", "Lưu: VT, PGDĐT", "UBND HUYỆN NGƯ LẠC",
                     "Bộ Chính trị", "Lại Văn Khởi"]},
    {"id": "wqs02", "directive": "QĐ 316/QĐ-SKHCN", "source": S2, "actors": [
        {"name": "Phòng Quản lý khoa học và Đổi mới sáng tạo", "role": "chủ trì", "deadline": None,
         "task_quote": "Giao Phòng Quản lý khoa học và Đổi mới sáng tạo chủ trì, phối hợp với Tỉnh đoàn Lộc Ninh Hạ và Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tổ chức Cuộc thi"},
        {"name": "Tỉnh đoàn Lộc Ninh Hạ", "role": "phối hợp", "deadline": None,
         "task_quote": "Tỉnh đoàn Lộc Ninh Hạ có trách nhiệm phát động Cuộc thi trong đoàn viên, thanh niên"},
        {"name": "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", "role": "phối hợp", "deadline": None,
         "task_quote": "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ chuẩn bị địa điểm, thiết bị cho vòng chung khảo"},
        {"name": "Văn phòng Sở", "role": None, "deadline": None,
         "task_quote": "Văn phòng Sở có trách nhiệm bảo đảm kinh phí, cơ sở vật chất phục vụ Cuộc thi"},
        {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": "trước ngày 31/3/2026",
         "task_quote": "Đề nghị Sở Giáo dục và Đào tạo phổ biến Thể lệ đến các trường THPT, trung tâm GDNN-GDTX trước ngày 31/3/2026"},
        {"name": "UBND các huyện, thị xã", "role": None, "deadline": None,
         "task_quote": "Đề nghị UBND các huyện, thị xã giao cơ quan chuyên môn tuyên truyền Cuộc thi trên hệ thống thông tin cơ sở"},
        {"name": "Ban Giám khảo", "role": None, "deadline": "30/6/2026",
         "task_quote": "Ban Giám khảo chấm hồ sơ, chọn tối đa 20 ý tưởng vào vòng chung khảo"},
    ], "intruders": ["Khổng Minh Luận", "UBND tỉnh (để b/c)", "Lưu: VT, QLKH", "Như Điều 3",
                     "UBND TỈNH LỘC NINH HẠ", "Bộ Chính trị", "Diệp Thanh Mai"]},
    {"id": "wqs03", "directive": "CV 145-CV/BTGDVHU", "source": S3, "actors": [
        {"name": "Các chi bộ, đảng bộ cơ sở trực thuộc Huyện ủy", "role": None, "deadline": "tháng 4/2026",
         "task_quote": "Các chi bộ, đảng bộ cơ sở trực thuộc Huyện ủy quán triệt nội dung Công văn này đến cán bộ, đảng viên"},
        {"name": "Phòng Văn hóa và Thông tin huyện", "role": None, "deadline": "trước ngày 10/4/2026",
         "task_quote": "Đề nghị Phòng Văn hóa và Thông tin huyện mở chuyên mục \"Ngư Lạc chuyển đổi số\" trên Trang thông tin điện tử huyện"},
        {"name": "Trung tâm Văn hóa, Thông tin và Thể thao huyện", "role": None, "deadline": "trước ngày 05/4/2026",
         "task_quote": "Trung tâm Văn hóa, Thông tin và Thể thao huyện có trách nhiệm sản xuất tối thiểu 08 tin, bài, phóng sự về chuyển đổi số"},
        {"name": "UBMTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện", "role": None, "deadline": None,
         "task_quote": "Đề nghị UBMTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện lồng ghép tuyên truyền trong hội viên, đoàn viên"},
        {"name": "Huyện đoàn", "role": None, "deadline": None,
         "task_quote": "Huyện đoàn vận động đoàn viên, thanh niên tham gia Cuộc thi, phấn đấu huyện có tối thiểu 15 ý tưởng dự thi"},
        {"name": "Hội Nông dân huyện", "role": None, "deadline": None,
         "task_quote": "Hội Nông dân huyện tuyên truyền, hướng dẫn hội viên đưa nông sản lên sàn thương mại điện tử"},
        {"name": "Hội Liên hiệp Phụ nữ huyện", "role": None, "deadline": "trong quý II/2026",
         "task_quote": "Hội Liên hiệp Phụ nữ huyện tổ chức 03 buổi tập huấn \"Phụ nữ với kỹ năng số\""},
        {"name": "Các cơ quan, đơn vị", "role": None, "deadline": "trước ngày 15/6/2026",
         "task_quote": "Các cơ quan, đơn vị báo cáo kết quả thực hiện về Ban Tuyên giáo và Dân vận Huyện ủy trước ngày 15/6/2026"},
    ], "intruders": ["Đinh Thị Ngát", "Thường trực Huyện ủy (b/c)", "Ban Tuyên giáo và Dân vận Tỉnh ủy (b/c)",
                     "Lưu: VT.", "HUYỆN ỦY NGƯ LẠC", "Lò Văn Tiệp", "Sở Khoa học và Công nghệ tỉnh Lộc Ninh Hạ"]},
    {"id": "wqs04", "directive": "BC 09/BC-HKH", "source": S4, "actors": [
        {"name": "Các chi hội khuyến học thôn", "role": None, "deadline": "trước ngày 30/9/2026",
         "task_quote": "Các chi hội khuyến học thôn có trách nhiệm rà soát, hướng dẫn các hộ đăng ký danh hiệu \"Gia đình học tập\""},
        {"name": "Chi hội trường THCS", "role": "chủ trì", "deadline": "trước ngày 15/3/2026",
         "task_quote": "Chi hội trường THCS phối hợp với Ban đại diện cha mẹ học sinh lập danh sách học sinh chưa có thiết bị học trực tuyến"},
        {"name": "Ban đại diện cha mẹ học sinh", "role": "phối hợp", "deadline": "trước ngày 15/3/2026",
         "task_quote": "phối hợp với Ban đại diện cha mẹ học sinh lập danh sách học sinh chưa có thiết bị học trực tuyến"},
        {"name": "Hội khuyến học huyện", "role": None, "deadline": None,
         "task_quote": "Đề nghị Hội khuyến học huyện ưu tiên phân bổ máy tính bảng từ nguồn vận động theo Kế hoạch số 27/KH-UBND"},
        {"name": "Đảng ủy, UBND xã Lệ Trạch", "role": None, "deadline": None,
         "task_quote": "Đề nghị Đảng ủy, UBND xã Lệ Trạch bố trí 30.000.000 đồng từ ngân sách xã hỗ trợ hoạt động của Hội năm 2026"},
    ], "intruders": ["Vi Đức Thắng", "Nông Thị Huệ", "Lưu: VP Hội", "Các chi hội;", "HỘI KHUYẾN HỌC XÃ LỆ TRẠCH",
                     "Công ty TNHH Thiết bị số Hưng Long"]},
    {"id": "wqs05", "directive": "TB 52/TB-TTGDNN-GDTX", "source": S5, "actors": [
        {"name": "UBND các xã, thị trấn", "role": None, "deadline": "trước ngày 20/4/2026",
         "task_quote": "Đề nghị UBND các xã, thị trấn thông báo rộng rãi nội dung tuyển sinh trên hệ thống truyền thanh cơ sở"},
        {"name": "Hội Nông dân huyện", "role": None, "deadline": None,
         "task_quote": "Đề nghị Hội Nông dân huyện và Hội Liên hiệp Phụ nữ huyện giới thiệu hội viên tham gia lớp \"Bán hàng trên nền tảng số\""},
        {"name": "Hội Liên hiệp Phụ nữ huyện", "role": None, "deadline": None,
         "task_quote": "Hội Liên hiệp Phụ nữ huyện giới thiệu hội viên tham gia lớp \"Bán hàng trên nền tảng số\""},
        {"name": "Tổ Tuyển sinh - Đào tạo", "role": None, "deadline": "trước ngày 28/4/2026",
         "task_quote": "Giao Tổ Tuyển sinh - Đào tạo tiếp nhận hồ sơ, lập danh sách học viên, báo cáo Giám đốc Trung tâm trước ngày 28/4/2026"},
        {"name": "Tổ Hành chính - Kế toán", "role": None, "deadline": None,
         "task_quote": "Tổ Hành chính - Kế toán có trách nhiệm thu học phí qua tài khoản số 8801 2046 7735 của Trung tâm"},
    ], "intruders": ["Bế Thị Xoan", "UBND huyện (b/c)", "Phòng GD&ĐT, Phòng Văn hóa và Thông tin huyện",
                     "Hội Nông dân, Hội LHPN huyện", "Lưu: VT, TS-ĐT", "Mạc Quang Tuyến", "UBND HUYỆN HÀM KHÊ"]},
]


def nfc(x):
    if isinstance(x, str):
        return unicodedata.normalize("NFC", x)
    if isinstance(x, list):
        return [nfc(i) for i in x]
    if isinstance(x, dict):
        return {k: nfc(v) for k, v in x.items()}
    return x


if __name__ == "__main__":
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, (q, kind, ev, kw, extra) in enumerate(Q, 1):
            un = extra.pop("_un", False)
            row = {"id": f"qs{i:03d}", "question": q, "answerable": not un, "kind": kind,
                   "evidence": [{"source": s, "quote": t} for s, t in ev], "keywords": kw}
            if "history" in extra:
                row["history"] = extra["history"]
            if "actors" in extra:
                row["actors"] = extra["actors"]
            f.write(json.dumps(nfc(row), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WW:
            f.write(json.dumps(nfc(w), ensure_ascii=False) + "\n")
    print(len(Q), "questions,", len(WW), "who-what lines")
