import json
F={1:"v01_tb215_tu_ha_linh_ket_luan_khcn_cds.txt",2:"v02_kh112_ubnd_huyen_yen_thach_cds.md",3:"v03_cv635_sgddt_stem_ky_nang_so.txt",4:"v04_qd1186_ubnd_tinh_quy_che_ho_tro_dmst.txt",5:"v05_bc34_du_xa_khau_vai_so_ket_6_thang.txt"}
def A(n,r,d,q): return {"name":n,"role":r,"deadline":d,"task_quote":q}
W=[]
q1="Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo Hà Lĩnh và Đài Phát thanh - Truyền hình tỉnh mở chuyên mục"
q2="Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Tài chính tham mưu Ủy ban nhân dân tỉnh ban hành Quy chế hỗ trợ doanh nghiệp"
W.append({"id":"wv01","directive":"TB 215-TB/TU","source":F[1],"actors":[
 A("Ban cán sự đảng Ủy ban nhân dân tỉnh",None,"trước ngày 31/3/2025","Giao Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện Thông báo kết luận này"),
 A("Ban Tuyên giáo và Dân vận Tỉnh ủy","chủ trì","trong quý II/2025",q1),
 A("Báo Hà Lĩnh","phối hợp","trong quý II/2025",q1),
 A("Đài Phát thanh - Truyền hình tỉnh","phối hợp","trong quý II/2025",q1),
 A("Sở Khoa học và Công nghệ","chủ trì","trước ngày 30/4/2025",q2),
 A("Sở Tài chính","phối hợp","trước ngày 30/4/2025",q2),
 A("Sở Giáo dục và Đào tạo",None,"trước năm 2027","Sở Giáo dục và Đào tạo chỉ đạo các cơ sở giáo dục đẩy mạnh giáo dục STEM và kỹ năng số cho học sinh"),
 A("Ban Tổ chức Tỉnh ủy","chủ trì","trước ngày 30/6/2025","Ban Tổ chức Tỉnh ủy chủ trì rà soát, đánh giá chất lượng đội ngũ cán bộ làm công tác chuyển đổi số"),
 A("Đảng đoàn Hội đồng nhân dân tỉnh",None,None,"Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh xem xét, bố trí kinh phí"),
 A("Ủy ban Kiểm tra Tỉnh ủy",None,"trong quý IV/2025","Ủy ban Kiểm tra Tỉnh ủy đưa nội dung thực hiện Nghị quyết số 57-NQ/TW vào chương trình kiểm tra, giám sát năm 2025"),
 A("Các huyện ủy, thành ủy",None,"định kỳ 6 tháng","Các huyện ủy, thành ủy chỉ đạo xây dựng kế hoạch triển khai ở địa phương"),
 A("Văn phòng Tỉnh ủy",None,"tháng 12/2025","Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Thông báo này"),
],"intruders":["Lê Minh Khoa","Trần Quốc Hưng","ĐẢNG CỘNG SẢN VIỆT NAM","Văn phòng Trung ương Đảng","Đảng đoàn MTTQ tỉnh","Ban Bí thư Trung ương (để báo cáo)"]})
r1="Tổ chức hội nghị quán triệt Nghị quyết số 57-NQ/TW và Thông báo số 215-TB/TU cho cán bộ chủ chốt cấp huyện, cấp xã"
r2="Kiện toàn tổ công nghệ số cộng đồng tại 126 thôn, tổ dân phố; tập huấn kỹ năng số cho thành viên"
r3="Phối hợp doanh nghiệp viễn thông lắp đặt trạm BTS xóa 06 thôn lõm sóng"
r4="Xây dựng kế hoạch dạy học STEM, bồi dưỡng kỹ năng số cho giáo viên trung học cơ sở"
r5="Nâng tỷ lệ hồ sơ thủ tục hành chính trực tuyến toàn trình; hướng dẫn người dân sử dụng dịch vụ công"
r6="Tuyên truyền trên Trang thông tin điện tử huyện, mở chuyên mục \"Yên Thạch chuyển đổi số\" trên hệ thống truyền thanh cơ sở"
r7="Rà soát, bố trí cán bộ phụ trách chuyển đổi số tại 15 xã, thị trấn"
r8="Hướng dẫn hợp tác xã, hộ kinh doanh đưa sản phẩm OCOP lên sàn thương mại điện tử"
r9="Tổng hợp kinh phí, hướng dẫn thanh quyết toán các nội dung của Kế hoạch"
r10="Sơ kết 6 tháng, tổng kết năm việc thực hiện Kế hoạch, báo cáo UBND tỉnh qua Sở Khoa học và Công nghệ"
VP="Văn phòng HĐND và UBND huyện"; VH="Phòng Văn hóa, Khoa học và Thông tin"; KT="Phòng Kinh tế và Hạ tầng"
W.append({"id":"wv02","directive":"KH 112/KH-UBND","source":F[2],"actors":[
 A(VP,"chủ trì","Trước ngày 25/4/2025",r1), A("Phòng Nội vụ","phối hợp","Trước ngày 25/4/2025",r1), A("Trung tâm Chính trị huyện","phối hợp","Trước ngày 25/4/2025",r1),
 A(VH,"chủ trì","Trước ngày 30/6/2025",r2), A("UBND các xã, thị trấn","phối hợp","Trước ngày 30/6/2025",r2), A("Huyện đoàn","phối hợp","Trước ngày 30/6/2025",r2),
 A(KT,"chủ trì","Trước ngày 30/9/2025",r3), A("Viettel Yên Thạch","phối hợp","Trước ngày 30/9/2025",r3), A("VNPT Yên Thạch","phối hợp","Trước ngày 30/9/2025",r3),
 A("Phòng Giáo dục và Đào tạo","chủ trì","Trước ngày 15/8/2025",r4), A("Các trường THCS","phối hợp","Trước ngày 15/8/2025",r4), A("Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện","phối hợp","Trước ngày 15/8/2025",r4),
 A(VP,"chủ trì","Thường xuyên; báo cáo hằng quý",r5), A("Bộ phận Một cửa các xã, thị trấn","phối hợp","Thường xuyên; báo cáo hằng quý",r5), A("Bưu điện huyện","phối hợp","Thường xuyên; báo cáo hằng quý",r5),
 A("Trung tâm Văn hóa, Thông tin và Thể thao huyện","chủ trì","Trước ngày 31/5/2025",r6), A(VH,"phối hợp","Trước ngày 31/5/2025",r6),
 A("Phòng Nội vụ","chủ trì","Trước ngày 31/7/2025",r7), A("UBND các xã, thị trấn","phối hợp","Trước ngày 31/7/2025",r7),
 A(KT,"chủ trì","Trước ngày 31/10/2025",r8), A("Hội Liên hiệp Phụ nữ huyện","phối hợp","Trước ngày 31/10/2025",r8), A("Hội Nông dân huyện","phối hợp","Trước ngày 31/10/2025",r8),
 A("Phòng Tài chính - Kế hoạch","chủ trì","Trước ngày 30/4/2025",r9),
 A(VH,"chủ trì","Trước ngày 05/7/2025 và trước ngày 10/12/2025",r10),
 A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện","phối hợp",None,"Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện phối hợp tuyên truyền"),
],"intruders":["Nguyễn Thị Thu Hà","CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM","TT Huyện ủy, TT HĐND huyện","Lưu: VT, VHKHTT","CT, các PCT UBND huyện"]})
W.append({"id":"wv03","directive":"CV 635/SGDĐT-GDTrH","source":F[3],"actors":[
 A("Phòng Giáo dục và Đào tạo",None,None,"Phòng Giáo dục và Đào tạo chỉ đạo các trường trung học cơ sở xây dựng kế hoạch giáo dục STEM"),
 A("Phòng Giáo dục và Đào tạo",None,"trước ngày 15/9/2025","Phòng Giáo dục và Đào tạo tổng hợp kế hoạch của các trường trung học cơ sở trên địa bàn, không gửi riêng từng trường"),
 A("Các trường trung học phổ thông",None,None,"Các trường trung học phổ thông tổ chức tối thiểu 06 bài học STEM mỗi học kỳ đối với mỗi khối lớp"),
 A("Các trường trung học phổ thông",None,"trước ngày 30/10/2025","Các trường trung học phổ thông rà soát phòng học bộ môn Tin học, thiết bị dạy học STEM, báo cáo nhu cầu đầu tư"),
 A("Các trường trung học phổ thông",None,"trước ngày 18/9/2025","Mỗi trường trung học phổ thông cử 01 phó hiệu trưởng và 02 giáo viên cốt cán"),
 A("Phòng Giáo dục và Đào tạo",None,"trước ngày 18/9/2025","mỗi Phòng Giáo dục và Đào tạo cử 01 chuyên viên phụ trách cấp trung học cơ sở"),
],"intruders":["Phạm Văn Quang","Đỗ Thị Mai Lan","Cổng TTĐT Sở","Lưu: VT, GDTrH","UBND tỉnh (để báo cáo)","CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]})
d4="Chủ trì, phối hợp với Sở Tài chính lập dự toán kinh phí hỗ trợ hằng năm"
W.append({"id":"wv04","directive":"QĐ 1186/QĐ-UBND","source":F[4],"actors":[
 A("Sở Khoa học và Công nghệ","chủ trì","trước ngày 30/6/2025","Là cơ quan thường trực, chủ trì tiếp nhận, thẩm định hồ sơ; tham mưu UBND tỉnh thành lập Hội đồng tư vấn cấp tỉnh"),
 A("Sở Khoa học và Công nghệ","chủ trì","trước ngày 15/7 hằng năm",d4),
 A("Sở Tài chính","phối hợp","trước ngày 15/7 hằng năm",d4),
 A("Sở Tài chính","chủ trì",None,"Chủ trì thẩm định dự toán, tham mưu UBND tỉnh bố trí kinh phí thực hiện Quy chế"),
 A("Sở Công Thương","phối hợp",None,"Sở Công Thương phối hợp với Sở Khoa học và Công nghệ giới thiệu doanh nghiệp có sản phẩm tiềm năng"),
 A("Sở Nông nghiệp và Môi trường",None,None,"Sở Nông nghiệp và Môi trường hướng dẫn hợp tác xã nông nghiệp ứng dụng truy xuất nguồn gốc điện tử"),
 A("Trung tâm Phục vụ hành chính công tỉnh",None,"trong ngày làm việc","Trung tâm Phục vụ hành chính công tỉnh tiếp nhận hồ sơ, chuyển Sở Khoa học và Công nghệ trong ngày làm việc"),
 A("UBND các huyện, thành phố",None,None,"UBND các huyện, thành phố tuyên truyền, phổ biến Quy chế đến doanh nghiệp, hợp tác xã trên địa bàn"),
],"intruders":["Vũ Đình Toàn","Bộ Khoa học và Công nghệ (b/c)","Báo Hà Lĩnh","Lưu: VT, KGVX","Chủ tịch, các PCT UBND tỉnh"]})
b1="Đảng ủy xã lãnh đạo UBND xã phối hợp với VNPT Yên Thạch khảo sát, đề xuất vị trí đặt trạm BTS tại thôn Cốc Chủ"
b3="Đoàn Thanh niên xã chủ trì, phối hợp với Trường THCS Khau Vài tổ chức lớp \"Bình dân học vụ số\""
b5="Hội Liên hiệp Phụ nữ xã phối hợp với Hợp tác xã chè Khau Vài đưa thêm ít nhất 05 sản phẩm lên sàn thương mại điện tử"
W.append({"id":"wv05","directive":"BC 34-BC/ĐU","source":F[5],"actors":[
 A("UBND xã",None,"trước ngày 30/9/2025",b1), A("VNPT Yên Thạch","phối hợp","trước ngày 30/9/2025",b1),
 A("UBND xã",None,"vào cuối năm 2025","UBND xã chỉ đạo bộ phận Một cửa và tổ công nghệ số cộng đồng hỗ trợ người dân nộp hồ sơ trực tuyến"),
 A("Đoàn Thanh niên xã","chủ trì","trong tháng 9/2025",b3), A("Trường THCS Khau Vài","phối hợp","trong tháng 9/2025",b3),
 A("Công an xã",None,"trước ngày 31/10/2025","Công an xã đẩy mạnh cấp tài khoản định danh điện tử mức 2, phấn đấu đạt 80%"),
 A("Hội Liên hiệp Phụ nữ xã",None,"trong quý IV/2025",b5), A("Hợp tác xã chè Khau Vài","phối hợp","trong quý IV/2025",b5),
 A("UBND huyện",None,None,"Đề nghị UBND huyện hỗ trợ 15 máy tính bảng cho Trường Tiểu học Nà Phầy"),
],"intruders":["Hoàng Văn Sình","ĐẢNG CỘNG SẢN VIỆT NAM","Các chi bộ trực thuộc","Lưu VP Đảng ủy","Các đồng chí Đảng ủy viên"]})
with open("/work/main/eval/blind11/who_what.jsonl","w",encoding="utf-8") as f:
    for w in W: f.write(json.dumps(w,ensure_ascii=False)+"\n")
