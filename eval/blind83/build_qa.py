# -*- coding: utf-8 -*-
"""Write questions.jsonl and who_what.jsonl for blind83 (all text invented)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
F1 = "sh01_kehoach_kiemdinh.md"
F2 = "sh02_congvan_temqr.txt"
F3 = "sh03_quyetdinh_doankt.docx"
F4 = "sh04_baocao_ketqua.pdf"
F5 = "sh05_thongbao_iso.txt"

Q = []  # (key, question, answerable, kind, evidence[(file, quote)], keywords, history_key, actors)


def q(key, question, kind, ev=(), kw=(), h=None, actors=None, ans=True):
    Q.append(dict(key=key, question=question, answerable=ans, kind=kind, ev=list(ev), kw=list(kw), h=h, actors=actors))


def u(key, question, h=None, kind="unanswerable"):
    Q.append(dict(key=key, question=question, answerable=False, kind=kind, ev=[], kw=[], h=h, actors=None))


# ------------------------------------------------------------ sh01 KH 112
q("k_chitieu", "Năm 2026 Sở KH&CN đặt chỉ tiêu kiểm định bao nhiêu cân ở các chợ?", "abbreviation",
  [(F1, "Kiểm định tối thiểu 4.800 cân các loại tại 62 chợ trên địa bàn 06 huyện, thành phố")], ["4.800", "62 chợ"])
q("k_thacvong", "Lịch kiểm định cân chợ ở huyện Thác Vọng là từ ngày nào đến ngày nào?", "factoid",
  [(F1, "| 4 | Huyện Thác Vọng | 10 | 760 | 1.750 | 08/6 – 19/6/2026 |")], ["08/6", "19/6/2026"])
q("k_keolua", "Còn huyện Keo Lửa thì sao?", "follow-up",
  [(F1, "| 6 | Huyện Keo Lửa | 10 | 640 | 1.100 | 03/8 – 14/8/2026 |")], ["03/8", "14/8/2026"], h="k_thacvong")
q("k_kinhphi", "Tổng kinh phí cho kế hoạch kiểm định cân và đồng hồ nước năm 2026 là bao nhiêu, lấy từ nguồn nào?", "factoid",
  [(F1, "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 486.000.000 đồng (Bốn trăm tám mươi sáu triệu đồng) từ nguồn sự nghiệp khoa học và công nghệ tỉnh năm 2026")],
  ["486.000.000"])
u("u_kp2027", "Kinh phí kế hoạch kiểm định cân chợ năm 2027 được duyệt bao nhiêu?")
q("n_phican", "phi kiem dinh can dong ho lo xo duoi 60 kg o cho hang 1 la bao nhieu", "no-diacritics",
  [(F1, "cân đồng hồ lò xo dưới 60 kg là 18.000 đồng/chiếc")], ["18.000"])
q("w_bqlcho", "Ban quản lý chợ phải làm những gì theo KH 112?", "who-what",
  [(F1, "lập danh sách cân đang sử dụng tại chợ gửi Phòng Kinh tế - Hạ tầng trước ngày kiểm định ít nhất 10 ngày")],
  ["10 ngày", "cân đối chứng"], actors=["Ban Quản lý chợ, tổ quản lý chợ"])
q("w_capnuoc", "Công ty cấp nước có trách nhiệm gì trong kế hoạch kiểm định đồng hồ nước, hạn gửi danh sách là khi nào?", "who-what",
  [(F1, "gửi danh sách đồng hồ đến hạn kiểm định về Chi cục trước ngày 31/3/2026")], ["31/3/2026"],
  actors=["Công ty Cổ phần Cấp nước Thượng Ngàn"])
q("f_thaydongho", "Nếu đồng hồ kiểm không đạt thì họ phải thay trong mấy ngày, ai chịu tiền?", "follow-up",
  [(F1, "Đồng hồ không đạt phải thay thế trong vòng 07 ngày làm việc; chi phí kiểm định, thay thế đồng hồ do đơn vị cấp nước chi trả")],
  ["07 ngày làm việc"], h="w_capnuoc")
q("a_tongket", "Chi cục TĐC phải báo cáo tổng kết KH 112 trước ngày nào?", "abbreviation",
  [(F1, "báo cáo tổng kết trước ngày 30/9/2026")], ["30/9/2026"])
q("m_kh_signer", "Kế hoạch kiểm định cân tại chợ năm 2026 của Sở do ai ký?", "metadata",
  [(F1, "KT. GIÁM ĐỐC PHÓ GIÁM ĐỐC (Đã ký) Nguyễn Hữu Khang")], ["Nguyễn Hữu Khang"])
q("k_daumoi", "Đầu mối liên hệ của kế hoạch kiểm định cân là ai, số máy bao nhiêu?", "factoid",
  [(F1, "bà Ma Thị Duyên, Phó Chi cục trưởng Chi cục Tiêu chuẩn Đo lường Chất lượng; điện thoại 0214.3852.617")],
  ["Ma Thị Duyên", "0214.3852.617"])
q("n_doichung", "cho hang 1 hang 2 phai bo tri bao nhieu can doi chung", "no-diacritics",
  [(F1, "100% chợ hạng 1, hạng 2 bố trí tối thiểu 01 cân đối chứng")], ["01 cân đối chứng"])
u("u_hotro_doichung", "Theo KH 112, mỗi chợ hạng 3 được hỗ trợ bao nhiêu tiền để mua cân đối chứng?")
u("u_xe", "Tổ kiểm định lưu động của Trung tâm Kỹ thuật được cấp mấy xe chuyên dùng, biển số xe là gì?")
q("w_ttkt", "Trung tâm Kỹ thuật TĐC được giao những việc gì trong kế hoạch của Sở?", "who-what",
  [(F1, "cập nhật dữ liệu tem kiểm định lên hệ thống quản lý phương tiện đo của Sở trong vòng 03 ngày làm việc sau mỗi đợt")],
  ["03 ngày làm việc"], actors=["Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng"])
q("n_baotruoc", "lich kiem dinh can phai bao cho tieu thuong truoc may ngay", "no-diacritics",
  [(F1, "Lịch kiểm định tại từng chợ phải thông báo cho tiểu thương chậm nhất 05 ngày trước ngày thực hiện")], ["05 ngày"])
u("u_toroi_dao", "Tờ rơi song ngữ Việt – Dao hướng dẫn nhận biết tem kiểm định in bao nhiêu bản?")
q("w_cucqltt1", "Cục Quản lý thị trường tỉnh được đề nghị làm gì trong KH 112?", "who-what",
  [(F1, "giao các Đội Quản lý thị trường phối hợp kiểm tra, xử lý vi phạm về đo lường tại chợ theo thẩm quyền")],
  ["Đội Quản lý thị trường"], actors=["Cục Quản lý thị trường tỉnh"])
q("n_chutri", "ai chu tri thuc hien ke hoach kiem dinh can cho nam 2026", "no-diacritics",
  [(F1, "1. Chi cục Tiêu chuẩn Đo lường Chất lượng chủ trì tổ chức thực hiện Kế hoạch")], ["Chi cục Tiêu chuẩn Đo lường Chất lượng"])
u("u_lungkhoai", "Lịch kiểm định cân chợ ở huyện Lũng Khoai là khi nào?")
u("u_giaithuong", "Chợ làm tốt phong trào cân đúng – bán thật được thưởng bao nhiêu tiền?")
u("u_phi_dientu", "Phí kiểm định cân điện tử 150 kg ở chợ hạng 1 là bao nhiêu?")

# ------------------------------------------------------------ sh02 CV 318
q("m_cv_so", "Công văn về tem truy xuất QR của huyện Phìn Lũng số mấy, ngày nào?", "metadata",
  [(F2, "Số: 318/UBND-KT Phìn Lũng, ngày 19 tháng 3 năm 2026")], ["318/UBND-KT", "19 tháng 3 năm 2026"])
q("a_40k", "Sở KH&CN hỗ trợ huyện Phìn Lũng bao nhiêu tem QR?", "abbreviation",
  [(F2, "hỗ trợ miễn phí cho huyện 40.000 tem truy xuất nguồn gốc có mã QR")], ["40.000"])
q("w_ktht_pl", "Phòng KT-HT huyện Phìn Lũng phải làm gì về tem truy xuất, hạn gửi danh sách lên Chi cục?", "who-what",
  [(F2, "tổng hợp gửi Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh trước ngày 10/4/2026")], ["10/4/2026"],
  actors=["Phòng Kinh tế - Hạ tầng huyện"])
q("f_xa_han", "Vậy các xã thì hạn gửi danh sách là bao giờ?", "follow-up",
  [(F2, "gửi danh sách hộ, hợp tác xã có nhu cầu sử dụng tem về Phòng Kinh tế - Hạ tầng trước ngày 31/3/2026")],
  ["31/3/2026"], h="w_ktht_pl")
q("k_handan", "Theo CV 318, hạn dán tem QR cho 100% SP OCOP bán ra thị trường là khi nào?", "abbreviation",
  [(F2, "hoàn thành dán tem trên 100% sản phẩm OCOP bán ra thị trường trước ngày 30/6/2026")], ["30/6/2026"])
q("k_lienhe_qr", "Cần hỏi về tem QR ở Phìn Lũng thì liên hệ ai, SĐT bao nhiêu?", "abbreviation",
  [(F2, "ông Bế Văn Quân, chuyên viên Phòng Kinh tế - Hạ tầng huyện, điện thoại 0973 418 256")],
  ["Bế Văn Quân", "0973 418 256"])
q("n_mohinh", "hoi nong dan huyen phin lung lam mo hinh diem truy xuat o dau", "no-diacritics",
  [(F2, "truy xuất bằng điện thoại\" tại xã Pù Mo và xã Khuổi Ma")], ["Pù Mo", "Khuổi Ma"])
q("f_mohinh_han", "Báo cáo kết quả mô hình nộp trước ngày nào?", "follow-up",
  [(F2, "báo cáo kết quả về UBND huyện trước ngày 15/8/2026")], ["15/8/2026"], h="n_mohinh")
u("u_lungthang", "Mô hình điểm truy xuất nguồn gốc ở xã Lùng Thàng được hỗ trợ bao nhiêu tiền?")
q("l_sanpham", "Những sản phẩm nào được ưu tiên dán tem đợt 1 ở Phìn Lũng?", "list",
  [(F2, "1. Miến dong Pù Mo – HTX Nông sản Pù Mo – 12.000 tem."), (F2, "2. Mật ong bạc hà – HTX Ong mật Khuổi Ma – 8.000 tem.")],
  ["Miến dong", "Mật ong bạc hà", "Thịt trâu gác bếp"])
q("a_ongmat", "HTX Ong mật Khuổi Ma được đề xuất cấp bao nhiêu tem?", "abbreviation",
  [(F2, "2. Mật ong bạc hà – HTX Ong mật Khuổi Ma – 8.000 tem.")], ["8.000 tem"])
u("u_canchu_che", "Thế HTX chè ở xã Cán Chư được bao nhiêu?", h="a_ongmat", kind="follow-up")
u("u_quy4", "Huyện Phìn Lũng được cấp bổ sung bao nhiêu tem QR trong quý IV/2026?")
q("w_qltt4", "Đội QLTT số 4 được đề nghị làm gì trong CV 318?", "who-what",
  [(F2, "phối hợp kiểm tra, xử lý nghiêm hành vi sử dụng tem truy xuất giả")], ["tem truy xuất giả"],
  actors=["Đội Quản lý thị trường số 4"])
q("n_saimucdich", "hop tac xa dung tem sai muc dich thi bi xu ly the nao", "no-diacritics",
  [(F2, "Chủ thể nào sử dụng tem sai mục đích sẽ bị thu hồi tài khoản")], ["thu hồi tài khoản"])
q("m_cv_signer", "CV 318/UBND-KT do ai ký?", "metadata",
  [(F2, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH (Đã ký) Sầm Đức Lợi")], ["Sầm Đức Lợi"])
u("u_inbaobi", "Mỗi hợp tác xã ở Phìn Lũng được hỗ trợ bao nhiêu tiền làm bao bì, nhãn mác cho sản phẩm OCOP?")
q("a_cv_cancu", "CV 318 thực hiện theo văn bản nào của Sở KH&CN?", "abbreviation",
  [(F2, "Thực hiện Công văn số 205/SKHCN-TĐC ngày 24/02/2026 của Sở Khoa học và Công nghệ tỉnh Thượng Ngàn")],
  ["205/SKHCN-TĐC"])
u("u_cv205_phat", "Công văn 205/SKHCN-TĐC quy định mức phạt dùng tem QR giả là bao nhiêu?")
q("n_miendong", "mien dong pu mo cua htx nao, de xuat bao nhieu tem", "no-diacritics",
  [(F2, "1. Miến dong Pù Mo – HTX Nông sản Pù Mo – 12.000 tem.")], ["12.000 tem"])
u("u_cv319", "Công văn số 319/UBND-KT của huyện Phìn Lũng hướng dẫn nội dung gì?")
u("u_natau_tem", "Sở KH&CN hỗ trợ huyện Nà Tấu bao nhiêu tem truy xuất QR năm 2026?")

# ------------------------------------------------------------ sh03 QĐ 1475
q("m_qd", "QĐ thành lập đoàn kiểm tra liên ngành ở Thác Vọng số bao nhiêu, ai ký?", "metadata",
  [(F3, "Số: 1475/QĐ-UBND Thác Vọng, ngày 02 tháng 4 năm 2026"), (F3, "CHỦ TỊCH (Đã ký) Phạm Thu Hằng")],
  ["1475/QĐ-UBND", "Phạm Thu Hằng"])
q("k_truongdoan", "Trưởng đoàn kiểm tra liên ngành huyện Thác Vọng là ai?", "factoid",
  [(F3, "Ông Đinh Công Tráng, Phó Trưởng phòng Kinh tế - Hạ tầng huyện – Trưởng đoàn")], ["Đinh Công Tráng"])
q("f_phodoan", "Còn phó đoàn?", "follow-up",
  [(F3, "Bà Nông Thị Ngát, Phó Đội trưởng Đội Quản lý thị trường số 6 – Phó Trưởng đoàn")], ["Nông Thị Ngát"], h="k_truongdoan")
q("f_thuky", "Thư ký đoàn là ai, số điện thoại?", "follow-up",
  [(F3, "ông Lò Văn Tươi, thư ký Đoàn kiểm tra, điện thoại 0388 215 647")], ["Lò Văn Tươi", "0388 215 647"], h="k_truongdoan")
q("k_sothanhvien", "Đoàn KT liên ngành của huyện Thác Vọng theo QĐ 1475 có mấy thành viên?", "abbreviation",
  [(F4, "riêng huyện Thác Vọng thành lập Đoàn theo Quyết định số 1475/QĐ-UBND ngày 02/4/2026 với 07 thành viên"),
   (F3, "Ông Mai Xuân Trường, kiểm định viên Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng tỉnh")],
  ["07 thành viên"])
u("u_boiduong", "Mỗi thành viên đoàn kiểm tra Thác Vọng được bồi dưỡng bao nhiêu tiền một ngày?")
q("k_thoigian_kt", "Đoàn kiểm tra Thác Vọng làm việc trong khoảng thời gian nào?", "factoid",
  [(F3, "Thời gian kiểm tra từ ngày 13/4/2026 đến ngày 30/6/2026")], ["13/4/2026", "30/6/2026"])
q("f_baocao_doan", "Vậy hạn nộp báo cáo kết quả?", "follow-up",
  [(F3, "Trưởng đoàn báo cáo kết quả bằng văn bản về UBND huyện (qua Phòng Kinh tế - Hạ tầng) trước ngày 10/7/2026")],
  ["10/7/2026"], h="k_thoigian_kt")
q("w_qltt6", "Đội QLTT số 6 chủ trì việc gì trong kế hoạch kiểm tra kèm QĐ 1475?", "who-what",
  [(F3, "Kiểm tra nhãn hàng hóa, tem truy xuất nguồn gốc nông sản, thực phẩm")], ["30/6/2026"],
  actors=["Đội Quản lý thị trường số 6"])
q("w_vhtt_tv", "Phòng Văn hóa - Thông tin huyện Thác Vọng phải làm gì, phối hợp với ai?", "who-what",
  [(F3, "Đưa tin kết quả kiểm tra trên hệ thống truyền thanh và trang thông tin điện tử huyện")],
  ["Trung tâm Văn hóa, Thể thao và Truyền thông huyện"], actors=["Phòng Văn hóa - Thông tin"])
q("w_chicuc_tv", "Chi cục TĐC tỉnh được đề nghị hỗ trợ gì cho đoàn kiểm tra Thác Vọng?", "who-what",
  [(F3, "cử kiểm định viên và cho mượn 02 bộ quả cân chuẩn phục vụ kiểm tra nhanh tại chợ")], ["02 bộ quả cân chuẩn"],
  actors=["Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh"])
q("n_100pt", "cho trung tam huyen thac vong kiem tra bao nhieu phan tram so can", "no-diacritics",
  [(F3, "riêng chợ trung tâm huyện kiểm tra 100% số cân")], ["100%"])
q("n_10cho", "doan kiem tra lien nganh thac vong di kiem tra may cho, gom nhung cho nao", "no-diacritics",
  [(F3, "tại 10 chợ trên địa bàn huyện, gồm chợ trung tâm huyện, chợ Bản Lìm, chợ Nà Ngò, chợ phiên Tà Hộc và 06 chợ xã khác")],
  ["10 chợ", "Bản Lìm"])
u("u_tnmt", "QĐ 1475 giao Phòng Tài nguyên và Môi trường huyện nhiệm vụ gì?")
q("a_totrinh", "QĐ 1475 căn cứ Tờ trình số mấy của Phòng KT-HT?", "abbreviation",
  [(F3, "Tờ trình số 37/TTr-KTHT ngày 27/3/2026")], ["37/TTr-KTHT"])
q("k_dotxuat", "Theo kế hoạch kiểm tra của huyện Thác Vọng, mỗi chợ bị kiểm tra đột xuất tối đa mấy lần?", "factoid",
  [(F3, "kiểm tra đột xuất không quá 02 lần/chợ")], ["02 lần/chợ"])
u("u_natau_dotxuat", "Còn ở huyện Nà Tấu thì quy định mấy lần?", h="k_dotxuat", kind="follow-up")
q("n_hieuluc", "quyet dinh 1475 co hieu luc tu khi nao", "no-diacritics",
  [(F3, "Quyết định có hiệu lực kể từ ngày ký")], ["kể từ ngày ký"])

# ------------------------------------------------------------ sh04 BC 46
q("m_bc", "Báo cáo kết quả kiểm tra đo lường 6 tháng đầu năm 2026 số mấy, ai ký?", "metadata",
  [(F4, "Số: 46/BC-TĐC Thượng Ngàn, ngày 30 tháng 6 năm 2026"), (F4, "CHI CỤC TRƯỞNG (Đã ký) Đặng Minh Thư")],
  ["46/BC-TĐC", "Đặng Minh Thư"])
q("k_tongcan", "BC 46: 6 tháng đầu năm KT tổng cộng bao nhiêu cân ở chợ, bao nhiêu cái không đạt?", "abbreviation",
  [(F4, "với tổng số 2.507 cân; phát hiện 177 cân không đạt yêu cầu, chiếm 7,06%")], ["2.507", "177"])
q("k_tienphat", "Tổng tiền phạt vi phạm đo lường ở chợ 6 tháng đầu năm là bao nhiêu?", "factoid",
  [(F4, "xử phạt vi phạm hành chính 59 cơ sở, hộ kinh doanh với tổng số tiền 136.000.000 đồng")], ["136.000.000"])
q("k_phat_tv", "Huyện Thác Vọng bị phạt bao nhiêu tiền về đo lường tại chợ?", "factoid",
  [(F4, "4 Huyện Thác Vọng 10 538 44 15 33.000.000")], ["33.000.000"])
q("f_phat_dl", "Thế còn Đồng Lư?", "follow-up",
  [(F4, "1 Thành phố Đồng Lư 14 1.126 58 21 52.500.000")], ["52.500.000"], h="k_phat_tv")
q("n_keolua", "huyen keo lua da kiem tra can o cho chua, vi sao", "no-diacritics",
  [(F4, "Huyện Keo Lửa chưa tổ chức kiểm tra do chưa thành lập đoàn kiểm tra liên ngành")], ["chưa tổ chức kiểm tra"])
q("f_keolua_han", "Hạn chót để huyện đó lập đoàn là khi nào?", "follow-up",
  [(F4, "Đề nghị UBND huyện Keo Lửa thành lập đoàn kiểm tra liên ngành trước ngày 31/7/2026")], ["31/7/2026"], h="n_keolua")
q("l_phanloai", "Các lỗi vi phạm về cân được phân loại thế nào, mỗi loại bao nhiêu chiếc?", "list",
  [(F4, "112 cân có sai số vượt quá giới hạn cho phép; 51 cân không có tem kiểm định hoặc tem hết hiệu lực; 14 cân có dấu hiệu can thiệp")],
  ["112", "51", "14"])
q("k_tiendo_can", "Đến hết tháng 6 số cân kiểm định được bao nhiêu, bằng mấy % chỉ tiêu năm?", "factoid",
  [(F4, "Tổng số cân kiểm định là 3.457 chiếc (Đồng Lư 1.342; Phìn Lũng 806; Nà Tấu 568; Thác Vọng 741), bằng 72,0% chỉ tiêu năm")],
  ["3.457", "72,0%"])
q("f_tiendo_nuoc", "Còn đồng hồ nước?", "follow-up",
  [(F4, "tổng số đồng hồ đo nước lạnh kiểm định là 9.630 chiếc")], ["9.630", "77,0%"], h="k_tiendo_can")
q("n_312", "bao nhieu dong ho nuoc khong dat va ai thay the", "no-diacritics",
  [(F4, "Có 312 đồng hồ nước không đạt, Công ty Cổ phần Cấp nước Thượng Ngàn thay thế xong trong thời hạn quy định")], ["312"])
u("u_ck2025", "Tỷ lệ cân không đạt tại huyện Chiềng Khương năm 2025 là bao nhiêu?")
u("u_natau_qr", "Có bao nhiêu trường hợp dùng tem QR sai thông tin bị phát hiện ở huyện Nà Tấu?")
q("w_cucqltt2", "Theo BC 46, Cục Quản lý thị trường tỉnh được đề nghị làm gì?", "who-what",
  [(F4, "tăng cường kiểm tra nguồn cung cấp cân không rõ nguồn gốc tại các cửa hàng kinh doanh thiết bị")],
  ["cân không rõ nguồn gốc"], actors=["Cục Quản lý thị trường tỉnh"])
q("n_kdv", "trung tam ky thuat co may kiem dinh vien khoi luong", "no-diacritics",
  [(F4, "Trung tâm Kỹ thuật chỉ có 05 kiểm định viên lĩnh vực khối lượng")], ["05 kiểm định viên"])
u("u_xangdau", "Theo báo cáo 6 tháng, có bao nhiêu cây xăng bị kiểm tra về đo lường?")
q("n_phat_pl", "tien phat ve can o huyen phin lung bao nhieu", "no-diacritics",
  [(F4, "2 Huyện Phìn Lũng 7 412 37 12 27.000.000")], ["27.000.000"])
q("w_sokhcn_bc", "Báo cáo của Chi cục đề nghị Sở Khoa học và Công nghệ làm gì?", "who-what",
  [(F4, "Đề nghị Sở Khoa học và Công nghệ trình UBND tỉnh bổ sung 120.000.000 đồng")], ["120.000.000"],
  actors=["Sở Khoa học và Công nghệ"])

# ------------------------------------------------------------ sh05 TB 27
q("m_tb", "Thông báo mở lớp ISO 9001 do đơn vị nào ban hành, số mấy?", "metadata",
  [(F5, "TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG Số: 27/TB-TTKT")], ["27/TB-TTKT"])
q("k_lop1", "Lớp ISO 9001 đợt 1 học ngày nào, ở đâu?", "factoid",
  [(F5, "| Lớp 1 | Từ 12/5 đến 14/5/2026 | Hội trường tầng 3, Trung tâm Kỹ thuật, số 18 đường Kim Đồng, thành phố Đồng Lư |")],
  ["12/5", "số 18 đường Kim Đồng"])
q("f_lop2", "Còn lớp 2?", "follow-up",
  [(F5, "| Lớp 2 | Từ 26/5 đến 28/5/2026 | Hội trường UBND huyện Chiềng Khương |")], ["26/5", "Chiềng Khương"], h="k_lop1")
q("k_hocphi", "Học phí lớp tập huấn ISO là bao nhiêu?", "factoid",
  [(F5, "Học phí: 1.200.000 đồng/học viên/khóa")], ["1.200.000"])
q("f_hocphi_uutien", "Xã thuộc diện ưu tiên thì đóng bao nhiêu?", "follow-up",
  [(F5, "học viên các xã này nộp 600.000 đồng/người")], ["600.000"], h="k_hocphi")
q("n_handk", "han dang ky lop iso cho xa la ngay nao, gui qua dau", "no-diacritics",
  [(F5, "gửi Phiếu đăng ký (theo mẫu gửi kèm) về Trung tâm trước ngày 05/5/2026")],
  ["05/5/2026", "daotao.ttkt@thuongngan.gov.vn"])
q("k_songuoi", "Mỗi xã được cử mấy người đi học ISO?", "factoid",
  [(F5, "Mỗi đơn vị cử tối đa 02 người")], ["02 người"])
q("f_toida", "Một lớp nhận tối đa bao nhiêu người?", "follow-up",
  [(F5, "mỗi lớp 03 ngày, tối đa 60 học viên/lớp")], ["60 học viên"], h="k_songuoi")
u("u_nhakhach", "Học viên ở xa dự lớp ISO được bố trí phòng nghỉ tại nhà khách nào?")
u("u_iso14001", "Học phí lớp đánh giá viên nội bộ ISO 14001 là bao nhiêu?")
q("w_chiengkhuong", "UBND huyện Chiềng Khương phải hỗ trợ gì cho lớp tập huấn ISO?", "who-what",
  [(F5, "UBND huyện Chiềng Khương hỗ trợ bố trí hội trường, máy chiếu và âm thanh cho Lớp 2")], ["máy chiếu"],
  actors=["UBND huyện Chiềng Khương"])
q("w_xa_iso", "Các xã có trách nhiệm gì khi cử người học ISO?", "who-what",
  [(F5, "UBND các xã, phường, thị trấn có trách nhiệm cử đúng thành phần; học viên mang theo máy tính xách tay")],
  ["máy tính xách tay"], actors=["UBND các xã, phường, thị trấn"])
q("a_tb_lienhe", "TB 27/TB-TTKT thì liên hệ ai, SĐT bao nhiêu?", "abbreviation",
  [(F5, "bà Nguyễn Thị Lan Phương, Phòng Đào tạo - Tư vấn, điện thoại 0214.3856.209")],
  ["Nguyễn Thị Lan Phương", "0214.3856.209"])
u("u_giangvien", "Giảng viên đứng lớp tập huấn ISO 9001 cho các xã là ai?")
q("a_congbo", "Theo TB 27, các xã phải công bố HTQLCL theo TCVN ISO 9001:2015 trước ngày nào?", "abbreviation",
  [(F5, "hoàn thành công bố hệ thống quản lý chất lượng trước ngày 30/9/2026")], ["30/9/2026"])
q("w_huyen_iso", "UBND các huyện được đề nghị gì trong thông báo về lớp ISO?", "who-what",
  [(F5, "thông báo đến UBND cấp xã trên địa bàn và giao Phòng Nội vụ theo dõi việc cử công chức tham dự")],
  ["Phòng Nội vụ"], actors=["UBND các huyện, thành phố"])
q("n_giokhaigiang", "hoc vien lop iso phai co mat luc may gio ngay khai giang", "no-diacritics",
  [(F5, "Khai giảng Lớp 1 vào 7 giờ 30 ngày 12/5/2026; học viên có mặt trước 15 phút")], ["7 giờ 30"])
q("n_taikhoan", "so tai khoan nop hoc phi iso", "no-diacritics",
  [(F5, "vào tài khoản số 1150 2468 0013 của Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng")], ["1150 2468 0013"])
u("u_hp2025", "hoc phi lop iso cho can bo xa nam 2025 la bao nhieu")

# ------------------------------------------------------------ corpus
q("c_qr", "Những văn bản nào trong bộ tài liệu đề cập tem truy xuất nguồn gốc mã QR?", "corpus",
  [(F2, "sử dụng tem truy xuất nguồn gốc mã QR"),
   (F4, "04 trường hợp sử dụng tem truy xuất nguồn gốc mã QR không đúng thông tin sản phẩm"),
   (F3, "Kiểm tra nhãn hàng hóa, tem truy xuất nguồn gốc đối với nông sản")],
  ["318/UBND-KT", "46/BC-TĐC", "1475/QĐ-UBND"])
q("c_sokhcn", "Có mấy văn bản do Sở KH&CN hoặc đơn vị trực thuộc Sở ban hành?", "corpus",
  [(F1, "SỞ KHOA HỌC VÀ CÔNG NGHỆ Số: 112/KH-SKHCN"),
   (F4, "CHI CỤC TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG Độc lập - Tự do - Hạnh phúc"),
   (F5, "TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG Số: 27/TB-TTKT")],
  ["112/KH-SKHCN", "46/BC-TĐC", "27/TB-TTKT"])
q("c_kh112", "Văn bản nào căn cứ hoặc thực hiện KH 112/KH-SKHCN?", "corpus",
  [(F3, "Căn cứ Kế hoạch số 112/KH-SKHCN ngày 05/3/2026 của Sở Khoa học và Công nghệ tỉnh Thượng Ngàn"),
   (F4, "Thực hiện Kế hoạch số 112/KH-SKHCN ngày 05/3/2026")],
  ["1475/QĐ-UBND", "46/BC-TĐC"])
q("c_huyen", "Trong các văn bản, văn bản nào do cấp huyện ban hành?", "corpus",
  [(F2, "UBND HUYỆN PHÌN LŨNG"), (F3, "UBND HUYỆN THÁC VỌNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")],
  ["318/UBND-KT", "1475/QĐ-UBND"])
q("c_somnhat", "Văn bản nào ban hành sớm nhất và văn bản nào muộn nhất trong bộ này?", "corpus",
  [(F1, "Thượng Ngàn, ngày 05 tháng 3 năm 2026"), (F4, "Số: 46/BC-TĐC Thượng Ngàn, ngày 30 tháng 6 năm 2026")],
  ["112/KH-SKHCN", "46/BC-TĐC"])
u("u_bienban", "Biên bản họp tổng kết của đoàn kiểm tra liên ngành Thác Vọng ngày 10/7/2026 kết luận những gì?")


# ------------------------------------------------------------ who-what gold
WW = [
    dict(id="wsh01", directive="KH 112/KH-SKHCN", source=F1, actors=[
        dict(name="Chi cục Tiêu chuẩn Đo lường Chất lượng", role="chủ trì", deadline="trước ngày 30/9/2026",
             task_quote="chủ trì tổ chức thực hiện Kế hoạch; thống nhất lịch chi tiết với UBND các huyện, thành phố trước ngày 25/3/2026"),
        dict(name="Trung tâm Kỹ thuật Tiêu chuẩn Đo lường Chất lượng", role=None, deadline="trong vòng 03 ngày làm việc sau mỗi đợt",
             task_quote="bố trí kiểm định viên, chuẩn đo lường, phương tiện; thực hiện kiểm định theo đúng lịch tại Mục III"),
        dict(name="Văn phòng Sở", role="phối hợp", deadline=None,
             task_quote="Văn phòng Sở phối hợp với Chi cục hướng dẫn sử dụng kinh phí, thanh quyết toán theo quy định"),
        dict(name="UBND các huyện, thành phố", role=None, deadline=None,
             task_quote="giao Phòng Kinh tế - Hạ tầng (Phòng Kinh tế thành phố Đồng Lư) làm đầu mối phối hợp"),
        dict(name="UBND các xã, phường, thị trấn có chợ", role=None, deadline=None,
             task_quote="UBND các xã, phường, thị trấn có chợ thông báo lịch kiểm định, bố trí địa điểm và lực lượng giữ trật tự"),
        dict(name="Ban Quản lý chợ, tổ quản lý chợ", role=None, deadline="trước ngày kiểm định ít nhất 10 ngày",
             task_quote="lập danh sách cân đang sử dụng tại chợ gửi Phòng Kinh tế - Hạ tầng trước ngày kiểm định ít nhất 10 ngày"),
        dict(name="Công ty Cổ phần Cấp nước Thượng Ngàn", role=None, deadline="trước ngày 31/3/2026",
             task_quote="gửi danh sách đồng hồ đến hạn kiểm định về Chi cục trước ngày 31/3/2026; thay thế kịp thời đồng hồ không đạt"),
        dict(name="Ban Quản lý các công trình nước sạch nông thôn tỉnh", role=None, deadline="trước ngày 31/3/2026",
             task_quote="gửi danh sách đồng hồ đến hạn kiểm định về Chi cục trước ngày 31/3/2026; thay thế kịp thời đồng hồ không đạt"),
        dict(name="Cục Quản lý thị trường tỉnh", role=None, deadline=None,
             task_quote="giao các Đội Quản lý thị trường phối hợp kiểm tra, xử lý vi phạm về đo lường tại chợ theo thẩm quyền"),
        dict(name="Hội Nông dân tỉnh", role="phối hợp", deadline=None,
             task_quote="phối hợp tuyên truyền để hội viên là tiểu thương chủ động mang cân đi kiểm định"),
        dict(name="Hội Liên hiệp Phụ nữ tỉnh", role="phối hợp", deadline=None,
             task_quote="phối hợp tuyên truyền để hội viên là tiểu thương chủ động mang cân đi kiểm định"),
    ], intruders=["Nguyễn Hữu Khang", "UBND tỉnh (b/c)", "Ủy ban Tiêu chuẩn Đo lường Chất lượng quốc gia",
                  "Giám đốc, các PGĐ Sở", "Lưu: VT, TĐC", "Ma Thị Duyên", "UBND TỈNH THƯỢNG NGÀN"]),
    dict(id="wsh02", directive="CV 318/UBND-KT", source=F2, actors=[
        dict(name="Phòng Kinh tế - Hạ tầng huyện", role="chủ trì", deadline="trước ngày 10/4/2026",
             task_quote="chủ trì, phối hợp với Trung tâm Dịch vụ nông nghiệp huyện rà soát, lập danh sách sản phẩm và chủ thể tham gia dán tem"),
        dict(name="Trung tâm Dịch vụ nông nghiệp huyện", role="phối hợp", deadline="trong tháng 4/2026",
             task_quote="hỗ trợ kỹ thuật ghi chép nhật ký sản xuất điện tử cho các hợp tác xã"),
        dict(name="UBND các xã, thị trấn", role=None, deadline="trước ngày 31/3/2026",
             task_quote="xác nhận vùng trồng, vùng nuôi, cơ sở sản xuất trên địa bàn"),
        dict(name="Các hợp tác xã, chủ thể sản phẩm OCOP", role=None, deadline="trước ngày 30/6/2026",
             task_quote="hoàn thành dán tem trên 100% sản phẩm OCOP bán ra thị trường trước ngày 30/6/2026"),
        dict(name="Hội Nông dân huyện", role="phối hợp", deadline="trước ngày 15/8/2026",
             task_quote="phối hợp hướng dẫn hội viên thông qua sinh hoạt chi hội"),
        dict(name="Phòng Văn hóa - Thông tin huyện", role=None, deadline=None,
             task_quote="đăng tải hướng dẫn quét mã QR trên trang thông tin điện tử huyện"),
        dict(name="Trung tâm Truyền thông và Văn hóa huyện", role="phối hợp", deadline=None,
             task_quote="đăng tải hướng dẫn quét mã QR trên trang thông tin điện tử huyện"),
        dict(name="Đội Quản lý thị trường số 4", role="phối hợp", deadline=None,
             task_quote="phối hợp kiểm tra, xử lý nghiêm hành vi sử dụng tem truy xuất giả"),
    ], intruders=["Sầm Đức Lợi", "Sở KH&CN tỉnh (b/c)", "Chi cục TĐC tỉnh", "TT Huyện ủy, TT HĐND huyện (b/c)",
                  "CT, các PCT UBND huyện", "Lưu: VT, KT", "UBND HUYỆN PHÌN LŨNG", "Bế Văn Quân"]),
    dict(id="wsh03", directive="QĐ 1475/QĐ-UBND", source=F3, actors=[
        dict(name="Đoàn kiểm tra", role=None, deadline="đến ngày 30/6/2026",
             task_quote="Kiểm tra việc chấp hành pháp luật về đo lường đối với cân dùng trong mua bán tại 10 chợ"),
        dict(name="Trưởng đoàn", role=None, deadline="trước ngày 10/7/2026",
             task_quote="Trưởng đoàn báo cáo kết quả bằng văn bản về UBND huyện (qua Phòng Kinh tế - Hạ tầng) trước ngày 10/7/2026"),
        dict(name="Phòng Kinh tế - Hạ tầng", role="chủ trì", deadline="Trước ngày 10/4/2026",
             task_quote="Xây dựng đề cương, mẫu biên bản kiểm tra; gửi lịch kiểm tra đến các chợ"),
        dict(name="Văn phòng HĐND và UBND huyện", role="phối hợp", deadline="Trước ngày 10/4/2026",
             task_quote="Xây dựng đề cương, mẫu biên bản kiểm tra; gửi lịch kiểm tra đến các chợ"),
        dict(name="Ban Quản lý chợ trung tâm huyện", role="phối hợp", deadline=None,
             task_quote="bố trí cán bộ đi cùng Đoàn, cung cấp danh sách tiểu thương và cân đang sử dụng"),
        dict(name="UBND các xã có chợ", role="phối hợp", deadline="04/5 – 12/6/2026",
             task_quote="bố trí cán bộ đi cùng Đoàn, cung cấp danh sách tiểu thương và cân đang sử dụng"),
        dict(name="Đội Quản lý thị trường số 6", role="chủ trì", deadline="Trước ngày 30/6/2026",
             task_quote="Kiểm tra nhãn hàng hóa, tem truy xuất nguồn gốc nông sản, thực phẩm"),
        dict(name="Phòng Y tế huyện", role="phối hợp", deadline="Trước ngày 30/6/2026",
             task_quote="Kiểm tra nhãn hàng hóa, tem truy xuất nguồn gốc nông sản, thực phẩm"),
        dict(name="Công an huyện", role="phối hợp", deadline="Trước ngày 30/6/2026",
             task_quote="Kiểm tra nhãn hàng hóa, tem truy xuất nguồn gốc nông sản, thực phẩm"),
        dict(name="Phòng Văn hóa - Thông tin", role="chủ trì", deadline="Hằng tuần trong thời gian kiểm tra",
             task_quote="Đưa tin kết quả kiểm tra trên hệ thống truyền thanh và trang thông tin điện tử huyện"),
        dict(name="Trung tâm Văn hóa, Thể thao và Truyền thông huyện", role="phối hợp", deadline="Hằng tuần trong thời gian kiểm tra",
             task_quote="Đưa tin kết quả kiểm tra trên hệ thống truyền thanh và trang thông tin điện tử huyện"),
        dict(name="Phòng Tài chính - Kế hoạch", role=None, deadline=None,
             task_quote="hướng dẫn Phòng Kinh tế - Hạ tầng sử dụng và thanh quyết toán kinh phí theo quy định"),
        dict(name="Chi cục Tiêu chuẩn Đo lường Chất lượng tỉnh", role=None, deadline=None,
             task_quote="cử kiểm định viên và cho mượn 02 bộ quả cân chuẩn phục vụ kiểm tra nhanh tại chợ"),
        dict(name="Các phòng, ban, ngành, đoàn thể huyện", role="phối hợp", deadline=None,
             task_quote="theo chức năng, nhiệm vụ phối hợp tuyên truyền để tiểu thương tự giác chấp hành"),
    ], intruders=["Phạm Thu Hằng", "Sở KH&CN tỉnh (b/c)", "Chi cục TĐC tỉnh", "TT Huyện ủy, TT HĐND huyện",
                  "Lưu: VT, KTHT", "UBND HUYỆN THÁC VỌNG", "Như Điều 4"]),
    dict(id="wsh04", directive="BC 46/BC-TĐC", source=F4, actors=[
        dict(name="Chi cục Tiêu chuẩn Đo lường Chất lượng", role=None, deadline="03/8 – 14/8/2026",
             task_quote="Hoàn thành kiểm định tại huyện Chiềng Khương (06/7 – 17/7/2026) và huyện Keo Lửa (03/8 – 14/8/2026)"),
        dict(name="Sở Khoa học và Công nghệ", role=None, deadline=None,
             task_quote="trình UBND tỉnh bổ sung 120.000.000 đồng để mua sắm 02 bộ quả cân chuẩn cấp chính xác M1"),
        dict(name="UBND huyện Keo Lửa", role=None, deadline="trước ngày 31/7/2026",
             task_quote="Đề nghị UBND huyện Keo Lửa thành lập đoàn kiểm tra liên ngành trước ngày 31/7/2026"),
        dict(name="Cục Quản lý thị trường tỉnh", role=None, deadline=None,
             task_quote="tăng cường kiểm tra nguồn cung cấp cân không rõ nguồn gốc tại các cửa hàng kinh doanh thiết bị"),
    ], intruders=["Đặng Minh Thư", "Giám đốc, các PGĐ Sở", "UBND các huyện, thành phố", "Trung tâm Kỹ thuật TĐC",
                  "Lưu: VT, QLĐL", "SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH THƯỢNG NGÀN"]),
    dict(id="wsh05", directive="TB 27/TB-TTKT", source=F5, actors=[
        dict(name="UBND các huyện, thành phố", role=None, deadline=None,
             task_quote="thông báo đến UBND cấp xã trên địa bàn và giao Phòng Nội vụ theo dõi việc cử công chức tham dự"),
        dict(name="Phòng Nội vụ", role=None, deadline=None,
             task_quote="giao Phòng Nội vụ theo dõi việc cử công chức tham dự"),
        dict(name="UBND các xã, phường, thị trấn", role=None, deadline=None,
             task_quote="có trách nhiệm cử đúng thành phần; học viên mang theo máy tính xách tay và bộ quy trình ISO hiện hành của đơn vị"),
        dict(name="Các đơn vị", role=None, deadline="trước ngày 05/5/2026",
             task_quote="Các đơn vị gửi Phiếu đăng ký (theo mẫu gửi kèm) về Trung tâm trước ngày 05/5/2026"),
        dict(name="UBND huyện Chiềng Khương", role=None, deadline=None,
             task_quote="hỗ trợ bố trí hội trường, máy chiếu và âm thanh cho Lớp 2"),
        dict(name="Sở Khoa học và Công nghệ", role=None, deadline=None,
             task_quote="Sở Khoa học và Công nghệ hỗ trợ 50% học phí cho học viên thuộc 34 xã ưu tiên"),
    ], intruders=["Vi Thị Hồng Nhung", "Sở KH&CN (b/c)", "Chi cục TĐC", "Lưu: VT, ĐTTV", "Nguyễn Thị Lan Phương",
                  "TRUNG TÂM KỸ THUẬT TIÊU CHUẨN ĐO LƯỜNG CHẤT LƯỢNG"]),
]


def nfc(s):
    return unicodedata.normalize("NFC", s) if isinstance(s, str) else s


def main():
    ids = {}
    rows = []
    for i, it in enumerate(Q, 1):
        ids[it["key"]] = f"sh{i:03d}"
    text_of = {it["key"]: it["question"] for it in Q}
    for it in Q:
        row = {
            "id": ids[it["key"]],
            "question": nfc(it["question"]),
            "answerable": it["answerable"],
            "kind": it["kind"],
            "evidence": [{"source": f, "quote": nfc(qt)} for f, qt in it["ev"]],
            "keywords": [nfc(k) for k in it["kw"]],
        }
        if it["h"]:
            row["history"] = [nfc(text_of[it["h"]])]
        if it["actors"]:
            row["actors"] = [nfc(a) for a in it["actors"]]
        rows.append(row)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WW:
            w = json.loads(json.dumps(w, ensure_ascii=False))
            for a in w["actors"]:
                for k in a:
                    a[k] = nfc(a[k])
            w["intruders"] = [nfc(x) for x in w["intruders"]]
            f.write(json.dumps(w, ensure_ascii=False) + "\n")
    print(len(rows), "questions,", len(WW), "who-what lines")


if __name__ == "__main__":
    main()
