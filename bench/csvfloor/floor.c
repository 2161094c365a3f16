/* The floor for the CSV reader: a plain C RFC 4180 parse of the same bytes.
 *
 * Reads 64 KiB chunks, runs the usual byte-at-a-time state machine (quotes with "", CR, LF,
 * CR LF), copies each record's field bytes into one reused buffer with the field end offsets and
 * counts physical lines: the same work CSVReader does per byte, without decoding or checks.
 *   cc -O2 -o floor floor.c && ./floor FILE [DELIMITER]
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

enum { CHUNK = 64 << 10 };

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: floor FILE [DELIMITER]\n"); return 2; }
    unsigned char delim = argc > 2 ? (unsigned char)argv[2][0] : ';';
    int fd = open(argv[1], O_RDONLY);
    if (fd < 0) { perror(argv[1]); return 2; }
    struct timespec t0, t1;
    clock_gettime(CLOCK_MONOTONIC, &t0);

    static unsigned char in[CHUNK];
    size_t cap = 4096, len = 0, fcap = 64, nf = 0;
    unsigned char *rec = malloc(cap);
    size_t *ends = malloc(fcap * sizeof *ends);
    long long records = 0, fields = 0, lines = 1, bytes = 0;
    enum { START, UNQUOTED, QUOTED, QUOTE_IN_QUOTED } state = START;
    int last_cr = 0, in_record = 0;
    ssize_t n;
    while ((n = read(fd, in, CHUNK)) > 0) {
        bytes += n;
        for (ssize_t i = 0; i < n; i++) {
            unsigned char b = in[i];
            if (state == QUOTED) {
                if (b == '"') { state = QUOTE_IN_QUOTED; continue; }
                if (b == '\r' || (b == '\n' && !last_cr)) lines++;
                last_cr = b == '\r';
                if (len == cap) rec = realloc(rec, cap *= 2);
                rec[len++] = b;
                continue;
            }
            if (state == QUOTE_IN_QUOTED) {
                if (b == '"') { if (len == cap) rec = realloc(rec, cap *= 2); rec[len++] = b; state = QUOTED; continue; }
                state = UNQUOTED;
            }
            if (b == '"' && state == START) { state = QUOTED; in_record = 1; last_cr = 0; continue; }
            if (b == delim || b == '\n' || b == '\r') {
                if (b == '\n' && last_cr && !in_record) { last_cr = 0; continue; }
                if (nf == fcap) ends = realloc(ends, (fcap *= 2) * sizeof *ends);
                ends[nf++] = len;
                state = START;
                if (b == delim) { in_record = 1; continue; }
                lines++;
                last_cr = b == '\r';
                records++; fields += nf; nf = 0; len = 0; in_record = 0;
                continue;
            }
            if (len == cap) rec = realloc(rec, cap *= 2);
            rec[len++] = b;
            state = UNQUOTED;
            in_record = 1;
            last_cr = 0;
        }
    }
    if (in_record) { records++; fields += nf + 1; }
    clock_gettime(CLOCK_MONOTONIC, &t1);
    double s = (t1.tv_sec - t0.tv_sec) + (t1.tv_nsec - t0.tv_nsec) / 1e9;
    printf("c-floor   %lld records, %lld fields, %lld lines: %.3f s, %.0f records/s, %.1f MB/s\n",
           records, fields, lines, s, records / s, bytes / s / 1e6);
    free(rec); free(ends); close(fd);
    return 0;
}
