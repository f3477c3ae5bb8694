"""Generator for questions.jsonl (all text held here). Run: python3 gen_questions.py"""
import json
F={1:"v01_tb215_tu_ha_linh_ket_luan_khcn_cds.txt",2:"v02_kh112_ubnd_huyen_yen_thach_cds.md",3:"v03_cv635_sgddt_stem_ky_nang_so.txt",4:"v04_qd1186_ubnd_tinh_quy_che_ho_tro_dmst.txt",5:"v05_bc34_du_xa_khau_vai_so_ket_6_thang.txt"}
Q=[]; LBL={}
def q(kind,text,ev=(),kw=(),lbl=None,hist=(),actors=None,ans=True):
    d={"id":"vx%03d"%(len(Q)+1),"question":text,"answerable":ans,"kind":kind,
       "evidence":[{"source":F[s],"quote":t} for s,t in ev],"keywords":list(kw)}
    if hist: d["history"]=[LBL[h] for h in hist]
    if actors: d["actors"]=list(actors)
    Q.append(d)
    if lbl: LBL[lbl]=text
def U(text,lbl=None,hist=(),kind="unanswerable"):
    q(kind,text,ans=False,lbl=lbl,hist=hist)

# ---- v01: TB 215-TB/TU
q("factoid","BTV Tỉnh ủy họp bàn về NQ 57 hôm nào, ai chủ trì?",
  [(1,"Ngày 06/3/2025, Ban Thường vụ Tỉnh ủy họp nghe Ban cán sự đảng Ủy ban nhân dân tỉnh báo cáo"),
   (1,"Đồng chí Trần Quốc Hưng, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy chủ trì hội nghị")],["06/3/2025","Trần Quốc Hưng"])
q("factoid","Hồ sơ thủ tục hành chính trực tuyến toàn trình của tỉnh năm 2024 đạt bao nhiêu?",
  [(1,"Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình đạt 72,4%")],["72,4%"],lbl="t1")
q("follow-up","Thế còn kinh tế số chiếm bao nhiêu GRDP?",
  [(1,"kinh tế số ước chiếm 9,8% GRDP của tỉnh")],["9,8%"],lbl="t2",hist=["t1"])
q("follow-up","Đến 2030 thì phấn đấu lên mức nào?",
  [(1,"Phấn đấu đến năm 2030, kinh tế số chiếm ít nhất 20% GRDP")],["20%"],hist=["t1","t2"])
U("Tỷ lệ hồ sơ trực tuyến toàn trình của tỉnh Hà Lĩnh năm 2023 là bao nhiêu?")
q("who-what","Ai chủ trì mở chuyên mục Hà Lĩnh số, làm cùng những cơ quan nào?",
  [(1,"Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo Hà Lĩnh và Đài Phát thanh - Truyền hình tỉnh mở chuyên mục")],
  ["Ban Tuyên giáo và Dân vận Tỉnh ủy","quý II/2025"],actors=["Ban Tuyên giáo và Dân vận Tỉnh ủy","Báo Hà Lĩnh","Đài Phát thanh - Truyền hình tỉnh"])
q("who-what","ban to chuc tinh uy duoc giao viec gi, han khi nao",
  [(1,"Ban Tổ chức Tỉnh ủy chủ trì rà soát, đánh giá chất lượng đội ngũ cán bộ làm công tác chuyển đổi số")],
  ["30/6/2025"],lbl="t3",actors=["Ban Tổ chức Tỉnh ủy"])
q("follow-up","Còn UB Kiểm tra Tỉnh ủy thì sao?",
  [(1,"tiến hành giám sát chuyên đề tại 03 huyện ủy trong quý IV/2025")],["03 huyện ủy","quý IV/2025"],hist=["t3"])
q("abbreviation","TB 215-TB/TU giao Sở KH&CN trình quy chế gì, hạn bao giờ?",
  [(1,"Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính tham mưu Ủy ban nhân dân tỉnh ban hành Quy chế hỗ trợ doanh nghiệp"),
   (1,"tổ chức đổi mới sáng tạo và chuyển đổi số, trình trước ngày 30/4/2025")],["Quy chế hỗ trợ doanh nghiệp","30/4/2025"])
q("metadata","Thông báo kết luận về KHCN và chuyển đổi số của Tỉnh ủy ký ngày nào, ai ký?",
  [(1,"Hà Lĩnh, ngày 12 tháng 3 năm 2025"),(1,"PHÓ BÍ THƯ THƯỜNG TRỰC")],["12 tháng 3 năm 2025","Lê Minh Khoa"])
U("Chuyên mục Hà Lĩnh số được cấp bao nhiêu kinh phí?")
U("Thông báo kết luận 216-TB/TU về phát triển văn hóa đọc nói những gì?")
q("list","Mục tiêu đến 2030 của tỉnh về KH, CN và CĐS gồm những chỉ tiêu nào?",
  [(1,"tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình đạt trên 90%"),
   (1,"chi cho khoa học và công nghệ đạt tối thiểu 2% tổng chi ngân sách địa phương hằng năm"),
   (1,"có ít nhất 50 doanh nghiệp khởi nghiệp đổi mới sáng tạo hoạt động hiệu quả")],["20% GRDP","90%","2%","50 doanh nghiệp"])
q("no-diacritics","con bao nhieu thon chua co song 4g",
  [(1,"còn 17 thôn chưa có sóng di động 4G ổn định")],["17 thôn"])
q("no-diacritics","chi ngan sach cho khcn nam 2024 dat bao nhieu phan tram",
  [(1,"Chi ngân sách cho khoa học và công nghệ năm 2024 mới đạt 1,1% tổng chi ngân sách địa phương")],["1,1%"])
q("abbreviation","Các HU, TU phải báo cáo kết quả về BTV TU mấy tháng một lần?",
  [(1,"định kỳ 6 tháng báo cáo kết quả về Ban Thường vụ Tỉnh ủy (qua Văn phòng Tỉnh ủy)")],["6 tháng"])
U("Hội nghị sơ kết TB 215 vào tháng 12/2025 tổ chức ở đâu?")
U("Huyện Bản Nguồn còn bao nhiêu thôn chưa có sóng 4G?")
q("who-what","Đảng đoàn HĐND tỉnh được giao làm gì?",
  [(1,"Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh xem xét, bố trí kinh phí")],["bố trí kinh phí"],actors=["Đảng đoàn Hội đồng nhân dân tỉnh"])
q("who-what","van phong tinh uy lam gi trong thong bao nay",
  [(1,"Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Thông báo này")],["tháng 12/2025"],actors=["Văn phòng Tỉnh ủy"])
U("Kết luận 69-KL/TW được Bộ Chính trị ban hành ngày nào?")

# ---- v02: KH 112/KH-UBND
q("metadata","KH 112/KH-UBND của huyện Yên Thạch ban hành ngày nào, ai ký?",
  [(2,"Yên Thạch, ngày 08 tháng 4 năm 2025")],["08 tháng 4 năm 2025","Nguyễn Thị Thu Hà"])
q("factoid","Tổng kinh phí kế hoạch chuyển đổi số huyện Yên Thạch năm 2025 là bao nhiêu?",
  [(2,"Tổng kinh phí dự kiến năm 2025 là 3.850 triệu đồng")],["3.850 triệu đồng"],lbl="k1")
q("follow-up","Trong đó tỉnh hỗ trợ bao nhiêu?",
  [(2,"Ngân sách tỉnh hỗ trợ theo Kế hoạch số 48/KH-UBND: 950 triệu đồng")],["950 triệu đồng"],lbl="k2",hist=["k1"])
q("follow-up","Còn xã hội hóa?",
  [(2,"Nguồn xã hội hóa, doanh nghiệp viễn thông: 500 triệu đồng")],["500 triệu đồng"],hist=["k1","k2"])
q("who-what","Ai lo việc xóa thôn lõm sóng ở Yên Thạch, hạn lúc nào?",
  [(2,"Phối hợp doanh nghiệp viễn thông lắp đặt trạm BTS xóa 06 thôn lõm sóng | Phòng Kinh tế và Hạ tầng")],
  ["Phòng Kinh tế và Hạ tầng","30/9/2025"],lbl="k3",actors=["Phòng Kinh tế và Hạ tầng"])
q("follow-up","Phối hợp với những đơn vị nào?",
  [(2,"Viettel Yên Thạch; VNPT Yên Thạch; UBND các xã Nà Cọ, Khau Vài, Pác Lùng")],["Viettel Yên Thạch","VNPT Yên Thạch"],hist=["k3"])
q("who-what","phong giao duc huyen yen thach phai lam gi theo ke hoach 112",
  [(2,"Xây dựng kế hoạch dạy học STEM, bồi dưỡng kỹ năng số cho giáo viên trung học cơ sở | Phòng Giáo dục và Đào tạo")],
  ["STEM","15/8/2025"],actors=["Phòng Giáo dục và Đào tạo"])
q("who-what","Phòng Nội vụ huyện có những việc gì trong kế hoạch?",
  [(2,"Rà soát, bố trí cán bộ phụ trách chuyển đổi số tại 15 xã, thị trấn | Phòng Nội vụ")],
  ["cán bộ phụ trách chuyển đổi số","31/7/2025"],actors=["Phòng Nội vụ"])
q("abbreviation","Chỉ tiêu hồ sơ TTHC trực tuyến toàn trình cấp xã năm 2025 theo KH 112 là bao nhiêu?",
  [(2,"cấp huyện được xử lý trực tuyến toàn trình đạt tối thiểu 70%; cấp xã đạt tối thiểu 60%")],["60%"])
U("KH 112 dành bao nhiêu tiền cho việc lắp trạm BTS?")
U("huyen yen thach giao phong y te lam gi trong ke hoach cds")
U("KH 112 đặt chỉ tiêu kinh tế số chiếm bao nhiêu % GRDP của huyện?")
q("no-diacritics","to cong nghe so cong dong duoc ho tro bao nhieu tien moi thang",
  [(2,"kinh phí hỗ trợ hoạt động tổ công nghệ số cộng đồng là 300.000 đồng/tổ/tháng")],["300.000 đồng/tổ/tháng"])
q("list","Những xã nào ở Yên Thạch còn thôn lõm sóng?",
  [(2,"Phủ sóng di động 4G ổn định tại 06 thôn còn \"lõm sóng\" của các xã Nà Cọ, Khau Vài và Pác Lùng")],["Nà Cọ","Khau Vài","Pác Lùng"])
q("abbreviation","Vướng mắc khi làm KH 112 thì gọi SĐT nào?",
  [(2,"qua Phòng Văn hóa, Khoa học và Thông tin, điện thoại 0216 3872 415")],["0216 3872 415"])
q("who-what","Huyện đoàn tham gia nhiệm vụ nào?",
  [(2,"Kiện toàn tổ công nghệ số cộng đồng tại 126 thôn, tổ dân phố; tập huấn kỹ năng số cho thành viên")],
  ["tổ công nghệ số cộng đồng"],actors=["Huyện đoàn"])
q("abbreviation","Dự toán chi tiết phải gửi Phòng TC-KH trước ngày nào?",
  [(2,"lập dự toán chi tiết gửi Phòng Tài chính - Kế hoạch trước ngày 20/4/2025")],["20/4/2025"])
q("who-what","MTTQ huyện có nhiệm vụ gì trong KH này?",
  [(2,"Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện phối hợp tuyên truyền")],
  ["tuyên truyền"],actors=["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"])
q("metadata","Kế hoạch của huyện Yên Thạch căn cứ vào kế hoạch số mấy của tỉnh?",
  [(2,"Kế hoạch số 48/KH-UBND ngày 27/3/2025 của Ủy ban nhân dân tỉnh Hà Lĩnh")],["48/KH-UBND"])
U("Lễ ra mắt chuyên mục Yên Thạch chuyển đổi số diễn ra ngày nào?")

# ---- v03: CV 635/SGDĐT-GDTrH
q("metadata","Công văn của Sở GD&ĐT về STEM năm học 2025-2026 số mấy, ngày nào?",
  [(3,"Số: 635/SGDĐT-GDTrH Hà Lĩnh, ngày 15 tháng 8 năm 2025")],["635/SGDĐT-GDTrH","15 tháng 8 năm 2025"])
q("factoid","Trường THCS mỗi học kỳ phải có tối thiểu mấy bài STEM mỗi khối?",
  [(3,"mỗi khối lớp tổ chức tối thiểu 04 bài học STEM trong một học kỳ")],["04 bài học STEM"],lbl="s1")
q("follow-up","Còn THPT thì sao?",
  [(3,"Các trường trung học phổ thông tổ chức tối thiểu 06 bài học STEM mỗi học kỳ")],["06 bài học STEM"],hist=["s1"])
q("no-diacritics","han gui ke hoach stem ve so la ngay nao",
  [(3,"Các đơn vị gửi kế hoạch giáo dục STEM năm học 2025-2026 về Sở Giáo dục và Đào tạo (qua Phòng Giáo dục Trung học) trước ngày 15/9/2025")],["15/9/2025"],lbl="s2")
q("follow-up","Gửi bằng cách nào?",
  [(3,"trước ngày 15/9/2025 qua Hệ thống quản lý văn bản và điều hành")],["Hệ thống quản lý văn bản và điều hành"],hist=["s2"])
q("no-diacritics","tap huan stem to chuc o dau ngay nao",
  [(3,"trong hai ngày 25 và 26/9/2025 tại Trường THPT chuyên Hà Lĩnh")],["25 và 26/9/2025","Trường THPT chuyên Hà Lĩnh"],lbl="s3")
q("follow-up","Mỗi trường THPT phải cử mấy người đi?",
  [(3,"Mỗi trường trung học phổ thông cử 01 phó hiệu trưởng và 02 giáo viên cốt cán")],["01 phó hiệu trưởng","02 giáo viên cốt cán"],hist=["s3"])
q("metadata","Ai ký CV 635?",
  [(3,"Cổng TTĐT Sở; Phạm Văn Quang")],["Phạm Văn Quang"])
q("factoid","Cần hỏi thêm về công văn STEM của Sở thì liên hệ ai?",
  [(3,"liên hệ bà Đỗ Thị Mai Lan, chuyên viên Phòng Giáo dục Trung học, điện thoại 0239 3856 214 hoặc 0983 217 450")],
  ["Đỗ Thị Mai Lan","0983 217 450"],lbl="s4")
q("follow-up","nguoi do o phong nao",
  [(3,"bà Đỗ Thị Mai Lan, chuyên viên Phòng Giáo dục Trung học")],["Phòng Giáo dục Trung học"],hist=["s4"])
U("Ngày hội STEM cấp tỉnh năm 2026 tổ chức vào ngày cụ thể nào?")
U("Giải thưởng Ngày hội STEM học sinh trung học tỉnh là bao nhiêu tiền?")
U("Công văn 636/SGDĐT-GDTrH hướng dẫn Ngày hội STEM nói những gì?")
U("Phòng GD&ĐT huyện Bản Nguồn có bao nhiêu trường THCS đã dạy STEM?")
q("who-what","Theo CV 635 thì Phòng GD&ĐT huyện phải làm những gì?",
  [(3,"Phòng Giáo dục và Đào tạo chỉ đạo các trường trung học cơ sở xây dựng kế hoạch giáo dục STEM"),
   (3,"Phòng Giáo dục và Đào tạo tổng hợp kế hoạch của các trường trung học cơ sở trên địa bàn, không gửi riêng từng trường")],
  ["tổng hợp kế hoạch"],actors=["Phòng Giáo dục và Đào tạo"])
q("who-what","truong thpt bao cao nhu cau co so vat chat cho ai, truoc ngay nao",
  [(3,"báo cáo nhu cầu đầu tư về Phòng Kế hoạch - Tài chính của Sở trước ngày 30/10/2025")],
  ["Phòng Kế hoạch - Tài chính","30/10/2025"],actors=["Các trường trung học phổ thông"])
q("list","Kỹ năng số cho học sinh gồm những nội dung gì?",
  [(3,"lồng ghép nội dung an toàn thông tin, sử dụng trí tuệ nhân tạo có trách nhiệm và kỹ năng tự bảo vệ trên không gian mạng")],
  ["an toàn thông tin","trí tuệ nhân tạo","không gian mạng"])
q("abbreviation","HS lớp mấy phải học chuyên đề Công dân số an toàn, trong HK nào?",
  [(3,"100% học sinh lớp 6 và lớp 10 được học chuyên đề \"Công dân số an toàn\" trong học kỳ I")],["lớp 6 và lớp 10","học kỳ I"])
q("abbreviation","Hạn cập nhật dữ liệu STEM lên CSDL ngành là khi nào?",
  [(3,"lên Cơ sở dữ liệu ngành giáo dục trước ngày 31/12/2025")],["31/12/2025"])

# ---- v04: QĐ 1186/QĐ-UBND
q("metadata","QĐ ban hành quy chế hỗ trợ đổi mới sáng tạo số mấy, ai ký?",
  [(4,"Số: 1186/QĐ-UBND Hà Lĩnh, ngày 05 tháng 5 năm 2025"),(4,"Ban hành Quy chế hỗ trợ doanh nghiệp, tổ chức đổi mới sáng tạo")],["1186/QĐ-UBND","Vũ Đình Toàn"])
q("no-diacritics","quy che co hieu luc tu ngay nao",
  [(4,"Quyết định này có hiệu lực kể từ ngày 15/5/2025")],["15/5/2025"])
q("factoid","Có bằng sáng chế thì được hỗ trợ bao nhiêu tiền?",
  [(4,"30 triệu đồng/văn bằng bảo hộ sáng chế")],["30 triệu đồng"],lbl="q1")
q("follow-up","Còn nhãn hiệu thì được bao nhiêu?",
  [(4,"10 triệu đồng/văn bằng bảo hộ kiểu dáng công nghiệp hoặc nhãn hiệu")],["10 triệu đồng"],hist=["q1"])
q("no-diacritics","ho tro chuyen doi so cho doanh nghiep toi da bao nhieu",
  [(4,"50% chi phí thuê, mua giải pháp, tối đa không quá 200 triệu đồng/doanh nghiệp")],["200 triệu đồng","50%"])
q("no-diacritics","du an khoi nghiep duoc ho tro toi da bao nhieu tien",
  [(4,"Hỗ trợ dự án khởi nghiệp đổi mới sáng tạo được lựa chọn qua cuộc thi cấp tỉnh: tối đa 300 triệu đồng/dự án")],["300 triệu đồng"])
q("list","DN cần những điều kiện gì để được xét hỗ trợ?",
  [(4,"Có thời gian hoạt động trên địa bàn tỉnh tối thiểu 12 tháng tính đến ngày nộp hồ sơ"),
   (4,"đánh giá đạt từ 70 điểm trở lên trên thang điểm 100"),
   (4,"Không vi phạm pháp luật về thuế, bảo hiểm xã hội trong 02 năm liền kề")],["12 tháng","70 điểm","02 năm"])
q("factoid","Nộp hồ sơ xin hỗ trợ thì bao lâu Sở thẩm định xong?",
  [(4,"Trong thời hạn 20 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ")],["20 ngày làm việc"],lbl="q2")
q("follow-up","Vậy nộp ở đâu?",
  [(4,"nộp 01 bộ hồ sơ trực tuyến qua Cổng Dịch vụ công tỉnh hoặc trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh")],
  ["Cổng Dịch vụ công tỉnh","Trung tâm Phục vụ hành chính công tỉnh"],hist=["q2"])
q("who-what","Sở Tài chính có trách nhiệm gì trong quy chế hỗ trợ?",
  [(4,"Chủ trì thẩm định dự toán, tham mưu UBND tỉnh bố trí kinh phí thực hiện Quy chế")],["thẩm định dự toán"],actors=["Sở Tài chính"])
q("who-what","Sở KH&CN phải tham mưu lập Hội đồng tư vấn trước ngày nào?",
  [(4,"tham mưu UBND tỉnh thành lập Hội đồng tư vấn cấp tỉnh trước ngày 30/6/2025")],["30/6/2025"],actors=["Sở Khoa học và Công nghệ"])
q("who-what","Sở Công Thương làm gì?",
  [(4,"Sở Công Thương phối hợp với Sở Khoa học và Công nghệ giới thiệu doanh nghiệp có sản phẩm tiềm năng")],
  ["cuộc thi khởi nghiệp"],actors=["Sở Công Thương"])
U("Tổng ngân sách bố trí cho quy chế hỗ trợ giai đoạn 2025-2030 là bao nhiêu?")
U("Hội đồng tư vấn cấp tỉnh gồm những thành viên nào?")
U("NQ 09/2025/NQ-HĐND được HĐND tỉnh thông qua tại kỳ họp thứ mấy?")
q("abbreviation","DN có vốn NN trên 50% có thuộc đối tượng của QC không?",
  [(4,"Quy chế này không áp dụng đối với doanh nghiệp có vốn nhà nước trên 50%")],["50%"])
U("quy che 1186 ho tro lai suat vay cho dn bao nhieu")
q("abbreviation","Thuê chuyên gia tư vấn CN được hỗ trợ bao nhiêu %?",
  [(4,"Hỗ trợ thuê chuyên gia tư vấn công nghệ: 70% chi phí, tối đa 100 triệu đồng/hợp đồng")],["70%","100 triệu đồng"])
q("who-what","UBND huyện có trách nhiệm gì với quy chế này?",
  [(4,"UBND các huyện, thành phố tuyên truyền, phổ biến Quy chế đến doanh nghiệp, hợp tác xã trên địa bàn")],
  ["tuyên truyền, phổ biến Quy chế"],actors=["UBND các huyện, thành phố"])
q("metadata","QĐ 1186 ban hành theo tờ trình số mấy của Sở KH&CN?",
  [(4,"Tờ trình số 74/TTr-SKHCN ngày 24/4/2025")],["74/TTr-SKHCN"])
U("Trước QĐ 1186 tỉnh áp dụng quy chế hỗ trợ theo quyết định số mấy, có bị bãi bỏ không?")

# ---- v05: BC 34-BC/ĐU
q("metadata","Báo cáo sơ kết 6 tháng của Đảng ủy xã Khau Vài số mấy, ai ký?",
  [(5,"Số 34-BC/ĐU BÁO CÁO Sơ kết 6 tháng đầu năm 2025"),(5,"Lưu VP Đảng ủy. Hoàng Văn Sình")],["34-BC/ĐU","Hoàng Văn Sình"])
q("factoid","Xã Khau Vài có bao nhiêu đảng viên, mấy chi bộ?",
  [(5,"Đảng bộ xã có 17 chi bộ trực thuộc với 312 đảng viên")],["312 đảng viên","17 chi bộ"])
q("abbreviation","Tỷ lệ hồ sơ TTHC trực tuyến của xã Khau Vài 6 tháng đầu năm?",
  [(5,"Hồ sơ TTHC trực tuyến toàn trình | 60% | 47,5% | 79,2%")],["47,5%"],lbl="b1")
q("follow-up","So với kế hoạch thì đạt bao nhiêu?",
  [(5,"Hồ sơ TTHC trực tuyến toàn trình | 60% | 47,5% | 79,2%")],["79,2%"],lbl="b2",hist=["b1"])
q("follow-up","Cuối năm xã phấn đấu lên bao nhiêu?",
  [(5,"phấn đấu đạt tỷ lệ 60% vào cuối năm 2025")],["60%"],hist=["b1","b2"])
q("no-diacritics","xa khau vai co may truong hoc",
  [(5,"Trên địa bàn có 04 trường học: Trường Mầm non Khau Vài")],["04 trường học"])
q("factoid","Trường nào ở Khau Vài chưa dùng sổ điểm điện tử?",
  [(5,"riêng Trường Tiểu học Nà Phầy chưa triển khai do thiếu thiết bị")],["Trường Tiểu học Nà Phầy"],lbl="b3")
q("follow-up","Xã đề nghị huyện hỗ trợ gì cho trường đó?",
  [(5,"Đề nghị UBND huyện hỗ trợ 15 máy tính bảng cho Trường Tiểu học Nà Phầy")],["15 máy tính bảng"],hist=["b3"])
q("no-diacritics","tram bts thon lung pang hoat dong tu ngay nao",
  [(5,"trạm BTS tại thôn Lũng Pảng được đưa vào hoạt động ngày 26/5/2025, xóa lõm sóng cho 146 hộ")],["26/5/2025","146 hộ"])
q("who-what","Đoàn TN xã được giao việc gì?",
  [(5,"Đoàn Thanh niên xã chủ trì, phối hợp với Trường THCS Khau Vài tổ chức lớp \"Bình dân học vụ số\"")],
  ["Bình dân học vụ số","tháng 9/2025"],actors=["Đoàn Thanh niên xã","Trường THCS Khau Vài"])
q("who-what","cong an xa phai dat chi tieu dinh danh muc 2 bao nhieu",
  [(5,"Công an xã đẩy mạnh cấp tài khoản định danh điện tử mức 2, phấn đấu đạt 80% trước ngày 31/10/2025")],
  ["80%","31/10/2025"],actors=["Công an xã"])
q("list","Báo cáo sơ kết của xã Khau Vài nêu những hạn chế gì?",
  [(5,"Tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 47,5%, thấp hơn bình quân của huyện"),
   (5,"Thôn Cốc Chủ vẫn chưa có sóng 4G ổn định do địa hình chia cắt"),
   (5,"Xã chưa có công chức chuyên trách công nghệ thông tin"),
   (5,"Kinh phí hỗ trợ tổ công nghệ số cộng đồng của quý I/2025 chậm giải ngân đến tháng 5/2025")],
  ["47,5%","Cốc Chủ","công chức chuyên trách công nghệ thông tin","chậm giải ngân"])
U("6 tháng đầu năm xã Khau Vài đã chi bao nhiêu tiền cho chuyển đổi số?")
U("Trường THCS Khau Vài có bao nhiêu học sinh?")
U("Đảng ủy xã Nà Cọ sơ kết 6 tháng thực hiện NQ 57 đạt kết quả gì?")
q("abbreviation","Bao nhiêu HTX, hộ KD ở Khau Vài có SP lên sàn TMĐT?",
  [(5,"Hộ kinh doanh, HTX có sản phẩm trên sàn TMĐT | 12 | 7 | 58,3%")],["7","58,3%"])
U("CLB Robot Khau Vài do thầy cô nào phụ trách?")

# ---- corpus
q("corpus","Những văn bản nào triển khai TB 215-TB/TU?",
  [(2,"Thực hiện Thông báo kết luận số 215-TB/TU của Ban Thường vụ Tỉnh ủy về phát triển khoa học"),
   (3,"Thực hiện Thông báo kết luận số 215-TB/TU ngày 12/3/2025"),
   (4,"Thực hiện Thông báo kết luận số 215-TB/TU ngày 12/3/2025 của Ban Thường vụ Tỉnh ủy")],
  ["112/KH-UBND","635/SGDĐT-GDTrH","1186/QĐ-UBND"])
q("corpus","Có mấy văn bản do chính UBND ban hành (không tính văn bản của Sở)?",
  [(2,"ỦY BAN NHÂN DÂN HUYỆN YÊN THẠCH"),(4,"Số: 1186/QĐ-UBND Hà Lĩnh, ngày 05 tháng 5 năm 2025")],["112/KH-UBND","1186/QĐ-UBND"])
q("corpus","Báo cáo nào sơ kết việc thực hiện KH 112?",
  [(5,"Kế hoạch số 112/KH-UBND của UBND huyện về phát triển khoa học")],["34-BC/ĐU"])
q("corpus","van ban nao do co quan dang ban hanh",
  [(1,"ĐẢNG BỘ TỈNH HÀ LĨNH ĐẢNG CỘNG SẢN VIỆT NAM"),(5,"ĐẢNG BỘ HUYỆN YÊN THẠCH ĐẢNG CỘNG SẢN VIỆT NAM")],["215-TB/TU","34-BC/ĐU"])
q("corpus","Những văn bản nào có nhắc tới KH 48/KH-UBND của tỉnh?",
  [(2,"Kế hoạch số 48/KH-UBND ngày 27/3/2025 của Ủy ban nhân dân tỉnh Hà Lĩnh"),
   (3,"Kế hoạch số 48/KH-UBND ngày 27/3/2025 của Ủy ban nhân dân tỉnh")],["112/KH-UBND","635/SGDĐT-GDTrH"])
U("Kế hoạch 48/KH-UBND của UBND tỉnh giao cho Sở GD&ĐT chỉ tiêu gì?")

with open("questions.jsonl","w",encoding="utf-8") as f:
    for d in Q: f.write(json.dumps(d,ensure_ascii=False)+"\n")
print(len(Q),"questions")
