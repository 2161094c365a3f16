#!/usr/bin/env python3
"""Turns some of May's sample returns into workbooks, as communes that fill the template
`tonghop template` gave them and email it back: the same figures as the CSV files they
replace (which it removes), typed as a spreadsheet holds them.

  07648-vinh-an/DD01, NO01       each its form's template, filled with openpyxl
  07624-huu-san/LN01             the filled template opened and saved again by LibreOffice
  07616-tay-yen-tu/NS01 + NS02   one workbook holding both forms, one sheet each

Numbers become numbers and dd/mm/yyyy dates become dates; a cell that does not read as its
column's type (the planted 31/02/2024) stays the text the clerk typed, so the planted issues
stay, on the same rows: the template's header is on row 4, as the CSV files' header line.
Updates samples/expected-issues.json: the files' new names, and the template's sheets that
are not returns (`DanhMuc`, `Hướng dẫn`), which `check` lists as `sheet-skipped`.

Run from the repository root after scripts/make-samples.py:
  python3 scripts/make-xlsx-samples.py .build/release/tonghop   (needs openpyxl and soffice)
Cells are the same on every run; the workbooks' bytes carry the time they were saved.
"""
import csv
import datetime
import io
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = json.load(open(os.path.join(ROOT, "Sources/TaskModel/Resources/model.json"), encoding="utf-8"))
FORMS = {f["code"]: f for f in MODEL["forms"]}
MONTH = "2024-05"
HEADER_ROW = 4  # the template's header row; data from row 5
NUMERIC = {"int", "money", "decimal", "percent", "year"}

# (unit folder, CSV files by form, workbook name, saved again by LibreOffice)
WORKBOOKS = [
    ("07648-vinh-an", ["DD01"], "DD01 Vĩnh An T5.xlsx", False),
    ("07648-vinh-an", ["NO01"], "NO01 Vĩnh An T5.xlsx", False),
    ("07624-huu-san", ["LN01"], "LN01 Hữu Sản T5.xlsx", True),
    ("07616-tay-yen-tu", ["NS01", "NS02"], "NS01-NS02 Tây Yên Tử T5.xlsx", False),
]


def read_csv(path):
    """The header and rows of a sample CSV (UTF-8, `,`, title lines above the header)."""
    text = open(path, encoding="utf-8-sig").read()
    lines = list(csv.reader(io.StringIO(text)))
    assert len(lines) > HEADER_ROW - 1 and lines[HEADER_ROW - 1], f"{path}: the header is not on line {HEADER_ROW}"
    return lines[HEADER_ROW - 1], lines[HEADER_ROW:]


def typed(text, column):
    """The cell as a spreadsheet holds what the clerk typed: a number or a date when it reads as
    one for its column, else the text as written."""
    if text == "":
        return None
    if column["type"] in NUMERIC:
        try:
            n = float(text.replace(",", ""))
        except ValueError:
            return text
        return int(n) if n.is_integer() and "." not in text else n
    if column["type"] == "date":
        try:
            return datetime.datetime.strptime(text, "%d/%m/%Y").date()
        except ValueError:
            return text
    return text


def fill(ws, form, path):
    """Writes the CSV's rows under the template's header, each value in its column's place."""
    header, rows = read_csv(path)
    titles = [c["title"] for c in form["columns"]]
    assert header == titles, f"{path}: header {header} is not the form's {titles}"
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            value = typed(text, form["columns"][c])
            if value is not None:
                ws.cell(row=HEADER_ROW + 1 + r, column=c + 1, value=value)


def copy_sheet(template, into, code):
    """The form's sheet of its own template as the second sheet of `into`: title lines, header
    and column widths (a clerk pasting one form's sheet beside another's)."""
    src = openpyxl.load_workbook(template)[code]
    ws = into.create_sheet(code, index=1)
    for row in src.iter_rows(min_row=1, max_row=HEADER_ROW):
        for cell in row:
            if cell.value is not None:
                ws.cell(row=cell.row, column=cell.column, value=cell.value)
    for key, dim in src.column_dimensions.items():
        ws.column_dimensions[key].width = dim.width
    return ws


def main():
    tonghop = sys.argv[1]
    month = os.path.join(ROOT, "samples", MONTH)
    expected_path = os.path.join(ROOT, "samples", "expected-issues.json")
    expected = json.load(open(expected_path, encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([tonghop, "template", "--out", tmp], check=True, stdout=subprocess.DEVNULL)
        for folder, codes, name, libreoffice in WORKBOOKS:
            unit = os.path.join(month, folder)
            sources = {code: next(os.path.join(unit, f) for f in sorted(os.listdir(unit)) if f.startswith(code + " ") and f.endswith(".csv"))
                       for code in codes}
            wb = openpyxl.load_workbook(os.path.join(tmp, f"{codes[0]}.xlsx"))
            for i, code in enumerate(codes):
                ws = wb[code] if i == 0 else copy_sheet(os.path.join(tmp, f"{code}.xlsx"), wb, code)
                fill(ws, FORMS[code], sources[code])
            target = os.path.join(unit, name)
            wb.save(target)
            if libreoffice:
                lo = os.path.join(tmp, "lo")
                subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                                "--convert-to", "xlsx", "--outdir", lo, target],
                               check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
                shutil.move(os.path.join(lo, name), target)
            rel = os.path.relpath(target, ROOT)
            old = {os.path.relpath(p, ROOT) for p in sources.values()}
            for issue in expected[MONTH]:
                if issue["file"] in old:
                    issue["file"] = rel
            for skipped in [s for s in openpyxl.load_workbook(target, read_only=True).sheetnames if s not in codes]:
                expected[MONTH].append({"code": "sheet-skipped", "column": None, "file": rel, "line": None, "sheet": skipped})
            for p in sources.values():
                os.remove(p)
    with open(expected_path, "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
