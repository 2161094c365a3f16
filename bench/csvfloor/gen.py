"""Writes a large NO01-like return (13 columns, Vietnamese UTF-8, ';', CRLF) for timing the reader.

    python3 gen.py OUT.csv [ROWS]      (default 1,000,000 rows)
Deterministic: the same rows every time.
"""
import random
import sys

out, rows = sys.argv[1], int(sys.argv[2]) if len(sys.argv) > 2 else 1_000_000
rng = random.Random(20240531)
units = ["Thị trấn An Châu", "Thị trấn Tây Yên Tử", "Xã Vân Sơn", "Xã Hữu Sản", "Xã Đại Sơn", "Xã Phúc Sơn",
         "Xã Giáo Liêm", "Xã Cẩm Đàn", "Xã An Lạc", "Xã Vĩnh An", "Xã Yên Định", "Xã Lệ Viễn", "Xã An Bá",
         "Xã Tuấn Đạo", "Xã Dương Hưu", "Xã Long Sơn", "Xã Thanh Luận"]
hamlets = ["Đồng Rì", "Tuyến 7", "Đồng Làng", "Làng Chẽ", "Am Hà", "Linh Phú", "Thôn Mới", "Nà Hin"]
family = ["Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Đặng", "Lường", "Vi", "Hà", "Triệu"]
given = ["Văn Ước", "Thị Hoà", "Văn Quý", "Thị Ửng", "Đức Thắng", "Minh Tuấn", "Thị Lan", "Văn Bảy"]
kinds = ["Hộ nghèo", "Hộ cận nghèo", "Người có công", "Hộ khó khăn khác"]
states = ["Chưa phê duyệt hồ sơ", "Đã phê duyệt hồ sơ", "Đang thi công", "Hoàn thành"]
notes = ["", "", "Nhà dột, tường nứt", "\"Mái hỏng; cần hỗ trợ gấp\"", "Đã khảo sát ngày 12/3"]

with open(out, "w", encoding="utf-8", newline="") as f:
    f.write("Xã, thị trấn;Thôn, tổ dân phố;Họ tên chủ hộ;Năm sinh chủ hộ;Đối tượng;Hình thức hỗ trợ;"
            "Đủ điều kiện về đất đai;Tình trạng;Ngày phê duyệt hồ sơ;Ngày khởi công;Ngày hoàn thành;"
            "Kinh phí hỗ trợ (đồng);Ghi chú\r\n")
    for i in range(rows):
        d = lambda: f"{rng.randint(1, 28):02d}/{rng.randint(1, 12):02d}/2024"
        f.write(";".join([
            rng.choice(units), rng.choice(hamlets), f"{rng.choice(family)} {rng.choice(given)}",
            str(rng.randint(1930, 2000)), rng.choice(kinds), rng.choice(["Xây mới", "Sửa chữa"]),
            rng.choice(["Có", "Không"]), rng.choice(states), d(), d(), d(),
            f"{rng.randint(10, 60)}.000.000", rng.choice(notes),
        ]) + "\r\n")
