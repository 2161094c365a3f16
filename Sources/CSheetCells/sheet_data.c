#define _GNU_SOURCE
#include "sheet_cells.h"

#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <xlsxwriter/packager.h>

/* A constant-memory sheet's rows handed to the zip without being copied.

   libxlsxwriter writes a constant-memory sheet's rows to a temporary file as they come.
   When the workbook closes, it assembles the sheet's XML in a second temporary file and
   copies every row into it, between <sheetData> and </sheetData>, 4 KiB at a time, only to
   read that file back into the zip. For a sheet of a million rows that is 870 MB written
   once more, into pages this machine has to find: three seconds of the build's seventeen.

   Here the sheet's XML gets the two tags alone, and the place between them is remembered;
   when the packager then adds that file to the zip, it is given a stream that reads the
   file up to the place, the rows' file, then the rest. The zip receives the same bytes. */

lxw_error _add_file_to_zip(lxw_packager *self, FILE *file, const char *filename);
void _worksheet_write_optimized_sheet_data(lxw_worksheet *self);

typedef lxw_error (*zip_adder)(lxw_packager *, FILE *, const char *);
typedef void (*sheet_data_writer)(lxw_worksheet *);

static zip_adder real_add;
static sheet_data_writer real_sheet_data;
static pthread_once_t lookup_once = PTHREAD_ONCE_INIT;

static void look_up(void) {
    real_add = (zip_adder)dlsym(RTLD_NEXT, "_add_file_to_zip");
    real_sheet_data = (sheet_data_writer)dlsym(RTLD_NEXT, "_worksheet_write_optimized_sheet_data");
}

/* The sheet file whose rows wait in another file (the packager adds a sheet to the zip
   right after assembling it, on the same thread). */
struct splice {
    FILE *sheet;
    off_t at;
    FILE *rows;
    off_t rows_size;
};
static _Thread_local struct splice pending __attribute__((tls_model("initial-exec")));
static _Thread_local long long handed_over __attribute__((tls_model("initial-exec")));

long long tonghop_sheet_rows_handed_over(void) { return handed_over; }

static int here(void) {
    pthread_once(&lookup_once, look_up);
    return real_add && real_sheet_data && tonghop_sheet_cells_enabled();
}

void _worksheet_write_optimized_sheet_data(lxw_worksheet *self) {
    FILE *rows = self->optimize_tmpfile;
    /* Where the rows end, and where they go: ftello counts what stdio still buffers. */
    off_t size = -1, at = -1;
    if (here() && self->dim_rowmin != LXW_ROW_MAX && rows != NULL && fflush(rows) == 0 && fseeko(rows, 0, SEEK_END) == 0) {
        size = ftello(rows);
        at = ftello(self->file);
    }
    /* An empty sheet, or no way to hand the rows over: the library's own copy. */
    if (size < 0 || at < 0) {
        if (real_sheet_data) real_sheet_data(self);
        return;
    }
    static const char tag[] = "<sheetData>";
    fputs(tag, self->file);
    if (pending.sheet != NULL) fclose(pending.rows);
    pending = (struct splice){self->file, at + (off_t)(sizeof tag - 1), rows, size};
    lxw_xml_end_tag(self->file, "sheetData");
}

/* The sheet file read as if the rows were in it. */
struct joined {
    int sheet;
    int rows;
    off_t at;
    off_t rows_size;
    off_t total;
    off_t position;
};

static ssize_t joined_read(void *cookie, char *buffer, size_t size) {
    struct joined *j = cookie;
    size_t done = 0;
    while (done < size && j->position < j->total) {
        off_t p = j->position;
        int fd;
        off_t offset, end;
        if (p < j->at) {
            fd = j->sheet, offset = p, end = j->at;
        } else if (p < j->at + j->rows_size) {
            fd = j->rows, offset = p - j->at, end = j->at + j->rows_size;
        } else {
            fd = j->sheet, offset = p - j->rows_size, end = j->total;
        }
        size_t want = size - done;
        if ((off_t)want > end - p) want = (size_t)(end - p);
        ssize_t n = pread(fd, buffer + done, want, offset);
        /* A file shorter than it was when the sheet was assembled is an error, never an end:
           the packager must fail rather than zip part of a sheet. */
        if (n == 0) errno = EIO;
        if (n <= 0) return done > 0 ? (ssize_t)done : -1;
        done += (size_t)n;
        j->position += n;
    }
    return (ssize_t)done;
}

static int joined_seek(void *cookie, off64_t *offset, int whence) {
    struct joined *j = cookie;
    off_t base = whence == SEEK_SET ? 0 : whence == SEEK_CUR ? j->position : j->total;
    off_t target = base + *offset;
    if (target < 0) return -1;
    j->position = target;
    *offset = target;
    return 0;
}

static int joined_close(void *cookie) {
    free(cookie);
    return 0;
}

lxw_error _add_file_to_zip(lxw_packager *self, FILE *file, const char *filename) {
    pthread_once(&lookup_once, look_up);
    if (real_add == NULL) return LXW_ERROR_ZIP_FILE_ADD;
    if (pending.sheet == NULL || pending.sheet != file) return real_add(self, file, filename);
    struct splice s = pending;
    pending.sheet = NULL;
    lxw_error error = LXW_ERROR_MEMORY_MALLOC_FAILED;
    struct joined *j = malloc(sizeof *j);
    off_t sheet_size = -1;
    if (fflush(file) == 0 && fseeko(file, 0, SEEK_END) == 0) sheet_size = ftello(file);
    if (j != NULL && sheet_size >= 0) {
        *j = (struct joined){fileno(file), fileno(s.rows), s.at, s.rows_size, sheet_size + s.rows_size, 0};
        cookie_io_functions_t io = {.read = joined_read, .write = NULL, .seek = joined_seek, .close = joined_close};
        FILE *whole = fopencookie(j, "r", io);
        if (whole != NULL) {
            error = real_add(self, whole, filename);
            fclose(whole);
            j = NULL;
            handed_over += s.rows_size;
        }
    }
    free(j);
    fclose(s.rows);
    return error;
}
