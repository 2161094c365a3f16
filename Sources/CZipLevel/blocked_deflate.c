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
    enum { FILLING, READY, TAKEN, DONE } state;
};

/* Slots at most: one more block than threads waits compressed or to be compressed while the
   writing thread fills the next, so the threads stay busy and memory stays bounded (about
   2 MiB a slot, 8 MiB with two threads). */
#define SLOTS (MAX_THREADS + 2)

/* The entry being written by this thread (libxlsxwriter opens, writes and closes one entry
   at a time, inside workbook_close, on the closing thread). Blocks go round a ring of slots:
   `head` is the oldest not yet written out, `tail` the one being filled; both move under
   `lock`, which the compressing threads read them under. */
struct entry {
    void *file;
    int level, threads;
    struct block slots[SLOTS];
    int ring;                    /* slots in use: threads + 2 */
    long head, tail;
    size_t pending;              /* bytes in slots[tail] so far */
    unsigned char window[WINDOW];
    size_t windowed;
    unsigned long crc;
    unsigned long long total;
    int failed;
    /* The compressing threads, started when the first full block is ready. */
    pthread_t workers[MAX_THREADS];
    int started, stopping;
    pthread_mutex_t lock;
    pthread_cond_t changed;
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

/* Whether entries opened now by the calling thread are cut in blocks. */
static int chosen(void) {
    return chosen_threads > 0 && available();
}

static void compress_block(struct block *b) {
    z_stream s;
    memset(&s, 0, sizeof s);
    b->failed = 1;
    b->produced = 0;
    b->crc = crc32(0L, b->input + b->dictionary, (uInt)b->length);
    if (deflateInit2(&s, b->level, Z_DEFLATED, -MAX_WBITS, 8, Z_DEFAULT_STRATEGY) != Z_OK) return;
    if (b->dictionary > 0 && deflateSetDictionary(&s, b->input, (uInt)b->dictionary) != Z_OK) {
        deflateEnd(&s);
        return;
    }
    /* Room for the worst case and the flush marker: one call does the whole block. */
    size_t room = deflateBound(&s, b->length) + 64;
    if (b->output == NULL) b->output = malloc(deflateBound(&s, BLOCK) + 64);
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

/* A compressing thread: takes the oldest ready block, compresses it, until told to stop. */
static void *compress_thread(void *arg) {
    struct entry *e = arg;
    pthread_mutex_lock(&e->lock);
    for (;;) {
        struct block *b = NULL;
        for (long i = e->head; i < e->tail && b == NULL; i++) {
            if (e->slots[i % e->ring].state == READY) b = &e->slots[i % e->ring];
        }
        if (b == NULL) {
            if (e->stopping) break;
            pthread_cond_wait(&e->changed, &e->lock);
            continue;
        }
        b->state = TAKEN;
        pthread_mutex_unlock(&e->lock);
        compress_block(b);
        pthread_mutex_lock(&e->lock);
        b->state = DONE;
        pthread_cond_broadcast(&e->changed);
    }
    pthread_mutex_unlock(&e->lock);
    return NULL;
}

static struct entry *entry_new(int level, int threads) {
    struct entry *e = calloc(1, sizeof *e);
    if (e == NULL) return NULL;
    e->level = level;
    e->threads = threads;
    e->ring = threads + 2;
    e->crc = crc32(0L, Z_NULL, 0);
    pthread_mutex_init(&e->lock, NULL);
    pthread_cond_init(&e->changed, NULL);
    return e;
}

/* Stops and joins the compressing threads; every block handed to them is done by then. */
static void stop_workers(struct entry *e) {
    pthread_mutex_lock(&e->lock);
    e->stopping = 1;
    pthread_cond_broadcast(&e->changed);
    pthread_mutex_unlock(&e->lock);
    for (int i = 0; i < e->started; i++) pthread_join(e->workers[i], NULL);
    e->started = 0;
}

static void entry_free(struct entry *e) {
    stop_workers(e);
    for (int i = 0; i < SLOTS; i++) {
        free(e->slots[i].input);
        free(e->slots[i].output);
    }
    pthread_mutex_destroy(&e->lock);
    pthread_cond_destroy(&e->changed);
    free(e);
}

/* Prepares the slot at `tail` for input, with the last WINDOW bytes seen so far as its
   dictionary. */
static int begin_block(struct entry *e) {
    struct block *b = &e->slots[e->tail % e->ring];
    if (b->input == NULL) {
        b->input = malloc(WINDOW + BLOCK);
        if (b->input == NULL) return -1;
    }
    memcpy(b->input, e->window, e->windowed);
    b->dictionary = e->windowed;
    b->level = e->level;
    b->last = 0;
    pthread_mutex_lock(&e->lock);
    b->state = FILLING;
    pthread_mutex_unlock(&e->lock);
    return 0;
}

/* Waits for the oldest block to be compressed and writes its output; returns minizip's
   result, or zlib's error. */
static int write_oldest(struct entry *e) {
    struct block *b = &e->slots[e->head % e->ring];
    pthread_mutex_lock(&e->lock);
    while (b->state != DONE) pthread_cond_wait(&e->changed, &e->lock);
    e->head += 1;
    pthread_mutex_unlock(&e->lock);
    if (b->failed) return Z_STREAM_ERROR;
    e->crc = crc32_combine(e->crc, b->crc, (z_off_t)b->length);
    return b->produced > 0 ? real_write(e->file, b->output, (unsigned)b->produced) : 0;
}

/* Hands the block at `tail` over to be compressed and moves on; when every slot is taken,
   first writes out the oldest. Compresses on this thread when no other could be started. */
static int submit(struct entry *e, size_t length, int last) {
    struct block *b = &e->slots[e->tail % e->ring];
    b->length = length;
    b->last = last;
    if (e->started == 0 && !last) {
        int wanted = e->threads > 1 ? e->threads : 1;
        for (int i = 0; i < wanted; i++) {
            if (pthread_create(&e->workers[e->started], NULL, compress_thread, e) == 0) e->started += 1;
        }
    }
    if (e->started == 0) compress_block(b);
    pthread_mutex_lock(&e->lock);
    b->state = e->started == 0 ? DONE : READY;
    e->tail += 1;
    pthread_cond_broadcast(&e->changed);
    pthread_mutex_unlock(&e->lock);
    while (e->tail - e->head >= e->ring - 1 || (last && e->head < e->tail)) {
        int r = write_oldest(e);
        if (r != 0) return r;
    }
    return 0;
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
    if (!chosen()) return 0;
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
    if (e->failed) return e->failed;
    const unsigned char *in = buf;
    while (len > 0) {
        if (e->pending == 0 && begin_block(e) != 0) return e->failed = Z_MEM_ERROR;
        struct block *b = &e->slots[e->tail % e->ring];
        size_t n = BLOCK - e->pending < len ? BLOCK - e->pending : len;
        memcpy(b->input + b->dictionary + e->pending, in, n);
        e->pending += n;
        e->total += n;
        in += n;
        len -= (unsigned)n;
        if (e->pending == BLOCK) {
            keep_window(e, b);
            e->pending = 0;
            int r = submit(e, BLOCK, 0);
            if (r != 0) return e->failed = r;
        }
    }
    return 0;
}

int zipCloseFileInZip(void *file) {
    pthread_once(&lookup_once, look_up);
    struct entry *e = current;
    if (e == NULL || e->file != file) return real_close ? real_close(file) : Z_STREAM_ERROR;
    current = NULL;
    int r = e->failed;
    /* The last block, however short (even empty), finishes the stream. */
    if (r == 0 && e->pending == 0 && begin_block(e) != 0) r = Z_MEM_ERROR;
    if (r == 0) r = submit(e, e->pending, 1);
    unsigned long long total = e->total;
    unsigned long crc = e->crc;
    entry_free(e);
    int closed = real_close_raw(file, total, crc);
    return r != 0 ? r : closed;
}
