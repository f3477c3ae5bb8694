# -*- coding: utf-8 -*-
"""Write questions.jsonl and who_what.jsonl for blind61 (data held here)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "rl01_kh_vanhoadoc.docx"
D2 = "rl02_bb_hopxa.txt"
D3 = "rl03_cv_tusach.pdf"
D4 = "rl04_qd_thele.txt"
D5 = "rl05_bc_thuvien.md"

Q = []  # list of dicts in file order; ids assigned at the end


def add(kind, question, ev=(), kw=(), answerable=True, history=None, actors=None, key=None):
    d = {"kind": kind, "question": question, "answerable": answerable,
         "evidence": [{"source": s, "quote": q} for s, q in ev], "keywords": list(kw)}
    if history is not None:
        d["history"] = [history]
    if actors:
        d["actors"] = list(actors)
    d["_key"] = key
    Q.append(d)
    return question


def un(question, kind="unanswerable", history=None):
    return add(kind, question, answerable=False, history=history)


# ----------------------------------------------------------------- rl01 (KH 23)
add("abbreviation", "Theo KH 23 của huyện, năm 2026 phải nâng tổng số tủ sách thôn bản lên bao nhiêu?",
    [(D1, "Nâng tổng số tủ sách thôn, bản lên 72 tủ (tăng 8 tủ so với năm 2025)")], ["72 tủ"])
f1 = add("factoid", "Tổng kinh phí thực hiện kế hoạch văn hóa đọc năm 2026 của huyện là bao nhiêu, trong đó ngân sách huyện chiếm bao nhiêu?",
         [(D1, "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 612 triệu đồng (Sáu trăm mười hai triệu đồng), trong đó ngân sách huyện 582 triệu đồng")],
         ["612 triệu đồng", "582 triệu đồng"])
add("follow-up", "Còn phần xã hội hóa thì bao nhiêu?",
    [(D1, "ngân sách huyện 582 triệu đồng, nguồn xã hội hóa 30 triệu đồng")], ["30 triệu đồng"], history=f1)
f5 = add("who-what", "Phòng Văn hóa và Thông tin phải làm gì theo KH 23?",
         [(D1, "Là cơ quan thường trực, chủ trì tham mưu Uỷ ban nhân dân huyện triển khai Kế hoạch"),
          (D1, "tổng hợp báo cáo kết quả 6 tháng trước ngày 15/6/2026 và báo cáo năm trước ngày 10/12/2026")],
         ["thường trực", "15/6/2026", "10/12/2026"], actors=["Phòng Văn hóa và Thông tin"])
add("follow-up", "Còn phòng GD&ĐT?",
    [(D1, "tổ chức giờ đọc sách tối thiểu 01 tiết/tuần; động viên học sinh THCS tham gia Bảng A")],
    ["01 tiết/tuần", "Bảng A"], history=f5, actors=["Phòng Giáo dục và Đào tạo"])
add("who-what", "TT VH-TT huyện được giao những việc gì trong kế hoạch năm 2026 của UBND huyện?",
    [(D1, "Chủ trì tổ chức Ngày Sách và Văn hóa đọc Việt Nam tại sân Nhà Văn hóa huyện vào ngày 21/4/2026"),
     (D1, "thực hiện luân chuyển sách định kỳ hằng quý xuống tủ sách thôn, bản")],
    ["21/4/2026", "hằng quý"], actors=["Trung tâm Văn hóa - Thể thao huyện"])
add("who-what", "phong tai chinh ke hoach phai lam gi trong ke hoach van hoa doc 2026, han khi nao?",
    [(D1, "Thẩm định, tham mưu bố trí 582 triệu đồng từ ngân sách huyện trước ngày 28/02/2026")],
    ["582 triệu đồng", "28/02/2026"], actors=["Phòng Tài chính - Kế hoạch"])
add("who-what", "Hội khuyến học huyện có nhiệm vụ gì, chỉ tiêu quyên góp bao nhiêu sách?",
    [(D1, "phát động quyên góp sách với mục tiêu 5.000 bản trong năm 2026")], ["5.000 bản"],
    actors=["Hội khuyến học huyện"])
add("who-what", "Huyện đoàn phải làm gì theo kế hoạch 23?",
    [(D1, "Thành lập 10 đội thanh niên tình nguyện hỗ trợ người dân sử dụng dịch vụ công trực tuyến")],
    ["10 đội"], actors=["Huyện đoàn"])
add("who-what", "UBND xã, thị trấn báo cáo kết quả thực hiện KH 23 theo định kỳ nào, hạn ngày mấy?",
    [(D1, "báo cáo kết quả định kỳ hằng quý trước ngày 20 của tháng cuối quý về Phòng Văn hóa và Thông tin")],
    ["hằng quý", "ngày 20"], actors=["Uỷ ban nhân dân các xã, thị trấn"])
add("abbreviation", "Chỉ tiêu hướng dẫn KNS năm 2026 là cho bao nhiêu người dân? Tỷ lệ phụ nữ, đồng bào DTTS tối thiểu bao nhiêu?",
    [(D1, "Hướng dẫn kỹ năng số cơ bản cho 3.500 người dân, trong đó tối thiểu 40% là phụ nữ và người dân tộc thiểu số")],
    ["3.500", "40%"])
add("metadata", "KH 23/KH-UBND ban hành ngày nào và ai ký?",
    [(D1, "Sông Nhạn, ngày 26 tháng 01 năm 2026"), (D1, "PHÓ CHỦ TỊCH (Đã ký) Đinh Thị Mận")],
    ["26 tháng 01 năm 2026", "Đinh Thị Mận"])
add("metadata", "Kế hoạch văn hóa đọc 2026 của huyện căn cứ những văn bản nào?",
    [(D1, "Căn cứ Kế hoạch số 118/KH-UBND ngày 30/12/2025 của Uỷ ban nhân dân tỉnh Quế Sơn Bắc"),
     (D1, "Quyết định số 46/QĐ-SVHTTDL ngày 12/01/2026 của Sở Văn hóa, Thể thao và Du lịch")],
    ["118/KH-UBND", "46/QĐ-SVHTTDL"])
add("no-diacritics", "lien he ai de hoi ve ke hoach van hoa doc cua huyen? so dien thoai bao nhieu?",
    [(D1, "ông Phạm Công Khởi, Phó Trưởng phòng Văn hóa và Thông tin huyện, điện thoại 0975 312 648")],
    ["Phạm Công Khởi", "0975 312 648"])
add("who-what", "Các phòng ban ngành, Mặt trận, đoàn thể huyện được yêu cầu gì trong kế hoạch này?",
    [(D1, "lồng ghép nội dung phát triển văn hóa đọc vào chương trình công tác năm 2026 của đơn vị")],
    ["lồng ghép"], actors=["Các phòng, ban, ngành, Mặt trận và đoàn thể huyện"])
un("Tổng kinh phí kế hoạch phát triển văn hóa đọc của huyện Sông Nhạn năm 2027 là bao nhiêu?")
un("Phòng Nội vụ được giao nhiệm vụ gì trong KH 23/KH-UBND?")
un("ke hoach 23 chia cho xa Na Ngan may bo may tinh?")
un("Kế hoạch số 118/KH-UBND của UBND tỉnh do ai ký, ngày nào có hiệu lực?")
un("Đội thanh niên tình nguyện của Huyện đoàn được cấp bao nhiêu kinh phí hoạt động?")

# ----------------------------------------------------------------- rl02 (Biên bản 04)
add("metadata", "Biên bản họp ở xã Chiêm Lễ số mấy, ai làm thư ký?",
    [(D2, "UỶ BAN NHÂN DÂN XÃ CHIÊM LỄ Số: 04/BB-UBND"), (D2, "Thư ký: bà Lục Thị Hoa, công chức Văn hóa - Xã hội xã")],
    ["04/BB-UBND", "Lục Thị Hoa"])
f7 = add("factoid", "Cuộc họp ở xã Chiêm Lễ chốt chọn thôn nào làm điểm mô hình?",
         [(D2, "Nhất trí chọn thôn Nà Chiêng làm điểm mô hình")], ["Nà Chiêng"])
add("follow-up", "Ai là người đề xuất thôn đó?",
    [(D2, "Ông Lý Văn Thào, Trưởng thôn Nà Chiêng: đề nghị chọn thôn Nà Chiêng làm điểm mô hình")],
    ["Lý Văn Thào"], history=f7)
f9 = add("factoid", "Đoàn xã Chiêm Lễ lập đội tình nguyện hướng dẫn kỹ năng số gồm bao nhiêu người?",
         [(D2, "Đoàn xã thành lập đội hình 12 đoàn viên tình nguyện")], ["12 đoàn viên"])
add("follow-up", "ho truc vao luc nao?",
    [(D2, "vào tối thứ Bảy hằng tuần, từ 19 giờ 30 đến 21 giờ 00")], ["thứ Bảy", "19 giờ 30", "21 giờ 00"], history=f9)
add("who-what", "Trưởng thôn Nà Chiêng được giao việc gì, hạn bao giờ?",
    [(D2, "Giao Trưởng thôn Nà Chiêng bố trí phòng đọc, giá sách và lịch mở cửa điểm mô hình, hoàn thành trước ngày 15/3/2026")],
    ["15/3/2026"], actors=["Trưởng thôn Nà Chiêng"])
add("who-what", "Hoi khuyen hoc xa Chiem Le phai quyen gop bao nhieu sach, truoc ngay nao?",
    [(D2, "Đề nghị Hội khuyến học xã hoàn thành quyên góp 300 bản sách trước ngày 30/4/2026")],
    ["300 bản sách", "30/4/2026"], actors=["Hội khuyến học xã"])
f15 = add("abbreviation", "Năm 2026 TTHTCĐ xã Chiêm Lễ dự kiến mở bao nhiêu lớp chuyên đề, trong đó mấy lớp kỹ năng số?",
          [(D2, "xây dựng kế hoạch hoạt động năm 2026 với 16 lớp chuyên đề, trong đó có 6 lớp kỹ năng số")],
          ["16 lớp", "6 lớp kỹ năng số"])
add("follow-up", "Vậy hạn trình kế hoạch đó là khi nào?",
    [(D2, "trình Uỷ ban nhân dân xã trước ngày 05/3/2026")], ["05/3/2026"], history=f15)
add("no-diacritics", "cuoc hop xa chiem le bat dau luc may gio, ket thuc luc may gio?",
    [(D2, "vào hồi 14 giờ 00 phút ngày 24 tháng 02 năm 2026"), (D2, "Cuộc họp kết thúc vào hồi 16 giờ 30 phút cùng ngày")],
    ["14 giờ 00", "16 giờ 30"])
add("factoid", "Điểm mô hình ở Chiêm Lễ dự kiến khai trương hôm nào?",
    [(D2, "Dự kiến khai trương điểm mô hình vào sáng ngày 21/4/2026")], ["21/4/2026"])
add("who-what", "Theo kết luận cuộc họp, Đoàn xã phải phối hợp với ai để làm việc gì?",
    [(D2, "Đoàn xã phối hợp với Trường THCS Chiêm Lễ lập lịch trực của đội hình tình nguyện")],
    ["Trường THCS Chiêm Lễ", "lịch trực"], actors=["Đoàn xã"])
add("abbreviation", "Công chức VH-XH xã Chiêm Lễ phải gửi Mẫu 01 lên huyện trước ngày nào?",
    [(D2, "Giao bà Lục Thị Hoa hoàn thiện Mẫu 01, trình ký và gửi Phòng Văn hóa và Thông tin huyện trước ngày 27/02/2026")],
    ["27/02/2026"])
add("list", "Hội Phụ nữ xã Chiêm Lễ đề xuất mở những lớp gì?",
    [(D2, "đề nghị mở lớp \"Mẹ đọc sách cùng con\" và lớp hướng dẫn bán hàng nông sản qua mạng")],
    ["Mẹ đọc sách cùng con", "bán hàng nông sản qua mạng"])
un("Trưởng thôn Khuổi Lìn tên là gì?")
un("Trường THCS Chiêm Lễ có bao nhiêu học sinh đăng ký dự thi Bảng A?")
un("Năm 2025 TTHTCĐ xã Khuê Trung mở bao nhiêu lớp chuyên đề?")

# ----------------------------------------------------------------- rl03 (CV 61)
f3 = add("factoid", "Lớp tập huấn quản lý tủ sách và kỹ năng số tổ chức mấy ngày, ở đâu?",
         [(D3, "trong 02 ngày, từ ngày 10/3/2026 đến ngày 11/3/2026, tại Hội trường tầng 3, trụ sở Uỷ ban nhân dân huyện")],
         ["02 ngày", "Hội trường tầng 3"])
add("follow-up", "vay han dang ky hoc vien la khi nao?",
    [(D3, "Danh sách học viên đăng ký trước ngày 05/3/2026")], ["05/3/2026"], history=f3)
add("list", "Học viên những xã nào được bố trí chỗ nghỉ ở Nhà khách huyện?",
    [(D3, "cho học viên các xã Pù Luông, Na Ngần và Đèo Gió")], ["Pù Luông", "Na Ngần", "Đèo Gió"])
add("no-diacritics", "khai mac lop tap huan luc may gio",
    [(D3, "Khai mạc lúc 7 giờ 30 phút ngày 10/3/2026")], ["7 giờ 30 phút"])
add("who-what", "Trung tâm VH-TT huyện phải làm gì theo CV 61?",
    [(D3, "Chuẩn bị 2.400 bản sách luân chuyển đợt 1 (bình quân 240 bản/điểm) cho 10 điểm mô hình, hoàn thành việc bàn giao trước ngày 31/3/2026")],
    ["2.400 bản", "31/3/2026"], actors=["Trung tâm Văn hóa - Thể thao huyện"])
f12 = add("who-what", "Trung tâm Viễn thông Sông Nhạn được đề nghị hỗ trợ gì?",
          [(D3, "Khảo sát, hỗ trợ lắp đặt đường truyền Internet cáp quang và điểm phát wifi tại 10 điểm mô hình")],
          ["cáp quang", "wifi"], actors=["Trung tâm Viễn thông Sông Nhạn"])
un("Thế miễn cước cho các thôn ở xã Đèo Gió được mấy tháng?", kind="follow-up", history=f12)
add("who-what", "UBND xa phai gui danh sach diem mo hinh ve phong VH&TT truoc ngay nao?",
    [(D3, "gửi về Phòng Văn hóa và Thông tin trước ngày 28/02/2026")], ["28/02/2026"],
    actors=["Uỷ ban nhân dân các xã, thị trấn"])
add("factoid", "Báo cáo nhanh về điểm mô hình gửi trước ngày nào hằng tháng, bắt đầu từ tháng mấy?",
    [(D3, "gửi trước ngày 25 hằng tháng (theo Mẫu 02 kèm theo)"), (D3, "Thời gian báo cáo bắt đầu từ tháng 4/2026")],
    ["ngày 25", "tháng 4/2026"])
add("no-diacritics", "so dien thoai chi Quyen phong van hoa thong tin la gi",
    [(D3, "liên hệ bà Lương Thị Quyên, chuyên viên Phòng Văn hóa và Thông tin, điện thoại 0868 205 719")],
    ["0868 205 719"])
add("list", "Một điểm Tủ sách - Điểm hỗ trợ số gồm những gì?",
    [(D3, "Mỗi điểm gồm tủ sách tối thiểu 300 bản, 01 máy tính kết nối Internet, mạng wifi công cộng và bảng hướng dẫn cài đặt các ứng dụng thiết yếu")],
    ["300 bản", "01 máy tính", "wifi công cộng"])
add("metadata", "CV 61 gửi cho những đơn vị nào?",
    [(D3, "Kính gửi: - Uỷ ban nhân dân các xã, thị trấn; - Trung tâm Văn hóa - Thể thao huyện;"),
     (D3, "- Trung tâm Viễn thông Sông Nhạn.")],
    ["Trung tâm Viễn thông Sông Nhạn"])
f10 = add("factoid", "Mỗi điểm mô hình Tủ sách - Điểm hỗ trợ số được huyện hỗ trợ bao nhiêu tiền?",
          [(D3, "Mỗi điểm mô hình được hỗ trợ 6 triệu đồng từ ngân sách huyện để mua bổ sung sách và giá kệ")],
          ["6 triệu đồng"])
add("follow-up", "Xã Chiêm Lễ bỏ thêm bao nhiêu từ ngân sách xã?",
    [(D2, "xã bố trí 8 triệu đồng từ ngân sách xã năm 2026")], ["8 triệu đồng"], history=f10)
add("list", "Mẫu 02 báo cáo nhanh hằng tháng có những chỉ tiêu nào?",
    [(D3, "số ngày mở cửa trong tháng; số lượt bạn đọc (người lớn, thiếu nhi); số lượt sách mượn về nhà")],
    ["số ngày mở cửa", "số lượt sách mượn về nhà"])
un("Công văn 64/VHTT về tập huấn kỹ năng số có nội dung gì?")
un("Học viên dự lớp tập huấn ngày 10-11/3 có được cấp giấy chứng nhận không?")
un("Tiền ăn trưa cho mỗi học viên tập huấn là bao nhiêu một ngày?")
un("Đợt 2 luân chuyển sách cho các điểm mô hình là bao nhiêu bản, khi nào giao?")

# ----------------------------------------------------------------- rl04 (QĐ 46 + Thể lệ)
f4 = add("factoid", "Giải Nhất cuộc thi Sách mở lối quê hương được thưởng bao nhiêu?",
         [(D4, "01 giải Nhất, trị giá 5.000.000 đồng")], ["5.000.000 đồng"])
add("follow-up", "Còn giải khuyến khích?",
    [(D4, "05 giải Khuyến khích, mỗi giải 1.000.000 đồng")], ["1.000.000 đồng"], history=f4)
un("Giải đặc biệt của cuộc thi Sách mở lối quê hương trị giá bao nhiêu?")
f8 = add("factoid", "Bảng A dành cho ai và bài viết dài tối đa bao nhiêu chữ?",
         [(D4, "Bảng A: học sinh trung học cơ sở đang học tập tại các trường trên địa bàn tỉnh"),
          (D4, "dài không quá 1.500 chữ đối với Bảng A")],
         ["trung học cơ sở", "1.500 chữ"])
add("follow-up", "Thế bảng B?",
    [(D4, "Bảng B: học sinh trung học phổ thông, học viên giáo dục thường xuyên"),
     (D4, "không quá 2.000 chữ đối với Bảng B")], ["trung học phổ thông", "2.000 chữ"], history=f8)
f13 = add("factoid", "Hạn cuối nhận bài dự thi là khi nào và gửi bài về đâu?",
          [(D4, "từ ngày 01/3/2026 đến 17 giờ 00 ngày 31/5/2026"),
           (D4, "Bài dự thi gửi về Phòng Văn hóa và Thông tin cấp huyện nơi người dự thi học tập, công tác hoặc cư trú")],
          ["31/5/2026", "Phòng Văn hóa và Thông tin cấp huyện"])
add("follow-up", "Còn phòng VH&TT huyện gửi bài lên tỉnh hạn chót ngày nào?",
    [(D4, "lựa chọn không quá 10 bài/bảng gửi về Thư viện tỉnh (số 35 đường Lý Tự Trọng, phường Nghĩa Phong) trước ngày 20/6/2026")],
    ["20/6/2026", "10 bài/bảng"], history=f13)
add("factoid", "Kinh phí tổ chức cuộc thi cấp tỉnh là bao nhiêu, lấy từ nguồn nào?",
    [(D4, "Kinh phí tổ chức Cuộc thi là 185 triệu đồng, bố trí từ nguồn kinh phí sự nghiệp văn hóa năm 2026")],
    ["185 triệu đồng", "sự nghiệp văn hóa"])
add("metadata", "QĐ 46 ai ký?",
    [(D4, "Tỉnh đoàn;                                       Cầm Thị Phương Loan")], ["Cầm Thị Phương Loan"])
add("metadata", "quyet dinh ban hanh the le cuoc thi sach mo loi que huong so bao nhieu, ngay nao?",
    [(D4, "Kèm theo Quyết định số 46/QĐ-SVHTTDL ngày 12/01/2026")], ["46/QĐ-SVHTTDL", "12/01/2026"])
add("metadata", "QĐ 46 có hiệu lực từ khi nào?",
    [(D4, "Quyết định này có hiệu lực kể từ ngày ký")], ["kể từ ngày ký"])
add("who-what", "Thư viện tỉnh phải làm gì theo thể lệ, có những mốc thời gian nào?",
    [(D4, "xây dựng chuyên trang Cuộc thi trước ngày 25/02/2026; tổng hợp kết quả, tham mưu khen thưởng; quyết toán kinh phí trước ngày 15/10/2026")],
    ["25/02/2026", "15/10/2026"], actors=["Thư viện tỉnh"])
add("who-what", "So GD&DT duoc de nghi lam gi trong cuoc thi?",
    [(D4, "Đề nghị Sở Giáo dục và Đào tạo hướng dẫn các trường trung học cơ sở, trung học phổ thông phổ biến Thể lệ")],
    ["phổ biến Thể lệ"], actors=["Sở Giáo dục và Đào tạo"])
add("who-what", "Tỉnh đoàn có trách nhiệm gì với cuộc thi?",
    [(D4, "Đề nghị Tỉnh đoàn phát động đoàn viên, thanh niên tham gia Bảng C và hỗ trợ quay, dựng video giới thiệu sách")],
    ["Bảng C", "video"], actors=["Tỉnh đoàn"])
add("factoid", "Giải tập thể có mấy giải, trao cho ai, mỗi giải bao nhiêu?",
    [(D4, "03 giải dành cho Phòng Văn hóa và Thông tin cấp huyện có nhiều bài dự thi chất lượng, mỗi giải 4.000.000 đồng")],
    ["03 giải", "4.000.000 đồng"])
add("no-diacritics", "muon hoi ve the le cuoc thi thi lien he ai",
    [(D4, "bà Nông Thị Huyền, Phòng Nghiệp vụ, Thư viện tỉnh, điện thoại 0912 486 305")],
    ["Nông Thị Huyền", "0912 486 305"])
add("metadata", "Quyết định ban hành thể lệ cuộc thi dựa trên nghị quyết nào của Bộ Chính trị?",
    [(D4, "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị")], ["57-NQ/TW"])
un("bang D cua cuoc thi danh cho doi tuong nao?")
un("Kinh phí tổ chức cuộc thi Sách mở lối quê hương năm 2025 là bao nhiêu?")
un("Quyết định thành lập Ban Tổ chức cuộc thi Sách mở lối quê hương số mấy, ngày nào?")
un("Lễ trao giải cuộc thi năm 2025 tổ chức ở đâu, có bao nhiêu bài đạt giải?")

# ----------------------------------------------------------------- rl05 (BC 87)
f2 = add("factoid", "Năm 2025 toàn huyện có bao nhiêu tủ sách thôn bản, riêng xã Pù Luông có mấy tủ?",
         [(D5, "Toàn huyện có 9 xã và 1 thị trấn với 10 Trung tâm học tập cộng đồng; 64 tủ sách thôn, bản"),
          (D5, "| 10 | Xã Pù Luông | 4 | 860 | 470 | 62 |")], ["64", "Pù Luông"])
add("follow-up", "Thế xã Hồng Nhạn?",
    [(D5, "| 6 | Xã Hồng Nhạn | 7 | 1.730 | 1.415 | 176 |")], ["7"], history=f2)
f6 = add("factoid", "Năm 2025 thư viện huyện phục vụ bao nhiêu lượt bạn đọc và cấp mới bao nhiêu thẻ?",
         [(D5, "Cấp mới 1.126 thẻ bạn đọc; phục vụ 18.350 lượt bạn đọc, tăng 12% so với năm 2024")],
         ["18.350", "1.126"])
add("follow-up", "Chỉ tiêu năm 2026 thì sao?",
    [(D1, "Thư viện huyện phục vụ 20.000 lượt bạn đọc, cấp mới 1.200 thẻ bạn đọc")], ["20.000", "1.200"], history=f6)
f11 = add("factoid", "Thị trấn Sông Nhạn có bao nhiêu người dân được hướng dẫn kỹ năng số năm 2025?",
          [(D5, "| 1 | Thị trấn Sông Nhạn | 9 | 4.120 | 5.870 | 412 |")], ["412"])
un("Còn năm 2024?", kind="follow-up", history=f11)
add("no-diacritics", "thu vien huyen song nhan o dau",
    [(D5, "Thư viện huyện đặt tại tầng 2 Nhà Văn hóa huyện (số 14 đường Hồ Tùng Mậu, thị trấn Sông Nhạn)")],
    ["tầng 2 Nhà Văn hóa huyện", "số 14 đường Hồ Tùng Mậu"])
add("who-what", "BC 87 đề nghị UBND các xã Đèo Gió, Na Ngần, Pù Luông làm gì, hạn khi nào?",
    [(D5, "bố trí người phụ trách tủ sách thôn, bản trước ngày 31/3/2026")], ["31/3/2026"],
    actors=["Uỷ ban nhân dân các xã Đèo Gió, Na Ngần, Pù Luông"])
add("abbreviation", "TT VH-TT kiến nghị UBND huyện bố trí bao nhiêu kinh phí năm 2026?",
    [(D5, "Đề nghị Uỷ ban nhân dân huyện bố trí kinh phí 420 triệu đồng năm 2026")], ["420 triệu đồng"])
add("no-diacritics", "co bao nhieu may tinh o cac TTHTCD, bao nhieu may cau hinh thap?",
    [(D5, "31 máy tính phục vụ người dân tại các Trung tâm học tập cộng đồng, trong đó 19 máy có cấu hình thấp")],
    ["31", "19"])
add("factoid", "Tổng lượt bạn đọc ở tủ sách thôn bản toàn huyện năm 2025 là bao nhiêu, xã nào thấp nhất?",
    [(D5, "| | Tổng cộng | 64 | 17.880 | 16.850 | 1.780 |"), (D5, "| 10 | Xã Pù Luông | 4 | 860 | 470 | 62 |")],
    ["16.850", "Pù Luông"])
add("no-diacritics", "ngay sach va van hoa doc nam 2025 thu hut bao nhieu luot nguoi",
    [(D5, "thu hút khoảng 2.300 lượt người tham gia")], ["2.300"])
f14 = add("metadata", "BC 87 do ai ký, ban hành ngày nào?",
          [(D5, "Sông Nhạn, ngày 15 tháng 12 năm 2025"), (D5, "GIÁM ĐỐC (Đã ký) Đinh Công Thiều")],
          ["Đinh Công Thiều", "15 tháng 12 năm 2025"])
add("follow-up", "Còn CV 61?",
    [(D3, "Sông Nhạn, ngày 09 tháng 02 năm 2026"), (D3, "TRƯỞNG PHÒNG (Đã ký) Hà Minh Tuệ")],
    ["Hà Minh Tuệ", "09 tháng 02 năm 2026"], history=f14)
add("who-what", "BC 87 đề nghị phòng GD&ĐT phối hợp việc gì?",
    [(D5, "Đề nghị Phòng Giáo dục và Đào tạo phối hợp sắp xếp lịch phục vụ của xe thư viện lưu động tại các trường học")],
    ["xe thư viện lưu động"], actors=["Phòng Giáo dục và Đào tạo"])
add("abbreviation", "Năm 2025 các TTHTCĐ cả huyện mở tổng cộng bao nhiêu lớp chuyên đề, bao nhiêu lượt người học?",
    [(D5, "Các Trung tâm học tập cộng đồng mở 118 lớp chuyên đề với 8.460 lượt người học")], ["118", "8.460"])
add("who-what", "Theo phương hướng 2026 trong BC 87, thư viện huyện phải hoàn thành việc gì trong quý II?",
    [(D5, "Thư viện huyện hoàn thành cài đặt phần mềm quản lý thư viện, phát hành thẻ bạn đọc có mã QR trong quý II/2026")],
    ["mã QR", "quý II/2026"], actors=["Thư viện huyện"])
un("Năm 2024 xã Chiêm Lễ có bao nhiêu lượt bạn đọc ở tủ sách thôn?")
un("xa Thuong Nhan co bao nhieu tu sach thon ban?")
un("Phòng đọc thiếu nhi của thư viện huyện có bao nhiêu chỗ ngồi?")
un("Thư viện huyện mở cửa phục vụ bạn đọc vào những giờ nào?")
un("Báo cáo 6 tháng đầu năm 2025 của TT VH-TT huyện số mấy?")
un("Lượt bạn đọc của xã Khuê Trung năm 2025 tăng bao nhiêu phần trăm so với năm 2024?")

# ----------------------------------------------------------------- corpus
add("corpus", "Có mấy văn bản trong bộ tài liệu nói về mô hình Tủ sách - Điểm hỗ trợ số? Kể tên.",
    [(D1, "Xây dựng 10 điểm mô hình \"Tủ sách - Điểm hỗ trợ số\" tại thôn, bản"),
     (D2, "Cuộc họp triển khai mô hình \"Tủ sách - Điểm hỗ trợ số\""),
     (D3, "V/v triển khai mô hình \"Tủ sách - Điểm hỗ trợ số\" và tập huấn cho cơ sở"),
     (D5, "xây dựng 10 điểm mô hình \"Tủ sách - Điểm hỗ trợ số\" tại thôn, bản")],
    ["23/KH-UBND", "61/VHTT", "87/BC-TTVHTT"])
add("corpus", "Trong các văn bản, văn bản nào do cấp tỉnh ban hành?",
    [(D4, "Số: 46/QĐ-SVHTTDL                        Quế Sơn Bắc, ngày 12 tháng 01 năm 2026")],
    ["46/QĐ-SVHTTDL"])
add("corpus", "Những văn bản nào có nhắc tới cuộc thi Sách mở lối quê hương?",
    [(D1, "tham gia Bảng A Cuộc thi \"Sách mở lối quê hương\""),
     (D2, "gia Bảng A của Cuộc thi \"Sách mở lối quê hương\""),
     (D4, "Ban hành Thể lệ Cuộc thi \"Sách mở lối quê hương\" tỉnh Quế Sơn Bắc")],
    ["23/KH-UBND", "04/BB-UBND", "46/QĐ-SVHTTDL"])
add("corpus", "co bao nhieu van ban do cac co quan cap huyen Song Nhan ban hanh?",
    [(D1, "UỶ BAN NHÂN DÂN HUYỆN SÔNG NHẠN Số: 23/KH-UBND"),
     (D3, "PHÒNG VĂN HÓA VÀ THÔNG TIN"),
     (D5, "UBND HUYỆN SÔNG NHẠN TRUNG TÂM VĂN HÓA - THỂ THAO")],
    ["23/KH-UBND", "61/VHTT", "87/BC-TTVHTT"])
add("corpus", "Ngày 21/4/2026 có những hoạt động gì theo các văn bản?",
    [(D1, "Chủ trì tổ chức Ngày Sách và Văn hóa đọc Việt Nam tại sân Nhà Văn hóa huyện vào ngày 21/4/2026"),
     (D2, "Dự kiến khai trương điểm mô hình vào sáng ngày 21/4/2026")],
    ["Ngày Sách", "khai trương"])
un("Trong bộ tài liệu có văn bản nào của Hội Nông dân huyện Sông Nhạn về tủ sách không, số mấy?")
un("Thư viện tỉnh ở phường Nghĩa Phong hiện có bao nhiêu bản sách?")


# ----------------------------------------------------------------- who-what gold
def A(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}


WHO = [
    {"id": "wrl01", "directive": "KH 23/KH-UBND", "source": D1, "actors": [
        A("Phòng Văn hóa và Thông tin", "thường trực", "trước ngày 15/6/2026",
          "Là cơ quan thường trực, chủ trì tham mưu Uỷ ban nhân dân huyện triển khai Kế hoạch"),
        A("Phòng Văn hóa và Thông tin", "chủ trì", "Trước 30/6/2026",
          "Mua sắm, lắp đặt 12 bộ máy tính cho Trung tâm học tập cộng đồng"),
        A("Trung tâm Văn hóa - Thể thao huyện", "chủ trì", "ngày 21/4/2026",
          "Chủ trì tổ chức Ngày Sách và Văn hóa đọc Việt Nam tại sân Nhà Văn hóa huyện vào ngày 21/4/2026"),
        A("Phòng Giáo dục và Đào tạo", None, None,
          "Hướng dẫn các trường tiểu học, trung học cơ sở phát triển thư viện trường học"),
        A("Phòng Tài chính - Kế hoạch", None, "trước ngày 28/02/2026",
          "Thẩm định, tham mưu bố trí 582 triệu đồng từ ngân sách huyện trước ngày 28/02/2026"),
        A("Uỷ ban MTTQ Việt Nam huyện và các tổ chức chính trị - xã hội huyện", None, None,
          "lồng ghép tuyên truyền về văn hóa đọc trong sinh hoạt của hội viên, đoàn viên"),
        A("Hội khuyến học huyện", "chủ trì", "Trước 31/10/2026",
          "phát động quyên góp sách với mục tiêu 5.000 bản trong năm 2026"),
        A("Huyện đoàn", None, None,
          "Thành lập 10 đội thanh niên tình nguyện hỗ trợ người dân sử dụng dịch vụ công trực tuyến"),
        A("Uỷ ban nhân dân các xã, thị trấn", None, "định kỳ hằng quý",
          "Bố trí công chức phụ trách tủ sách, Trung tâm học tập cộng đồng; lựa chọn 01 thôn, bản làm điểm mô hình"),
        A("Các phòng, ban, ngành, Mặt trận và đoàn thể huyện", None, None,
          "lồng ghép nội dung phát triển văn hóa đọc vào chương trình công tác năm 2026"),
        A("Văn phòng HĐND và UBND huyện", "phối hợp", "Trước 30/11/2026",
          "Số hóa 3.000 trang tài liệu địa chí"),
    ], "intruders": ["Đinh Thị Mận", "Phạm Công Khởi", "Sở Văn hóa, Thể thao và Du lịch tỉnh",
                     "Thường trực Huyện ủy, HĐND huyện", "Chủ tịch, các PCT UBND huyện",
                     "Lưu: VT, VHTT", "TM. UỶ BAN NHÂN DÂN"]},
    {"id": "wrl02", "directive": "BB 04/BB-UBND", "source": D2, "actors": [
        A("Lục Thị Hoa", None, "trước ngày 27/02/2026",
          "Giao bà Lục Thị Hoa hoàn thiện Mẫu 01, trình ký và gửi Phòng Văn hóa và Thông tin huyện"),
        A("Hứa Đức Tâm", None, None, "Cử bà Lục Thị Hoa và anh Hứa Đức Tâm tham dự lớp tập huấn"),
        A("Trưởng thôn Nà Chiêng", None, "trước ngày 15/3/2026",
          "Giao Trưởng thôn Nà Chiêng bố trí phòng đọc, giá sách và lịch mở cửa điểm mô hình"),
        A("Trung tâm học tập cộng đồng xã", None, "trước ngày 05/3/2026",
          "xây dựng kế hoạch hoạt động năm 2026 với 16 lớp chuyên đề"),
        A("Hội khuyến học xã", None, "trước ngày 30/4/2026",
          "Đề nghị Hội khuyến học xã hoàn thành quyên góp 300 bản sách"),
        A("Đoàn xã", "chủ trì", None,
          "Đoàn xã phối hợp với Trường THCS Chiêm Lễ lập lịch trực của đội hình tình nguyện"),
        A("Trường THCS Chiêm Lễ", "phối hợp", None,
          "Đoàn xã phối hợp với Trường THCS Chiêm Lễ lập lịch trực của đội hình tình nguyện"),
        A("công chức Tài chính - Kế toán xã", None, None,
          "giao công chức Tài chính - Kế toán xã tham mưu thực hiện"),
    ], "intruders": ["Vi Văn Sình", "Nông Văn Pảo", "Đàm Thị Nguyệt", "Thường trực Đảng ủy, HĐND xã",
                     "Các thành phần dự họp", "Lưu: VT, VHXH", "UỶ BAN NHÂN DÂN XÃ CHIÊM LỄ"]},
    {"id": "wrl03", "directive": "CV 61/VHTT", "source": D3, "actors": [
        A("Uỷ ban nhân dân các xã, thị trấn", None, "trước ngày 28/02/2026",
          "rà soát hiện trạng tủ sách thôn, bản trên địa bàn, lựa chọn 01 thôn, bản có nhà văn hóa"),
        A("Uỷ ban nhân dân các xã, thị trấn", None, "trước ngày 25 hằng tháng",
          "báo cáo nhanh kết quả hoạt động của điểm mô hình hằng tháng"),
        A("Phòng Văn hóa và Thông tin", "chủ trì", "từ ngày 10/3/2026 đến ngày 11/3/2026",
          "phối hợp với Trung tâm Văn hóa - Thể thao huyện tổ chức lớp tập huấn"),
        A("Trung tâm Văn hóa - Thể thao huyện", None, "trước ngày 31/3/2026",
          "Chuẩn bị 2.400 bản sách luân chuyển đợt 1 (bình quân 240 bản/điểm) cho 10 điểm mô hình"),
        A("Trung tâm Viễn thông Sông Nhạn", None, None,
          "Khảo sát, hỗ trợ lắp đặt đường truyền Internet cáp quang và điểm phát wifi tại 10 điểm mô hình"),
    ], "intruders": ["Hà Minh Tuệ", "Lương Thị Quyên", "UBND huyện (b/c)", "Lưu: VT, VHTT", "TRƯỞNG PHÒNG",
                     "UBND HUYỆN SÔNG NHẠN"]},
    {"id": "wrl04", "directive": "QĐ 46/QĐ-SVHTTDL", "source": D4, "actors": [
        A("Thư viện tỉnh", "thường trực", None,
          "Giao Thư viện tỉnh là đơn vị thường trực Cuộc thi, chủ trì, phối hợp với Phòng Văn hóa và Thông tin các huyện"),
        A("Thư viện tỉnh", "thường trực", "trước ngày 25/02/2026",
          "xây dựng chuyên trang Cuộc thi trước ngày 25/02/2026"),
        A("Phòng Văn hóa và Thông tin các huyện, thị xã, thành phố", "phối hợp", None,
          "phát động Cuộc thi tại địa phương, tổ chức sơ khảo và gửi bài về Thư viện tỉnh đúng thời hạn"),
        A("Phòng Văn hóa và Thông tin cấp huyện", None, "trước ngày 20/6/2026",
          "lựa chọn không quá 10 bài/bảng gửi về Thư viện tỉnh"),
        A("Sở Giáo dục và Đào tạo", None, None,
          "hướng dẫn các trường trung học cơ sở, trung học phổ thông phổ biến Thể lệ"),
        A("Tỉnh đoàn", None, None,
          "phát động đoàn viên, thanh niên tham gia Bảng C và hỗ trợ quay, dựng video giới thiệu sách"),
        A("Báo Quế Sơn Bắc, Đài Phát thanh và Truyền hình tỉnh", None, None,
          "mở chuyên mục tuyên truyền về Cuộc thi trong thời gian nhận bài"),
    ], "intruders": ["Cầm Thị Phương Loan", "Nông Thị Huyền", "UBND tỉnh (b/c)", "Lưu: VT, QLVH",
                     "Bộ Chính trị", "UBND TỈNH QUẾ SƠN BẮC"]},
    {"id": "wrl05", "directive": "BC 87/BC-TTVHTT", "source": D5, "actors": [
        A("Uỷ ban nhân dân huyện", None, None,
          "Đề nghị Uỷ ban nhân dân huyện bố trí kinh phí 420 triệu đồng năm 2026"),
        A("Phòng Văn hóa và Thông tin", None, "trước ngày 31/01/2026",
          "tham mưu Uỷ ban nhân dân huyện ban hành kế hoạch phát triển văn hóa đọc năm 2026"),
        A("Uỷ ban nhân dân các xã Đèo Gió, Na Ngần, Pù Luông", None, "trước ngày 31/3/2026",
          "bố trí người phụ trách tủ sách thôn, bản trước ngày 31/3/2026"),
        A("Phòng Giáo dục và Đào tạo", "phối hợp", None,
          "phối hợp sắp xếp lịch phục vụ của xe thư viện lưu động tại các trường học"),
        A("Thư viện huyện", None, "trong quý II/2026",
          "hoàn thành cài đặt phần mềm quản lý thư viện, phát hành thẻ bạn đọc có mã QR"),
    ], "intruders": ["Đinh Công Thiều", "Sở Văn hóa, Thể thao và Du lịch (b/c)", "Lưu: VT, TV", "GIÁM ĐỐC"]},
]


def nfc_obj(o):
    if isinstance(o, str):
        return unicodedata.normalize("NFC", o)
    if isinstance(o, list):
        return [nfc_obj(x) for x in o]
    if isinstance(o, dict):
        return {k: nfc_obj(v) for k, v in o.items()}
    return o


def main():
    order = ["id", "question", "answerable", "kind", "evidence", "keywords", "history", "actors"]
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, d in enumerate(Q, 1):
            d = dict(d)
            d.pop("_key")
            d["id"] = "rl%03d" % i
            out = {k: d[k] for k in order if k in d}
            f.write(json.dumps(nfc_obj(out), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WHO:
            f.write(json.dumps(nfc_obj(w), ensure_ascii=False) + "\n")
    print(len(Q), "questions;", len(WHO), "who-what lines")


if __name__ == "__main__":
    main()
