"""Index results 2021–2025 for Quảng Trị. Figures are illustrative (see recipes/README.md)."""

ITEMS = []

PAR_COMP = [("Công tác chỉ đạo, điều hành cải cách hành chính", 9.0), ("Cải cách thể chế", 9.0),
            ("Cải cách thủ tục hành chính", 13.0), ("Cải cách tổ chức bộ máy hành chính nhà nước", 8.5),
            ("Cải cách chế độ công vụ", 14.5), ("Cải cách tài chính công", 8.0),
            ("Xây dựng và phát triển Chính phủ điện tử, Chính phủ số", 10.0),
            ("Tác động của cải cách hành chính đến người dân, tổ chức và phát triển kinh tế - xã hội", 28.0)]
PCI_COMP = ["Gia nhập thị trường", "Tiếp cận đất đai", "Tính minh bạch", "Chi phí thời gian",
            "Chi phí không chính thức", "Cạnh tranh bình đẳng", "Tính năng động của chính quyền tỉnh",
            "Dịch vụ hỗ trợ doanh nghiệp", "Đào tạo lao động", "Thiết chế pháp lý và an ninh trật tự"]
PAPI_COMP = ["Tham gia của người dân ở cấp cơ sở", "Công khai, minh bạch trong việc ra quyết định",
             "Trách nhiệm giải trình với người dân", "Kiểm soát tham nhũng trong khu vực công",
             "Thủ tục hành chính công", "Cung ứng dịch vụ công", "Quản trị môi trường", "Quản trị điện tử"]
SIPAS_COMP = ["Tiếp cận dịch vụ", "Thủ tục hành chính", "Công chức trực tiếp giải quyết công việc",
              "Kết quả cung ứng dịch vụ", "Tiếp nhận, xử lý ý kiến góp ý, phản ánh, kiến nghị"]

# year: (score, rank, group)
PAR = {2021: (82.95, 34, "Nhóm B"), 2022: (80.47, 44, "Nhóm B"), 2023: (84.31, 38, "Nhóm B"),
       2024: (87.02, 30, "Nhóm B"), 2025: (88.14, 17, "Nhóm B")}
PCI = {2021: (63.14, 39, "Nhóm Khá"), 2022: (64.85, 35, "Nhóm Khá"), 2023: (62.49, 45, "Nhóm Trung bình"),
       2024: (64.71, 37, "Nhóm Khá"), 2025: (65.30, 19, "Nhóm Khá")}
PAPI = {2021: (42.61, 32, "Nhóm trung bình cao"), 2022: (42.10, 40, "Nhóm trung bình thấp"),
        2023: (43.05, 28, "Nhóm trung bình cao"), 2024: (43.87, 25, "Nhóm trung bình cao"),
        2025: (44.20, 15, "Nhóm trung bình cao")}
SIPAS = {2021: (82.10, 40, None), 2022: (80.60, 43, None), 2023: (83.20, 35, None), 2024: (84.90, 29, None),
         2025: (86.30, 16, None)}

# Per-component shape (relative strengths), varied a little by year so the charts move.
def _shape(n, year, seed):
    base = [0.78, 0.86, 0.92, 0.81, 0.74, 0.88, 0.83, 0.90, 0.77, 0.85]
    return [base[(i + seed) % 10] + ((year * 7 + i * 3 + seed) % 5 - 2) * 0.012 for i in range(n)]


def _rank(i, year, rank_of, seed):
    return 1 + ((i * 11 + year * 5 + seed * 3) % (rank_of - 1))


SOURCES = {
    "PARINDEX": "Quyết định phê duyệt và công bố Chỉ số cải cách hành chính năm {y} của các bộ, cơ quan ngang bộ, Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương (Bộ Nội vụ)",
    "SIPAS": "Báo cáo Chỉ số hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước năm {y} (Bộ Nội vụ)",
    "PCI": "Báo cáo Chỉ số năng lực cạnh tranh cấp tỉnh (PCI) năm {y} (Liên đoàn Thương mại và Công nghiệp Việt Nam – VCCI)",
    "PAPI": "Báo cáo Chỉ số Hiệu quả quản trị và hành chính công cấp tỉnh (PAPI) năm {y} (UNDP và các đối tác)",
}
NAMES = {"PARINDEX": "PAR INDEX", "SIPAS": "SIPAS", "PCI": "PCI", "PAPI": "PAPI"}
LONG = {"PARINDEX": "Chỉ số cải cách hành chính", "SIPAS": "Chỉ số hài lòng về sự phục vụ hành chính",
        "PCI": "Chỉ số năng lực cạnh tranh cấp tỉnh", "PAPI": "Chỉ số hiệu quả quản trị và hành chính công cấp tỉnh"}
PUBLISH_MONTH = {"PARINDEX": "05-12", "SIPAS": "05-12", "PCI": "04-24", "PAPI": "04-15"}


def _vn(x):
    return f"{x:.2f}".replace(".", ",")


def _commentary(idx, y, score, rank, rank_of, change, comps):
    best = max(comps, key=lambda c: c["score"] / c["max"])
    worst = min(comps, key=lambda c: c["score"] / c["max"])
    trend = ("tăng {} điểm so với năm trước".format(_vn(change)) if change and change > 0 else
             "giảm {} điểm so với năm trước".format(_vn(-change)) if change else "là năm đầu tiên được theo dõi trong chuyên mục")
    merged = (" Từ năm 2025 xếp hạng tính trên 34 tỉnh, thành phố sau sắp xếp đơn vị hành chính, nên không so sánh trực tiếp thứ hạng với các năm trước."
              if y >= 2025 else "")
    return (f"Năm {y}, {LONG[idx]} ({NAMES[idx]}) của tỉnh Quảng Trị đạt {_vn(score)}, {trend}, xếp thứ {rank}/{rank_of}. "
            f"Nội dung đạt tỷ lệ cao nhất là “{best['name']}”, thấp nhất là “{worst['name']}”; đây là nhóm nhiệm vụ được ưu tiên "
            f"trong kế hoạch cải thiện chỉ số của năm tiếp theo.{merged}")


def add(idx, table, comp_defs, scale, comp_max, seed):
    prev = None
    for y, (score, rank, group) in sorted(table.items()):
        rank_of = 63 if y <= 2024 else 34
        shape = _shape(len(comp_defs), y, seed)
        comps = []
        if idx == "PARINDEX":
            raw = [m * s for (n, m), s in zip(comp_defs, shape)]
            k = score / sum(raw)
            for i, ((n, m), r) in enumerate(zip(comp_defs, raw)):
                comps.append({"name": n, "score": round(min(m, r * k), 2), "max": m, "rank": _rank(i, y, rank_of, seed)})
            diff = round(score - sum(c["score"] for c in comps), 2)
            comps[-1]["score"] = round(comps[-1]["score"] + diff, 2)
        elif idx == "PAPI":
            k = score / sum(shape)
            for i, (n, s) in enumerate(zip(comp_defs, shape)):
                comps.append({"name": n, "score": round(s * k, 2), "max": 10, "rank": _rank(i, y, rank_of, seed)})
            diff = round(score - sum(c["score"] for c in comps), 2)
            comps[-1]["score"] = round(comps[-1]["score"] + diff, 2)
        else:
            mean = score / comp_max
            avg = sum(shape) / len(shape)
            for i, (n, s) in enumerate(zip(comp_defs, shape)):
                v = min(comp_max * 0.99, comp_max * mean * s / avg)
                comps.append({"name": n, "score": round(v, 2), "max": comp_max, "rank": _rank(i, y, rank_of, seed)})
        change = round(score - prev, 2) if prev is not None else None
        ITEMS.append({
            "type": "IndexResult", "key": f"i-{idx.lower()}-{y}",
            "title": f"Chỉ số {NAMES[idx]} {y} của tỉnh Quảng Trị",
            "summary": f"{LONG[idx]} năm {y} của tỉnh Quảng Trị: {_vn(score)} điểm, xếp thứ {rank}/{rank_of} tỉnh, thành phố.",
            "unit": "GTVT-VP" if y + 1 <= 2024 else "XD-VP", "topics": ["chi-so-cchc"], "state": "Published",
            "publishedAt": f"{y + 1}-{PUBLISH_MONTH[idx]}T09:00:00+07:00",
            "index": idx, "year": y, "subject": "Tỉnh Quảng Trị", "score": score, "scale": scale, "rank": rank,
            "rankOf": rank_of, "group": group, "change": change, "components": comps,
            "sourceDocument": SOURCES[idx].format(y=y),
            "commentary": _commentary(idx, y, score, rank, rank_of, change, comps),
        })
        prev = score


add("PARINDEX", PAR, PAR_COMP, "Percent", None, 0)
add("PCI", PCI, PCI_COMP, "ZeroToHundred", 10, 3)
# PAPI totals are the sum of 8 dimensions scored 1–10 (range 10–80); the closest scale value is ZeroToHundred.
add("PAPI", PAPI, PAPI_COMP, "ZeroToHundred", 10, 5)
add("SIPAS", SIPAS, SIPAS_COMP, "Percent", 100, 7)
