#define _GNU_SOURCE
#include "blocked_deflate.h"

#include <dlfcn.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zlib.h>

/* Input bytes per block. Fixed: the blocks, and so the bytes of the entry, do not depend on
   how many threads compress them. */
#define BLOCK (1u << 20)
/* Deflate's window: each block starts with the previous block's last 32 KiB as dictionary,
   so cutting the input into blocks costs almost nothing in size. */
#define WINDOW 32768u
#define MAX_THREADS 8

typedef int (*zip_write)(void *file, const void *buf, unsigned len);
typedef int (*zip_close)(void *file);
typedef int (*zip_close_raw)(void *file, unsigned long long uncompressed_size, unsigned long crc);

static zip_write real_write;
static zip_close real_close;
static zip_close_raw real_close_raw;
static pthread_once_t lookup_once = PTHREAD_ONCE_INIT;

static void look_up(void) {
    real_write = (zip_write)dlsym(RTLD_NEXT, "zipWriteInFileInZip");
    real_close = (zip_close)dlsym(RTLD_NEXT, "zipCloseFileInZip");
    real_close_raw = (zip_close_raw)dlsym(RTLD_NEXT, "zipCloseFileInZipRaw64");
}

/* One block: its input (with the dictionary in front), and what deflate made of it. */
struct block {
    unsigned char *input;       /* dictionary, then the block's own bytes */
    size_t dictionary, length;  /* sizes of the two parts of input */
    int level, last;
    unsigned char *output;
    size_t produced;
    unsigned long crc;
    int failed;
};

/* The entry being written by this thread (libxlsxwriter opens, writes and closes one entry
   at a time, inside workbook_close, on the closing thread). */
struct entry {
    void *file;
    int level, threads;
    struct block blocks[MAX_THREADS];
    int filled;                  /* blocks holding input, waiting to be compressed */
    size_t pending;              /* bytes in blocks[filled] so far */
    unsigned char window[WINDOW];
    size_t windowed;
    unsigned long crc;
    unsigned long long total;
    int failed;
};

static _Thread_local int chosen_threads;
static _Thread_local struct entry *current;

static int available(void) {
    pthread_once(&lookup_once, look_up);
    return real_write != NULL && real_close != NULL && real_close_raw != NULL;
}

int tonghop_blocked_deflate_available(void) {
    if (!available()) return 0;
    return dlsym(RTLD_DEFAULT, "zipWriteInFileInZip") == (void *)zipWriteInFileInZip
        && dlsym(RTLD_DEFAULT, "zipCloseFileInZip") == (void *)zipCloseFileInZip;
}

void tonghop_blocked_deflate_set(int threads) {
    chosen_threads = threads < 1 ? 0 : (threads > MAX_THREADS ? MAX_THREADS : threads);
}

int tonghop_blocked_deflate_chosen(void) {
    return chosen_threads > 0 && available();
}

static void compress_block(struct block *b) {
    z_stream s;
    memset(&s, 0, sizeof s);
    b->failed = 1;
    b->crc = crc32(0L, b->input + b->dictionary, (uInt)b->length);
    if (deflateInit2(&s, b->level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return;
    if (b->dictionary > 0 && deflateSetDictionary(&s, b->input, (uInt)b->dictionary) != Z_OK) {
        deflateEnd(&s);
        return;
    }
    /* Room for the worst case and the flush marker: one call does the whole block. */
    size_t room = deflateBound(&s, b->length) + 64;
    b->output = malloc(room);
    if (b->output == NULL) {
        deflateEnd(&s);
        return;
    }
    s.next_in = b->input + b->dictionary;
    s.avail_in = (uInt)b->length;
    s.next_out = b->output;
    s.avail_out = (uInt)room;
    /* A sync flush ends a block on a byte boundary without ending the stream, so the next
       block's output follows it directly; the last block finishes the stream. */
    int status = deflate(&s, b->last ? Z_FINISH : Z_SYNC_FLUSH);
    int done = b->last ? status == Z_STREAM_END : (status == Z_OK && s.avail_in == 0 && s.avail_out > 0);
    b->produced = room - s.avail_out;
    deflateEnd(&s);
    b->failed = !done;
}

static void *compress_thread(void *arg) {
    compress_block(arg);
    return NULL;
}

static struct entry *entry_new(int level, int threads) {
    struct entry *e = calloc(1, sizeof *e);
    if (e == NULL) return NULL;
    e->level = level;
    e->threads = threads;
    e->crc = crc32(0L, Z_NULL, 0);
    return e;
}

static void entry_free(struct entry *e) {
    for (int i = 0; i < MAX_THREADS; i++) {
        free(e->blocks[i].input);
        free(e->blocks[i].output);
    }
    free(e);
}

/* Starts block `i` with the last WINDOW bytes of input seen so far as its dictionary. */
static int begin_block(struct entry *e, int i) {
    struct block *b = &e->blocks[i];
    if (b->input == NULL) {
        b->input = malloc(WINDOW + BLOCK);
        if (b->input == NULL) return -1;
    }
    memcpy(b->input, e->window, e->windowed);
    b->dictionary = e->windowed;
    return 0;
}

/* Compresses the filled blocks (the last one finishing the stream when `last`), several at
   once, and writes their output in order. */
static int flush_blocks(struct entry *e, int last) {
    int count = e->filled + ((last || e->pending > 0) ? 1 : 0);
    if (count == 0) return 0;
    if (last && e->pending == 0 && begin_block(e, e->filled) != 0) return Z_MEM_ERROR;
    pthread_t helpers[MAX_THREADS];
    int started[MAX_THREADS] = {0};
    for (int i = 0; i < count; i++) {
        struct block *b = &e->blocks[i];
        b->length = (i < e->filled) ? BLOCK : e->pending;
        b->level = e->level;
        b->last = last && i == count - 1;
        free(b->output);
        b->output = NULL;
        b->produced = 0;
    }
    for (int i = 1; i < count; i++) started[i] = pthread_create(&helpers[i], NULL, compress_thread, &e->blocks[i]) == 0;
    compress_block(&e->blocks[0]);
    for (int i = 1; i < count; i++) {
        if (started[i]) pthread_join(helpers[i], NULL);
        else compress_block(&e->blocks[i]);
    }
    int result = 0;
    for (int i = 0; i < count; i++) {
        struct block *b = &e->blocks[i];
        if (b->failed) return Z_STREAM_ERROR;
        e->crc = crc32_combine(e->crc, b->crc, (z_off_t)b->length);
        if (result == 0 && b->produced > 0) result = real_write(e->file, b->output, (unsigned)b->produced);
        free(b->output);
        b->output = NULL;
    }
    e->filled = 0;
    e->pending = 0;
    return result;
}

/* Remembers the last WINDOW bytes of a full block's input, the next block's dictionary. */
static void keep_window(struct entry *e, const struct block *b) {
    memcpy(e->window, b->input + b->dictionary + BLOCK - WINDOW, WINDOW);
    e->windowed = WINDOW;
}

int tonghop_blocked_deflate_reserve(int level) {
    if (current != NULL) {
        entry_free(current);
        current = NULL;
    }
    if (!tonghop_blocked_deflate_chosen()) return 0;
    current = entry_new(level == Z_DEFAULT_COMPRESSION ? 6 : level, chosen_threads);
    return current != NULL;
}

void tonghop_blocked_deflate_start(void *file) {
    if (current == NULL) return;
    if (file == NULL) {
        entry_free(current);
        current = NULL;
    } else {
        current->file = file;
    }
}

int zipWriteInFileInZip(void *file, const void *buf, unsigned len) {
    pthread_once(&lookup_once, look_up);
    struct entry *e = current;
    if (e == NULL || e->file != file) return real_write ? real_write(file, buf, len) : Z_STREAM_ERROR;
    if (e->failed) return Z_STREAM_ERROR;
    const unsigned char *in = buf;
    while (len > 0) {
        if (e->pending == 0 && begin_block(e, e->filled) != 0) return e->failed = Z_MEM_ERROR;
        struct block *b = &e->blocks[e->filled];
        size_t n = BLOCK - e->pending < len ? BLOCK - e->pending : len;
        memcpy(b->input + b->dictionary + e->pending, in, n);
        e->pending += n;
        e->total += n;
        in += n;
        len -= (unsigned)n;
        if (e->pending == BLOCK) {
            keep_window(e, b);
            e->filled += 1;
            e->pending = 0;
            if (e->filled == e->threads) {
                int r = flush_blocks(e, 0);
                if (r != 0) return e->failed = r;
            }
        }
    }
    return 0;
}

int zipCloseFileInZip(void *file) {
    pthread_once(&lookup_once, look_up);
    struct entry *e = current;
    if (e == NULL || e->file != file) return real_close ? real_close(file) : Z_STREAM_ERROR;
    current = NULL;
    int r = e->failed ? e->failed : flush_blocks(e, 1);
    unsigned long long total = e->total;
    unsigned long crc = e->crc;
    entry_free(e);
    int closed = real_close_raw(file, total, crc);
    return r != 0 ? r : closed;
}
