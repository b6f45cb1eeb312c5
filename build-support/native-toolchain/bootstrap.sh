#!/usr/bin/env bash
# Assembles a native-image toolchain for JDK 25 from registry material only (Maven Central, Debian apt) and prints
# its GRAALVM_HOME on stdout. See docs/native.md. Reused across runs: the result lives in a cache folder outside the
# repository, keyed by the versions and by a hash of this folder's sources.
#
# Usage: build-support/native-toolchain/bootstrap.sh [--print-home]
#   --print-home   only print where the toolchain would be (exit 1 if it is not built yet)
#
# Environment (all optional):
#   NATIVE_TOOLCHAIN_CACHE     cache root (default ${XDG_CACHE_HOME:-$HOME/.cache}/connectboard-native)
#   NATIVE_TOOLCHAIN_JDK       the JDK 25 to copy and run the builder on (default /usr/lib/jvm/temurin-25-jdk-amd64,
#                              else $JAVA_HOME); its version must equal the Debian package's upstream version
#   NATIVE_TOOLCHAIN_GRAALVM   builder jar version on Maven Central (default 25.0.2)
#   NATIVE_TOOLCHAIN_DEBIAN_OPENJDK  Debian openjdk-25 source version (default 25.0.3+9-2~deb13u1)
#   NATIVE_TOOLCHAIN_MVN       Maven command (default: the repository's ./mvnw -B -q)
#   NATIVE_TOOLCHAIN_KEEP_BUILD=1  keep the JDK build tree (about 1 GB) after the static libraries are built
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

log() { printf 'native-toolchain: %s\n' "$*" >&2; }
die() {
    log "ERROR: $*"
    exit 1
}

graal_version="${NATIVE_TOOLCHAIN_GRAALVM:-25.0.2}"
deb_version="${NATIVE_TOOLCHAIN_DEBIAN_OPENJDK:-25.0.3+9-2~deb13u1}"
upstream="${deb_version%%-*}" # 25.0.3+9
cache="${NATIVE_TOOLCHAIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/connectboard-native}"

jdk="${NATIVE_TOOLCHAIN_JDK:-}"
if [[ -z "$jdk" ]]; then
    if [[ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]]; then
        jdk=/usr/lib/jvm/temurin-25-jdk-amd64
    else
        jdk="${JAVA_HOME:-}"
    fi
fi

# The sources of this folder decide the toolchain's content: hash them into the key, so an edit rebuilds it.
src_hash="$(cd "$here" && find . -type f \( -name '*.c' -o -name '*.h' -o -name '*.java' -o -name '*.sh' -o -name '*.xml' \) \
    -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-12)"
home="$cache/graalvm-$graal_version-jdk-$upstream-$src_hash"

if [[ "${1:-}" == --print-home ]]; then
    [[ -x "$home/bin/native-image" ]] || exit 1
    printf '%s\n' "$home"
    exit 0
fi

if [[ -x "$home/bin/native-image" && -f "$home/lib/svm/toolchain.properties" ]]; then
    log "toolchain already assembled: $home"
    printf '%s\n' "$home"
    exit 0
fi

[[ "$(uname -s)/$(uname -m)" == Linux/x86_64 ]] || die "only Linux on x86_64 is supported (the C stand-ins are amd64)"
[[ -n "$jdk" && -x "$jdk/bin/java" ]] || die "no JDK 25 found: set NATIVE_TOOLCHAIN_JDK"
jdk_version="$(sed -n 's/^JAVA_RUNTIME_VERSION="\([^"-]*\).*/\1/p' "$jdk/release")" # 25.0.3+9
[[ "$jdk_version" == "$upstream" ]] ||
    die "JDK $jdk is $jdk_version but the static libraries are built from Debian's $deb_version (upstream $upstream); they must match (set NATIVE_TOOLCHAIN_JDK / NATIVE_TOOLCHAIN_DEBIAN_OPENJDK)"
command -v gcc >/dev/null || die "gcc is needed (apt-get install gcc)"
command -v ar >/dev/null || die "ar is needed (apt-get install binutils)"

mkdir -p "$cache"
started=$SECONDS
tmp="$home.tmp"
rm -rf "$tmp"
trap 'rm -rf "$tmp"' EXIT

# 1. A copy of the JDK: the builder finds the static libraries and its helper library under its own java.home.
log "copying the JDK $jdk_version ($jdk)"
cp -a "$(readlink -f "$jdk")" "$tmp"
chmod -R u+w "$tmp"

# 2. The builder jars from Maven Central.
jars="$cache/jars-$graal_version"
if [[ ! -f "$jars/.complete" ]]; then
    log "copying org.graalvm.nativeimage:svm:$graal_version and svm-configure with their dependencies from Maven Central"
    rm -rf "$jars"
    mvn_cmd=()
    read -r -a mvn_cmd <<<"${NATIVE_TOOLCHAIN_MVN:-$repo/mvnw -B -q}"
    "${mvn_cmd[@]}" -f "$here/builder-jars.pom.xml" -Dgraalvm.version="$graal_version" \
        dependency:copy-dependencies -DoutputDirectory="$jars" >&2
    touch "$jars/.complete"
fi
mkdir -p "$tmp/lib/svm/builder/lib"
cp "$jars"/*.jar "$tmp/lib/svm/builder/"
log "builder jars: $(find "$tmp/lib/svm/builder" -maxdepth 1 -name '*.jar' | wc -l)"

# 3. The JDK static libraries, built once per Debian version.
static="$cache/jdk-static-libs-$deb_version"
if [[ ! -f "$static/.complete" ]]; then
    log "building the JDK static libraries from Debian's openjdk-25 $deb_version (about 6-10 minutes)"
    rm -rf "$static"
    NATIVE_TOOLCHAIN_DEBIAN_OPENJDK="$deb_version" \
        "$here/build-jdk-static-libs.sh" "$jdk" "$cache/openjdk-build-$deb_version" "$static"
    touch "$static/.complete"
    # The unpacked and built JDK sources take about 1 GB; only the .a files (under 1 MB) are kept.
    [[ "${NATIVE_TOOLCHAIN_KEEP_BUILD:-0}" == 1 ]] || rm -rf "$cache/openjdk-build-$deb_version/src"
fi
mkdir -p "$tmp/lib/static/linux-amd64/glibc"
cp "$static"/*.a "$tmp/lib/static/linux-amd64/glibc/"

# 4. The SubstrateVM C support libraries and headers, compiled from this folder.
log "compiling the C support libraries"
clib="$tmp/lib/svm/clibraries/linux-amd64"
obj="$tmp/lib/svm/clibraries/obj"
mkdir -p "$clib/include" "$obj"
cp "$here"/c/include/*.h "$clib/include/"
cflags=(-O2 -fPIC -fno-omit-frame-pointer -Wall -Werror -I"$here/c")
gcc "${cflags[@]}" -c "$here/c/libchelper.c" -o "$obj/libchelper.o"
gcc "${cflags[@]}" -c "$here/c/jvm.c" -o "$obj/jvm.o"
gcc "${cflags[@]}" -c "$here/c/svm_container.c" -o "$obj/svm_container.o"
ar rcs "$clib/liblibchelper.a" "$obj/libchelper.o"
ar rcs "$clib/libjvm.a" "$obj/jvm.o"
ar rcs "$clib/libsvm_container.a" "$obj/svm_container.o"
gcc "${cflags[@]}" -shared -I"$tmp/include" -I"$tmp/include/linux" "$here/c/reporterchelper.c" \
    -o "$tmp/lib/svm/builder/lib/libreporterchelper.so"
rm -rf "$obj"

# 5. The driver.
log "compiling the native-image driver"
mkdir -p "$tmp/lib/svm/driver"
"$tmp/bin/javac" -q -d "$tmp/lib/svm/driver" "$here/driver/NativeImageDriver.java" 2>/dev/null ||
    "$tmp/bin/javac" -d "$tmp/lib/svm/driver" "$here/driver/NativeImageDriver.java"
cat >"$tmp/bin/native-image" <<'EOF'
#!/bin/sh
# native-image driver of Connectboard's bootstrapped toolchain (build-support/native-toolchain, docs/native.md).
home="$(cd "$(dirname "$0")/.." && pwd)"
exec "$home/bin/java" -Xshare:auto -XX:TieredStopAtLevel=1 -cp "$home/lib/svm/driver" NativeImageDriver "$@"
EOF
chmod +x "$tmp/bin/native-image"
cat >"$tmp/lib/svm/toolchain.properties" <<EOF
# Written by build-support/native-toolchain/bootstrap.sh
graalvm.version=$graal_version
jdk.version=$jdk_version
debian.openjdk=$deb_version
sources.hash=$src_hash
EOF

rm -rf "$home"
mv "$tmp" "$home"
# Earlier toolchains (other sources or versions) are no longer used: free their space (about 360 MB each).
for old in "$cache"/graalvm-*; do
    [[ "$old" == "$home" ]] || rm -rf "$old"
done
log "toolchain assembled in $((SECONDS - started)) s: $home ($(du -sh "$home" | cut -f1))"
printf '%s\n' "$home"
