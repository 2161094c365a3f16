#ifndef TONGHOP_CLIBCRYPTO_SHIM_H
#define TONGHOP_CLIBCRYPTO_SHIM_H
/* The parts of the system libcrypto (OpenSSL 3) that TongHop calls: the EVP digest
   interface (SHA-256 of every input file, run with the CPU's SHA instructions where there
   are any), PKCS5_PBKDF2_HMAC with EVP_sha256 (password hashes), RAND_bytes (their salts)
   and CRYPTO_memcmp (comparing hashes in constant time). Swift imports these functions as they
   are; the inline helpers below stand in for what it cannot import (macros). */
#include <openssl/evp.h>
#include <openssl/crypto.h>
#include <openssl/opensslv.h>
#include <openssl/rand.h>

#if OPENSSL_VERSION_MAJOR < 3
#error "TongHop needs OpenSSL 3 or later (apt-get install libssl-dev)"
#endif

/* EVP_MAX_MD_SIZE is a macro: the largest digest, the buffer size EVP_DigestFinal_ex needs. */
static inline int tonghop_evp_max_md_size(void) { return EVP_MAX_MD_SIZE; }

#endif
