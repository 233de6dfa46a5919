"""Articles of 2024 (Sở Giao thông vận tải); they feed the quotas of the 2024 communication plan."""
from articles import make

ITEMS = []
art = make(ITEMS)

art("a-2024-001", "2024-01-12T08:30:00", "GTVT-VP", ["chi-dao-dieu-hanh"], "Văn phòng Sở",
    "Sở Giao thông vận tải ban hành Kế hoạch cải cách hành chính năm 2024",
    "Kế hoạch số 03/KH-SGTVT xác định tám nhóm nhiệm vụ và giao rõ đơn vị chủ trì, thời hạn, sản phẩm cho từng nhiệm vụ cải cách hành chính năm 2024.",
    "Ngày 09/01/2024, Giám đốc Sở Giao thông vận tải ký ban hành Kế hoạch số 03/KH-SGTVT về cải cách hành chính năm 2024, cụ thể hóa Kế hoạch số 250/KH-UBND của Ủy ban nhân dân tỉnh.",
    "Kế hoạch đặt mục tiêu giải quyết đúng hạn 100% hồ sơ thủ tục hành chính, tăng tỷ lệ hồ sơ nộp trực tuyến và góp phần cải thiện các chỉ số PAR INDEX, SIPAS, PCI và PAPI của tỉnh.",
    "## Tám nhóm nhiệm vụ trọng tâm",
    ("ul", ["Chỉ đạo, điều hành và tuyên truyền cải cách hành chính", "Cải cách thể chế và rà soát văn bản",
            "Cải cách thủ tục hành chính, thực hiện cơ chế một cửa", "Sắp xếp tổ chức bộ máy",
            "Cải cách chế độ công vụ", "Cải cách tài chính công", "Chuyển đổi số trong ngành",
            "Nâng cao mức độ hài lòng của người dân, doanh nghiệp"]),
    "Mỗi nhiệm vụ có sản phẩm cụ thể và thời hạn hoàn thành; kết quả thực hiện là căn cứ đánh giá, xếp loại mức độ hoàn thành nhiệm vụ của các phòng, đơn vị cuối năm.",
    "Văn phòng Sở là đầu mối theo dõi, tổng hợp và báo cáo định kỳ quý, 6 tháng, năm về Ủy ban nhân dân tỉnh qua Sở Nội vụ.")

art("a-2024-002", "2024-01-26T09:00:00", "GTVT-VP", ["chi-dao-dieu-hanh", "chi-so-cchc"], "Nguyễn Thị Lan",
    "Tuyên truyền cải cách hành chính năm 2024: 15 nhiệm vụ và chỉ tiêu cho từng đơn vị",
    "Kế hoạch tuyên truyền cải cách hành chính năm 2024 giao chỉ tiêu tin, bài cụ thể cho các phòng, ban, đơn vị, tính riêng cho 6 tháng đầu năm.",
    "Sở Giao thông vận tải vừa ban hành Kế hoạch thực hiện công tác tuyên truyền cải cách hành chính năm 2024, gồm 03 nội dung chính và 15 nhiệm vụ cụ thể.",
    "Điểm mới của năm nay là mỗi nhiệm vụ đều gắn với sản phẩm minh chứng và chỉ tiêu định lượng, giúp Văn phòng Sở theo dõi tiến độ ngay trong năm thay vì chỉ tổng hợp vào dịp cuối năm.",
    ("table", ["Nhiệm vụ", "Chỉ tiêu 6 tháng đầu năm"],
     [["2.11 Vai trò, trách nhiệm của người đứng đầu; kết quả cải cách hành chính", "Ít nhất 02 tin, bài"],
      ["2.12 Hướng dẫn dịch vụ công trực tuyến, đường dây nóng", "Ít nhất 01 tin, bài"],
      ["2.13 Giải pháp nâng cao các chỉ số PAR INDEX, PCI, PAPI, SIPAS", "Ít nhất 01 tin, bài"],
      ["2.14 Cập nhật thủ tục hành chính sửa đổi, bổ sung, bãi bỏ", "Ít nhất 02 tin, bài"],
      ["2.15 Sáng kiến, mô hình, điển hình tiên tiến", "Ít nhất 02 tin, bài"]]),
    "Ngoài các chỉ tiêu trên, mỗi phòng, ban, đơn vị phải có tối thiểu 01 tin, bài về hoạt động cải cách hành chính của mình, kèm hình ảnh.",
    "Báo cáo năm của các đơn vị gửi về Văn phòng Sở trước ngày 20/11/2024; báo cáo cấp Sở gửi Ủy ban nhân dân tỉnh trước ngày 30/11/2024.")

art("a-2024-003", "2024-02-20T14:00:00", "GTVT-QLVT", ["dich-vu-cong-truc-tuyen", "cai-cach-thu-tuc-hanh-chinh"],
    "Lê Văn Thành", "Hướng dẫn đề nghị cấp phù hiệu xe ô tô trực tuyến toàn trình",
    "Doanh nghiệp vận tải có thể đề nghị cấp phù hiệu xe trên Cổng Dịch vụ công quốc gia mà không phải đến trụ sở Sở.",
    "Thủ tục cấp phù hiệu xe ô tô kinh doanh vận tải hiện được cung cấp trực tuyến toàn trình; kết quả là phù hiệu điện tử, doanh nghiệp tự in hoặc hiển thị trên thiết bị.",
    ("ol", ["Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử của tổ chức.",
            "Tìm thủ tục “Cấp phù hiệu xe ô tô” và chọn cơ quan thực hiện là Sở Giao thông vận tải Quảng Trị.",
            "Khai tờ khai điện tử, đính kèm bản chụp giấy đăng ký xe và hợp đồng thuê xe (nếu có).",
            "Theo dõi trạng thái hồ sơ và nhận phù hiệu qua Hệ thống dịch vụ công."]),
    "Thời hạn giải quyết là 02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ; thủ tục không thu phí, lệ phí.",
    "Trong tháng 01/2024, tỷ lệ hồ sơ cấp phù hiệu nộp trực tuyến đạt 91%. Phòng Quản lý vận tải đề nghị các doanh nghiệp còn nộp giấy chuyển sang nộp trực tuyến để rút ngắn thời gian đi lại.")

art("a-2024-004", "2024-03-05T10:15:00", "GTVT-DK", ["sang-kien-mo-hinh", "dich-vu-cong-truc-tuyen"], "Hoàng Thị Mai",
    "Đặt lịch đăng kiểm trực tuyến giúp giảm thời gian chờ tại Trung tâm Đăng kiểm",
    "Sau hai tháng áp dụng đặt lịch hẹn trực tuyến, thời gian chờ bình quân của mỗi xe giảm từ khoảng 90 phút xuống dưới 40 phút.",
    "Từ đầu năm 2024, Trung tâm Đăng kiểm phương tiện giao thông áp dụng đặt lịch kiểm định qua ứng dụng và trang web của Cục Đăng kiểm Việt Nam, đồng thời dành một phần khung giờ cho xe đến trực tiếp.",
    "Chủ xe chọn ngày, giờ phù hợp, nhận tin nhắn xác nhận và chỉ cần có mặt trước giờ hẹn 15 phút. Nhờ đó tình trạng xếp hàng từ sáng sớm vào đầu tuần đã cơ bản chấm dứt.",
    "Trung tâm cũng bố trí một công chức hướng dẫn tại khu vực tiếp nhận để hỗ trợ người cao tuổi và người chưa quen dùng điện thoại thông minh đặt lịch.",
    "Sáng kiến đã được Hội đồng sáng kiến của Sở ghi nhận và đề xuất nhân rộng tại các đơn vị đăng kiểm trên địa bàn tỉnh.")

art("a-2024-005", "2024-03-18T15:30:00", "GTVT-TTR", ["ky-luat-ky-cuong", "che-do-cong-vu"], "Trương Công Định",
    "Thanh tra Sở kiểm tra công vụ đột xuất tại Bộ phận một cửa",
    "Đoàn kiểm tra không phát hiện trường hợp nhũng nhiễu, gây phiền hà; nhắc nhở một số tồn tại về niêm yết và ghi sổ theo dõi hồ sơ.",
    "Ngày 14/3/2024, Thanh tra Sở phối hợp Văn phòng Sở kiểm tra đột xuất việc chấp hành kỷ luật, kỷ cương hành chính tại quầy của Sở ở Trung tâm Phục vụ hành chính công tỉnh.",
    "Đoàn kiểm tra việc đeo thẻ công chức, thời gian làm việc, niêm yết thủ tục hành chính, sổ theo dõi hồ sơ và phiếu hẹn trả kết quả; đồng thời trao đổi trực tiếp với người dân đang chờ làm thủ tục.",
    "Kết quả, các công chức chấp hành tốt giờ giấc, thái độ phục vụ được người dân đánh giá hài lòng. Tuy vậy, một số thủ tục mới sửa đổi chưa được thay bản niêm yết, hai hồ sơ chưa cập nhật ngày trả kết quả vào sổ.",
    "Thanh tra Sở yêu cầu khắc phục trong 05 ngày làm việc và sẽ duy trì kiểm tra đột xuất ít nhất một lần mỗi quý.")

art("a-2024-006", "2024-03-28T09:45:00", "GTVT-KCHT", ["cai-cach-thu-tuc-hanh-chinh"], "Nguyễn Hữu Phước",
    "Công khai quy trình cấp phép thi công công trình trên đường bộ đang khai thác",
    "Phòng Quản lý kết cấu hạ tầng giao thông công bố sơ đồ quy trình và thời hạn từng bước của thủ tục cấp phép thi công.",
    "Để tổ chức, cá nhân chủ động chuẩn bị hồ sơ, Phòng Quản lý kết cấu hạ tầng giao thông đã công khai quy trình nội bộ giải quyết thủ tục cấp phép thi công công trình trên đường bộ đang khai thác thuộc quốc lộ được ủy thác và đường tỉnh.",
    "Quy trình gồm 5 bước, từ tiếp nhận tại Bộ phận một cửa, thẩm định hồ sơ, kiểm tra hiện trường khi cần, trình ký đến trả kết quả. Tổng thời gian không quá 07 ngày làm việc, thấp hơn thời hạn tối đa theo quy định.",
    "Các trường hợp phải bổ sung hồ sơ được thông báo một lần bằng văn bản, nêu rõ lý do và nội dung cần bổ sung, tránh để người nộp đi lại nhiều lần.",
    "Quy trình được niêm yết tại Bộ phận một cửa và đăng tải trong chuyên mục này để người dân, doanh nghiệp tra cứu.")

art("a-2024-007", "2024-04-08T08:00:00", "GTVT-VP", ["cai-cach-thu-tuc-hanh-chinh"], "Nguyễn Thị Lan",
    "Cập nhật danh mục thủ tục hành chính lĩnh vực đường bộ theo Quyết định 845/QĐ-UBND",
    "Ủy ban nhân dân tỉnh công bố danh mục thủ tục sửa đổi, bổ sung và bãi bỏ; Sở đã cập nhật đầy đủ lên chuyên mục và Bộ phận một cửa.",
    "Ngày 03/4/2024, Ủy ban nhân dân tỉnh ban hành Quyết định số 845/QĐ-UBND công bố danh mục thủ tục hành chính lĩnh vực đường bộ, đăng kiểm thuộc thẩm quyền giải quyết của Sở Giao thông vận tải.",
    ("table", ["Nhóm thủ tục", "Số lượng"],
     [["Thủ tục sửa đổi, bổ sung", "12"], ["Thủ tục bị bãi bỏ", "3"], ["Thủ tục giữ nguyên", "41"]]),
    "Các thủ tục sửa đổi chủ yếu cắt giảm thành phần hồ sơ giấy do thông tin đã có trong cơ sở dữ liệu quốc gia về dân cư và đăng ký phương tiện.",
    "Văn phòng Sở đã thay bản niêm yết tại Bộ phận một cửa, cập nhật trang tra cứu thủ tục hành chính và đề nghị các phòng hướng dẫn người dân áp dụng quy định mới từ ngày quyết định có hiệu lực.")

art("a-2024-008", "2024-04-22T14:20:00", "GTVT-CL", ["sang-kien-mo-hinh", "chinh-quyen-so"], "Đặng Minh Quân",
    "Số hóa hồ sơ nghiệm thu công trình giao thông: từ tủ tài liệu lên hệ thống",
    "Phòng Quản lý chất lượng công trình giao thông đã số hóa hơn 1.200 bộ hồ sơ nghiệm thu, giúp tra cứu trong vài phút.",
    "Trước đây, khi cần đối chiếu hồ sơ nghiệm thu một công trình cũ, công chức phải tìm trong kho lưu trữ nhiều ngày. Từ năm 2023, Phòng triển khai sáng kiến số hóa và gắn mã cho từng hồ sơ.",
    "Đến tháng 4/2024, hơn 1.200 bộ hồ sơ giai đoạn 2015–2023 đã được quét, đặt tên theo mã công trình và lưu trên hệ thống quản lý văn bản của Sở, phân quyền theo từng dự án.",
    "Việc số hóa giúp rút ngắn thời gian kiểm tra công tác nghiệm thu và giải quyết kiến nghị của chủ đầu tư; đồng thời là bước chuẩn bị dữ liệu cho việc kết nối với cơ sở dữ liệu chuyên ngành.",
    "Sáng kiến được công nhận cấp cơ sở năm 2024 và là một trong hai sáng kiến cải cách hành chính của Sở được giới thiệu trong 6 tháng đầu năm.")

art("a-2024-009", "2024-05-06T09:10:00", "GTVT-KHTC", ["tai-chinh-cong", "dich-vu-cong-truc-tuyen"], "Võ Thị Ngọc Ánh",
    "Thanh toán phí, lệ phí trực tuyến: nhanh, minh bạch và không dùng tiền mặt",
    "Người dân, doanh nghiệp có thể thanh toán phí, lệ phí thủ tục của Sở qua nền tảng thanh toán của Cổng Dịch vụ công quốc gia.",
    "Phòng Kế hoạch - Tài chính cho biết, trong 4 tháng đầu năm 2024, số giao dịch thanh toán phí, lệ phí trực tuyến của Sở tăng gần gấp đôi cùng kỳ năm trước.",
    "Khi nộp hồ sơ trực tuyến, người dân chọn thanh toán qua ngân hàng hoặc ví điện tử liên kết; biên lai điện tử được gửi ngay vào tài khoản dịch vụ công, không cần đến quầy thu tiền.",
    ("ul", ["Giảm thời gian đi lại và chờ đợi", "Có biên lai điện tử để đối chiếu", "Hạn chế sai sót khi thu, nộp tiền mặt",
            "Một số lệ phí được giảm khi nộp hồ sơ trực tuyến theo quy định của Bộ Tài chính"]),
    "Phòng đề nghị các bộ phận tiếp nhận hướng dẫn người dân lựa chọn thanh toán trực tuyến ngay từ khâu tư vấn hồ sơ.")

art("a-2024-010", "2024-05-16T10:00:00", "GTVT-VP", ["chi-so-cchc"], "Trần Quốc Bảo",
    "Những giải pháp góp phần cải thiện Chỉ số cải cách hành chính của tỉnh năm 2024",
    "Từ kết quả PAR INDEX 2023, Sở xác định các nhóm tiêu chí còn điểm thấp và giải pháp khắc phục thuộc phạm vi của ngành.",
    "Năm 2023, Chỉ số cải cách hành chính của tỉnh Quảng Trị đạt 84,31%, xếp thứ 38/63. Tiêu chí về tác động của cải cách hành chính và chế độ công vụ vẫn là những nội dung có điểm chưa cao.",
    "Với vai trò là cơ quan giải quyết nhiều thủ tục liên quan đến người dân và doanh nghiệp vận tải, Sở xác định phải đóng góp trực tiếp vào các tiêu chí về thủ tục hành chính và mức độ hài lòng.",
    ("ol", ["Giải quyết đúng hạn, không để hồ sơ trễ hạn mà không có văn bản xin lỗi.",
            "Nâng tỷ lệ hồ sơ trực tuyến và thanh toán trực tuyến.",
            "Công khai đầy đủ, kịp thời thủ tục hành chính và đường dây nóng.",
            "Tiếp nhận, trả lời phản ánh, kiến nghị đúng thời hạn."]),
    "Văn phòng Sở sẽ theo dõi kết quả hằng tháng và đưa vào tiêu chí đánh giá thi đua của từng phòng, đơn vị.")

art("a-2024-011", "2024-05-28T08:30:00", "GTVT-VP", ["dich-vu-cong-truc-tuyen", "cai-cach-thu-tuc-hanh-chinh"], "Nguyễn Thị Lan",
    "Công khai địa chỉ, điện thoại tiếp nhận phản ánh, kiến nghị về thủ tục hành chính",
    "Người dân, doanh nghiệp có thể phản ánh về thủ tục hành chính và thái độ phục vụ của công chức qua điện thoại, thư điện tử hoặc Cổng Dịch vụ công quốc gia.",
    "Nhằm tạo kênh tương tác thuận tiện, Sở Giao thông vận tải công khai các đầu mối tiếp nhận phản ánh, kiến nghị về quy định hành chính và việc giải quyết thủ tục hành chính.",
    ("ul", ["Văn phòng Sở: tiếp nhận phản ánh, kiến nghị về thủ tục hành chính.",
            "Thanh tra Sở: tiếp nhận phản ánh về hành vi, thái độ của công chức.",
            "Đường dây nóng Giám đốc Sở: vụ việc bức xúc, nhũng nhiễu, tiêu cực.",
            "Chức năng phản ánh, kiến nghị trên Cổng Dịch vụ công quốc gia."]),
    "Mọi phản ánh được ghi sổ, chuyển đơn vị có thẩm quyền xử lý và trả lời trong thời hạn quy định. Thông tin cá nhân của người phản ánh được giữ bí mật.",
    "Số điện thoại cụ thể được đăng trong mục Đường dây nóng của chuyên mục và niêm yết tại Bộ phận một cửa.")

art("a-2024-012", "2024-06-06T09:00:00", "GTVT-QLVT", ["cai-cach-thu-tuc-hanh-chinh", "dich-vu-cong-truc-tuyen"], "Lê Văn Thành",
    "Những điểm mới khi đổi giấy phép lái xe trên môi trường điện tử",
    "Thủ tục đổi giấy phép lái xe đã được rút gọn hồ sơ và có thể nộp trực tuyến toàn trình khi đã có dữ liệu giấy khám sức khỏe điện tử.",
    "Theo danh mục thủ tục hành chính vừa được cập nhật, người đổi giấy phép lái xe do ngành giao thông vận tải cấp không còn phải nộp bản sao căn cước công dân vì thông tin được khai thác từ Cơ sở dữ liệu quốc gia về dân cư.",
    "Khi cơ sở khám sức khỏe đã liên thông giấy khám sức khỏe điện tử, người dân có thể nộp hồ sơ trực tuyến toàn trình trên Cổng Dịch vụ công quốc gia hoặc ứng dụng VNeID.",
    "Giấy phép lái xe mới được gửi qua dịch vụ bưu chính công ích đến địa chỉ người dân đăng ký, lệ phí thực hiện theo quy định của Bộ Tài chính.",
    "Phòng Quản lý vận tải, phương tiện và người lái khuyến khích người dân kiểm tra thời hạn giấy phép và chủ động đổi sớm để tránh dồn hồ sơ vào cuối năm.")

art("a-2024-013", "2024-06-19T16:00:00", "GTVT-VP", ["chi-dao-dieu-hanh"], "Văn phòng Sở",
    "Sơ kết công tác cải cách hành chính 6 tháng đầu năm 2024",
    "Sở hoàn thành đúng tiến độ các nhiệm vụ 6 tháng, 100% hồ sơ được giải quyết đúng hạn; tỷ lệ hồ sơ trực tuyến đạt 78%.",
    "Chiều 18/6/2024, Sở Giao thông vận tải tổ chức hội nghị sơ kết công tác cải cách hành chính 6 tháng đầu năm, do Giám đốc Sở chủ trì.",
    "Trong 6 tháng, Sở tiếp nhận hơn 9.400 hồ sơ thủ tục hành chính, giải quyết đúng hạn 100%; tỷ lệ hồ sơ nộp trực tuyến đạt 78%, tỷ lệ thanh toán trực tuyến đạt 65%.",
    "Về tuyên truyền, các phòng, ban, đơn vị đều đã có tin, bài đăng trên chuyên mục cải cách hành chính, đáp ứng chỉ tiêu của Kế hoạch tuyên truyền năm 2024.",
    "Giám đốc Sở yêu cầu người đứng đầu các đơn vị trực tiếp chỉ đạo việc số hóa hồ sơ, kết quả giải quyết thủ tục hành chính và chuẩn bị tốt cho đợt khảo sát mức độ hài lòng cuối năm.")

art("a-2024-014", "2024-06-25T10:30:00", "GTVT-DK", ["ky-luat-ky-cuong"], "Hoàng Thị Mai",
    "Văn hóa công sở tại dây chuyền kiểm định: bắt đầu từ lời chào",
    "Trung tâm Đăng kiểm ban hành bộ quy tắc ứng xử ngắn gọn cho đăng kiểm viên khi tiếp xúc với chủ phương tiện.",
    "Bộ quy tắc gồm 10 điều, từ chào hỏi, giải thích rõ lỗi kỹ thuật đến hướng dẫn chủ xe khắc phục, được niêm yết ngay tại khu vực chờ.",
    "Mỗi tháng, Trung tâm lấy ý kiến ngẫu nhiên của chủ xe qua phiếu khảo sát điện tử. Tỷ lệ hài lòng với thái độ phục vụ trong quý II/2024 đạt 96%.",
    "Lãnh đạo Trung tâm cho biết, việc chấp hành quy tắc ứng xử được đưa vào đánh giá viên chức hằng tháng, gắn với thu nhập tăng thêm.")

art("a-2024-015", "2024-07-15T08:00:00", "GTVT-VP", ["sang-kien-mo-hinh", "chinh-quyen-so"], "Trần Quốc Bảo",
    "Phát động cuộc thi tìm hiểu cải cách hành chính và chuyển đổi số ngành giao thông vận tải",
    "Cuộc thi trực tuyến diễn ra từ ngày 15/7 đến 31/8/2024, dành cho công chức, viên chức, người lao động của Sở và đơn vị trực thuộc.",
    "Thực hiện nhiệm vụ 2.9 của Kế hoạch tuyên truyền cải cách hành chính năm 2024, Sở Giao thông vận tải phát động cuộc thi tìm hiểu về cải cách hành chính và chuyển đổi số trong ngành.",
    "Đề thi gồm 20 câu trắc nghiệm và một câu tự luận đề xuất giải pháp cải cách hành chính tại đơn vị mình. Thí sinh làm bài trên điện thoại hoặc máy tính.",
    "Ban tổ chức sẽ trao một giải nhất, hai giải nhì, ba giải ba và giải tập thể cho đơn vị có tỷ lệ tham gia cao nhất.")

art("a-2024-016", "2024-09-10T15:00:00", "GTVT-VP", ["sang-kien-mo-hinh"], "Trần Quốc Bảo",
    "Trao giải cuộc thi tìm hiểu cải cách hành chính và chuyển đổi số năm 2024",
    "Gần 280 lượt dự thi, nhiều bài tự luận đưa ra đề xuất có thể áp dụng ngay.",
    "Sau hơn một tháng tổ chức, cuộc thi ghi nhận 276 lượt dự thi, đạt 92% số công chức, viên chức, người lao động toàn Sở.",
    "Giải nhất thuộc về một đăng kiểm viên với đề xuất gửi tin nhắn nhắc hạn kiểm định cho chủ xe. Giải tập thể được trao cho Trung tâm Đăng kiểm phương tiện giao thông.",
    "Ban tổ chức đã chọn 5 đề xuất tiêu biểu chuyển Hội đồng sáng kiến xem xét, đưa vào kế hoạch năm 2025.")

art("a-2024-017", "2024-10-14T09:00:00", "GTVT-TTR", ["dan-chu-co-so", "che-do-cong-vu"], "Trương Công Định",
    "Phát huy dân chủ ở cơ sở trong thực thi công vụ",
    "Ban Thanh tra nhân dân và Thanh tra Sở phối hợp giám sát việc thực hiện quy chế dân chủ gắn với cải cách hành chính.",
    "Thực hiện Luật Thực hiện dân chủ ở cơ sở, Sở Giao thông vận tải đã công khai quy chế làm việc, kế hoạch tài chính và các tiêu chí đánh giá công chức để người lao động cùng giám sát.",
    "Thanh tra Sở phối hợp Ban Thanh tra nhân dân kiểm tra việc công khai tại các đơn vị; kết quả, các nội dung phải công khai đều đã được niêm yết hoặc đăng trên hệ thống nội bộ.",
    "Qua hội nghị đối thoại, người lao động đề xuất 14 ý kiến, trong đó 9 ý kiến liên quan đến cải tiến quy trình nội bộ đã được lãnh đạo Sở tiếp thu và giao xử lý.")

art("a-2024-018", "2024-11-20T16:30:00", "GTVT-VP", ["chi-dao-dieu-hanh", "chi-so-cchc"], "Văn phòng Sở",
    "Tổng kết công tác tuyên truyền cải cách hành chính năm 2024",
    "Các nhiệm vụ của Kế hoạch tuyên truyền năm 2024 cơ bản hoàn thành; báo cáo năm được gửi Ủy ban nhân dân tỉnh trước thời hạn.",
    "Năm 2024, chuyên mục cải cách hành chính của Sở đăng tải gần 40 tin, bài, tất cả các phòng, ban, đơn vị đều đạt chỉ tiêu tối thiểu theo kế hoạch.",
    "> Tuyên truyền cải cách hành chính không phải để có số lượng tin, bài, mà để người dân biết làm thủ tục ở đâu, mất bao lâu và phản ánh với ai khi chưa hài lòng.",
    "Bên cạnh kết quả đạt được, một số đơn vị đăng tin dồn vào cuối kỳ; hình thức tuyên truyền qua mạng xã hội chưa nhiều.",
    "Năm 2025, Sở sẽ theo dõi tiến độ tuyên truyền theo tháng và tăng cường các sản phẩm ngắn, dễ chia sẻ như video hướng dẫn và đồ họa thông tin.")

art("a-2024-019", "2024-12-18T10:00:00", "GTVT-KHTC", ["to-chuc-bo-may", "tai-chinh-cong"], "Võ Thị Ngọc Ánh",
    "Chuẩn bị sắp xếp tổ chức bộ máy và tài chính khi hợp nhất sở",
    "Sở kiểm kê tài sản, rà soát dự toán và hồ sơ tài chính để sẵn sàng cho phương án hợp nhất theo chủ trương tinh gọn bộ máy.",
    "Thực hiện chủ trương sắp xếp, tinh gọn tổ chức bộ máy theo tinh thần Nghị quyết số 18-NQ/TW, Sở Giao thông vận tải được định hướng hợp nhất với Sở Xây dựng.",
    "Phòng Kế hoạch - Tài chính đã lập danh mục tài sản, trụ sở, phương tiện, số dư kinh phí và các hợp đồng đang thực hiện để bàn giao đầy đủ, không gián đoạn chi thường xuyên.",
    "Đối với Bộ phận một cửa, Sở thống nhất phương án giữ nguyên quầy tiếp nhận trong thời gian chuyển tiếp để người dân không bị ảnh hưởng khi làm thủ tục.")
