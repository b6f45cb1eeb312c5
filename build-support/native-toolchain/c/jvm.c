/*
 * Connectboard build-support: a stand-in for the "libjvm" static library a native image links. The JDK's static
 * libraries (libjava.a, libnet.a, libnio.a, ...) are written against HotSpot and reference about 195 JVM_* / jio_*
 * functions; in a native image most of the Java code that reached them is substituted, so only a few are called.
 * This file implements those with a clear meaning outside HotSpot (raw monitors, time, library loading, paths,
 * printing, signals, processor count) and defines every other one as a stub that prints its name and aborts, which is
 * how a missing VM service shows itself (see docs/native.md, "Limits"). Every definition is weak, so that a symbol the
 * image defines itself wins. Written for this project; Linux only.
 */
#define _GNU_SOURCE
#include <dlfcn.h>
#include <errno.h>
#include <pthread.h>
#include <sched.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#define WEAK __attribute__((weak))

/* Called by the image before JNI libraries are used. Nothing to set up. */
WEAK void initialize(void) {}

WEAK int JVM_ActiveProcessorCount(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof(set), &set) == 0) {
        int count = CPU_COUNT(&set);
        if (count > 0) return count;
    }
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    return online > 0 ? (int)online : 1;
}

/* ---- raw monitors: recursive mutexes */
WEAK void *JVM_RawMonitorCreate(void) {
    pthread_mutex_t *mutex = malloc(sizeof(*mutex));
    if (mutex == NULL) return NULL;
    pthread_mutexattr_t attr;
    pthread_mutexattr_init(&attr);
    pthread_mutexattr_settype(&attr, PTHREAD_MUTEX_RECURSIVE);
    pthread_mutex_init(mutex, &attr);
    pthread_mutexattr_destroy(&attr);
    return mutex;
}
WEAK void JVM_RawMonitorDestroy(void *mon) {
    if (mon) {
        pthread_mutex_destroy(mon);
        free(mon);
    }
}
WEAK int JVM_RawMonitorEnter(void *mon) { return pthread_mutex_lock(mon) == 0 ? 0 : -1; }
WEAK void JVM_RawMonitorExit(void *mon) { pthread_mutex_unlock(mon); }

/* ---- printing */
WEAK int jio_vsnprintf(char *str, size_t count, const char *fmt, va_list args) {
    if ((intptr_t)count <= 0) return -1;
    int result = vsnprintf(str, count, fmt, args);
    if (result > 0 && (size_t)result >= count) result = -1; /* HotSpot reports truncation as -1 */
    return result;
}
WEAK int jio_snprintf(char *str, size_t count, const char *fmt, ...) {
    va_list args;
    va_start(args, fmt);
    int result = jio_vsnprintf(str, count, fmt, args);
    va_end(args);
    return result;
}
WEAK int jio_fprintf(FILE *f, const char *fmt, ...) {
    va_list args;
    va_start(args, fmt);
    int result = vfprintf(f, fmt, args);
    va_end(args);
    return result;
}

/* ---- paths: collapse repeated slashes in place, as HotSpot's os::native_path does on Unix */
WEAK char *JVM_NativePath(char *path) {
    if (path == NULL) return NULL;
    char *src = path, *dst = path;
    while (*src) {
        *dst++ = *src;
        if (*src == '/') {
            while (src[1] == '/') src++;
        }
        src++;
    }
    *dst = 0;
    return path;
}

/* ---- time */
WEAK int64_t JVM_CurrentTimeMillis(void *env, void *ignored) {
    (void)env;
    (void)ignored;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}
WEAK int64_t JVM_NanoTime(void *env, void *ignored) {
    (void)env;
    (void)ignored;
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}
WEAK int64_t JVM_GetNanoTimeAdjustment(void *env, void *ignored, int64_t offset_secs) {
    (void)env;
    (void)ignored;
    struct timespec ts;
    clock_gettime(CLOCK_REALTIME, &ts);
    int64_t diff = (int64_t)ts.tv_sec - offset_secs;
    if (diff >= INT64_C(0x100000000) || diff <= -INT64_C(0x100000000)) return -1; /* as HotSpot: out of range */
    return diff * 1000000000 + ts.tv_nsec;
}

/* ---- dynamic libraries */
WEAK void *JVM_LoadLibrary(const char *name, int throwException) {
    (void)throwException;
    return dlopen(name, RTLD_LAZY);
}
WEAK void JVM_UnloadLibrary(void *handle) { dlclose(handle); }
WEAK void *JVM_FindLibraryEntry(void *handle, const char *name) { return dlsym(handle, name); }

/* ---- VM state that has a plain answer here */
WEAK int JVM_IsContainerized(void) { return 0; }
WEAK int JVM_IsUseContainerSupport(void) { return 0; }
WEAK int JVM_IsSupportedJNIVersion(int version) {
    return version == 0x00010001 || version == 0x00010002 || version == 0x00010004 || version == 0x00010006 ||
           version == 0x00010008 || version == 0x00090000 || version == 0x000a0000 || version == 0x00130000 ||
           version == 0x00140000 || version == 0x00150000 || version == 0x00180000;
}
WEAK void JVM_BeforeHalt(void) {}
WEAK void JVM_Halt(int code) { exit(code); }
WEAK void JVM_GC(void) {}
WEAK void JVM_Yield(void *env, void *threadClass) {
    (void)env;
    (void)threadClass;
    sched_yield();
}

/* ---- signals */
static const struct {
    const char *name;
    int number;
} signal_names[] = {{"HUP", SIGHUP},   {"INT", SIGINT},     {"QUIT", SIGQUIT}, {"ILL", SIGILL},   {"TRAP", SIGTRAP},
                    {"ABRT", SIGABRT}, {"BUS", SIGBUS},     {"FPE", SIGFPE},   {"KILL", SIGKILL}, {"USR1", SIGUSR1},
                    {"SEGV", SIGSEGV}, {"USR2", SIGUSR2},   {"PIPE", SIGPIPE}, {"ALRM", SIGALRM}, {"TERM", SIGTERM},
                    {"CHLD", SIGCHLD}, {"CONT", SIGCONT},   {"STOP", SIGSTOP}, {"TSTP", SIGTSTP}, {"TTIN", SIGTTIN},
                    {"TTOU", SIGTTOU}, {"URG", SIGURG},     {"XCPU", SIGXCPU}, {"XFSZ", SIGXFSZ}, {"VTALRM", SIGVTALRM},
                    {"PROF", SIGPROF}, {"WINCH", SIGWINCH}, {"IO", SIGIO},     {"PWR", SIGPWR},   {"SYS", SIGSYS}};
WEAK int JVM_FindSignal(const char *name) {
    for (size_t i = 0; i < sizeof(signal_names) / sizeof(signal_names[0]); i++) {
        if (strcmp(signal_names[i].name, name) == 0) return signal_names[i].number;
    }
    return -1;
}
WEAK void *JVM_RegisterSignal(int sig, void *handler) {
    struct sigaction action, old;
    memset(&action, 0, sizeof(action));
    action.sa_handler = (void (*)(int))handler;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    if (sigaction(sig, &action, &old) != 0) return (void *)-1;
    return (void *)old.sa_handler;
}
WEAK int JVM_RaiseSignal(int sig) { return raise(sig) == 0; }

/* ---- everything else: not available outside HotSpot */
static void unsupported(const char *name) {
    fprintf(stderr, "FATAL: %s was called, which Connectboard's native-image stand-in libjvm does not implement "
                    "(build-support/native-toolchain/c/jvm.c)\n", name);
    abort();
}
#define STUB(name) \
    WEAK void name(void) { unsupported(#name); }
#include "jvm_stubs.h"
