import json
A="mp01_kh163_ubnd_so_hoa_di_tich.docx"; B="mp02_hd415_svhttdl_so_hoa_di_san.pdf"; C="mp03_cv58_phong_vhtt_gan_ma_qr.txt"; D="mp04_ctr14_dang_uy_xa_kha_le_di_san_so.md"; E="mp05_bc37_bao_tang_6_thang_2026.txt"
def a(n,r,d,t): return {"name":n,"role":r,"deadline":d,"task_quote":t}
W=[
{"id":"wmp01","directive":"KH 163/KH-UBND","source":A,"actors":[
 a("Phòng Văn hóa và Thông tin","thường trực","trước ngày 20/6/2026","Phòng Văn hóa và Thông tin là cơ quan thường trực, chủ trì, phối hợp với các cơ quan, đơn vị triển khai Kế hoạch"),
 a("Phòng Văn hóa và Thông tin","chủ trì","Trước ngày 31/3/2026","Khảo sát, lập danh mục di tích, hiện vật cần số hóa"),
 a("Bảo tàng huyện Vĩnh Sa","chủ trì","Hoàn thành trong quý IV/2026","Quét 3D 120 hiện vật tiêu biểu"),
 a("Bảo tàng huyện Vĩnh Sa",None,"định kỳ hằng tháng","Bảo tàng huyện Vĩnh Sa chịu trách nhiệm chuyên môn về quét 3D, số hóa hiện vật và tài liệu"),
 a("Trung tâm Văn hóa, Thông tin và Thể thao huyện","chủ trì","Đợt 1 trong tháng 5/2026; đợt 2 trong quý III/2026","Biên soạn nội dung, thu âm thuyết minh; in và gắn 54 biển mã QR"),
 a("Phòng Tài chính - Kế hoạch","chủ trì","Trước ngày 15/4/2026","Phòng Tài chính - Kế hoạch tham mưu UBND huyện bố trí kinh phí"),
 a("UBND các xã Khả Lễ, Lương Khê, Nghĩa Thủy","phối hợp",None,"phối hợp khảo sát, vận động nhân dân cung cấp tài liệu, sắc phong; bố trí vị trí gắn biển mã QR"),
 a("Hội Người cao tuổi huyện","phối hợp","Trước ngày 30/11/2026","Số hóa 1.800 trang tài liệu Hán Nôm, sắc phong, thần tích"),
 a("Ủy ban Mặt trận Tổ quốc Việt Nam huyện",None,None,"vận động các tổ chức, cá nhân đóng góp nguồn xã hội hóa"),
 a("Huyện đoàn Vĩnh Sa",None,None,"Huyện đoàn Vĩnh Sa huy động đoàn viên tham gia đội thuyết minh viên tình nguyện tại di tích")],
 "groups":[{"name":"Tổ công tác số hóa di sản huyện","members":["Phòng Văn hóa và Thông tin","Bảo tàng huyện Vĩnh Sa","Trung tâm Văn hóa, Thông tin và Thể thao huyện","Phòng Tài chính - Kế hoạch"]}],
 "intruders":["Đinh Công Quyết","Sở VHTTDL tỉnh Sơn Trà Thượng (để b/c);","TT Huyện ủy, TT HĐND huyện (để b/c);","CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM","Lưu: VT, VHTT."]},
{"id":"wmp02","directive":"HD 415/HD-SVHTTDL","source":B,"actors":[
 a("Phòng Quản lý di sản văn hóa","chủ trì",None,"chủ trì theo dõi, đôn đốc, kiểm tra việc thực hiện Hướng dẫn; thẩm định đề cương quét 3D di tích cấp quốc gia"),
 a("Bảo tàng tỉnh Sơn Trà Thượng","phối hợp",None,"phối hợp hỗ trợ kỹ thuật quét 3D hiện vật"),
 a("Trung tâm Chuyển đổi số tỉnh",None,"trước ngày 15/3/2026","bảo đảm hạ tầng lưu trữ, vận hành Kho dữ liệu di sản số"),
 a("UBND các huyện, thị xã, thành phố",None,"trước ngày 15/3/2026","Ban hành kế hoạch số hóa năm 2026 của địa phương trước ngày 15/3/2026"),
 a("UBND các huyện, thị xã, thành phố",None,"trước ngày 20/6/2026","Báo cáo kết quả 6 tháng trước ngày 20/6/2026 và báo cáo năm trước ngày 10/12/2026")],
 "groups":[],
 "intruders":["Phùng Bá Lộc","UBND tỉnh (để b/c);","Giám đốc, các PGĐ Sở;","SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH","Lưu: VT, QLDSVH."]},
{"id":"wmp03","directive":"CV 58/VHTT","source":C,"actors":[
 a("Ủy ban nhân dân các xã",None,"trước ngày 25/4/2026","rà soát, thống kê sắc phong, thần tích, gia phả, văn bia do di tích và nhân dân đang lưu giữ"),
 a("công chức Văn hóa - Xã hội xã",None,None,"có trách nhiệm trực tiếp đi cùng tổ thi công và ký biên bản bàn giao biển mã QR"),
 a("Trung tâm Văn hóa, Thông tin và Thể thao huyện","chủ trì","trước ngày 30/4/2026","biên tập nội dung và thu âm thuyết minh bằng tiếng Việt cho 11 di tích đợt 1"),
 a("Bảo tàng huyện Vĩnh Sa","phối hợp","trước ngày 31/7/2026","Bản thuyết minh tiếng Anh do Bảo tàng huyện Vĩnh Sa phối hợp với Trường THPT Vĩnh Sa biên dịch"),
 a("Ủy ban nhân dân xã Khả Lễ","phối hợp","trong tháng 5/2026","phối hợp Ban quản lý di tích bố trí địa điểm quét ngay tại đình"),
 a("Ban quản lý các di tích",None,None,"chịu trách nhiệm giữ gìn, vệ sinh biển mã QR")],
 "groups":[],
 "intruders":["Trịnh Xuân Mạch","Đ/c Đinh Công Quyết, PCT UBND huyện (để b/c);","PHÒNG VĂN HÓA VÀ THÔNG TIN","Lưu: VT, VHTT."]},
{"id":"wmp04","directive":"CTr 14-CTr/ĐU","source":D,"actors":[
 a("Ủy ban nhân dân xã",None,"trước ngày 10/4/2026","Xây dựng kế hoạch thực hiện trước ngày 10/4/2026"),
 a("Ủy ban MTTQ Việt Nam xã",None,None,"vận động các dòng họ, con em xa quê đóng góp kinh phí xã hội hóa, phấn đấu đạt 50.000.000 đồng trong năm 2026"),
 a("Đoàn Thanh niên xã",None,"hoàn thành trong quý II/2026","thành lập Đội thanh niên tình nguyện \"Di sản số Khả Lễ\" gồm 15 đoàn viên"),
 a("Hội Người cao tuổi xã","phối hợp","trước ngày 30/9/2026","phối hợp sưu tầm tư liệu, ghi âm lời kể về lịch sử các di tích"),
 a("Hội Cựu chiến binh xã","phối hợp","trước ngày 30/9/2026","phối hợp sưu tầm tư liệu, ghi âm lời kể về lịch sử các di tích"),
 a("Hội Liên hiệp Phụ nữ xã",None,None,"tuyên truyền đến hội viên tại 06 chi hội về việc sử dụng mã QR tra cứu di tích"),
 a("Trường THCS Khả Lễ","phối hợp","trong tháng 11/2026","tổ chức cuộc thi \"Em kể chuyện di tích quê hương\" trong tháng 11/2026"),
 a("Văn phòng Đảng ủy","chủ trì",None,"Văn phòng Đảng ủy chủ trì, phối hợp Ủy ban kiểm tra Đảng ủy theo dõi, đôn đốc")],
 "groups":[],
 "intruders":["Vi Thị Ngát","Ban Thường vụ Huyện ủy (để b/c);","ĐẢNG BỘ HUYỆN VĨNH SA","Lưu: Văn phòng Đảng ủy."]},
{"id":"wmp05","directive":"BC 37/BC-BT","source":E,"actors":[
 a("Bảo tàng huyện Vĩnh Sa",None,"trong quý III/2026","Hoàn thành quét 3D Đền Mỏ Đá, Di tích Lũy Đá và Nhà thờ họ Bế trong quý III/2026"),
 a("Trung tâm Văn hóa, Thông tin và Thể thao huyện","phối hợp",None,"Phối hợp Trung tâm Văn hóa, Thông tin và Thể thao huyện gắn 32 biển mã QR đợt 2"),
 a("UBND huyện",None,None,"Đề nghị UBND huyện bổ sung 95.000.000 đồng để sửa chữa máy quét"),
 a("Sở Văn hóa, Thể thao và Du lịch",None,None,"hỗ trợ biên dịch, thu âm thuyết minh tiếng Anh cho 05 di tích còn lại của đợt 1"),
 a("UBND các xã",None,None,"Đề nghị UBND các xã tiếp tục vận động các gia đình cho phép số hóa sắc phong, gia phả")],
 "groups":[],
 "intruders":["Hoàng Thị Lụa","Kính gửi: Phòng Văn hóa và Thông tin huyện Vĩnh Sa.","Độc lập - Tự do - Hạnh phúc","Lưu: VT, NV."]},
]
with open("/work/main/eval/blind106/who_what.jsonl","w",encoding="utf-8") as f:
    for w in W: f.write(json.dumps(w,ensure_ascii=False)+"\n")
