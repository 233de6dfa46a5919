"""Articles of 2026, plus drafts, one in review and two scheduled for December 2026."""
from articles import make

ITEMS = []
art = make(ITEMS)

art("a-2026-001", "2026-01-06T08:30:00", "XD-VP", ["chi-dao-dieu-hanh"], "Văn phòng Sở",
    "Tổng kết cải cách hành chính năm 2025: giữ thông suốt trong năm sắp xếp",
    "Hội nghị tổng kết ghi nhận tỷ lệ hồ sơ đúng hạn 99,9% và biểu dương 5 tập thể, 12 cá nhân có thành tích trong cải cách hành chính.",
    "Ngày 05/01/2026, Sở Xây dựng tổ chức hội nghị tổng kết công tác cải cách hành chính năm 2025 và triển khai nhiệm vụ năm 2026.",
    "Hội nghị đánh giá năm 2025 là năm có khối lượng công việc lớn nhất từ trước đến nay do hợp nhất sở, hợp nhất tỉnh và chuyển giao thẩm quyền về cấp xã.",
    "Giám đốc Sở biểu dương Trung tâm Đăng kiểm, Phòng Quản lý vận tải, phương tiện và người lái cùng 3 tập thể khác có nhiều đóng góp.",
    "Năm 2026 được xác định là năm nâng chất lượng phục vụ, lấy sự hài lòng của người dân, doanh nghiệp làm thước đo.")

art("a-2026-002", "2026-01-15T09:00:00", "XD-VP", ["chi-dao-dieu-hanh", "chinh-quyen-so"], "Nguyễn Thị Lan",
    "Kế hoạch cải cách hành chính và tuyên truyền năm 2026: chỉ tiêu theo từng tháng",
    "Kế hoạch số 08/KH-SXD giao chỉ tiêu tin, bài cho từng phòng, đơn vị và theo dõi trên bảng điều khiển của chuyên mục.",
    "Sở Xây dựng ban hành Kế hoạch số 08/KH-SXD về cải cách hành chính và tuyên truyền cải cách hành chính năm 2026.",
    ("table", ["Chỉ tiêu", "Mục tiêu năm 2026"],
     [["Hồ sơ giải quyết đúng hạn", "100%"], ["Hồ sơ nộp trực tuyến (thủ tục đủ điều kiện)", "≥ 90%"],
      ["Thanh toán trực tuyến", "≥ 85%"], ["Tin, bài tuyên truyền mỗi phòng, đơn vị", "≥ 02 tin, bài/6 tháng"]]),
    "Điểm mới là tiến độ tuyên truyền của từng đơn vị được theo dõi ngay trên chuyên mục cải cách hành chính, thay cho bảng tổng hợp thủ công.",
    "Văn phòng Sở gửi thông báo nhắc việc cho đơn vị chưa có tin, bài sau mỗi quý.")

art("a-2026-003", "2026-01-28T14:00:00", "XD-QLVT", ["dich-vu-cong-truc-tuyen", "cai-cach-thu-tuc-hanh-chinh"], "Lê Văn Thành",
    "Cấp lại giấy phép kinh doanh vận tải: không phải nộp lại hồ sơ đã có",
    "Khi cấp lại giấy phép do thay đổi nội dung, doanh nghiệp chỉ nộp phần thông tin thay đổi; dữ liệu cũ được khai thác từ hệ thống.",
    "Phòng Quản lý vận tải, phương tiện và người lái áp dụng nguyên tắc không yêu cầu nộp lại giấy tờ đã có trong cơ sở dữ liệu khi doanh nghiệp đề nghị cấp lại giấy phép kinh doanh vận tải.",
    "Doanh nghiệp chỉ cần khai nội dung thay đổi, như địa chỉ trụ sở hay người đại diện; thông tin đăng ký doanh nghiệp được đối chiếu tự động.",
    "Thời gian giải quyết thực tế bình quân còn 1,5 ngày làm việc, ngắn hơn thời hạn quy định.")

art("a-2026-004", "2026-02-10T08:00:00", "XD-DK", ["ky-luat-ky-cuong", "dich-vu-cong-truc-tuyen"], "Hoàng Thị Mai",
    "Đăng kiểm phục vụ người dân trước Tết Bính Ngọ",
    "Trung tâm Đăng kiểm làm việc cả thứ Bảy và Chủ nhật trong hai tuần trước Tết, ưu tiên xe khách phục vụ vận chuyển hành khách dịp Tết.",
    "Để đáp ứng nhu cầu vận tải dịp Tết Nguyên đán Bính Ngọ 2026, Trung tâm Đăng kiểm phương tiện giao thông tăng ca và mở thêm khung giờ đặt lịch.",
    "Xe khách, xe buýt được ưu tiên kiểm định trong ngày; chủ xe có thể đặt lịch trước đến 30 ngày.",
    "Trung tâm bố trí cán bộ trực đường dây nóng từ 6h30 đến 19h00 trong thời gian cao điểm.")

art("a-2026-005", "2026-03-04T09:30:00", "XD-HTGT", ["cai-cach-thu-tuc-hanh-chinh"], "Đặng Minh Quân",
    "Rút ngắn thời gian thẩm định báo cáo nghiên cứu khả thi công trình giao thông",
    "Nhờ quy trình phối hợp song song, thời gian thẩm định thực tế giảm khoảng 30% so với thời hạn quy định.",
    "Phòng Quản lý hạ tầng giao thông và chất lượng công trình áp dụng quy trình lấy ý kiến các cơ quan liên quan song song thay vì tuần tự.",
    "Hồ sơ được chia sẻ qua hệ thống điện tử; các cơ quan góp ý trong cùng một khoảng thời gian, Phòng tổng hợp và báo cáo kết quả thẩm định.",
    "Trong quý I/2026, 14 hồ sơ được thẩm định, bình quân 21 ngày đối với công trình nhóm B, trong khi thời hạn tối đa là 30 ngày.")

art("a-2026-006", "2026-03-20T15:00:00", "XD-TTR", ["ky-luat-ky-cuong", "che-do-cong-vu"], "Trương Công Định",
    "Thanh tra Sở công bố kết quả xử lý phản ánh quý I/2026",
    "Trong quý I, Sở nhận 23 phản ánh, kiến nghị; 21 trường hợp đã trả lời, 2 trường hợp đang xác minh.",
    "Thanh tra Sở Xây dựng công khai kết quả tiếp nhận, xử lý phản ánh, kiến nghị của người dân, doanh nghiệp trong quý I/2026.",
    ("table", ["Nội dung phản ánh", "Số lượng", "Đã trả lời"],
     [["Thủ tục hành chính", "11", "11"], ["Thái độ công chức", "3", "3"], ["Hạ tầng giao thông", "9", "7"]]),
    "Không có phản ánh nào về việc nhũng nhiễu, đòi hỏi chi phí không chính thức.",
    "Các phản ánh về hạ tầng đã được chuyển đơn vị quản lý đường để xử lý, kết quả thông báo cho người phản ánh.")

art("a-2026-007", "2026-04-08T10:00:00", "XD-KHTC", ["tai-chinh-cong"], "Võ Thị Ngọc Ánh",
    "Công khai dự toán ngân sách năm 2026 của Sở Xây dựng",
    "Dự toán và quy chế chi tiêu nội bộ năm 2026 đã được đăng tải để cán bộ, người dân cùng giám sát.",
    "Thực hiện quy định về công khai ngân sách, Sở Xây dựng đã công khai dự toán năm 2026 được giao và phương án phân bổ cho các đơn vị trực thuộc.",
    "Kinh phí cho công tác cải cách hành chính, chuyển đổi số được bố trí riêng, bao gồm chi tuyên truyền, khảo sát mức độ hài lòng và duy trì hệ thống thông tin.",
    "Quy chế chi tiêu nội bộ sửa đổi năm 2026 bổ sung mức chi nhuận bút cho tin, bài đăng trên chuyên mục cải cách hành chính.")

art("a-2026-008", "2026-04-27T08:30:00", "XD-VP", ["chi-so-cchc"], "Trần Quốc Bảo",
    "PCI 2025: Quảng Trị xếp thứ 19/34 tỉnh, thành phố",
    "Chỉ số năng lực cạnh tranh cấp tỉnh năm 2025 của Quảng Trị đạt 65,30 điểm, lần đầu xếp hạng trên 34 địa phương.",
    "Liên đoàn Thương mại và Công nghiệp Việt Nam công bố PCI 2025. Tỉnh Quảng Trị sau hợp nhất đạt 65,30 điểm, xếp thứ 19/34.",
    "Các chỉ số thành phần về gia nhập thị trường và chi phí thời gian được doanh nghiệp đánh giá tích cực; tiếp cận đất đai và đào tạo lao động còn hạn chế.",
    "Với các thủ tục thuộc thẩm quyền của Sở, doanh nghiệp vận tải và xây dựng là nhóm được khảo sát nhiều; Sở sẽ tiếp tục rút ngắn thời gian giải quyết và công khai tiến độ hồ sơ.")

art("a-2026-009", "2026-05-14T09:00:00", "XD-VP", ["chi-so-cchc"], "Trần Quốc Bảo",
    "Chỉ số cải cách hành chính năm 2025 của tỉnh Quảng Trị đạt 88,14%",
    "PAR INDEX 2025 của Quảng Trị xếp thứ 17/34; chỉ số thành phần về cải cách thủ tục hành chính tiếp tục tăng.",
    "Bộ Nội vụ đã công bố kết quả Chỉ số cải cách hành chính năm 2025. Tỉnh Quảng Trị đạt 88,14%, xếp thứ 17/34 tỉnh, thành phố.",
    "Đây là năm đầu tiên chỉ số được đánh giá theo bộ tiêu chí áp dụng cho chính quyền địa phương hai cấp, nên thứ hạng không so sánh trực tiếp với các năm trước.",
    ("ul", ["Cải cách thủ tục hành chính: tăng so với năm 2024.", "Chính phủ số: duy trì trong nhóm khá.",
            "Cải cách chế độ công vụ: còn thấp do đang sắp xếp đội ngũ sau hợp nhất."]),
    "Chi tiết từng chỉ số thành phần có trong mục Chỉ số cải cách hành chính của chuyên mục.")

art("a-2026-010", "2026-05-29T10:00:00", "XD-VP", ["cai-cach-the-che", "chinh-quyen-so"], "Nguyễn Thị Lan",
    "Nghị định 224/2026/NĐ-CP: yêu cầu mới với trang thông tin điện tử của cơ quan nhà nước",
    "Từ ngày 01/7/2026, trang thông tin của các sở phải tích hợp thủ tục hành chính từ Cổng Dịch vụ công quốc gia và hiển thị tốt trên điện thoại.",
    "Chính phủ ban hành Nghị định số 224/2026/NĐ-CP về trang thông tin điện tử, cổng thông tin điện tử của cơ quan nhà nước, thay thế Nghị định 42/2022/NĐ-CP từ ngày 01/7/2026.",
    "## Những yêu cầu đáng chú ý",
    ("ul", ["Thủ tục hành chính được công khai bằng tích hợp với Cổng Dịch vụ công quốc gia và cập nhật kịp thời khi có thay đổi.",
            "Trang phải hiển thị phù hợp trên thiết bị di động và hỗ trợ người khuyết tật tiếp cận.",
            "Người xem có thể đánh giá thông tin trực tuyến mà không phải công khai danh tính.",
            "Trang của sở, của xã nằm trong cổng thông tin điện tử của tỉnh."]),
    "Sở Xây dựng đã rà soát chuyên mục cải cách hành chính và lên phương án nâng cấp trước thời điểm Nghị định có hiệu lực.")

art("a-2026-011", "2026-06-15T09:00:00", "XD-KHTC", ["tai-chinh-cong", "dich-vu-cong-truc-tuyen"], "Võ Thị Ngọc Ánh",
    "Tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 88% trong 5 tháng đầu năm",
    "Thanh toán trực tuyến đã trở thành lựa chọn phổ biến, nhất là với doanh nghiệp vận tải và chủ xe đăng kiểm.",
    "Theo số liệu của Phòng Kế hoạch - Tài chính, trong 5 tháng đầu năm 2026, 88% khoản phí, lệ phí thủ tục hành chính của Sở được thanh toán trực tuyến.",
    "Trung tâm Đăng kiểm là đơn vị có tỷ lệ cao nhất nhờ cho phép thanh toán bằng mã QR ngay khi đặt lịch.",
    "Phòng đang phối hợp với các ngân hàng để đối soát tự động, giảm thời gian xuất biên lai điện tử.")

art("a-2026-012", "2026-06-30T16:00:00", "XD-VP", ["chi-dao-dieu-hanh"], "Văn phòng Sở",
    "Sơ kết 6 tháng đầu năm 2026: các đơn vị đều đạt chỉ tiêu tuyên truyền",
    "Tỷ lệ hồ sơ trực tuyến đạt 92%, vượt chỉ tiêu; tất cả phòng, đơn vị đều có ít nhất 02 tin, bài trên chuyên mục.",
    "Sở Xây dựng sơ kết công tác cải cách hành chính 6 tháng đầu năm 2026 với nhiều chỉ tiêu vượt kế hoạch.",
    "Toàn Sở tiếp nhận 14.210 hồ sơ, giải quyết đúng hạn 100%; tỷ lệ nộp trực tuyến đạt 92%, thanh toán trực tuyến đạt 88%.",
    "Về tuyên truyền, bảng theo dõi chỉ tiêu trên chuyên mục cho thấy tất cả phòng, đơn vị đạt chỉ tiêu 6 tháng; Trung tâm Đăng kiểm và Văn phòng Sở có số tin, bài nhiều nhất.",
    "6 tháng cuối năm, Sở tập trung chuẩn bị cho đợt khảo sát SIPAS và hoàn thiện chuyên mục theo Nghị định 224/2026/NĐ-CP.")

art("a-2026-013", "2026-07-06T08:30:00", "XD-VP", ["chinh-quyen-so"], "Trần Quốc Bảo",
    "Chuyên mục cải cách hành chính có giao diện mới, tra cứu không cần gõ dấu",
    "Chuyên mục được nâng cấp theo Nghị định 224/2026/NĐ-CP: hiển thị tốt trên điện thoại, tìm kiếm tiếng Việt có dấu hoặc không dấu.",
    "Từ ngày 01/7/2026, chuyên mục cải cách hành chính của Sở Xây dựng vận hành giao diện mới, đáp ứng các yêu cầu của Nghị định 224/2026/NĐ-CP.",
    "Người dân có thể gõ “thu tuc dang kiem” hoặc “thủ tục đăng kiểm” đều tìm được kết quả; mỗi thủ tục hiển thị đầy đủ thành phần hồ sơ, thời hạn, phí, lệ phí và liên kết nộp trực tuyến.",
    "Trang chỉ số cải cách hành chính có biểu đồ diễn biến qua các năm kèm bảng số liệu cho người dùng trình đọc màn hình.",
    "Mọi góp ý về chuyên mục xin gửi qua mục Phản ánh, kiến nghị hoặc đường dây nóng của Văn phòng Sở.")

art("a-2026-014", "2026-07-21T09:00:00", "XD-QLVT", ["cai-cach-thu-tuc-hanh-chinh"], "Lê Văn Thành",
    "Cập nhật thủ tục cấp phù hiệu xe theo quy định mới về kinh doanh vận tải",
    "Một số thành phần hồ sơ được bãi bỏ; phù hiệu tiếp tục được cấp dưới dạng điện tử.",
    "Thực hiện nghị định mới về kinh doanh và điều kiện kinh doanh vận tải bằng xe ô tô, Ủy ban nhân dân tỉnh đã công bố thủ tục cấp phù hiệu sửa đổi.",
    "Doanh nghiệp không phải nộp giấy đăng ký xe khi xe đã có trong cơ sở dữ liệu đăng ký phương tiện; hợp đồng thuê xe chỉ cần khai thông tin trên tờ khai điện tử.",
    "Thủ tục cũ đã được đánh dấu “đã sửa đổi” trong mục tra cứu, kèm liên kết đến thủ tục mới.")

art("a-2026-015", "2026-08-11T10:00:00", "XD-DK", ["sang-kien-mo-hinh"], "Hoàng Thị Mai",
    "Tin nhắn nhắc hạn kiểm định: sáng kiến từ cuộc thi năm 2024 thành hiện thực",
    "Chủ xe nhận tin nhắn trước 15 ngày khi sắp hết hạn kiểm định, kèm đường dẫn đặt lịch.",
    "Ý tưởng gửi tin nhắn nhắc hạn kiểm định đạt giải nhất cuộc thi tìm hiểu cải cách hành chính năm 2024 nay đã được Trung tâm Đăng kiểm triển khai.",
    "Mỗi tháng hệ thống gửi khoảng 3.000 tin nhắn; tỷ lệ xe quá hạn kiểm định trên địa bàn giảm đáng kể so với cùng kỳ.",
    "Chủ xe không muốn nhận tin có thể từ chối bằng cú pháp hướng dẫn trong tin nhắn.")

art("a-2026-016", "2026-08-26T09:15:00", "XD-HTGT", ["mot-cua-lien-thong"], "Nguyễn Hữu Phước",
    "Liên thông cấp phép thi công nút giao đấu nối với đường tỉnh",
    "Chủ đầu tư nộp một bộ hồ sơ để được chấp thuận đấu nối và cấp phép thi công, thay vì hai lần như trước.",
    "Sở Xây dựng áp dụng quy trình liên thông giữa thủ tục chấp thuận thiết kế nút giao đấu nối và thủ tục cấp phép thi công.",
    "Chủ đầu tư chỉ nộp một bộ hồ sơ; sau khi thiết kế được chấp thuận, Phòng chuyển ngay sang bước cấp phép thi công mà không yêu cầu nộp lại.",
    "Tổng thời gian giảm từ 14 xuống còn 9 ngày làm việc.")

art("a-2026-017", "2026-09-09T08:30:00", "XD-VP", ["thu-tuc-hanh-chinh-noi-bo"], "Nguyễn Thị Lan",
    "Công bố danh mục thủ tục hành chính nội bộ của Sở Xây dựng",
    "Sở công bố 12 thủ tục hành chính nội bộ, từ thi đua khen thưởng đến cử công chức đi bồi dưỡng, và cắt giảm 3 thủ tục.",
    "Thực hiện chủ trương đơn giản hóa thủ tục hành chính nội bộ trong hệ thống hành chính nhà nước, Sở Xây dựng đã rà soát và công bố danh mục thủ tục nội bộ.",
    "Danh mục gồm 12 thủ tục; 3 thủ tục được bãi bỏ vì trùng lặp với quy trình trên hệ thống quản lý văn bản.",
    "Các thủ tục nội bộ được niêm yết trên hệ thống nội bộ để công chức, viên chức thực hiện thống nhất.")

art("a-2026-018", "2026-09-24T14:00:00", "XD-TTR", ["dan-chu-co-so"], "Trương Công Định",
    "Đối thoại với doanh nghiệp vận tải về thủ tục hành chính",
    "Hơn 40 doanh nghiệp tham dự, nêu 17 kiến nghị; phần lớn được trả lời ngay tại hội nghị.",
    "Sở Xây dựng tổ chức hội nghị đối thoại với doanh nghiệp vận tải trên địa bàn tỉnh về thủ tục hành chính và điều kiện kinh doanh.",
    "Doanh nghiệp kiến nghị về thời gian cấp phù hiệu, tra cứu dữ liệu giám sát hành trình và lịch đăng kiểm xe khách.",
    "Các kiến nghị chưa trả lời tại hội nghị được giao phòng chuyên môn trả lời bằng văn bản trong 10 ngày làm việc.")

art("a-2026-019", "2026-10-08T09:00:00", "XD-VP", ["che-do-cong-vu"], "Văn phòng Sở",
    "Đánh giá công chức theo kết quả công việc hằng tháng",
    "Sở Xây dựng thí điểm đánh giá công chức bằng sản phẩm cụ thể, trong đó có tỷ lệ hồ sơ đúng hạn và tin, bài tuyên truyền.",
    "Từ quý III/2026, Sở Xây dựng thí điểm đánh giá, xếp loại công chức hằng tháng dựa trên sản phẩm và kết quả công việc.",
    "Tiêu chí gồm khối lượng, chất lượng, tiến độ công việc; đối với công chức giải quyết thủ tục, tỷ lệ hồ sơ đúng hạn và mức độ hài lòng của người dân được tính trọng số cao.",
    "Kết quả đánh giá hằng tháng là căn cứ xếp loại cuối năm và chi thu nhập tăng thêm.")

art("a-2026-020", "2026-10-20T10:00:00", "XA-GIOLINH", ["dich-vu-cong-truc-tuyen", "cai-cach-thu-tuc-hanh-chinh"], "UBND xã Gio Linh",
    "Xã Gio Linh: đăng ký hộ kinh doanh trực tuyến, nhận kết quả sau 3 ngày",
    "Người dân xã Gio Linh có thể đăng ký thành lập hộ kinh doanh trực tuyến và được giảm lệ phí so với nộp trực tiếp.",
    "Từ khi thủ tục đăng ký hộ kinh doanh chuyển về cấp xã, Ủy ban nhân dân xã Gio Linh đã tiếp nhận hơn 150 hồ sơ, trong đó gần 70% nộp trực tuyến.",
    "Thời hạn giải quyết là 03 ngày làm việc. Người nộp trực tuyến được giảm lệ phí theo quy định và nhận giấy chứng nhận đăng ký hộ kinh doanh qua bưu chính nếu có nhu cầu.",
    "Công chức Trung tâm phục vụ hành chính công xã hướng dẫn người dân chuẩn bị thông tin, chọn ngành nghề kinh doanh và khai hồ sơ trên Cổng Dịch vụ công quốc gia.")

art("a-2026-021", "2026-11-05T08:30:00", "XD-VP", ["sang-kien-mo-hinh", "ky-luat-ky-cuong"], "Trần Quốc Bảo",
    "Công nhận 6 sáng kiến cải cách hành chính năm 2026",
    "Hội đồng sáng kiến Sở Xây dựng công nhận 6 sáng kiến, trong đó 3 sáng kiến liên quan trực tiếp đến dịch vụ công.",
    "Hội đồng sáng kiến Sở Xây dựng đã xét và công nhận 6 sáng kiến cải cách hành chính năm 2026.",
    ("ol", ["Tin nhắn nhắc hạn kiểm định (Trung tâm Đăng kiểm).", "Liên thông chấp thuận đấu nối và cấp phép thi công (Phòng Quản lý hạ tầng giao thông và chất lượng công trình).",
            "Bảng theo dõi chỉ tiêu tuyên truyền trên chuyên mục (Văn phòng Sở).", "Đối soát tự động phí, lệ phí (Phòng Kế hoạch - Tài chính).",
            "Mẫu trả lời phản ánh chuẩn hóa (Thanh tra Sở).", "Tờ khai điện tử phù hiệu xe rút gọn (Phòng Quản lý vận tải, phương tiện và người lái)."]),
    "Các sáng kiến sẽ được giới thiệu trong chuyên mục và đề xuất Ủy ban nhân dân tỉnh xem xét nhân rộng.")

art("a-2026-022", "2026-11-17T09:00:00", "XD-VP", ["chi-so-cchc"], "Nguyễn Thị Lan",
    "Chuẩn bị khảo sát mức độ hài lòng của người dân năm 2026",
    "Người dân được chọn khảo sát SIPAS có thể trả lời trên giấy hoặc trực tuyến; Sở đề nghị người dân đánh giá khách quan.",
    "Bộ Nội vụ phối hợp với tỉnh triển khai khảo sát Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2026 từ cuối tháng 11.",
    "Người được khảo sát là người đã thực hiện thủ tục hành chính trong năm; phiếu khảo sát không ghi tên, ý kiến được bảo mật.",
    "Sở Xây dựng không can thiệp vào quá trình khảo sát và mong nhận được đánh giá thẳng thắn để cải thiện chất lượng phục vụ.")

# Workflow examples: two drafts, one in review, two scheduled for December 2026.
art("a-2026-d01", None, "XD-QLVT", ["dich-vu-cong-truc-tuyen"], "Lê Văn Thành",
    "Hướng dẫn tra cứu dữ liệu giám sát hành trình cho doanh nghiệp vận tải",
    "Bài hướng dẫn doanh nghiệp tra cứu dữ liệu thiết bị giám sát hành trình trên hệ thống của Cục Đường bộ Việt Nam.",
    "Nhiều doanh nghiệp đề nghị được hướng dẫn cách tra cứu dữ liệu giám sát hành trình của xe để tự kiểm tra trước khi bị nhắc nhở.",
    "Bài viết sẽ trình bày các bước đăng nhập, chọn xe, xuất báo cáo vi phạm tốc độ và thời gian lái xe liên tục.",
    "Phòng đang bổ sung hình ảnh minh họa trước khi gửi duyệt.", state="Draft")
art("a-2026-d02", None, "XD-DK", ["sang-kien-mo-hinh"], "Hoàng Thị Mai",
    "Một ngày làm việc của đăng kiểm viên",
    "Phóng sự ngắn về công việc của đăng kiểm viên tại dây chuyền kiểm định.",
    "Từ 6h30 sáng, dây chuyền kiểm định số 1 đã sẵn sàng cho những xe đặt lịch sớm nhất.",
    "Bài viết ghi lại những thao tác kiểm tra phanh, khí thải, đèn và cách đăng kiểm viên giải thích lỗi cho chủ xe.",
    "Nội dung đang chờ bổ sung phỏng vấn chủ phương tiện.", state="Draft")
art("a-2026-r01", None, "XD-HTGT", ["cai-cach-thu-tuc-hanh-chinh", "mot-cua-lien-thong"], "Đặng Minh Quân",
    "Những lỗi thường gặp khi nộp hồ sơ cấp phép thi công trên đường bộ",
    "Tổng hợp 5 lỗi khiến hồ sơ phải bổ sung và cách khắc phục.",
    "Qua theo dõi năm 2026, khoảng 18% hồ sơ cấp phép thi công phải bổ sung, chủ yếu do thiếu phương án tổ chức giao thông.",
    ("ol", ["Thiếu phương án bảo đảm an toàn giao thông.", "Bản vẽ không thể hiện phạm vi thi công.",
            "Thời gian thi công không phù hợp với tuyến đường.", "Chưa có văn bản chấp thuận của cơ quan quản lý đường.",
            "Tệp đính kèm không đọc được."]),
    "Bài đang chờ Ban biên tập duyệt trước khi đăng.", state="InReview")
art("a-2026-s01", None, "XD-VP", ["chi-dao-dieu-hanh", "chi-so-cchc"], "Văn phòng Sở",
    "Sở Xây dựng gửi báo cáo công tác tuyên truyền cải cách hành chính năm 2026",
    "Báo cáo năm 2026 tổng hợp kết quả 15 nhiệm vụ tuyên truyền và danh mục minh chứng theo từng đơn vị.",
    "Sở Xây dựng đã hoàn thành báo cáo công tác tuyên truyền cải cách hành chính năm 2026 và gửi Ủy ban nhân dân tỉnh qua Sở Nội vụ.",
    "Báo cáo được lập từ bảng theo dõi chỉ tiêu của chuyên mục, kèm danh mục tin, bài, văn bản minh chứng của từng phòng, đơn vị.",
    "Kết quả cho thấy tất cả nhiệm vụ đều hoàn thành; một số nhiệm vụ vượt chỉ tiêu về số lượng tin, bài.",
    state="Draft", scheduled="2026-12-02T08:00:00+07:00")
art("a-2026-s02", None, "XD-VP", ["dich-vu-cong-truc-tuyen"], "Nguyễn Thị Lan",
    "Lịch tiếp nhận hồ sơ dịp nghỉ Tết Dương lịch 2027",
    "Bộ phận một cửa nghỉ Tết Dương lịch theo quy định; hồ sơ trực tuyến vẫn được tiếp nhận.",
    "Theo lịch nghỉ Tết Dương lịch 2027, Bộ phận một cửa của Sở Xây dựng tạm nghỉ tiếp nhận trực tiếp vào ngày 01/01/2027.",
    "Người dân, doanh nghiệp vẫn có thể nộp hồ sơ trực tuyến; hồ sơ được xử lý từ ngày làm việc tiếp theo.",
    "Trung tâm Đăng kiểm làm việc bình thường vào sáng thứ Bảy trước kỳ nghỉ.",
    state="Draft", scheduled="2026-12-28T08:00:00+07:00")
