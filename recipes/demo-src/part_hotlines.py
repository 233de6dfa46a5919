"""10 hotlines (phone numbers and e-mail addresses are illustrative)."""

ITEMS = []
ADDR = "Trụ sở Sở Xây dựng, số 01 đường Trần Hưng Đạo, phường Đồng Hới, tỉnh Quảng Trị"
HOURS = "Sáng 7h00 – 11h30, chiều 13h30 – 17h00, từ thứ Hai đến thứ Sáu (trừ ngày lễ, Tết)"


def hl(order, key, title, summary, unit, purpose, name, ctitle, phones, email, address=ADDR, hours=HOURS,
       published="2025-03-05T08:00:00+07:00"):
    ITEMS.append({"type": "Hotline", "key": key, "title": title, "summary": summary, "unit": unit, "topics": [],
                  "state": "Published", "publishedAt": published, "purpose": purpose, "contactName": name,
                  "contactTitle": ctitle, "phones": phones, "email": email, "address": address,
                  "workingHours": hours, "displayOrder": order})


hl(1, "h-giamdoc", "Đường dây nóng Giám đốc Sở",
   "Tiếp nhận trực tiếp thông tin về những vụ việc nổi cộm, bức xúc thuộc lĩnh vực quản lý của Sở.",
   "XD", "Đường dây nóng Giám đốc Sở: tiếp nhận thông tin về vụ việc bức xúc, tiêu cực, nhũng nhiễu trong thi hành công vụ",
   "Lê Văn Bảo", "Giám đốc Sở Xây dựng", ["0233 3852 001", "0913 456 101"], "giamdoc.sxd@example.gov.vn",
   hours="Thường trực 24/24 giờ, kể cả ngày nghỉ")
hl(2, "h-tthc", "Phản ánh, kiến nghị về thủ tục hành chính",
   "Đầu mối tiếp nhận phản ánh, kiến nghị của cá nhân, tổ chức về quy định hành chính và việc giải quyết thủ tục hành chính.",
   "XD-VP", "Tiếp nhận phản ánh, kiến nghị về quy định hành chính, thủ tục hành chính",
   "Nguyễn Thị Lan", "Phó Chánh Văn phòng Sở", ["0233 3852 016", "0914 223 345"], "phananh.tthc@example.gov.vn")
hl(3, "h-congvu", "Phản ánh về hành vi, thái độ của công chức",
   "Tiếp nhận phản ánh về tinh thần trách nhiệm, thái độ giao tiếp, ứng xử của công chức, viên chức, người lao động.",
   "XD-TTR", "Tiếp nhận phản ánh về hành vi, thái độ, tinh thần trách nhiệm của công chức, viên chức khi giải quyết công việc",
   "Trương Công Định", "Chánh Thanh tra Sở", ["0233 3852 020", "0915 678 220"], "thanhtra.sxd@example.gov.vn")
hl(4, "h-cchc", "Thông tin, góp ý về công tác cải cách hành chính",
   "Tiếp nhận góp ý, sáng kiến của người dân, doanh nghiệp về công tác cải cách hành chính của Sở.",
   "XD-VP", "Tiếp nhận góp ý, đề xuất sáng kiến về cải cách hành chính",
   "Phan Thị Hằng", "Chuyên viên phụ trách cải cách hành chính", ["0233 3852 018"], "cchc.sxd@example.gov.vn")
hl(5, "h-motcua", "Bộ phận tiếp nhận và trả kết quả của Sở tại Trung tâm Phục vụ hành chính công tỉnh",
   "Hướng dẫn hồ sơ, tra cứu tình trạng hồ sơ thủ tục hành chính lĩnh vực xây dựng, giao thông.",
   "XD-VP", "Hướng dẫn thành phần hồ sơ, tra cứu tình trạng giải quyết hồ sơ",
   "Hồ Thị Thu Trang", "Công chức tiếp nhận hồ sơ", ["0233 3858 668", "0942 112 668"], "motcua.sxd@example.gov.vn",
   address="Trung tâm Phục vụ hành chính công tỉnh Quảng Trị, phường Đông Hà, tỉnh Quảng Trị")
hl(6, "h-vantai", "Vận tải, phù hiệu xe và giấy phép kinh doanh vận tải",
   "Giải đáp vướng mắc về giấy phép kinh doanh vận tải, phù hiệu, biển hiệu xe ô tô.",
   "XD-QLVT", "Phản ánh, kiến nghị về thủ tục hành chính lĩnh vực vận tải đường bộ",
   "Lê Văn Thành", "Trưởng phòng Quản lý vận tải, phương tiện và người lái", ["0233 3852 030", "0905 334 030"],
   "vantai.sxd@example.gov.vn")
hl(7, "h-dangkiem", "Đường dây nóng Trung tâm Đăng kiểm",
   "Tiếp nhận phản ánh về thời gian chờ, lịch hẹn và thái độ phục vụ tại các dây chuyền kiểm định.",
   "XD-DK", "Phản ánh về hoạt động kiểm định xe cơ giới, lịch hẹn đăng kiểm",
   "Hoàng Thị Mai", "Phó Giám đốc Trung tâm Đăng kiểm", ["0233 3560 567", "0911 567 567"],
   "dangkiem.sxd@example.gov.vn", address="Trung tâm Đăng kiểm phương tiện giao thông, Quốc lộ 9, phường Đông Hà, tỉnh Quảng Trị",
   hours="Từ thứ Hai đến sáng thứ Bảy, 7h00 – 17h00")
hl(8, "h-hatang", "An toàn kết cấu hạ tầng giao thông",
   "Tiếp nhận thông tin về sự cố cầu đường, điểm đen tai nạn, vi phạm hành lang an toàn đường bộ.",
   "XD-HTGT", "Tiếp nhận thông tin về sự cố, hư hỏng công trình giao thông và vi phạm hành lang an toàn",
   "Nguyễn Hữu Phước", "Trưởng phòng Quản lý hạ tầng giao thông và chất lượng công trình",
   ["0233 3852 040", "0983 040 404"], "hatang.sxd@example.gov.vn", hours="Thường trực 24/24 giờ trong mùa mưa bão")
hl(9, "h-xaydung", "Cấp phép xây dựng và chất lượng công trình",
   "Hướng dẫn thủ tục cấp giấy phép xây dựng, thẩm định thiết kế và kiểm tra công tác nghiệm thu.",
   "XD-HTGT", "Phản ánh, kiến nghị về thủ tục hành chính lĩnh vực hoạt động xây dựng",
   "Đặng Minh Quân", "Phó Trưởng phòng", ["0233 3852 045"], "capphep.sxd@example.gov.vn")
hl(10, "h-taichinh", "Phí, lệ phí và thanh toán trực tuyến",
   "Giải đáp về mức phí, lệ phí thủ tục hành chính và thanh toán trực tuyến qua Cổng Dịch vụ công quốc gia.",
   "XD-KHTC", "Phản ánh về thu phí, lệ phí và thanh toán trực tuyến",
   "Võ Thị Ngọc Ánh", "Trưởng phòng Kế hoạch - Tài chính", ["0233 3852 050", "0935 050 505"], "khtc.sxd@example.gov.vn")
