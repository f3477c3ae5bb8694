"""Questions and who-what gold for blind42 (tỉnh Thạch Hà Nam). Written by hand; build_qr.py
calls write_all() to produce questions.jsonl and who_what.jsonl."""
import json
import os
import unicodedata

D1 = "qr01_kh_cds_tinh.docx"
D2 = "qr02_cv_stem_sgddt.txt"
D3 = "qr03_qd_hoithi_sangtao.pdf"
D4 = "qr04_bc_tuyengiao_bolac.md"
D5 = "qr05_tb_ketluan_tramlua.txt"

Q = []


def add(kind, question, ev=None, kw=None, actors=None, history=None):
    """ev: list of (source, quote); ev None => unanswerable."""
    item = {"id": "qr%03d" % (len(Q) + 1), "question": question, "answerable": ev is not None,
            "kind": kind,
            "evidence": [{"source": s, "quote": q} for s, q in (ev or [])],
            "keywords": kw or []}
    if history:
        item["history"] = [history]
    if actors:
        item["actors"] = actors
    Q.append(item)
    return question


# ---------------- qr01: KH 146/KH-UBND (UBND tỉnh) ----------------
b1 = add("factoid", "Kế hoạch chuyển đổi số của tỉnh giai đoạn 2026-2028 dự kiến tổng kinh phí bao nhiêu?",
         [(D1, "Tổng kinh phí dự kiến giai đoạn 2026 - 2028 là 186,5 tỷ đồng")], ["186,5 tỷ đồng"])
add("abbreviation", "KH 146 của UBND tỉnh đặt mục tiêu DVC trực tuyến toàn trình đến 2028 đạt bao nhiêu %?",
    [(D1, "Tỷ lệ dịch vụ công trực tuyến toàn trình trên tổng số thủ tục hành chính đủ điều kiện đạt tối thiểu 85%")],
    ["85%"])
add("no-diacritics", "den nam 2028 tinh muon co bao nhieu doanh nghiep KH&CN",
    [(D1, "tăng từ 11 doanh nghiệp (năm 2025) lên 24 doanh nghiệp")], ["24 doanh nghiệp"])
add("who-what", "Đề án Trung tâm dữ liệu tỉnh do cơ quan nào chủ trì, ai phối hợp và hạn hoàn thành khi nào?",
    [(D1, "Xây dựng Đề án Trung tâm dữ liệu tỉnh Thạch Hà Nam"), (D1, "Sở Tài chính; Công an tỉnh")],
    ["Sở Khoa học và Công nghệ", "Quý III/2026"], actors=["Sở Khoa học và Công nghệ", "Sở Tài chính", "Công an tỉnh"])
b6 = add("who-what", "UBND các huyện, thành phố phải ban hành kế hoạch thực hiện ở địa phương trước ngày nào?",
         [(D1, "Ủy ban nhân dân các huyện, thành phố ban hành kế hoạch thực hiện tại địa phương trước ngày 30/4/2026")],
         ["30/4/2026"], actors=["Ủy ban nhân dân các huyện, thành phố"])
add("metadata", "Kế hoạch 146/KH-UBND về khoa học công nghệ và chuyển đổi số do ai ký?",
    [(D1, "PHÓ CHỦ TỊCH (Đã ký) Vũ Đình Khôi")], ["Vũ Đình Khôi", "Phó Chủ tịch"])
add("metadata", "KH 146/KH-UBND của tỉnh Thạch Hà Nam ban hành ngày nào?",
    [(D1, "Thạch Hà Nam, ngày 12 tháng 3 năm 2026")], ["12 tháng 3 năm 2026"])
add("abbreviation", "Quỹ phát triển KH&CN tỉnh hỗ trợ tối đa bao nhiêu cho 1 nhiệm vụ KH&CN doanh nghiệp đặt hàng?",
    [(D1, "hỗ trợ tối đa 300 triệu đồng cho mỗi nhiệm vụ khoa học và công nghệ do doanh nghiệp đặt hàng")],
    ["300 triệu đồng"])
add("list", "Về hạ tầng số, kế hoạch của tỉnh yêu cầu làm những việc gì?",
    [(D1, "phủ sóng di động 4G đến 100% thôn, bản; triển khai mạng 5G tại Khu công nghiệp Ngàn Sương và trung tâm thành phố Lư Khánh"),
     (D1, "xây dựng Trung tâm dữ liệu tỉnh kết nối với cơ sở dữ liệu quốc gia về dân cư")],
    ["4G", "5G", "Trung tâm dữ liệu tỉnh"])
add("no-diacritics", "toan tinh duy tri bao nhieu to cong nghe so cong dong",
    [(D1, "duy trì hoạt động của 1.240 Tổ công nghệ số cộng đồng trên toàn tỉnh")], ["1.240"])
add("no-diacritics", "vuong mac khi trien khai ke hoach 146 thi lien he ai o so khoa hoc cong nghe",
    [(D1, "đầu mối: bà Phạm Thu Hằng, Phó Trưởng phòng Quản lý công nghệ số; điện thoại: 0237.3851.246")],
    ["Phạm Thu Hằng", "0237.3851.246"])
add("who-what", "Báo và Phát thanh, Truyền hình Thạch Hà Nam phải làm gì, phối hợp với đơn vị nào?",
    [(D1, "Xây dựng chuyên mục \"Thạch Hà Nam số\" trên sóng phát thanh, truyền hình"),
     (D1, "Sở Văn hóa, Thể thao và Du lịch")],
    ["Thạch Hà Nam số", "Sở Văn hóa, Thể thao và Du lịch"],
    actors=["Báo và Phát thanh, Truyền hình Thạch Hà Nam", "Sở Văn hóa, Thể thao và Du lịch"])
b14 = add("factoid", "Cuộc thi ý tưởng khởi nghiệp sáng tạo cấp tỉnh năm nay tổ chức tháng mấy?",
          [(D1, "Tổ chức Cuộc thi \"Ý tưởng khởi nghiệp sáng tạo Thạch Hà Nam\" năm 2026")], ["Tháng 10/2026"])
add("follow-up", "Trong đó ngân sách tỉnh bao nhiêu, xã hội hóa bao nhiêu?",
    [(D1, "trong đó: ngân sách tỉnh 142 tỷ đồng; nguồn xã hội hóa và các nguồn hợp pháp khác 44,5 tỷ đồng")],
    ["142 tỷ đồng", "44,5 tỷ đồng"], history=b1)
add("follow-up", "Thế năm 2027 tỉnh bố trí bao nhiêu?", None, history=b1)
add("follow-up", "Còn các sở, ban, ngành tỉnh thì hạn gửi kế hoạch là khi nào?",
    [(D1, "Các sở, ban, ngành tỉnh căn cứ chức năng, nhiệm vụ xây dựng kế hoạch của đơn vị, gửi Sở Khoa học và Công nghệ trước ngày 15/4/2026")],
    ["15/4/2026"], actors=["Các sở, ban, ngành tỉnh"], history=b6)
add("follow-up", "Ai phối hợp với Sở KH&CN tổ chức cuộc thi đó?",
    [(D1, "Tỉnh Đoàn; Hội Liên hiệp Phụ nữ tỉnh")], ["Tỉnh Đoàn", "Hội Liên hiệp Phụ nữ tỉnh"], history=b14)
add("unanswerable", "Quỹ phát triển khoa học và công nghệ tỉnh Thạch Hà Nam có vốn điều lệ bao nhiêu?")
add("unanswerable", "Năm 2025 tỷ lệ dịch vụ công trực tuyến toàn trình của tỉnh đạt bao nhiêu phần trăm?")
add("unanswerable", "Tờ trình 58/TTr-SKHCN của Sở KH&CN do ai ký trình?")
add("unanswerable", "Cuộc thi Ý tưởng khởi nghiệp sáng tạo Thạch Hà Nam năm 2026 có giải nhất trị giá bao nhiêu?")
add("unanswerable", "Trung tâm dữ liệu tỉnh Thạch Hà Nam đặt ở đâu và tổng mức đầu tư là bao nhiêu?")

# ---------------- qr02: CV 612/SGDĐT-GDTrH (Sở GD&ĐT) ----------------
b21 = add("abbreviation", "Lớp tập huấn AI cho GV cốt cán học ở đâu vậy?",
          [(D2, "tại Trường THPT chuyên Lư Khánh (số 45 đường Chu Văn An, thành phố Lư Khánh)")],
          ["Trường THPT chuyên Lư Khánh"])
b22 = add("abbreviation", "CV 612 yêu cầu mỗi Phòng GD&ĐT cử bao nhiêu GV cốt cán THCS đi tập huấn AI?",
          [(D2, "Mỗi Phòng GD&ĐT cử 30 giáo viên cốt cán cấp THCS")], ["30 giáo viên"])
add("abbreviation", "Hạn gửi DS giáo viên dự tập huấn AI về SGD là ngày nào?",
    [(D2, "Danh sách gửi về Sở qua hệ thống quản lý văn bản trước ngày 30 tháng 6 năm 2026")],
    ["30 tháng 6 năm 2026"])
b24 = add("factoid", "Ngày hội STEM học sinh cấp tỉnh năm 2026 tổ chức khi nào, ở đâu?",
          [(D2, "02 ngày, 14 và 15 tháng 11 năm 2026, tại Nhà Văn hóa Thiếu nhi tỉnh")],
          ["14 và 15 tháng 11", "Nhà Văn hóa Thiếu nhi tỉnh"])
add("who-what", "Trung tâm GDTX tỉnh phải làm gì theo công văn STEM của Sở Giáo dục?",
    [(D2, "Trung tâm Giáo dục thường xuyên tỉnh chủ động mở lớp bồi dưỡng kỹ năng số ngắn hạn cho học viên và người dân có nhu cầu"),
     (D2, "mỗi lớp không quá 35 người")],
    ["kỹ năng số ngắn hạn", "35 người"], actors=["Trung tâm Giáo dục thường xuyên tỉnh"])
add("who-what", "Phòng Giáo dục Trung học của Sở được giao chủ trì việc gì, hạn bao giờ?",
    [(D2, "Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Kế hoạch - Tài chính xây dựng kế hoạch chi tiết"),
     (D2, "trình Giám đốc Sở phê duyệt trước ngày 30 tháng 9 năm 2026")],
    ["30 tháng 9 năm 2026"], actors=["Phòng Giáo dục Trung học", "Phòng Kế hoạch - Tài chính"])
add("list", "Sở GD&ĐT cấm những gì khi giáo viên, học sinh dùng công cụ AI?",
    [(D2, "Không sử dụng công cụ AI thay giáo viên chấm điểm, nhận xét chính thức kết quả học tập của học sinh"),
     (D2, "không yêu cầu học sinh dưới 13 tuổi tự đăng ký tài khoản công cụ AI cá nhân")],
    ["chấm điểm", "dưới 13 tuổi"])
add("no-diacritics", "moi khoi lop phai day toi thieu may bai hoc STEM trong 1 hoc ky",
    [(D2, "mỗi khối lớp tổ chức tối thiểu 04 bài học STEM trong một học kỳ")], ["04 bài học STEM"])
add("no-diacritics", "han nop bao cao so ket hoc ky I ve STEM va AI cho So la ngay nao",
    [(D2, "báo cáo sơ kết học kỳ I về giáo dục STEM và ứng dụng AI trước ngày 10 tháng 01 năm 2027")],
    ["10 tháng 01 năm 2027"])
add("metadata", "Ai ký công văn 612 của Sở Giáo dục về STEM và AI?",
    [(D2, "Nguyễn Thị Bích Ngọc")], ["Nguyễn Thị Bích Ngọc", "Phó Giám đốc"])
add("metadata", "Công văn số 612/SGDĐT-GDTrH gửi cho những đơn vị nào?",
    [(D2, "Phòng Giáo dục và Đào tạo các huyện, thành phố;"), (D2, "Các trường trung học phổ thông trực thuộc Sở;"),
     (D2, "Trung tâm Giáo dục thường xuyên tỉnh.")],
    ["Phòng Giáo dục và Đào tạo các huyện, thành phố", "Trung tâm Giáo dục thường xuyên tỉnh"])
add("no-diacritics", "muon hoi them ve tap huan AI thi lien he ai o so giao duc",
    [(D2, "liên hệ ông Đỗ Minh Tuấn, chuyên viên Phòng Giáo dục Trung học, Sở GD&ĐT, điện thoại 0912.408.375")],
    ["Đỗ Minh Tuấn", "0912.408.375"])
add("who-what", "Phòng GD&ĐT huyện phải rà soát cơ sở vật chất gì và báo cáo Sở trước ngày nào?",
    [(D2, "Phòng GD&ĐT có trách nhiệm tham mưu UBND huyện, thành phố rà soát số phòng học bộ môn Tin học, phòng thí nghiệm"),
     (D2, "báo cáo về Sở theo mẫu gửi kèm trước ngày 31 tháng 8 năm 2026")],
    ["31 tháng 8 năm 2026"], actors=["Phòng GD&ĐT"])
add("follow-up", "Thời gian học từ ngày nào đến ngày nào?",
    [(D2, "từ ngày 20 đến ngày 25 tháng 7 năm 2026")], ["20 đến ngày 25 tháng 7 năm 2026"], history=b21)
add("follow-up", "the con truong THPT thi cu may nguoi?",
    [(D2, "mỗi trường THPT cử 02 giáo viên (01 giáo viên Tin học và 01 giáo viên Vật lý hoặc Công nghệ)")],
    ["02 giáo viên"], history=b22)
add("follow-up", "Mỗi phòng GD được gửi mấy sản phẩm?",
    [(D2, "Mỗi Phòng GD&ĐT lựa chọn 02 sản phẩm tiêu biểu cấp THCS")], ["02 sản phẩm"], history=b24)
add("unanswerable", "Ngày hội STEM học sinh tỉnh năm 2026 có trao giải nhất không, giải trị giá bao nhiêu?")
add("unanswerable", "Công văn 613/SGDĐT-GDTrH của Sở GD&ĐT hướng dẫn nội dung gì?")
add("unanswerable", "Mỗi Phòng GD&ĐT được cấp bao nhiêu kinh phí mua thiết bị STEM năm học 2026-2027?")
add("unanswerable", "Lớp tập huấn AI dành cho giáo viên tiểu học tổ chức vào thời gian nào?")
add("unanswerable", "Hạn nộp báo cáo sơ kết học kỳ II về giáo dục STEM là ngày nào?")

# ---------------- qr03: QĐ 2317/QĐ-UBND + Thể lệ (UBND huyện Ngàn Sương) ----------------
b31 = add("factoid", "Giải nhất hội thi sáng tạo kỹ thuật và chuyển đổi số huyện Ngàn Sương được bao nhiêu tiền?",
          [(D3, "01 giải Nhất, trị giá 15.000.000 đồng")], ["15.000.000 đồng"])
b32 = add("factoid", "Tổng giá trị giải thưởng của hội thi sáng tạo Ngàn Sương lần II là bao nhiêu?",
          [(D3, "Tổng giá trị giải thưởng là 68.000.000 đồng")], ["68.000.000 đồng"])
b33 = add("abbreviation", "Theo QĐ 2317 thì hạn cuối nộp hồ sơ dự thi là khi nào?",
          [(D3, "từ ngày 01/7/2026 đến 17 giờ 00 ngày 31/8/2026")], ["17 giờ 00 ngày 31/8/2026"])
add("list", "Hội thi sáng tạo kỹ thuật huyện Ngàn Sương có những lĩnh vực dự thi nào?",
    [(D3, "(1) Nông nghiệp công nghệ cao và chế biến nông sản; (2) Chuyển đổi số trong quản lý nhà nước và cung cấp dịch vụ công"),
     (D3, "(3) Giáo dục, đào tạo và đồ dùng dạy học tự làm; (4) Bảo vệ môi trường, tiết kiệm năng lượng và năng lượng tái tạo")],
    ["Nông nghiệp công nghệ cao", "Bảo vệ môi trường"])
add("who-what", "Phòng Tài chính - Kế hoạch huyện có nhiệm vụ gì trong QĐ 2317?",
    [(D3, "Phòng Tài chính - Kế hoạch thẩm định dự toán, tham mưu cấp kinh phí tổ chức Hội thi là 145.000.000 đồng")],
    ["145.000.000 đồng"], actors=["Phòng Tài chính - Kế hoạch"])
b36 = add("who-what", "Ai chủ trì tổ chức hội thi sáng tạo kỹ thuật Ngàn Sương, những đơn vị nào phối hợp?",
          [(D3, "Giao Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Phòng Giáo dục và Đào tạo, Huyện đoàn Ngàn Sương và Hội Nông dân huyện")],
          ["Phòng Văn hóa và Thông tin huyện", "Huyện đoàn Ngàn Sương", "Hội Nông dân huyện"],
          actors=["Phòng Văn hóa và Thông tin huyện", "Phòng Giáo dục và Đào tạo", "Huyện đoàn Ngàn Sương", "Hội Nông dân huyện"])
add("who-what", "UBND các xã, thị trấn ở Ngàn Sương phải làm gì cho hội thi?",
    [(D3, "Ủy ban nhân dân các xã, thị trấn phổ biến Thể lệ đến thôn, tổ dân phố"),
     (D3, "mỗi xã, thị trấn có tối thiểu 02 giải pháp dự thi")],
    ["02 giải pháp dự thi"], actors=["Ủy ban nhân dân các xã, thị trấn"])
add("no-diacritics", "nhom tac gia du thi toi da bao nhieu nguoi",
    [(D3, "nhóm tác giả (mỗi nhóm không quá 05 người)")], ["05 người"])
add("no-diacritics", "le trao giai hoi thi sang tao ngan suong to chuc ngay nao, o dau",
    [(D3, "dự kiến 8 giờ 00 ngày 10/10/2026 tại Trung tâm Văn hóa - Thể thao và Truyền thông huyện")],
    ["10/10/2026"])
add("no-diacritics", "giai phap duoi bao nhieu diem thi khong duoc xet giai",
    [(D3, "Giải pháp có điểm bình quân dưới 50 điểm không được xét giải")], ["50 điểm"])
add("metadata", "Thể lệ hội thi sáng tạo kỹ thuật Ngàn Sương ban hành kèm quyết định số mấy, ngày nào?",
    [(D3, "(Ban hành kèm theo Quyết định số 2317/QĐ-UBND ngày 18/6/2026")], ["2317/QĐ-UBND", "18/6/2026"])
add("metadata", "Ai ký quyết định ban hành thể lệ hội thi sáng tạo kỹ thuật Ngàn Sương?",
    [(D3, "CHỦ TỊCH (Đã ký) Lương Hữu Định")], ["Lương Hữu Định"])
add("metadata", "QĐ 2317 của Chủ tịch UBND huyện Ngàn Sương căn cứ vào những kế hoạch nào?",
    [(D3, "Căn cứ Kế hoạch số 146/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh Thạch Hà Nam"),
     (D3, "Căn cứ Kế hoạch số 95/KH-UBND ngày 02/4/2026 của Ủy ban nhân dân huyện")],
    ["146/KH-UBND", "95/KH-UBND"])
add("factoid", "Giải pháp đã đoạt giải ở hội thi lần I năm 2024 có được nộp lại không?",
    [(D3, "Giải pháp đạt giải tại Hội thi lần thứ I năm 2024 không tiếp tục dự thi")], ["không tiếp tục dự thi"])
add("follow-up", "The con giai nhi?",
    [(D3, "02 giải Nhì, mỗi giải 10.000.000 đồng")], ["10.000.000 đồng"], history=b31)
add("follow-up", "Thế giải đặc biệt trị giá bao nhiêu?", None, history=b32)
add("follow-up", "Nộp ở đâu?",
    [(D3, "tại Phòng Văn hóa và Thông tin huyện, tầng 2, nhà B, trụ sở Ủy ban nhân dân huyện")],
    ["tầng 2, nhà B"], history=b33)
add("follow-up", "Vậy Ban Giám khảo phải lập xong trước ngày nào?",
    [(D3, "thành lập Ban Giám khảo trước ngày 05/9/2026")], ["05/9/2026"], history=b36)
add("unanswerable", "Hội thi sáng tạo kỹ thuật huyện Ngàn Sương lần thứ I năm 2024 có bao nhiêu giải pháp tham gia?")
add("unanswerable", "Giải nhất Hội thi Sáng tạo kỹ thuật tỉnh Thạch Hà Nam năm 2027 trị giá bao nhiêu tiền?")
add("unanswerable", "Kinh phí tổ chức hội thi sáng tạo kỹ thuật của huyện Bồ Lạc năm 2026 là bao nhiêu?")
add("unanswerable", "Trưởng Ban Giám khảo hội thi sáng tạo kỹ thuật Ngàn Sương là ai?")

# ---------------- qr04: BC 27-BC/BTGDVHU (Ban Tuyên giáo và Dân vận Huyện ủy Bồ Lạc) ----------------
add("abbreviation", "6 tháng đầu năm 2026 trang TTĐT huyện Bồ Lạc đăng được bao nhiêu tin bài?",
    [(D4, "Tin, bài trên Trang thông tin điện tử huyện | 300 | 184 | 61,3")], ["184"])
b42 = add("abbreviation", "Tỷ lệ ĐV huyện Bồ Lạc cài Sổ tay đảng viên điện tử so với KH năm đạt bao nhiêu?",
          [(D4, "Đảng viên cài đặt, sử dụng Sổ tay đảng viên điện tử | 3.600 | 3.128 | 86,9")], ["3.128", "86,9"])
add("abbreviation", "Hội nghị trực tuyến quán triệt về KH&CN, ĐMST và CĐS ở Bồ Lạc diễn ra ngày nào, bao nhiêu người dự?",
    [(D4, "vào ngày 17/3/2026, kết nối tới 38 điểm cầu với 2.150 cán bộ, đảng viên tham dự")],
    ["17/3/2026", "2.150"])
add("list", "Những xã nào ở Bồ Lạc còn thôn vùng cao chưa có sóng 4G ổn định?",
    [(D4, "07 thôn vùng cao thuộc 03 xã Mương Đá, Cồn Vịt, Rạng Khê chưa có sóng 4G ổn định")],
    ["Mương Đá", "Cồn Vịt", "Rạng Khê"])
add("who-what", "6 tháng cuối năm Trung tâm Văn hóa - Thể thao và Truyền thông huyện Bồ Lạc phải làm gì?",
    [(D4, "Trung tâm Văn hóa - Thể thao và Truyền thông huyện bảo đảm phát sóng chuyên mục \"Bồ Lạc số\" vào 19 giờ 30 thứ Bảy hằng tuần")],
    ["19 giờ 30 thứ Bảy"], actors=["Trung tâm Văn hóa - Thể thao và Truyền thông huyện"])
b47 = add("who-what", "Báo cáo của Bồ Lạc đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy làm gì?",
          [(D4, "Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy mở lớp bồi dưỡng kỹ năng viết tin, bài, sản xuất video ngắn")],
          ["video ngắn"], actors=["Ban Tuyên giáo và Dân vận Tỉnh ủy"])
add("no-diacritics", "hoi thi tim hieu chuyen doi so cua bo lac to chuc vao thang may",
    [(D4, "Hội thi trực tuyến \"Tìm hiểu chuyển đổi số\" dành cho cán bộ, đảng viên, đoàn viên, hội viên trong tháng 9/2026")],
    ["tháng 9/2026"])
add("no-diacritics", "bao nhieu hoi vien trong cam duoc tap huan nhat ky san xuat dien tu",
    [(D4, "tập huấn ứng dụng nhật ký sản xuất điện tử cho 620 hội viên trồng cam tại xã Gò Nhãn và xã Rạng Khê")],
    ["620 hội viên"])
add("metadata", "Báo cáo kết quả tuyên truyền khoa giáo 6 tháng đầu năm của Bồ Lạc số mấy, ngày nào?",
    [(D4, "Số 27-BC/BTGDVHU Bồ Lạc, ngày 26 tháng 6 năm 2026")], ["27-BC/BTGDVHU", "26 tháng 6 năm 2026"])
add("metadata", "Ai ký báo cáo 27-BC của Ban Tuyên giáo và Dân vận Huyện ủy Bồ Lạc?",
    [(D4, "(đã ký) Đinh Thị Mai Hương")], ["Đinh Thị Mai Hương", "PHÓ TRƯỞNG BAN"])
add("no-diacritics", "chuyen muc bo lac so phat duoc bao nhieu chuong trinh roi, vi sao cham",
    [(D4, "Chương trình phát thanh chuyên mục \"Bồ Lạc số\" | 52 | 26 | 50,0"),
     (D4, "thiếu phóng viên, thiết bị dựng hình xuống cấp")],
    ["26", "thiếu phóng viên"])
add("abbreviation", "BC 27 cho biết bao nhiêu lượt người dân Bồ Lạc được hướng dẫn kỹ năng số?",
    [(D4, "Lượt người dân được hướng dẫn kỹ năng số | 12.000 | 7.450 | 62,1")], ["7.450"])
add("who-what", "MTTQ và các tổ chức chính trị - xã hội huyện Bồ Lạc được đề nghị tuyên truyền nội dung gì, báo cáo ra sao?",
    [(D4, "phối hợp tuyên truyền phòng, chống lừa đảo trên không gian mạng cho hội viên là người cao tuổi"),
     (D4, "định kỳ hằng quý báo cáo kết quả về Ban Tuyên giáo và Dân vận Huyện ủy")],
    ["lừa đảo trên không gian mạng", "định kỳ hằng quý"],
    actors=["Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện"])
add("follow-up", "Xã nào thấp nhất?",
    [(D4, "tỷ lệ đảng viên cài đặt Sổ tay đảng viên điện tử thấp nhất là xã Cồn Vịt (71,4%)")],
    ["Cồn Vịt", "71,4%"], history=b42)
add("follow-up", "Còn UBND huyện thì được kiến nghị gì?",
    [(D4, "Đề nghị Ủy ban nhân dân huyện chỉ đạo Phòng Văn hóa và Thông tin huyện phối hợp với Viễn thông Bồ Lạc khảo sát"),
     (D4, "phủ sóng 4G tại 07 thôn vùng cao nêu trên trong quý III/2026; bổ sung 120 triệu đồng cho chuyên mục \"Bồ Lạc số\"")],
    ["120 triệu đồng", "quý III/2026"], actors=["Ủy ban nhân dân huyện"], history=b47)
add("unanswerable", "Xã Mương Đá có bao nhiêu đảng viên đã cài Sổ tay đảng viên điện tử?")
add("unanswerable", "6 tháng đầu năm 2025 trang thông tin điện tử huyện Bồ Lạc đăng bao nhiêu tin, bài?")
add("unanswerable", "Hội thi Tìm hiểu chuyển đổi số của huyện Bồ Lạc có cơ cấu giải thưởng thế nào?")
add("unanswerable", "Báo cáo 28-BC/BTGDVHU của Ban Tuyên giáo và Dân vận Huyện ủy Bồ Lạc đánh giá những gì?")
add("unanswerable", "co bao nhieu hoc sinh xa Con Vit tham gia chuyen de an toan tren khong gian mang")

# ---------------- qr05: TB 52/TB-UBND (UBND xã Tràm Lụa) ----------------
add("who-what", "Xã Tràm Lụa lắp bao nhiêu camera giám sát, ai chủ trì và khi nào phải xong?",
    [(D5, "Giao Công an xã chủ trì, phối hợp với Viễn thông Ngàn Sương khảo sát vị trí, lắp đặt 24 camera giám sát; hoàn thành trước ngày 30/9/2026")],
    ["24 camera", "30/9/2026"], actors=["Công an xã", "Viễn thông Ngàn Sương"])
b52 = add("abbreviation", "Tổng KP xây dựng mô hình xã thông minh ở Tràm Lụa theo TB 52 là bao nhiêu, huyện hỗ trợ bao nhiêu?",
          [(D5, "Tổng kinh phí dự kiến 320 triệu đồng, trong đó huyện hỗ trợ 250 triệu đồng, ngân sách xã 70 triệu đồng")],
          ["320 triệu đồng", "250 triệu đồng"])
b53 = add("who-what", "Đoàn Thanh niên xã Tràm Lụa phải làm gì trong mô hình xã thông minh?",
          [(D5, "Đoàn Thanh niên xã thành lập 09 đội \"Thanh niên tình nguyện số\" tại 09 thôn, mỗi đội từ 05 đến 07 đoàn viên"),
           (D5, "ra quân trong tháng 7/2026")],
          ["09 đội", "tháng 7/2026"], actors=["Đoàn Thanh niên xã"])
add("who-what", "MTTQ và các hội đoàn thể xã Tràm Lụa được đề nghị làm gì?",
    [(D5, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh xã tuyên truyền, vận động hội viên tham gia"),
     (D5, "mỗi hội vận động tối thiểu 50 hội viên mở tài khoản thanh toán điện tử")],
    ["50 hội viên"],
    actors=["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Hội Nông dân", "Hội Liên hiệp Phụ nữ", "Hội Cựu chiến binh xã"])
add("no-diacritics", "giao ban tien do xa thong minh o tram lua hop luc nao",
    [(D5, "vào 8 giờ 00 sáng thứ Hai tuần đầu tiên hằng tháng tại phòng họp UBND xã")], ["thứ Hai tuần đầu tiên"])
add("list", "Đến cuối năm 2026 xã Tràm Lụa phấn đấu đạt những chỉ tiêu gì?",
    [(D5, "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến đạt từ 75% trở lên"),
     (D5, "90% người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức 2"),
     (D5, "100% hộ kinh doanh tại chợ Tràm Lụa có mã QR thanh toán")],
    ["75%", "90%", "mã QR"])
add("no-diacritics", "xa tram lua co bao nhieu thon, bao nhieu ho dan",
    [(D5, "Xã Tràm Lụa có 09 thôn, 2.870 hộ với 10.940 nhân khẩu")], ["09 thôn", "2.870 hộ"])
add("no-diacritics", "ty le ho so nop truc tuyen 6 thang dau nam cua xa tram lua dat bao nhieu",
    [(D5, "tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến của xã 6 tháng đầu năm mới đạt 41,6%")], ["41,6%"])
add("metadata", "TB 52 của UBND xã Tràm Lụa ra ngày nào?",
    [(D5, "Số: 52/TB-UBND Tràm Lụa, ngày 08 tháng 7 năm 2026")], ["08 tháng 7 năm 2026"])
add("abbreviation", "Trang TT \"Tràm Lụa số\" dự kiến ra mắt khi nào?",
    [(D5, "Tháng 10/2026 | Ra mắt trang thông tin \"Tràm Lụa số\"")], ["Tháng 10/2026"])
add("abbreviation", "Trường TH&THCS Tràm Lụa phải triển khai gì từ năm học 2026-2027?",
    [(D5, "Trường Tiểu học và THCS Tràm Lụa triển khai sổ liên lạc điện tử và thu học phí, các khoản thu không dùng tiền mặt")],
    ["sổ liên lạc điện tử", "không dùng tiền mặt"])
add("follow-up", "Ai lập dự toán và hạn trình là bao giờ?",
    [(D5, "Công chức Tài chính - Kế toán lập dự toán kinh phí, trình UBND xã trước ngày 20/7/2026")],
    ["Công chức Tài chính - Kế toán", "20/7/2026"], actors=["Công chức Tài chính - Kế toán"], history=b52)
add("follow-up", "Thế Trạm Y tế xã?",
    [(D5, "Trạm Y tế xã phối hợp với trưởng thôn hướng dẫn người dân sử dụng sổ sức khỏe điện tử")],
    ["sổ sức khỏe điện tử"], actors=["Trạm Y tế xã"], history=b53)
add("unanswerable", "Mỗi đội Thanh niên tình nguyện số ở Tràm Lụa được hỗ trợ bao nhiêu tiền?")
add("unanswerable", "Thôn nào ở xã Tràm Lụa có tỷ lệ người dân có tài khoản định danh điện tử thấp nhất?")
add("unanswerable", "Kinh phí xây dựng mô hình xã thông minh ở xã Nhạn Tháp là bao nhiêu?")

# ---------------- corpus-level ----------------
add("corpus", "Có những văn bản nào căn cứ hoặc thực hiện Kế hoạch 146/KH-UBND của UBND tỉnh?",
    [(D2, "Thực hiện Kế hoạch số 146/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh"),
     (D3, "Căn cứ Kế hoạch số 146/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh Thạch Hà Nam"),
     (D4, "Kế hoạch số 146/KH-UBND ngày 12/3/2026 của UBND tỉnh, Ban Tuyên giáo và Dân vận Huyện ủy Bồ Lạc"),
     (D5, "theo Kế hoạch số 146/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh")],
    ["146/KH-UBND"])
add("corpus", "Những văn bản nào nói về thí điểm xã thông minh ở Tràm Lụa?",
    [(D1, "riêng năm 2026 thí điểm tại xã Tràm Lụa, huyện Ngàn Sương"),
     (D5, "triển khai xây dựng mô hình \"Xã thông minh\" thí điểm năm 2026")],
    ["Tràm Lụa"])
add("corpus", "Trong các tài liệu có văn bản nào do cơ quan Đảng ban hành không?",
    [(D4, "Ban Tuyên giáo và Dân vận Huyện ủy Bồ Lạc báo cáo kết quả 6 tháng đầu năm 2026"),
     (D4, "Số 27-BC/BTGDVHU Bồ Lạc, ngày 26 tháng 6 năm 2026")],
    ["27-BC/BTGDVHU"])
add("corpus", "Văn bản nào nhắc đến Kế hoạch 95/KH-UBND của huyện Ngàn Sương?",
    [(D3, "Căn cứ Kế hoạch số 95/KH-UBND ngày 02/4/2026 của Ủy ban nhân dân huyện"),
     (D5, "Kế hoạch số 95/KH-UBND ngày 02/4/2026 của Ủy ban nhân dân huyện Ngàn Sương")],
    ["95/KH-UBND"])
add("unanswerable", "Kế hoạch 95/KH-UBND của huyện Ngàn Sương đặt mục tiêu bao nhiêu phần trăm hồ sơ nộp trực tuyến?")


# ---------------- who-what gold ----------------
def A(name, role, deadline, task):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": task}


WHO_WHAT = [
    {"id": "wqr01", "directive": "KH 146/KH-UBND", "source": D1, "actors": [
        A("Sở Khoa học và Công nghệ", "thường trực", "trước ngày 15/6",
          "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch"),
        A("Sở Khoa học và Công nghệ", "chủ trì", "Quý III/2026", "Xây dựng Đề án Trung tâm dữ liệu tỉnh Thạch Hà Nam"),
        A("Sở Tài chính", "phối hợp", "Quý III/2026", "Xây dựng Đề án Trung tâm dữ liệu tỉnh Thạch Hà Nam"),
        A("Công an tỉnh", "phối hợp", "Quý III/2026", "Xây dựng Đề án Trung tâm dữ liệu tỉnh Thạch Hà Nam"),
        A("Sở Khoa học và Công nghệ", "chủ trì", "Trước ngày 30/6/2026",
          "Ban hành Bộ chỉ số đánh giá chuyển đổi số cấp huyện, cấp xã"),
        A("Sở Nội vụ", "phối hợp", "Trước ngày 30/6/2026", "Ban hành Bộ chỉ số đánh giá chuyển đổi số cấp huyện, cấp xã"),
        A("UBND các huyện, thành phố", "phối hợp", "Hằng năm",
          "Bồi dưỡng kỹ năng số cho thành viên Tổ công nghệ số cộng đồng"),
        A("Tỉnh Đoàn", "phối hợp", "Hằng năm", "Bồi dưỡng kỹ năng số cho thành viên Tổ công nghệ số cộng đồng"),
        A("Sở Giáo dục và Đào tạo", "chủ trì", "Năm học 2026 - 2027",
          "Triển khai giáo dục STEM và làm quen trí tuệ nhân tạo trong các trường trung học"),
        A("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "phối hợp", "Năm học 2026 - 2027",
          "Triển khai giáo dục STEM và làm quen trí tuệ nhân tạo trong các trường trung học"),
        A("UBND huyện Ngàn Sương", "chủ trì", "Trước ngày 31/12/2026", "Thí điểm mô hình xã thông minh tại xã Tràm Lụa"),
        A("Viễn thông Thạch Hà Nam", "phối hợp", "Trước ngày 31/12/2026", "Thí điểm mô hình xã thông minh tại xã Tràm Lụa"),
        A("Hội Liên hiệp Phụ nữ tỉnh", "phối hợp", "Tháng 10/2026",
          "Tổ chức Cuộc thi \"Ý tưởng khởi nghiệp sáng tạo Thạch Hà Nam\" năm 2026"),
        A("Báo và Phát thanh, Truyền hình Thạch Hà Nam", "chủ trì", "Từ quý II/2026, thường xuyên",
          "Xây dựng chuyên mục \"Thạch Hà Nam số\" trên sóng phát thanh, truyền hình"),
        A("Sở Văn hóa, Thể thao và Du lịch", "phối hợp", "Từ quý II/2026, thường xuyên",
          "Xây dựng chuyên mục \"Thạch Hà Nam số\" trên sóng phát thanh, truyền hình"),
        A("Sở Tài chính", "chủ trì", "Trước ngày 15/11 hằng năm", "Tham mưu bố trí kinh phí thực hiện Kế hoạch"),
        A("Sở Nội vụ", None, None,
          "Sở Nội vụ: đưa kết quả thực hiện nhiệm vụ chuyển đổi số vào tiêu chí đánh giá, xếp loại tập thể"),
        A("Sở Giáo dục và Đào tạo", "chủ trì", None,
          "hướng dẫn các trường tổ chức hoạt động giáo dục STEM, câu lạc bộ sáng tạo khoa học kỹ thuật cho học sinh"),
        A("Các sở, ban, ngành tỉnh", None, "trước ngày 15/4/2026",
          "Các sở, ban, ngành tỉnh căn cứ chức năng, nhiệm vụ xây dựng kế hoạch của đơn vị"),
        A("Ủy ban nhân dân các huyện, thành phố", None, "trước ngày 30/4/2026",
          "Ủy ban nhân dân các huyện, thành phố ban hành kế hoạch thực hiện tại địa phương"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", None, None,
          "tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tích cực sử dụng dịch vụ công trực tuyến"),
    ], "intruders": ["Vũ Đình Khôi", "Bộ Khoa học và Công nghệ", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh",
                     "Chủ tịch, các PCT UBND tỉnh", "Lưu: VT, KGVX", "Ban Thường vụ Tỉnh ủy Thạch Hà Nam",
                     "Bộ Chính trị", "Phạm Thu Hằng"]},
    {"id": "wqr02", "directive": "CV 612/SGDĐT-GDTrH", "source": D2, "actors": [
        A("Các trường trung học cơ sở (THCS) và trung học phổ thông (THPT)", None, None,
          "đưa nội dung giáo dục STEM vào kế hoạch giáo dục của nhà trường"),
        A("Phòng GD&ĐT", None, None, "Phòng GD&ĐT tổng hợp kế hoạch của các trường THCS trên địa bàn"),
        A("các trường THPT", None, "trước ngày 15 tháng 9 năm 2026",
          "các trường THPT gửi kế hoạch trực tiếp về Sở (qua Phòng Giáo dục Trung học)"),
        A("Sở GD&ĐT", None, "từ ngày 20 đến ngày 25 tháng 7 năm 2026",
          "Sở GD&ĐT tổ chức 03 lớp tập huấn \"Ứng dụng trí tuệ nhân tạo trong dạy học và quản lý lớp học\""),
        A("Phòng GD&ĐT", None, "trước ngày 30 tháng 6 năm 2026", "Mỗi Phòng GD&ĐT cử 30 giáo viên cốt cán cấp THCS"),
        A("trường THPT", None, "trước ngày 30 tháng 6 năm 2026", "mỗi trường THPT cử 02 giáo viên"),
        A("Phòng GD&ĐT", None, None, "Mỗi Phòng GD&ĐT lựa chọn 02 sản phẩm tiêu biểu cấp THCS"),
        A("Phòng Giáo dục Trung học", "chủ trì", "trước ngày 30 tháng 9 năm 2026",
          "Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Kế hoạch - Tài chính xây dựng kế hoạch chi tiết"),
        A("Phòng Kế hoạch - Tài chính", "phối hợp", "trước ngày 30 tháng 9 năm 2026",
          "phối hợp với Phòng Kế hoạch - Tài chính xây dựng kế hoạch chi tiết"),
        A("Phòng GD&ĐT", None, "trước ngày 31 tháng 8 năm 2026",
          "tham mưu UBND huyện, thành phố rà soát số phòng học bộ môn Tin học, phòng thí nghiệm"),
        A("Trung tâm Giáo dục thường xuyên tỉnh", None, None,
          "chủ động mở lớp bồi dưỡng kỹ năng số ngắn hạn cho học viên và người dân có nhu cầu"),
        A("Các đơn vị", None, "trước ngày 10 tháng 01 năm 2027",
          "Các đơn vị báo cáo sơ kết học kỳ I về giáo dục STEM và ứng dụng AI"),
        A("Hiệu trưởng các trường THPT", None, None,
          "Hiệu trưởng các trường THPT chịu trách nhiệm trước Giám đốc Sở về chất lượng, tiến độ triển khai"),
    ], "intruders": ["UBND tỉnh", "Giám đốc, các PGĐ Sở", "Cổng thông tin điện tử Sở", "Nguyễn Thị Bích Ngọc",
                     "Lưu: VT, GDTrH", "Đỗ Minh Tuấn"]},
    {"id": "wqr03", "directive": "QĐ 2317/QĐ-UBND", "source": D3, "actors": [
        A("Phòng Văn hóa và Thông tin huyện", "chủ trì", "trước ngày 05/9/2026",
          "Giao Phòng Văn hóa và Thông tin huyện chủ trì, phối hợp với Phòng Giáo dục và Đào tạo, Huyện đoàn Ngàn Sương và Hội Nông dân huyện tổ chức Hội thi"),
        A("Phòng Giáo dục và Đào tạo", "phối hợp", None,
          "phối hợp với Phòng Giáo dục và Đào tạo, Huyện đoàn Ngàn Sương và Hội Nông dân huyện tổ chức Hội thi"),
        A("Huyện đoàn Ngàn Sương", "phối hợp", None,
          "phối hợp với Phòng Giáo dục và Đào tạo, Huyện đoàn Ngàn Sương và Hội Nông dân huyện tổ chức Hội thi"),
        A("Hội Nông dân huyện", "phối hợp", None,
          "phối hợp với Phòng Giáo dục và Đào tạo, Huyện đoàn Ngàn Sương và Hội Nông dân huyện tổ chức Hội thi"),
        A("Phòng Tài chính - Kế hoạch", None, None,
          "Phòng Tài chính - Kế hoạch thẩm định dự toán, tham mưu cấp kinh phí tổ chức Hội thi là 145.000.000 đồng"),
        A("Trung tâm Văn hóa - Thể thao và Truyền thông huyện", None, None,
          "Trung tâm Văn hóa - Thể thao và Truyền thông huyện tuyên truyền về Hội thi trên sóng phát thanh"),
        A("Ủy ban nhân dân các xã, thị trấn", None, None,
          "Ủy ban nhân dân các xã, thị trấn phổ biến Thể lệ đến thôn, tổ dân phố"),
        A("Phòng Văn hóa và Thông tin huyện", "thường trực", None,
          "Thường trực Ban Tổ chức đặt tại Phòng Văn hóa và Thông tin huyện"),
    ], "intruders": ["Lương Hữu Định", "Sở Khoa học và Công nghệ", "TT Huyện ủy, TT HĐND huyện",
                     "CT, các PCT UBND huyện", "Lưu: VT, VHTT", "Mạc Văn Lực", "Ủy ban nhân dân tỉnh Thạch Hà Nam"]},
    {"id": "wqr04", "directive": "BC 27-BC/BTGDVHU", "source": D4, "actors": [
        A("Ban Tuyên giáo và Dân vận Huyện ủy", "chủ trì", "trước ngày 15/10/2026",
          "Ban Tuyên giáo và Dân vận Huyện ủy chủ trì tổ chức Hội thi trực tuyến \"Tìm hiểu chuyển đổi số\""),
        A("Trung tâm Văn hóa - Thể thao và Truyền thông huyện", None, None,
          "bảo đảm phát sóng chuyên mục \"Bồ Lạc số\" vào 19 giờ 30 thứ Bảy hằng tuần"),
        A("các đảng ủy xã, thị trấn", None, "trước ngày 31/12/2026",
          "chỉ đạo chi bộ thôn, tổ dân phố đưa nội dung chuyển đổi số vào sinh hoạt chi bộ ít nhất 01 lần/quý"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", "phối hợp",
          "định kỳ hằng quý",
          "phối hợp tuyên truyền phòng, chống lừa đảo trên không gian mạng cho hội viên là người cao tuổi"),
        A("Huyện đoàn Bồ Lạc", None, None,
          "Huyện đoàn Bồ Lạc duy trì 16 đội thanh niên tình nguyện hỗ trợ kỹ năng số tại 16 xã, thị trấn"),
        A("Ban Tuyên giáo và Dân vận Tỉnh ủy", None, None,
          "mở lớp bồi dưỡng kỹ năng viết tin, bài, sản xuất video ngắn cho đội ngũ báo cáo viên"),
        A("Ủy ban nhân dân huyện", None, "quý III/2026",
          "Đề nghị Ủy ban nhân dân huyện chỉ đạo Phòng Văn hóa và Thông tin huyện phối hợp với Viễn thông Bồ Lạc khảo sát"),
        A("Phòng Văn hóa và Thông tin huyện", None, "quý III/2026",
          "khảo sát, đề xuất phương án phủ sóng 4G tại 07 thôn vùng cao nêu trên"),
        A("Viễn thông Bồ Lạc", "phối hợp", "quý III/2026",
          "phối hợp với Viễn thông Bồ Lạc khảo sát, đề xuất phương án phủ sóng 4G"),
    ], "intruders": ["Thường trực Huyện ủy", "Đinh Thị Mai Hương", "Lưu BTGDV", "Ban Thường vụ Huyện ủy",
                     "Khổng Văn Tài"]},
    {"id": "wqr05", "directive": "TB 52/TB-UBND", "source": D5, "actors": [
        A("Công chức Văn hóa - Xã hội", "thường trực", "trước ngày 15/7/2026",
          "Công chức Văn hóa - Xã hội là đầu mối tham mưu, hoàn thiện Kế hoạch xây dựng mô hình \"Xã thông minh\""),
        A("Công an xã", "chủ trì", "trước ngày 30/9/2026",
          "Giao Công an xã chủ trì, phối hợp với Viễn thông Ngàn Sương khảo sát vị trí, lắp đặt 24 camera giám sát"),
        A("Viễn thông Ngàn Sương", "phối hợp", "trước ngày 30/9/2026",
          "phối hợp với Viễn thông Ngàn Sương khảo sát vị trí, lắp đặt 24 camera giám sát"),
        A("Công an xã", None, None,
          "hướng dẫn người dân kích hoạt tài khoản định danh điện tử mức 2 tại nhà văn hóa các thôn"),
        A("Công chức Tài chính - Kế toán", None, "trước ngày 20/7/2026",
          "Công chức Tài chính - Kế toán lập dự toán kinh phí, trình UBND xã"),
        A("Bộ phận Tiếp nhận và Trả kết quả xã", None, None,
          "bố trí 01 máy tính, 01 máy quét và 01 công chức trực hỗ trợ người dân nộp hồ sơ trực tuyến"),
        A("Đoàn Thanh niên xã", None, "trong tháng 7/2026",
          "Đoàn Thanh niên xã thành lập 09 đội \"Thanh niên tình nguyện số\" tại 09 thôn"),
        A("Trạm Y tế xã", None, None,
          "Trạm Y tế xã phối hợp với trưởng thôn hướng dẫn người dân sử dụng sổ sức khỏe điện tử"),
        A("Trường Tiểu học và THCS Tràm Lụa", None, "từ năm học 2026 - 2027",
          "triển khai sổ liên lạc điện tử và thu học phí, các khoản thu không dùng tiền mặt"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Nông dân, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh xã", None, None,
          "mỗi hội vận động tối thiểu 50 hội viên mở tài khoản thanh toán điện tử"),
        A("Trưởng các thôn", None, "trước ngày 31/7/2026",
          "lập danh sách hộ chưa có điện thoại thông minh gửi công chức Văn hóa - Xã hội"),
    ], "intruders": ["Tạ Quang Vinh", "Hà Thị Kim Oanh", "Lã Thị Duyên", "TT Đảng ủy xã", "Phòng VH&TT huyện",
                     "CT, các PCT UBND xã", "Các thành phần dự họp", "Lưu: VT"]},
]


def _nfc(obj):
    if isinstance(obj, str):
        return unicodedata.normalize("NFC", obj)
    if isinstance(obj, list):
        return [_nfc(x) for x in obj]
    if isinstance(obj, dict):
        return {k: _nfc(v) for k, v in obj.items()}
    return obj


def write_all(base):
    with open(os.path.join(base, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in Q:
            f.write(json.dumps(_nfc(q), ensure_ascii=False) + "\n")
    with open(os.path.join(base, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WHO_WHAT:
            f.write(json.dumps(_nfc(w), ensure_ascii=False) + "\n")
    print("wrote questions.jsonl (%d) and who_what.jsonl (%d)" % (len(Q), len(WHO_WHAT)))
