/*
 * The C floor: the least work any tool must do to turn a NO01 CSV into a form sheet.
 *
 * It reads the CSV (RFC 4180: quoted fields, "" escapes, line breaks inside quotes, CRLF,
 * LF or CR line ends) in one pass with a fixed buffer, and writes the cells a form sheet
 * holds with libxlsxwriter in constant-memory mode: text as text, year and money as
 * numbers, dates as Excel serials shown dd/mm/yyyy, plus the source file and the physical
 * line where each record starts. It does no decoding, no header matching and no validation:
 * whatever a real tool does beyond this is its own cost, which is what the benchmark shows.
 *
 * Usage: floor IN.csv OUT.xlsx
 * Build: cc -O2 floor.c $(pkg-config --cflags --libs xlsxwriter)
 */

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

enum { COLUMNS = 13, MAX_FIELDS = 64 };

/* The NO01 columns in SPEC order; what each becomes in the sheet. */
enum kind { TEXT, YEAR, DATE, MONEY };
static const enum kind KINDS[COLUMNS] = {
    TEXT, TEXT, TEXT, YEAR, TEXT, TEXT, TEXT, TEXT, DATE, DATE, DATE, MONEY, TEXT,
};

/* Buffered byte input: stdio's getc costs a lock per byte, this does not. */
struct input {
    FILE *file;
    size_t pos, len;
    unsigned char buf[1 << 16];
};

static int next_byte(struct input *in) {
    if (in->pos == in->len) {
        in->len = fread(in->buf, 1, sizeof in->buf, in->file);
        in->pos = 0;
        if (in->len == 0) return EOF;
    }
    return in->buf[in->pos++];
}

static int peek_byte(struct input *in) {
    int c = next_byte(in);
    if (c != EOF) in->pos--;
    return c;
}

/* One record: its fields, NUL-terminated, packed in a growing buffer. */
struct record {
    char *text;
    size_t used, cap;
    size_t start[MAX_FIELDS];
    int fields;
    long line;   /* physical line where the record starts, 1-based */
};

static void put(struct record *r, char c) {
    if (r->used == r->cap) {
        r->cap = r->cap ? r->cap * 2 : 4096;
        r->text = realloc(r->text, r->cap);
        if (!r->text) { perror("realloc"); exit(2); }
    }
    r->text[r->used++] = c;
}

static void end_field(struct record *r) {
    put(r, '\0');
    if (r->fields < MAX_FIELDS) r->fields++;
    if (r->fields < MAX_FIELDS) r->start[r->fields] = r->used;
}

static const char *field(const struct record *r, int i) {
    return i < r->fields ? r->text + r->start[i] : "";
}

/* Reads one record; returns 0 at end of input. `line` counts physical lines. */
static int read_record(struct input *in, struct record *r, long *line) {
    int c = next_byte(in);
    if (c == EOF) return 0;
    r->used = 0;
    r->fields = 0;
    r->start[0] = 0;
    r->line = *line;
    int quoted = 0;
    for (;; c = next_byte(in)) {
        if (quoted) {
            if (c == EOF) { fprintf(stderr, "unterminated quote from line %ld\n", r->line); exit(1); }
            if (c == '"') {
                if (peek_byte(in) == '"') { next_byte(in); put(r, '"'); }
                else quoted = 0;
                continue;
            }
            if (c == '\n' || (c == '\r' && peek_byte(in) != '\n')) (*line)++;
            put(r, (char)c);
            continue;
        }
        switch (c) {
        case '"': quoted = 1; break;
        case ',': end_field(r); break;
        case '\r':
            if (peek_byte(in) == '\n') next_byte(in);
            /* fall through */
        case '\n':
            (*line)++;
            /* fall through */
        case EOF:
            end_field(r);
            return 1;
        default: put(r, (char)c);
        }
    }
}

/* Days since 1970-01-01 of a civil date (proleptic Gregorian). */
static long days_from_civil(long y, long m, long d) {
    y -= m <= 2;
    long era = (y >= 0 ? y : y - 399) / 400;
    long yoe = y - era * 400;
    long doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* Reads digits up to `stop` (or the end); returns the number or -1. sscanf costs more. */
static long digits(const char **s, char stop) {
    long n = 0;
    const char *p = *s;
    if (*p < '0' || *p > '9') return -1;
    while (*p >= '0' && *p <= '9') n = n * 10 + (*p++ - '0');
    if (*p != stop) return -1;
    *s = stop ? p + 1 : p;
    return n;
}

/* d/m/yyyy to an Excel serial (1900 system; 25569 is 1970-01-01). */
static int excel_serial(const char *s, double *serial) {
    long d = digits(&s, '/'), m = d < 0 ? -1 : digits(&s, '/'), y = m < 0 ? -1 : digits(&s, '\0');
    if (y < 0) return 0;
    *serial = (double)(days_from_civil(y, m, d) + 25569);
    return 1;
}

int main(int argc, char **argv) {
    if (argc != 3) { fprintf(stderr, "usage: floor IN.csv OUT.xlsx\n"); return 2; }
    const char *source = argv[1];
    static struct input in;
    in.file = fopen(source, "rb");
    if (!in.file) { perror(source); return 2; }

    lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = NULL, .use_zip64 = LXW_TRUE };
    lxw_workbook *book = workbook_new_opt(argv[2], &options);
    if (!book) { fprintf(stderr, "cannot create %s\n", argv[2]); return 2; }
    lxw_worksheet *sheet = workbook_add_worksheet(book, "NO01");
    lxw_format *bold = workbook_add_format(book);
    format_set_bold(bold);
    lxw_format *date = workbook_add_format(book);
    format_set_num_format(date, "dd/mm/yyyy");
    lxw_format *money = workbook_add_format(book);
    format_set_num_format(money, "#,##0");

    struct record r = {0};
    long line = 1;
    if (!read_record(&in, &r, &line)) { fprintf(stderr, "%s: empty\n", source); return 1; }
    for (int c = 0; c < COLUMNS; c++) worksheet_write_string(sheet, 0, c, field(&r, c), bold);
    worksheet_write_string(sheet, 0, COLUMNS, "Tệp nguồn", bold);
    worksheet_write_string(sheet, 0, COLUMNS + 1, "Dòng", bold);

    lxw_row_t row = 0;
    while (read_record(&in, &r, &line)) {
        if (r.fields == 1 && field(&r, 0)[0] == '\0') continue;   /* blank line */
        row++;
        for (int c = 0; c < COLUMNS; c++) {
            const char *v = field(&r, c);
            if (!*v) continue;
            double serial;
            switch (KINDS[c]) {
            case TEXT: worksheet_write_string(sheet, row, c, v, NULL); break;
            case YEAR: worksheet_write_number(sheet, row, c, atoi(v), NULL); break;
            case MONEY: worksheet_write_number(sheet, row, c, (double)atoll(v), money); break;
            case DATE:
                if (excel_serial(v, &serial)) worksheet_write_number(sheet, row, c, serial, date);
                else worksheet_write_string(sheet, row, c, v, NULL);
                break;
            }
        }
        worksheet_write_string(sheet, row, COLUMNS, source, NULL);
        worksheet_write_number(sheet, row, COLUMNS + 1, (double)r.line, NULL);
    }
    fclose(in.file);
    worksheet_freeze_panes(sheet, 1, 0);
    worksheet_autofilter(sheet, 0, 0, row, COLUMNS + 1);

    lxw_error err = workbook_close(book);
    if (err) { fprintf(stderr, "%s: %s\n", argv[2], lxw_strerror(err)); return 2; }
    free(r.text);
    return 0;
}
