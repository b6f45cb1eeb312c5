/*
 * Connectboard build-support: the builder's progress-reporter helper (lib/svm/builder/lib/libreporterchelper.so),
 * written for this project from com.oracle.svm.hosted.ProgressReporterCHelper's native method declarations.
 */
#include <jni.h>
#include <sys/ioctl.h>
#include <sys/resource.h>
#include <unistd.h>

/* Peak resident set size of the builder, in bytes (ru_maxrss is in KiB on Linux). */
JNIEXPORT jlong JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getPeakRSS0(JNIEnv *env, jclass clazz) {
    (void)env;
    (void)clazz;
    struct rusage usage;
    return getrusage(RUSAGE_SELF, &usage) == 0 ? (jlong)usage.ru_maxrss * 1024 : -1;
}

/* Width of the terminal on standard output, or 0 when it is not a terminal. */
JNIEXPORT jint JNICALL Java_com_oracle_svm_hosted_ProgressReporterCHelper_getTerminalWindowColumns0(JNIEnv *env,
                                                                                                  jclass clazz) {
    (void)env;
    (void)clazz;
    struct winsize size;
    return ioctl(STDOUT_FILENO, TIOCGWINSZ, &size) == 0 ? size.ws_col : 0;
}
