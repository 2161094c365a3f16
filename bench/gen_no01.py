#!/usr/bin/env python3
"""Writes a deterministic NO01 return ("Danh sách hộ ở nhà tạm, nhà dột nát") of N rows.

The file is what a large consolidated return would look like: UTF-8, `,` separators, the
Vietnamese column titles of SPEC §1.4 as header, the 17 units of §1.1, Vietnamese names and
hamlets, dates as dd/mm/yyyy. Every row is valid for period 2024-05, so a validating tool
accepts all of them and the benchmark measures the full path, not the error path:
dates fall on or before 14/05/2024, statuses agree with NO01-R1..R3, land-ineligible
households stay at "Chưa phê duyệt hồ sơ" (no R4 warning), support stays under the caps
(no R5 warning), and (xa, thon, chu_ho, nam_sinh) never repeats.

A few notes carry commas, doubled quotes and line breaks, so readers must handle RFC 4180
quoting and records that span physical lines.

Usage: gen_no01.py ROWS OUT.csv [--seed N]
"""

import argparse
import csv
import datetime
import random
import sys
import unicodedata

HEADER = [
    "Xã, thị trấn", "Thôn, tổ dân phố", "Họ tên chủ hộ", "Năm sinh chủ hộ", "Đối tượng",
    "Hình thức hỗ trợ", "Đủ điều kiện về đất đai", "Tình trạng", "Ngày phê duyệt hồ sơ",
    "Ngày khởi công", "Ngày hoàn thành", "Kinh phí hỗ trợ (đồng)", "Ghi chú",
]

# SPEC §1.1, GSO order; the weight is a rough share of the district's households.
UNITS = [
    ("Thị trấn An Châu", 7), ("Thị trấn Tây Yên Tử", 6), ("Xã Vân Sơn", 4), ("Xã Hữu Sản", 4),
    ("Xã Đại Sơn", 7), ("Xã Phúc Sơn", 6), ("Xã Giáo Liêm", 5), ("Xã Cẩm Đàn", 6),
    ("Xã An Lạc", 5), ("Xã Vĩnh An", 7), ("Xã Yên Định", 7), ("Xã Lệ Viễn", 5),
    ("Xã An Bá", 6), ("Xã Tuấn Đạo", 7), ("Xã Dương Hưu", 6), ("Xã Long Sơn", 7),
    ("Xã Thanh Luận", 5),
]

# Hamlets named in the seed document, kept with their unit.
SEED_PLACES = {
    "Thị trấn Tây Yên Tử": ["TDP Đồng Rì", "TDP Tuyến 7"],
    "Xã Dương Hưu": ["Thôn Đồng Làng"],
    "Xã Vĩnh An": ["Thôn Làng Chẽ"],
    "Xã Tuấn Đạo": ["Thôn Am Hà", "Thôn Linh Phú"],
}

HAMLET_NAMES = [
    "Đồng Bành", "Khe Đặng", "Nà Hin", "Bắc Hoa", "Thác Dẫn", "Nòn", "Khuôn Vố", "Mục",
    "Đồng Giang", "Tân Lập", "Chín Xã", "Thanh Chung", "Đồng Cao", "Biểu Mai", "Nà Phai",
    "Khe Sàu", "Đồng Chùa", "Làng Lạnh", "Bài Giao", "Đồng Thông", "Khe Rỗ", "Nà Chắn",
    "Đồng Quánh", "Gốc Gạo", "Hạ Mi", "Trại Mới", "Khe Nghè", "Rõng", "Đồng Tâm", "Đồng Ẻn",
    "Văng Vàng", "Tân Thành", "Thượng", "Hạ", "Đồng Ri", "Nà Tăm", "Khe Vang", "Bãi Chợ",
]

FAMILY = [
    ("Nguyễn", 18), ("Hoàng", 9), ("Vi", 7), ("Lương", 6), ("Lăng", 5), ("Trần", 5),
    ("Đặng", 5), ("Triệu", 5), ("Lê", 4), ("Nông", 4), ("Hà", 4), ("Chu", 3), ("Phạm", 3),
    ("Bàn", 3), ("Đinh", 3), ("Ninh", 2), ("Dương", 2), ("Vũ", 2), ("Mạc", 2), ("Tăng", 2),
    ("Giáp", 2), ("Lý", 2), ("Đàm", 1), ("Hứa", 1), ("Sầm", 1),
]
MIDDLE_MALE = ["Văn", "Đức", "Minh", "Hữu", "Xuân", "Quang", "Thế", "Công", "Đình", "Bá", "Trọng"]
MIDDLE_FEMALE = ["Thị", "Thị", "Thị", "Ngọc", "Thanh", "Hồng", "Kim", "Thu"]
GIVEN_MALE = [
    "An", "Bình", "Cường", "Dũng", "Đạt", "Định", "Giang", "Hải", "Hiếu", "Hòa", "Hùng", "Huy",
    "Khánh", "Khoa", "Lâm", "Long", "Lợi", "Mạnh", "Nam", "Nghĩa", "Phong", "Phúc", "Quân",
    "Sơn", "Tài", "Thắng", "Thành", "Thịnh", "Toàn", "Trung", "Tuấn", "Tùng", "Vinh", "Việt",
    "Phương", "Chiến", "Kiên", "Luân", "Quyết", "Sáng",
]
GIVEN_FEMALE = [
    "Anh", "Bích", "Châu", "Diệp", "Dung", "Duyên", "Giang", "Hà", "Hạnh", "Hằng", "Hoa",
    "Hồng", "Huệ", "Hương", "Lan", "Liên", "Linh", "Loan", "Mai", "Nga", "Ngân", "Nhung",
    "Oanh", "Phượng", "Quyên", "Sen", "Thảo", "Thơm", "Thu", "Thủy", "Trang", "Tuyết", "Vân",
    "Xuân", "Yến", "Lụa", "Mơ", "Chanh",
]

DOI_TUONG = [("Hộ nghèo", 55), ("Hộ cận nghèo", 30), ("Người có công", 5), ("Hộ khó khăn khác", 10)]
HINH_THUC = [("Xây mới", 60), ("Sửa chữa", 40)]
TINH_TRANG = [
    ("Chưa phê duyệt hồ sơ", 20), ("Đã phê duyệt hồ sơ", 30), ("Đang thi công", 30),
    ("Hoàn thành", 20),
]
# Caps of NO01-R5, in đồng; amounts are round to 500.000 đ as in real decisions.
CAP = {"Xây mới": 60_000_000, "Sửa chữa": 30_000_000}
FLOOR = {"Xây mới": 40_000_000, "Sửa chữa": 10_000_000}

NOTES = [
    "Hộ neo đơn, già yếu", "Chủ hộ là người khuyết tật", "Đã nhận tạm ứng 50% kinh phí",
    "Chờ bổ sung giấy xác nhận đất", "Con em hỗ trợ ngày công", "Mẹ già, con nhỏ",
    "Nhà tạm, mái lợp lá cọ, tường đất", "Đoàn thanh niên xã giúp 20 ngày công",
    'Gia đình đề nghị đổi sang "Sửa chữa"', "Vật liệu do Mặt trận huyện vận động",
    "Vị trí sạt lở, cần di dời\nđã có phương án bố trí đất", "Đã nghiệm thu, bàn giao",
]

WINDOW_START = datetime.date(2024, 1, 2)   # approvals began after the 2024 plan
PERIOD_END = datetime.date(2024, 5, 14)    # last day of period 2024-05 (SPEC §1.2)
PERIOD_YEAR = 2024


def weighted(rng, pairs):
    """One choice by weight; `pairs` is [(value, weight)]."""
    values = [v for v, _ in pairs]
    weights = [w for _, w in pairs]
    return lambda: rng.choices(values, weights)[0]


def hamlets(rng, unit):
    """The hamlets of one unit: the seed's own ones first, then some from the common pool."""
    prefix = "TDP" if unit.startswith("Thị trấn") else "Thôn"
    own = list(SEED_PLACES.get(unit, []))
    pool = rng.sample(HAMLET_NAMES, rng.randint(8, 14))
    return own + [f"{prefix} {name}" for name in pool if f"{prefix} {name}" not in own]


def day_between(rng, first, last):
    return first + datetime.timedelta(days=rng.randint(0, (last - first).days))


def dmy(day):
    return f"{day.day:02d}/{day.month:02d}/{day.year}"


def rows(n, seed):
    rng = random.Random(seed)
    unit_of = weighted(rng, UNITS)
    family_of = weighted(rng, FAMILY)
    doi_tuong_of = weighted(rng, DOI_TUONG)
    hinh_thuc_of = weighted(rng, HINH_THUC)
    tinh_trang_of = weighted(rng, TINH_TRANG)
    places = {unit: hamlets(rng, unit) for unit, _ in UNITS}
    seen = set()

    # Returns are concatenated unit by unit, as a consolidated file would be.
    counts = {unit: 0 for unit, _ in UNITS}
    for _ in range(n):
        counts[unit_of()] += 1

    for unit, _ in UNITS:
        for _ in range(counts[unit]):
            while True:
                thon = rng.choice(places[unit])
                if rng.random() < 0.55:
                    name = f"{family_of()} {rng.choice(MIDDLE_MALE)} {rng.choice(GIVEN_MALE)}"
                else:
                    name = f"{family_of()} {rng.choice(MIDDLE_FEMALE)} {rng.choice(GIVEN_FEMALE)}"
                year = "" if rng.random() < 0.02 else str(rng.randint(1932, 2002))
                key = (unit, thon, name, year)
                if key not in seen:
                    seen.add(key)
                    break
            hinh_thuc = hinh_thuc_of()
            eligible = rng.random() < 0.92
            status = tinh_trang_of() if eligible else "Chưa phê duyệt hồ sơ"
            approved = started = finished = ""
            amount = ""
            if status != "Chưa phê duyệt hồ sơ":
                a = day_between(rng, WINDOW_START, PERIOD_END)
                approved = dmy(a)
                step = 500_000
                amount = str(rng.randrange(FLOOR[hinh_thuc], CAP[hinh_thuc] + step, step))
                if status in ("Đang thi công", "Hoàn thành"):
                    s = day_between(rng, a, PERIOD_END)
                    started = dmy(s)
                    if status == "Hoàn thành":
                        finished = dmy(day_between(rng, s, PERIOD_END))
            elif rng.random() < 0.3:
                amount = str(rng.randrange(FLOOR[hinh_thuc], CAP[hinh_thuc] + 1, 500_000))
            note = rng.choice(NOTES) if rng.random() < 0.15 else ""
            yield [
                unit, thon, name, year, doi_tuong_of(), hinh_thuc, "Có" if eligible else "Không",
                status, approved, started, finished, amount, note,
            ]


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("rows", type=int)
    parser.add_argument("out")
    parser.add_argument("--seed", type=int, default=20240514)
    args = parser.parse_args()
    assert all(unicodedata.is_normalized("NFC", s) for s in HEADER)
    with open(args.out, "w", encoding="utf-8", newline="") as f:
        # Excel and LibreOffice write CRLF; so does csv's default dialect.
        writer = csv.writer(f)
        writer.writerow(HEADER)
        for row in rows(args.rows, args.seed):
            writer.writerow(row)
    return 0


if __name__ == "__main__":
    sys.exit(main())
