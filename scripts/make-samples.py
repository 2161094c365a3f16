#!/usr/bin/env python3
"""Writes samples/: two months of commune returns as they really arrive at the district.

Deterministic (a fixed seed, no clock): running it again rewrites the same bytes.
Run from the repository root: python3 scripts/make-samples.py, then
scripts/make-xlsx-samples.py, which turns four of May's returns into filled templates.
Needs iconv (glibc) for the Windows-1258 and TCVN3 files.
"""
import datetime, json, os, random, shutil, subprocess, unicodedata

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "samples")

UNITS = [("07615", "Thị trấn An Châu", "An Châu"), ("07616", "Thị trấn Tây Yên Tử", "Tây Yên Tử"),
         ("07621", "Xã Vân Sơn", "Vân Sơn"), ("07624", "Xã Hữu Sản", "Hữu Sản"), ("07627", "Xã Đại Sơn", "Đại Sơn"),
         ("07630", "Xã Phúc Sơn", "Phúc Sơn"), ("07636", "Xã Giáo Liêm", "Giáo Liêm"), ("07642", "Xã Cẩm Đàn", "Cẩm Đàn"),
         ("07645", "Xã An Lạc", "An Lạc"), ("07648", "Xã Vĩnh An", "Vĩnh An"), ("07651", "Xã Yên Định", "Yên Định"),
         ("07654", "Xã Lệ Viễn", "Lệ Viễn"), ("07660", "Xã An Bá", "An Bá"), ("07663", "Xã Tuấn Đạo", "Tuấn Đạo"),
         ("07666", "Xã Dương Hưu", "Dương Hưu"), ("07672", "Xã Long Sơn", "Long Sơn"), ("07678", "Xã Thanh Luận", "Thanh Luận")]
THON = {"07615": ["Phố Mới", "Phố Cũ", "Phố Thống Nhất", "Thôn Mới"], "07616": ["TDP Đồng Rì", "Tuyến 7", "TDP Thanh Sơn", "TDP Tuấn Mậu"],
        "07648": ["Làng Chẽ", "Khe Nghè", "An Lập", "Vĩnh Khương"], "07666": ["Đồng Làng", "Biểng", "Nà Hồng"],
        "07663": ["Am Hà", "Linh Phú", "Bồng Am", "Đồng Thông"], "07624": ["Nà Hồng", "Khe Đặng", "Hòa Bình", "Nà Phai"]}
DEFAULT_THON = ["Thôn Đồng Bưa", "Thôn Nà Ó", "Thôn Khe Ráy", "Thôn Bản Chợ", "Thôn Thác"]
SURNAMES = ["Hoàng", "Nguyễn", "Dương", "Chu", "La", "Lương", "Vi", "Lý", "Triệu", "Đặng", "Ninh", "Trần"]
MIDDLE_M, MIDDLE_F = ["Văn", "Đức", "Quang", "Minh"], ["Thị", "Thị Thu", "Thị Ngọc"]
GIVEN = ["Tám", "Sáu", "Hùng", "Nam", "Lợi", "Quý", "Tư", "Bảy", "Hoa", "Lan", "Mai", "Hương", "Thắng", "Cường", "Hải", "Dũng", "Phương", "Hà"]

HEADERS = {
 "DD01": ["Xã, thị trấn", "Thôn, tổ dân phố", "Tổ chức, cá nhân vi phạm", "Tờ bản đồ số", "Thửa đất số", "Loại vi phạm", "Diện tích vi phạm (m²)", "Nguồn gốc", "Ngày phát hiện", "Tình trạng xử lý", "Ngày xử lý xong", "Ghi chú"],
 "DD02": ["Xã, thị trấn", "Tên dự án", "Diện tích cần GPMB (m²)", "Diện tích đã bàn giao (m²)", "Số hộ bị ảnh hưởng", "Số hộ đã nhận tiền bồi thường", "Đủ mặt bằng khởi công", "Khó khăn, vướng mắc"],
 "LN01": ["Xã, thị trấn", "Thôn, tổ dân phố", "Tiểu khu", "Khoảnh", "Lô", "Loại rừng", "Hành vi vi phạm", "Diện tích thiệt hại (ha)", "Khối lượng gỗ (m³)", "Ngày phát hiện", "Tình trạng xử lý", "Ngày xử lý xong", "Ghi chú"],
 "LN02": ["Xã, thị trấn", "Thôn, tổ dân phố", "Số lô rừng sản xuất giáp ranh rừng tự nhiên", "Số lô đã lập hồ sơ hiện trạng", "Diện tích trồng rừng gỗ lớn (ha)", "Diện tích liên kết trồng rừng (ha)", "Diện tích có chứng chỉ FSC (ha)", "Diện tích đất rừng sau thu hồi (ha)", "Diện tích đã có phương án quản lý (ha)"],
 "NO01": ["Xã, thị trấn", "Thôn, tổ dân phố", "Họ tên chủ hộ", "Năm sinh chủ hộ", "Đối tượng", "Hình thức hỗ trợ", "Đủ điều kiện về đất đai", "Tình trạng", "Ngày phê duyệt hồ sơ", "Ngày khởi công", "Ngày hoàn thành", "Kinh phí hỗ trợ (đồng)", "Ghi chú"],
 "OC01": ["Xã, thị trấn", "Tên sản phẩm", "Chủ thể", "Loại chủ thể", "Nhóm sản phẩm", "Hạng sao", "Tình trạng", "Ngày quyết định công nhận", "Ghi chú"],
 "OC02": ["Xã, thị trấn", "Tên dự án", "Đối tượng (3 cây, 2 con)", "Quy mô", "Đơn vị tính", "Số hộ tham gia", "Kinh phí (đồng)", "Tình trạng", "Ngày cấp giống"],
 "NS01": ["Xã, thị trấn", "Thôn, tổ dân phố", "Địa điểm, tuyến", "Nguyên nhân", "Số hộ bị ảnh hưởng", "Ngày mất nước", "Ngày cấp nước trở lại", "Đơn vị chịu trách nhiệm"],
 "NS02": ["Xã, thị trấn", "Thôn, tổ dân phố", "Số hộ thiếu nước sinh hoạt", "Số hộ tự tìm nguồn nước", "Số hộ được hỗ trợ", "Kiến nghị"],
 "TD01": ["Xã, thị trấn", "Mã nhiệm vụ", "Tình trạng", "Tỷ lệ hoàn thành (%)", "Ngày hoàn thành", "Khó khăn, vướng mắc", "Đề xuất, kiến nghị"],
}
TITLES = {"DD01": "Danh sách vi phạm đất đai", "DD02": "Tiến độ giải phóng mặt bằng dự án", "LN01": "Vi phạm Luật Lâm nghiệp",
          "LN02": "Kết quả quản lý, phát triển rừng theo thôn", "NO01": "Danh sách hộ ở nhà tạm, nhà dột nát", "OC01": "Sản phẩm OCOP",
          "OC02": "Dự án hỗ trợ phát triển sản xuất", "NS01": "Sự cố mất nước sinh hoạt", "NS02": "Tình hình nước sinh hoạt theo thôn",
          "TD01": "Tiến độ nhiệm vụ trọng tâm"}
TASKS = ["DD-1", "DD-2", "DD-3", "DD-4", "LN-1", "LN-2", "LN-3", "LN-4", "NO-1", "NO-2", "NO-3", "SX-1", "SX-2", "SX-3", "NS-1", "NS-2"]

# How each unit's office saves its files (SPEC §2 dialects).
DIALECT = {"07615": "excel-vn", "07616": "google", "07621": "excel-vn", "07624": "libreoffice", "07627": "excel-utf8",
           "07630": "excel-vn", "07636": "excel-utf8", "07642": "libreoffice", "07645": "excel-vn", "07648": "excel-utf8",
           "07651": "excel-vn", "07654": "libreoffice-nfd", "07660": "google", "07663": "excel-vn", "07666": "excel-vn",
           "07672": "excel-utf8", "07678": "excel-vn"}
MISSING = {"2024-05": {"07636", "07672"}, "2024-06": {"07621", "07645", "07672"}, "2024-07": {"07621", "07672"}}


class Month:
    def __init__(self, period, rng):
        self.period, self.rng = period, rng
        y, m = map(int, period.split("-"))
        self.year, self.month = y, m
        self.start = (y, m - 1, 15) if m > 1 else (y - 1, 12, 15)
        self.end = (y, m, 14)
        self.expected = []

    def day(self, lo_days_before_end=28, hi_days_before_end=0):
        import datetime
        end = datetime.date(*self.end)
        d = end - datetime.timedelta(days=self.rng.randint(hi_days_before_end, lo_days_before_end))
        return d

    def fmt(self, d, style="dmy"):
        if style == "iso": return d.strftime("%Y-%m-%d")
        if style == "dash": return d.strftime("%d-%m-%Y")
        return f"{d.day:02d}/{d.month:02d}/{d.year}"


def person(rng):
    female = rng.random() < 0.4
    return f"{rng.choice(SURNAMES)} {rng.choice(MIDDLE_F if female else MIDDLE_M)} {rng.choice(GIVEN)}"


def num(v, vn, decimals=None):
    """A number as the file's regional format writes it."""
    if decimals is None:
        s = f"{v:,}"
        return s.replace(",", ".") if vn else s
    s = f"{v:,.{decimals}f}"
    if vn: s = s.replace(",", "#").replace(".", ",").replace("#", ".")
    return s


def encode(text, dialect):
    if dialect == "excel-vn":
        return subprocess.run(["iconv", "-f", "UTF-8", "-t", "CP1258"], input=text.encode(), capture_output=True, check=True).stdout
    if dialect == "tcvn3":
        return subprocess.run(["iconv", "-f", "UTF-8", "-t", "TCVN5712-1"], input=text.encode(), capture_output=True, check=True).stdout
    if dialect == "unicode-text":
        return b"\xff\xfe" + text.encode("utf-16-le")
    if dialect == "excel-utf8":
        return b"\xef\xbb\xbf" + text.encode()
    if dialect == "libreoffice-nfd":
        return unicodedata.normalize("NFD", text).encode()
    return text.encode()


def quote(cell, sep):
    cell = str(cell)
    if sep in cell or '"' in cell or "\n" in cell:
        return '"' + cell.replace('"', '""') + '"'
    return cell


def write(month, unit, form, rows, dialect=None, titles=True, name=None, total=None, planted=()):
    code, full, short = unit
    dialect = dialect or DIALECT[code]
    sep = {"excel-vn": ";", "tcvn3": ";", "unicode-text": "\t"}.get(dialect, ",")
    eol = "\n" if dialect in ("google",) else "\r\n"
    header = HEADERS[form]
    lines = []
    if titles:
        pad = sep * (len(header) - 1) if dialect in ("excel-vn", "excel-utf8") else ""
        lines.append(quote(("UBND " + full).upper(), sep) + pad)
        lines.append(quote(f"Biểu {form} - {TITLES[form]} - Tháng {month.month}/{month.year}", sep) + pad)
        lines.append(pad)
    header_line = len(lines) + 1
    lines.append(sep.join(quote(h, sep) for h in header))
    for r in rows:
        lines.append(sep.join(quote(c, sep) for c in r))
    if total is not None:
        lines.append(sep.join(quote(c, sep) for c in total))
    folder = os.path.join(ROOT, month.period, f"{code}-{slug(short)}")
    os.makedirs(folder, exist_ok=True)
    fname = name or f"{form} {short} T{month.month}.csv"
    path = os.path.join(folder, fname)
    with open(path, "wb") as f:
        f.write(encode(eol.join(lines) + eol, dialect))
    rel = os.path.relpath(path, os.path.join(ROOT, ".."))
    for (row_index, column, code_) in planted:
        month.expected.append({"file": rel, "line": header_line + 1 + row_index, "column": column, "code": code_})
    return rel


def slug(s):
    s = unicodedata.normalize("NFD", s.replace("Đ", "D").replace("đ", "d"))
    s = "".join(ch for ch in s if unicodedata.category(ch) != "Mn").lower()
    return "-".join("".join(ch if ch.isalnum() else " " for ch in s).split())


def unit_cell(rng, unit, i):
    code, full, short = unit
    styles = [full, short, full, short, ("TT " if code in ("07615", "07616") else "X. ") + short, code.lstrip("0") if i % 7 == 3 else short]
    return styles[i % len(styles)]


def make_month(period, seed):
    rng = random.Random(seed)
    m = Month(period, rng)
    present = [u for u in UNITS if u[0] not in MISSING[period]]
    by = {u[0]: u for u in UNITS}
    vn = lambda u: DIALECT[u[0]] in ("excel-vn",)
    june = period == "2024-06"

    # DD01: land violations — the Directive 19 backlog and a few new cases.
    for u in [x for x in present if x[0] in ("07615", "07648", "07624", "07627", "07651", "07666", "07678")]:
        rows, planted = [], []
        for i in range(rng.randint(3, 8)):
            backlog = rng.random() < 0.7
            found = m.day(1200, 400) if backlog else m.day(27, 1)
            status = rng.choice(["Đã xử lý xong", "Đang xử lý", "Chưa xử lý"] if backlog else ["Chưa xử lý", "Đang xử lý"])
            done = m.fmt(m.day(25, 0)) if status == "Đã xử lý xong" else ""
            rows.append([unit_cell(rng, u, i), rng.choice(THON.get(u[0], DEFAULT_THON)), person(rng), str(rng.randint(1, 40)), str(rng.randint(1, 300)),
                         rng.choice(["Lấn, chiếm đất", "Tự ý chuyển mục đích sử dụng đất", "Xây dựng trái phép trên đất nông nghiệp", "Hủy hoại đất"]),
                         num(round(rng.uniform(20, 800), 1), vn(u), 1), "CT19" if backlog else "Phát sinh mới", m.fmt(found), status, done, ""])
        if u[0] == "07648":
            rows[0][9], rows[0][10] = "Đã xử lý xong", ""
            planted.append((0, "ngay_xu_ly_xong", "rule"))
        if u[0] == "07627" and not june:
            rows.append(list(rows[1]))
            planted.append((len(rows) - 1, None, "duplicate-row"))
        write(m, u, "DD01", rows, planted=planted)

    # DD02: site clearance, including the An Châu trunk roads and the Hữu Sản forestry road.
    projects = {"07615": [("Dự án cải tạo, nâng cấp các tuyến đường trục chính thị trấn An Châu", 42000.0, 61), ("Hệ thống cấp nước sinh hoạt trung tâm huyện", 8500.0, 12)],
                "07624": [("Đường sản xuất lâm nghiệp xã Hữu Sản", 15600.0, 23)],
                "07648": [("Khu dân cư mới thôn Vĩnh Khương", 12000.0, 30), ("Trường mầm non Vĩnh An", 3200.0, 4)],
                "07616": [("Quy hoạch di dời các hộ dân khu Tuyến 7, TDP Đồng Rì", 25000.0, 48)]}
    for code, plist in projects.items():
        if code not in {u[0] for u in present}: continue
        u = by[code]
        rows, planted = [], []
        for (name, need, households) in plist:
            share = min(1.0, rng.uniform(0.6, 1.05) + (0.08 if june else 0))
            handed = round(need * share, 1)
            paid = int(households * share)
            full_site = "Có" if handed >= need else "Không"
            rows.append([unit_cell(rng, u, 0), name, num(need, vn(u), 1), num(handed, vn(u), 1), str(households), str(paid), full_site,
                         "Một số hộ chưa đồng thuận giá bồi thường" if full_site == "Không" else ""])
        write(m, u, "DD02", rows, planted=planted)

    # LN01 / LN02: forests.
    for u in [x for x in present if x[0] in ("07624", "07621", "07654", "07660", "07666")]:
        rows = []
        for i in range(rng.randint(1, 4)):
            status = rng.choice(["Đã xử lý xong", "Đang xử lý", "Chưa xử lý"])
            rows.append([unit_cell(rng, u, i), rng.choice(THON.get(u[0], DEFAULT_THON)), str(rng.randint(300, 420)), str(rng.randint(1, 12)), str(rng.randint(1, 30)),
                         rng.choice(["Rừng tự nhiên", "Rừng trồng", "trồng"]),
                         rng.choice(["Phá rừng trái pháp luật", "Khai thác rừng trái pháp luật", "Lấn, chiếm đất rừng", "Vận chuyển lâm sản trái pháp luật"]),
                         num(round(rng.uniform(0.01, 1.5), 4), vn(u), 4), num(round(rng.uniform(0, 8), 2), vn(u), 2), m.fmt(m.day(60, 1)), status,
                         m.fmt(m.day(0, 0)) if status == "Đã xử lý xong" else "", ""])
        write(m, u, "LN01", rows)
    for u in [x for x in present if x[0] in ("07624", "07621", "07654", "07660", "07666", "07663", "07645")]:
        rows, planted = [], []
        for i, thon in enumerate(THON.get(u[0], DEFAULT_THON)[:3]):
            border = rng.randint(4, 30)
            filed = rng.randint(0, border)
            rec = round(rng.uniform(2, 40), 2)
            rows.append([unit_cell(rng, u, i), thon, str(border), str(filed), num(round(rng.uniform(5, 60), 2), vn(u), 2), num(round(rng.uniform(0, 30), 2), vn(u), 2),
                         num(round(rng.uniform(0, 20), 2), vn(u), 2), num(rec, vn(u), 2), num(round(rec * rng.uniform(0.3, 1), 2), vn(u), 2)])
        if u[0] == "07660":
            rows[1][3] = str(int(rows[1][2]) + 2)
            planted.append((1, "lo_da_lap_ho_so", "rule"))
        write(m, u, "LN02", rows, planted=planted)

    # NO01: households in temporary or dilapidated houses (thôn Làng Chẽ and the rest).
    for u in [x for x in present if x[0] in ("07615", "07616", "07648", "07666", "07663", "07678", "07630", "07642", "07651")]:
        rows, planted = [], []
        for i in range(rng.randint(4, 12)):
            kind = rng.choice(["Hộ nghèo", "Hộ nghèo", "Hộ cận nghèo", "HN", "CN", "Người có công"])
            build = rng.choice(["Xây mới", "Sửa chữa", "XM", "SC"])
            eligible = rng.random() < 0.85
            status = rng.choice(["Chưa phê duyệt hồ sơ", "Đã phê duyệt hồ sơ", "Đang thi công", "Hoàn thành"] if eligible else ["Chưa phê duyệt hồ sơ"])
            approved = m.day(80, 20) if status != "Chưa phê duyệt hồ sơ" else None
            started = m.day(19, 8) if status in ("Đang thi công", "Hoàn thành") else None
            finished = m.day(7, 0) if status == "Hoàn thành" else None
            cap = 60000000 if build in ("Xây mới", "XM") else 30000000
            money = rng.choice([cap, cap - 5000000, cap - 10000000]) if status != "Chưa phê duyệt hồ sơ" else None
            rows.append([unit_cell(rng, u, i), rng.choice(THON.get(u[0], DEFAULT_THON)), person(rng), str(rng.randint(1945, 1995)), kind, build,
                         rng.choice(["Có", "x", "C"]) if eligible else "Không", status,
                         m.fmt(approved) if approved else "", m.fmt(started) if started else "", m.fmt(finished) if finished else "",
                         num(money, vn(u)) if money else "", "" if eligible else "Chưa có đất ở ổn định"])
        if u[0] == "07648":
            rows[0][1] = "Làng Chẽ"; rows[1][1] = "Làng Chẽ"
            rows[2][9] = "31/02/2024"; rows[2][7] = "Đang thi công"; rows[2][8] = "01/03/2024"
            planted.append((2, "ngay_khoi_cong", "type-date"))
        if u[0] == "07615":
            rows[1][11] = "1,234"
            planted.append((1, "kinh_phi", "number-ambiguous"))
        if u[0] == "07663":
            rows[0][7], rows[0][8], rows[0][9], rows[0][10], rows[0][5] = "Hoàn thành", "01/03/2024", "15/03/2024", "30/04/2024", "Xây mới"
            rows[0][11] = num(70000000, vn(u))
            planted.append((0, "kinh_phi", "cap-exceeded"))
        if u[0] == "07678":
            rows[0][0] = "Thanh Luân"
            planted.append((0, "xa", "unit-alias"))
        dialect = "tcvn3" if u[0] == "07666" else None
        if u[0] == "07666":
            rows[0][0] = "Dương Hữu"
            planted.append((0, "xa", "unit-alias"))
        first = write(m, u, "NO01", rows, dialect=dialect, name=("NO01 DuongHuu (may cu).csv" if u[0] == "07666" else None), planted=planted)
        if u[0] == "07615" and period == "2024-05":
            # An Châu's corrected return, sent after its slip: the ambiguous amount written
            # plainly. It replaces the first file (submission-superseded), whose issues no
            # longer count; its name sorts after the first's, so a fresh checkout also writes it last.
            fixed = [list(r) for r in rows]
            fixed[1][11] = num(25000000, vn(u))
            write(m, u, "NO01", fixed, name=f"NO01 {u[2]} T{m.month}_sửa.csv")
            m.expected[:] = [e for e in m.expected if e["file"] != first]
            m.expected.append({"file": first, "line": None, "column": None, "code": "submission-superseded"})

    # OC01 / OC02: OCOP products (forest honey, hill chicken…) and production projects.
    products = {"07663": [("Mật ong rừng Tuấn Đạo", "HTX Nông nghiệp Am Hà", "HTX", "Thực phẩm", "3 sao", "2021-06-20"), ("Gà đồi Linh Phú", "Tổ hợp tác gà đồi Linh Phú", "THT", "Thực phẩm", "3*", "2023-03-10"), ("Trà hoa vàng Tuấn Đạo", "HTX Trà hoa vàng", "HTX", "Đồ uống", "Chưa xếp hạng", None)],
                "07624": [("Mật ong rừng Hữu Sản", "HTX Hữu Sản", "HTX", "Thực phẩm", "3 sao", "2021-04-02"), ("Măng khô Hữu Sản", "Hộ kinh doanh Vi Văn Hải", "Hộ kinh doanh", "Thực phẩm", "Chưa xếp hạng", None)],
                "07615": [("Na dai An Châu", "HTX Dịch vụ nông nghiệp An Châu", "HTX", "Thực phẩm", "4 sao", "2022-11-15")],
                "07651": [("Vải thiều Yên Định", "HTX Vải Yên Định", "HTX", "Thực phẩm", "3 sao", "2022-06-01"), ("Rượu men lá Yên Định", "Tổ hợp tác rượu men lá", "THT", "Đồ uống", "Chưa xếp hạng", None)],
                "07654": [("Ba kích tím Lệ Viễn", "HTX Dược liệu Lệ Viễn", "HTX", "Dược liệu và sản phẩm từ dược liệu", "3 sao", "2020-12-05")]}
    for code, plist in products.items():
        if code not in {u[0] for u in present}: continue
        u = by[code]
        rows, planted = [], []
        end = datetime.date(*m.end)
        for (name, owner, kind, group, stars, certified) in plist:
            status = "Đã được công nhận" if certified else rng.choice(["Đề xuất mới", "Đang hoàn thiện hồ sơ"])
            d = ""
            if certified:
                y, mo, da = map(int, certified.split("-")); d = f"{da:02d}/{mo:02d}/{y}"
                # Certification lasts 36 months: the products certified in 2020-2021 run out now.
                expiry = datetime.date(y + 3, mo, da)
                soon = datetime.date(end.year + (end.month + 2) // 12, (end.month + 2) % 12 + 1, end.day)
                if expiry < end: planted.append((len(rows), "ngay_cong_nhan", "ocop-expired"))
                elif expiry <= soon: planted.append((len(rows), "ngay_cong_nhan", "ocop-expiring"))
            rows.append([unit_cell(rng, u, 0), name, owner, kind, group, stars, status, d, ""])
        dialect = "unicode-text" if code == "07663" else None
        write(m, u, "OC01", rows, dialect=dialect, titles=code != "07663", name=("OC01 TuanDao.txt" if code == "07663" else None), planted=planted)
    for u in [x for x in present if x[0] in ("07624", "07621", "07630", "07660", "07663", "07678")]:
        rows, planted = [], []
        for i in range(rng.randint(2, 4)):
            target = rng.choice(["Cây dược liệu", "Cây ăn quả", "Cây lấy gỗ", "Đại gia súc", "Con gà"])
            unit_of = {"Đại gia súc": "con", "Con gà": "con"}.get(target, "ha")
            scale = rng.randint(20, 300) if unit_of == "con" else round(rng.uniform(2, 25), 2)
            status = rng.choice(["Đã phê duyệt", "Đang triển khai", "Hoàn thành"])
            delivered = m.fmt(m.day(60, 1)) if status != "Đã phê duyệt" else ""
            rows.append([unit_cell(rng, u, i), f"Hỗ trợ phát triển {target.lower()} thôn {rng.choice(THON.get(u[0], DEFAULT_THON)).replace('Thôn ', '')}, gói {i + 1}", target,
                         num(scale, vn(u)) if unit_of == "con" else num(scale, vn(u), 2), unit_of, str(rng.randint(5, 40)), num(rng.randint(50, 900) * 1000000, vn(u)), status, delivered])
        if u[0] == "07630":
            rows[0][2], rows[0][4], rows[0][8] = "Đại gia súc", "con", "15/01/2024"
            planted.append((0, "ngay_cap_giong", "cold-season-delivery"))
        if u[0] == "07621":
            rows[1][7] = "Đang làm"
            planted.append((1, "tinh_trang", "type-enum"))
        write(m, u, "OC02", rows, planted=planted)

    # NS01: water outages — the An Châu trunk-road works and Đồng Rì.
    if "07615" in {u[0] for u in present}:
        u = by["07615"]
        end = datetime.date(*m.end)
        rows = [[unit_cell(rng, u, 0), "Phố Mới", "Đường trục chính đoạn chợ An Châu", "Thi công dự án đường trục chính thị trấn An Châu", "48", m.fmt(end - datetime.timedelta(days=24)), m.fmt(end - datetime.timedelta(days=16)), "Nhà thầu thi công"],
                [unit_cell(rng, u, 1), "Phố Cũ", "Đường trục chính đoạn UBND thị trấn", "Thi công dự án đường trục chính thị trấn An Châu", "35", m.fmt(end - datetime.timedelta(days=9)), "", "Nhà thầu thi công"],
                [unit_cell(rng, u, 2), "Thôn Mới", "Ống cấp số 2", "Hỏng đường ống", "12", m.fmt(end - datetime.timedelta(days=12)), m.fmt(end - datetime.timedelta(days=10)), "Đội quản lý nước"]]
        planted = []
        if not june:
            rows.append([unit_cell(rng, u, 3), "Phố Thống Nhất", "Ngõ 5", "Hỏng đường ống", "6", m.fmt(end + datetime.timedelta(days=6)), "", ""])
            planted.append((3, "ngay_mat_nuoc", "date-after-period"))
        write(m, u, "NS01", rows, planted=planted)
    if "07616" in {u[0] for u in present}:
        u = by["07616"]
        end = datetime.date(*m.end)
        rows = [[unit_cell(rng, u, 0), "TDP Đồng Rì", "Khu dân cư Đồng Rì", "Nguồn nước cạn kiệt", "22", m.fmt(end - datetime.timedelta(days=20)), m.fmt(end - datetime.timedelta(days=13)), "UBND thị trấn"],
                [unit_cell(rng, u, 1), "Tuyến 7", "Tuyến 7", "Khác", "9", m.fmt(end - datetime.timedelta(days=3)), "", ""]]
        write(m, u, "NS01", rows)
    for u in [x for x in present if x[0] in ("07615", "07616", "07624", "07627", "07645", "07651")]:
        rows, total = [], None
        for i, thon in enumerate(THON.get(u[0], DEFAULT_THON)[:3]):
            short = rng.randint(5, 40); own = rng.randint(0, short); helped = rng.randint(0, own)
            rows.append([unit_cell(rng, u, i), thon, str(short), str(own), str(helped), rng.choice(["", "Đề nghị hỗ trợ đường ống dẫn nước", "Khoan giếng tập trung"])])
        planted = []
        if u[0] == "07624":
            total = ["Tổng cộng", "", str(sum(int(r[2]) for r in rows)), str(sum(int(r[3]) for r in rows)), str(sum(int(r[4]) for r in rows)), ""]
            planted.append((len(rows), None, "total-row"))
        if u[0] == "07651":
            rows[0][2] = ""
            planted.append((0, "so_ho_thieu_nuoc", "required"))
        write(m, u, "NS02", rows, total=total, planted=planted)

    # TD01: the checklist, from every unit that sent anything.
    for u in present:
        rows, planted = [], []
        tasks = TASKS if u[0] not in ("07660",) else TASKS[:10]
        for i, t in enumerate(tasks):
            status = rng.choice(["Đang triển khai", "Đang triển khai", "Hoàn thành", "Chưa triển khai"])
            if t == "DD-3" and june: status = "Hoàn thành"
            rate = "100" if status == "Hoàn thành" else (str(rng.randint(10, 90)) if status == "Đang triển khai" else "")
            rows.append([unit_cell(rng, u, i), t, status, rate, m.fmt(m.day(25, 0)) if status == "Hoàn thành" else "",
                         "Thiếu kinh phí" if rng.random() < 0.1 else "", ""])
        if u[0] == "07645":
            rows[0][0] = "Hữu Lũng"
            planted.append((0, "xa", "unit-unknown"))
        if u[0] == "07627":
            rows[2] += ["", "thừa"]
            planted.append((2, None, "cell-extra"))
        if u[0] == "07642":
            rows[3][4] = f"{m.end[2] - 1:02d}/{m.end[1]:02d}/{str(m.end[0])[2:]}"; rows[3][2] = "Hoàn thành"; rows[3][3] = "100"
            planted.append((3, "ngay_hoan_thanh", "date-two-digit-year"))
        write(m, u, "TD01", rows, planted=planted)
        if u[0] in ("07660", "07645"):
            # An Bá leaves out six tasks; An Lạc's DD-1 row names an unknown unit and is refused.
            m.expected.append({"file": os.path.relpath(os.path.join(ROOT, period, f"{u[0]}-{slug(u[2])}", f"TD01 {u[2]} T{m.month}.csv"), os.path.join(ROOT, "..")), "line": None, "column": "ma_nhiem_vu", "code": "task-missing"})
    return m.expected


AGENCY_HEADER = ["Cơ quan chủ trì", "Mục trong Kết luận", "Nội dung được giao", "Hạn hoàn thành", "Tình trạng", "Ngày hoàn thành",
                 "Số văn bản trả lời, báo cáo", "Ghi chú"]
# The district agencies' follow-up of the conclusion of 11/4/2024 (parts 3-5) for May 2024:
# (code, name, dialect, rows of (item, content, due, status, done, document, note)).
# Late: UBND 3.1(7), BQLDA 3.1(4), KTHT 3.1(8); overdue on 14/5/2024: TNMT 3.1(2) (Công ty 45).
AGENCIES_2024_05 = [
    ("UBND", "UBND huyện", "excel-vn", [
        ("3.1", "Ban hành văn bản trả lời kiến nghị của đại biểu", "25/04/2024", "Đã báo cáo Thường trực", "24/04/2024", "125/UBND-VP", ""),
        ("3.1(7)", "Rà soát chi trả chế độ hòa giải viên, kinh phí chi bộ", "29/04/2024", "Đã hoàn thành", "06/05/2024", "140/UBND-NV", "Chờ số liệu các xã"),
    ]),
    ("BTCHU", "Ban Tổ chức Huyện ủy", "excel-utf8", [
        ("4", "Hướng dẫn hồ sơ kết nạp Đảng; chấn chỉnh cấp ủy viên dự sinh hoạt chi bộ", "", "Đang thực hiện", "", "", "Thường xuyên"),
    ]),
    ("VPHU", "Văn phòng Huyện ủy", "excel-utf8", [
        ("5(1)", "Tổng hợp kiến nghị, tham mưu văn bản giao phúc đáp", "29/04/2024", "Đã báo cáo Thường trực", "29/04/2024", "152-BC/VPHU", ""),
        ("5(2)", "Theo dõi, đôn đốc thực hiện Kết luận", "", "Đang thực hiện", "", "", "Báo cáo hằng tháng"),
    ]),
    ("TNMT", "Phòng Tài nguyên và Môi trường", "google", [
        ("3.1(1)", "Kiểm điểm trách nhiệm GPMB dự án ở xã Vĩnh An", "29/04/2024", "Đã hoàn thành", "26/04/2024", "88/TNMT", ""),
        ("3.1(2)", "Làm việc với Công ty 45 về di dời hộ dân Tuyến 7, TDP Đồng Rì", "29/04/2024", "Đang thực hiện", "", "", "Công ty 45 chưa thống nhất phương án"),
        ("3.1(6)", "Đoàn kiểm tra thu gom, xử lý rác thải", "29/04/2024", "Đã hoàn thành", "29/04/2024", "91/QĐ-TNMT", ""),
    ]),
    ("KTHT", "Phòng Kinh tế - Hạ tầng", "libreoffice", [
        ("3.1(5)", "Nhà ở 02 hộ khó khăn thôn Làng Chẽ, xã Vĩnh An", "29/04/2024", "Đã hoàn thành", "29/04/2024", "45/KTHT", ""),
        ("3.1(8)", "Chuyển đổi quản lý chợ", "29/04/2024", "Đã hoàn thành", "10/05/2024", "52/KTHT", ""),
        ("3.2(1)", "Đấu thầu đơn vị quản lý nước sinh hoạt trung tâm huyện", "", "Đang thực hiện", "", "", "Đang thẩm định hồ sơ mời thầu"),
        ("3.2(3)", "Đề xuất hỗ trợ hộ tự tìm nguồn nước", "20/05/2024", "Chưa thực hiện", "", "", ""),
        ("3.2(4)", "Phúc đáp đề nghị nước sinh hoạt thôn Đồng Rì", "", "Đã hoàn thành", "08/05/2024", "50/KTHT", ""),
    ]),
    ("BQLDA", "Ban Quản lý dự án đầu tư xây dựng huyện", "libreoffice", [
        ("3.1(3)", "Nhà văn hóa thôn Đồng Làng, xã Dương Hưu", "29/04/2024", "Đã hoàn thành", "27/04/2024", "31/BQLDA", ""),
        ("3.1(4)", "Bàn giao đường sản xuất lâm nghiệp xã Hữu Sản", "29/04/2024", "Đã hoàn thành", "03/05/2024", "33/BQLDA", ""),
        ("3.2(2)", "Khắc phục mất nước khi thi công đường trục chính An Châu", "", "Đang thực hiện", "", "", "Không để quá 5 ngày"),
    ]),
]


def write_agencies(period):
    """The agencies' CQ01 returns, one file each under co-quan/."""
    if period != "2024-05": return
    for code, name, dialect, rows in AGENCIES_2024_05:
        sep = ";" if dialect == "excel-vn" else ","
        eol = "\n" if dialect == "google" else "\r\n"
        lines = [quote(name.upper(), sep), quote("Biểu CQ01 - Theo dõi thực hiện Kết luận ngày 11/4/2024 - Tháng 5/2024", sep), "",
                 sep.join(quote(h, sep) for h in AGENCY_HEADER)]
        lines += [sep.join(quote(c, sep) for c in (name,) + r) for r in rows]
        folder = os.path.join(ROOT, period, "co-quan", f"{code}-{slug(name)}")
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, f"CQ01 {code} T5.csv"), "wb") as f:
            f.write(encode(eol.join(lines) + eol, dialect))


def main():
    if os.path.isdir(ROOT):
        for name in os.listdir(ROOT):
            if name.startswith("2024-"): shutil.rmtree(os.path.join(ROOT, name))
    expected = {}
    for i, period in enumerate(["2024-05", "2024-06", "2024-07"]):
        expected[period] = make_month(period, 20240500 + i)
        write_agencies(period)
    with open(os.path.join(ROOT, "expected-issues.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
