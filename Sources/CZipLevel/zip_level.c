#define _GNU_SOURCE
#include "zip_level.h"
#include "blocked_deflate.h"

#include <dlfcn.h>
#include <pthread.h>
#include <zlib.h>

/* minizip 1.1's zipOpenNewFileInZip4_64, as declared in <minizip/zip.h> (zipFile is a
   void *, zip_fileinfo is only passed through). */
typedef int (*zip_open_entry)(void *file, const char *filename, const void *zipfi,
                              const void *extrafield_local, unsigned int size_extrafield_local,
                              const void *extrafield_global, unsigned int size_extrafield_global,
                              const char *comment, int method, int level, int raw, int windowBits,
                              int memLevel, int strategy, const char *password,
                              unsigned long crcForCrc32, unsigned long versionMadeBy,
                              unsigned long flagBase, int zip64);

int zipOpenNewFileInZip4_64(void *file, const char *filename, const void *zipfi,
                            const void *extrafield_local, unsigned int size_extrafield_local,
                            const void *extrafield_global, unsigned int size_extrafield_global,
                            const char *comment, int method, int level, int raw, int windowBits,
                            int memLevel, int strategy, const char *password,
                            unsigned long crcForCrc32, unsigned long versionMadeBy,
                            unsigned long flagBase, int zip64);

/* minizip's error for a call that cannot be made (ZIP_INTERNALERROR in <minizip/zip.h>). */
#define TONGHOP_ZIP_INTERNALERROR (-104)

static zip_open_entry real_open_entry;
static pthread_once_t lookup_once = PTHREAD_ONCE_INIT;
static _Thread_local int chosen_level = -1;
static _Thread_local long entries_with_level;

static void look_up(void) {
    real_open_entry = (zip_open_entry)dlsym(RTLD_NEXT, "zipOpenNewFileInZip4_64");
}

int zipOpenNewFileInZip4_64(void *file, const char *filename, const void *zipfi,
                            const void *extrafield_local, unsigned int size_extrafield_local,
                            const void *extrafield_global, unsigned int size_extrafield_global,
                            const char *comment, int method, int level, int raw, int windowBits,
                            int memLevel, int strategy, const char *password,
                            unsigned long crcForCrc32, unsigned long versionMadeBy,
                            unsigned long flagBase, int zip64) {
    pthread_once(&lookup_once, look_up);
    if (real_open_entry == NULL) return TONGHOP_ZIP_INTERNALERROR;
    int blocked = 0;
    if (method == Z_DEFLATED && !raw) {
        if (chosen_level != -1) {
            level = chosen_level;
            entries_with_level += 1;
        }
        blocked = tonghop_blocked_deflate_reserve(level);
    }
    int result = real_open_entry(file, filename, zipfi, extrafield_local, size_extrafield_local, extrafield_global,
                                 size_extrafield_global, comment, method, level, raw || blocked, windowBits, memLevel,
                                 strategy, password, crcForCrc32, versionMadeBy, flagBase, zip64);
    if (blocked) tonghop_blocked_deflate_start(result == 0 ? file : NULL);
    return result;
}

int tonghop_zip_level_available(void) {
    pthread_once(&lookup_once, look_up);
    void *bound = dlsym(RTLD_DEFAULT, "zipOpenNewFileInZip4_64");
    return real_open_entry != NULL && bound == (void *)zipOpenNewFileInZip4_64;
}

void tonghop_zip_level_set(int level) {
    chosen_level = (level >= 1 && level <= 9) ? level : -1;
    entries_with_level = 0;
}

long tonghop_zip_level_entries(void) {
    return entries_with_level;
}
