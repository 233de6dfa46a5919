"""Published questions and answers (hỏi đáp) so the public list is not empty. The askers are not named: contact
details are never part of a published question (they live apart, and demo questions have none)."""

ITEMS = []


def qa(key, title, question, answer, unit, procedure, topics, received, published):
    # The summary is the answer's first sentence, which lists and search results show.
    summary = answer.split(". ")[0].rstrip(".") + "."
    ITEMS.append({"type": "Feedback", "key": key, "title": title, "summary": summary, "unit": unit, "topics": topics,
                  "state": "Published", "publishedAt": published, "question": question, "answer": answer,
                  "procedureCode": procedure, "receivedOn": received})


qa("hd-phu-hieu", "Cấp phù hiệu xe ô tô kinh doanh vận tải mất bao lâu?",
   "Tôi là chủ hộ kinh doanh vận tải hàng hóa, muốn xin cấp phù hiệu cho xe tải mới mua. Xin hỏi nộp hồ sơ ở đâu, "
   "có nộp trực tuyến được không và bao lâu thì có kết quả?",
   "Hồ sơ đề nghị cấp phù hiệu nộp trực tuyến trên Cổng Dịch vụ công quốc gia (dịch vụ công trực tuyến toàn trình) "
   "hoặc nộp trực tiếp, qua bưu chính công ích tại Bộ phận tiếp nhận và trả kết quả của Sở tại Trung tâm Phục vụ "
   "hành chính công tỉnh.\n\nThời hạn giải quyết là 02 ngày làm việc kể từ khi nhận đủ hồ sơ hợp lệ. Kết quả được "
   "trả trực tuyến hoặc qua bưu chính công ích theo yêu cầu của Ông/Bà.",
   "XD-QLVT", "1.002859", ["cai-cach-thu-tuc-hanh-chinh", "dich-vu-cong-truc-tuyen"], "2025-09-08", "2025-09-12T15:00:00+07:00")
qa("hd-gplx-quoc-te", "Cấp giấy phép lái xe quốc tế cần những giấy tờ gì?",
   "Tôi sắp đi công tác nước ngoài và cần giấy phép lái xe quốc tế. Hồ sơ gồm những gì, có cần ảnh không?",
   "Ông/Bà nộp tờ khai đề nghị cấp giấy phép lái xe quốc tế theo mẫu, kèm bản sao hộ chiếu còn thời hạn (phần số hộ "
   "chiếu, họ tên, ảnh) và giấy phép lái xe quốc gia còn hiệu lực để đối chiếu. Khi nộp trực tuyến, ảnh chân dung được "
   "tải lên cùng tờ khai.\n\nThời hạn giải quyết là 05 ngày làm việc; lệ phí theo quy định của Bộ Tài chính.",
   "XD-QLVT", "1.002835", ["dich-vu-cong-truc-tuyen"], "2025-10-02", "2025-10-09T09:30:00+07:00")
qa("hd-dang-kiem-lich-hen", "Có thể đặt lịch hẹn kiểm định xe cơ giới trực tuyến không?",
   "Trung tâm Đăng kiểm có cho đặt lịch hẹn trước qua mạng không? Tôi thường phải chờ rất lâu vào cuối tháng.",
   "Trung tâm Đăng kiểm phương tiện giao thông tiếp nhận đặt lịch hẹn kiểm định qua ứng dụng và trang đặt lịch của "
   "ngành đăng kiểm, đồng thời qua đường dây nóng của Trung tâm.\n\nĐể tránh thời điểm đông, Ông/Bà nên đặt lịch vào "
   "các ngày giữa tháng; xe đã đặt lịch được kiểm định theo giờ hẹn.",
   "XD-DK", "1.000853", ["mot-cua-lien-thong"], "2025-11-03", "2025-11-07T10:00:00+07:00")
qa("hd-giay-phep-xay-dung", "Công trình cấp II có phải xin giấy phép xây dựng tại Sở không?",
   "Doanh nghiệp chúng tôi chuẩn bị xây nhà xưởng cấp II trong khu công nghiệp. Xin hỏi thẩm quyền cấp giấy phép xây "
   "dựng thuộc Sở hay Ban quản lý khu kinh tế?",
   "Công trình cấp I, cấp II ngoài khu công nghiệp, khu kinh tế do Sở Xây dựng cấp giấy phép. Công trình trong khu "
   "công nghiệp có quy hoạch chi tiết được phê duyệt thuộc thẩm quyền của Ban quản lý khu kinh tế tỉnh, hoặc được "
   "miễn giấy phép xây dựng theo Luật Xây dựng nếu đáp ứng các điều kiện miễn.\n\nĐề nghị doanh nghiệp liên hệ Ban "
   "quản lý khu kinh tế tỉnh để được hướng dẫn cụ thể.",
   "XD-HTGT", "1.009982", ["cai-cach-thu-tuc-hanh-chinh"], "2026-03-16", "2026-03-27T16:00:00+07:00")
qa("hd-thanh-toan-truc-tuyen", "Nộp lệ phí trực tuyến rồi có cần mang biên lai đến nộp không?",
   "Tôi đã thanh toán lệ phí trực tuyến trên Cổng Dịch vụ công khi nộp hồ sơ. Khi nhận kết quả có cần mang biên lai "
   "điện tử in ra giấy không?",
   "Không cần. Biên lai điện tử được gửi vào tài khoản của Ông/Bà trên Cổng Dịch vụ công quốc gia và được cơ quan "
   "giải quyết đối chiếu trên hệ thống. Khi nhận kết quả, Ông/Bà chỉ cần xuất trình giấy tờ tùy thân.",
   "XD-KHTC", None, ["dich-vu-cong-truc-tuyen", "tai-chinh-cong"], "2026-05-11", "2026-05-15T08:30:00+07:00")
