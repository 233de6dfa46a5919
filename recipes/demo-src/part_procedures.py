"""60 administrative procedures (TTHC) with full detail.

Codes follow the national form; where the exact code or fee is not verified it is plausible and
illustrative (see recipes/README.md).
"""

ITEMS = []
PORTAL = "https://dichvucong.gov.vn/p/home/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc="
QD_2024 = "Quyết định số 845/QĐ-UBND ngày 03/4/2024 của Ủy ban nhân dân tỉnh Quảng Trị"
QD_2025 = "Quyết định số 612/QĐ-UBND ngày 18/3/2025 của Ủy ban nhân dân tỉnh Quảng Trị"
QD_XA = "Quyết định số 1450/QĐ-UBND ngày 28/6/2025 của Ủy ban nhân dân tỉnh Quảng Trị"
SXD = "Sở Xây dựng tỉnh Quảng Trị"
SGTVT = "Sở Giao thông vận tải tỉnh Quảng Trị"
UBX = "Ủy ban nhân dân cấp xã"


def L(number, title, date, issuer):
    return {"number": number, "title": title, "date": date, "issuer": issuer}


QH, CP = "Quốc hội", "Chính phủ"
LAW = {
    "vantai": [L("35/2024/QH15", "Luật Đường bộ", "2024-06-27", QH),
               L("158/2024/NĐ-CP", "Nghị định quy định về hoạt động vận tải đường bộ", "2024-12-18", CP),
               L("47/2019/TT-BTC", "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực giao thông đường bộ", "2019-08-05", "Bộ Tài chính")],
    "hatang": [L("35/2024/QH15", "Luật Đường bộ", "2024-06-27", QH),
               L("165/2024/NĐ-CP", "Nghị định quy định chi tiết và hướng dẫn thi hành một số điều của Luật Đường bộ", "2024-12-26", CP),
               L("41/2024/TT-BGTVT", "Thông tư quy định về quản lý, vận hành khai thác và bảo trì kết cấu hạ tầng đường bộ", "2024-11-15", "Bộ Giao thông vận tải")],
    "gplx": [L("23/2008/QH12", "Luật Giao thông đường bộ", "2008-11-13", QH),
             L("12/2017/TT-BGTVT", "Thông tư quy định về đào tạo, sát hạch, cấp giấy phép lái xe cơ giới đường bộ", "2017-04-15", "Bộ Giao thông vận tải"),
             L("37/2023/TT-BTC", "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí sát hạch lái xe; lệ phí cấp bằng, chứng chỉ hoạt động trên các phương tiện", "2023-06-07", "Bộ Tài chính")],
    "dangkiem": [L("36/2024/QH15", "Luật Trật tự, an toàn giao thông đường bộ", "2024-06-27", QH),
                 L("166/2024/NĐ-CP", "Nghị định quy định điều kiện kinh doanh dịch vụ kiểm định xe cơ giới; tổ chức, hoạt động của cơ sở đăng kiểm", "2024-12-26", CP),
                 L("47/2024/TT-BGTVT", "Thông tư quy định trình tự, thủ tục kiểm định xe cơ giới, xe máy chuyên dùng", "2024-11-15", "Bộ Giao thông vận tải")],
    "duongthuy": [L("23/2004/QH11", "Luật Giao thông đường thủy nội địa (được sửa đổi, bổ sung bởi Luật số 48/2014/QH13)", "2004-06-15", QH),
                  L("08/2021/NĐ-CP", "Nghị định quy định về quản lý hoạt động đường thủy nội địa", "2021-01-28", CP),
                  L("248/2016/TT-BTC", "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí, lệ phí trong lĩnh vực đường thủy nội địa", "2016-11-11", "Bộ Tài chính")],
    "xaydung": [L("50/2014/QH13", "Luật Xây dựng", "2014-06-18", QH),
                L("62/2020/QH14", "Luật sửa đổi, bổ sung một số điều của Luật Xây dựng", "2020-06-17", QH),
                L("175/2024/NĐ-CP", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Xây dựng về quản lý hoạt động xây dựng", "2024-12-30", CP)],
    "nhao": [L("27/2023/QH15", "Luật Nhà ở", "2023-11-27", QH),
             L("95/2024/NĐ-CP", "Nghị định quy định chi tiết một số điều của Luật Nhà ở", "2024-07-24", CP),
             L("100/2024/NĐ-CP", "Nghị định quy định chi tiết một số điều của Luật Nhà ở về phát triển và quản lý nhà ở xã hội", "2024-07-26", CP)],
    "quyhoach": [L("47/2024/QH15", "Luật Quy hoạch đô thị và nông thôn", "2024-11-26", QH),
                 L("40/2019/QH14", "Luật Kiến trúc", "2019-06-13", QH)],
    "hotich": [L("60/2014/QH13", "Luật Hộ tịch", "2014-11-20", QH),
               L("123/2015/NĐ-CP", "Nghị định quy định chi tiết một số điều và biện pháp thi hành Luật Hộ tịch", "2015-11-15", CP),
               L("04/2020/TT-BTP", "Thông tư quy định chi tiết thi hành một số điều của Luật Hộ tịch", "2020-05-28", "Bộ Tư pháp"),
               L("85/2019/TT-BTC", "Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh", "2019-11-29", "Bộ Tài chính")],
    "hkd": [L("59/2020/QH14", "Luật Doanh nghiệp", "2020-06-17", QH),
            L("168/2025/NĐ-CP", "Nghị định về đăng ký doanh nghiệp", "2025-06-30", CP),
            L("68/2025/TT-BTC", "Thông tư ban hành biểu mẫu sử dụng trong đăng ký doanh nghiệp, đăng ký hộ kinh doanh", "2025-07-01", "Bộ Tài chính"),
            L("85/2019/TT-BTC", "Thông tư hướng dẫn về phí và lệ phí thuộc thẩm quyền quyết định của Hội đồng nhân dân tỉnh", "2019-11-29", "Bộ Tài chính")],
    "chungthuc": [L("23/2015/NĐ-CP", "Nghị định về cấp bản sao từ sổ gốc, chứng thực bản sao từ bản chính, chứng thực chữ ký và chứng thực hợp đồng, giao dịch", "2015-02-16", CP),
                  L("226/2016/TT-BTC", "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí chứng thực", "2016-11-11", "Bộ Tài chính")],
}

# field, unit, implementing dept, law key, announcing decision
F = {
    "vantai": ("Đường bộ", "XD-QLVT", "Phòng Quản lý vận tải, phương tiện và người lái"),
    "hatang": ("Đường bộ", "XD-HTGT", "Phòng Quản lý hạ tầng giao thông và chất lượng công trình"),
    "gplx": ("Đường bộ", "GTVT-QLVT", "Phòng Quản lý vận tải, phương tiện và người lái"),
    "dangkiem": ("Đăng kiểm", "XD-DK", "Trung tâm Đăng kiểm phương tiện giao thông"),
    "duongthuy": ("Đường thủy nội địa", "XD-QLVT", "Phòng Quản lý vận tải, phương tiện và người lái"),
    "xaydung": ("Hoạt động xây dựng", "XD-HTGT", "Phòng Quản lý hạ tầng giao thông và chất lượng công trình"),
    "nhao": ("Nhà ở", "XD-VP", "Văn phòng Sở (bộ phận quản lý nhà ở và thị trường bất động sản)"),
    "quyhoach": ("Quy hoạch - kiến trúc", "XD-VP", "Văn phòng Sở (bộ phận quy hoạch - kiến trúc)"),
    "xaydung_xa": ("Hoạt động xây dựng", None, "Công chức phụ trách địa chính - xây dựng"),
    "hotich": ("Hộ tịch", None, "Công chức tư pháp - hộ tịch"),
    "hkd": ("Thành lập và hoạt động của hộ kinh doanh", None, "Phòng Kinh tế"),
    "chungthuc": ("Chứng thực", None, "Công chức tư pháp - hộ tịch"),
}
COMMUNES = ["XA-GIOLINH", "XA-CUATUNG", "XA-KHESANH"]
_n = [0]


def ch(time, fee, fee_online=None, post=True, online=True, direct=True):
    out = []
    if direct:
        out.append({"channel": "TrucTiep", "processingTime": time, "fee": fee})
    if online:
        out.append({"channel": "TrucTuyen", "processingTime": time, "fee": fee_online or fee})
    if post:
        out.append({"channel": "BuuChinh", "processingTime": time, "fee": fee})
    return out


def D(name, originals=1, copies=0, form=None):
    return {"name": name, "originals": originals, "copies": copies, "formTemplate": form}


def days(n, unit="ngày làm việc"):
    return f"{n:02d} {unit} kể từ ngày nhận đủ hồ sơ hợp lệ"


def P(fk, code, name, purpose, subjects, channels, dossier, results, requirements="Không",
      online="ToanTrinh", legacy=None, status="InForce", note=None, extra_step="", local=None,
      deciding=None, extra_law=None):
    field, unit, dept = F[fk]
    law_key = "xaydung" if fk == "xaydung_xa" else fk
    is_xa = unit is None
    if is_xa:
        unit = COMMUNES[_n[0] % 3]
        _n[0] += 1
        implementing = f"{UBX} ({dept})"
        deciding = deciding or "Chủ tịch Ủy ban nhân dân cấp xã"
        where = "Trung tâm phục vụ hành chính công cấp xã"
        decision, published = QD_XA, "2025-07-01T08:00:00+07:00"
        level = "Xa"
    else:
        old = unit.startswith("GTVT")
        agency = SGTVT if old else SXD
        implementing = f"{agency} ({dept})"
        deciding = deciding or f"Giám đốc {agency}"
        where = f"Bộ phận một cửa của {'Sở Giao thông vận tải' if old else 'Sở Xây dựng'} tại Trung tâm Phục vụ hành chính công tỉnh"
        decision = QD_2024 if old else QD_2025
        published = "2024-04-05T08:00:00+07:00" if old else "2025-03-20T08:00:00+07:00"
        level = "Tinh"
    steps = [
        f"Cá nhân, tổ chức chuẩn bị hồ sơ và nộp trực tiếp tại {where}, qua dịch vụ bưu chính công ích"
        + (" hoặc trực tuyến trên Cổng Dịch vụ công quốc gia." if online != "None" else "."),
        "Công chức tiếp nhận kiểm tra hồ sơ: hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần bằng phiếu hướng dẫn; hồ sơ đầy đủ thì cấp giấy tiếp nhận và hẹn ngày trả kết quả.",
        f"{dept} xem xét, thẩm định hồ sơ{extra_step}, trình người có thẩm quyền quyết định.",
        "Trả kết quả trực tiếp, qua bưu chính công ích hoặc bản điện tử trên Cổng Dịch vụ công quốc gia; trường hợp không giải quyết thì trả lời bằng văn bản và nêu rõ lý do.",
    ]
    item = {
        "type": "Procedure", "key": f"p-{code}" + ("" if not is_xa else ""), "title": name,
        "summary": purpose, "unit": unit,
        "topics": ["cai-cach-thu-tuc-hanh-chinh"] + (["dich-vu-cong-truc-tuyen"] if online == "ToanTrinh" else []),
        "state": "Published", "publishedAt": published,
        "code": code if not local else f"{code}.000.00.00.{local}",
        "name": name, "field": field, "level": level, "implementingAgency": implementing,
        "decidingAgency": deciding, "subjects": subjects, "channels": channels, "steps": steps,
        "dossier": dossier, "requirements": requirements, "results": results,
        "legalBases": LAW[law_key] + (extra_law or []), "onlineLevel": online, "legacyLevel": legacy,
        "portalUrl": PORTAL + code, "announcingDecision": decision, "status": status, "statusNote": note,
    }
    ITEMS.append(item)


CN_TC = "Cá nhân, tổ chức"
DN = "Doanh nghiệp, hợp tác xã, hộ kinh doanh vận tải bằng xe ô tô"
TK = "Đơn đề nghị theo mẫu"

# ---------------- Đường bộ: vận tải (Tỉnh) ----------------
P("vantai", "1.002861", "Cấp Giấy phép kinh doanh vận tải bằng xe ô tô",
  "Doanh nghiệp, hợp tác xã, hộ kinh doanh đề nghị cấp giấy phép để được kinh doanh vận tải bằng xe ô tô.", DN,
  ch(days(5), "200.000 đồng/giấy phép", "200.000 đồng/giấy phép (thanh toán trực tuyến)"),
  [D("Giấy đề nghị cấp Giấy phép kinh doanh vận tải bằng xe ô tô", 1, 0, "Mẫu số 01 Phụ lục kèm theo Nghị định 158/2024/NĐ-CP"),
   D("Bản sao văn bằng, chứng chỉ của người trực tiếp điều hành hoạt động vận tải", 0, 1),
   D("Phương án kinh doanh vận tải bằng xe ô tô", 1, 0, "Mẫu số 03 Phụ lục kèm theo Nghị định 158/2024/NĐ-CP")],
  "Giấy phép kinh doanh vận tải bằng xe ô tô (bản điện tử và bản giấy nếu có yêu cầu)",
  "Người trực tiếp điều hành hoạt động vận tải đáp ứng điều kiện về trình độ chuyên môn; có nơi đỗ xe phù hợp với phương án kinh doanh.",
  legacy="Mức độ 4", local="H50", extra_step=", đối chiếu thông tin đăng ký doanh nghiệp trên Cơ sở dữ liệu quốc gia")
P("vantai", "1.002856", "Cấp lại Giấy phép kinh doanh vận tải bằng xe ô tô khi có sự thay đổi nội dung của Giấy phép",
  "Đơn vị vận tải đề nghị cấp lại giấy phép khi thay đổi tên, địa chỉ, người đại diện hoặc loại hình kinh doanh.", DN,
  ch(days(5), "200.000 đồng/giấy phép"),
  [D("Giấy đề nghị cấp lại Giấy phép kinh doanh vận tải bằng xe ô tô", 1, 0, "Mẫu số 01 Phụ lục kèm theo Nghị định 158/2024/NĐ-CP"),
   D("Tài liệu chứng minh sự thay đổi của nội dung ghi trên Giấy phép", 0, 1)],
  "Giấy phép kinh doanh vận tải bằng xe ô tô được cấp lại")
P("vantai", "1.002859", "Cấp phù hiệu xe ô tô kinh doanh vận tải",
  "Đơn vị vận tải đề nghị cấp phù hiệu cho xe ô tô kinh doanh vận tải hành khách, hàng hóa.", DN,
  ch(days(2), "Không"),
  [D("Giấy đề nghị cấp phù hiệu", 1, 0, "Mẫu số 05 Phụ lục kèm theo Nghị định 158/2024/NĐ-CP"),
   D("Hợp đồng thuê phương tiện (trường hợp xe không thuộc sở hữu của đơn vị)", 0, 1)],
  "Phù hiệu điện tử cấp cho từng xe", legacy="Mức độ 4", status="Amended",
  note="Được sửa đổi năm 2026: bỏ yêu cầu nộp bản sao giấy đăng ký xe khi thông tin đã có trong cơ sở dữ liệu đăng ký phương tiện.")
P("vantai", "1.002852", "Cấp lại phù hiệu xe ô tô kinh doanh vận tải",
  "Đơn vị vận tải đề nghị cấp lại phù hiệu khi phù hiệu hết hạn, bị mất hoặc thay đổi thông tin.", DN,
  ch(days(2), "Không"),
  [D("Giấy đề nghị cấp lại phù hiệu", 1, 0, "Mẫu số 05 Phụ lục kèm theo Nghị định 158/2024/NĐ-CP")],
  "Phù hiệu điện tử được cấp lại")
P("vantai", "1.002872", "Đăng ký khai thác tuyến vận tải hành khách cố định bằng xe ô tô",
  "Đơn vị vận tải đăng ký khai thác tuyến cố định liên tỉnh hoặc nội tỉnh có bến đi, bến đến trên địa bàn tỉnh.", DN,
  ch(days(3), "Không"),
  [D("Giấy đăng ký khai thác tuyến", 1, 0, "Mẫu số 07 Phụ lục kèm theo Nghị định 158/2024/NĐ-CP"),
   D("Phương án khai thác tuyến", 1, 0)],
  "Thông báo chấp thuận khai thác tuyến", requirements="Tuyến còn biểu đồ chạy xe; đơn vị đã có Giấy phép kinh doanh vận tải loại hình tuyến cố định.")
P("vantai", "1.002286", "Cấp Giấy phép liên vận giữa Việt Nam và Lào",
  "Cấp giấy phép cho phương tiện vận tải qua cửa khẩu Lao Bảo và các cửa khẩu Việt Nam – Lào.", DN,
  ch(days(2), "50.000 đồng/giấy phép"),
  [D("Giấy đề nghị cấp Giấy phép liên vận Việt – Lào", 1, 0, "Mẫu theo Thông tư hướng dẫn Hiệp định vận tải đường bộ Việt Nam – Lào"),
   D("Giấy đăng ký phương tiện", 0, 1), D("Hợp đồng thuê phương tiện (nếu có)", 0, 1)],
  "Giấy phép liên vận Việt – Lào", online="MotPhan", legacy="Mức độ 3")
P("vantai", "1.002289", "Cấp lại Giấy phép liên vận giữa Việt Nam và Lào",
  "Cấp lại giấy phép liên vận khi bị mất, hư hỏng hoặc hết hạn.", DN,
  ch(days(2), "50.000 đồng/giấy phép"),
  [D("Giấy đề nghị cấp lại Giấy phép liên vận Việt – Lào", 1, 0, "Mẫu theo Thông tư hướng dẫn Hiệp định vận tải đường bộ Việt Nam – Lào")],
  "Giấy phép liên vận Việt – Lào được cấp lại", online="MotPhan")

# ---------------- Đường bộ: hạ tầng (Tỉnh) ----------------
P("hatang", "1.001023", "Cấp phép thi công công trình đường bộ trên đường bộ đang khai thác",
  "Chủ đầu tư, nhà thầu đề nghị cấp phép thi công công trình trên đường tỉnh, quốc lộ được ủy thác quản lý.", CN_TC,
  ch(days(7), "Không"),
  [D("Đơn đề nghị cấp phép thi công", 1, 0, "Mẫu số 01 Phụ lục kèm theo Thông tư 41/2024/TT-BGTVT"),
   D("Văn bản chấp thuận của cơ quan có thẩm quyền (nếu có)", 0, 1),
   D("Hồ sơ thiết kế bản vẽ thi công có biện pháp tổ chức thi công bảo đảm an toàn giao thông", 1, 0)],
  "Giấy phép thi công", extra_step=" và kiểm tra hiện trường khi cần thiết")
P("hatang", "1.001035", "Chấp thuận thiết kế kỹ thuật và phương án tổ chức giao thông của nút giao đấu nối vào đường tỉnh",
  "Chủ đầu tư đề nghị chấp thuận thiết kế nút giao đấu nối đường nhánh vào đường tỉnh.", CN_TC,
  ch(days(7), "Không"),
  [D("Đơn đề nghị chấp thuận thiết kế nút giao", 1, 0, "Mẫu số 02 Phụ lục kèm theo Thông tư 41/2024/TT-BGTVT"),
   D("Hồ sơ thiết kế nút giao và phương án tổ chức giao thông", 1, 0)],
  "Văn bản chấp thuận thiết kế kỹ thuật và phương án tổ chức giao thông",
  requirements="Vị trí đấu nối phù hợp quy hoạch các điểm đấu nối vào đường tỉnh đã được phê duyệt.")
P("hatang", "1.001046", "Cấp giấy phép lưu hành xe quá tải trọng, xe quá khổ giới hạn, xe bánh xích trên đường bộ",
  "Tổ chức, cá nhân đề nghị cấp giấy phép lưu hành cho xe vượt tải trọng, khổ giới hạn của đường bộ.", CN_TC,
  ch(days(2), "Không"),
  [D("Đơn đề nghị cấp giấy phép lưu hành xe", 1, 0, "Mẫu số 03 Phụ lục kèm theo Thông tư 41/2024/TT-BGTVT"),
   D("Giấy đăng ký xe hoặc giấy đăng ký tạm thời", 0, 1),
   D("Phương án vận chuyển (đối với hàng siêu trường, siêu trọng)", 1, 0)],
  "Giấy phép lưu hành xe", legacy="Mức độ 4")
P("hatang", "1.001061", "Chấp thuận xây dựng công trình thiết yếu trong phạm vi bảo vệ kết cấu hạ tầng giao thông đường bộ",
  "Chủ đầu tư công trình điện, viễn thông, cấp thoát nước đề nghị chấp thuận xây dựng trong phạm vi bảo vệ đường bộ.", CN_TC,
  ch(days(7), "Không"),
  [D("Đơn đề nghị chấp thuận xây dựng công trình thiết yếu", 1, 0, "Mẫu số 04 Phụ lục kèm theo Thông tư 41/2024/TT-BGTVT"),
   D("Hồ sơ thiết kế công trình thiết yếu", 1, 0)],
  "Văn bản chấp thuận xây dựng công trình thiết yếu")

# ---------------- Đường bộ: giấy phép lái xe (bãi bỏ từ 01/3/2025) ----------------
NOTE_GPLX = "Bãi bỏ từ ngày 01/3/2025: thẩm quyền sát hạch, cấp, đổi giấy phép lái xe chuyển sang cơ quan Công an theo Luật Trật tự, an toàn giao thông đường bộ năm 2024."
P("gplx", "1.002804", "Đổi giấy phép lái xe do ngành Giao thông vận tải cấp",
  "Người có giấy phép lái xe do ngành Giao thông vận tải cấp đề nghị đổi khi hết hạn hoặc hư hỏng.", "Cá nhân",
  ch(days(5), "135.000 đồng/lần cấp", "115.000 đồng/lần cấp"),
  [D("Đơn đề nghị đổi giấy phép lái xe", 1, 0, "Mẫu số 01 Phụ lục XIX Thông tư 12/2017/TT-BGTVT"),
   D("Giấy khám sức khỏe của người lái xe do cơ sở y tế có thẩm quyền cấp", 1, 0)],
  "Giấy phép lái xe", legacy="Mức độ 4", status="Abolished", note=NOTE_GPLX)
P("gplx", "1.002809", "Cấp lại giấy phép lái xe",
  "Người bị mất giấy phép lái xe đề nghị cấp lại.", "Cá nhân",
  ch(days(10), "135.000 đồng/lần cấp"),
  [D("Đơn đề nghị cấp lại giấy phép lái xe", 1, 0, "Mẫu số 01 Phụ lục XIX Thông tư 12/2017/TT-BGTVT"),
   D("Giấy khám sức khỏe của người lái xe", 1, 0)],
  "Giấy phép lái xe", online="MotPhan", legacy="Mức độ 3", status="Abolished", note=NOTE_GPLX)
P("gplx", "1.002835", "Cấp giấy phép lái xe quốc tế",
  "Người có giấy phép lái xe quốc gia đề nghị cấp giấy phép lái xe quốc tế theo Công ước Viên 1968.", "Cá nhân",
  ch(days(5), "135.000 đồng/lần cấp"),
  [D("Đơn đề nghị cấp giấy phép lái xe quốc tế", 1, 0, "Mẫu số 01 Phụ lục I Thông tư 29/2015/TT-BGTVT")],
  "Giấy phép lái xe quốc tế", legacy="Mức độ 4", status="Abolished", note=NOTE_GPLX)

# ---------------- Đăng kiểm (Tỉnh) ----------------
P("dangkiem", "1.011528", "Thẩm định thiết kế xe cơ giới cải tạo",
  "Tổ chức, cá nhân đề nghị thẩm định hồ sơ thiết kế trước khi cải tạo xe cơ giới.", CN_TC,
  ch(days(5), "Theo giá dịch vụ thẩm định thiết kế do Bộ Xây dựng quy định"),
  [D("Văn bản đề nghị thẩm định thiết kế", 1, 0, "Mẫu theo Thông tư quy định về cải tạo phương tiện"),
   D("Hồ sơ thiết kế xe cơ giới cải tạo", 2, 0)], "Giấy chứng nhận thẩm định thiết kế xe cơ giới cải tạo")
P("dangkiem", "1.011529", "Cấp Giấy chứng nhận chất lượng an toàn kỹ thuật và bảo vệ môi trường xe cơ giới cải tạo",
  "Cấp giấy chứng nhận sau khi xe cơ giới được cải tạo theo thiết kế đã thẩm định.", CN_TC,
  ch(days(2), "Theo giá dịch vụ kiểm định"),
  [D("Văn bản đề nghị nghiệm thu xe cơ giới cải tạo", 1, 0),
   D("Biên bản kiểm tra chất lượng xuất xưởng của cơ sở cải tạo", 1, 0)],
  "Giấy chứng nhận chất lượng an toàn kỹ thuật và bảo vệ môi trường xe cơ giới cải tạo", online="MotPhan")
P("dangkiem", "1.000853", "Kiểm định an toàn kỹ thuật và bảo vệ môi trường xe cơ giới",
  "Chủ xe đưa xe đến kiểm định định kỳ tại đơn vị đăng kiểm.", "Chủ phương tiện",
  [{"channel": "TrucTiep", "processingTime": "Trong ngày kiểm định nếu xe đạt yêu cầu", "fee": "Theo giá dịch vụ kiểm định và lệ phí cấp giấy chứng nhận theo quy định"}],
  [D("Giấy đăng ký xe hoặc bản sao có chứng thực kèm giấy biên nhận thế chấp", 1, 0),
   D("Thông tin thiết bị giám sát hành trình (đối với xe kinh doanh vận tải)", 1, 0)],
  "Giấy chứng nhận kiểm định và tem kiểm định", online="None",
  requirements="Xe phải được đưa đến đơn vị đăng kiểm; chủ xe có thể đặt lịch hẹn trực tuyến.")
P("dangkiem", "1.000862", "Cấp lại Giấy chứng nhận kiểm định xe cơ giới bị mất, hư hỏng",
  "Chủ xe đề nghị cấp lại giấy chứng nhận kiểm định còn hiệu lực bị mất hoặc hư hỏng.", "Chủ phương tiện",
  ch(days(1), "Lệ phí cấp giấy chứng nhận kiểm định theo quy định", post=False),
  [D("Văn bản đề nghị cấp lại", 1, 0)], "Giấy chứng nhận kiểm định được cấp lại", online="MotPhan")
P("dangkiem", "1.011536", "Kiểm định xe máy chuyên dùng",
  "Chủ xe máy chuyên dùng đề nghị kiểm định an toàn kỹ thuật và bảo vệ môi trường.", "Chủ phương tiện",
  [{"channel": "TrucTiep", "processingTime": "Trong ngày kiểm định nếu xe đạt yêu cầu", "fee": "Theo giá dịch vụ kiểm định xe máy chuyên dùng"}],
  [D("Giấy đăng ký xe máy chuyên dùng", 1, 0), D("Văn bản đề nghị kiểm định", 1, 0)],
  "Giấy chứng nhận kiểm định xe máy chuyên dùng", online="None")

# ---------------- Đường thủy nội địa (Tỉnh) ----------------
TN = "Chủ phương tiện thủy nội địa"
P("duongthuy", "1.003658", "Đăng ký phương tiện thủy nội địa lần đầu đối với phương tiện chưa khai thác",
  "Chủ phương tiện đăng ký lần đầu cho phương tiện thủy nội địa mới đóng hoặc nhập khẩu.", TN,
  ch(days(3), "70.000 đồng/giấy chứng nhận"),
  [D("Tờ khai đăng ký phương tiện thủy nội địa", 1, 0, "Mẫu số 01 Phụ lục kèm theo Thông tư về đăng ký phương tiện thủy nội địa"),
   D("Biên lai nộp thuế trước bạ", 0, 1), D("Giấy chứng nhận an toàn kỹ thuật và bảo vệ môi trường của phương tiện", 0, 1)],
  "Giấy chứng nhận đăng ký phương tiện thủy nội địa", legacy="Mức độ 3", online="MotPhan")
P("duongthuy", "1.003669", "Đăng ký lại phương tiện thủy nội địa",
  "Chủ phương tiện đăng ký lại khi chuyển quyền sở hữu, thay đổi tên hoặc chuyển nơi đăng ký.", TN,
  ch(days(3), "70.000 đồng/giấy chứng nhận"),
  [D("Tờ khai đăng ký lại phương tiện", 1, 0, "Mẫu số 01 Phụ lục kèm theo Thông tư về đăng ký phương tiện thủy nội địa"),
   D("Giấy tờ chứng minh việc chuyển quyền sở hữu", 0, 1)], "Giấy chứng nhận đăng ký phương tiện thủy nội địa", online="MotPhan")
P("duongthuy", "1.003673", "Xóa Giấy chứng nhận đăng ký phương tiện thủy nội địa",
  "Chủ phương tiện đề nghị xóa đăng ký khi phương tiện bị mất, phá dỡ hoặc chuyển ra nước ngoài.", TN,
  ch(days(3), "Không"),
  [D("Đơn đề nghị xóa đăng ký phương tiện", 1, 0, "Mẫu số 02 Phụ lục kèm theo Thông tư về đăng ký phương tiện thủy nội địa"),
   D("Giấy chứng nhận đăng ký phương tiện", 1, 0)], "Giấy chứng nhận xóa đăng ký phương tiện")
P("duongthuy", "1.004036", "Công bố hoạt động bến thủy nội địa",
  "Tổ chức, cá nhân đề nghị công bố đưa bến thủy nội địa vào hoạt động.", CN_TC,
  ch(days(5), "Không"),
  [D("Đơn đề nghị công bố hoạt động bến thủy nội địa", 1, 0, "Mẫu số 05 Phụ lục kèm theo Nghị định 08/2021/NĐ-CP"),
   D("Bản vẽ mặt bằng bến, vùng nước trước bến", 1, 0), D("Biên bản nghiệm thu hoàn thành công trình (nếu có)", 0, 1)],
  "Quyết định công bố hoạt động bến thủy nội địa", extra_step=" và kiểm tra thực tế tại bến")
P("duongthuy", "1.004047", "Cấp giấy phép hoạt động bến khách ngang sông",
  "Chủ bến đề nghị cấp giấy phép hoạt động bến khách ngang sông.", CN_TC,
  ch(days(5), "Không"),
  [D("Đơn đề nghị cấp giấy phép hoạt động bến khách ngang sông", 1, 0, "Mẫu số 12 Phụ lục kèm theo Nghị định 08/2021/NĐ-CP"),
   D("Sơ đồ vị trí bến và phương án bảo đảm an toàn", 1, 0)], "Giấy phép hoạt động bến khách ngang sông", online="MotPhan")
P("duongthuy", "1.004088", "Chấp thuận phương án bảo đảm an toàn giao thông khi thi công công trình trên đường thủy nội địa địa phương",
  "Chủ đầu tư đề nghị chấp thuận phương án bảo đảm an toàn giao thông khi thi công trên luồng đường thủy nội địa địa phương.", CN_TC,
  ch(days(5), "Không"),
  [D("Đơn đề nghị chấp thuận phương án bảo đảm an toàn giao thông", 1, 0, "Mẫu số 03 Phụ lục kèm theo Nghị định 08/2021/NĐ-CP"),
   D("Phương án bảo đảm an toàn giao thông", 1, 0)], "Văn bản chấp thuận phương án bảo đảm an toàn giao thông")
P("duongthuy", "1.004106", "Cấp, cấp lại, chuyển đổi giấy chứng nhận khả năng chuyên môn thuyền trưởng hạng tư",
  "Thuyền viên đề nghị cấp, cấp lại hoặc chuyển đổi giấy chứng nhận khả năng chuyên môn.", "Cá nhân",
  ch(days(10), "50.000 đồng/giấy chứng nhận"),
  [D("Đơn đề nghị cấp giấy chứng nhận khả năng chuyên môn", 1, 0, "Mẫu theo Thông tư về thuyền viên, người lái phương tiện thủy nội địa"),
   D("Giấy chứng nhận sức khỏe", 1, 0), D("Ảnh màu cỡ 2x3 cm", 2, 0)],
  "Giấy chứng nhận khả năng chuyên môn thuyền trưởng hạng tư", online="MotPhan")

# ---------------- Hoạt động xây dựng (Tỉnh) ----------------
P("xaydung", "1.009972", "Thẩm định Báo cáo nghiên cứu khả thi đầu tư xây dựng, điều chỉnh Báo cáo nghiên cứu khả thi",
  "Chủ đầu tư đề nghị thẩm định báo cáo nghiên cứu khả thi dự án đầu tư xây dựng thuộc thẩm quyền của Sở.", "Chủ đầu tư dự án",
  ch("25 ngày đối với dự án nhóm B; 20 ngày đối với dự án nhóm C, kể từ ngày nhận đủ hồ sơ hợp lệ", "Theo mức thu phí thẩm định dự án đầu tư xây dựng của Bộ Tài chính"),
  [D("Tờ trình thẩm định Báo cáo nghiên cứu khả thi", 1, 0, "Mẫu số 01 Phụ lục I Nghị định 175/2024/NĐ-CP"),
   D("Hồ sơ Báo cáo nghiên cứu khả thi đầu tư xây dựng", 1, 0),
   D("Văn bản pháp lý liên quan (quyết định chủ trương đầu tư, quy hoạch)", 0, 1)],
  "Thông báo kết quả thẩm định Báo cáo nghiên cứu khả thi", online="MotPhan")
P("xaydung", "1.009974", "Thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở",
  "Chủ đầu tư đề nghị thẩm định thiết kế kỹ thuật hoặc thiết kế bản vẽ thi công.", "Chủ đầu tư dự án",
  ch("30 ngày đối với công trình cấp II, cấp III; 20 ngày đối với công trình còn lại, kể từ ngày nhận đủ hồ sơ hợp lệ", "Theo mức thu phí thẩm định thiết kế xây dựng của Bộ Tài chính"),
  [D("Tờ trình thẩm định thiết kế xây dựng", 1, 0, "Mẫu số 06 Phụ lục I Nghị định 175/2024/NĐ-CP"),
   D("Hồ sơ thiết kế xây dựng", 1, 0), D("Báo cáo kết quả khảo sát xây dựng", 1, 0)],
  "Thông báo kết quả thẩm định thiết kế xây dựng", online="MotPhan")
P("xaydung", "1.009982", "Cấp giấy phép xây dựng mới đối với công trình cấp I, cấp II",
  "Chủ đầu tư đề nghị cấp giấy phép xây dựng cho công trình cấp I, cấp II thuộc thẩm quyền của Sở.", "Chủ đầu tư",
  ch(days(20), "150.000 đồng/giấy phép"),
  [D("Đơn đề nghị cấp giấy phép xây dựng", 1, 0, "Mẫu số 01 Phụ lục II Nghị định 175/2024/NĐ-CP"),
   D("Giấy tờ hợp pháp về đất đai", 0, 1), D("Bản vẽ thiết kế xây dựng", 2, 0),
   D("Quyết định phê duyệt dự án", 0, 1)], "Giấy phép xây dựng", online="MotPhan")
P("xaydung", "1.010001", "Cấp chứng chỉ hành nghề hoạt động xây dựng hạng II, hạng III",
  "Cá nhân đề nghị cấp chứng chỉ hành nghề khảo sát, thiết kế, giám sát, định giá xây dựng.", "Cá nhân",
  ch(days(20), "300.000 đồng/chứng chỉ", "150.000 đồng/chứng chỉ (giảm 50% khi nộp trực tuyến)"),
  [D("Đơn đề nghị cấp chứng chỉ hành nghề", 1, 0, "Mẫu số 01 Phụ lục IV Nghị định 175/2024/NĐ-CP"),
   D("Văn bằng chuyên môn", 0, 1), D("Bản khai kinh nghiệm công tác chuyên môn", 1, 0, "Mẫu số 02 Phụ lục IV Nghị định 175/2024/NĐ-CP")],
  "Chứng chỉ hành nghề hoạt động xây dựng (điện tử)", requirements="Đạt kết quả sát hạch theo quy định.", extra_step=", tổ chức sát hạch")
P("xaydung", "1.010004", "Cấp chứng chỉ năng lực hoạt động xây dựng hạng II, hạng III",
  "Tổ chức đề nghị cấp chứng chỉ năng lực khảo sát, thiết kế, thi công, giám sát xây dựng.", "Tổ chức",
  ch(days(20), "1.000.000 đồng/chứng chỉ", "500.000 đồng/chứng chỉ (giảm 50% khi nộp trực tuyến)"),
  [D("Đơn đề nghị cấp chứng chỉ năng lực", 1, 0, "Mẫu số 04 Phụ lục IV Nghị định 175/2024/NĐ-CP"),
   D("Danh sách nhân sự chủ chốt kèm chứng chỉ hành nghề", 1, 0), D("Hợp đồng, biên bản nghiệm thu công việc đã thực hiện", 0, 1)],
  "Chứng chỉ năng lực hoạt động xây dựng (điện tử)")
P("xaydung", "1.010007", "Cấp giấy phép hoạt động xây dựng cho nhà thầu nước ngoài thực hiện hợp đồng của dự án nhóm B, nhóm C",
  "Nhà thầu nước ngoài đề nghị cấp giấy phép hoạt động xây dựng tại tỉnh.", "Nhà thầu nước ngoài",
  ch(days(20), "2.000.000 đồng/giấy phép"),
  [D("Đơn đề nghị cấp giấy phép hoạt động xây dựng", 1, 0, "Mẫu số 01 Phụ lục VI Nghị định 175/2024/NĐ-CP"),
   D("Kết quả đấu thầu hoặc quyết định chọn thầu", 0, 1), D("Giấy phép thành lập hoặc đăng ký kinh doanh của nhà thầu (dịch sang tiếng Việt)", 0, 1)],
  "Giấy phép hoạt động xây dựng", online="MotPhan")
P("xaydung", "1.010012", "Kiểm tra công tác nghiệm thu hoàn thành công trình",
  "Chủ đầu tư đề nghị cơ quan chuyên môn kiểm tra công tác nghiệm thu trước khi đưa công trình vào sử dụng.", "Chủ đầu tư",
  ch("30 ngày đối với công trình cấp II, cấp III; 20 ngày đối với công trình còn lại, kể từ ngày nhận đủ hồ sơ hợp lệ", "Không"),
  [D("Báo cáo hoàn thành thi công xây dựng", 1, 0, "Mẫu số 03 Phụ lục VII Nghị định 175/2024/NĐ-CP"),
   D("Hồ sơ hoàn thành công trình", 1, 0)],
  "Văn bản thông báo kết quả kiểm tra công tác nghiệm thu", online="MotPhan", extra_step=" và kiểm tra hiện trường công trình")
P("xaydung", "1.010015", "Cấp giấy phép di dời công trình",
  "Chủ đầu tư đề nghị cấp giấy phép di dời công trình xây dựng sang vị trí mới.", "Chủ đầu tư",
  ch(days(20), "150.000 đồng/giấy phép"),
  [D("Đơn đề nghị cấp giấy phép di dời công trình", 1, 0, "Mẫu số 01 Phụ lục II Nghị định 175/2024/NĐ-CP"),
   D("Giấy tờ hợp pháp về đất đai nơi công trình sẽ di dời đến", 0, 1), D("Phương án di dời", 1, 0)],
  "Giấy phép di dời công trình", online="MotPhan")

# ---------------- Nhà ở (Tỉnh) ----------------
P("nhao", "1.012874", "Thẩm định giá bán, giá thuê mua, giá thuê nhà ở xã hội",
  "Chủ đầu tư dự án nhà ở xã hội đề nghị thẩm định giá bán, giá thuê mua, giá thuê.", "Chủ đầu tư dự án nhà ở xã hội",
  ch("30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ", "Không"),
  [D("Văn bản đề nghị thẩm định giá", 1, 0, "Mẫu theo Phụ lục kèm theo Nghị định 100/2024/NĐ-CP"),
   D("Hồ sơ phương án giá", 1, 0)], "Văn bản thông báo kết quả thẩm định giá", online="MotPhan")
P("nhao", "1.012893", "Cho thuê nhà ở công vụ thuộc thẩm quyền quản lý của tỉnh",
  "Cán bộ, công chức thuộc diện được thuê nhà ở công vụ đề nghị thuê nhà.", "Cán bộ, công chức được điều động, luân chuyển",
  ch(days(20), "Không"),
  [D("Đơn đề nghị thuê nhà ở công vụ", 1, 0, "Mẫu theo Phụ lục kèm theo Nghị định 95/2024/NĐ-CP"),
   D("Quyết định điều động, luân chuyển công tác", 0, 1)], "Quyết định cho thuê nhà ở công vụ", online="MotPhan")
P("nhao", "1.012901", "Bán nhà ở cũ thuộc tài sản công",
  "Người đang thuê nhà ở cũ thuộc tài sản công đề nghị mua nhà đang thuê.", "Người đang thuê nhà ở cũ thuộc tài sản công",
  ch("45 ngày kể từ ngày nhận đủ hồ sơ hợp lệ", "Không"),
  [D("Đơn đề nghị mua nhà ở cũ", 1, 0, "Mẫu theo Phụ lục kèm theo Nghị định 95/2024/NĐ-CP"),
   D("Hợp đồng thuê nhà ở", 0, 1), D("Giấy tờ chứng minh đối tượng được miễn, giảm tiền mua nhà (nếu có)", 0, 1)],
  "Hợp đồng mua bán nhà ở", online="None")
P("nhao", "1.012660", "Công nhận chủ đầu tư dự án đầu tư xây dựng nhà ở thương mại",
  "Nhà đầu tư đề nghị công nhận chủ đầu tư dự án nhà ở thương mại.", "Nhà đầu tư",
  ch("30 ngày kể từ ngày nhận đủ hồ sơ hợp lệ", "Không", post=False),
  [D("Văn bản đề nghị công nhận chủ đầu tư", 1, 0), D("Quyết định chấp thuận chủ trương đầu tư", 0, 1)],
  "Quyết định công nhận chủ đầu tư", online="MotPhan")

# ---------------- Quy hoạch - kiến trúc (Tỉnh) ----------------
P("quyhoach", "1.008432", "Cung cấp thông tin về quy hoạch đô thị và nông thôn",
  "Tổ chức, cá nhân đề nghị cung cấp thông tin quy hoạch tại khu vực cụ thể.", CN_TC,
  ch(days(10), "Không"),
  [D("Phiếu đề nghị cung cấp thông tin quy hoạch", 1, 0, "Mẫu theo Thông tư hướng dẫn Luật Quy hoạch đô thị và nông thôn"),
   D("Sơ đồ vị trí khu vực đề nghị cung cấp thông tin", 1, 0)], "Văn bản cung cấp thông tin quy hoạch")
P("quyhoach", "1.008433", "Cấp giấy phép quy hoạch dự án đầu tư xây dựng",
  "Chủ đầu tư đề nghị cấp giấy phép quy hoạch khi khu vực chưa có quy hoạch chi tiết.", "Chủ đầu tư",
  ch("25 ngày kể từ ngày nhận đủ hồ sơ hợp lệ", "2.000.000 đồng/giấy phép"),
  [D("Đơn đề nghị cấp giấy phép quy hoạch", 1, 0), D("Sơ đồ vị trí, ranh giới khu vực dự án", 1, 0),
   D("Thuyết minh nội dung đề nghị cấp giấy phép quy hoạch", 1, 0)], "Giấy phép quy hoạch", online="MotPhan")
P("quyhoach", "1.008434", "Thẩm định nhiệm vụ và đồ án quy hoạch chi tiết thuộc thẩm quyền phê duyệt của Ủy ban nhân dân tỉnh",
  "Cơ quan tổ chức lập quy hoạch đề nghị thẩm định nhiệm vụ, đồ án quy hoạch chi tiết.", "Cơ quan, tổ chức lập quy hoạch",
  ch("20 ngày đối với nhiệm vụ; 25 ngày đối với đồ án, kể từ ngày nhận đủ hồ sơ hợp lệ", "Không"),
  [D("Tờ trình đề nghị thẩm định", 1, 0), D("Hồ sơ nhiệm vụ hoặc đồ án quy hoạch", 1, 0),
   D("Báo cáo tổng hợp ý kiến cộng đồng dân cư", 1, 0)], "Báo cáo kết quả thẩm định", online="MotPhan",
  deciding="Ủy ban nhân dân tỉnh Quảng Trị")

# ---------------- Hoạt động xây dựng (Xã) ----------------
NO = "Hộ gia đình, cá nhân"
P("xaydung_xa", "1.009994", "Cấp giấy phép xây dựng mới đối với nhà ở riêng lẻ",
  "Hộ gia đình, cá nhân đề nghị cấp giấy phép trước khi xây dựng nhà ở riêng lẻ.", NO,
  ch(days(15), "75.000 đồng/giấy phép"),
  [D("Đơn đề nghị cấp giấy phép xây dựng", 1, 0, "Mẫu số 01 Phụ lục II Nghị định 175/2024/NĐ-CP"),
   D("Giấy tờ hợp pháp về đất đai", 0, 1), D("Bản vẽ thiết kế xây dựng (mặt bằng, mặt cắt, mặt đứng, móng)", 2, 0)],
  "Giấy phép xây dựng nhà ở riêng lẻ", online="MotPhan", legacy="Mức độ 3", local="H50", extra_step=" và kiểm tra thực địa")
P("xaydung_xa", "1.009995", "Cấp giấy phép sửa chữa, cải tạo đối với nhà ở riêng lẻ",
  "Hộ gia đình, cá nhân đề nghị cấp giấy phép sửa chữa, cải tạo làm thay đổi kết cấu chịu lực hoặc mặt ngoài nhà ở.", NO,
  ch(days(15), "75.000 đồng/giấy phép"),
  [D("Đơn đề nghị cấp giấy phép sửa chữa, cải tạo", 1, 0, "Mẫu số 01 Phụ lục II Nghị định 175/2024/NĐ-CP"),
   D("Giấy tờ hợp pháp về quyền sở hữu nhà ở", 0, 1), D("Bản vẽ hiện trạng và bản vẽ thiết kế sửa chữa, cải tạo", 2, 0)],
  "Giấy phép sửa chữa, cải tạo", online="MotPhan")
P("xaydung_xa", "1.009996", "Gia hạn giấy phép xây dựng đối với nhà ở riêng lẻ",
  "Chủ nhà đề nghị gia hạn khi chưa khởi công trong thời hạn giấy phép.", NO,
  ch(days(5), "15.000 đồng/lần gia hạn"),
  [D("Đơn đề nghị gia hạn giấy phép xây dựng", 1, 0, "Mẫu số 02 Phụ lục II Nghị định 175/2024/NĐ-CP"),
   D("Bản chính giấy phép xây dựng đã được cấp", 1, 0)], "Giấy phép xây dựng được gia hạn")

# ---------------- Hộ tịch (Xã) ----------------
P("hotich", "1.001193", "Đăng ký khai sinh",
  "Cha, mẹ hoặc người thân đăng ký khai sinh cho trẻ em tại Ủy ban nhân dân cấp xã.", "Cá nhân",
  ch("Ngay trong ngày tiếp nhận hồ sơ; trường hợp nhận hồ sơ sau 15 giờ thì trả kết quả trong ngày làm việc tiếp theo",
     "Miễn lệ phí đăng ký khai sinh đúng hạn; đăng ký quá hạn theo mức Hội đồng nhân dân tỉnh quy định"),
  [D("Tờ khai đăng ký khai sinh", 1, 0, "Mẫu tờ khai ban hành kèm theo Thông tư 04/2020/TT-BTP"),
   D("Giấy chứng sinh hoặc văn bản của người làm chứng xác nhận về việc sinh", 1, 0)],
  "Giấy khai sinh (bản chính) và trích lục khai sinh điện tử", legacy="Mức độ 4", local="H50")
P("hotich", "1.000894", "Đăng ký kết hôn",
  "Nam, nữ công dân Việt Nam cư trú trong nước đăng ký kết hôn tại Ủy ban nhân dân cấp xã.", "Cá nhân",
  ch("Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì không quá 05 ngày làm việc", "Không", post=False),
  [D("Tờ khai đăng ký kết hôn", 1, 0, "Mẫu tờ khai ban hành kèm theo Thông tư 04/2020/TT-BTP"),
   D("Giấy xác nhận tình trạng hôn nhân (trường hợp đăng ký tại xã không phải nơi thường trú)", 1, 0)],
  "Giấy chứng nhận kết hôn", online="MotPhan", requirements="Hai bên nam, nữ phải có mặt khi đăng ký kết hôn.")
P("hotich", "1.000656", "Đăng ký khai tử",
  "Người thân đăng ký khai tử cho người đã chết tại Ủy ban nhân dân cấp xã.", "Cá nhân",
  ch("Ngay trong ngày tiếp nhận hồ sơ; trường hợp cần xác minh thì không quá 03 ngày làm việc",
     "Miễn lệ phí đăng ký khai tử đúng hạn"),
  [D("Tờ khai đăng ký khai tử", 1, 0, "Mẫu tờ khai ban hành kèm theo Thông tư 04/2020/TT-BTP"),
   D("Giấy báo tử hoặc giấy tờ thay giấy báo tử", 1, 0)], "Trích lục khai tử")
P("hotich", "1.004873", "Cấp Giấy xác nhận tình trạng hôn nhân",
  "Công dân đề nghị xác nhận tình trạng hôn nhân để kết hôn hoặc sử dụng vào mục đích khác.", "Cá nhân",
  ch(days(3), "15.000 đồng/giấy xác nhận", "7.500 đồng/giấy xác nhận (giảm 50% khi nộp trực tuyến)"),
  [D("Tờ khai cấp Giấy xác nhận tình trạng hôn nhân", 1, 0, "Mẫu tờ khai ban hành kèm theo Thông tư 04/2020/TT-BTP"),
   D("Giấy tờ chứng minh việc ly hôn hoặc người vợ, chồng đã chết (nếu có)", 0, 1)],
  "Giấy xác nhận tình trạng hôn nhân", legacy="Mức độ 4")
P("hotich", "2.000635", "Cấp bản sao Trích lục hộ tịch",
  "Cá nhân đề nghị cấp bản sao trích lục các sự kiện hộ tịch đã đăng ký.", "Cá nhân",
  ch("Ngay trong ngày tiếp nhận yêu cầu; trường hợp nhận sau 15 giờ thì trả trong ngày làm việc tiếp theo", "8.000 đồng/bản sao"),
  [D("Tờ khai cấp bản sao trích lục hộ tịch", 1, 0, "Mẫu tờ khai ban hành kèm theo Thông tư 04/2020/TT-BTP")],
  "Bản sao trích lục hộ tịch",
  extra_law=[L("281/2016/TT-BTC", "Thông tư quy định mức thu, chế độ thu, nộp, quản lý và sử dụng phí khai thác, sử dụng thông tin trong Cơ sở dữ liệu hộ tịch", "2016-11-14", "Bộ Tài chính")])
P("hotich", "1.001022", "Đăng ký nhận cha, mẹ, con",
  "Cá nhân đề nghị đăng ký việc nhận cha, mẹ, con giữa công dân Việt Nam cư trú trong nước.", "Cá nhân",
  ch("03 ngày làm việc; trường hợp cần xác minh thì không quá 05 ngày làm việc", "15.000 đồng/trường hợp", post=False),
  [D("Tờ khai đăng ký nhận cha, mẹ, con", 1, 0, "Mẫu tờ khai ban hành kèm theo Thông tư 04/2020/TT-BTP"),
   D("Văn bản của cơ quan y tế, giám định hoặc chứng cứ chứng minh quan hệ cha, mẹ, con", 1, 0)],
  "Trích lục đăng ký nhận cha, mẹ, con", online="MotPhan", requirements="Các bên phải có mặt khi đăng ký.")
P("hotich", "1.004859", "Đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch",
  "Cá nhân đề nghị thay đổi, cải chính hoặc bổ sung thông tin trong sổ hộ tịch cho người dưới 14 tuổi hoặc bổ sung thông tin còn thiếu.", "Cá nhân",
  ch(days(3), "15.000 đồng/trường hợp"),
  [D("Tờ khai đăng ký thay đổi, cải chính, bổ sung thông tin hộ tịch", 1, 0, "Mẫu tờ khai ban hành kèm theo Thông tư 04/2020/TT-BTP"),
   D("Giấy tờ làm căn cứ thay đổi, cải chính, bổ sung", 0, 1)], "Trích lục thay đổi, cải chính, bổ sung thông tin hộ tịch")
P("hotich", "1.004837", "Đăng ký giám hộ",
  "Người giám hộ đăng ký việc giám hộ cử hoặc giám hộ đương nhiên.", "Cá nhân",
  ch(days(3), "Không", post=False),
  [D("Tờ khai đăng ký giám hộ", 1, 0, "Mẫu tờ khai ban hành kèm theo Thông tư 04/2020/TT-BTP"),
   D("Văn bản cử người giám hộ hoặc giấy tờ chứng minh điều kiện giám hộ đương nhiên", 1, 0)],
  "Trích lục đăng ký giám hộ", online="MotPhan")

# ---------------- Hộ kinh doanh (Xã) ----------------
HKD_FORM = "Phụ lục ban hành kèm theo Thông tư 68/2025/TT-BTC"
P("hkd", "2.000720", "Đăng ký thành lập hộ kinh doanh",
  "Thủ tục để cá nhân, thành viên hộ gia đình đăng ký thành lập hộ kinh doanh tại Ủy ban nhân dân cấp xã nơi đặt trụ sở hộ kinh doanh.",
  "Cá nhân, thành viên hộ gia đình là công dân Việt Nam có năng lực hành vi dân sự đầy đủ",
  ch(days(3), "100.000 đồng/lần đăng ký", "50.000 đồng/lần đăng ký (giảm 50% khi nộp hồ sơ trực tuyến)"),
  [D("Giấy đề nghị đăng ký hộ kinh doanh", 1, 0, "Mẫu số 01 " + HKD_FORM),
   D("Biên bản họp thành viên hộ gia đình về việc thành lập hộ kinh doanh (trường hợp các thành viên hộ gia đình cùng đăng ký)", 1, 0),
   D("Văn bản ủy quyền của thành viên hộ gia đình cho một thành viên làm chủ hộ kinh doanh (nếu có)", 0, 1)],
  "Giấy chứng nhận đăng ký hộ kinh doanh",
  requirements="Ngành, nghề kinh doanh không bị cấm; tên hộ kinh doanh không trùng với tên hộ kinh doanh đã đăng ký trong phạm vi cấp xã; nộp đủ lệ phí đăng ký.",
  legacy="Mức độ 4", local="H50")
P("hkd", "2.000575", "Đăng ký thay đổi nội dung đăng ký hộ kinh doanh",
  "Hộ kinh doanh đăng ký thay đổi ngành nghề, địa chỉ, vốn, chủ hộ hoặc thông tin khác.", "Hộ kinh doanh",
  ch(days(3), "50.000 đồng/lần đăng ký", "Miễn lệ phí khi nộp hồ sơ trực tuyến"),
  [D("Thông báo thay đổi nội dung đăng ký hộ kinh doanh", 1, 0, "Mẫu số 03 " + HKD_FORM),
   D("Biên bản họp thành viên hộ gia đình về việc thay đổi (nếu có)", 1, 0)],
  "Giấy chứng nhận đăng ký hộ kinh doanh (cấp đổi)")
P("hkd", "2.000644", "Tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn đã thông báo của hộ kinh doanh",
  "Hộ kinh doanh thông báo tạm ngừng hoặc tiếp tục kinh doanh trước thời hạn.", "Hộ kinh doanh",
  ch(days(3), "Không"),
  [D("Thông báo về việc tạm ngừng kinh doanh, tiếp tục kinh doanh trước thời hạn", 1, 0, "Mẫu số 05 " + HKD_FORM)],
  "Giấy xác nhận về việc hộ kinh doanh đăng ký tạm ngừng kinh doanh hoặc tiếp tục kinh doanh")
P("hkd", "2.000659", "Chấm dứt hoạt động hộ kinh doanh",
  "Chủ hộ kinh doanh thông báo chấm dứt hoạt động và nộp lại giấy chứng nhận đăng ký.", "Hộ kinh doanh",
  ch(days(3), "Không"),
  [D("Thông báo về việc chấm dứt hoạt động hộ kinh doanh", 1, 0, "Mẫu số 06 " + HKD_FORM),
   D("Thông báo của cơ quan thuế về việc hoàn thành nghĩa vụ thuế", 0, 1),
   D("Bản gốc Giấy chứng nhận đăng ký hộ kinh doanh", 1, 0)],
  "Thông báo về việc chấm dứt hoạt động hộ kinh doanh")
P("hkd", "2.000588", "Cấp lại Giấy chứng nhận đăng ký hộ kinh doanh",
  "Hộ kinh doanh đề nghị cấp lại giấy chứng nhận bị mất, cháy, rách hoặc hư hỏng.", "Hộ kinh doanh",
  ch(days(3), "50.000 đồng/lần cấp", "Miễn lệ phí khi nộp hồ sơ trực tuyến"),
  [D("Giấy đề nghị cấp lại Giấy chứng nhận đăng ký hộ kinh doanh", 1, 0, "Mẫu số 07 " + HKD_FORM)],
  "Giấy chứng nhận đăng ký hộ kinh doanh (cấp lại)")

# ---------------- Chứng thực (Xã) ----------------
P("chungthuc", "2.000815", "Chứng thực bản sao từ bản chính giấy tờ, văn bản do cơ quan có thẩm quyền của Việt Nam cấp",
  "Cá nhân, tổ chức yêu cầu chứng thực bản sao từ bản chính giấy tờ.", CN_TC,
  [{"channel": "TrucTiep", "processingTime": "Trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ",
    "fee": "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản"},
   {"channel": "TrucTuyen", "processingTime": "Trong ngày làm việc",
    "fee": "2.000 đồng/trang; từ trang thứ ba trở lên 1.000 đồng/trang, tối đa 200.000 đồng/bản"}],
  [D("Bản chính giấy tờ, văn bản làm cơ sở chứng thực", 1, 0), D("Bản sao cần chứng thực", 0, 1)],
  "Bản sao được chứng thực (bản giấy hoặc bản điện tử)", online="MotPhan", legacy="Mức độ 3")
P("chungthuc", "2.000884", "Chứng thực chữ ký trong các giấy tờ, văn bản",
  "Người yêu cầu chứng thực chữ ký của mình trên giấy tờ, văn bản.", "Cá nhân",
  ch("Trong ngày tiếp nhận yêu cầu hoặc ngày làm việc tiếp theo nếu tiếp nhận sau 15 giờ", "10.000 đồng/trường hợp", online=False, post=False),
  [D("Giấy tờ tùy thân còn giá trị sử dụng", 1, 0), D("Giấy tờ, văn bản cần chứng thực chữ ký", 1, 0)],
  "Giấy tờ, văn bản được chứng thực chữ ký", online="None", requirements="Người yêu cầu phải ký trước mặt người thực hiện chứng thực.")
P("chungthuc", "2.001035", "Chứng thực hợp đồng, giao dịch liên quan đến tài sản là động sản",
  "Các bên yêu cầu chứng thực hợp đồng, giao dịch về động sản như xe máy, ô tô.", CN_TC,
  ch("02 ngày làm việc kể từ ngày nhận đủ hồ sơ hợp lệ", "50.000 đồng/hợp đồng, giao dịch", online=False, post=False),
  [D("Dự thảo hợp đồng, giao dịch", 1, 0), D("Giấy tờ tùy thân của người yêu cầu", 0, 1),
   D("Giấy chứng nhận quyền sở hữu hoặc giấy đăng ký tài sản", 0, 1)],
  "Hợp đồng, giao dịch được chứng thực", online="None", requirements="Các bên phải ký trước mặt người thực hiện chứng thực.")
