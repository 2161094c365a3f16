#define _GNU_SOURCE
#include "sheet_cells.h"

#include <ctype.h>
#include <dlfcn.h>
#include <math.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <xlsxwriter.h>

void _write_number_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell);
void _write_inline_string_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell);
void _write_row(lxw_worksheet *self, lxw_row *row, char *spans);
void _write_cell(lxw_worksheet *self, lxw_cell *cell, lxw_format *row_format);
void lxw_xml_end_tag(FILE *xmlfile, const char *tag);

typedef void (*cell_writer)(lxw_worksheet *, char *, int32_t, lxw_cell *);
typedef void (*cell_namer)(char *, lxw_row_t, lxw_col_t);
typedef void (*row_writer)(lxw_worksheet *, lxw_row *, char *);
typedef void (*any_cell_writer)(lxw_worksheet *, lxw_cell *, lxw_format *);
typedef void (*end_tag_writer)(FILE *, const char *);

static cell_writer real_number;
static cell_writer real_inline_string;
static cell_namer real_rowcol;
static row_writer real_row;
static any_cell_writer real_cell;
static end_tag_writer real_end_tag;
static int available;
static pthread_once_t lookup_once = PTHREAD_ONCE_INIT;
/* initial-exec: read without a call to __tls_get_addr, which a cell at a time shows. */
static _Thread_local int disabled __attribute__((tls_model("initial-exec")));
static _Thread_local long written __attribute__((tls_model("initial-exec")));

static void look_up(void) {
    real_number = (cell_writer)dlsym(RTLD_NEXT, "_write_number_cell");
    real_inline_string = (cell_writer)dlsym(RTLD_NEXT, "_write_inline_string_cell");
    real_rowcol = (cell_namer)dlsym(RTLD_NEXT, "lxw_rowcol_to_cell");
    real_row = (row_writer)dlsym(RTLD_NEXT, "_write_row");
    real_cell = (any_cell_writer)dlsym(RTLD_NEXT, "_write_cell");
    real_end_tag = (end_tag_writer)dlsym(RTLD_NEXT, "lxw_xml_end_tag");
    available = real_number && real_inline_string && real_rowcol && real_row && real_cell && real_end_tag
        && strcmp(LXW_VERSION, "1.1.4") == 0 && strcmp(lxw_version(), LXW_VERSION) == 0;
}

/* Whether to write here. When the library's own function is missing there is nothing else
   to call, so the cell is written here whatever the version: losing it would be worse. */
static int here(void) {
    pthread_once(&lookup_once, look_up);
    return available && !disabled;
}

int tonghop_sheet_cells_available(void) {
    pthread_once(&lookup_once, look_up);
    return available;
}

void tonghop_sheet_cells_set(int enabled) { disabled = !enabled; }

int tonghop_sheet_cells_enabled(void) { return here(); }

long tonghop_sheet_cells_written(void) { return written; }

/* Writes n in decimal at p; returns the end. */
static char *put_int(char *p, long long n) {
    char digits[24];
    int k = 0;
    unsigned long long u = n < 0 ? 0ULL - (unsigned long long)n : (unsigned long long)n;
    do { digits[k++] = (char)('0' + u % 10); u /= 10; } while (u);
    if (n < 0) *p++ = '-';
    while (k) *p++ = digits[--k];
    return p;
}

static char *put(char *p, const char *s, size_t n) {
    memcpy(p, s, n);
    return p + n;
}

#define PUT(p, literal) put((p), (literal), sizeof(literal) - 1)

/* n as "%.16G" writes it (at most 24 characters). A whole number below 10^15 is its digits
   there, written directly; -0 is "-0", so it goes to snprintf with every other number. */
static char *put_number(char *p, double n) {
    if (n == trunc(n) && fabs(n) < 1e15 && !(n == 0 && signbit(n))) return put_int(p, (long long)n);
    return p + snprintf(p, 40, "%.16G", n);
}

/* `<c r="B100" s="6"` (no style attribute for style 0), as libxlsxwriter opens a cell. */
static char *open_cell(char *p, const char *range, int32_t style_index) {
    p = PUT(p, "<c r=\"");
    p = put(p, range, strlen(range));
    if (style_index) {
        p = PUT(p, "\" s=\"");
        p = put_int(p, style_index);
    }
    return p;
}

void lxw_rowcol_to_cell(char *cell_name, lxw_row_t row, lxw_col_t col) {
    if (!here() && real_rowcol) {
        real_rowcol(cell_name, row, col);
        return;
    }
    /* Column letters: bijective base 26 (A…Z, AA…), then the 1-based row. */
    char letters[8];
    int k = 0;
    unsigned long c = (unsigned long)col + 1;
    while (c) {
        unsigned long r = c % 26;
        if (r == 0) r = 26;
        letters[k++] = (char)('A' + r - 1);
        c = (c - 1) / 26;
    }
    char *p = cell_name;
    while (k) *p++ = letters[--k];
    p = put_int(p, (long long)row + 1);
    *p = '\0';
}

void _write_number_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell) {
    if (!here() && real_number) {
        real_number(self, range, style_index, cell);
        return;
    }
    char buffer[LXW_MAX_CELL_NAME_LENGTH + 96];
    char *p = open_cell(buffer, range, style_index);
    p = PUT(p, "\"><v>");
    p = put_number(p, cell->u.number);
    p = PUT(p, "</v></c>");
    fwrite(buffer, 1, (size_t)(p - buffer), self->file);
    written += 1;
}

/* The length of s with & < > written as entities (lxw_escape_data's escapes). */
static size_t escaped_length(const char *s) {
    size_t n = 0;
    for (; *s; s++) {
        switch (*s) {
        case '&': n += 5; break;
        case '<': case '>': n += 4; break;
        default: n += 1;
        }
    }
    return n;
}

static char *put_escaped(char *p, const char *s) {
    for (; *s; s++) {
        switch (*s) {
        case '&': p = PUT(p, "&amp;"); break;
        case '<': p = PUT(p, "&lt;"); break;
        case '>': p = PUT(p, "&gt;"); break;
        default: *p++ = *s;
        }
    }
    return p;
}

void _write_inline_string_cell(lxw_worksheet *self, char *range, int32_t style_index, lxw_cell *cell) {
    if (!here() && real_inline_string) {
        real_inline_string(self, range, style_index, cell);
        return;
    }
    const char *string = cell->u.string;
    size_t length = strlen(string);
    /* The escaped text begins and ends with the same characters as the text unless those are
       escaped, and an entity begins with & and ends with ; — neither a space. */
    int preserve = length > 0 && (isspace((unsigned char)string[0]) || isspace((unsigned char)string[length - 1]));
    size_t need = LXW_MAX_CELL_NAME_LENGTH + 128 + escaped_length(string);
    char stack[1024];
    char *buffer = need <= sizeof stack ? stack : malloc(need);
    if (buffer == NULL) {
        /* No memory for a long text: the library's own writer, which needs less. */
        if (real_inline_string) real_inline_string(self, range, style_index, cell);
        return;
    }
    char *p = open_cell(buffer, range, style_index);
    p = preserve ? PUT(p, "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">") : PUT(p, "\" t=\"inlineStr\"><is><t>");
    p = put_escaped(p, string);
    p = PUT(p, "</t></is></c>");
    fwrite(buffer, 1, (size_t)(p - buffer), self->file);
    if (buffer != stack) free(buffer);
    written += 1;
}

/* A row's opening tag, `<row r="100" ht="18" customHeight="1">`, for the rows a form sheet
   writes: cells in it, no row format, not hidden, outlined or collapsed, no spans (a
   constant-memory sheet has none) and no Excel 2010 extension. Any other row goes to the
   library, whose attribute lists cost two 2 KiB copies and a malloc for each attribute. */
void _write_row(lxw_worksheet *self, lxw_row *row, char *spans) {
    int plain = spans == NULL && row->format == NULL && !row->hidden && !row->level && !row->collapsed
        && row->data_changed && self->excel_version != 2010;
    if ((!here() || !plain) && real_row) {
        real_row(self, row, spans);
        return;
    }
    char buffer[128];
    char *p = PUT(buffer, "<row r=\"");
    p = put_int(p, (long long)row->row_num + 1);
    double height = row->height_changed ? row->height : self->default_row_height;
    if (height != LXW_DEF_ROW_HEIGHT) {
        p = PUT(p, "\" ht=\"");
        p = put_number(p, height);
        p = PUT(p, "\" customHeight=\"1");
    }
    p = PUT(p, "\">");
    fwrite(buffer, 1, (size_t)(p - buffer), self->file);
}

/* A cell of any kind: a blank one (a bordered empty cell of a form sheet, three in a NO01
   row) is written here, `<c r="L100" s="5"/>`; libxlsxwriter writes those through its
   attribute lists. A blank cell without a format of its own is not written at all, as there.
   Every other kind goes to the library, which calls the writers above for numbers and text. */
void _write_cell(lxw_worksheet *self, lxw_cell *cell, lxw_format *row_format) {
    if ((!here() || cell->type != BLANK_CELL) && real_cell) {
        real_cell(self, cell, row_format);
        return;
    }
    if (cell->format == NULL) return;
    char range[LXW_MAX_CELL_NAME_LENGTH];
    lxw_rowcol_to_cell(range, cell->row_num, cell->col_num);
    char buffer[LXW_MAX_CELL_NAME_LENGTH + 48];
    char *p = open_cell(buffer, range, lxw_format_get_xf_index(cell->format));
    p = PUT(p, "\"/>");
    fwrite(buffer, 1, (size_t)(p - buffer), self->file);
    written += 1;
}

/* `</row>` and every other closing tag the library writes: "</%s>" without printf. */
void lxw_xml_end_tag(FILE *xmlfile, const char *tag) {
    if (!here() && real_end_tag) {
        real_end_tag(xmlfile, tag);
        return;
    }
    fputs("</", xmlfile);
    fputs(tag, xmlfile);
    fputc('>', xmlfile);
}
