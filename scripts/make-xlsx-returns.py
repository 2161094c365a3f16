#!/usr/bin/env python3
"""Workbook returns for the round-trip tests: every form's template (from `tonghop
template`), the communes' ten and the district agencies' CQ01, filled with openpyxl, and the same file opened and saved again by LibreOffice
headless, as a commune clerk's spreadsheet would. Writes, into OUT:

  CODE-openpyxl.xlsx     the template filled by openpyxl (typed cells: numbers, dates, booleans)
  CODE-libreoffice.xlsx  that file saved by LibreOffice (`soffice --convert-to xlsx`)
  expected.json          for each form, the rows written, as TongHop shows accepted values

Usage: scripts/make-xlsx-returns.py TONGHOP OUT   (needs openpyxl and soffice)
"""
import datetime
import json
import os
import shutil
import subprocess
import sys
import tempfile

import openpyxl

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
MODEL = json.load(open(os.path.join(ROOT, "Sources/TaskModel/Resources/model.json"), encoding="utf-8"))
ENUMS = {e["id"]: [v["value"] for v in e["values"]] for e in MODEL["enumerations"]}
UNITS = [("07648", "Xã Vĩnh An"), ("07615", "Thị trấn An Châu"), ("07666", "Xã Dương Hưu")]
COMMUNE_CHECKLIST = next(f["code"] for f in MODEL["forms"] if "checklist" in f and "sent_by" not in f)
# The agency whose CQ01 is filled: it lists every item it owns, so none is missing.
AGENCY = "TNMT"
TEXTS = ["Thôn Làng Chẽ", "TDP Đồng Rì", "Thôn Am Hà", "Linh Phú"]
HEADER_ROW = 4  # the template's header is on row 4; data from row 5


def checklist_tasks(form):
    """The items a checklist form reports (its own tasks, as the model assigns them), those
    of one agency for the agencies' form."""
    tasks = [t for t in MODEL["tasks"] if t.get("checklist", COMMUNE_CHECKLIST) == form["code"]]
    return [t for t in tasks if t.get("owner") == AGENCY] if "sent_by" in form else tasks


def unit(form, r):
    """(code, name) of the unit a row names: one unit for a whole checklist, so no item is missing."""
    if "sent_by" in form:
        return next((u["code"], u["name"]) for u in MODEL["units"] if u["code"] == AGENCY)
    return UNITS[0 if "checklist" in form else r % len(UNITS)]


def value(col, r, form):
    """A valid value for row r of a column, as written and as TongHop shows it accepted."""
    t = col["type"]
    if t == "unit":
        code, name = unit(form, r)
        return name, code
    if t == "text":
        s = f"{TEXTS[r % len(TEXTS)]} {r + 1}"
        if len(s) > col.get("max_length", 1000):
            s = str(101 + r)  # a short code: text that looks like a number stays text
        return s, s
    if t == "enum":
        if col["enum"] == "tasks":
            code = checklist_tasks(form)[r]["code"]
            return code, code
        values = ENUMS[col["enum"]]
        return values[0], values[0]  # the first value satisfies every rule with conditional columns empty
    if t == "int":
        return 3 + r, str(3 + r)
    if t == "money":
        return 25_000_000 + 1000 * r, str(25_000_000 + 1000 * r)
    if t == "decimal":
        n = 12.5 + r
        return n, ("%g" % n)
    if t == "percent":
        return 40 + r, str(40 + r)
    if t == "year":
        return 1960 + r, str(1960 + r)
    if t == "date":
        d = datetime.date(2024, 5, 3)
        return d, d.strftime("%d/%m/%Y")
    if t == "bool":
        return (r % 2 == 0), ("Có" if r % 2 == 0 else "Không")
    raise ValueError(t)


def rows_for(form):
    count = len(checklist_tasks(form)) if "checklist" in form else 3
    out = []
    for r in range(count):
        written, shown = [], {}
        for col in form["columns"]:
            if col.get("req") == "C":
                written.append(None)
                continue
            w, s = value(col, r, form)
            written.append(w)
            shown[col["key"]] = s
        out.append((written, shown))
    return out


def main():
    tonghop, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    expected = {}
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([tonghop, "template", "--out", tmp], check=True, stdout=subprocess.DEVNULL)
        for form in MODEL["forms"]:
            code = form["code"]
            wb = openpyxl.load_workbook(os.path.join(tmp, f"{code}.xlsx"))
            ws = wb[code]
            rows = rows_for(form)
            for i, (written, _) in enumerate(rows):
                for j, v in enumerate(written):
                    if v is not None:
                        ws.cell(row=HEADER_ROW + 1 + i, column=j + 1, value=v)
            filled = os.path.join(out, f"{code}-openpyxl.xlsx")
            wb.save(filled)
            expected[code] = [shown for _, shown in rows]
            lo = os.path.join(tmp, "lo")
            os.makedirs(lo, exist_ok=True)
            subprocess.run(["soffice", "--headless", f"-env:UserInstallation=file://{tmp}/profile",
                            "--convert-to", "xlsx", "--outdir", lo, filled],
                           check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            shutil.move(os.path.join(lo, f"{code}-openpyxl.xlsx"), os.path.join(out, f"{code}-libreoffice.xlsx"))
    with open(os.path.join(out, "expected.json"), "w", encoding="utf-8") as f:
        json.dump(expected, f, ensure_ascii=False, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
