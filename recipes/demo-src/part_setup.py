DESCRIPTION = ("Nội dung mẫu: chuyên mục Cải cách hành chính của Sở Giao thông vận tải tỉnh Quảng Trị "
               "(2024 – 02/2025), nay là Sở Xây dựng tỉnh Quảng Trị (từ 01/3/2025). Số liệu mang tính minh họa.")


def _u(code, name, kind, parent, vf, vt=None, succ=None):
    return {"code": code, "name": name, "kind": kind, "parent": parent, "validFrom": vf,
            "validTo": vt, "successors": succ or []}


G = ("2008-04-01", "2025-02-28")
UNITS = [
    _u("GTVT", "Sở Giao thông vận tải tỉnh Quảng Trị", "Sở", None, *G, ["XD"]),
    _u("GTVT-VP", "Văn phòng Sở Giao thông vận tải", "Văn phòng", "GTVT", *G, ["XD-VP"]),
    _u("GTVT-TTR", "Thanh tra Sở Giao thông vận tải", "Thanh tra", "GTVT", *G, ["XD-TTR"]),
    _u("GTVT-QLVT", "Phòng Quản lý vận tải, phương tiện và người lái", "Phòng", "GTVT", *G, ["XD-QLVT"]),
    _u("GTVT-KCHT", "Phòng Quản lý kết cấu hạ tầng giao thông", "Phòng", "GTVT", *G, ["XD-HTGT"]),
    _u("GTVT-CL", "Phòng Quản lý chất lượng công trình giao thông", "Phòng", "GTVT", *G, ["XD-HTGT"]),
    _u("GTVT-KHTC", "Phòng Kế hoạch - Tài chính", "Phòng", "GTVT", *G, ["XD-KHTC"]),
    _u("GTVT-DK", "Trung tâm Đăng kiểm phương tiện giao thông", "Trung tâm", "GTVT", *G, ["XD-DK"]),
    _u("XD", "Sở Xây dựng tỉnh Quảng Trị", "Sở", None, "2025-03-01"),
    _u("XD-VP", "Văn phòng Sở Xây dựng", "Văn phòng", "XD", "2025-03-01"),
    _u("XD-TTR", "Thanh tra Sở Xây dựng", "Thanh tra", "XD", "2025-03-01"),
    _u("XD-QLVT", "Phòng Quản lý vận tải, phương tiện và người lái", "Phòng", "XD", "2025-03-01"),
    _u("XD-HTGT", "Phòng Quản lý hạ tầng giao thông và chất lượng công trình", "Phòng", "XD", "2025-03-01"),
    _u("XD-KHTC", "Phòng Kế hoạch - Tài chính", "Phòng", "XD", "2025-03-01"),
    _u("XD-DK", "Trung tâm Đăng kiểm phương tiện giao thông", "Trung tâm", "XD", "2025-03-01"),
    # Commune People's Committees (from 01/07/2025, two-level local government).
    _u("XA-GIOLINH", "Ủy ban nhân dân xã Gio Linh", "UBND xã", None, "2025-07-01"),
    _u("XA-CUATUNG", "Ủy ban nhân dân xã Cửa Tùng", "UBND xã", None, "2025-07-01"),
    _u("XA-KHESANH", "Ủy ban nhân dân xã Khe Sanh", "UBND xã", None, "2025-07-01"),
]

USERS = [
    {"userName": "bientap", "displayName": "Nguyễn Thị Lan", "email": "bientap@example.gov.vn",
     "roles": ["Editor"], "unit": "XD-VP"},
    {"userName": "bientap2", "displayName": "Trần Quốc Bảo", "email": "bientap2@example.gov.vn",
     "roles": ["Editor"], "unit": "XD-VP"},
    {"userName": "congtacvien.vt", "displayName": "Lê Văn Thành", "email": "ctv.vantai@example.gov.vn",
     "roles": ["Contributor"], "unit": "XD-QLVT"},
    {"userName": "congtacvien.dk", "displayName": "Hoàng Thị Mai", "email": "ctv.dangkiem@example.gov.vn",
     "roles": ["Contributor"], "unit": "XD-DK"},
    {"userName": "vanphong", "displayName": "Phan Thị Hằng", "email": "vanphong@example.gov.vn",
     "roles": ["Office"], "unit": "XD-VP"},
]

SETTINGS = {
    "siteName": "Chuyên mục Cải cách hành chính",
    "agencyName": "Sở Xây dựng tỉnh Quảng Trị",
    "agencyAddress": "Số 01 đường Trần Hưng Đạo, phường Đồng Hới, tỉnh Quảng Trị (địa chỉ minh họa)",
    "agencyPhone": "0233 3852 000",
    "agencyEmail": "soxaydung@example.gov.vn",
}
