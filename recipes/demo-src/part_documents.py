"""15 directive and legal documents."""
from common import ascii_name

ITEMS = []


def doc(key, title, summary, unit, topics, published, number, dtype, issuer, signer, issue, effective,
        expiry=None, replaced_by=None, files=None):
    fname = number.replace("/", "-") + ".pdf"
    # The shipped file's own name is ASCII (demo-files/, made by assets.py); the download keeps the Vietnamese one.
    ITEMS.append({
        "type": "Document", "key": key, "title": title, "summary": summary, "unit": unit, "topics": topics,
        "state": "Published", "publishedAt": published, "number": number, "documentType": dtype,
        "issuer": issuer, "signer": signer, "issueDate": issue, "effectiveDate": effective,
        "expiryDate": expiry, "replacedBy": replaced_by,
        "files": files or [{"name": fname, "url": "demo-files/" + ascii_name(fname)}],
    })


S_GTVT = "Sở Giao thông vận tải tỉnh Quảng Trị"
S_XD = "Sở Xây dựng tỉnh Quảng Trị"
UB = "Ủy ban nhân dân tỉnh Quảng Trị"
CP = "Chính phủ"

doc("d-2024-kh-cchc", "Kế hoạch cải cách hành chính năm 2024 của Sở Giao thông vận tải",
    "Xác định mục tiêu, nhiệm vụ và phân công thực hiện tám nội dung cải cách hành chính của Sở trong năm 2024.",
    "GTVT-VP", ["chi-dao-dieu-hanh"], "2024-01-10T09:00:00+07:00", "03/KH-SGTVT", "Kế hoạch", S_GTVT,
    "Trần Hữu Hùng", "2024-01-09", "2024-01-09")
doc("d-2024-kh-tuyentruyen", "Kế hoạch thực hiện công tác tuyên truyền cải cách hành chính năm 2024",
    "Kế hoạch gồm 03 nội dung chính và 15 nhiệm vụ tuyên truyền cải cách hành chính, giao Văn phòng Sở chủ trì và đặt chỉ tiêu tin, bài cho từng phòng, ban, đơn vị.",
    "GTVT-VP", ["chi-dao-dieu-hanh"], "2024-01-23T08:00:00+07:00", "126/KH-SGTVT", "Kế hoạch", S_GTVT,
    "Trần Hữu Hùng", "2024-01-22", "2024-01-22")
doc("d-2024-cv-huongdan", "Hướng dẫn triển khai Kế hoạch tuyên truyền cải cách hành chính năm 2024",
    "Công văn hướng dẫn các phòng, ban, đơn vị cách đăng tin, bài, lưu minh chứng và thời hạn gửi báo cáo định kỳ về Văn phòng Sở.",
    "GTVT-VP", ["chi-dao-dieu-hanh"], "2024-02-27T14:00:00+07:00", "512/SGTVT-VP", "Công văn", S_GTVT,
    "Lê Quang Chiến", "2024-02-26", "2024-02-26")
doc("d-2024-cv-dondoc", "Đôn đốc thực hiện nhiệm vụ tuyên truyền cải cách hành chính 6 tháng đầu năm 2024",
    "Văn phòng Sở rà soát chỉ tiêu tin, bài của từng đơn vị và đề nghị các đơn vị còn thiếu hoàn thành trước ngày 10/6/2024.",
    "GTVT-VP", ["chi-dao-dieu-hanh"], "2024-05-14T10:00:00+07:00", "1388/SGTVT-VP", "Công văn", S_GTVT,
    "Lê Quang Chiến", "2024-05-13", "2024-05-13")
doc("d-2024-bc-6thang", "Báo cáo kết quả công tác tuyên truyền cải cách hành chính 6 tháng đầu năm 2024",
    "Tổng hợp kết quả thực hiện 15 nhiệm vụ tuyên truyền trong 6 tháng đầu năm, số tin, bài đã đăng và các nhiệm vụ chuyển sang 6 tháng cuối năm.",
    "GTVT-VP", ["chi-dao-dieu-hanh", "chi-so-cchc"], "2024-06-10T15:00:00+07:00", "164/BC-SGTVT", "Báo cáo",
    S_GTVT, "Trần Hữu Hùng", "2024-06-07", "2024-06-07")
doc("d-2024-bc-nam", "Báo cáo kết quả công tác tuyên truyền cải cách hành chính năm 2024",
    "Báo cáo năm gửi Ủy ban nhân dân tỉnh (qua Sở Nội vụ): kết quả từng nhiệm vụ, minh chứng kèm theo, tồn tại và đề xuất cho năm 2025.",
    "GTVT-VP", ["chi-dao-dieu-hanh", "chi-so-cchc"], "2024-11-22T16:00:00+07:00", "352/BC-SGTVT", "Báo cáo",
    S_GTVT, "Trần Hữu Hùng", "2024-11-21", "2024-11-21")
doc("d-2024-qd-congbo-duongbo", "Quyết định công bố danh mục thủ tục hành chính lĩnh vực đường bộ thuộc thẩm quyền giải quyết của Sở Giao thông vận tải",
    "Công bố danh mục thủ tục hành chính mới ban hành, sửa đổi, bổ sung và bị bãi bỏ trong lĩnh vực đường bộ, đăng kiểm áp dụng trên địa bàn tỉnh.",
    "GTVT-VP", ["cai-cach-thu-tuc-hanh-chinh"], "2024-04-05T09:00:00+07:00", "845/QĐ-UBND", "Quyết định", UB,
    "Hoàng Nam", "2024-04-03", "2024-04-03")
doc("d-2025-qd-congbo-xd", "Quyết định công bố danh mục thủ tục hành chính thuộc phạm vi chức năng quản lý của Sở Xây dựng sau hợp nhất",
    "Công bố bộ thủ tục hành chính thống nhất của Sở Xây dựng gồm các lĩnh vực hoạt động xây dựng, nhà ở, quy hoạch - kiến trúc, đường bộ, đăng kiểm và đường thủy nội địa.",
    "XD-VP", ["cai-cach-thu-tuc-hanh-chinh"], "2025-03-20T09:00:00+07:00", "612/QĐ-UBND", "Quyết định", UB,
    "Võ Văn Hưng", "2025-03-18", "2025-03-18")
doc("d-2025-qd-congbo-capxa", "Quyết định công bố danh mục thủ tục hành chính thực hiện tại cấp xã theo mô hình chính quyền địa phương hai cấp",
    "Công bố các thủ tục hành chính chuyển từ cấp huyện về cấp xã, trong đó có lĩnh vực hoạt động xây dựng, hộ tịch và hộ kinh doanh, áp dụng từ ngày 01/7/2025.",
    "XD-VP", ["cai-cach-thu-tuc-hanh-chinh", "mot-cua-lien-thong"], "2025-06-30T17:00:00+07:00", "1450/QĐ-UBND",
    "Quyết định", UB, "Võ Văn Hưng", "2025-06-28", "2025-07-01")
doc("d-nd-61-2018", "Nghị định về thực hiện cơ chế một cửa, một cửa liên thông trong giải quyết thủ tục hành chính",
    "Quy định cơ chế một cửa, một cửa liên thông; được thay thế bởi Nghị định 118/2025/NĐ-CP từ ngày 01/7/2025.",
    "GTVT-VP", ["mot-cua-lien-thong", "cai-cach-the-che"], "2024-01-05T08:00:00+07:00", "61/2018/NĐ-CP", "Nghị định",
    CP, "Nguyễn Xuân Phúc", "2018-04-23", "2018-06-21", expiry="2025-06-30", replaced_by="118/2025/NĐ-CP")
doc("d-nd-118-2025", "Nghị định về thực hiện thủ tục hành chính theo cơ chế một cửa, một cửa liên thông tại Bộ phận Một cửa và Cổng Dịch vụ công quốc gia",
    "Thay thế Nghị định 61/2018/NĐ-CP; quy định tiếp nhận hồ sơ không phụ thuộc địa giới hành chính, số hóa hồ sơ và kết nối Bộ phận Một cửa với Cổng Dịch vụ công quốc gia.",
    "XD-VP", ["mot-cua-lien-thong", "cai-cach-the-che", "dich-vu-cong-truc-tuyen"], "2025-06-12T08:00:00+07:00",
    "118/2025/NĐ-CP", "Nghị định", CP, "Trần Hồng Hà", "2025-06-09", "2025-07-01")
doc("d-nd-42-2022", "Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng",
    "Quy định cổng, trang thông tin điện tử của cơ quan nhà nước; hết hiệu lực khi Nghị định 224/2026/NĐ-CP có hiệu lực.",
    "GTVT-VP", ["chinh-quyen-so", "cai-cach-the-che"], "2024-01-05T08:10:00+07:00", "42/2022/NĐ-CP", "Nghị định",
    CP, "Lê Minh Khái", "2022-06-24", "2022-08-01", expiry="2026-06-30", replaced_by="224/2026/NĐ-CP")
doc("d-nd-224-2026", "Nghị định về trang thông tin điện tử, cổng thông tin điện tử của cơ quan nhà nước",
    "Quy định việc công khai thủ tục hành chính bằng tích hợp với Cổng Dịch vụ công quốc gia, yêu cầu hiển thị trên thiết bị di động, hỗ trợ người khuyết tật và cho phép đánh giá thông tin trực tuyến.",
    "XD-VP", ["chinh-quyen-so", "cai-cach-the-che"], "2026-05-25T08:00:00+07:00", "224/2026/NĐ-CP", "Nghị định",
    CP, "TM. Chính phủ", "2026-05-20", "2026-07-01")
doc("d-2025-kh-cchc-xd", "Kế hoạch cải cách hành chính năm 2025 của Sở Xây dựng",
    "Kế hoạch điều chỉnh sau hợp nhất Sở Giao thông vận tải vào Sở Xây dựng, thống nhất đầu mối một cửa và bộ thủ tục hành chính của Sở.",
    "XD-VP", ["chi-dao-dieu-hanh", "to-chuc-bo-may"], "2025-03-12T09:00:00+07:00", "45/KH-SXD", "Kế hoạch", S_XD,
    "Lê Văn Bảo", "2025-03-11", "2025-03-11")
doc("d-2026-kh-cchc-xd", "Kế hoạch cải cách hành chính và tuyên truyền cải cách hành chính năm 2026 của Sở Xây dựng",
    "Đặt mục tiêu 100% thủ tục đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình, giao chỉ tiêu tin, bài tuyên truyền cho từng phòng, đơn vị.",
    "XD-VP", ["chi-dao-dieu-hanh", "chinh-quyen-so"], "2026-01-14T09:00:00+07:00", "08/KH-SXD", "Kế hoạch", S_XD,
    "Lê Văn Bảo", "2026-01-13", "2026-01-13")
