# -*- coding: utf-8 -*-
"""Build the 5 corpus files of eval set blind74 (all text invented)."""
import os, textwrap, unicodedata
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from fpdf import FPDF
from docx.oxml import OxmlElement
from docx.oxml.ns import qn

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
os.makedirs(CORPUS, exist_ok=True)
N = lambda s: unicodedata.normalize("NFC", s)

# ---------------------------------------------------------------- ry01 (docx)
RY01 = r"""
C|UBND TỈNH PHÙ SA THƯỢNG
C|SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
C|Số: 61/KH-SVHTTDL
C|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
C|Độc lập - Tự do - Hạnh phúc
R|Phù Sa, ngày 12 tháng 3 năm 2026
C|KẾ HOẠCH
C|Tổ chức Ngày Sách và Văn hóa đọc Việt Nam lần thứ V năm 2026 trên địa bàn tỉnh Phù Sa Thượng
P|Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
P|Căn cứ Kế hoạch số 204/KH-UBND ngày 20/01/2026 của UBND tỉnh Phù Sa Thượng về phát triển văn hóa đọc và thư viện số giai đoạn 2026 - 2030;
P|Căn cứ Báo cáo số 47/BC-TV ngày 08/01/2026 của Thư viện tỉnh về kết quả hoạt động thư viện năm 2025;
P|Sở Văn hóa, Thể thao và Du lịch xây dựng Kế hoạch tổ chức Ngày Sách và Văn hóa đọc Việt Nam lần thứ V (21/4/2026) trên địa bàn tỉnh như sau:
H|I. MỤC ĐÍCH, YÊU CẦU
N|Khơi dậy niềm say mê đọc sách trong cộng đồng, nhất là thanh thiếu niên, học sinh; xây dựng thói quen đọc sách 20 phút mỗi ngày trong gia đình và nhà trường.
N|Giới thiệu, quảng bá sách và tài liệu địa chí về tỉnh Phù Sa Thượng; đẩy mạnh khai thác Thư viện số tỉnh, gắn phát triển văn hóa đọc với chuyển đổi số.
N|Các hoạt động phải thiết thực, tiết kiệm, an toàn; huy động sự tham gia của nhà xuất bản, doanh nghiệp phát hành sách, nhà trường và các tổ chức xã hội.
H|II. CHỈ TIÊU
B|Thu hút ít nhất 25.000 lượt người tham gia các hoạt động hưởng ứng trên toàn tỉnh.
B|100% trường tiểu học, trung học cơ sở tổ chức Ngày hội đọc sách trong tuần từ 20/4 đến 25/4/2026.
B|Luân chuyển tối thiểu 12.000 bản sách từ Thư viện tỉnh về thư viện cấp huyện, thư viện trường học và tủ sách cộng đồng.
B|Bổ sung ít nhất 1.500 tài liệu số vào Thư viện số tỉnh, trong đó có 500 tài liệu địa chí.
H|III. THỜI GIAN, ĐỊA ĐIỂM
P|Thời gian cao điểm từ ngày 15/4/2026 đến ngày 30/4/2026. Hoạt động trung tâm của tỉnh khai mạc lúc 8 giờ 00 ngày 18/4/2026 tại Quảng trường Bách Tùng, thành phố Phù Sa; Hội sách tỉnh diễn ra tại Nhà Văn hóa Thanh niên tỉnh, số 9 đường Tô Hiệu, thành phố Phù Sa.
H|IV. CHƯƠNG TRÌNH HOẠT ĐỘNG TRUNG TÂM
T|Thời gian|Hoạt động|Địa điểm|Đơn vị thực hiện
T|7 giờ 30 - 8 giờ 00, ngày 18/4/2026|Đón đại biểu, tham quan không gian trưng bày "Sách quý Phù Sa Thượng"|Quảng trường Bách Tùng|Thư viện tỉnh
T|8 giờ 00 - 9 giờ 30, ngày 18/4/2026|Lễ khai mạc; trao giải Cuộc thi "Đại sứ Văn hóa đọc" năm 2026|Quảng trường Bách Tùng|Sở Văn hóa, Thể thao và Du lịch; Sở Giáo dục và Đào tạo
T|9 giờ 30 - 11 giờ 00, ngày 18/4/2026|Giao lưu "Đọc trong kỷ nguyên số" với nhà văn Triệu Lam Phương và các đại sứ văn hóa đọc|Sân khấu chính, Quảng trường Bách Tùng|Thư viện tỉnh; Tỉnh đoàn
T|Từ 14 giờ 00 ngày 18/4 đến 17 giờ 00 ngày 20/4/2026|Hội sách "Phù Sa đọc" với 42 gian hàng, giảm giá từ 20% đến 40%|Nhà Văn hóa Thanh niên tỉnh|Nhà xuất bản Phù Sa Thượng
T|8 giờ 00 ngày 19/4/2026|Ra mắt Thư viện số tỉnh phiên bản 2.0 và ứng dụng đọc sách trên điện thoại "Đọc Phù Sa"|Hội trường Thư viện tỉnh, số 27 đường Tô Hiệu|Thư viện tỉnh; Sở Khoa học và Công nghệ
T|Ngày 21/4/2026|Ngày hội đọc sách trong trường học, 20 phút đọc sách đầu giờ|Các trường tiểu học, trung học cơ sở|Sở Giáo dục và Đào tạo
T|Từ ngày 22/4 đến 25/4/2026|Xe thư viện lưu động phục vụ 16 điểm trường vùng cao|Huyện Mường Ón và huyện Lũng Quang|Thư viện tỉnh; Hội khuyến học tỉnh
H|V. NHIỆM VỤ CỤ THỂ
T|TT|Nội dung|Đơn vị chủ trì|Đơn vị phối hợp|Thời gian hoàn thành
T|1|Xây dựng kịch bản, dàn dựng sân khấu Lễ khai mạc|Thư viện tỉnh|Trung tâm Văn hóa - Điện ảnh tỉnh|Trước ngày 10/4/2026
T|2|Tổ chức Hội sách "Phù Sa đọc", mời các đơn vị phát hành sách tham gia|Nhà xuất bản Phù Sa Thượng|Công ty Cổ phần Sách - Thiết bị trường học tỉnh|Trước ngày 15/4/2026
T|3|Bổ sung tài liệu số, tài liệu địa chí vào Thư viện số tỉnh|Thư viện tỉnh|Sở Khoa học và Công nghệ; Phòng Văn hóa - Thông tin các huyện|Trước ngày 30/6/2026
T|4|Tổ chức Ngày hội đọc sách và 20 phút đọc sách đầu giờ|Sở Giáo dục và Đào tạo|Hội khuyến học tỉnh|Ngày 21/4/2026
T|5|Tuyên truyền trên báo chí, cổng thông tin điện tử và mạng xã hội|Báo và Phát thanh, Truyền hình Phù Sa Thượng|Các cơ quan thông tin cơ sở|Từ ngày 01/4 đến 30/4/2026
H|VI. KINH PHÍ
P|Tổng kinh phí tổ chức các hoạt động trung tâm cấp tỉnh là 385.000.000 đồng (Ba trăm tám mươi lăm triệu đồng), từ nguồn sự nghiệp văn hóa năm 2026 giao cho Sở Văn hóa, Thể thao và Du lịch; ngoài ra huy động xã hội hóa khoảng 120.000.000 đồng để mua sách tặng thư viện trường học vùng cao. Các địa phương, đơn vị tự bảo đảm kinh phí cho hoạt động do mình tổ chức.
H|VII. TỔ CHỨC THỰC HIỆN
N|Thư viện tỉnh là cơ quan thường trực, tham mưu tổ chức các hoạt động trung tâm; tổng hợp kết quả, báo cáo Sở trước ngày 05/5/2026. Đầu mối liên hệ: bà Lò Thị Hiền, Phó Giám đốc Thư viện tỉnh, điện thoại 0215.3862.417, thư điện tử hienlt.tv@phusathuong.gov.vn.
N|Sở Giáo dục và Đào tạo chỉ đạo các trường tiểu học, trung học cơ sở tổ chức Ngày hội đọc sách, duy trì tủ sách lớp học; phối hợp trao giải Cuộc thi "Đại sứ Văn hóa đọc" theo Quyết định số 318/QĐ-SGDĐT ngày 02/3/2026.
N|Sở Khoa học và Công nghệ hỗ trợ hạ tầng, bảo đảm an toàn thông tin cho Thư viện số tỉnh phiên bản 2.0 và ứng dụng "Đọc Phù Sa".
N|Đề nghị Hội khuyến học tỉnh và Tỉnh đoàn vận động hội viên, đoàn viên tham gia quyên góp sách, tình nguyện hỗ trợ xe thư viện lưu động về vùng cao.
N|Nhà xuất bản Phù Sa Thượng có trách nhiệm giới thiệu ít nhất 30 đầu sách mới về địa phương, dành 5% doanh thu Hội sách để tặng sách cho thư viện trường học.
N|Giao Phòng Văn hóa - Thông tin các huyện, thị xã, thành phố chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao cùng cấp tổ chức ít nhất 01 hoạt động hưởng ứng tại địa phương; gửi báo cáo về Thư viện tỉnh trước ngày 03/5/2026.
N|Báo và Phát thanh, Truyền hình Phù Sa Thượng mở chuyên mục "Mỗi tuần một cuốn sách" trong tháng 4/2026.
P|Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Sở Văn hóa, Thể thao và Du lịch (qua Phòng Quản lý Văn hóa) để kịp thời giải quyết./.
R|KT. GIÁM ĐỐC
R|PHÓ GIÁM ĐỐC
R|(Đã ký)
R|Hoàng Minh Quyên
P|Nơi nhận:
P|- Bộ Văn hóa, Thể thao và Du lịch (b/c);
P|- UBND tỉnh (b/c);
P|- Ban Tuyên giáo và Dân vận Tỉnh ủy;
P|- Các sở, ban, ngành liên quan;
P|- UBND các huyện, thị xã, thành phố;
P|- Lưu: VT, QLVH.
"""

# ---------------------------------------------------------------- ry02 (pdf)
RY02 = r"""
UBND TỈNH PHÙ SA THƯỢNG
SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 318/QĐ-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Phù Sa, ngày 02 tháng 3 năm 2026
##QUYẾT ĐỊNH
##Ban hành Thể lệ Cuộc thi "Đại sứ Văn hóa đọc" tỉnh Phù Sa Thượng năm 2026
##GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH PHÙ SA THƯỢNG
Căn cứ Quyết định số 26/2025/QĐ-UBND ngày 14/7/2025 của UBND tỉnh quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Giáo dục và Đào tạo;
Căn cứ Kế hoạch số 204/KH-UBND ngày 20/01/2026 của UBND tỉnh về phát triển văn hóa đọc và thư viện số giai đoạn 2026 - 2030;
Theo đề nghị của Trưởng phòng Giáo dục Trung học.
##QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Thể lệ Cuộc thi "Đại sứ Văn hóa đọc" tỉnh Phù Sa Thượng năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Giao Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Giáo dục Tiểu học và Thư viện tỉnh tổ chức Cuộc thi theo Thể lệ ban hành kèm theo.
Điều 3. Chánh Văn phòng Sở, Trưởng các phòng thuộc Sở, Trưởng phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố, Hiệu trưởng các trường trung học phổ thông trực thuộc và Giám đốc các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên chịu trách nhiệm thi hành Quyết định này./.
Nơi nhận:
- Như Điều 3;
- UBND tỉnh (b/c);
- Sở Văn hóa, Thể thao và Du lịch (phối hợp);
- Tỉnh đoàn;
- Lưu: VT, GDTrH.
GIÁM ĐỐC
(Đã ký)
Đinh Văn Thạc
@@PAGE
##THỂ LỆ
##Cuộc thi "Đại sứ Văn hóa đọc" tỉnh Phù Sa Thượng năm 2026
(Ban hành kèm theo Quyết định số 318/QĐ-SGDĐT ngày 02/3/2026 của Sở Giáo dục và Đào tạo)
##Điều 1. Mục đích
Cuộc thi nhằm tìm kiếm, tôn vinh những học sinh có niềm đam mê đọc sách, có khả năng truyền cảm hứng đọc cho bạn bè và cộng đồng; góp phần xây dựng môi trường văn hóa đọc trong trường học gắn với chuyển đổi số.
##Điều 2. Đối tượng và bảng thi
1. Đối tượng: học sinh đang học tại các cơ sở giáo dục phổ thông, trung tâm GDNN-GDTX trên địa bàn tỉnh Phù Sa Thượng.
2. Cuộc thi chia thành 03 bảng:
a) Bảng A: học sinh tiểu học từ lớp 3 đến lớp 5 (từ 8 đến 11 tuổi);
b) Bảng B: học sinh trung học cơ sở (từ 11 đến 15 tuổi);
c) Bảng C: học sinh trung học phổ thông và học viên giáo dục thường xuyên (từ 15 đến 18 tuổi).
3. Mỗi thí sinh chỉ dự thi ở một bảng và nộp 01 sản phẩm.
##Điều 3. Hình thức và yêu cầu sản phẩm dự thi
1. Thí sinh giới thiệu một cuốn sách mình yêu thích bằng một trong hai hình thức: bài viết cảm nhận dài từ 800 đến 1.500 chữ; hoặc video thuyết trình dài không quá 5 phút, định dạng MP4, dung lượng không quá 500 MB.
2. Sản phẩm phải do chính thí sinh thực hiện, chưa từng đoạt giải ở cuộc thi khác; video có thể sử dụng nhạc nền, hình ảnh minh họa nhưng phải ghi rõ nguồn.
3. Khuyến khích giới thiệu sách về lịch sử, văn hóa, con người Phù Sa Thượng, sách khoa học phổ thông và sách về chuyển đổi số.
##Điều 4. Các vòng thi
1. Vòng cấp trường: các trường tự tổ chức, chọn tối đa 03 sản phẩm mỗi bảng gửi về Ban tổ chức trước 17 giờ 00 ngày 20/3/2026.
2. Vòng sơ khảo cấp tỉnh: từ ngày 23/3 đến ngày 31/3/2026, Ban Giám khảo chấm trực tuyến trên hệ thống daisuvanhoadoc.phusathuong.edu.vn, chọn 10 thí sinh mỗi bảng vào vòng chung khảo. Danh sách thí sinh vào vòng chung khảo công bố ngày 02/4/2026.
3. Vòng chung khảo: thí sinh thuyết trình trực tiếp trong 7 phút và trả lời câu hỏi của Ban Giám khảo trong 3 phút; vòng chung khảo diễn ra ngày 11/4/2026 tại Trường THPT chuyên Phù Sa Thượng, số 88 đường Ỷ Lan, thành phố Phù Sa.
##Điều 5. Tiêu chí chấm điểm (thang điểm 100)
- Nội dung, mức độ hiểu biết về cuốn sách: 40 điểm;
- Tính sáng tạo trong cách giới thiệu: 25 điểm;
- Kỹ năng trình bày, ngôn ngữ: 25 điểm;
- Sức lan tỏa (lượt tương tác trên trang của Cuộc thi): 10 điểm.
##Điều 6. Cơ cấu giải thưởng
1. Giải cá nhân cho mỗi bảng: 01 giải Nhất, trị giá 3.000.000 đồng; 02 giải Nhì, mỗi giải 2.000.000 đồng; 03 giải Ba, mỗi giải 1.000.000 đồng; 04 giải Khuyến khích, mỗi giải 500.000 đồng.
2. Thí sinh đoạt giải Nhất mỗi bảng được công nhận danh hiệu "Đại sứ Văn hóa đọc tỉnh Phù Sa Thượng năm 2026" và tham gia hoạt động giao lưu tại Lễ khai mạc Ngày Sách và Văn hóa đọc Việt Nam của tỉnh.
3. Giải tập thể: 03 giải dành cho các trường có nhiều sản phẩm chất lượng, mỗi giải 2.000.000 đồng.
4. Kèm theo tiền thưởng, thí sinh đoạt giải được tặng Giấy khen của Giám đốc Sở Giáo dục và Đào tạo và sách do Nhà xuất bản Phù Sa Thượng tài trợ.
5. Tổng giá trị giải thưởng là 42.000.000 đồng, chi từ nguồn kinh phí sự nghiệp giáo dục năm 2026 của Sở Giáo dục và Đào tạo.
##Điều 7. Hồ sơ và cách thức nộp sản phẩm
1. Nhà trường gửi sản phẩm qua hệ thống trực tuyến của Cuộc thi, kèm Phiếu đăng ký dự thi (Mẫu 01) có xác nhận của Hiệu trưởng.
2. Sản phẩm bảng A, bảng B do Phòng Giáo dục và Đào tạo cấp huyện tổng hợp, gửi chung một lần; sản phẩm bảng C do trường trung học phổ thông, trung tâm GDNN-GDTX gửi trực tiếp.
3. Liên hệ: ông Quách Minh Tuệ, chuyên viên Phòng Giáo dục Trung học, Sở Giáo dục và Đào tạo; điện thoại 0912.448.036; thư điện tử tueqm@phusathuong.edu.vn.
##Điều 8. Trách nhiệm của các đơn vị
1. Phòng Giáo dục Trung học là đầu mối tổ chức Cuộc thi, tham mưu thành lập Ban Giám khảo gồm 09 thành viên, hoàn thành trước ngày 15/3/2026.
2. Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố có trách nhiệm phổ biến Thể lệ đến 100% trường tiểu học, trung học cơ sở; tổng hợp sản phẩm bảng A và bảng B.
3. Thư viện tỉnh phối hợp giới thiệu danh mục 100 cuốn sách gợi ý trên Thư viện số tỉnh và cử 02 thành viên tham gia Ban Giám khảo.
4. Đề nghị Tỉnh đoàn chỉ đạo các cơ sở Đoàn, Đội trong trường học truyền thông về Cuộc thi trên các nền tảng số, hỗ trợ đánh giá tiêu chí sức lan tỏa.
5. Nhà xuất bản Phù Sa Thượng tài trợ sách cho thí sinh đoạt giải theo thỏa thuận với Sở Giáo dục và Đào tạo.
##Điều 9. Điều khoản thi hành
Ban tổ chức có quyền sử dụng sản phẩm đoạt giải để tuyên truyền mà không phải trả nhuận bút. Mọi khiếu nại gửi Ban tổ chức trong vòng 03 ngày kể từ ngày công bố kết quả. Trong quá trình tổ chức, Ban tổ chức có thể điều chỉnh Thể lệ và thông báo công khai trên hệ thống trực tuyến của Cuộc thi.
"""

# ---------------------------------------------------------------- ry03 (txt, hard-wrapped)
RY03_HEAD = """UBND HUYỆN ĐỒNG LIỄU                   CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                           Độc lập - Tự do - Hạnh phúc
Số: 287/UBND-VHTT
V/v số hóa tài liệu địa chí, tài liệu     Đồng Liễu, ngày 25 tháng 3 năm 2026
lưu trữ trên địa bàn huyện

Kính gửi:
    - Phòng Văn hóa - Thông tin huyện;
    - Phòng Nội vụ huyện;
    - Phòng Giáo dục và Đào tạo huyện;
    - Phòng Tài chính - Kế hoạch huyện;
    - Trung tâm Văn hóa, Thông tin và Thể thao huyện;
    - UBND các xã, thị trấn.
"""
RY03_BODY = """Thực hiện Kế hoạch số 61/KH-SVHTTDL ngày 12/3/2026 của Sở Văn hóa, Thể thao và Du lịch tỉnh Phù Sa Thượng về tổ chức Ngày Sách và Văn hóa đọc Việt Nam lần thứ V năm 2026 và Kế hoạch số 35/KH-UBND ngày 18/02/2026 của UBND huyện về chuyển đổi số năm 2026; nhằm bảo tồn, phát huy giá trị tài liệu địa chí, tài liệu lưu trữ của huyện Đồng Liễu, UBND huyện yêu cầu các cơ quan, đơn vị thực hiện một số nội dung sau:
Hiện nay Thư viện huyện đang quản lý 1.846 tài liệu địa chí (sách, báo, ảnh, bản đồ, băng đĩa), trong đó mới số hóa 312 tài liệu, chiếm 16,9%. Kho lưu trữ lịch sử của huyện đang lưu giữ 2.950 hồ sơ có giá trị bảo quản vĩnh viễn giai đoạn 1991 - 2015, chưa có hồ sơ nào số hóa. Nhiều tư liệu quý như gia phả, sắc phong, ảnh tư liệu trong nhân dân có nguy cơ hư hỏng do ẩm mốc, mối mọt.
1. Phòng Văn hóa - Thông tin huyện chủ trì, phối hợp với Trung tâm Văn hóa, Thông tin và Thể thao huyện rà soát, phân loại 1.534 tài liệu địa chí chưa số hóa; hoàn thành số hóa tối thiểu 800 tài liệu trước ngày 30/6/2026 và toàn bộ số tài liệu còn lại trước ngày 15/11/2026; cập nhật dữ liệu lên Thư viện số tỉnh theo hướng dẫn nghiệp vụ của Thư viện tỉnh.
2. Phòng Nội vụ huyện có trách nhiệm hướng dẫn nghiệp vụ, giám sát việc số hóa 2.950 hồ sơ lưu trữ vĩnh viễn; ưu tiên 620 hồ sơ về địa giới hành chính, đất đai và thi đua, khen thưởng trong năm 2026; định kỳ hằng quý báo cáo tiến độ về UBND huyện (qua Văn phòng HĐND và UBND huyện).
3. Phòng Giáo dục và Đào tạo huyện chỉ đạo 14 trường trung học cơ sở xây dựng tủ sách điện tử, mỗi trường có ít nhất 200 đầu sách số; 27 trường mầm non, tiểu học số hóa kỷ yếu, tư liệu truyền thống nhà trường; hoàn thành trước ngày 31/8/2026.
4. UBND các xã, thị trấn kiểm kê tư liệu địa phương (gia phả, sắc phong, văn bia, ảnh tư liệu, bài hát dân ca), lập danh mục gửi Phòng Văn hóa - Thông tin huyện trước ngày 15/5/2026; mỗi xã, thị trấn cử 01 công chức văn hóa - xã hội làm đầu mối.
5. Trung tâm Văn hóa, Thông tin và Thể thao huyện bố trí phòng số hóa tại tầng 1 Thư viện huyện, trang bị 01 máy quét khổ A3 và 02 máy tính cấu hình cao; tiếp nhận, bảo quản tư liệu do nhân dân hiến tặng.
6. Phòng Tài chính - Kế hoạch huyện thẩm định, tham mưu UBND huyện bố trí kinh phí trước ngày 20/4/2026.
7. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện tuyên truyền, vận động các dòng họ, nhân dân hiến tặng hoặc cho phép sao chụp tư liệu quý.
Về yêu cầu kỹ thuật: tài liệu giấy quét ở độ phân giải tối thiểu 300 dpi, lưu định dạng PDF/A kèm tệp ảnh gốc; mỗi tài liệu phải có đủ trường dữ liệu mô tả (nhan đề, tác giả, năm, nguồn gốc, tình trạng vật lý). Tài liệu có nội dung thuộc bí mật nhà nước không số hóa qua dịch vụ thuê ngoài. Dữ liệu lưu trên máy chủ của tỉnh và sao lưu ít nhất 02 bản ở hai vị trí khác nhau.
Về kinh phí: tổng kinh phí thực hiện là 236.000.000 đồng từ ngân sách huyện năm 2026 (nguồn chuyển đổi số), trong đó thuê dịch vụ số hóa 148.000.000 đồng; mua thiết bị quét, lưu trữ 88.000.000 đồng.
Đầu mối theo dõi, tổng hợp: bà Mạc Thị Duyên, Phó Trưởng phòng Văn hóa - Thông tin huyện, điện thoại 0978.215.604, thư điện tử duyenmt.dl@phusathuong.gov.vn.
UBND huyện yêu cầu các cơ quan, đơn vị nghiêm túc triển khai thực hiện; trong quá trình thực hiện nếu có khó khăn, vướng mắc, kịp thời báo cáo UBND huyện (qua Phòng Văn hóa - Thông tin) để xem xét, giải quyết./."""
RY03_TAIL = """
Nơi nhận:                                  KT. CHỦ TỊCH
- Như trên;                                PHÓ CHỦ TỊCH
- Sở VH-TT&DL tỉnh (b/c);
- Thư viện tỉnh;                           (Đã ký)
- TT Huyện ủy, TT HĐND huyện (b/c);
- CT, các PCT UBND huyện;                  Nông Văn Thiều
- Lưu: VT, VHTT.
"""

# ---------------------------------------------------------------- ry04 (txt + markdown table)
RY04 = """HỘI KHUYẾN HỌC TỈNH PHÙ SA THƯỢNG
HỘI KHUYẾN HỌC HUYỆN MƯỜNG ÓN
Số: 09/TB-HKH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Mường Ón, ngày 06 tháng 4 năm 2026

THÔNG BÁO
Phát động quyên góp sách "Tủ sách cho em vùng cao" năm 2026

Hưởng ứng Ngày Sách và Văn hóa đọc Việt Nam (21/4) theo Kế hoạch số 61/KH-SVHTTDL ngày 12/3/2026 của Sở Văn hóa, Thể thao và Du lịch tỉnh Phù Sa Thượng, với sự thống nhất của Thường trực Huyện ủy và UBND huyện Mường Ón, Ban Thường vụ Hội khuyến học huyện thông báo phát động quyên góp sách như sau:

1. Mục tiêu
Tiếp nhận ít nhất 15.000 cuốn sách và khoảng 350.000.000 đồng để lập 40 tủ sách tại 40 điểm trường lẻ thuộc 9 xã vùng cao: Khuổi Lạn, Phìn Ngải, Nậm Pha, Sán Chải, Thẩm Luông, Hồng Ngài, Tà Lếch, Lao Chử và Mù Cả. Mỗi tủ sách (gồm giá, tủ và khoảng 350 cuốn sách) trị giá khoảng 8.500.000 đồng.

2. Thời gian
Từ ngày 10/4/2026 đến hết ngày 20/5/2026.

3. Loại sách tiếp nhận
- Sách thiếu nhi, truyện tranh, sách kỹ năng sống, sách khoa học phổ thông.
- Sách giáo khoa, sách tham khảo theo Chương trình giáo dục phổ thông 2018 từ lớp 1 đến lớp 9 còn sử dụng tốt.
- Không tiếp nhận: sách rách, mất trang; sách có nội dung không phù hợp với lứa tuổi học sinh; sách in lậu; báo, tạp chí cũ.

4. Ủng hộ bằng tiền
Cơ quan, doanh nghiệp, cá nhân ủng hộ bằng tiền chuyển khoản vào tài khoản số 8806 2145 7731 tại Agribank Chi nhánh huyện Mường Ón, chủ tài khoản: Hội khuyến học huyện Mường Ón, nội dung ghi "Tu sach cho em - Ho ten nguoi ung ho". Số tiền ủng hộ dùng để mua sách mới, giá và tủ sách; không dùng cho chi phí hành chính.

5. Điểm tiếp nhận sách

| TT | Điểm tiếp nhận | Địa chỉ | Thời gian tiếp nhận | Người liên hệ | Điện thoại |
|----|----------------|---------|---------------------|---------------|------------|
| 1 | Văn phòng Hội khuyến học huyện | Tầng 2, Nhà làm việc khối đoàn thể, số 14 đường Thanh Niên, thị trấn Mường Ón | Thứ Hai - thứ Sáu, 7 giờ 30 - 11 giờ 00 và 13 giờ 30 - 17 giờ 00 | Bà Sầm Thị Nguyệt | 0983.604.219 |
| 2 | Thư viện huyện Mường Ón | Số 21 đường Hoa Ban, thị trấn Mường Ón | Tất cả các ngày, kể cả thứ Bảy, Chủ nhật, 8 giờ 00 - 17 giờ 00 | Anh Lường Văn Pọm | 0868.112.547 |
| 3 | Trường THCS thị trấn Mường Ón | Tổ dân phố 4, thị trấn Mường Ón | Giờ hành chính từ thứ Hai đến thứ Sáu | Cô Nùng Thị Sen | 0915.370.882 |
| 4 | Văn phòng Huyện đoàn | Tầng 1, Nhà làm việc khối đoàn thể, số 14 đường Thanh Niên | 13 giờ 30 - 17 giờ 00, thứ Hai đến thứ Bảy | Anh Lý Seo Chẩn | 0396.552.130 |
| 5 | Thư viện tỉnh (điểm tiếp nhận tại thành phố Phù Sa) | Số 27 đường Tô Hiệu, thành phố Phù Sa | 8 giờ 00 - 17 giờ 00 các ngày trong tuần | Bà Lò Thị Hiền | 0215.3862.417 |

Người ở xa có thể gửi sách qua bưu điện về Văn phòng Hội khuyến học huyện; Bưu điện huyện Mường Ón miễn cước cho bưu gửi sách dưới 10 kg trong thời gian phát động.

6. Phân công thực hiện
a) Các chi hội khuyến học trường học, cơ quan, thôn bản vận động hội viên, giáo viên, học sinh tham gia; tổng hợp sách gửi về Văn phòng Hội trước ngày 20/5/2026.
b) Đề nghị Huyện đoàn phát động phong trào "Mỗi đoàn viên một cuốn sách", huy động đoàn viên tình nguyện phân loại sách vào các ngày thứ Bảy.
c) Thư viện huyện Mường Ón có trách nhiệm phân loại, dán nhãn, lập danh mục sách quyên góp; hoàn thành xử lý nghiệp vụ trước ngày 25/5/2026.
d) Phòng Giáo dục và Đào tạo huyện phối hợp xác định nhu cầu của 40 điểm trường, bố trí vị trí đặt tủ sách và giao giáo viên phụ trách tủ sách.
e) Ban Kiểm tra Hội khuyến học huyện giám sát việc tiếp nhận, công khai danh sách ủng hộ trên trang thông tin điện tử của huyện vào thứ Sáu hằng tuần.

7. Lễ bàn giao tủ sách
Lễ bàn giao 40 tủ sách tổ chức lúc 8 giờ 00 ngày 01/6/2026 tại điểm trường bản Khau Nhòn, xã Khuổi Lạn, kết hợp vui Tết Thiếu nhi cho học sinh.

Ban Thường vụ Hội khuyến học huyện Mường Ón trân trọng kêu gọi các cơ quan, doanh nghiệp, nhà hảo tâm, thầy cô giáo, phụ huynh và các em học sinh chung tay góp sách, để mỗi điểm trường vùng cao có một góc đọc thân thiện.

TM. BAN THƯỜNG VỤ
CHỦ TỊCH
(Đã ký)
Lương Thị Thắm

Nơi nhận:
- Hội khuyến học tỉnh (b/c);
- TT Huyện ủy, UBND huyện (b/c);
- Các chi hội khuyến học;
- Lưu: VP Hội.
"""

# ---------------------------------------------------------------- ry05 (md report)
RY05 = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
THƯ VIỆN TỈNH PHÙ SA THƯỢNG                  Độc lập - Tự do - Hạnh phúc
Số: 47/BC-TV                                 Phù Sa, ngày 08 tháng 01 năm 2026

# BÁO CÁO
## Kết quả hoạt động thư viện năm 2025 và phương hướng, nhiệm vụ năm 2026

Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Phù Sa Thượng.

Thực hiện chế độ báo cáo định kỳ, Thư viện tỉnh báo cáo kết quả hoạt động thư viện năm 2025 và phương hướng, nhiệm vụ năm 2026 như sau:

### I. KẾT QUẢ NĂM 2025

**1. Hoạt động của Thư viện tỉnh**

Năm 2025, Thư viện tỉnh phục vụ 412.560 lượt bạn đọc, tăng 11,2% so với năm 2024, trong đó có 187.940 lượt bạn đọc sử dụng dịch vụ trực tuyến; cấp mới 6.215 thẻ bạn đọc; luân chuyển 118.400 bản sách về thư viện cấp huyện, thư viện trường học và tủ sách cộng đồng. Tổng vốn tài liệu của Thư viện tỉnh đến ngày 31/12/2025 là 356.800 bản.

**2. Thư viện số**

Thư viện số tỉnh hiện có 9.870 tài liệu số, trong đó 2.140 tài liệu địa chí; năm 2025 ghi nhận 186.300 lượt truy cập. Thư viện tỉnh hoàn thành kết nối liên thông dữ liệu với 12 thư viện trường trung học phổ thông, thí điểm mượn trả sách bằng mã QR.

**3. Xe thư viện lưu động**

Xe thư viện lưu động thực hiện 64 chuyến, phục vụ 148 lượt điểm trường với 41.200 lượt học sinh, tập trung ở huyện Mường Ón và huyện Lũng Quang.

**4. Hệ thống thư viện cấp huyện và cơ sở**

| TT | Đơn vị | Thư viện, tủ sách cơ sở | Lượt bạn đọc | Sách luân chuyển (bản) | Tài liệu địa chí số hóa |
|----|--------|------------------------:|-------------:|-----------------------:|------------------------:|
| 1 | Thành phố Phù Sa | 46 | 96.420 | 28.300 | 640 |
| 2 | Thị xã Bến Quế | 31 | 54.870 | 15.600 | 275 |
| 3 | Huyện Đồng Liễu | 38 | 47.150 | 13.900 | 312 |
| 4 | Huyện Tân Sương | 35 | 41.080 | 12.450 | 198 |
| 5 | Huyện Vĩnh Ấm | 29 | 33.760 | 9.800 | 154 |
| 6 | Huyện Mường Ón | 24 | 18.930 | 7.250 | 86 |
| 7 | Huyện Lũng Quang | 19 | 12.640 | 4.300 | 41 |
|   | Tổng cộng | 222 | 304.850 | 91.600 | 1.706 |

Thành phố Phù Sa dẫn đầu về lượt bạn đọc; huyện Lũng Quang có số lượt bạn đọc và số sách luân chuyển thấp nhất tỉnh. Huyện Đồng Liễu có tỷ lệ tài liệu địa chí số hóa cao nhất khu vực miền núi.

### II. HẠN CHẾ, KHÓ KHĂN

- Toàn tỉnh còn 7 xã chưa có tủ sách cộng đồng (huyện Lũng Quang 4 xã, huyện Mường Ón 3 xã).
- Thư viện tỉnh có 34 viên chức, chỉ 6 người thành thạo nghiệp vụ số hóa; chưa có viên chức chuyên ngành công nghệ thông tin.
- Thư viện tỉnh chỉ có 02 máy quét, trong đó 01 máy hư hỏng từ tháng 9/2025; máy chủ Thư viện số đầy 87% dung lượng.
- Kinh phí bổ sung sách năm 2025 đạt 640.000.000 đồng, bằng 71% so với năm 2024.

### III. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

- Mục tiêu năm 2026: phục vụ 450.000 lượt bạn đọc; bổ sung ít nhất 1.500 tài liệu số; luân chuyển 130.000 bản sách.
- Đưa vào vận hành Thư viện số tỉnh phiên bản 2.0 và ứng dụng đọc sách "Đọc Phù Sa" trong tháng 4/2026.
- Tham mưu tổ chức Ngày Sách và Văn hóa đọc Việt Nam lần thứ V; phối hợp tổ chức Cuộc thi "Đại sứ Văn hóa đọc".
- Duy trì xe thư viện lưu động ít nhất 70 chuyến trong năm, ưu tiên các xã chưa có tủ sách cộng đồng.

### IV. KIẾN NGHỊ, ĐỀ XUẤT

1. Đề nghị Sở Văn hóa, Thể thao và Du lịch trình UBND tỉnh bổ sung 1,2 tỷ đồng để mua 02 máy quét sách tự động và nâng cấp máy chủ Thư viện số.
2. Đề nghị Sở Nội vụ xem xét bổ sung 03 chỉ tiêu viên chức công nghệ thông tin cho Thư viện tỉnh.
3. Đề nghị UBND huyện Lũng Quang và UBND huyện Mường Ón bố trí kinh phí lập tủ sách cộng đồng tại 7 xã chưa có tủ sách trước tháng 12/2026.
4. Đề nghị Sở Giáo dục và Đào tạo chỉ đạo thư viện trường học liên thông dữ liệu với Thư viện số tỉnh trong năm học 2026 - 2027.

Trên đây là báo cáo kết quả hoạt động thư viện năm 2025 và phương hướng, nhiệm vụ năm 2026 của Thư viện tỉnh Phù Sa Thượng./.

**Nơi nhận:**
- Như trên;
- UBND tỉnh (b/c);
- Ban Giám đốc Thư viện;
- Lưu: VT, HCTH.

GIÁM ĐỐC
(Đã ký)
Tạ Quang Vịnh
"""


def _restart_numbering(doc, paragraph):
    """Give a List Number paragraph a fresh w:num (same abstractNum) restarting at 1."""
    numbering = doc.part.numbering_part.numbering_definitions._numbering
    style_numid = doc.styles["List Number"]._element.pPr.numPr.numId.val
    abs_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(style_numid):
            abs_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    new_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))) + 1
    num = OxmlElement("w:num"); num.set(qn("w:numId"), str(new_id))
    a = OxmlElement("w:abstractNumId"); a.set(qn("w:val"), abs_id); num.append(a)
    ov = OxmlElement("w:lvlOverride"); ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride"); so.set(qn("w:val"), "1"); ov.append(so); num.append(ov)
    numbering.append(num)
    return new_id


def _set_num(paragraph, num_id):
    pPr = paragraph._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl"); il.set(qn("w:val"), "0"); numPr.append(il)
    ni = OxmlElement("w:numId"); ni.set(qn("w:val"), str(num_id)); numPr.append(ni)
    pPr.append(numPr)


def build_docx(markup, path):
    doc = Document()
    cur_num, prev_tag = None, None
    lines = [l for l in markup.strip("\n").split("\n") if l.strip()]
    i = 0
    while i < len(lines):
        tag, _, text = lines[i].partition("|")
        text = N(text)
        if tag == "T":
            rows = []
            while i < len(lines) and lines[i].startswith("T|"):
                rows.append([N(c) for c in lines[i][2:].split("|")])
                i += 1
            t = doc.add_table(rows=len(rows), cols=len(rows[0]))
            t.style = "Table Grid"
            for r, row in enumerate(rows):
                for c, cell in enumerate(row):
                    t.cell(r, c).text = cell
                    if r == 0:
                        for run in t.cell(r, c).paragraphs[0].runs:
                            run.bold = True
            prev_tag = "T"
            continue
        if tag == "N":
            p = doc.add_paragraph(text, style="List Number")
            if prev_tag != "N":  # each numbered block restarts at 1
                cur_num = _restart_numbering(doc, p)
            _set_num(p, cur_num)
        elif tag == "B":
            doc.add_paragraph(text, style="List Bullet")
        elif tag == "H":
            p = doc.add_paragraph()
            p.add_run(text).bold = True
        else:
            p = doc.add_paragraph()
            run = p.add_run(text)
            if tag == "C":
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER
                run.bold = text.isupper() or text.startswith("Số")
            elif tag == "R":
                p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        prev_tag = tag
        i += 1
    doc.save(path)


def build_pdf(text, path):
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf")
    pdf.add_page()
    for line in text.strip("\n").split("\n"):
        line = N(line)
        if line == "@@PAGE":
            pdf.add_page()
            continue
        if line.startswith("##"):
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, line[2:], align="C", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 5.6, line, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.6)
    pdf.output(path)


def wrap_txt(body, width=74):
    out = []
    for para in body.split("\n"):
        out.append(textwrap.fill(para, width=width, break_on_hyphens=False))
    return "\n".join(out)


def main():
    build_docx(RY01, os.path.join(CORPUS, "ry01_kh_ngaysach.docx"))
    build_pdf(RY02, os.path.join(CORPUS, "ry02_qd_thele_daisu.pdf"))
    ry03 = RY03_HEAD + "\n" + wrap_txt(RY03_BODY) + "\n" + RY03_TAIL
    with open(os.path.join(CORPUS, "ry03_cv_sohoa.txt"), "w", encoding="utf-8") as f:
        f.write(N(ry03))
    with open(os.path.join(CORPUS, "ry04_tb_quyengopsach.txt"), "w", encoding="utf-8") as f:
        f.write(N(RY04))
    with open(os.path.join(CORPUS, "ry05_bc_thuvien.md"), "w", encoding="utf-8") as f:
        f.write(N(RY05))
    print("built", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()
