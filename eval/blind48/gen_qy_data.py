# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl of blind set qy (data held here)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "qy01_kh_chuyendoiso.docx"
D2 = "qy02_qd_giaithuong.pdf"
D3 = "qy03_cv_tuyengiao.txt"
D4 = "qy04_bc_cds_giaoduc.md"
D5 = "qy05_tb_tuyensinh.txt"

# (question, kind, [(src, quote)], [keywords], extra) ; evidence [] => unanswerable
# extra: {"h": index-key of earlier question, "a": [actors], "key": label}
Q = []


def q(question, kind, ev, kw, key=None, h=None, actors=None):
    Q.append(dict(question=question, kind=kind, ev=ev, kw=kw, key=key, h=h, actors=actors))


U = "unanswerable"
# ---------------- qy01 Kế hoạch 86/KH-UBND (docx)
q("Tổng kinh phí kế hoạch chuyển đổi số năm 2026 của huyện Hướng Điền là bao nhiêu?", "factoid",
  [(D1, "Tổng kinh phí thực hiện Kế hoạch năm 2026 dự kiến là 1.850.000.000 đồng")],
  ["1.850.000.000 đồng"], key="kp")
q("Trong đó ngân sách huyện chi bao nhiêu?", "follow-up",
  [(D1, "trong đó: ngân sách huyện 1.350.000.000 đồng")], ["1.350.000.000 đồng"], h="kp")
q("Kinh phí chuyển đổi số năm 2027 của huyện Hướng Điền dự kiến bao nhiêu?", U, [], [])
q("Công an huyện phải làm gì theo KH 86, hạn khi nào?", "who-what",
  [(D1, "Kích hoạt tài khoản định danh điện tử mức độ 2 cho người dân"),
   (D1, "Trước ngày 31/10/2026")], ["định danh điện tử mức độ 2", "31/10/2026"],
  key="ca", actors=["Công an huyện"])
q("Thế Huyện đoàn thì sao?", "follow-up",
  [(D1, "Huyện đoàn có trách nhiệm thành lập 15 đội thanh niên tình nguyện")],
  ["15 đội thanh niên tình nguyện"], h="ca", actors=["Huyện đoàn"])
q("phong kinh te va ha tang duoc giao viec gi trong ke hoach chuyen doi so cua huyen?", "who-what",
  [(D1, "Rà soát, xóa các \"vùng lõm\" sóng di động tại các xã Pa Tầng, Húc Nghì, Lìa Thượng"),
   (D1, "Trước ngày 30/9/2026")], ["vùng lõm", "30/9/2026"], actors=["Phòng Kinh tế và Hạ tầng"])
q("Xã nào còn vùng lõm sóng di động cần xóa? Có mấy vùng?", "list",
  [(D1, "xóa 07 \"vùng lõm\" sóng tại các xã Pa Tầng, Húc Nghì và Lìa Thượng")],
  ["07", "Pa Tầng", "Lìa Thượng"])
q("Có vướng mắc khi làm theo kế hoạch CĐS của huyện thì hỏi ai, số máy nào?", "abbreviation",
  [(D1, "liên hệ bà Nguyễn Thị Diệu Linh, Phó Trưởng phòng Văn hóa và Thông tin, điện thoại 0233.3861.472")],
  ["Nguyễn Thị Diệu Linh", "0233.3861.472"])
q("Ai ký kế hoạch chuyển đổi số năm 2026 của UBND huyện Hướng Điền?", "metadata",
  [(D1, "PHÓ CHỦ TỊCH (Đã ký) Phan Đức Hạnh")], ["Phan Đức Hạnh"])
q("KH 86 ban hành ngày nào?", "metadata",
  [(D1, "Số: 86/KH-UBND Hướng Điền, ngày 12 tháng 3 năm 2026")], ["12 tháng 3 năm 2026"])
q("UBND các xã, thị trấn phải báo cáo kết quả chuyển đổi số về huyện khi nào?", "who-what",
  [(D1, "báo cáo kết quả về UBND huyện (qua Phòng Văn hóa và Thông tin) định kỳ hằng quý, trước ngày 20 của tháng cuối quý")],
  ["định kỳ hằng quý", "trước ngày 20 của tháng cuối quý"], key="xabc", actors=["UBND các xã, thị trấn"])
q("Thế còn mẫu biểu báo cáo quý thì lấy ở đâu?", "follow-up", [], [], h="xabc")
q("Các phòng ban, Mặt trận, đoàn thể huyện phải làm kế hoạch chi tiết nộp trước ngày nào?", "who-what",
  [(D1, "xây dựng kế hoạch chi tiết của đơn vị, gửi về Phòng Văn hóa và Thông tin trước ngày 31/3/2026")],
  ["31/3/2026"], key="pb", actors=["Các phòng, ban, ngành, Mặt trận và đoàn thể huyện"])
q("Gửi về đâu?", "follow-up",
  [(D1, "gửi về Phòng Văn hóa và Thông tin trước ngày 31/3/2026")], ["Phòng Văn hóa và Thông tin"], h="pb")
q("ke hoach 86 mo bao nhieu lop boi duong ky nang so cho nguoi dan", "no-diacritics",
  [(D1, "mở 12 lớp bồi dưỡng kỹ năng số cho người dân tại Trung tâm Giáo dục nghề nghiệp")], ["12 lớp"])
q("Kế hoạch của huyện nêu những sản phẩm OCOP nào cần làm tem truy xuất nguồn gốc?", "list",
  [(D1, "sản phẩm OCOP (cà phê Rào Quán, mật ong rừng Ba Nang, chuối hột Lìa Thượng)")],
  ["cà phê Rào Quán", "mật ong rừng Ba Nang", "chuối hột Lìa Thượng"])
q("KH 86 giao Phòng Nội vụ nhiệm vụ gì?", U, [], [])
q("Huyện đặt chỉ tiêu bao nhiêu % người dân có chữ ký số cá nhân?", U, [], [])
q("Xã A Dơi phải xóa bao nhiêu vùng lõm sóng theo kế hoạch huyện?", U, [], [])
q("ty le nguoi dan tu 15 tuoi co tai khoan dinh danh muc 2 phai dat bao nhieu", "no-diacritics",
  [(D1, "80% người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức độ 2")], ["80%"])

# ---------------- qy02 Quyết định 418/QĐ-UBND + Quy chế (pdf)
q("Giải nhất Bảng A của Giải thưởng sáng tạo KH&CN tỉnh được thưởng bao nhiêu?", "abbreviation",
  [(D2, "Mức thưởng: giải nhất 40.000.000 đồng; giải nhì 25.000.000 đồng")], ["40.000.000 đồng"], key="g1")
q("Còn giải ba?", "follow-up", [(D2, "giải ba 15.000.000 đồng; giải khuyến khích 5.000.000 đồng")],
  ["15.000.000 đồng"], h="g1")
q("Giải đặc biệt của Giải thưởng Sáng tạo khoa học và công nghệ tỉnh trị giá bao nhiêu?", U, [], [])
q("Hạn chót nộp hồ sơ dự giải sáng tạo khoa học công nghệ tỉnh là ngày nào?", "factoid",
  [(D2, "Thời gian nhận hồ sơ từ ngày 01/4/2026 đến hết ngày 31/7/2026")], ["31/7/2026"], key="hs")
q("Nộp ở đâu?", "follow-up",
  [(D2, "tại Sở Khoa học và Công nghệ, số 27 đường Hùng Vương, thành phố Tây Lộ")],
  ["số 27 đường Hùng Vương"], h="hs")
q("QĐ 418 do ai ký?", "metadata", [(D2, "PHÓ CHỦ TỊCH (Đã ký) Võ Thị Thanh Huyền")], ["Võ Thị Thanh Huyền"])
q("Quyết định ban hành quy chế giải thưởng sáng tạo thay thế quyết định nào?", "metadata",
  [(D2, "thay thế Quyết định số 1127/QĐ-UBND ngày 14 tháng 6 năm 2021")], ["1127/QĐ-UBND"])
q("Giải thưởng xét ở những lĩnh vực nào?", "list",
  [(D2, "Giải pháp dự thi thuộc 05 lĩnh vực: a) Nông nghiệp, lâm nghiệp và thủy sản; b) Công nghệ thông tin và chuyển đổi số"),
   (D2, "c) Y tế và chăm sóc sức khỏe cộng đồng; d) Giáo dục và đào tạo; đ) Kỹ thuật, công nghiệp và môi trường")],
  ["05 lĩnh vực", "Công nghệ thông tin và chuyển đổi số", "Giáo dục và đào tạo"])
q("Sở Tài chính có nhiệm vụ gì trong việc tổ chức giải thưởng sáng tạo?", "who-what",
  [(D2, "Sở Tài chính có trách nhiệm thẩm định, tham mưu bố trí kinh phí tổ chức Giải thưởng"),
   (D2, "tổng kinh phí năm 2026 là 1.200.000.000 đồng")], ["1.200.000.000 đồng"],
  key="stc", actors=["Sở Tài chính"])
q("Còn Sở GD&ĐT thì sao?", "follow-up",
  [(D2, "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Tỉnh đoàn vận động học sinh trung học cơ sở, trung học phổ thông tham gia Bảng B")],
  ["Tỉnh đoàn", "Bảng B"], h="stc", actors=["Sở Giáo dục và Đào tạo"])
q("Liên hiệp các Hội KH&KT tỉnh phải làm gì theo quy chế giải thưởng?", "who-what",
  [(D2, "hỗ trợ tác giả hoàn thiện hồ sơ; tổ chức 03 hội thảo hướng dẫn tại các huyện miền núi")],
  ["03 hội thảo"], actors=["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"])
q("hoc sinh dat giai nhat bang B duoc thuong bao nhieu tien", "no-diacritics",
  [(D2, "Bảng B: giải nhất 10.000.000 đồng; giải nhì 7.000.000 đồng")], ["10.000.000 đồng"])
q("Hội đồng xét tặng có bao nhiêu thành viên, ai làm chủ tịch hội đồng?", "factoid",
  [(D2, "Hội đồng xét tặng gồm từ 09 đến 11 thành viên, do Giám đốc Sở Khoa học và Công nghệ làm Chủ tịch Hội đồng")],
  ["từ 09 đến 11 thành viên", "Giám đốc Sở Khoa học và Công nghệ"])
q("Giải pháp phải có tối thiểu bao nhiêu điểm mới được xem xét trao giải?", "factoid",
  [(D2, "phải có điểm trung bình từ 70 điểm trở lên theo thang điểm 100")], ["70 điểm"])
q("le trao giai thuong sang tao tinh to chuc khi nao, o dau", "no-diacritics",
  [(D2, "Lễ trao Giải thưởng tổ chức trong tháng 11/2026 tại thành phố Tây Lộ")],
  ["tháng 11/2026", "thành phố Tây Lộ"])
q("Vòng sơ khảo Bảng B chấm tại trường nào?", U, [], [])
q("Hồ sơ dự giải phải nộp mấy bộ bản giấy?", U, [], [])
q("Sở KH&CN phải ban hành thể lệ chi tiết, mẫu hồ sơ trước ngày nào?", "who-what",
  [(D2, "ban hành thể lệ chi tiết và mẫu hồ sơ trước ngày 15/3/2026")], ["15/3/2026"],
  actors=["Sở Khoa học và Công nghệ"])
q("so dien thoai phong quan ly khoa hoc so KHCN la bao nhieu", "no-diacritics",
  [(D2, "Phòng Quản lý khoa học, điện thoại 0233.3556.208")], ["0233.3556.208"])
q("Giải khuyến khích Bảng B được bao nhiêu tiền?", U, [], [])
q("Năm 2026 đã có bao nhiêu hồ sơ đăng ký dự giải sáng tạo của tỉnh?", U, [], [])

# ---------------- qy03 Công văn 142-CV/BTGHU (txt, hard-wrapped)
q("CV 142 của Ban Tuyên giáo Huyện ủy Hướng Điền đề ngày nào?", "metadata",
  [(D3, "Hướng Điền, ngày 02 tháng 4 năm 2026")], ["02 tháng 4 năm 2026"])
q("Ai ký công văn tuyên truyền về khoa học, công nghệ quý II của Ban Tuyên giáo huyện?", "metadata",
  [(D3, "- Lưu Ban Tuyên giáo. Phạm Thị Ngọc Trâm")], ["Phạm Thị Ngọc Trâm"])
q("Chuyên mục Hướng Điền số trên đài truyền thanh phát vào lúc nào?", "factoid",
  [(D3, "phát sóng 02 lần/tuần vào 17 giờ 30 thứ Ba và thứ Sáu")], ["17 giờ 30", "thứ Ba và thứ Sáu"])
q("Cuộc thi Thanh niên Hướng Điền với kỹ năng số diễn ra từ ngày nào đến ngày nào?", "factoid",
  [(D3, "Cuộc thi trực tuyến \"Thanh niên Hướng Điền với kỹ năng số\" từ ngày 15/5/2026 đến ngày 15/6/2026")],
  ["15/5/2026", "15/6/2026"], key="ct")
q("Cơ cấu giải thế nào?", "follow-up",
  [(D3, "cơ cấu giải gồm 01 giải nhất, 02 giải nhì, 03 giải ba và 05 giải khuyến khích, tổng giá trị giải thưởng 12.000.000 đồng")],
  ["05 giải khuyến khích", "12.000.000 đồng"], h="ct")
q("Vậy riêng giải nhất được bao nhiêu tiền?", "follow-up", [], [], h="ct")
q("Hội Nông dân huyện được đề nghị làm gì theo công văn của Ban Tuyên giáo?", "who-what",
  [(D3, "Hội Nông dân huyện phối hợp với Bưu điện huyện hướng dẫn ít nhất 300 hội viên mở gian hàng trên sàn thương mại điện tử")],
  ["300 hội viên"], actors=["Hội Nông dân huyện"])
q("Đảng ủy các xã phải báo cáo kết quả sinh hoạt chuyên đề chuyển đổi số trước ngày nào?", "who-what",
  [(D3, "báo cáo kết quả về Ban Tuyên giáo Huyện ủy trước ngày 25/6/2026")], ["25/6/2026"],
  actors=["Đảng ủy các xã, thị trấn"])
q("hoi lien hiep phu nu huyen tap trung tuyen truyen chong lua dao qua mang o nhung xa nao", "who-what",
  [(D3, "tuyên truyền phòng, chống lừa đảo qua mạng cho hội viên, tập trung tại các xã Pa Tầng và Lìa Thượng")],
  ["Pa Tầng", "Lìa Thượng"], actors=["Hội Liên hiệp Phụ nữ huyện"])
q("Hội nghị báo cáo viên quý II tổ chức lúc mấy giờ, ở đâu?", "factoid",
  [(D3, "tổ chức vào lúc 7 giờ 30 ngày 16/4/2026 tại Hội trường Huyện ủy")],
  ["7 giờ 30", "16/4/2026", "Hội trường Huyện ủy"], key="hn")
q("Thành phần dự gồm những ai?", "follow-up",
  [(D3, "Thành phần: báo cáo viên Huyện ủy; Phó Bí thư Thường trực Đảng ủy các xã, thị trấn; cán bộ phụ trách tuyên giáo")],
  ["báo cáo viên Huyện ủy", "Phó Bí thư Thường trực"], h="hn")
q("mo hinh cho phien so o xa nao", "no-diacritics",
  [(D3, "\"Chợ phiên số\" ở xã Ba Nang")], ["Ba Nang"])
q("Theo CV 142, báo cáo viên của Sở KH&CN dự hội nghị tên là gì?", U, [], [])
q("Cần hỏi về công văn tuyên truyền quý II thì liên hệ ai?", "factoid",
  [(D3, "liên hệ đồng chí Hồ Văn Tín, chuyên viên Ban Tuyên giáo Huyện ủy, điện thoại 0914.226.583")],
  ["Hồ Văn Tín", "0914.226.583"])
q("Công văn tuyên truyền quý II của huyện thực hiện hướng dẫn nào của Ban Tuyên giáo Tỉnh ủy?", "metadata",
  [(D3, "Thực hiện Hướng dẫn số 19-HD/BTGTU ngày 18/3/2026 của Ban Tuyên giáo Tỉnh ủy Cam Lộ Tây")],
  ["19-HD/BTGTU"])
q("Phòng GD&ĐT được Ban Tuyên giáo đề nghị làm gì?", "who-what",
  [(D3, "hướng dẫn các trường trung học cơ sở lồng ghép nội dung an toàn trên không gian mạng vào hoạt động trải nghiệm")],
  ["an toàn trên không gian mạng"], actors=["Phòng Giáo dục và Đào tạo huyện"])
q("Hội nghị báo cáo viên quý III của huyện tổ chức ngày nào?", U, [], [])
q("Hội Cựu chiến binh huyện được giao nhiệm vụ gì trong CV 142?", U, [], [])
q("giai dac biet cuoc thi thanh nien huong dien voi ky nang so tri gia bao nhieu", U, [], [])
q("trung tam van hoa thong tin the thao phai lam bao nhieu phong su ngan", "no-diacritics",
  [(D3, "thực hiện ít nhất 06 phóng sự ngắn đăng trên Trang thông tin điện tử huyện")], ["06 phóng sự"])

# ---------------- qy04 Báo cáo 57/BC-PGDĐT (md)
q("Năm học 2025-2026 huyện Hướng Điền có bao nhiêu trường, bao nhiêu lớp?", "factoid",
  [(D4, "toàn huyện có 31 trường (11 trường mầm non, 9 trường tiểu học, 4 trường TH&THCS, 7 trường THCS) với 412 nhóm, lớp")],
  ["31 trường", "412 nhóm, lớp"])
q("Có bao nhiêu lớp đã có màn hình tương tác, tỷ lệ bao nhiêu?", "factoid",
  [(D4, "Toàn huyện có 148/412 lớp được trang bị màn hình tương tác hoặc ti vi kết nối internet (đạt 35,9%)")],
  ["148/412", "35,9%"], key="mh")
q("Riêng cấp tiểu học?", "follow-up", [(D4, "| 2 | Tiểu học | 9 | 100 | 100 | 61 |")], ["61"], h="mh")
q("Tỷ lệ học bạ số của khối trường TH&THCS là bao nhiêu?", "abbreviation",
  [(D4, "| 3 | TH&THCS | 4 | 75 | 100 | 19 |")], ["75"])
q("Vì sao trường TH&THCS Pa Tầng chưa triển khai học bạ số?", "factoid",
  [(D4, "Chưa triển khai học bạ số khối THCS | Giáo viên chưa có chữ ký số cá nhân")],
  ["Giáo viên chưa có chữ ký số cá nhân"], key="pt")
q("Vậy hạn cấp chữ ký số cho giáo viên trường đó là khi nào?", "follow-up",
  [(D4, "Trường TH&THCS Pa Tầng hoàn thành cấp chữ ký số cho 100% giáo viên trước ngày 30/6/2026")],
  ["30/6/2026"], h="pt", actors=["Trường TH&THCS Pa Tầng"])
q("Phòng GD kiến nghị huyện bổ sung bao nhiêu tiền để mua màn hình tương tác?", "factoid",
  [(D4, "Kiến nghị UBND huyện bổ sung 420.000.000 đồng để mua 35 màn hình tương tác cho các trường TH&THCS")],
  ["420.000.000 đồng", "35 màn hình tương tác"])
q("cuoc thi em sang tao voi cong nghe cap huyen nhan duoc bao nhieu san pham", "no-diacritics",
  [(D4, "Cuộc thi \"Em sáng tạo với công nghệ\" cấp huyện nhận 86 sản phẩm, trao 12 giải")],
  ["86 sản phẩm"], key="em")
q("Bao nhiêu sản phẩm được chọn gửi lên tỉnh?", "follow-up",
  [(D4, "Phòng lựa chọn 03 sản phẩm gửi tham gia Bảng B Giải thưởng Sáng tạo khoa học và công nghệ tỉnh")],
  ["03 sản phẩm"], h="em")
q("BC 57 về chuyển đổi số trong giáo dục do ai ký?", "metadata",
  [(D4, "TRƯỞNG PHÒNG (Đã ký) Lương Thị Thu Hà")], ["Lương Thị Thu Hà"])
q("Trường Mầm non Húc Nghì có bao nhiêu trẻ?", U, [], [])
q("Kết quả chuyển đổi số học kỳ II năm học 2025-2026 của ngành giáo dục huyện ra sao?", U, [], [])
q("Viettel Hướng Điền được đề nghị hỗ trợ gì cho ngành giáo dục?", "who-what",
  [(D4, "Đề nghị Viettel Hướng Điền hỗ trợ nâng cấp đường truyền cho Trường TH&THCS Lìa Thượng trước năm học 2026 - 2027")],
  ["Trường TH&THCS Lìa Thượng", "2026 - 2027"], actors=["Viettel Hướng Điền"])
q("diem truong le nao cua mam non huc nghi chua co may tinh", "no-diacritics",
  [(D4, "Điểm trường lẻ Tà Rụt chưa có máy tính")], ["Tà Rụt"])
q("Các trường phải cập nhật dữ liệu ngành vào thời hạn nào hằng tháng?", "who-what",
  [(D4, "cập nhật dữ liệu ngành trước ngày 30 hằng tháng")], ["trước ngày 30 hằng tháng"],
  actors=["Các trường học"])
q("Người theo dõi BC 57 là ai, SĐT bao nhiêu?", "abbreviation",
  [(D4, "Người theo dõi: ông Đinh Quang Huy, chuyên viên Phòng Giáo dục và Đào tạo, điện thoại 0978.514.302")],
  ["Đinh Quang Huy", "0978.514.302"])
q("Tỷ lệ học bạ số cấp THPT của huyện đạt bao nhiêu?", U, [], [])
q("Trường THCS Ba Nang có bao nhiêu lớp có màn hình tương tác?", U, [], [])
q("so hoc sinh co tai khoan hoc tap truc tuyen la bao nhieu", "no-diacritics",
  [(D4, "Có 6.420 học sinh tiểu học, THCS có tài khoản học tập trực tuyến")], ["6.420"])

# ---------------- qy05 Thông báo 23/TB-TTGDNN-GDTX (txt)
q("Lớp kỹ năng số cơ bản của trung tâm học bao nhiêu tiết?", "factoid",
  [(D5, "Mỗi lớp học 40 tiết, chia thành 10 buổi")], ["40 tiết", "10 buổi"])
q("Lớp ở xã Húc Nghì khai giảng ngày nào?", "factoid",
  [(D5, "| K03 | Hội trường UBND xã Húc Nghì | 18/5/2026 | 30 |")], ["18/5/2026"], key="hn5")
q("Thế lớp ở Lìa Thượng?", "follow-up",
  [(D5, "| K05 | Nhà văn hóa bản Cợp, xã Lìa Thượng | 22/6/2026 | 25 |")], ["22/6/2026"], h="hn5")
q("Người không thuộc diện miễn thì học phí lớp kỹ năng số là bao nhiêu?", "factoid",
  [(D5, "Các đối tượng khác đóng 300.000 đồng/học viên/khóa, đã bao gồm tài liệu")], ["300.000 đồng"], key="hp")
q("Học xong có được cấp giấy chứng nhận không?", "follow-up",
  [(D5, "Học viên học đủ ít nhất 80% số tiết và đạt yêu cầu bài kiểm tra cuối khóa sẽ nhận Giấy chứng nhận")],
  ["80%", "Giấy chứng nhận"], h="hp")
q("Những ai được miễn học phí lớp kỹ năng số?", "list",
  [(D5, "Miễn học phí đối với cán bộ thôn, bản, khu phố, thành viên Tổ công nghệ số cộng đồng, người dân tộc thiểu số, người thuộc hộ nghèo, hộ cận nghèo")],
  ["cán bộ thôn, bản, khu phố", "người dân tộc thiểu số", "hộ cận nghèo"])
q("Hồ sơ đăng ký học gồm những gì?", "list",
  [(D5, "Hồ sơ gồm: phiếu đăng ký (theo mẫu của Trung tâm); bản photo căn cước công dân; 02 ảnh cỡ 3x4")],
  ["phiếu đăng ký", "căn cước công dân", "02 ảnh cỡ 3x4"])
q("Lớp K01 nhận hồ sơ đến hết ngày nào?", "factoid",
  [(D5, "riêng lớp K01 nhận hồ sơ đến hết ngày 15/4/2026")], ["15/4/2026"])
q("lop hoc tai xa hoc vao buoi nao, tu may gio", "no-diacritics",
  [(D5, "học vào buổi tối (từ 19 giờ 00 đến 21 giờ 00) các ngày thứ Hai, thứ Tư, thứ Sáu")],
  ["19 giờ 00", "21 giờ 00"])
q("TB 23 của Trung tâm GDNN-GDTX do ai ký?", "metadata",
  [(D5, "- UBND các xã, thị trấn; Lâm Hữu Nghĩa")], ["Lâm Hữu Nghĩa"])
q("Đợt 1 mở mấy lớp, tổng chỉ tiêu bao nhiêu học viên?", "factoid",
  [(D5, "Lịch khai giảng dự kiến đợt 1 (06 lớp, 180 học viên)")], ["06 lớp", "180 học viên"])
q("Lớp K07 học ở đâu, khai giảng ngày nào?", U, [], [])
q("Học phí lớp kỹ năng số nâng cao là bao nhiêu?", U, [], [])
q("Phòng Đào tạo của Trung tâm phải báo cáo kết quả đợt 1 cho ai, trước ngày nào?", "who-what",
  [(D5, "báo cáo kết quả đợt 1 về Phòng Văn hóa và Thông tin huyện trước ngày 31/7/2026")],
  ["Phòng Văn hóa và Thông tin huyện", "31/7/2026"], actors=["Phòng Đào tạo của Trung tâm"])
q("ubnd xa duoc de nghi lam gi trong thong bao tuyen sinh lop ky nang so", "who-what",
  [(D5, "Đề nghị UBND các xã, thị trấn thông báo rộng rãi trên hệ thống truyền thanh cơ sở; lập danh sách học viên gửi về Trung tâm")],
  ["danh sách học viên", "truyền thanh cơ sở"], actors=["UBND các xã, thị trấn"])
q("lien he ai de dang ky lop ky nang so co ban", "no-diacritics",
  [(D5, "thầy Trương Công Định, Phó Giám đốc Trung tâm, điện thoại 0905.318.627")],
  ["Trương Công Định", "0905.318.627"])
q("Trung tâm có hỗ trợ tiền đi lại cho học viên ở xã xa không?", U, [], [])
q("hoc phi lop ky nang so nam 2025 la bao nhieu", U, [], [])
q("Tổ công nghệ số cộng đồng các xã có nhiệm vụ gì với lớp học?", "who-what",
  [(D5, "Tổ công nghệ số cộng đồng các xã có trách nhiệm hỗ trợ học viên cài đặt ứng dụng trước buổi học đầu tiên")],
  ["cài đặt ứng dụng"], actors=["Tổ công nghệ số cộng đồng các xã"])

# ---------------- corpus / cross-document
q("Những văn bản nào thực hiện Kế hoạch 86/KH-UBND của UBND huyện?", "corpus",
  [(D3, "Kế hoạch số 86/KH-UBND ngày 12/3/2026 của UBND huyện Hướng Điền về chuyển đổi số và ứng dụng khoa học, công nghệ năm 2026, Ban Tuyên giáo Huyện ủy"),
   (D4, "Thực hiện Kế hoạch số 86/KH-UBND ngày 12/3/2026 của UBND huyện về chuyển đổi số và ứng dụng khoa học, công nghệ năm 2026, Phòng Giáo dục và Đào tạo báo cáo"),
   (D5, "Kế hoạch số 86/KH-UBND ngày 12/3/2026 của UBND huyện Hướng Điền về chuyển đổi số và ứng dụng khoa học, công nghệ trên địa bàn huyện năm 2026, Trung tâm Giáo dục nghề nghiệp")],
  ["Ban Tuyên giáo Huyện ủy", "Phòng Giáo dục và Đào tạo", "Trung tâm Giáo dục nghề nghiệp"])
q("Có mấy văn bản nhắc đến QĐ 418 về giải thưởng sáng tạo KH&CN tỉnh?", "corpus",
  [(D1, "Căn cứ Quyết định số 418/QĐ-UBND ngày 20/01/2026 của UBND tỉnh"),
   (D2, "UBND TỈNH CAM LỘ TÂY Số: 418/QĐ-UBND"),
   (D3, "theo Quyết định số 418/QĐ-UBND ngày 20/01/2026 của UBND tỉnh"),
   (D4, "theo Quyết định số 418/QĐ-UBND ngày 20/01/2026 của UBND tỉnh")],
  ["418/QĐ-UBND"])
q("Trong bộ tài liệu, văn bản nào do cấp tỉnh ban hành?", "corpus",
  [(D2, "UBND TỈNH CAM LỘ TÂY Số: 418/QĐ-UBND")], ["418/QĐ-UBND"])
q("Có văn bản nào của Hội Cựu giáo chức huyện về phong trào học tập số không?", U, [], [])
q("van ban nao noi ve lop boi duong ky nang so cho nguoi dan", "corpus",
  [(D1, "Mở 12 lớp bồi dưỡng kỹ năng số cho người dân"),
   (D5, "Tuyển sinh lớp bồi dưỡng \"Kỹ năng số cơ bản\" năm 2026 (đợt 1)")],
  ["12 lớp", "Kỹ năng số cơ bản"])
q("Các văn bản của huyện Hướng Điền đều giao việc cho Huyện đoàn phải không? Huyện đoàn được giao những gì?", "corpus",
  [(D1, "Huyện đoàn có trách nhiệm thành lập 15 đội thanh niên tình nguyện"),
   (D3, "Huyện đoàn chủ trì tổ chức Cuộc thi trực tuyến \"Thanh niên Hướng Điền với kỹ năng số\"")],
  ["15 đội thanh niên tình nguyện", "Thanh niên Hướng Điền với kỹ năng số"], actors=["Huyện đoàn"])

# ---------------------------------------------------------------- who-what gold
WW = [
    dict(id="wqy01", directive="KH 86/KH-UBND", source=D1, actors=[
        ("Phòng Văn hóa và Thông tin", "chủ trì", None,
         "Giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Văn phòng HĐND và UBND huyện tham mưu UBND huyện theo dõi, tổng hợp tình hình thực hiện Kế hoạch"),
        ("Văn phòng HĐND và UBND huyện", "phối hợp", None,
         "phối hợp với Văn phòng HĐND và UBND huyện tham mưu UBND huyện theo dõi, tổng hợp tình hình thực hiện Kế hoạch"),
        ("Phòng Kinh tế và Hạ tầng", "chủ trì", "Trước ngày 30/9/2026",
         "Rà soát, xóa các \"vùng lõm\" sóng di động tại các xã Pa Tầng, Húc Nghì, Lìa Thượng"),
        ("Viettel Hướng Điền", "phối hợp", "Trước ngày 30/9/2026",
         "Rà soát, xóa các \"vùng lõm\" sóng di động tại các xã Pa Tầng, Húc Nghì, Lìa Thượng"),
        ("VNPT Hướng Điền", "phối hợp", "Trước ngày 30/9/2026",
         "Rà soát, xóa các \"vùng lõm\" sóng di động tại các xã Pa Tầng, Húc Nghì, Lìa Thượng"),
        ("Văn phòng HĐND và UBND huyện", "chủ trì", "Quý II/2026",
         "Triển khai ký số, quản lý văn bản liên thông 3 cấp"),
        ("Công an huyện", "chủ trì", "Trước ngày 31/10/2026",
         "Kích hoạt tài khoản định danh điện tử mức độ 2 cho người dân"),
        ("Huyện đoàn", "phối hợp", "Trước ngày 31/10/2026",
         "Kích hoạt tài khoản định danh điện tử mức độ 2 cho người dân"),
        ("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", "chủ trì", "Từ tháng 4 đến tháng 9/2026",
         "Mở 12 lớp bồi dưỡng kỹ năng số cho người dân"),
        ("Phòng Giáo dục và Đào tạo", "chủ trì", "Trước ngày 15/8/2026",
         "Triển khai học bạ số, sổ điểm điện tử tại 100% trường học"),
        ("Các trường mầm non, tiểu học, THCS", "phối hợp", "Trước ngày 15/8/2026",
         "Triển khai học bạ số, sổ điểm điện tử tại 100% trường học"),
        ("Phòng Nông nghiệp và Môi trường", "chủ trì", "Định kỳ hằng quý",
         "Hướng dẫn hộ sản xuất đưa sản phẩm lên sàn thương mại điện tử"),
        ("Hội Nông dân huyện", "phối hợp", "Định kỳ hằng quý",
         "Hướng dẫn hộ sản xuất đưa sản phẩm lên sàn thương mại điện tử"),
        ("Bưu điện huyện", "phối hợp", "Định kỳ hằng quý",
         "Hướng dẫn hộ sản xuất đưa sản phẩm lên sàn thương mại điện tử"),
        ("Phòng Văn hóa và Thông tin", "chủ trì", "Trước ngày 15/7/2026",
         "Lựa chọn, giới thiệu giải pháp tham gia Giải thưởng Sáng tạo khoa học và công nghệ tỉnh"),
        ("Phòng Tài chính - Kế hoạch", "chủ trì", "Trước ngày 31/3/2026",
         "Bố trí, hướng dẫn sử dụng kinh phí thực hiện Kế hoạch"),
        ("Các phòng, ban, ngành, Mặt trận và đoàn thể huyện", None, "trước ngày 31/3/2026",
         "căn cứ chức năng, nhiệm vụ xây dựng kế hoạch chi tiết của đơn vị, gửi về Phòng Văn hóa và Thông tin trước ngày 31/3/2026"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", None, None,
         "vận động đoàn viên, hội viên tham gia phong trào \"Bình dân học vụ số\", giám sát việc cung cấp dịch vụ công trực tuyến tại cơ sở"),
        ("Huyện đoàn", None, None,
         "Huyện đoàn có trách nhiệm thành lập 15 đội thanh niên tình nguyện hỗ trợ người dân cài đặt, sử dụng ứng dụng VNeID"),
        ("UBND các xã, thị trấn", None, "trước ngày 20 của tháng cuối quý",
         "bố trí ít nhất 01 công chức phụ trách chuyển đổi số; báo cáo kết quả về UBND huyện (qua Phòng Văn hóa và Thông tin) định kỳ hằng quý"),
        ("Phòng Tài chính - Kế hoạch", None, None,
         "Phòng Tài chính - Kế hoạch thẩm định dự toán của các đơn vị, tham mưu UBND huyện phân bổ kinh phí"),
        ("Phòng Văn hóa và Thông tin", None, "trước ngày 10/12/2026",
         "Phòng Văn hóa và Thông tin có trách nhiệm theo dõi, tổng hợp, báo cáo UBND huyện và Sở Khoa học và Công nghệ tỉnh kết quả thực hiện cả năm"),
    ], intruders=["Phan Đức Hạnh", "Nguyễn Thị Diệu Linh", "Bộ Chính trị", "TT Huyện ủy, TT HĐND huyện",
                  "CT, các PCT UBND huyện", "Lưu: VT, VHTT", "UBND tỉnh (để b/c)", "Các đơn vị tại mục IV"]),
    dict(id="wqy02", directive="QĐ 418/QĐ-UBND", source=D2, actors=[
        ("Chánh Văn phòng UBND tỉnh", None, None,
         "Chánh Văn phòng UBND tỉnh; Giám đốc Sở Khoa học và Công nghệ; Giám đốc các sở, Thủ trưởng các ban, ngành cấp tỉnh"),
        ("Chủ tịch UBND các huyện, thị xã, thành phố", None, None,
         "Chủ tịch UBND các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này"),
        ("Sở Khoa học và Công nghệ", "thường trực", "trước ngày 15/3/2026",
         "ban hành thể lệ chi tiết và mẫu hồ sơ trước ngày 15/3/2026; tiếp nhận hồ sơ; trình Chủ tịch UBND tỉnh thành lập Hội đồng xét tặng"),
        ("Chủ tịch UBND tỉnh", None, None,
         "Chủ tịch UBND tỉnh thành lập Hội đồng xét tặng gồm từ 09 đến 11 thành viên"),
        ("Sở Tài chính", None, None,
         "Sở Tài chính có trách nhiệm thẩm định, tham mưu bố trí kinh phí tổ chức Giải thưởng từ nguồn sự nghiệp khoa học và công nghệ"),
        ("Sở Giáo dục và Đào tạo", "chủ trì", None,
         "Sở Giáo dục và Đào tạo chủ trì, phối hợp với Tỉnh đoàn vận động học sinh trung học cơ sở, trung học phổ thông tham gia Bảng B"),
        ("Tỉnh đoàn", "phối hợp", None,
         "phối hợp với Tỉnh đoàn vận động học sinh trung học cơ sở, trung học phổ thông tham gia Bảng B"),
        ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "phối hợp", None,
         "phối hợp với Sở Khoa học và Công nghệ hỗ trợ tác giả hoàn thiện hồ sơ; tổ chức 03 hội thảo hướng dẫn tại các huyện miền núi"),
        ("Báo và Phát thanh, Truyền hình Cam Lộ Tây", None, None,
         "có trách nhiệm tuyên truyền về Giải thưởng và giới thiệu các giải pháp nhận giải"),
        ("Cổng Thông tin điện tử tỉnh", None, None,
         "có trách nhiệm tuyên truyền về Giải thưởng và giới thiệu các giải pháp nhận giải"),
        ("UBND các huyện, thị xã, thành phố", None, "trước ngày 31/7/2026",
         "có trách nhiệm phổ biến Quy chế, lựa chọn và giới thiệu giải pháp tiêu biểu của địa phương, gửi danh sách về Sở Khoa học và Công nghệ"),
    ], intruders=["Võ Thị Thanh Huyền", "Bộ Khoa học và Công nghệ (b/c)", "TT Tỉnh ủy, TT HĐND tỉnh",
                  "CT, các PCT UBND tỉnh", "Lưu: VT, KGVX", "Bộ Chính trị", "CHỦ TỊCH UBND TỈNH CAM LỘ TÂY"]),
    dict(id="wqy03", directive="CV 142-CV/BTGHU", source=D3, actors=[
        ("Đảng ủy các xã, thị trấn", None, "trước ngày 25/6/2026",
         "lãnh đạo tổ chức ít nhất 01 buổi sinh hoạt chuyên đề về chuyển đổi số tại các chi bộ thôn, bản trong quý II/2026"),
        ("Trung tâm Văn hóa, Thông tin và Thể thao huyện", None, "trước ngày 30/4/2026",
         "mở chuyên mục \"Hướng Điền số\" trên Đài Truyền thanh huyện, phát sóng 02 lần/tuần"),
        ("Ủy ban MTTQ Việt Nam huyện và các đoàn thể chính trị - xã hội huyện", None, None,
         "lồng ghép nội dung tuyên truyền vào sinh hoạt định kỳ của đoàn viên, hội viên"),
        ("Huyện đoàn", "chủ trì", "từ ngày 15/5/2026 đến ngày 15/6/2026",
         "Huyện đoàn chủ trì tổ chức Cuộc thi trực tuyến \"Thanh niên Hướng Điền với kỹ năng số\""),
        ("Hội Nông dân huyện", None, None,
         "Hội Nông dân huyện phối hợp với Bưu điện huyện hướng dẫn ít nhất 300 hội viên mở gian hàng trên sàn thương mại điện tử"),
        ("Bưu điện huyện", "phối hợp", None,
         "phối hợp với Bưu điện huyện hướng dẫn ít nhất 300 hội viên mở gian hàng trên sàn thương mại điện tử"),
        ("Hội Liên hiệp Phụ nữ huyện", None, None,
         "Hội Liên hiệp Phụ nữ huyện tuyên truyền phòng, chống lừa đảo qua mạng cho hội viên, tập trung tại các xã Pa Tầng và Lìa Thượng"),
        ("Phòng Giáo dục và Đào tạo huyện", None, "trong tháng 4 và tháng 5/2026",
         "hướng dẫn các trường trung học cơ sở lồng ghép nội dung an toàn trên không gian mạng vào hoạt động trải nghiệm"),
    ], intruders=["Phạm Thị Ngọc Trâm", "Hồ Văn Tín", "Ban Tuyên giáo Tỉnh ủy (b/c)", "Thường trực Huyện ủy (b/c)",
                  "Lưu Ban Tuyên giáo", "ĐẢNG CỘNG SẢN VIỆT NAM", "HUYỆN ỦY HƯỚNG ĐIỀN"]),
    dict(id="wqy04", directive="BC 57/BC-PGDĐT", source=D4, actors=[
        ("Các trường học", None, "trước ngày 15/8/2026",
         "Các trường học có trách nhiệm hoàn thành triển khai học bạ số, sổ điểm điện tử trước ngày 15/8/2026"),
        ("Trường TH&THCS Pa Tầng", None, "trước ngày 30/6/2026",
         "Trường TH&THCS Pa Tầng hoàn thành cấp chữ ký số cho 100% giáo viên trước ngày 30/6/2026"),
        ("UBND huyện", None, None,
         "Kiến nghị UBND huyện bổ sung 420.000.000 đồng để mua 35 màn hình tương tác cho các trường TH&THCS"),
        ("Phòng Tài chính - Kế hoạch", None, "trong quý III/2026",
         "đề nghị Phòng Tài chính - Kế hoạch thẩm định, tham mưu bố trí trong quý III/2026"),
        ("Viettel Hướng Điền", None, "trước năm học 2026 - 2027",
         "Đề nghị Viettel Hướng Điền hỗ trợ nâng cấp đường truyền cho Trường TH&THCS Lìa Thượng"),
    ], intruders=["Lương Thị Thu Hà", "Đinh Quang Huy", "Sở GD&ĐT tỉnh (b/c)", "Lưu: VT",
                  "Các trường MN, TH, THCS", "Trường Đại học Sư phạm tỉnh"]),
    dict(id="wqy05", directive="TB 23/TB-TTGDNN-GDTX", source=D5, actors=[
        ("UBND các xã, thị trấn", None, None,
         "Đề nghị UBND các xã, thị trấn thông báo rộng rãi trên hệ thống truyền thanh cơ sở; lập danh sách học viên gửi về Trung tâm"),
        ("Tổ công nghệ số cộng đồng các xã", None, "trước buổi học đầu tiên",
         "Tổ công nghệ số cộng đồng các xã có trách nhiệm hỗ trợ học viên cài đặt ứng dụng"),
        ("Phòng Đào tạo của Trung tâm", "chủ trì", "trước ngày 31/7/2026",
         "Phòng Đào tạo của Trung tâm chủ trì xếp lớp, bố trí giáo viên và báo cáo kết quả đợt 1"),
    ], intruders=["Lâm Hữu Nghĩa", "Trương Công Định", "Phòng GD&ĐT, Phòng VH&TT huyện (b/c)",
                  "Trung tâm VH-TT-TT huyện (để đưa tin)", "Lưu: VT, PĐT", "UBND HUYỆN HƯỚNG ĐIỀN"]),
]


def nfc(x):
    return unicodedata.normalize("NFC", x)


def main():
    keys = {}
    out = []
    for i, d in enumerate(Q, 1):
        qid = f"qy{i:03d}"
        ans = bool(d["ev"])
        row = {"id": qid, "question": nfc(d["question"]), "answerable": ans, "kind": d["kind"],
               "evidence": [{"source": s, "quote": nfc(t)} for s, t in d["ev"]],
               "keywords": [nfc(k) for k in d["kw"]]}
        if d["h"]:
            row["history"] = [keys[d["h"]]]
        if d["actors"]:
            row["actors"] = [nfc(a) for a in d["actors"]]
        if d["key"]:
            keys[d["key"]] = row["question"]
        out.append(row)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WW:
            r = {"id": w["id"], "directive": w["directive"], "source": w["source"],
                 "actors": [{"name": nfc(n), "role": ro, "deadline": nfc(dl) if dl else None,
                             "task_quote": nfc(tq)} for n, ro, dl, tq in w["actors"]],
                 "intruders": [nfc(x) for x in w["intruders"]]}
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    print(len(out), "questions;", len(WW), "who-what lines")


if __name__ == "__main__":
    main()
