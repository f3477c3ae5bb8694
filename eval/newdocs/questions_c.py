"""Part C of the new evaluation set (written by the core team): questions on eval/newdocs/corpus/c*.
Run to (re)write questions_c.jsonl; every evidence quote is checked against its document."""
import json
import pathlib
import re
import unicodedata

HERE = pathlib.Path(__file__).parent
C1, C2, C3 = "c01_de_cuong_chuyen_doi_so.txt", "c02_kh_xa_hard_wrapped.txt", "c03_cv_so_y_te.txt"
C4, C5, C6 = "c04_thong_bao_ket_luan.txt", "c05_bao_cao_gddt.txt", "c06_kh_truong_thpt.txt"


def Q(id, question, evidence=(), keywords=(), kind="factoid", history=None, actors=None):
    d = {"id": id, "question": question, "answerable": bool(evidence), "kind": kind if evidence else "unanswerable",
         "evidence": [{"source": s, "quote": q} for s, q in evidence], "keywords": list(keywords)}
    if history:
        d["history"] = [history]
        d["kind"] = "follow-up" if evidence else "unanswerable"
    if actors:
        d["actors"] = actors
    return d


ITEMS = [
    # c01 — đề cương tuyên truyền chuyển đổi số (BTG Huyện ủy Thanh Bình)
    Q("gc001", "Năm 2024 huyện Thanh Bình có bao nhiêu phần trăm hồ sơ thủ tục hành chính nộp trực tuyến?",
      [(C1, "toàn huyện có 68% hồ sơ thủ tục hành chính được nộp trực tuyến")], ["68%"]),
    Q("gc002", "Đề cương tuyên truyền chuyển đổi số đặt mục tiêu giải quyết trực tuyến toàn trình bao nhiêu hồ sơ năm 2025?",
      [(C1, "Phấn đấu 80% hồ sơ thủ tục hành chính được giải quyết trực tuyến toàn trình")], ["80%"]),
    Q("gc003", "Người dân cần làm gì để tham gia chuyển đổi số theo đề cương của Ban Tuyên giáo Huyện ủy?",
      [(C1, "Cài đặt và kích hoạt tài khoản định danh điện tử mức độ 2")], ["định danh điện tử"], kind="list"),
    Q("gc004", "Loa truyền thanh cơ sở phải phát tin về chuyển đổi số mấy lần mỗi tuần?",
      [(C1, "Tuyên truyền trên hệ thống loa truyền thanh cơ sở mỗi tuần ít nhất 2 lần")], ["2 lần"]),
    Q("gc005", "Trung tâm Văn hóa, Thông tin và Thể thao huyện Thanh Bình có nhiệm vụ gì trong tuyên truyền chuyển đổi số?",
      [(C1, "xây dựng chuyên mục \"Chuyển đổi số vì người dân\" phát sóng hằng tháng")], ["Chuyển đổi số vì người dân"],
      kind="who-what", actors=["Trung tâm Văn hóa, Thông tin và Thể thao huyện"]),
    Q("gc006", "ai ky de cuong tuyen truyen chuyen doi so cua huyen thanh binh", [(C1, "Đinh Thị Hạnh")], ["Đinh Thị Hạnh"],
      kind="no-diacritics"),
    Q("gc007", "Các đảng ủy xã phải báo cáo kết quả hướng dẫn người dân cài đặt ứng dụng trước ngày nào?",
      [(C1, "báo cáo kết quả về Ban Tuyên giáo Huyện ủy trước ngày 30/11/2025")], ["30/11/2025"], kind="who-what",
      actors=["Các đảng ủy xã, thị trấn"]),
    Q("gc008", "Huyện Thanh Bình có bao nhiêu hộ sản xuất đưa sản phẩm lên sàn thương mại điện tử?",
      [(C1, "1.250 hộ sản xuất đưa sản phẩm lên sàn thương mại điện tử")], ["1.250"]),
    Q("gc009", "Đề cương chuyển đổi số giao bao nhiêu kinh phí cho tổ công nghệ số cộng đồng?"),
    Q("gc010", "Đề cương tuyên truyền chuyển đổi số của huyện Thanh Bình nêu những hình thức tuyên truyền nào?",
      [(C1, "Tuyên truyền miệng tại hội nghị chi bộ, sinh hoạt khu dân cư và các buổi họp thôn"),
       (C1, "Tuyên truyền qua trang thông tin điện tử của huyện, nhóm Zalo của các thôn, tổ dân phố")],
      ["loa truyền thanh"], kind="list"),
    Q("gc011", "Ban Tuyên giáo Huyện ủy phối hợp với cơ quan nào để hướng dẫn triển khai đề cương chuyển đổi số?",
      [(C1, "Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Phòng Văn hóa và Thông tin")], ["Phòng Văn hóa và Thông tin"],
      kind="who-what", actors=["Ban Tuyên giáo Huyện ủy"]),
    # c02 — kế hoạch xã hội học tập của UBND xã Phước Hòa (hard-wrapped)
    Q("gc012", "Xã Phước Hòa đặt mục tiêu bao nhiêu phần trăm hộ đạt danh hiệu Gia đình học tập năm 2025?",
      [(C2, "phấn đấu 85% hộ gia đình đạt danh hiệu \"Gia đình học tập\"")], ["85%"]),
    Q("gc013", "Quỹ khuyến học xã Phước Hòa năm 2025 phải huy động được bao nhiêu?",
      [(C2, "Huy động quỹ khuyến học xã đạt ít nhất 150 triệu đồng")], ["150 triệu"]),
    Q("gc014", "Ai chủ trì tham mưu các hoạt động khuyến học theo KH 27 của UBND xã Phước Hòa?",
      [(C2, "Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với Hội Khuyến học xã tham mưu tổ chức các hoạt động khuyến học")],
      ["công chức Văn hóa - Xã hội"], kind="who-what", actors=["công chức Văn hóa - Xã hội"]),
    Q("gc015", "Vậy thời hạn báo cáo kết quả là khi nào?",
      [(C2, "tổng hợp, báo cáo kết quả về Ủy ban nhân dân xã trước ngày 15/12/2025")], ["15/12/2025"],
      history="Ai chủ trì tham mưu các hoạt động khuyến học theo KH 27 của UBND xã Phước Hòa?"),
    Q("gc016", "Hội Khuyến học xã Phước Hòa có nhiệm vụ gì?",
      [(C2, "Đề nghị Hội Khuyến học xã vận động các tổ chức, cá nhân ủng hộ quỹ khuyến học")], ["quỹ khuyến học"],
      kind="who-what", actors=["Hội Khuyến học xã"]),
    Q("gc017", "Trung tâm học tập cộng đồng xã Phước Hòa mở bao nhiêu lớp chuyên đề?",
      [(C2, "mở ít nhất 12 lớp chuyên đề về kỹ thuật chăn nuôi, trồng trọt, kỹ năng số và phòng chống đuối nước cho trẻ em")],
      ["12 lớp"]),
    Q("gc018", "moi thon o xa phuoc hoa can co bao nhieu dau sach trong tu sach cong dong",
      [(C2, "phấn đấu mỗi thôn có ít nhất 200 đầu sách phục vụ nhân dân")], ["200"], kind="no-diacritics"),
    Q("gc019", "Kế hoạch khuyến học của xã Phước Hòa thực hiện kế hoạch nào của huyện?",
      [(C2, "Thực hiện Kế hoạch số 63/KH-UBND ngày 20/02/2025 của Ủy ban nhân dân huyện Thanh Bình")], ["63/KH-UBND"],
      kind="metadata"),
    Q("gc020", "Trường THCS Phước Hòa phải mở lớp gì cho phụ huynh?",
      [(C2, "mở lớp tin học cơ bản cho phụ huynh học sinh vào dịp hè")], ["tin học cơ bản"], kind="who-what",
      actors=["Trường Trung học cơ sở Phước Hòa"]),
    Q("gc021", "Xã Phước Hòa thưởng bao nhiêu tiền cho mỗi học sinh giỏi cấp huyện?"),
    Q("gc022", "Còn Trường Mầm non Phước Hòa thì sao?", history="Trường THCS Phước Hòa phải mở lớp gì cho phụ huynh?"),
    # c03 — công văn Sở Y tế về sốt xuất huyết
    Q("gc023", "Từ đầu năm 2025 đến 30/6/2025 tỉnh Thanh Bình có bao nhiêu ca sốt xuất huyết?",
      [(C3, "toàn tỉnh ghi nhận 1.420 ca mắc sốt xuất huyết, tăng 35% so với cùng kỳ năm 2024")], ["1.420"]),
    Q("gc024", "CV 1836 của Sở Y tế gửi những đơn vị nào?",
      [(C3, "Trung tâm Kiểm soát bệnh tật tỉnh;")], ["Trung tâm Kiểm soát bệnh tật"], kind="metadata"),
    Q("gc025", "Trung tâm Kiểm soát bệnh tật tỉnh phải cung cấp tài liệu truyền thông trước ngày nào?",
      [(C3, "cung cấp tài liệu truyền thông về diệt lăng quăng, bọ gậy cho các huyện trước ngày 25/7/2025")], ["25/7/2025"],
      kind="who-what", actors=["Trung tâm Kiểm soát bệnh tật tỉnh"]),
    Q("gc026", "Trung tâm Y tế các huyện phải tổ chức chiến dịch vệ sinh môi trường mấy lần trong tháng 8/2025?",
      [(C3, "tổ chức chiến dịch vệ sinh môi trường ít nhất 2 lần trong tháng 8/2025")], ["2 lần"], kind="who-what",
      actors=["Trung tâm Y tế các huyện, thị xã, thành phố"]),
    Q("gc027", "Báo Thanh Bình được đề nghị làm gì trong phòng chống sốt xuất huyết?",
      [(C3, "mở chuyên mục phòng, chống sốt xuất huyết, đưa tin thường xuyên về tình hình dịch")], ["chuyên mục"],
      kind="who-what", actors=["Báo Thanh Bình, Đài Phát thanh và Truyền hình tỉnh"]),
    Q("gc028", "cac don vi bao cao ket qua phong chong sot xuat huyet ve so y te vao ngay nao",
      [(C3, "trước ngày 10 hằng tháng")], ["10 hằng tháng"], kind="no-diacritics"),
    Q("gc029", "Ai ký công văn của Sở Y tế về phòng chống sốt xuất huyết mùa mưa?", [(C3, "Lương Văn Đạt")], ["Lương Văn Đạt"],
      kind="metadata"),
    Q("gc030", "Năm 2025 tỉnh Thanh Bình có bao nhiêu ca tử vong do sốt xuất huyết?",
      [(C3, "chưa có trường hợp tử vong")], ["chưa có trường hợp tử vong"]),
    Q("gc031", "Sở Y tế cấp bao nhiêu bình phun hóa chất cho mỗi huyện?"),
    Q("gc032", "Công văn 1837/SYT-NVY của Sở Y tế về việc gì?"),
    # c04 — thông báo kết luận của Thường trực Huyện ủy về năm học mới
    Q("gc033", "Huyện Thanh Bình còn thiếu bao nhiêu giáo viên tiểu học cho năm học 2025 - 2026?",
      [(C4, "huyện còn thiếu 37 giáo viên tiểu học, tập trung ở các xã vùng cao")], ["37"]),
    Q("gc034", "Thường trực Huyện ủy giao ai rà soát, tham mưu hợp đồng giáo viên còn thiếu?",
      [(C4, "Giao Ủy ban nhân dân huyện chỉ đạo Phòng Nội vụ phối hợp với Phòng Giáo dục và Đào tạo rà soát")],
      ["Phòng Nội vụ"], kind="who-what", actors=["Ủy ban nhân dân huyện"]),
    Q("gc035", "Vậy thời hạn hoàn thành là khi nào?", [(C4, "hoàn thành trước ngày 31/10/2025")], ["31/10/2025"],
      history="Thường trực Huyện ủy giao ai rà soát, tham mưu hợp đồng giáo viên còn thiếu?"),
    Q("gc036", "Phòng Tài chính - Kế hoạch huyện Thanh Bình phải làm gì theo Thông báo 115-TB/HU?",
      [(C4, "cân đối kinh phí xây dựng 6 nhà vệ sinh tại các điểm trường lẻ trong Quý IV/2025")], ["6 nhà vệ sinh"],
      kind="who-what", actors=["Phòng Tài chính - Kế hoạch"]),
    Q("gc037", "UBMTTQ huyện được đề nghị vận động tặng bao nhiêu bộ sách giáo khoa?",
      [(C4, "tặng ít nhất 500 bộ sách giáo khoa cho học sinh có hoàn cảnh khó khăn")], ["500 bộ"], kind="abbreviation",
      actors=["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"]),
    Q("gc038", "Thường trực Huyện ủy họp nghe báo cáo chuẩn bị năm học mới vào ngày nào?",
      [(C4, "Ngày 26/9/2025, Thường trực Huyện ủy nghe Phòng Giáo dục và Đào tạo báo cáo")], ["26/9/2025"]),
    Q("gc039", "TB 115 do ai ký?", [(C4, "Phan Quốc Bảo")], ["Phan Quốc Bảo"], kind="abbreviation"),
    Q("gc040", "Thường trực Huyện ủy kết luận xây mới bao nhiêu phòng học ở các xã vùng cao?"),
    Q("gc041", "Ban Tuyên giáo HU có nhiệm vụ gì trong chuẩn bị năm học 2025 - 2026?",
      [(C4, "Ban Tuyên giáo Huyện ủy chỉ đạo tuyên truyền về ý nghĩa của năm học mới")], ["ý nghĩa của năm học mới"],
      kind="abbreviation", actors=["Ban Tuyên giáo Huyện ủy"]),
    Q("gc042", "Còn Phòng Y tế huyện thì sao?",
      history="Phòng Tài chính - Kế hoạch huyện Thanh Bình phải làm gì theo Thông báo 115-TB/HU?"),
    # c05 — báo cáo ứng dụng CNTT trong dạy học của Phòng GD&ĐT
    Q("gc043", "Huyện Thanh Bình có bao nhiêu trường có phòng học thông minh?",
      [(C5, "31 trường có phòng học thông minh")], ["31"]),
    Q("gc044", "Bao nhiêu giáo viên được tập huấn kỹ năng số trong năm học 2024 - 2025?",
      [(C5, "| Giáo viên được tập huấn kỹ năng số | 900 | 846 | 94 |")], ["846"]),
    Q("gc045", "Tỷ lệ học sinh có học bạ số đạt bao nhiêu phần trăm kế hoạch?",
      [(C5, "| Học sinh có học bạ số | 15.000 | 13.200 | 88 |")], ["88"]),
    Q("gc046", "Phòng GD&ĐT đề nghị UBND huyện bố trí bao nhiêu tiền mua thiết bị phòng học thông minh?",
      [(C5, "Đề nghị Ủy ban nhân dân huyện bố trí 2,5 tỷ đồng mua sắm thiết bị cho 11 trường chưa có phòng học thông minh")],
      ["2,5 tỷ"], kind="abbreviation"),
    Q("gc047", "bao cao ung dung cong nghe thong tin trong day hoc neu nhung han che gi",
      [(C5, "Một số trường ở xã vùng cao đường truyền internet chưa ổn định")], ["internet"], kind="no-diacritics"),
    Q("gc048", "Giáo viên huyện Thanh Bình đạt giải gì trong cuộc thi bài giảng điện tử cấp tỉnh?",
      [(C5, "đoạt 3 giải nhất cuộc thi thiết kế bài giảng điện tử cấp tỉnh")], ["3 giải nhất"]),
    Q("gc049", "Ai ký BC 318 của Phòng Giáo dục và Đào tạo?", [(C5, "Hà Minh Tuấn")], ["Hà Minh Tuấn"], kind="abbreviation"),
    Q("gc050", "Báo cáo của Phòng GD&ĐT cho biết bao nhiêu giáo viên được cấp máy tính xách tay?"),
    Q("gc051", "Trong năm học 2025 - 2026, Phòng GD&ĐT đặt mục tiêu cấp học bạ số cho bao nhiêu học sinh?",
      [(C5, "Hoàn thành cấp học bạ số cho 100% học sinh tiểu học và trung học cơ sở")], ["100%"]),
    Q("gc052", "Bao nhiêu trường trong huyện dùng sổ điểm điện tử?",
      [(C5, "| Trường sử dụng sổ điểm điện tử | 42 | 42 | 100 |")], ["42"]),
    # c06 — kế hoạch STEM của Trường THPT Lê Quý Đôn
    Q("gc053", "Mỗi tổ chuyên môn của Trường THPT Lê Quý Đôn phải tổ chức bao nhiêu chủ đề dạy học STEM?",
      [(C6, "Mỗi tổ chuyên môn tổ chức ít nhất 2 chủ đề dạy học STEM trong năm học")], ["2 chủ đề"]),
    Q("gc054", "Trường THPT Lê Quý Đôn có bao nhiêu dự án dự thi khoa học kỹ thuật cấp tỉnh?",
      [(C6, "Có ít nhất 4 dự án dự thi Cuộc thi khoa học kỹ thuật cấp tỉnh")], ["4 dự án"]),
    Q("gc055", "Câu lạc bộ Nhà khoa học trẻ sinh hoạt vào thời gian nào?",
      [(C6, "sinh hoạt vào chiều thứ Năm hằng tuần")], ["thứ Năm"]),
    Q("gc056", "Ai chủ trì xây dựng lịch dạy học STEM ở trường Lê Quý Đôn?",
      [(C6, "Phó Hiệu trưởng phụ trách chuyên môn chủ trì xây dựng lịch dạy học STEM")], ["Phó Hiệu trưởng"],
      kind="who-what", actors=["Phó Hiệu trưởng phụ trách chuyên môn"]),
    Q("gc057", "Tổ Vật lý - Công nghệ phối hợp với ai tổ chức Ngày hội STEM?",
      [(C6, "Tổ Vật lý - Công nghệ phối hợp với Đoàn trường tổ chức Ngày hội STEM vào tháng 3/2026")], ["Đoàn trường"],
      kind="who-what", actors=["Tổ Vật lý - Công nghệ"]),
    Q("gc058", "KH 45 của Trường THPT Lê Quý Đôn căn cứ văn bản nào?",
      [(C6, "Căn cứ Công văn số 2210/SGDĐT-GDTrH ngày 25/8/2025 của Sở Giáo dục và Đào tạo")], ["2210/SGDĐT-GDTrH"],
      kind="abbreviation"),
    Q("gc059", "truong le quy don moi giang vien truong nao huong dan hoc sinh nghien cuu khoa hoc",
      [(C6, "Mời giảng viên Trường Đại học Thanh Bình hướng dẫn học sinh phương pháp nghiên cứu khoa học")],
      ["Đại học Thanh Bình"], kind="no-diacritics"),
    Q("gc060", "Trường THPT Lê Quý Đôn dành bao nhiêu kinh phí cho giáo dục STEM?"),
    Q("gc061", "Kế hoạch giáo dục STEM của trường Lê Quý Đôn do ai ký?", [(C6, "Trương Thị Lan")], ["Trương Thị Lan"],
      kind="metadata"),
    Q("gc062", "Giáo viên chủ nhiệm có nhiệm vụ gì trong kế hoạch STEM?",
      [(C6, "Giáo viên chủ nhiệm phổ biến kế hoạch đến học sinh và cha mẹ học sinh")], ["cha mẹ học sinh"],
      kind="who-what", actors=["Giáo viên chủ nhiệm"]),
    Q("gc063", "Trường THPT Nguyễn Du có kế hoạch STEM năm học 2025 - 2026 không?"),
    # across the corpus, more unanswerable near-misses, unaccented questions and follow-ups
    Q("gc064", "Những văn bản nào thực hiện Kế hoạch 63/KH-UBND của huyện Thanh Bình?",
      [(C2, "Xây dựng xã hội học tập và phát triển phong trào khuyến học năm 2025")], ["Phước Hòa"], kind="corpus"),
    Q("gc065", "Xã Phước Hòa đạt danh hiệu Cộng đồng học tập cấp huyện năm nào?"),
    Q("gc066", "Sở Y tế yêu cầu phun hóa chất diệt muỗi ở bao nhiêu ổ dịch?"),
    Q("gc067", "Kế hoạch 28/KH-UBND của xã Phước Hòa nói về nội dung gì?"),
    Q("gc068", "Huyện Đông Hưng tuyên truyền chuyển đổi số bằng những hình thức nào?"),
    Q("gc069", "Thông báo kết luận của Thường trực Huyện ủy giao Phòng Văn hóa và Thông tin làm gì?"),
    Q("gc070", "Phòng GD&ĐT Thanh Bình có bao nhiêu trường đạt chuẩn quốc gia năm học 2024 - 2025?"),
    Q("gc071", "so ho so thu tuc hanh chinh nop truc tuyen nam 2024 o huyen thanh binh la bao nhieu",
      [(C1, "toàn huyện có 68% hồ sơ thủ tục hành chính được nộp trực tuyến")], ["68%"], kind="no-diacritics"),
    Q("gc072", "tinh thanh binh ghi nhan bao nhieu ca sot xuat huyet tu dau nam 2025",
      [(C3, "toàn tỉnh ghi nhận 1.420 ca mắc sốt xuất huyết")], ["1.420"], kind="no-diacritics"),
    Q("gc073", "huyen thanh binh con thieu bao nhieu giao vien tieu hoc",
      [(C4, "huyện còn thiếu 37 giáo viên tiểu học")], ["37"], kind="no-diacritics"),
    Q("gc074", "phong tai chinh ke hoach phai lam gi theo thong bao 115",
      [(C4, "cân đối kinh phí xây dựng 6 nhà vệ sinh tại các điểm trường lẻ trong Quý IV/2025")], ["6 nhà vệ sinh"],
      kind="no-diacritics", actors=["Phòng Tài chính - Kế hoạch"]),
    Q("gc075", "bao nhieu truong o huyen thanh binh co phong hoc thong minh",
      [(C5, "31 trường có phòng học thông minh")], ["31"], kind="no-diacritics"),
    Q("gc076", "cau lac bo nha khoa hoc tre cua truong le quy don sinh hoat khi nao",
      [(C6, "sinh hoạt vào chiều thứ Năm hằng tuần")], ["thứ Năm"], kind="no-diacritics"),
    Q("gc077", "Còn Tổ Vật lý - Công nghệ thì sao?",
      [(C6, "Tổ Vật lý - Công nghệ phối hợp với Đoàn trường tổ chức Ngày hội STEM vào tháng 3/2026")], ["Ngày hội STEM"],
      history="Ai chủ trì xây dựng lịch dạy học STEM ở trường Lê Quý Đôn?", actors=["Tổ Vật lý - Công nghệ"]),
    Q("gc078", "Còn Trung tâm Y tế các huyện thì sao?",
      [(C3, "tổ chức chiến dịch vệ sinh môi trường ít nhất 2 lần trong tháng 8/2025")], ["vệ sinh môi trường"],
      history="Trung tâm Kiểm soát bệnh tật tỉnh phải cung cấp tài liệu truyền thông trước ngày nào?",
      actors=["Trung tâm Y tế các huyện, thị xã, thành phố"]),
    Q("gc079", "Vậy cùng kỳ năm 2024 có bao nhiêu ca?",      # only the rise (35%) is given, not the count
      history="Từ đầu năm 2025 đến 30/6/2025 tỉnh Thanh Bình có bao nhiêu ca sốt xuất huyết?"),
    Q("gc081", "quy khuyen hoc xa phuoc hoa nam 2025 can huy dong bao nhieu tien",
      [(C2, "Huy động quỹ khuyến học xã đạt ít nhất 150 triệu đồng")], ["150 triệu"], kind="no-diacritics"),
    Q("gc080", "Còn các thôn thì sao?", [(C2, "Các thôn xây dựng tủ sách cộng đồng")], ["tủ sách cộng đồng"],
      history="Hội Khuyến học xã Phước Hòa có nhiệm vụ gì?", actors=["Các thôn"]),
]


def norm(s):
    s = unicodedata.normalize("NFC", s or "").replace("\u00d0", "\u0110").lower()
    s = re.sub(r"\[bookmark:[^\]]*\]", " ", s)
    s = re.sub(r"[*#\\]", "", s)
    return re.sub(r"\s+", " ", s).strip()


def check() -> list[str]:
    docs = {p.name: norm(p.read_text(encoding="utf-8")) for p in (HERE / "corpus").glob("c*.txt")}
    out = []
    ids = [it["id"] for it in ITEMS]
    if len(set(ids)) != len(ids):
        out.append("duplicate ids")
    for it in ITEMS:
        for e in it["evidence"]:
            if norm(e["quote"]) not in docs[e["source"]]:
                out.append(f"{it['id']}: quote not in {e['source']}: {e['quote'][:50]}")
        for h in it.get("history", []):
            if h not in {x["question"] for x in ITEMS}:
                out.append(f"{it['id']}: history question missing")
    return out


if __name__ == "__main__":
    problems = check()
    for p in problems:
        print(p)
    (HERE / "questions_c.jsonl").write_text("".join(json.dumps(i, ensure_ascii=False) + "\n" for i in ITEMS),
                                            encoding="utf-8")
    n = len(ITEMS)
    print(f"{n} questions; unanswerable {sum(not i['answerable'] for i in ITEMS)}; problems {len(problems)}")
