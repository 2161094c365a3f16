"""The peers of bench/read_xlsx.sh: read every cell of every sheet of a workbook.

  python read_peers.py calamine|openpyxl|cells BOOK
"""
import sys


def calamine(path):
    from python_calamine import CalamineWorkbook
    wb = CalamineWorkbook.from_path(path)
    n = 0
    for name in wb.sheet_names:
        for row in wb.get_sheet_by_name(name).to_python():
            n += len(row)
    return n


def openpyxl_read_only(path):
    import openpyxl
    wb = openpyxl.load_workbook(path, read_only=True)
    n = 0
    for ws in wb.worksheets:
        for row in ws.iter_rows(values_only=True):
            n += len(row)
    wb.close()
    return n


if __name__ == "__main__":
    kind, path = sys.argv[1], sys.argv[2]
    if kind == "cells":
        print(calamine(path))
    else:
        (calamine if kind == "calamine" else openpyxl_read_only)(path)
