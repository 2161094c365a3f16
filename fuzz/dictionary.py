"""Writes a libFuzzer dictionary for the check target from the model: form codes, column keys
and titles, enumeration values and aliases, unit names and aliases, task codes, total labels,
and the shapes of dates and numbers returns use. With these tokens mutations reach the rules,
not only the header search."""
import json
import sys

model = json.load(open(sys.argv[1], encoding="utf-8"))
tokens = {"x", "X", "Có", "Không", "có", "không", ";", ",", "\t", '"', '""', "\r\n", "\n",
          "15/05/2024", "14/5/2024", "2024-05-14", "31/12/2024", "29/02/2024", "45426", "24",
          "1.234,5", "1,234.5", "1.234", "0,5", "100%", "-1", "1e3", "Biểu", "Tháng 5/2024", "UBND XÃ"}
tokens.update(model["total_labels"])
tokens.update(model.get("ignored_headers", []))
for unit in model["units"]:
    tokens.update([unit["code"], unit["name"]])
for alias in model["aliases"]:
    tokens.add(alias["name"])
for task in model["tasks"]:
    tokens.add(task["code"])
for enumeration in model["enumerations"]:
    for value in enumeration["values"]:
        tokens.add(value["value"])
        tokens.update(value.get("aliases", []))
for form in model["forms"]:
    tokens.update([form["code"], form["title"]])
    for column in form["columns"]:
        tokens.update([column["key"], column["title"]])


def quoted(token):
    # Every byte outside printable ASCII, and the quote and backslash, as \xNN.
    return '"' + "".join(chr(b) if 0x20 <= b < 0x7F and b not in (0x22, 0x5C) else "\\x%02X" % b
                         for b in token.encode("utf-8")) + '"'


# libFuzzer takes entries of up to 64 bytes.
for token in sorted(t for t in tokens if 0 < len(t.encode("utf-8")) <= 64):
    print(quoted(token))
