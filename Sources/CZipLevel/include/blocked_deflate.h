#ifndef TONGHOP_BLOCKED_DEFLATE_H
#define TONGHOP_BLOCKED_DEFLATE_H
/* Deflate of the zip entries libxlsxwriter writes, cut into 1 MiB blocks compressed on
   several threads.

   libxlsxwriter compresses a whole package inside workbook_close, on one thread; a large
   sheet's deflate is then most of a build's last second, with the other cores idle. When
   chosen on the calling thread, each entry is opened raw (zip_level.c), its bytes are
   gathered here in blocks, each block is deflated with the previous block's last 32 KiB as
   dictionary and ended with a sync flush (the last one finishing the stream), several blocks
   at a time, and the concatenated output goes to minizip as-is with the entry's CRC and size
   at close. The blocks are cut by size only, so the bytes do not depend on the number of
   threads; the stream is ordinary deflate any reader inflates. The functions are found and
   forwarded to with dlsym(RTLD_NEXT), like zipOpenNewFileInZip4_64. */

/* Whether the blocked deflate can be used here: minizip's functions were found behind these,
   and the names resolve to these for libxlsxwriter. */
int tonghop_blocked_deflate_available(void);

/* The threads for entries opened from now on by the calling thread: 1 or more to cut entries
   in blocks (the same bytes whatever the number), 0 for minizip's own single deflate. */
void tonghop_blocked_deflate_set(int threads);

/* Called by the entry-opening function before it opens an entry minizip would deflate:
   whether this entry is to be cut in blocks (then it must be opened raw, `level` being its
   deflate level). */
int tonghop_blocked_deflate_reserve(int level);

/* Called after that open: `file` if the entry was opened, NULL if minizip refused it. */
void tonghop_blocked_deflate_start(void *file);

/* minizip's functions, defined in the program so that libxlsxwriter's calls come here. */
int zipWriteInFileInZip(void *file, const void *buf, unsigned len);
int zipCloseFileInZip(void *file);

#endif
