#!/usr/bin/env python3
"""Builds corpus/o03 (hard-wrapped at ~68 characters) from text held here.
Header/tail lines are kept as they are; body paragraphs are wrapped."""
import os
import textwrap

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "o03_cv214_mttq_lam_son_ha_binh_dan_hoc_vu_so.txt")

HEAD = """ỦY BAN MẶT TRẬN TỔ QUỐC VIỆT NAM
TỈNH LAM SƠN HẠ
BAN THƯỜNG TRỰC

Số: 214/MTTQ-BTT
V/v hưởng ứng phong trào "Bình dân học vụ số"
trong các tổ chức thành viên

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Lam Giang, ngày 02 tháng 3 năm 2026

Kính gửi:
- Hội Liên hiệp Phụ nữ tỉnh;
- Hội Nông dân tỉnh;
- Hội Cựu chiến binh tỉnh;
- Liên đoàn Lao động tỉnh;
- Tỉnh đoàn Lam Sơn Hạ;
- Hội Người cao tuổi tỉnh;
- Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố.
"""

BODY = [
    "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Kế hoạch số 95/KH-UBND ngày 20/01/2026 của Ủy ban nhân dân tỉnh về triển khai phong trào \"Bình dân học vụ số\" trên địa bàn tỉnh năm 2026 và Chương trình phối hợp số 03/CTPH-MTTQ-UBND ngày 12/01/2026 giữa Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh và Ủy ban nhân dân tỉnh về vận động Nhân dân tham gia chuyển đổi số giai đoạn 2026 - 2030;",
    "Qua nắm tình hình, đến cuối năm 2025 toàn tỉnh mới có khoảng 46% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản; ở các huyện vùng cao như Nậm Ty, Pá Hốc, tỷ lệ này chỉ khoảng 28%. Nhiều người cao tuổi, phụ nữ dân tộc thiểu số chưa biết sử dụng dịch vụ công trực tuyến, dễ bị lừa đảo qua điện thoại và mạng xã hội. Trong năm 2025, Công an tỉnh đã tiếp nhận 318 vụ việc lừa đảo qua mạng, với số tiền bị chiếm đoạt trên 21 tỷ đồng.",
    "Để phát huy vai trò của Mặt trận và các tổ chức thành viên trong phong trào, Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đề nghị các tổ chức thành viên và Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố thực hiện tốt một số nội dung sau:",
    "a) Tuyên truyền sâu rộng về phong trào \"Bình dân học vụ số\" đến đoàn viên, hội viên và Nhân dân. Mỗi tổ chức thành viên cấp tỉnh đăng tải ít nhất 02 tin, bài mỗi tháng trên trang thông tin điện tử hoặc trang mạng xã hội chính thức của tổ chức mình; lồng ghép nội dung kỹ năng số vào sinh hoạt chi hội, tổ hội định kỳ.",
    "b) Hội Liên hiệp Phụ nữ tỉnh chủ trì xây dựng mô hình \"Phụ nữ an toàn trên không gian mạng\", mỗi huyện, thị xã, thành phố có ít nhất 01 mô hình trong năm 2026; Hội Người cao tuổi tỉnh phối hợp lựa chọn hội viên cao tuổi tham gia mô hình và làm tuyên truyền viên tại khu dân cư.",
    "c) Tỉnh đoàn Lam Sơn Hạ phát động phong trào \"Con cháu dạy ông bà dùng điện thoại thông minh\" trong đoàn viên, thanh niên và học sinh; phấn đấu mỗi chi đoàn thôn, bản, tổ dân phố hỗ trợ ít nhất 10 người cao tuổi cài đặt và sử dụng ứng dụng định danh điện tử, thanh toán điện tử.",
    "d) Hội Nông dân tỉnh hướng dẫn hội viên đưa nông sản lên sàn thương mại điện tử và bán hàng trực tuyến, phấn đấu trong năm 2026 có thêm 1.500 hộ nông dân có gian hàng trực tuyến; Hội Cựu chiến binh tỉnh và Liên đoàn Lao động tỉnh vận động hội viên, đoàn viên công đoàn tham gia các lớp học kỹ năng số tại cơ sở.",
    "e) Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố chỉ đạo Ban Công tác Mặt trận ở khu dân cư đưa nội dung hướng dẫn kỹ năng số vào Ngày hội Đại đoàn kết toàn dân tộc năm 2026; phối hợp với Ban Chỉ đạo phổ cập kỹ năng số cùng cấp để theo dõi, tổng hợp kết quả; biểu dương kịp thời những gương người tốt, việc tốt trong phong trào.",
    "Các tổ chức thành viên và Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố xây dựng kế hoạch hưởng ứng, gửi về Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh (qua Ban Phong trào) trước ngày 20/3/2026; báo cáo kết quả 6 tháng trước ngày 15/6/2026 và báo cáo kết quả năm trước ngày 15/11/2026. Báo cáo gửi bằng văn bản và bản điện tử.",
    "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh sẽ tổ chức Hội nghị sơ kết phong trào trong các tổ chức thành viên vào tháng 7/2026; thời gian, địa điểm cụ thể sẽ thông báo sau.",
    "Thông tin chi tiết xin liên hệ: đồng chí Bế Thị Thu Hằng, Phó Trưởng Ban Phong trào, Ủy ban MTTQ Việt Nam tỉnh; điện thoại 0912.406.835; thư điện tử banphongtrao.mttq@lamsonha.gov.vn.",
    "Ban Thường trực Ủy ban MTTQ Việt Nam tỉnh đề nghị các tổ chức thành viên và Ủy ban MTTQ Việt Nam các huyện, thị xã, thành phố quan tâm, triển khai thực hiện./.",
]

TAIL = """
Nơi nhận:
- Như Kính gửi;
- Thường trực Tỉnh ủy (b/c);
- Ban Dân vận Tỉnh ủy (b/c);
- UBND tỉnh (p/h);
- Sở Khoa học và Công nghệ (p/h);
- Các Phó Chủ tịch UBMTTQ tỉnh;
- Lưu: VT, BPT.

TM. BAN THƯỜNG TRỰC
PHÓ CHỦ TỊCH

Lục Văn Thành
"""


def main():
    parts = [HEAD]
    for p in BODY:
        parts.append(textwrap.fill(p, width=68, break_long_words=False,
                                   break_on_hyphens=False))
        parts.append("")
    text = "\n".join(parts) + TAIL
    with open(OUT, "w", encoding="utf-8") as fh:
        fh.write(text)
    print("wrote", OUT, len(text.split()), "tokens")


if __name__ == "__main__":
    main()
