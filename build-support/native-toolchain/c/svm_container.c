/*
 * Connectboard build-support: a stand-in for SubstrateVM's "svm_container" static library (cgroup limits), written
 * for this project from com.oracle.svm.core.container.ContainerLibrary's @CFunction declarations. It reports "not
 * in a container", so a native image built with it sizes its heap from the machine's physical memory and counts the
 * processors of its CPU affinity mask, ignoring cgroup memory / CPU limits (see docs/native.md, "Limits").
 */
#define _GNU_SOURCE
#include <sched.h>
#include <stdint.h>
#include <unistd.h>

#define SUCCESS_IS_NOT_CONTAINERIZED 0
#define ERROR_LIBCONTAINER_TOO_OLD 2
#define ERROR_LIBCONTAINER_TOO_NEW 3
#define EXPECTED_VERSION 240100

int svm_container_initialize(int version) {
    if (version < EXPECTED_VERSION) return ERROR_LIBCONTAINER_TOO_NEW;
    if (version > EXPECTED_VERSION) return ERROR_LIBCONTAINER_TOO_OLD;
    return SUCCESS_IS_NOT_CONTAINERIZED;
}

uint64_t svm_container_physical_memory(void) {
    long pages = sysconf(_SC_PHYS_PAGES), size = sysconf(_SC_PAGESIZE);
    return pages > 0 && size > 0 ? (uint64_t)pages * (uint64_t)size : 0;
}

/* -1: no limit / not available, as the JDK's cgroup code reports it. */
long svm_container_memory_limit_in_bytes(void) { return -1; }
long svm_container_memory_and_swap_limit_in_bytes(void) { return -1; }
long svm_container_memory_soft_limit_in_bytes(void) { return -1; }
long svm_container_memory_usage_in_bytes(void) { return -1; }
long svm_container_memory_max_usage_in_bytes(void) { return -1; }
long svm_container_rss_usage_in_bytes(void) { return -1; }
long svm_container_cache_usage_in_bytes(void) { return -1; }

int svm_container_active_processor_count(void) {
    cpu_set_t set;
    if (sched_getaffinity(0, sizeof(set), &set) == 0 && CPU_COUNT(&set) > 0) return CPU_COUNT(&set);
    long online = sysconf(_SC_NPROCESSORS_ONLN);
    return online > 0 ? (int)online : 1;
}
