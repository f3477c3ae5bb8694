# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl for blind63 (data held here)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
A = "rn01_chithi_yte_cdso.txt"
B = "rn02_kh_hoithi_nct.docx"
C = "rn03_tb_taphuan_ttyt.md"
D = "rn04_cv_cuocthi_tiemchung.pdf"
E = "rn05_bc_xa_pulinh.txt"

Q = []


def q(question, kind, ev=(), kw=(), history=None, actors=None, answerable=True):
    d = {"id": "rn%03d" % (len(Q) + 1), "question": question, "answerable": answerable, "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in ev], "keywords": list(kw)}
    if history:
        d["history"] = [history]
    if actors:
        d["actors"] = list(actors)
    Q.append(d)
    return question


def u(question, kind="unanswerable", history=None):
    return q(question, kind, answerable=False, history=history)


# ------------------------------------------------------------ rn01 Chỉ thị 03/CT-UBND
q("Tháng cao điểm tiêm chủng của huyện Sìn Pao năm nay chạy từ ngày nào tới ngày nào?", "factoid",
  [(A, "tổ chức Tháng cao điểm tiêm chủng từ ngày 01/3/2026 đến ngày 31/3/2026")], ["01/3/2026", "31/3/2026"])
q("Chỉ thị 03 của huyện về truyền thông sức khỏe ai ký, ký ngày bao nhiêu?", "metadata",
  [(A, "Sìn Pao, ngày 26 tháng 01 năm 2026"), (A, "CHỦ TỊCH (Đã ký) Đinh Công Tráng")],
  ["Đinh Công Tráng", "26 tháng 01 năm 2026"])
q("Chỉ tiêu tiêm bù, tiêm vét sởi - rubella cho trẻ 1-5 tuổi trong đợt cao điểm là bao nhiêu %?", "factoid",
  [(A, "tiêm vét vắc xin sởi - rubella cho trẻ từ 1 đến 5 tuổi đạt từ 95% trở lên")], ["95%"])
q4 = q("Theo chỉ thị về truyền thông giáo dục sức khỏe, Phòng Giáo dục và Đào tạo huyện phải làm những việc gì?",
       "who-what",
       [(A, "Phòng Giáo dục và Đào tạo có trách nhiệm chỉ đạo các trường mầm non, tiểu học, trung học cơ sở rà soát sổ tiêm chủng của học sinh"),
        (A, "Phát động cuộc thi vẽ tranh \"Em là tuyên truyền viên sức khỏe nhí\" dành cho học sinh THCS")],
       ["rà soát sổ tiêm chủng", "Em là tuyên truyền viên sức khỏe nhí"], actors=["Phòng Giáo dục và Đào tạo"])
q("Vậy cuộc thi vẽ tranh đó phải tổng hợp kết quả trước ngày nào?", "follow-up",
  [(A, "dành cho học sinh THCS, tổng hợp kết quả trước ngày 15/5/2026")], ["15/5/2026"], history=q4)
q("kinh phi ngan sach huyen bo tri cho truyen thong, tap huan, hoi thi theo chi thi 03 la bao nhieu", "no-diacritics",
  [(A, "Phòng Tài chính - Kế hoạch tham mưu bố trí 480 triệu đồng từ ngân sách huyện năm 2026")], ["480 triệu đồng"])
u("Ngân sách huyện bố trí cho các hoạt động theo Chỉ thị 03/CT-UBND trong năm 2027 là bao nhiêu?")
q8 = q("Huyện đoàn được giao nhiệm vụ gì trong chỉ thị về chăm sóc sức khỏe và chuyển đổi số y tế?", "who-what",
       [(A, "Huyện đoàn thành lập ít nhất 14 đội thanh niên tình nguyện \"Bình dân học vụ số\"")],
       ["14 đội", "Bình dân học vụ số"], actors=["Huyện đoàn"])
q("Còn Hội Chữ thập đỏ huyện thì sao?", "follow-up",
  [(A, "Hội Chữ thập đỏ huyện tổ chức tập huấn sơ cấp cứu ban đầu cho 200 tình nguyện viên"),
   (A, "vận động 300 suất quà tặng trẻ em vùng cao hoàn thành tiêm chủng, mỗi suất trị giá 200.000 đồng")],
  ["200 tình nguyện viên", "300 suất quà"], history=q8, actors=["Hội Chữ thập đỏ huyện"])
q("Triển khai chỉ thị 03 thì đầu mối bên Trung tâm Y tế là ai, số máy bao nhiêu?", "factoid",
  [(A, "ông Vi Văn Lực, Trưởng khoa Kiểm soát bệnh tật và HIV/AIDS, Trung tâm Y tế huyện, điện thoại 0912 447 360")],
  ["Vi Văn Lực", "0912 447 360"])
q("UBND các xã phải kiện toàn BCĐ chăm sóc sức khỏe nhân dân trước ngày nào?", "abbreviation",
  [(A, "kiện toàn Ban chỉ đạo chăm sóc sức khỏe nhân dân cấp xã trước ngày 15/02/2026")], ["15/02/2026"])
q("tram y te xa phai cap nhat du lieu tiem chung len he thong quoc gia trong bao lau sau buoi tiem", "no-diacritics",
  [(A, "cập nhật đầy đủ dữ liệu lên Hệ thống quản lý thông tin tiêm chủng quốc gia trong vòng 24 giờ sau mỗi buổi tiêm")],
  ["24 giờ"])
q("Năm 2025 tỷ lệ trẻ dưới 1 tuổi được tiêm đủ vắc xin ở huyện Sìn Pao đạt bao nhiêu?", "factoid",
  [(A, "tỷ lệ trẻ em dưới 1 tuổi tiêm chủng đầy đủ các loại vắc xin đạt 93,6%")], ["93,6%"])
q("xa vung cao nao tiem soi rubella chua toi 85%", "no-diacritics",
  [(A, "tỷ lệ tiêm vắc xin sởi - rubella tại các xã vùng cao Thồ Vạn, Mỏ Nhài chỉ đạt dưới 85%")],
  ["Thồ Vạn", "Mỏ Nhài"])
u("Tỷ lệ tiêm vắc xin sởi - rubella năm 2025 của riêng xã Chu Hạ là bao nhiêu?")
q16 = q("Phòng Văn hóa, Khoa học và Thông tin phải làm gì với chuyên mục phát thanh về sức khỏe?", "who-what",
        [(A, "duy trì chuyên mục \"Sức khỏe cho mọi nhà\" phát sóng 02 kỳ mỗi tuần bằng tiếng phổ thông, tiếng Mông và tiếng Dao")],
        ["Sức khỏe cho mọi nhà", "02 kỳ mỗi tuần"], actors=["Phòng Văn hóa, Khoa học và Thông tin"])
q("Phát bằng những thứ tiếng nào?", "follow-up",
  [(A, "duy trì chuyên mục \"Sức khỏe cho mọi nhà\" phát sóng 02 kỳ mỗi tuần bằng tiếng phổ thông, tiếng Mông và tiếng Dao")],
  ["tiếng Mông", "tiếng Dao"], history=q16)
q("Chỉ thị giao cơ quan nào làm thường trực và hạn báo cáo tổng hợp cả năm là khi nào?", "factoid",
  [(A, "Giao Trung tâm Y tế huyện là cơ quan thường trực"),
   (A, "tổng hợp kết quả báo cáo Chủ tịch UBND huyện trước ngày 15/12/2026")],
  ["Trung tâm Y tế huyện", "15/12/2026"])
q("bao lau thi cac xa phai bao cao ket qua thuc hien chi thi 03 mot lan", "no-diacritics",
  [(A, "báo cáo kết quả định kỳ hằng quý, trước ngày 15 của tháng đầu quý sau")], ["hằng quý"])
u("Chỉ thị 03 thưởng bao nhiêu tiền cho xã đạt 100% trẻ em tiêm chủng đầy đủ?")

# ------------------------------------------------------------ rn02 Kế hoạch 14/KH-BĐD (Hội NCT)
q("KH 14/KH-BĐD về hội thi người cao tuổi do ai ký, ban hành ngày nào?", "metadata",
  [(B, "Sìn Pao, ngày 09 tháng 02 năm 2026"), (B, "TRƯỞNG BAN (Đã ký) Lù Văn Pảo")],
  ["Lù Văn Pảo", "09 tháng 02 năm 2026"])
q22 = q("Mỗi đội dự Hội thi Sống vui, sống khỏe, sống số có mấy người, tuổi tối thiểu bao nhiêu?", "factoid",
        [(B, "Mỗi xã, thị trấn thành lập 01 đội thi gồm 06 hội viên Hội Người cao tuổi từ đủ 60 tuổi trở lên")],
        ["06 hội viên", "60 tuổi"])
q("Có quy định phải có nữ không?", "follow-up",
  [(B, "trong đó có ít nhất 02 hội viên nữ")], ["02 hội viên nữ"], history=q22)
q("Hội thi của người cao tuổi huyện gồm những phần thi gì?", "list",
  [(B, "Phần thi chào hỏi \"Khỏe để vui\""), (B, "Phần thi kiến thức: trả lời 20 câu hỏi trắc nghiệm"),
   (B, "Phần thi kỹ năng số: mỗi đội cử 02 thành viên"), (B, "Phần thi năng khiếu: trình diễn bài dưỡng sinh")],
  ["chào hỏi", "kỹ năng số", "năng khiếu"])
q("Chung kết hội thi NCT tổ chức mấy giờ, ở đâu?", "abbreviation",
  [(B, "tổ chức từ 7 giờ 30 phút ngày 08/5/2026 tại Hội trường Trung tâm Văn hóa, Thông tin và Thể thao huyện")],
  ["7 giờ 30 phút", "08/5/2026"])
u("Giải đặc biệt của Hội thi \"Sống vui, sống khỏe, sống số\" trị giá bao nhiêu?")
q27 = q("Giải nhất hội thi người cao tuổi được thưởng bao nhiêu tiền?", "factoid",
        [(B, "01 giải Nhất: 3.000.000 đồng;")], ["3.000.000 đồng"])
q("Thế giải khuyến khích?", "follow-up",
  [(B, "04 giải Khuyến khích: mỗi giải 700.000 đồng;")], ["700.000 đồng"], history=q27)
q("tong kinh phi du kien cho hoi thi nguoi cao tuoi la bao nhieu, ngan sach huyen ho tro may", "no-diacritics",
  [(B, "Tổng kinh phí dự kiến 62.500.000 đồng, gồm: ngân sách huyện hỗ trợ theo Chỉ thị số 03/CT-UBND là 45.000.000 đồng")],
  ["62.500.000 đồng", "45.000.000 đồng"])
q("Hội Chữ thập đỏ huyện đóng vai trò gì trong hội thi của Hội Người cao tuổi?", "who-what",
  [(B, "Bảo đảm sơ cấp cứu tại các vòng thi"), (B, "Hội Chữ thập đỏ huyện hỗ trợ 5.000.000 đồng")],
  ["sơ cấp cứu", "5.000.000 đồng"], actors=["Hội Chữ thập đỏ huyện"])
q("Trung tâm Y tế huyện cần làm gì để phục vụ hội thi người cao tuổi, hạn khi nào?", "who-what",
  [(B, "Đề nghị Trung tâm Y tế huyện cử 02 bác sĩ tham gia Ban Giám khảo phần thi kiến thức và biên soạn ngân hàng 100 câu hỏi trắc nghiệm, gửi Ban Tổ chức trước ngày 20/3/2026.")],
  ["02 bác sĩ", "100 câu hỏi", "20/3/2026"], actors=["Trung tâm Y tế huyện"])
q("Các xã gửi danh sách đội thi về huyện chậm nhất ngày nào?", "factoid",
  [(B, "gửi danh sách đội thi về Văn phòng Ban Đại diện Hội Người cao tuổi huyện trước ngày 31/3/2026")],
  ["31/3/2026"])
q33 = q("vong so khao cum 2 to chuc o dau, ngay nao", "no-diacritics",
        [(B, "Vòng sơ khảo cụm 2 gồm 7 xã còn lại, tổ chức ngày 17/4/2026 tại Nhà văn hóa xã Mỏ Nhài")],
        ["17/4/2026", "Mỏ Nhài"])
q("con cum 1 thi sao", "follow-up",
  [(B, "Vòng sơ khảo cụm 1 gồm 7 xã, thị trấn, tổ chức ngày 16/4/2026 tại Nhà văn hóa xã Pù Lình")],
  ["16/4/2026", "Pù Lình"], history=q33)
q("Muốn hỏi chi tiết về hội thi Sống vui, sống khỏe, sống số thì liên hệ ai?", "factoid",
  [(B, "bà Lò Thị Én, Phó Trưởng ban Ban Đại diện, Trưởng Ban Tổ chức Hội thi, điện thoại 0986 215 733")],
  ["Lò Thị Én", "0986 215 733"])
u("Vòng sơ khảo cụm 3 của hội thi NCT tổ chức ở xã nào?", "abbreviation")
q("Đơn vị nào chủ trì làm đề thi kỹ năng số cho hội thi người cao tuổi, ai phối hợp, xong trước ngày nào?", "who-what",
  [(B, "Phòng Văn hóa, Khoa học và Thông tin"), (B, "Xây dựng đề thi kỹ năng số; chuẩn bị thiết bị thực hành"),
   (B, "Huyện đoàn; Bưu điện huyện Sìn Pao"), (B, "Trước ngày 25/3/2026")],
  ["Phòng Văn hóa, Khoa học và Thông tin", "Bưu điện huyện Sìn Pao", "25/3/2026"],
  actors=["Phòng Văn hóa, Khoa học và Thông tin", "Huyện đoàn", "Bưu điện huyện Sìn Pao"])
q("Hội NCT các xã, thị trấn phải làm gì theo kế hoạch hội thi?", "who-what",
  [(B, "Hội Người cao tuổi các xã, thị trấn có trách nhiệm lựa chọn, thành lập đội thi, phối hợp với Trạm Y tế xã ôn luyện kiến thức cho hội viên"),
   (B, "lập danh sách hội viên chưa khám sức khỏe định kỳ gửi Trạm Y tế xã trước ngày 30/4/2026")],
  ["thành lập đội thi", "30/4/2026"], actors=["Hội Người cao tuổi các xã, thị trấn"])
q("Đội nào không đạt giải thì có được hỗ trợ gì không?", "factoid",
  [(B, "Các đội không đạt giải nhận hỗ trợ 300.000 đồng/đội")], ["300.000 đồng/đội"])

# ------------------------------------------------------------ rn03 Thông báo 41/TB-TTYT
q("TB 41/TB-TTYT về lịch tập huấn do ai ký, ngày nào?", "metadata",
  [(C, "Sìn Pao, ngày 23 tháng 02 năm 2026"), (C, "BSCKII. Nguyễn Thị Thu Hiền")],
  ["Nguyễn Thị Thu Hiền", "23 tháng 02 năm 2026"])
q("tong cong co may lop tap huan truyen thong suc khoe, bao nhieu hoc vien", "no-diacritics",
  [(C, "Tổng số: 05 lớp, 242 học viên.")], ["05 lớp", "242 học viên"])
q43 = q("Lớp tập huấn cho giáo viên phụ trách y tế trường học học hôm nào, ở đâu?", "factoid",
        [(C, "Giáo viên phụ trách y tế trường học | 13h30 ngày 13/3/2026 | Trường THCS thị trấn Sìn Pao")],
        ["13/3/2026", "Trường THCS thị trấn Sìn Pao"])
q("Ai là giảng viên chính của lớp đó?", "follow-up",
  [(C, "Trường THCS thị trấn Sìn Pao | 38 | BS. Mạc Thị Tươi")], ["Mạc Thị Tươi"], history=q43)
q("lop tap huan nhan vien y te thon ban cum Mo Nhai - Chu Ha hoc ngay nao", "no-diacritics",
  [(C, "Nhân viên y tế thôn, bản cụm Mỏ Nhài - Chu Hạ | 07h30 ngày 06/3/2026 | Trạm Y tế xã Mỏ Nhài")],
  ["06/3/2026"])
q("TYT các xã cử mấy người đi Lớp 1 và nộp danh sách trước ngày nào?", "who-what",
  [(C, "Trạm Y tế các xã, thị trấn cử 03 viên chức/trạm dự Lớp 1"),
   (C, "gửi danh sách học viên các lớp 1, 2, 3 về Trung tâm Y tế huyện trước ngày 28/02/2026")],
  ["03 viên chức/trạm", "28/02/2026"], actors=["Trạm Y tế các xã, thị trấn"])
q("phòng GD&ĐT được TTYT đề nghị làm gì trong đợt tập huấn này?", "who-what",
  [(C, "Phòng Giáo dục và Đào tạo huyện cử giáo viên phụ trách y tế của 38 trường mầm non, tiểu học, THCS dự Lớp 4, mỗi trường 01 người")],
  ["38 trường", "Lớp 4"], actors=["Phòng Giáo dục và Đào tạo huyện"])
q48 = q("Đi tập huấn thì học viên được hỗ trợ tiền ăn bao nhiêu một ngày?", "factoid",
        [(C, "Học viên được hỗ trợ tiền ăn 100.000 đồng/người/ngày")], ["100.000 đồng/người/ngày"])
u("Thế tiền thuê chỗ nghỉ thì được hỗ trợ bao nhiêu một đêm?", "follow-up", history=q48)
q("Tổng dự toán kinh phí mấy lớp tập huấn của TTYT là bao nhiêu?", "abbreviation",
  [(C, "Tổng dự toán kinh phí các lớp tập huấn là 38.720.000 đồng")], ["38.720.000 đồng"])
q("Sau khi tập huấn xong mỗi trạm y tế phải nộp mấy sản phẩm truyền thông, hạn khi nào?", "factoid",
  [(C, "mỗi Trạm Y tế xây dựng ít nhất 02 sản phẩm truyền thông (video ngắn hoặc bài phát thanh tiếng dân tộc) và gửi về Trung tâm Y tế huyện trước ngày 05/4/2026")],
  ["02 sản phẩm", "05/4/2026"])
q("lien he ai de hoi ve lich tap huan cua trung tam y te huyen", "no-diacritics",
  [(C, "YS. Sầm Thị Nhung, Phó trưởng khoa Kiểm soát bệnh tật và HIV/AIDS, điện thoại 0978 630 114")],
  ["Sầm Thị Nhung", "0978 630 114"])
u("Lớp tập huấn số 6 dành cho cán bộ Hội Nông dân huyện học vào ngày nào?")
q("Ai lo chuẩn bị tài liệu, giảng viên và điểm danh cho các lớp tập huấn?", "who-what",
  [(C, "Khoa Kiểm soát bệnh tật và HIV/AIDS chủ trì chuẩn bị tài liệu, giảng viên, điểm danh học viên")],
  ["Khoa Kiểm soát bệnh tật và HIV/AIDS"], actors=["Khoa Kiểm soát bệnh tật và HIV/AIDS"])
q("Học viên đi tập huấn cần mang theo những gì?", "list",
  [(C, "Học viên mang theo điện thoại thông minh có cài ứng dụng VNeID, căn cước công dân")],
  ["điện thoại thông minh", "căn cước công dân"])
u("Học xong lớp của TTYT huyện thì được tính bao nhiêu tiết đào tạo liên tục?", "abbreviation")
q("Hội Chữ thập đỏ và Hội Người cao tuổi huyện phải làm gì cho Lớp 5?", "who-what",
  [(C, "Hội Chữ thập đỏ huyện và Hội Người cao tuổi huyện lựa chọn cộng tác viên dự Lớp 5, gửi danh sách trước ngày 10/3/2026")],
  ["10/3/2026"], actors=["Hội Chữ thập đỏ huyện", "Hội Người cao tuổi huyện"])

# ------------------------------------------------------------ rn04 Công văn 1127/SYT-NVY
q("CV 1127 của Sở Y tế ký ngày nào, ai ký?", "metadata",
  [(D, "Lục Yên Đông, ngày 12 tháng 01 năm 2026"), (D, "PHÓ GIÁM ĐỐC (Đã ký) Vương Đình Khải")],
  ["Vương Đình Khải", "12 tháng 01 năm 2026"])
q59 = q("Cuộc thi Sáng kiến truyền thông sức khỏe cộng đồng nhận bài dự thi đến lúc nào?", "factoid",
        [(D, "Thời gian nhận sản phẩm: từ ngày 01/3/2026 đến 17 giờ 00 ngày 30/4/2026")],
        ["17 giờ 00 ngày 30/4/2026"])
q("Nộp qua đâu vậy?", "follow-up",
  [(D, "qua Cổng thông tin cuộc thi tại địa chỉ https://thitruyenthong.syt.lucyendong.gov.vn")],
  ["https://thitruyenthong.syt.lucyendong.gov.vn"], history=q59)
q("Giải nhất mỗi bảng của cuộc thi sáng kiến truyền thông sức khỏe trị giá bao nhiêu?", "factoid",
  [(D, "01 giải Nhất trị giá 10.000.000 đồng")], ["10.000.000 đồng"])
u("Giải Nhì bảng C của Cuộc thi Sáng kiến truyền thông sức khỏe cộng đồng được bao nhiêu tiền?")
q63 = q("Tổng giá trị giải thưởng cuộc thi sáng kiến truyền thông của Sở Y tế là bao nhiêu?", "factoid",
        [(D, "Tổng giá trị giải thưởng của hai bảng là 83.000.000 đồng")], ["83.000.000 đồng"])
q("Có giải bình chọn trên mạng không, trị giá bao nhiêu?", "follow-up",
  [(D, "01 giải \"Sản phẩm được yêu thích nhất\" theo kết quả bình chọn trực tuyến, trị giá 3.000.000 đồng")],
  ["Sản phẩm được yêu thích nhất", "3.000.000 đồng"], history=q63)
q("Bảng B của cuộc thi dành cho ai?", "factoid",
  [(D, "Bảng B dành cho cá nhân là công dân từ đủ 16 tuổi trở lên")], ["16 tuổi"])
q("san pham du thi cuoc thi sang kien truyen thong suc khoe gom nhung loai nao", "no-diacritics",
  [(D, "video ngắn không quá 3 phút; ấn phẩm đồ họa thông tin (infographic); bài phát thanh bằng tiếng dân tộc thiểu số có phụ đề tiếng Việt"),
   (D, "ứng dụng, trợ lý ảo hoặc chatbot hỗ trợ người dân tra cứu thông tin sức khỏe")],
  ["video ngắn", "infographic", "chatbot"])
q67 = q("Sở KH&CN được đề nghị làm gì trong CV 1127/SYT-NVY?", "who-what",
        [(D, "Đề nghị Sở Khoa học và Công nghệ cử 02 chuyên gia tham gia Ban Giám khảo đối với sản phẩm là ứng dụng, trợ lý ảo hoặc chatbot"),
         (D, "xem xét hỗ trợ sản phẩm đạt giải Nhất Bảng A tham gia Chương trình hỗ trợ khởi nghiệp đổi mới sáng tạo của tỉnh")],
        ["02 chuyên gia", "khởi nghiệp đổi mới sáng tạo"], actors=["Sở Khoa học và Công nghệ"])
q("Còn Sở GD&ĐT?", "follow-up",
  [(D, "Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục phổ biến Cuộc thi"),
   (D, "rà soát tình trạng tiêm chủng của học sinh lớp 1 và lớp 2 trước ngày 25/02/2026")],
  ["25/02/2026"], history=q67, actors=["Sở Giáo dục và Đào tạo"])
q("Trung tâm Kiểm soát bệnh tật tỉnh phải cấp đủ vắc xin cho các huyện trước ngày nào?", "who-what",
  [(D, "Trung tâm Kiểm soát bệnh tật tỉnh có trách nhiệm cung ứng đủ vắc xin, vật tư tiêm chủng cho các huyện trước ngày 25/02/2026")],
  ["25/02/2026"], actors=["Trung tâm Kiểm soát bệnh tật tỉnh"])
q("Hội Chữ thập đỏ tỉnh được đề nghị hỗ trợ bao nhiêu suất quà cho trẻ em vùng cao?", "who-what",
  [(D, "hỗ trợ 500 suất quà cho trẻ em vùng cao hoàn thành lịch tiêm chủng trong Tháng cao điểm")],
  ["500 suất quà"], actors=["Hội Chữ thập đỏ tỉnh"])
u("Mỗi suất quà của Hội CTĐ tỉnh tặng trẻ em vùng cao trị giá bao nhiêu tiền?", "abbreviation")
q72 = q("Kết quả Tháng cao điểm tiêm chủng phải gửi Sở Y tế trước ngày nào?", "factoid",
        [(D, "Kết quả Tháng cao điểm gửi về Sở Y tế (qua Phòng Nghiệp vụ Y) trước ngày 10/4/2026")], ["10/4/2026"])
q("Học sinh lớp 2 được tiêm vắc xin gì trong Tháng cao điểm?", "factoid",
  [(D, "vắc xin uốn ván - bạch hầu giảm liều cho học sinh lớp 2")], ["uốn ván - bạch hầu giảm liều"])
q("Công văn của Sở Y tế về cuộc thi sáng kiến truyền thông căn cứ kế hoạch nào của UBND tỉnh?", "metadata",
  [(D, "Căn cứ Kế hoạch số 212/KH-UBND ngày 18/12/2025 của UBND tỉnh Lục Yên Đông")], ["212/KH-UBND", "18/12/2025"])
q("so dien thoai lien he phong nghiep vu y so y te ve cuoc thi", "no-diacritics",
  [(D, "bà Phạm Thanh Duyên, chuyên viên, điện thoại 0214 3825 690, di động 0904 118 562")],
  ["Phạm Thanh Duyên", "0904 118 562"])
q("TTYT các huyện có nhiệm vụ gì theo công văn của Sở Y tế về cuộc thi?", "who-what",
  [(D, "Trung tâm Y tế các huyện, thị xã, thành phố là đơn vị thường trực tại địa phương"),
   (D, "tổng hợp, lựa chọn tối thiểu 05 sản phẩm tiêu biểu của địa phương gửi dự thi")],
  ["thường trực", "05 sản phẩm"], actors=["Trung tâm Y tế các huyện, thị xã, thành phố"])
u("Lễ trao giải Cuộc thi sáng kiến truyền thông sức khỏe cộng đồng năm 2025 tổ chức ở đâu?")
u("Công văn 1128/SYT-NVY của Sở Y tế hướng dẫn nội dung gì?")
q("Lễ tổng kết, trao giải cuộc thi dự kiến ngày nào, ở đâu?", "factoid",
  [(D, "lễ tổng kết, trao giải dự kiến tổ chức ngày 26/6/2026 tại Hội trường Sở Y tế")], ["26/6/2026"])

# ------------------------------------------------------------ rn05 Báo cáo 58/BC-UBND xã Pù Lình
q("BC 58 của UBND xã Pù Lình ai ký, ngày nào?", "metadata",
  [(E, "Pù Lình, ngày 15 tháng 4 năm 2026"), (E, "CHỦ TỊCH (Đã ký) Giàng A Sử")],
  ["Giàng A Sử", "15 tháng 4 năm 2026"])
q("Quý I xã Pù Lình tiêm bù sởi - rubella được bao nhiêu trẻ, đạt bao nhiêu phần trăm kế hoạch?", "factoid",
  [(E, "| 1 | Trẻ 1-5 tuổi tiêm bù, tiêm vét vắc xin sởi - rubella | 412 | 396 | 96,1 |")], ["396", "96,1"])
q82 = q("ty le nguoi cao tuoi kham suc khoe dinh ky o xa Pu Linh quy 1 la bao nhieu", "no-diacritics",
        [(E, "| 2 | Người cao tuổi khám sức khỏe định kỳ | 530 | 318 | 60,0 |")], ["318", "60,0"])
q("So với mục tiêu của huyện thì thế nào?", "follow-up",
  [(E, "tỷ lệ người cao tuổi khám sức khỏe định kỳ mới đạt 60,0%, thấp hơn mục tiêu 65% của huyện")],
  ["65%"], history=q82)
q("xa Pu Linh to chuc tiem luu dong o nhung thon nao", "no-diacritics",
  [(E, "06 buổi tiêm lưu động tại thôn Sáng Pả, thôn Séo Lủng và thôn Cán Tỷ")],
  ["Sáng Pả", "Séo Lủng", "Cán Tỷ"])
q85 = q("Quý I xã Pù Lình chi tổng cộng bao nhiêu tiền cho các hoạt động này?", "factoid",
        [(E, "tổng kinh phí thực hiện trong quý I là 38.600.000 đồng")], ["38.600.000 đồng"])
q("Trong đó Hội Chữ thập đỏ hỗ trợ bao nhiêu?", "follow-up",
  [(E, "Hội Chữ thập đỏ huyện hỗ trợ 4.000.000 đồng để mua quà tặng trẻ em hoàn thành tiêm chủng")],
  ["4.000.000 đồng"], history=q85)
q("Trạm Y tế xã Pù Lình được giao việc gì trong quý II?", "who-what",
  [(E, "Giao Trạm Y tế xã chủ trì, phối hợp với Hội Người cao tuổi xã tổ chức khám sức khỏe cho người cao tuổi, bảo đảm tỷ lệ khám định kỳ từ 65% trở lên trước ngày 30/6/2026")],
  ["65%", "30/6/2026"], actors=["Trạm Y tế xã", "Hội Người cao tuổi xã"])
q88 = q("Xã Pù Lình đề nghị TTYT huyện hỗ trợ gì?", "who-what",
        [(E, "Đề nghị Trung tâm Y tế huyện tăng cường 01 bác sĩ luân phiên về Trạm Y tế xã trong tháng 5 và tháng 6/2026")],
        ["01 bác sĩ luân phiên"], actors=["Trung tâm Y tế huyện"])
q("Còn đề xuất với UBND huyện là gì?", "follow-up",
  [(E, "hỗ trợ xã 15 cụm loa truyền thanh thông minh cho các thôn chưa có loa, với dự toán khoảng 135.000.000 đồng")],
  ["15 cụm loa", "135.000.000 đồng"], history=q88, actors=["UBND huyện"])
u("Xã Pù Lình xin huyện cấp bao nhiêu chiếc điện thoại thông minh cho người cao tuổi?")
q("ban chi dao cham soc suc khoe nhan dan xa Pu Linh co bao nhieu thanh vien, ai lam truong ban", "no-diacritics",
  [(E, "kiện toàn Ban chỉ đạo chăm sóc sức khỏe nhân dân xã gồm 11 thành viên do bà Thào Thị Dợ, Phó Chủ tịch UBND xã, làm Trưởng ban")],
  ["11 thành viên", "Thào Thị Dợ"])
q("Đoàn thanh niên xã Pù Lình giúp được bao nhiêu lượt dân kích hoạt định danh điện tử?", "factoid",
  [(E, "hỗ trợ 1.126 lượt người dân kích hoạt tài khoản định danh điện tử và Sổ sức khỏe điện tử")], ["1.126 lượt"])
q("Việc tìm người thay nhân viên y tế thôn Cán Tỷ giao cho ai, hạn bao giờ?", "who-what",
  [(E, "Trưởng các thôn Sáng Pả, Séo Lủng, Cán Tỷ có trách nhiệm lựa chọn, giới thiệu người thay thế nhân viên y tế thôn Cán Tỷ trước ngày 15/5/2026")],
  ["15/5/2026"], actors=["Trưởng các thôn Sáng Pả, Séo Lủng, Cán Tỷ"])
u("Tỷ lệ tiêm sởi - rubella quý I năm 2026 của xã Thồ Vạn là bao nhiêu?")
u("xa Pu Linh quy 1 to chuc bao nhieu buoi kham sang loc tang huyet ap cho nguoi cao tuoi", "no-diacritics")
q("Trường THCS Pù Lình phối hợp tổ chức ngoại khóa gì, cho bao nhiêu HS?", "abbreviation",
  [(E, "tổ chức 02 buổi ngoại khóa về phòng, chống đuối nước cho 286 học sinh")], ["286 học sinh"])

# ------------------------------------------------------------ corpus / cross-document
q("Những văn bản nào trong bộ tài liệu có nhắc tới Hội thi Sống vui, sống khỏe, sống số?", "corpus",
  [(A, "Hội Người cao tuổi huyện tổ chức Hội thi \"Sống vui, sống khỏe, sống số\" trong quý II năm 2026"),
   (B, "Tổ chức Hội thi \"Sống vui, sống khỏe, sống số\" dành cho người cao tuổi huyện Sìn Pao năm 2026"),
   (E, "tham gia Hội thi \"Sống vui, sống khỏe, sống số\"")],
  ["Sống vui, sống khỏe, sống số"])
q("Có bao nhiêu văn bản được ban hành để thực hiện hoặc căn cứ vào Chỉ thị 03/CT-UBND?", "corpus",
  [(B, "Căn cứ Chỉ thị số 03/CT-UBND ngày 26/01/2026 của Chủ tịch UBND huyện Sìn Pao"),
   (C, "Thực hiện Chỉ thị số 03/CT-UBND ngày 26/01/2026 của Chủ tịch UBND huyện Sìn Pao"),
   (E, "Thực hiện Chỉ thị số 03/CT-UBND ngày 26/01/2026 của Chủ tịch UBND huyện Sìn Pao, UBND xã Pù Lình")],
  ["03/CT-UBND"])
q("trong bo tai lieu van ban nao do co quan cap tinh ban hanh", "no-diacritics",
  [(D, "UBND TỈNH LỤC YÊN ĐÔNG SỞ Y TẾ Số: 1127/SYT-NVY")], ["1127/SYT-NVY"])
q("Văn bản nào trong bộ là của cấp xã, số hiệu là gì?", "corpus",
  [(E, "UBND XÃ PÙ LÌNH Số: 58/BC-UBND")], ["58/BC-UBND"])
q("Chỉ thị 03 của huyện Sìn Pao được ban hành để thực hiện văn bản nào của cấp trên?", "metadata",
  [(A, "Thực hiện Công văn số 1127/SYT-NVY ngày 12/01/2026 của Sở Y tế tỉnh Lục Yên Đông")], ["1127/SYT-NVY"])
u("Trong bộ văn bản có quyết định khen thưởng các đội đạt giải hội thi người cao tuổi không, số mấy?")
q("Lớp 5 của TTYT cho cộng tác viên Hội CTĐ, Hội NCT học ngày nào, ở đâu?", "abbreviation",
  [(C, "Cộng tác viên Hội Chữ thập đỏ và Hội Người cao tuổi | 08h00 ngày 17/3/2026 | Hội trường UBND thị trấn Sìn Pao")],
  ["17/3/2026", "Hội trường UBND thị trấn Sìn Pao"])

# ------------------------------------------------------------ extra near-misses and checks
u("Lịch tập huấn truyền thông sức khỏe của TTYT huyện Tả Ngảo thế nào?", "abbreviation")
u("giai nhat cuoc thi ve tranh Em la tuyen truyen vien suc khoe nhi duoc thuong bao nhieu tien", "no-diacritics")
u("Năm 2025 đội của xã nào đoạt giải Nhất Hội thi Sống vui, sống khỏe, sống số?")
u("Giám khảo hội thi người cao tuổi được bồi dưỡng bao nhiêu tiền một buổi?")
u("CV 455/UBND-VHKHTT của UBND huyện Sìn Pao về loa truyền thanh thông minh yêu cầu những gì?", "abbreviation")
u("Thế báo cáo sơ kết 6 tháng thì hạn gửi Sở là bao giờ?", "follow-up", history=q72)
u("so lieu vac xin soi rubella Trung tam Kiem soat benh tat cap cho huyen Sin Pao la bao nhieu lieu", "no-diacritics")
u("Điểm tiêm lưu động của xã Mỏ Nhài trong tháng cao điểm đặt ở thôn nào?")
q("Huyện có bao nhiêu nhân viên y tế thôn, bản đang hoạt động?", "factoid",
  [(A, "mạng lưới 126 nhân viên y tế thôn, bản hoạt động thường xuyên")], ["126"])
q("Thành viên Ban Giám khảo có được gửi sản phẩm dự thi không?", "factoid",
  [(D, "Thành viên Ban Tổ chức, Ban Giám khảo không tham gia dự thi")], ["không tham gia dự thi"])
q("UBND cac xa phai bao dam ty le kham suc khoe dinh ky cho nguoi cao tuoi den het 2026 la bao nhieu", "no-diacritics",
  [(A, "bảo đảm đến hết năm 2026 tỷ lệ khám định kỳ đạt từ 65% trở lên")], ["65%"])
q("Mỗi tập thể, cá nhân được gửi tối đa mấy sản phẩm dự thi?", "factoid",
  [(D, "Mỗi tập thể, cá nhân gửi tối đa 02 sản phẩm")], ["02 sản phẩm"])
q("Phần thi kỹ năng số của hội thi NCT kéo dài bao lâu, thi những thao tác gì?", "abbreviation",
  [(B, "thực hành cài đặt ứng dụng VNeID, tra cứu Sổ sức khỏe điện tử, đặt lịch khám bệnh trực tuyến trong thời gian 10 phút")],
  ["10 phút", "VNeID"])
q("Lớp 1 dành cho viên chức trạm y tế học mấy ngày, ai giảng?", "factoid",
  [(C, "Viên chức Trạm Y tế các xã, thị trấn | 08h00 ngày 03/3/2026 đến hết ngày 04/3/2026 | Hội trường Trung tâm Y tế huyện | 42 | BS. Vi Văn Lực")],
  ["04/3/2026", "Vi Văn Lực"])
q("xa Pu Linh gui may san pham du cuoc thi sang kien truyen thong", "no-diacritics",
  [(E, "Trạm Y tế gửi 03 sản phẩm (02 video ngắn, 01 bài phát thanh tiếng Mông)")], ["03 sản phẩm"])


# ------------------------------------------------------------ who-what gold
def a(name, role, deadline, task):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": task}


WW = [
    {"id": "wrn01", "directive": "CT 03/CT-UBND", "source": A, "actors": [
        a("Trung tâm Y tế huyện", "chủ trì", "đến ngày 31/3/2026",
          "Trung tâm Y tế huyện chủ trì, phối hợp với Phòng Văn hóa, Khoa học và Thông tin và UBND các xã, thị trấn tổ chức Tháng cao điểm tiêm chủng"),
        a("Trung tâm Y tế huyện", None, "trước ngày 20/3/2026",
          "Mở các lớp tập huấn kỹ năng truyền thông giáo dục sức khỏe và sử dụng Sổ sức khỏe điện tử"),
        a("Trung tâm Y tế huyện", "thường trực", "trước ngày 15/12/2026",
          "Giao Trung tâm Y tế huyện là cơ quan thường trực, theo dõi, kiểm tra việc thực hiện"),
        a("Phòng Văn hóa, Khoa học và Thông tin", "phối hợp", "đến ngày 31/3/2026",
          "phối hợp với Phòng Văn hóa, Khoa học và Thông tin và UBND các xã, thị trấn tổ chức Tháng cao điểm tiêm chủng"),
        a("Phòng Văn hóa, Khoa học và Thông tin", None, None,
          "Phòng Văn hóa, Khoa học và Thông tin chỉ đạo Trung tâm Văn hóa, Thông tin và Thể thao huyện duy trì chuyên mục \"Sức khỏe cho mọi nhà\""),
        a("Trung tâm Văn hóa, Thông tin và Thể thao huyện", None, None,
          "duy trì chuyên mục \"Sức khỏe cho mọi nhà\" phát sóng 02 kỳ mỗi tuần bằng tiếng phổ thông, tiếng Mông và tiếng Dao"),
        a("Công an huyện", "phối hợp", None,
          "phối hợp với Công an huyện hỗ trợ người dân kích hoạt tài khoản định danh điện tử mức độ 2"),
        a("Phòng Giáo dục và Đào tạo", None, "trước ngày 15/5/2026",
          "Phòng Giáo dục và Đào tạo có trách nhiệm chỉ đạo các trường mầm non, tiểu học, trung học cơ sở rà soát sổ tiêm chủng của học sinh"),
        a("Phòng Tài chính - Kế hoạch", None, None,
          "Phòng Tài chính - Kế hoạch tham mưu bố trí 480 triệu đồng từ ngân sách huyện năm 2026"),
        a("Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", None, None,
          "tăng cường tuyên truyền, vận động đoàn viên, hội viên đưa trẻ đi tiêm chủng đúng lịch, tham gia khám sức khỏe định kỳ"),
        a("Hội Chữ thập đỏ huyện", None, None,
          "Hội Chữ thập đỏ huyện tổ chức tập huấn sơ cấp cứu ban đầu cho 200 tình nguyện viên"),
        a("Hội Người cao tuổi huyện", None, "trong quý II năm 2026",
          "Hội Người cao tuổi huyện tổ chức Hội thi \"Sống vui, sống khỏe, sống số\" trong quý II năm 2026"),
        a("Huyện đoàn", None, None,
          "Huyện đoàn thành lập ít nhất 14 đội thanh niên tình nguyện \"Bình dân học vụ số\""),
        a("UBND các xã, thị trấn", "phối hợp", "đến ngày 31/3/2026",
          "UBND các xã, thị trấn tổ chức Tháng cao điểm tiêm chủng từ ngày 01/3/2026 đến ngày 31/3/2026"),
        a("UBND các xã, thị trấn", None, "trước ngày 15/02/2026",
          "UBND các xã, thị trấn kiện toàn Ban chỉ đạo chăm sóc sức khỏe nhân dân cấp xã trước ngày 15/02/2026"),
        a("UBND các xã, thị trấn", None, "định kỳ hằng quý, trước ngày 15 của tháng đầu quý sau",
          "báo cáo kết quả định kỳ hằng quý, trước ngày 15 của tháng đầu quý sau, về UBND huyện qua Trung tâm Y tế huyện"),
        a("Trạm Y tế các xã, thị trấn", None, "trong vòng 24 giờ sau mỗi buổi tiêm",
          "Trạm Y tế các xã, thị trấn chịu trách nhiệm trực tiếp tổ chức tiêm chủng, quản lý đối tượng"),
        a("Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, thị trấn", None, None,
          "Thủ trưởng các cơ quan, đơn vị và Chủ tịch UBND các xã, thị trấn nghiêm túc thực hiện Chỉ thị này"),
    ], "intruders": ["Đinh Công Tráng", "Sở Y tế tỉnh (b/c)", "TT Huyện ủy, TT HĐND huyện (b/c)",
                     "Chủ tịch, các PCT UBND huyện", "Lưu: VT, TTYT", "UBND HUYỆN SÌN PAO", "Vi Văn Lực"]},
    {"id": "wrn02", "directive": "KH 14/KH-BĐD", "source": B, "actors": [
        a("Trung tâm Y tế huyện", "chủ trì", "Trước ngày 20/3/2026",
          "Đề nghị Trung tâm Y tế huyện cử 02 bác sĩ tham gia Ban Giám khảo phần thi kiến thức và biên soạn ngân hàng 100 câu hỏi trắc nghiệm"),
        a("Ban Đại diện Hội Người cao tuổi huyện", "phối hợp", "Trước ngày 20/3/2026",
          "Xây dựng ngân hàng câu hỏi phần thi kiến thức sức khỏe"),
        a("Phòng Văn hóa, Khoa học và Thông tin", "chủ trì", "Trước ngày 25/3/2026",
          "Đề nghị Phòng Văn hóa, Khoa học và Thông tin chủ trì xây dựng đề thực hành kỹ năng số"),
        a("Huyện đoàn", "phối hợp", "Trước ngày 25/3/2026",
          "Huyện đoàn phân công các đội thanh niên tình nguyện \"Bình dân học vụ số\" hỗ trợ hội viên luyện tập phần thi kỹ năng số"),
        a("Bưu điện huyện Sìn Pao", "phối hợp", "Trước ngày 25/3/2026",
          "Xây dựng đề thi kỹ năng số; chuẩn bị thiết bị thực hành"),
        a("Hội Người cao tuổi các xã, thị trấn", "chủ trì", "Trước ngày 31/3/2026",
          "Hội Người cao tuổi các xã, thị trấn có trách nhiệm lựa chọn, thành lập đội thi"),
        a("Hội Người cao tuổi các xã, thị trấn", None, "trước ngày 30/4/2026",
          "lập danh sách hội viên chưa khám sức khỏe định kỳ gửi Trạm Y tế xã trước ngày 30/4/2026"),
        a("UBND các xã, thị trấn", "phối hợp", "Trước ngày 31/3/2026", "Thành lập đội thi, gửi đăng ký"),
        a("Hội Người cao tuổi xã Pù Lình", "chủ trì", "Ngày 16/4 và 17/4/2026", "Tổ chức vòng sơ khảo hai cụm"),
        a("Hội Người cao tuổi xã Mỏ Nhài", "chủ trì", "Ngày 16/4 và 17/4/2026", "Tổ chức vòng sơ khảo hai cụm"),
        a("Trạm Y tế xã", "phối hợp", "Ngày 16/4 và 17/4/2026", "Tổ chức vòng sơ khảo hai cụm"),
        a("Đoàn TNCS Hồ Chí Minh xã", "phối hợp", "Ngày 16/4 và 17/4/2026", "Tổ chức vòng sơ khảo hai cụm"),
        a("Hội Chữ thập đỏ huyện", "chủ trì", "Từ 16/4 đến 08/5/2026", "Bảo đảm sơ cấp cứu tại các vòng thi"),
        a("Trung tâm Y tế huyện", "phối hợp", "Từ 16/4 đến 08/5/2026", "Bảo đảm sơ cấp cứu tại các vòng thi"),
        a("Ban Đại diện Hội Người cao tuổi huyện", "chủ trì", "Ngày 08/5/2026", "Tổ chức chung kết, trao giải"),
        a("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "phối hợp", "Ngày 08/5/2026", "Tổ chức chung kết, trao giải"),
        a("Ban Đại diện Hội Người cao tuổi huyện", "chủ trì", "Trước ngày 30/5/2026", "Tổng kết, báo cáo kết quả Hội thi"),
        a("Các Ban chuyên môn của Ban Đại diện Hội Người cao tuổi huyện", "phối hợp", "trước ngày 30/5/2026",
          "theo chức năng, nhiệm vụ phối hợp triển khai Kế hoạch; báo cáo kết quả về Ban Đại diện trước ngày 30/5/2026"),
    ], "intruders": ["Lù Văn Pảo", "Lò Thị Én", "Hội Người cao tuổi tỉnh (b/c)", "TT Huyện ủy, UBND huyện (b/c)",
                     "Lưu: VT", "HỘI NGƯỜI CAO TUỔI TỈNH LỤC YÊN ĐÔNG", "Hội NCT các xã, thị trấn"]},
    {"id": "wrn03", "directive": "TB 41/TB-TTYT", "source": C, "actors": [
        a("Trạm Y tế các xã, thị trấn", None, "trước ngày 28/02/2026",
          "Trạm Y tế các xã, thị trấn cử 03 viên chức/trạm dự Lớp 1"),
        a("Phòng Giáo dục và Đào tạo huyện", None, None,
          "Phòng Giáo dục và Đào tạo huyện cử giáo viên phụ trách y tế của 38 trường mầm non, tiểu học, THCS dự Lớp 4"),
        a("Hội Chữ thập đỏ huyện và Hội Người cao tuổi huyện", None, "trước ngày 10/3/2026",
          "Hội Chữ thập đỏ huyện và Hội Người cao tuổi huyện lựa chọn cộng tác viên dự Lớp 5"),
        a("Khoa Kiểm soát bệnh tật và HIV/AIDS", "chủ trì", None,
          "Khoa Kiểm soát bệnh tật và HIV/AIDS chủ trì chuẩn bị tài liệu, giảng viên, điểm danh học viên"),
        a("Phòng Tài chính - Kế toán Trung tâm", "phối hợp", None,
          "phối hợp với Phòng Tài chính - Kế toán Trung tâm thanh toán chế độ cho học viên ngay trong ngày học"),
        a("Trạm Y tế xã Pù Lình và Trạm Y tế xã Mỏ Nhài", None, None,
          "Trạm Y tế xã Pù Lình và Trạm Y tế xã Mỏ Nhài bố trí hội trường, máy chiếu, loa máy cho các lớp 2 và 3"),
        a("UBND thị trấn Sìn Pao", None, None, "Đề nghị UBND thị trấn Sìn Pao bố trí hội trường cho Lớp 5"),
        a("Trường THCS thị trấn Sìn Pao", None, None,
          "đề nghị Trường THCS thị trấn Sìn Pao bố trí phòng học có kết nối internet cho Lớp 4"),
        a("mỗi Trạm Y tế", None, "trước ngày 05/4/2026",
          "mỗi Trạm Y tế xây dựng ít nhất 02 sản phẩm truyền thông (video ngắn hoặc bài phát thanh tiếng dân tộc)"),
    ], "intruders": ["Nguyễn Thị Thu Hiền", "Sầm Thị Nhung", "UBND huyện (b/c)", "Lưu: VT, KSBT",
                     "TRUNG TÂM Y TẾ HUYỆN SÌN PAO"]},
    {"id": "wrn04", "directive": "CV 1127/SYT-NVY", "source": D, "actors": [
        a("UBND các huyện, thị xã, thành phố", None, None,
          "Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo các phòng chuyên môn, UBND cấp xã phổ biến Cuộc thi tới người dân"),
        a("Sở Giáo dục và Đào tạo", None, "trước ngày 25/02/2026",
          "Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục phổ biến Cuộc thi"),
        a("Sở Khoa học và Công nghệ", None, None,
          "Đề nghị Sở Khoa học và Công nghệ cử 02 chuyên gia tham gia Ban Giám khảo"),
        a("Hội Chữ thập đỏ tỉnh", None, None,
          "Đề nghị Hội Chữ thập đỏ tỉnh vận động hội viên, tình nguyện viên tham gia Cuộc thi và hỗ trợ 500 suất quà"),
        a("Trung tâm Kiểm soát bệnh tật tỉnh", None, "trước ngày 25/02/2026",
          "Trung tâm Kiểm soát bệnh tật tỉnh có trách nhiệm cung ứng đủ vắc xin, vật tư tiêm chủng cho các huyện"),
        a("Trung tâm Y tế các huyện, thị xã, thành phố", "thường trực", None,
          "Trung tâm Y tế các huyện, thị xã, thành phố là đơn vị thường trực tại địa phương"),
        a("Báo và Phát thanh, Truyền hình Lục Yên Đông", None, None,
          "Đề nghị Báo và Phát thanh, Truyền hình Lục Yên Đông mở chuyên mục giới thiệu các sản phẩm dự thi"),
    ], "intruders": ["Vương Đình Khải", "Phạm Thanh Duyên", "UBND tỉnh (b/c)", "Giám đốc Sở (b/c)",
                     "Cổng TTĐT Sở Y tế", "Lưu: VT, NVY", "UBND TỈNH LỤC YÊN ĐÔNG"]},
    {"id": "wrn05", "directive": "BC 58/BC-UBND", "source": E, "actors": [
        a("Trạm Y tế xã", "chủ trì", "trước ngày 30/6/2026",
          "Giao Trạm Y tế xã chủ trì, phối hợp với Hội Người cao tuổi xã tổ chức khám sức khỏe cho người cao tuổi"),
        a("Hội Người cao tuổi xã", "phối hợp", "trước ngày 30/6/2026",
          "phối hợp với Hội Người cao tuổi xã tổ chức khám sức khỏe cho người cao tuổi"),
        a("Công chức Văn hóa - Xã hội xã", None, "trong quý II",
          "Công chức Văn hóa - Xã hội xã phối hợp với Đoàn TNCS Hồ Chí Minh xã duy trì các đội \"Bình dân học vụ số\""),
        a("Đoàn TNCS Hồ Chí Minh xã", "phối hợp", "trong quý II",
          "hỗ trợ thêm 900 người dân kích hoạt Sổ sức khỏe điện tử trong quý II"),
        a("Trưởng các thôn Sáng Pả, Séo Lủng, Cán Tỷ", None, "trước ngày 15/5/2026",
          "Trưởng các thôn Sáng Pả, Séo Lủng, Cán Tỷ có trách nhiệm lựa chọn, giới thiệu người thay thế nhân viên y tế thôn Cán Tỷ"),
        a("Trung tâm Y tế huyện", None, "trong tháng 5 và tháng 6/2026",
          "Đề nghị Trung tâm Y tế huyện tăng cường 01 bác sĩ luân phiên về Trạm Y tế xã"),
        a("UBND huyện", None, None,
          "Đề nghị UBND huyện hỗ trợ xã 15 cụm loa truyền thanh thông minh cho các thôn chưa có loa"),
    ], "intruders": ["Giàng A Sử", "Hầu A Chứ", "TT Đảng ủy, TT HĐND xã", "Lưu: VT", "UBND HUYỆN SÌN PAO"]},
]

# questions written but left out of the final set (kept the set near 100 lines)
DROP_PREFIX = [
    "Năm 2025 tỷ lệ trẻ dưới 1 tuổi", "Huyện có bao nhiêu nhân viên y tế thôn", "Chỉ thị giao cơ quan nào làm thường trực",
    "Đội nào không đạt giải", "Các xã gửi danh sách đội thi", "Ai lo chuẩn bị tài liệu", "Lớp 1 dành cho viên chức",
    "Bảng B của cuộc thi dành cho ai", "Thành viên Ban Giám khảo", "Mỗi tập thể, cá nhân", "Học sinh lớp 2 được tiêm",
    "Đoàn thanh niên xã Pù Lình giúp", "Quý I xã Pù Lình tiêm bù", "Phần thi kỹ năng số của hội thi NCT",
    "Lễ tổng kết, trao giải cuộc thi dự kiến",
]


def main():
    kept = [d for d in Q if not any(d["question"].startswith(p) for p in DROP_PREFIX)]
    assert len(Q) - len(kept) == len(DROP_PREFIX), (len(Q), len(kept))
    for i, d in enumerate(kept, 1):
        d["id"] = "rn%03d" % i
    Q[:] = kept
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for d in Q:
            f.write(unicodedata.normalize("NFC", json.dumps(d, ensure_ascii=False)) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for d in WW:
            f.write(unicodedata.normalize("NFC", json.dumps(d, ensure_ascii=False)) + "\n")
    print(len(Q), "questions,", len(WW), "who-what lines")


if __name__ == "__main__":
    main()
