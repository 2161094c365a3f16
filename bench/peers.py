#!/usr/bin/env python3
"""The Python peers of the benchmark: the same form sheet as the C floor, written the way a
Python programmer would write it with each library.

Usage: peers.py xlsxwriter|rustpy|pandas|polars IN.csv OUT.xlsx

Every peer writes one sheet "NO01": the header, then per record the 13 NO01 cells (text as
text, year and money as numbers, dates as dates shown dd/mm/yyyy, money as #,##0) and the
source file and line. None of them validates anything, like the floor.
"""

import csv
import datetime
import sys

YEAR, DATES, MONEY = 3, (8, 9, 10), 11
SOURCE_TITLES = ["Tệp nguồn", "Dòng"]


def day(text):
    """dd/mm/yyyy → date; split and int() is several times faster than strptime."""
    d, m, y = text.split("/")
    return datetime.date(int(y), int(m), int(d))


def records(path):
    """(header, iterator of (typed cells, start line)) using the csv module.

    `reader.line_num` counts physical lines read so far, so a record starts one line after
    where the previous one ended, even when a quoted note spans several lines.
    """
    f = open(path, encoding="utf-8", newline="")
    reader = csv.reader(f)
    header = next(reader)

    def typed():
        end = reader.line_num
        for row in reader:
            start, end = end + 1, reader.line_num
            if not any(row):
                continue
            cells = [v if v else None for v in row]
            if cells[YEAR] is not None:
                cells[YEAR] = int(cells[YEAR])
            for i in DATES:
                if cells[i] is not None:
                    cells[i] = day(cells[i])
            if cells[MONEY] is not None:
                cells[MONEY] = int(cells[MONEY])
            yield cells, start
        f.close()

    return header, typed()


def with_xlsxwriter(source, out):
    import xlsxwriter

    book = xlsxwriter.Workbook(out, {"constant_memory": True})
    sheet = book.add_worksheet("NO01")
    bold = book.add_format({"bold": True})
    date = book.add_format({"num_format": "dd/mm/yyyy"})
    money = book.add_format({"num_format": "#,##0"})
    header, rows = records(source)
    sheet.write_row(0, 0, header + SOURCE_TITLES, bold)
    n = 0
    for n, (cells, line) in enumerate(rows, start=1):
        for c, v in enumerate(cells):
            if v is None:
                continue
            if c in DATES:
                sheet.write_datetime(n, c, v, date)
            elif c == MONEY:
                sheet.write_number(n, c, v, money)
            elif c == YEAR:
                sheet.write_number(n, c, v)
            else:
                sheet.write_string(n, c, v)
        sheet.write_string(n, len(cells), source)
        sheet.write_number(n, len(cells) + 1, line)
    sheet.freeze_panes(1, 0)
    sheet.autofilter(0, 0, n, len(header) + 1)
    book.close()


def with_rustpy(source, out):
    from rustpy_xlsxwriter import Format, write_worksheet

    header, rows = records(source)
    titles = header + SOURCE_TITLES

    def dicts():
        for cells, line in rows:
            yield dict(zip(titles, cells + [source, line]))

    # Records are streamed from the generator; without dedupe_strings the sheet is written
    # in constant-memory mode.
    write_worksheet(
        dicts(), out, sheet_name="NO01", datetime_format="dd/mm/yyyy",
        column_formats={header[MONEY]: Format().set_num_format("#,##0")},
        bold_headers=True, freeze_row=1, autofilter=True,
    )


def with_pandas(source, out):
    import pandas as pd

    # Year and money as nullable integers, so empty cells stay empty rather than NaN.
    frame = pd.read_csv(
        source, dtype={YEAR: "Int64", MONEY: "Int64"}, parse_dates=list(DATES),
        date_format="%d/%m/%Y", keep_default_na=False, na_values=[""],
    )
    # pandas does not know physical lines; the record number + 1 equals the line only for
    # files without line breaks inside quotes.
    frame[SOURCE_TITLES[0]] = source
    frame[SOURCE_TITLES[1]] = range(2, len(frame) + 2)
    # pandas writes cells column by column, so xlsxwriter's constant_memory mode (row by row
    # only) cannot be used: the whole sheet is held in memory.
    with pd.ExcelWriter(out, engine="xlsxwriter", date_format="dd/mm/yyyy",
                        datetime_format="dd/mm/yyyy") as writer:
        frame.to_excel(writer, sheet_name="NO01", index=False, freeze_panes=(1, 0))
        sheet = writer.sheets["NO01"]
        sheet.set_column(MONEY, MONEY, None, writer.book.add_format({"num_format": "#,##0"}))
        sheet.autofilter(0, 0, len(frame), len(frame.columns) - 1)


def with_polars(source, out):
    import polars as pl
    from rustpy_xlsxwriter import Format, write_worksheet

    # Polars reads and types the whole file in Rust; its rows then stream to rust_xlsxwriter.
    frame = pl.read_csv(source, infer_schema=False)
    header = frame.columns
    frame = frame.with_columns(
        pl.col(header[YEAR]).cast(pl.Int64), pl.col(header[MONEY]).cast(pl.Int64),
        *[pl.col(header[i]).str.to_date("%d/%m/%Y") for i in DATES],
        # Like pandas, polars does not know physical lines: the record number + 1.
        pl.lit(source).alias(SOURCE_TITLES[0]), pl.int_range(2, pl.len() + 2).alias(SOURCE_TITLES[1]),
    )
    write_worksheet(
        frame.iter_rows(named=True), out, sheet_name="NO01", datetime_format="dd/mm/yyyy",
        column_formats={header[MONEY]: Format().set_num_format("#,##0")},
        bold_headers=True, freeze_row=1, autofilter=True,
    )


PEERS = {"xlsxwriter": with_xlsxwriter, "rustpy": with_rustpy, "pandas": with_pandas, "polars": with_polars}

if __name__ == "__main__":
    if len(sys.argv) != 4 or sys.argv[1] not in PEERS:
        sys.exit(__doc__)
    PEERS[sys.argv[1]](sys.argv[2], sys.argv[3])
