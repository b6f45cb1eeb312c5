/*
 * Connectboard build-support: a stand-in for SubstrateVM's "libchelper" static library, written for this project
 * from the @CFunction / @CStruct declarations of the native-image builder 25.0.2 (svm jar). Linux/amd64 only.
 *
 * It provides: CPU feature detection (cpuid) and the start-up check against the build-time feature mask, the
 * environ / thread id / thread CPU time / mremap / open / fprintf helpers, the time-zone lookup, locale
 * initialisation, the sun.misc.Signal counting handler, and the attach-API entry points (which report failure:
 * jcmd attach is not supported). See docs/native.md for the limits.
 */
#define _GNU_SOURCE
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <locale.h>
#include <semaphore.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/syscall.h>
#include <time.h>
#include <unistd.h>

#include "include/amd64cpufeatures.h"
#include "include/svm_locale.h"

extern char **environ;

/* ---------------------------------------------------------------- CPU features (amd64) */

static void cpuid(unsigned leaf, unsigned subleaf, unsigned regs[4]) {
    __asm__ volatile("cpuid" : "=a"(regs[0]), "=b"(regs[1]), "=c"(regs[2]), "=d"(regs[3]) : "a"(leaf), "c"(subleaf));
}

static uint64_t xgetbv0(void) {
    unsigned lo, hi;
    __asm__ volatile("xgetbv" : "=a"(lo), "=d"(hi) : "c"(0));
    return ((uint64_t)hi << 32) | lo;
}

#define BIT(reg, n) (((reg) >> (n)) & 1u)

void determineCPUFeatures(CPUFeatures *f) {
    unsigned r[4], l1[4] = {0}, l7[4] = {0}, l7s1[4] = {0}, e1[4] = {0}, e7[4] = {0}, max, maxext;
    memset(f, 0, sizeof(*f));
    cpuid(0, 0, r);
    max = r[0];
    int intel = r[1] == 0x756e6547; /* "Genu" */
    if (max >= 1) cpuid(1, 0, l1);
    if (max >= 7) {
        cpuid(7, 0, l7);
        if (l7[0] >= 1) cpuid(7, 1, l7s1);
    }
    cpuid(0x80000000u, 0, r);
    maxext = r[0];
    if (maxext >= 0x80000001u) cpuid(0x80000001u, 0, e1);
    if (maxext >= 0x80000007u) cpuid(0x80000007u, 0, e7);

    unsigned ecx1 = l1[2], edx1 = l1[3], ebx7 = l7[1], ecx7 = l7[2], edx7 = l7[3];
    f->fCX8 = BIT(edx1, 8);
    f->fCMOV = BIT(edx1, 15);
    f->fFXSR = BIT(edx1, 24);
    f->fHT = BIT(edx1, 28);
    f->fMMX = BIT(edx1, 23);
    f->fTSC = BIT(edx1, 4);
    f->fSSE = BIT(edx1, 25);
    f->fSSE2 = BIT(edx1, 26);
    f->fFLUSH = BIT(edx1, 19);
    f->fSSE3 = BIT(ecx1, 0);
    f->fCLMUL = BIT(ecx1, 1);
    f->fSSSE3 = BIT(ecx1, 9);
    f->fFMA = 0; /* set below, needs AVX */
    f->fSSE4_1 = BIT(ecx1, 19);
    f->fSSE4_2 = BIT(ecx1, 20);
    f->fPOPCNT = BIT(ecx1, 23);
    f->fAES = BIT(ecx1, 25);
    f->fHV = BIT(ecx1, 31);
    f->fAMD_3DNOW_PREFETCH = BIT(e1[2], 8);
    f->fSSE4A = BIT(e1[2], 6);
    f->fLZCNT = BIT(e1[2], 5);
    f->fRDTSCP = BIT(e1[3], 27);
    f->fTSCINV_BIT = BIT(e7[3], 8);
    f->fTSCINV = f->fTSCINV_BIT;
    f->fBMI1 = BIT(ebx7, 3);
    f->fBMI2 = BIT(ebx7, 8);
    f->fERMS = BIT(ebx7, 9);
    f->fRTM = BIT(ebx7, 11);
    f->fADX = BIT(ebx7, 19);
    f->fFLUSHOPT = BIT(ebx7, 23);
    f->fCLWB = BIT(ebx7, 24);
    f->fSHA = BIT(ebx7, 29);
    f->fPKU = BIT(ecx7, 3);
    f->fOSPKE = BIT(ecx7, 4);
    f->fGFNI = BIT(ecx7, 8);
    f->fRDPID = BIT(ecx7, 22);
    f->fCET_SS = BIT(ecx7, 7);
    f->fFSRM = BIT(edx7, 4);
    f->fSERIALIZE = BIT(edx7, 14);
    f->fCET_IBT = BIT(edx7, 20);

    /* AVX and beyond need the OS to save the YMM (and ZMM) state: OSXSAVE and XCR0. */
    int osxsave = BIT(ecx1, 27);
    uint64_t xcr0 = osxsave ? xgetbv0() : 0;
    int ymm = osxsave && (xcr0 & 0x6) == 0x6;
    int zmm = ymm && (xcr0 & 0xe0) == 0xe0;
    if (ymm && BIT(ecx1, 28)) {
        f->fAVX = 1;
        f->fVZEROUPPER = 1;
        f->fFMA = BIT(ecx1, 12);
        f->fF16C = BIT(ecx1, 29);
        f->fAVX2 = BIT(ebx7, 5);
        f->fAVX_IFMA = BIT(l7s1[0], 23);
        f->fSHA512 = BIT(l7s1[0], 0) && f->fAVX2;
        if (zmm && BIT(ebx7, 16)) {
            f->fAVX512F = 1;
            f->fAVX512DQ = BIT(ebx7, 17);
            f->fAVX512_IFMA = BIT(ebx7, 21);
            f->fAVX512PF = BIT(ebx7, 26);
            f->fAVX512ER = BIT(ebx7, 27);
            f->fAVX512CD = BIT(ebx7, 28);
            f->fAVX512BW = BIT(ebx7, 30);
            f->fAVX512VL = BIT(ebx7, 31);
            f->fAVX512_VBMI = BIT(ecx7, 1);
            f->fAVX512_VBMI2 = BIT(ecx7, 6);
            f->fAVX512_VAES = BIT(ecx7, 9);
            f->fAVX512_VPCLMULQDQ = BIT(ecx7, 10);
            f->fAVX512_VNNI = BIT(ecx7, 11);
            f->fAVX512_BITALG = BIT(ecx7, 12);
            f->fAVX512_VPOPCNTDQ = BIT(ecx7, 14);
            f->fAVX512_FP16 = BIT(edx7, 23);
        }
    }
    /* Not detected (reported absent, which is always safe): APX_F, AVX10_1, AVX10_2. */
    (void)intel;
}

/*
 * The build-time mask holds the CPUFeatures struct of the features the image requires, bitwise negated (~1 for a
 * required feature, 0xff for anything else, padded to 64 bits with 0xff). The host supports the image if, for every
 * byte, (host byte | mask byte) is 0xff.
 */
int checkCPUFeatures(unsigned char *mask) {
    size_t words = (sizeof(CPUFeatures) + 7) / 8;
    unsigned char host[((sizeof(CPUFeatures) + 7) / 8) * 8];
    memset(host, 0, sizeof(host));
    determineCPUFeatures((CPUFeatures *)host);
    for (size_t i = 0; i < words; i++) {
        uint64_t h, m;
        memcpy(&h, host + 8 * i, 8);
        memcpy(&m, mask + 8 * i, 8);
        if ((h | m) != UINT64_MAX) return 1;
    }
    return 0;
}

int checkCPUFeaturesOrExit(unsigned char *mask, const char *errorMessage) {
    int result = checkCPUFeatures(mask);
    if (result != 0) {
        fputs(errorMessage, stderr);
        fputc('\n', stderr);
        exit(1);
    }
    return result;
}

/* ---------------------------------------------------------------- small libc helpers */

char **getEnviron(void) { return environ; }

int getThreadId(void) { return (int)syscall(SYS_gettid); }

/* User CPU time of a thread, in nanoseconds, from /proc/self/task/<tid>/stat (field 14, in clock ticks). */
long getThreadUserTimeSlow(int tid) {
    char path[64], buf[1024];
    snprintf(path, sizeof(path), "/proc/self/task/%d/stat", tid);
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return -1;
    ssize_t n = read(fd, buf, sizeof(buf) - 1);
    close(fd);
    if (n <= 0) return -1;
    buf[n] = 0;
    char *p = strrchr(buf, ')'); /* the command name may contain spaces */
    if (!p) return -1;
    long utime = 0;
    /* after ") ": state(3) ppid pgrp session tty tpgid flags minflt cminflt majflt cmajflt utime(14) */
    if (sscanf(p + 2, "%*c %*d %*d %*d %*d %*d %*u %*u %*u %*u %*u %ld", &utime) != 1) return -1;
    long ticks = sysconf(_SC_CLK_TCK);
    return utime * (1000000000L / (ticks > 0 ? ticks : 100));
}

void *mremapP(void *oldAddress, size_t oldSize, size_t newSize, int flags, void *newAddress) {
    return mremap(oldAddress, oldSize, newSize, flags, newAddress);
}

int openSII(const char *pathname, int flags, int mode) { return open(pathname, flags, mode); }

int openatISII(int dirfd, const char *pathname, int flags, int mode) { return openat(dirfd, pathname, flags, mode); }

int fprintfSD(FILE *stream, const char *format, const char *arg0, int arg1) {
    return fprintf(stream, format, arg0, arg1);
}

void codeSynchronization_clearCache(long codeStart, long codeSize) {
    /* amd64 keeps instruction and data caches coherent. */
    (void)codeStart;
    (void)codeSize;
}

/* ---------------------------------------------------------------- time zone */

static char *zone_from_path(const char *path) {
    const char *p = strstr(path, "zoneinfo/");
    if (!p) return NULL;
    p += strlen("zoneinfo/");
    if (strncmp(p, "posix/", 6) == 0) p += 6;
    else if (strncmp(p, "right/", 6) == 0) p += 6;
    return *p ? strdup(p) : NULL;
}

/*
 * Returns the Java time-zone id of this host, newly allocated (the caller frees it), or NULL (Java then uses GMT).
 * Order: TZ, the /etc/localtime symbolic link, /etc/timezone. The mappings argument is used on Windows only.
 */
char *SVM_FindJavaTZmd(const char *tzMappings, int length) {
    (void)tzMappings;
    (void)length;
    const char *tz = getenv("TZ");
    if (tz && *tz) {
        if (*tz == ':') tz++;
        if (*tz == '/') return zone_from_path(tz);
        if (strcmp(tz, "UTC") == 0 || strcmp(tz, "GMT") == 0 || strchr(tz, '/')) return strdup(tz);
    }
    char link[PATH_MAX];
    ssize_t n = readlink("/etc/localtime", link, sizeof(link) - 1);
    if (n > 0) {
        link[n] = 0;
        char *zone = zone_from_path(link);
        if (zone) return zone;
    }
    FILE *f = fopen("/etc/timezone", "r");
    if (f) {
        char line[256];
        char *zone = NULL;
        if (fgets(line, sizeof(line), f)) {
            line[strcspn(line, " \t\r\n")] = 0;
            if (*line) zone = strdup(line);
        }
        fclose(f);
        if (zone) return zone;
    }
    return NULL;
}

/* ---------------------------------------------------------------- locale */

static svm_locale_props_t locale_props;

/*
 * Splits a POSIX locale name "language_COUNTRY.encoding@modifier" into the Java parts. "C" and "POSIX" mean en, with
 * no country (the JDK says en_US for its display defaults only on some platforms; Java's Locale.ROOT rules apply).
 * The only modifier mapped is "@latin" / "@cyrillic" to a script; others become the variant.
 */
static int parse_locale(const char *name, char **language, char **script, char **country, char **variant) {
    *language = *script = *country = *variant = NULL;
    if (name == NULL || *name == 0 || strcmp(name, "C") == 0 || strcmp(name, "POSIX") == 0 ||
        strncmp(name, "C.", 2) == 0) {
        *language = strdup("en");
        return *language ? 0 : -1;
    }
    char *copy = strdup(name);
    if (!copy) return -1;
    char *modifier = strchr(copy, '@');
    if (modifier) *modifier++ = 0;
    char *dot = strchr(copy, '.');
    if (dot) *dot = 0;
    char *underscore = strchr(copy, '_');
    if (underscore) *underscore++ = 0;
    *language = strdup(copy);
    if (underscore && *underscore) *country = strdup(underscore);
    if (modifier && *modifier) {
        if (strcmp(modifier, "latin") == 0) *script = strdup("Latn");
        else if (strcmp(modifier, "cyrillic") == 0) *script = strdup("Cyrl");
        else *variant = strdup(modifier);
    }
    free(copy);
    return *language ? 0 : -1;
}

int svm_initialize_locale(void) {
    setlocale(LC_ALL, "");
    const char *ctype = setlocale(LC_CTYPE, NULL);
    const char *messages = setlocale(LC_MESSAGES, NULL);
    if (parse_locale(messages, &locale_props.display_language, &locale_props.display_script,
                     &locale_props.display_country, &locale_props.display_variant) != 0 ||
        parse_locale(ctype, &locale_props.format_language, &locale_props.format_script,
                     &locale_props.format_country, &locale_props.format_variant) != 0) {
        return SVM_LOCALE_INITIALIZATION_OUT_OF_MEMORY;
    }
    return SVM_LOCALE_INITIALIZATION_SUCCEEDED;
}

svm_locale_props_t *svm_get_locale(void) { return &locale_props; }

/* ---------------------------------------------------------------- sun.misc.Signal support */

#define SIGNAL_COUNT 65
static volatile int signal_counts[SIGNAL_COUNT];
static sem_t signal_semaphore;
static volatile int signal_owner; /* 0: free, 1: claimed */

int cSunMiscSignal_open(void) {
    if (!__sync_bool_compare_and_swap(&signal_owner, 0, 1)) return 1;
    for (int i = 0; i < SIGNAL_COUNT; i++) signal_counts[i] = 0;
    if (sem_init(&signal_semaphore, 0, 0) != 0) {
        signal_owner = 0;
        return -1;
    }
    return 0;
}

int cSunMiscSignal_close(void) {
    int result = sem_destroy(&signal_semaphore);
    __sync_bool_compare_and_swap(&signal_owner, 1, 0);
    return result == 0 ? 0 : -1;
}

int cSunMiscSignal_awaitSemaphore(void) {
    while (sem_wait(&signal_semaphore) != 0) {
        if (errno != EINTR) return -1;
    }
    return 0;
}

int cSunMiscSignal_signalSemaphore(void) { return sem_post(&signal_semaphore) == 0 ? 0 : -1; }

int cSunMiscSignal_signalRangeCheck(int sig) { return sig > 0 && sig < SIGNAL_COUNT; }

int cSunMiscSignal_checkPendingSignal(void) {
    for (int sig = 1; sig < SIGNAL_COUNT; sig++) {
        int count = signal_counts[sig];
        while (count > 0) {
            if (__sync_bool_compare_and_swap(&signal_counts[sig], count, count - 1)) return sig;
            count = signal_counts[sig];
        }
    }
    return -1;
}

static void count_signal(int sig) {
    if (sig > 0 && sig < SIGNAL_COUNT) {
        int saved = errno;
        __sync_fetch_and_add(&signal_counts[sig], 1);
        sem_post(&signal_semaphore); /* async-signal-safe */
        errno = saved;
    }
}

void *cSunMiscSignal_signalHandlerFunctionPointer(void) { return (void *)&count_signal; }

/* ---------------------------------------------------------------- attach API: not supported */

void svm_attach_startup(const char *path) { (void)path; }
void svm_attach_listener_cleanup(int listenerSocket, const char *path) {
    (void)listenerSocket;
    (void)path;
}
int svm_attach_check_socket_file(const char *path) {
    (void)path;
    return 0;
}
int svm_attach_is_init_trigger(const char *path) {
    (void)path;
    return 0;
}
int svm_attach_create_listener(const char *path) {
    (void)path;
    return -1;
}
int svm_attach_wait_for_request(int listenerSocket) {
    (void)listenerSocket;
    return -1;
}
void svm_attach_shutdown_socket(int socket) { (void)socket; }
