"""Articles of 2025: the last months of Sở GTVT, then Sở Xây dựng from 01/3/2025."""
from articles import make

ITEMS = []
art = make(ITEMS)

art("a-2025-001", "2025-01-08T08:30:00", "GTVT-VP", ["chi-dao-dieu-hanh"], "Văn phòng Sở",
    "Tổng kết cải cách hành chính năm 2024, triển khai nhiệm vụ năm 2025",
    "Năm 2024 Sở giải quyết hơn 19.000 hồ sơ, tỷ lệ đúng hạn 99,96%; năm 2025 tập trung bảo đảm thông suốt trong quá trình sắp xếp bộ máy.",
    "Ngày 07/01/2025, Sở Giao thông vận tải tổng kết công tác cải cách hành chính năm 2024. Toàn Sở tiếp nhận 19.360 hồ sơ, giải quyết đúng hạn 99,96%, chỉ 8 hồ sơ trễ hạn và đều có văn bản xin lỗi người dân.",
    "Tỷ lệ hồ sơ nộp trực tuyến cả năm đạt 82%, tăng 11 điểm phần trăm so với năm 2023; 100% kết quả giải quyết thủ tục được số hóa.",
    "Năm 2025, nhiệm vụ trọng tâm là không để gián đoạn việc giải quyết thủ tục hành chính khi hợp nhất sở, đồng thời chuẩn bị bộ thủ tục thống nhất của cơ quan mới.",
    "Giám đốc Sở đề nghị công chức yên tâm công tác, giữ kỷ luật, kỷ cương trong giai đoạn chuyển tiếp.")

art("a-2025-002", "2025-02-14T09:00:00", "GTVT-DK", ["dich-vu-cong-truc-tuyen", "sang-kien-mo-hinh"], "Hoàng Thị Mai",
    "Trung tâm Đăng kiểm làm thêm giờ phục vụ nhu cầu kiểm định sau Tết",
    "Trong hai tuần sau Tết Ất Tỵ, Trung tâm mở cửa cả sáng thứ Bảy và kéo dài giờ làm việc đến 18h30.",
    "Lượng xe đến kiểm định sau Tết tăng mạnh do nhiều xe kinh doanh vận tải hết hạn kiểm định trong dịp nghỉ. Trung tâm đã bố trí thêm ca làm việc và ưu tiên xe có lịch hẹn trực tuyến.",
    "Nhờ điều phối theo lịch hẹn, mỗi ngày Trung tâm kiểm định bình quân 160 lượt xe mà không xảy ra ùn tắc trước cổng.",
    "Chủ xe có thể tra cứu hạn kiểm định và đặt lịch trên ứng dụng của Cục Đăng kiểm Việt Nam hoặc gọi đường dây nóng của Trung tâm.")

art("a-2025-003", "2025-02-26T15:00:00", "GTVT-VP", ["to-chuc-bo-may"], "Nguyễn Thị Lan",
    "Sẵn sàng hợp nhất Sở Giao thông vận tải vào Sở Xây dựng từ ngày 01/3/2025",
    "Hồ sơ, tài sản, con dấu và tài khoản dịch vụ công đã được chuẩn bị để Sở Xây dựng mới hoạt động ngay từ ngày đầu.",
    "Theo quyết định của Ủy ban nhân dân tỉnh, từ ngày 01/3/2025 Sở Giao thông vận tải hợp nhất vào Sở Xây dựng. Các phòng chuyên môn và Trung tâm Đăng kiểm được giữ ổn định để bảo đảm thủ tục không bị gián đoạn.",
    "Các hồ sơ thủ tục hành chính đang giải quyết được chuyển nguyên trạng sang Sở Xây dựng; người dân không phải nộp lại hồ sơ, thời hạn trả kết quả vẫn theo phiếu hẹn đã cấp.",
    "Chuyên mục cải cách hành chính tiếp tục hoạt động tại địa chỉ hiện nay; các tin, bài trước ngày 01/3/2025 vẫn được lưu với tên đơn vị cũ.")

art("a-2025-004", "2025-03-03T08:00:00", "XD-VP", ["to-chuc-bo-may", "chi-dao-dieu-hanh"], "Văn phòng Sở",
    "Sở Xây dựng tỉnh Quảng Trị chính thức hoạt động theo mô hình mới",
    "Sở Xây dựng sau hợp nhất có 4 phòng chuyên môn, Văn phòng, Thanh tra và Trung tâm Đăng kiểm, tiếp nhận toàn bộ nhiệm vụ của Sở Giao thông vận tải.",
    "Ngày 01/3/2025, Sở Xây dựng tỉnh Quảng Trị sau hợp nhất chính thức đi vào hoạt động. Lãnh đạo Sở đã làm việc với các phòng, đơn vị để phân công nhiệm vụ và đầu mối giải quyết thủ tục hành chính.",
    ("ul", ["Văn phòng Sở: đầu mối cải cách hành chính, một cửa, tuyên truyền.",
            "Phòng Quản lý vận tải, phương tiện và người lái: thủ tục vận tải.",
            "Phòng Quản lý hạ tầng giao thông và chất lượng công trình: cấp phép thi công, chất lượng công trình.",
            "Phòng Kế hoạch - Tài chính; Thanh tra Sở; Trung tâm Đăng kiểm phương tiện giao thông."]),
    "Ngay trong ngày đầu, Bộ phận một cửa của Sở tại Trung tâm Phục vụ hành chính công tỉnh tiếp nhận bình thường hơn 100 hồ sơ.",
    "Sở cam kết việc sắp xếp bộ máy không làm phát sinh thêm thủ tục, giấy tờ hay thời gian chờ đối với người dân, doanh nghiệp.")

art("a-2025-005", "2025-03-14T09:30:00", "XD-VP", ["chi-dao-dieu-hanh"], "Nguyễn Thị Lan",
    "Sở Xây dựng ban hành Kế hoạch cải cách hành chính năm 2025",
    "Kế hoạch số 45/KH-SXD hợp nhất nhiệm vụ của hai sở cũ, đặt chỉ tiêu 90% hồ sơ trực tuyến đối với thủ tục đủ điều kiện.",
    "Kế hoạch cải cách hành chính năm 2025 của Sở Xây dựng được ban hành ngày 11/3/2025, thay thế các kế hoạch riêng của Sở Giao thông vận tải và Sở Xây dựng trước đây.",
    "Kế hoạch nhấn mạnh việc rà soát, chuẩn hóa bộ thủ tục hành chính của cơ quan mới, loại bỏ thủ tục trùng lặp và thống nhất quy trình nội bộ.",
    "Về tuyên truyền, mỗi phòng, đơn vị có ít nhất 02 tin, bài trong năm; Văn phòng Sở theo dõi tiến độ hằng tháng.",
    "Kết quả thực hiện kế hoạch là tiêu chí đánh giá, xếp loại chất lượng người đứng đầu các phòng, đơn vị.")

art("a-2025-006", "2025-03-25T10:00:00", "XD-VP", ["cai-cach-thu-tuc-hanh-chinh"], "Trần Quốc Bảo",
    "Công bố bộ thủ tục hành chính thống nhất của Sở Xây dựng",
    "Ủy ban nhân dân tỉnh công bố danh mục thủ tục thuộc thẩm quyền của Sở Xây dựng sau hợp nhất, chia theo lĩnh vực.",
    "Ngày 18/3/2025, Ủy ban nhân dân tỉnh ban hành Quyết định số 612/QĐ-UBND công bố danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Xây dựng.",
    ("table", ["Lĩnh vực", "Số thủ tục cấp tỉnh"],
     [["Hoạt động xây dựng", "18"], ["Nhà ở", "9"], ["Quy hoạch - kiến trúc", "6"], ["Đường bộ", "31"],
      ["Đăng kiểm", "5"], ["Đường thủy nội địa", "14"]]),
    "Tra cứu chi tiết từng thủ tục, gồm thành phần hồ sơ, thời hạn, phí, lệ phí và cách nộp, có tại mục Thủ tục hành chính của chuyên mục này.",
    "Các thủ tục được giải quyết tại Bộ phận một cửa của Sở ở Trung tâm Phục vụ hành chính công tỉnh hoặc trực tuyến qua Cổng Dịch vụ công quốc gia.")

art("a-2025-007", "2025-04-10T08:45:00", "XD-QLVT", ["cai-cach-thu-tuc-hanh-chinh", "to-chuc-bo-may"], "Lê Văn Thành",
    "Thủ tục cấp, đổi giấy phép lái xe chuyển sang cơ quan Công an",
    "Từ ngày 01/3/2025, người dân liên hệ cơ quan Công an để được sát hạch, cấp, đổi giấy phép lái xe; Sở Xây dựng không còn tiếp nhận các hồ sơ này.",
    "Theo Luật Trật tự, an toàn giao thông đường bộ năm 2024, nhiệm vụ sát hạch, cấp, đổi, cấp lại giấy phép lái xe được chuyển sang Bộ Công an.",
    "Các thủ tục giấy phép lái xe của Sở đã được đánh dấu bãi bỏ trong mục tra cứu thủ tục hành chính, kèm hướng dẫn nơi nộp hồ sơ mới.",
    "Giấy phép lái xe do ngành giao thông vận tải cấp trước đây vẫn có giá trị sử dụng theo thời hạn ghi trên giấy phép.",
    "Các thủ tục vận tải như cấp giấy phép kinh doanh vận tải, phù hiệu xe vẫn do Phòng Quản lý vận tải, phương tiện và người lái giải quyết.")

art("a-2025-008", "2025-04-24T14:00:00", "XD-DK", ["chinh-quyen-so"], "Hoàng Thị Mai",
    "Giấy chứng nhận kiểm định điện tử: chủ xe tra cứu mọi lúc",
    "Thông tin kiểm định được cập nhật lên hệ thống ngay sau khi xe đạt yêu cầu, lực lượng chức năng tra cứu trực tuyến khi kiểm tra.",
    "Bên cạnh giấy chứng nhận bản giấy, dữ liệu kiểm định của từng xe được cập nhật vào cơ sở dữ liệu đăng kiểm ngay khi hoàn tất kiểm định.",
    "Chủ xe tra cứu bằng biển số và số tem kiểm định trên trang của Cục Đăng kiểm Việt Nam; trường hợp mất giấy chứng nhận có thể đề nghị cấp lại nhanh hơn.",
    "Trung tâm khuyến nghị chủ xe kiểm tra thông tin sau kiểm định và báo ngay qua đường dây nóng nếu phát hiện sai sót.")

art("a-2025-009", "2025-05-15T09:00:00", "XD-VP", ["chi-so-cchc"], "Trần Quốc Bảo",
    "Chỉ số cải cách hành chính năm 2024 của tỉnh tăng 8 bậc",
    "PAR INDEX 2024 của tỉnh Quảng Trị đạt 87,02%, xếp thứ 30/63, tăng 8 bậc so với năm 2023.",
    "Bộ Nội vụ vừa công bố Chỉ số cải cách hành chính năm 2024. Tỉnh Quảng Trị đạt 87,02%, xếp thứ 30/63 tỉnh, thành phố, cải thiện 8 bậc so với năm trước.",
    "Các chỉ số thành phần về cải cách thủ tục hành chính và chính phủ số có mức tăng tốt, phản ánh kết quả của việc đẩy mạnh dịch vụ công trực tuyến và số hóa hồ sơ.",
    "Chỉ số thành phần về tác động của cải cách hành chính, đo bằng khảo sát người dân và doanh nghiệp, vẫn còn dư địa cải thiện.",
    "Sở Xây dựng xác định tiếp tục giữ tỷ lệ giải quyết đúng hạn và nâng chất lượng trả lời phản ánh để góp phần vào kết quả chung của tỉnh.")

art("a-2025-010", "2025-05-27T10:20:00", "XD-HTGT", ["cai-cach-thu-tuc-hanh-chinh", "dich-vu-cong-truc-tuyen"], "Nguyễn Hữu Phước",
    "Cấp phép thi công trên đường bộ đang khai thác: nộp trực tuyến, nhận kết quả điện tử",
    "Thủ tục cấp phép thi công công trình trên đường bộ đang khai thác được cung cấp trực tuyến toàn trình.",
    "Phòng Quản lý hạ tầng giao thông và chất lượng công trình cho biết, từ tháng 5/2025 giấy phép thi công được ký số và trả qua Hệ thống thông tin giải quyết thủ tục hành chính của tỉnh.",
    "Chủ đầu tư, nhà thầu chỉ cần đính kèm bản vẽ, phương án tổ chức giao thông dưới dạng tệp điện tử; trường hợp cần kiểm tra hiện trường, Phòng thông báo lịch trước ít nhất một ngày.",
    "Thời hạn giải quyết vẫn là 07 ngày làm việc, nhưng tổ chức không phải đến nộp và nhận kết quả như trước.")

art("a-2025-011", "2025-06-12T08:30:00", "XD-VP", ["mot-cua-lien-thong", "cai-cach-the-che"], "Nguyễn Thị Lan",
    "Nghị định 118/2025/NĐ-CP: những điểm mới về cơ chế một cửa",
    "Từ ngày 01/7/2025, hồ sơ thủ tục hành chính được tiếp nhận không phụ thuộc địa giới hành chính và được số hóa ngay khi tiếp nhận.",
    "Ngày 09/6/2025, Chính phủ ban hành Nghị định số 118/2025/NĐ-CP về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia, thay thế Nghị định 61/2018/NĐ-CP.",
    "## Một số điểm mới",
    ("ul", ["Người dân có thể nộp hồ sơ tại bất kỳ Bộ phận một cửa nào trong tỉnh đối với thủ tục được công bố không phụ thuộc địa giới hành chính.",
            "Hồ sơ giấy được số hóa ngay khi tiếp nhận; kết quả điện tử có giá trị như bản giấy.",
            "Bộ phận một cửa cấp tỉnh là Trung tâm Phục vụ hành chính công; ở cấp xã là Trung tâm phục vụ hành chính công xã."]),
    "Sở Xây dựng đang rà soát quy trình nội bộ để áp dụng đúng các quy định mới ngay khi Nghị định có hiệu lực.")

art("a-2025-012", "2025-06-26T15:30:00", "XD-TTR", ["ky-luat-ky-cuong"], "Trương Công Định",
    "Giữ kỷ luật, kỷ cương trong thời gian sắp xếp đơn vị hành chính",
    "Thanh tra Sở kiểm tra việc giải quyết hồ sơ tại các phòng, không phát hiện hồ sơ bị bỏ sót khi chuyển giao.",
    "Trước thời điểm tỉnh Quảng Trị và tỉnh Quảng Bình hợp nhất, Thanh tra Sở kiểm tra toàn bộ hồ sơ đang giải quyết để bảo đảm không có hồ sơ bị chậm do thay đổi tổ chức.",
    "Đoàn kiểm tra đối chiếu sổ theo dõi với Hệ thống thông tin giải quyết thủ tục hành chính; các hồ sơ đều có người xử lý và hạn trả rõ ràng.",
    "Thanh tra Sở đề nghị công chức tiếp tục chấp hành nghiêm giờ làm việc, quy tắc ứng xử và không để phát sinh chi phí không chính thức.")

art("a-2025-013", "2025-07-02T08:00:00", "XD-VP", ["to-chuc-bo-may", "mot-cua-lien-thong"], "Văn phòng Sở",
    "Tỉnh Quảng Trị mới: Sở Xây dựng tiếp nhận hồ sơ thông suốt tại hai điểm",
    "Sau khi hợp nhất tỉnh từ ngày 01/7/2025, người dân có thể nộp hồ sơ của Sở tại Trung tâm Phục vụ hành chính công ở Đồng Hới hoặc Đông Hà.",
    "Thực hiện Nghị quyết số 202/2025/QH15, từ ngày 01/7/2025 tỉnh Quảng Bình và tỉnh Quảng Trị hợp nhất thành tỉnh Quảng Trị, trung tâm hành chính đặt tại phường Đồng Hới.",
    "Để thuận tiện cho người dân, Sở Xây dựng duy trì hai điểm tiếp nhận hồ sơ; hồ sơ nộp tại điểm nào cũng được giải quyết như nhau và có thể nhận kết quả qua bưu chính công ích.",
    "Trong tuần đầu, hai điểm tiếp nhận gần 900 hồ sơ, không có hồ sơ trễ hạn.")

art("a-2025-014", "2025-07-18T09:15:00", "XD-HTGT", ["cai-cach-thu-tuc-hanh-chinh", "mot-cua-lien-thong"], "Đặng Minh Quân",
    "Hướng dẫn các xã thực hiện thủ tục cấp giấy phép xây dựng nhà ở riêng lẻ",
    "Sau khi bỏ cấp huyện, Ủy ban nhân dân xã cấp giấy phép xây dựng nhà ở riêng lẻ; Sở Xây dựng tổ chức tập huấn cho công chức xã.",
    "Từ ngày 01/7/2025, thẩm quyền cấp giấy phép xây dựng nhà ở riêng lẻ thuộc Ủy ban nhân dân cấp xã. Nhiều công chức xã lần đầu thực hiện nhiệm vụ này.",
    "Sở Xây dựng đã tổ chức ba lớp tập huấn trực tuyến cho công chức địa chính - xây dựng của các xã, hướng dẫn tiếp nhận, thẩm định hồ sơ và mẫu giấy phép.",
    "Sở cũng lập nhóm hỗ trợ chuyên môn để trả lời vướng mắc trong vòng 02 ngày làm việc.")

art("a-2025-015", "2025-08-12T10:00:00", "XD-KHTC", ["tai-chinh-cong"], "Võ Thị Ngọc Ánh",
    "Trung tâm Đăng kiểm thực hiện cơ chế tự chủ chi thường xuyên",
    "Phương án tự chủ giai đoạn 2025–2027 giúp Trung tâm chủ động đầu tư thiết bị và nâng thu nhập cho viên chức.",
    "Ủy ban nhân dân tỉnh đã phê duyệt phương án tự chủ tài chính giai đoạn 2025–2027 của Trung tâm Đăng kiểm phương tiện giao thông, theo đó Trung tâm tự bảo đảm chi thường xuyên.",
    "Nguồn thu từ giá dịch vụ kiểm định được dùng để chi hoạt động, trích lập quỹ phát triển hoạt động sự nghiệp và chi thu nhập tăng thêm theo quy chế chi tiêu nội bộ.",
    "Phòng Kế hoạch - Tài chính sẽ kiểm tra định kỳ việc thực hiện quy chế chi tiêu nội bộ và công khai tài chính theo quy định.")

art("a-2025-016", "2025-08-28T08:30:00", "XD-QLVT", ["dich-vu-cong-truc-tuyen"], "Lê Văn Thành",
    "100% thủ tục vận tải đường bộ được cung cấp trực tuyến toàn trình",
    "Các thủ tục cấp giấy phép kinh doanh vận tải, phù hiệu, biển hiệu xe ô tô đều có thể nộp và nhận kết quả trực tuyến.",
    "Đến tháng 8/2025, toàn bộ các thủ tục lĩnh vực vận tải đường bộ thuộc thẩm quyền của Sở đã được cung cấp dịch vụ công trực tuyến toàn trình.",
    "Tỷ lệ hồ sơ nộp trực tuyến của nhóm thủ tục này trong 8 tháng đạt 97%. Doanh nghiệp nhận kết quả điện tử có chữ ký số, không phải đến Bộ phận một cửa.",
    "Phòng tiếp tục hỗ trợ hộ kinh doanh vận tải nhỏ lẻ qua điện thoại và tổ chức hướng dẫn trực tiếp khi có yêu cầu.")

art("a-2025-017", "2025-09-16T14:30:00", "XD-VP", ["sang-kien-mo-hinh", "dich-vu-cong-truc-tuyen"], "Nguyễn Thị Lan",
    "Mô hình “Tổ hỗ trợ dịch vụ công” tại điểm tiếp nhận hồ sơ",
    "Đoàn viên thanh niên của Sở luân phiên hỗ trợ người dân tạo tài khoản, nộp hồ sơ trực tuyến ngay tại điểm tiếp nhận.",
    "Từ tháng 8/2025, Chi đoàn Sở Xây dựng duy trì tổ hỗ trợ gồm 6 đoàn viên, luân phiên có mặt tại khu vực chờ của Trung tâm Phục vụ hành chính công vào các buổi sáng.",
    "Tổ hướng dẫn người dân kích hoạt tài khoản định danh điện tử, nộp hồ sơ và thanh toán trực tuyến. Sau một tháng, tổ đã hỗ trợ hơn 300 lượt người.",
    "Mô hình được Đoàn Thanh niên khối cơ quan tỉnh đánh giá cao và đề xuất nhân rộng.")

art("a-2025-018", "2025-10-07T09:00:00", "XD-DK", ["che-do-cong-vu"], "Hoàng Thị Mai",
    "Bồi dưỡng nghiệp vụ và đạo đức nghề nghiệp cho đăng kiểm viên",
    "Hơn 30 đăng kiểm viên được cập nhật quy định mới và ký cam kết không nhận tiền, quà của chủ phương tiện.",
    "Trung tâm Đăng kiểm phương tiện giao thông tổ chức lớp bồi dưỡng về các quy định mới về kiểm định xe cơ giới và quy tắc đạo đức nghề nghiệp.",
    "Học viên được hướng dẫn các lỗi thường gặp, cách giải thích cho chủ xe và cách ghi nhận hình ảnh trong quá trình kiểm định.",
    "Kết thúc lớp học, 100% đăng kiểm viên ký cam kết thực thi công vụ liêm chính.")

art("a-2025-019", "2025-10-22T10:30:00", "XD-VP", ["dan-chu-co-so", "cai-cach-the-che"], "Trần Quốc Bảo",
    "Lấy ý kiến người dân về dự thảo quy định quản lý hành lang an toàn đường bộ",
    "Dự thảo được đăng công khai 30 ngày; người dân góp ý qua chuyên mục, thư điện tử hoặc trực tiếp.",
    "Sở Xây dựng đang soạn thảo quy định về quản lý, sử dụng hành lang an toàn đường bộ trên các tuyến đường tỉnh sau sắp xếp đơn vị hành chính.",
    "Dự thảo được đăng tải trong 30 ngày để người dân, doanh nghiệp góp ý, đặc biệt là các hộ kinh doanh ven đường.",
    "Sở sẽ tổng hợp, giải trình và công khai việc tiếp thu ý kiến trước khi trình Ủy ban nhân dân tỉnh.")

art("a-2025-020", "2025-11-18T16:00:00", "XD-VP", ["chi-dao-dieu-hanh"], "Văn phòng Sở",
    "Sở Xây dựng hoàn thành báo cáo cải cách hành chính năm 2025",
    "Sở tiếp nhận gần 27.000 hồ sơ, tỷ lệ trực tuyến đạt 88%, không có hồ sơ trễ hạn trong quý IV.",
    "Năm 2025, dù trải qua hai lần sắp xếp lớn, Sở Xây dựng vẫn bảo đảm việc giải quyết thủ tục hành chính thông suốt.",
    "Toàn Sở tiếp nhận 26.840 hồ sơ, giải quyết đúng hạn 99,9%; tỷ lệ hồ sơ trực tuyến đạt 88%, tỷ lệ thanh toán trực tuyến đạt 81%.",
    "Báo cáo đã được gửi Ủy ban nhân dân tỉnh đúng hạn, kèm danh mục minh chứng cho từng nhiệm vụ của kế hoạch.")

art("a-2025-021", "2025-12-10T09:00:00", "XD-HTGT", ["cai-cach-the-che"], "Nguyễn Hữu Phước",
    "Rà soát văn bản quy phạm pháp luật lĩnh vực xây dựng, giao thông sau sắp xếp",
    "Sở đề nghị bãi bỏ 6 văn bản không còn phù hợp và ban hành thay thế 4 văn bản của hai tỉnh cũ.",
    "Sau khi hợp nhất tỉnh, nhiều quyết định của Ủy ban nhân dân hai tỉnh cũ về xây dựng, giao thông vẫn còn hiệu lực song song, gây khó khăn khi áp dụng.",
    "Sở Xây dựng đã rà soát 48 văn bản, đề nghị bãi bỏ 6 văn bản, thay thế 4 văn bản bằng quy định chung cho toàn tỉnh.",
    "Danh mục văn bản đề nghị xử lý đã được công khai để người dân, doanh nghiệp theo dõi.")

art("a-2025-022", "2025-12-23T10:00:00", "XD-VP", ["chinh-quyen-so"], "Trần Quốc Bảo",
    "100% văn bản đi của Sở được ký số và gửi nhận trên môi trường mạng",
    "Sở Xây dựng duy trì 100% văn bản đi được ký số, trừ văn bản mật; thời gian luân chuyển văn bản giảm rõ rệt.",
    "Năm 2025, toàn bộ văn bản đi của Sở, trừ văn bản mật, được ký số và gửi qua trục liên thông văn bản quốc gia.",
    "Lãnh đạo Sở xử lý văn bản trên điện thoại, giúp thời gian từ khi trình đến khi ban hành rút ngắn bình quân 1,5 ngày.",
    "Năm 2026, Sở tiếp tục mở rộng ký số cho kết quả giải quyết thủ tục hành chính và hồ sơ nội bộ.")
