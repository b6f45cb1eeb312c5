#!/usr/bin/env bash
# Builds the JDK static libraries the native-image builder links (libjava.a, libnio.a, libnet.a, ...) from the orig
# tarball of Debian's openjdk-25 source package, the same version as the Debian JDK that runs the builder (see
# bootstrap.sh, which downloads both).
#
# Usage: build-jdk-static-libs.sh <JDK of the same version, the boot JDK> <orig tarball> <version string, e.g.
#        25.0.5+8> <work dir> <output dir>
# Environment: NATIVE_TOOLCHAIN_APT_INSTALL=0 to skip installing the build dependencies with apt-get.
set -euo pipefail

jdk="$1"
orig="$2"
upstream="$3"
work="$4"
out="$5"

log() { printf 'native-toolchain: %s\n' "$*" >&2; }

mkdir -p "$work" "$out"

# 1. Build dependencies (configure checks for them even for a headless static-library build).
if [[ "${NATIVE_TOOLCHAIN_APT_INSTALL:-1}" != 0 ]]; then
    missing=()
    for pkg in autoconf make gcc g++ zip unzip file libcups2-dev libasound2-dev libxtst-dev libxrandr-dev \
        libxt-dev libxrender-dev libfontconfig-dev libfreetype-dev zlib1g-dev; do
        dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed' || missing+=("$pkg")
    done
    if ((${#missing[@]})); then
        log "installing build dependencies with apt-get: ${missing[*]}"
        sudo_cmd=()
        [[ "$(id -u)" == 0 ]] || sudo_cmd=(sudo)
        "${sudo_cmd[@]}" apt-get install -y -qq "${missing[@]}" >&2
    fi
fi

# 2. Configure and build only the static libraries.
src="$work/src"
if [[ ! -f "$src/configure" ]]; then
    log "unpacking $(basename "$orig")"
    rm -rf "$src" && mkdir -p "$src"
    tar -xJf "$orig" -C "$src" --strip-components=1
fi
build="$src/build/linux-x86_64-server-release"
if [[ ! -f "$build/spec.gmk" ]]; then
    log "configuring the JDK build (boot JDK $jdk)"
    (cd "$src" && bash configure --with-boot-jdk="$jdk" --enable-headless-only --with-zlib=system \
        --with-native-debug-symbols=none --disable-warnings-as-errors --with-version-string="$upstream" \
        --with-conf-name=linux-x86_64-server-release >"$work/configure.log" 2>&1) || {
        tail -30 "$work/configure.log" >&2
        exit 1
    }
fi
log "building the static libraries (make, about 6 minutes on 2 cores; log: $work/make.log)"
(cd "$src" && make CONF=linux-x86_64-server-release JOBS="$(nproc)" java.base-static-libs jdk.net-static-libs \
    java.management-static-libs jdk.management-static-libs >"$work/make.log" 2>&1) || {
    tail -40 "$work/make.log" >&2
    exit 1
}

for lib in java nio net zip jimage verify extnet management management_ext fdlibm; do
    found="$(find "$build" -name "lib$lib.a" -path '*static*' | head -1)"
    [[ -n "$found" ]] || found="$(find "$build" -name "lib$lib.a" | head -1)"
    if [[ -z "$found" ]]; then
        [[ "$lib" == fdlibm ]] && continue
        log "ERROR: lib$lib.a was not built"
        exit 1
    fi
    cp "$found" "$out/"
done
log "static libraries in $out: $(cd "$out" && echo *.a)"
