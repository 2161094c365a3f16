#ifndef TONGHOP_ZIP_LEVEL_H
#define TONGHOP_ZIP_LEVEL_H
/* The deflate level of the zip entries libxlsxwriter writes.

   libxlsxwriter (1.1.4 up to 1.2.3) hard-codes zlib's default level (6) when its packager
   opens each entry of the .xlsx with minizip's zipOpenNewFileInZip4_64, and Debian builds it
   against the shared libminizip.so.1. This target defines that function in the program
   itself, so the dynamic linker binds libxlsxwriter's call to it; it forwards to minizip's
   own (found with dlsym(RTLD_NEXT)) with every argument as given, except the level when a
   level was chosen on the calling thread. Nothing else changes: the default path passes the
   level through untouched. */

/* Whether a chosen level reaches zlib here: minizip's function was found behind this one,
   and the name resolves to this one for libxlsxwriter. */
int tonghop_zip_level_available(void);

/* The level for entries opened from now on by the calling thread (libxlsxwriter writes the
   whole package inside workbook_close, on the caller's thread): 1 (fastest) to 9, or -1 for
   the level libxlsxwriter asks for. */
void tonghop_zip_level_set(int level);

/* How many entries the calling thread has opened with a chosen level since it last set one:
   proof that the level took effect. */
long tonghop_zip_level_entries(void);

#endif
