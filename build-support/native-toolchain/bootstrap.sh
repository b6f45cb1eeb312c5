#!/usr/bin/env bash
# Assembles a native-image toolchain for JDK 25 from registry material only (Maven Central, Debian apt) and prints
# its GRAALVM_HOME on stdout. See docs/native.md. Reused across runs: the result lives in a cache folder outside the
# repository, keyed by the versions it was made from and by a hash of this folder's sources.
#
# The JDK and its static libraries come from one Debian source that publishes both together: the binary packages
# openjdk-25-jdk-headless / openjdk-25-jre-headless and the source package openjdk-25 of the same version. The
# version is the highest one the configured suite offers whole (source and both binaries), chosen at run time, so
# a new upload to the archive is picked up instead of breaking the build.
#
# Usage: build-support/native-toolchain/bootstrap.sh [--print-home | --print-versions | --check-inputs]
#   --print-home      only print where the toolchain for the chosen versions is (exit 1 if it is not built yet)
#   --print-versions  only print the versions that would be used (Debian openjdk-25, libc6, builder jars)
#   --check-inputs    check that every input still resolves without building anything: the Debian source and
#                     binary packages of the chosen version answer on the mirror, and the builder jars resolve
#                     whole on Maven Central (seconds; what CI runs); then print the versions as --print-versions
#
# Environment (all optional):
#   NATIVE_TOOLCHAIN_CACHE           cache root (default ${XDG_CACHE_HOME:-$HOME/.cache}/connectboard-native)
#   NATIVE_TOOLCHAIN_DEBIAN_OPENJDK  pin the Debian openjdk-25 version (e.g. 25.0.5+8-1~deb13u1) instead of the newest
#   NATIVE_TOOLCHAIN_DEBIAN_MIRROR   Debian archive (default http://deb.debian.org/debian)
#   NATIVE_TOOLCHAIN_DEBIAN_SUITE    suite to take openjdk-25 and libc6 from (default trixie)
#   NATIVE_TOOLCHAIN_GRAALVM         builder jar version on Maven Central (default 25.0.2)
#   NATIVE_TOOLCHAIN_MVN             Maven command (default: the repository's ./mvnw -B -q)
#   NATIVE_TOOLCHAIN_KEEP_BUILD=1    keep the JDK build tree (about 1 GB) after the static libraries are built
#   NATIVE_TOOLCHAIN_APT_GET, NATIVE_TOOLCHAIN_APT_CACHE, NATIVE_TOOLCHAIN_CURL  the apt-get / apt-cache / curl
#                                    commands (tests replace them)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"

log() { printf 'native-toolchain: %s\n' "$*" >&2; }
die() {
    log "ERROR: $*"
    exit 1
}

mode="${1:-}"
case "$mode" in
    "" | --print-home | --print-versions | --check-inputs) ;;
    *) die "unknown argument: $mode (usage: bootstrap.sh [--print-home | --print-versions | --check-inputs])" ;;
esac

graal_version="${NATIVE_TOOLCHAIN_GRAALVM:-25.0.2}"
mirror="${NATIVE_TOOLCHAIN_DEBIAN_MIRROR:-http://deb.debian.org/debian}"
suite="${NATIVE_TOOLCHAIN_DEBIAN_SUITE:-trixie}"
pin="${NATIVE_TOOLCHAIN_DEBIAN_OPENJDK:-}"
cache="${NATIVE_TOOLCHAIN_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/connectboard-native}"
readonly src_pkg=openjdk-25
readonly bin_pkgs=(openjdk-25-jdk-headless openjdk-25-jre-headless)
# Versions a native build of Connectboard was verified with, tried after the versions the index lists when none of
# those downloads whole (a mirror can list a new upload before it serves its files, and can keep serving a version
# its index no longer lists). Not a pin: a version the index lists and the mirror serves always comes first.
readonly known_good=(25.0.3+9-2~deb13u1)

# ---------------------------------------------------------------------------------------------- Debian, privately
# A private apt configuration (its own sources list, lists and empty dpkg status) reaches the suite without touching
# the system's apt sources: this machine runs an older Debian release than the one the JDK comes from.
apt_dir="$cache/apt"
apt_opts=(-o "Dir::Etc::SourceList=$apt_dir/sources.list" -o "Dir::Etc::SourceParts=$apt_dir/sources.list.d"
    -o "Dir::State::Lists=$apt_dir/lists" -o "Dir::State::status=$apt_dir/status" -o "Dir::Cache::Archives=$apt_dir/archives"
    -o "Dir::Cache::pkgcache=" -o "Dir::Cache::srcpkgcache=" -o "Debug::NoLocking=1" -o "APT::Sandbox::User=root"
    -o "APT::Architecture=amd64" -o "APT::Architectures=amd64")
apt_get=()
apt_cache=()
read -r -a apt_get <<<"${NATIVE_TOOLCHAIN_APT_GET:-apt-get}"
read -r -a apt_cache <<<"${NATIVE_TOOLCHAIN_APT_CACHE:-apt-cache}"
curl_cmd=()
read -r -a curl_cmd <<<"${NATIVE_TOOLCHAIN_CURL:-curl}"

apt_update() {
    mkdir -p "$apt_dir/lists/partial" "$apt_dir/archives/partial" "$apt_dir/sources.list.d"
    : >"$apt_dir/status"
    printf 'deb %s %s main\ndeb-src %s %s main\n' "$mirror" "$suite" "$mirror" "$suite" >"$apt_dir/sources.list"
    "${apt_get[@]}" "${apt_opts[@]}" update -qq >&2
}

# Versions of $1 listed by "apt-cache madison" with the given kind: "Sources" (a source package) or "Packages" (a
# binary package). madison also lists the source package's versions under a binary name: the name must match too.
madison_versions() {
    local pkg="$1" kind="$2"
    "${apt_cache[@]}" "${apt_opts[@]}" madison "$pkg" 2>/dev/null |
        awk -F'|' -v p="$pkg" -v k="$kind" '{ gsub(/ /, "", $1); gsub(/ /, "", $2); if ($1 == p && $3 ~ (k " *$")) print $2 }' |
        sort -u
}

# The highest of the versions on stdin, in Debian's order (25.0.10 > 25.0.9, 25.0.5+8-1 > 25.0.5+8-1~deb13u1).
highest_version() {
    local best="" v
    while read -r v; do
        [[ -n "$v" ]] || continue
        if [[ -z "$best" ]] || dpkg --compare-versions "$v" gt "$best"; then
            best="$v"
        fi
    done
    printf '%s\n' "$best"
}

# Where a file of openjdk-25 version $2 is, with its SHA256 when the signed index names it: prints "URL SHA256" (the
# hash empty for a version the index no longer lists: then the file is looked for in the suite's pool by its name).
#   $1: orig (the source package's orig tarball), or a binary package name
openjdk_file() {
    local what="$1" version="$2" line file
    if [[ "$what" == orig ]]; then
        file="${src_pkg}_${version%%-*}.orig.tar.xz"
        line="$(cd "$apt_dir" && { "${apt_get[@]}" "${apt_opts[@]}" --print-uris source "$src_pkg=$version" 2>/dev/null |
            grep -F "' $file " || true; })"
    else
        file="${what}_${version#*:}_amd64.deb"
        line="$(cd "$apt_dir" && { "${apt_get[@]}" "${apt_opts[@]}" --print-uris download "$what=$version" 2>/dev/null |
            grep -F "' $file " || true; })"
    fi
    if [[ -n "$line" ]]; then
        sed -n "s/^'\([^']*\)' [^ ]* [0-9]* SHA256:\([0-9a-f]*\).*/\1 \2/p" <<<"$line"
    else
        local encoded="${file//+/%2b}"
        printf '%s/pool/main/o/%s/%s \n' "$mirror" "$src_pkg" "${encoded//\~/%7e}"
    fi
}

# Asks the mirror for the first byte of a file: an index can list files a mirror does not serve.
available() { "${curl_cmd[@]}" -fsL -r 0-0 -o /dev/null --retry 2 "$1" 2>/dev/null; }

# The files of openjdk-25 version $1 that the bootstrap downloads, one "URL SHA256" per line: the orig tarball (the
# .dsc and Debian tarball are not used) and the two binaries.
openjdk_files() {
    openjdk_file orig "$1"
    local pkg
    for pkg in "${bin_pkgs[@]}"; do openjdk_file "$pkg" "$1"; done
}

# The versions on stdin, newest first in Debian's order.
sort_versions_descending() {
    local rest
    rest="$(sed '/^$/d')"
    while [[ -n "$rest" ]]; do
        local top
        top="$(highest_version <<<"$rest")"
        printf '%s\n' "$top"
        rest="$(grep -vxF -- "$top" <<<"$rest" || true)"
    done
}

# Chooses deb_version (openjdk-25, source and binaries) and libc_version, or stops naming what is missing. The
# candidates: the pinned version alone, else the versions the suite's index lists as both source and binaries,
# newest first, then the known-good versions below (the suite's pool can still serve a version its index dropped).
# The first whose files all download wins.
choose_versions() {
    local src_versions common pkg
    src_versions="$(madison_versions "$src_pkg" Sources)"
    common="$src_versions"
    local report="source $src_pkg: ${src_versions:-none}"
    for pkg in "${bin_pkgs[@]}"; do
        local versions
        versions="$(madison_versions "$pkg" Packages)"
        report+="; $pkg (amd64): ${versions:-none}"
        common="$(comm -12 <(printf '%s\n' "$common") <(printf '%s\n' "$versions") | sed '/^$/d')"
    done
    report="the index lists ${report//$'\n'/, }"
    local candidates=()
    if [[ -n "$pin" ]]; then
        candidates=("$pin")
    else
        mapfile -t candidates < <(sort_versions_descending <<<"$common")
        local known
        for known in "${known_good[@]}"; do
            grep -qxF -- "$known" <<<"$common" || candidates+=("$known")
        done
    fi
    local candidate url tried=""
    deb_version=""
    for candidate in "${candidates[@]}"; do
        local missing=""
        while read -r url _; do
            available "$url" || missing+=" $url"
        done < <(openjdk_files "$candidate")
        if [[ -z "$missing" ]]; then
            deb_version="$candidate"
            break
        fi
        tried+=" $candidate (not downloadable:$missing);"
        log "openjdk-25 $candidate is not usable: not downloadable:$missing"
    done
    local how="set NATIVE_TOOLCHAIN_DEBIAN_OPENJDK=<version> to pin a version whose source and binaries the mirror has, and NATIVE_TOOLCHAIN_DEBIAN_MIRROR / NATIVE_TOOLCHAIN_DEBIAN_SUITE to the archive that has them (e.g. http://deb.debian.org/debian-security with trixie-security, or a snapshot.debian.org archive)"
    if [[ -z "$deb_version" && -n "$pin" ]]; then
        die "NATIVE_TOOLCHAIN_DEBIAN_OPENJDK=$pin: its source and binaries do not all download from $mirror:${tried%;}. Debian $suite: $report. Unset it to let the bootstrap choose, or $how"
    fi
    [[ -n "$deb_version" ]] ||
        die "no openjdk-25 version has its source package (orig tarball) and the binaries ${bin_pkgs[*]} all downloadable from $mirror (Debian $suite). Tried:${tried:- nothing;} $report. To use another version or archive, $how"
    if [[ -z "$pin" && "$deb_version" != "$(head -n 1 < <(sort_versions_descending <<<"$common"))" ]]; then
        log "WARNING: using openjdk-25 $deb_version, not the newest version the index lists ($report): the newer one does not download whole from $mirror"
    fi
    libc_version="$(madison_versions libc6 Packages | highest_version)"
    [[ -n "$libc_version" ]] ||
        die "Debian $suite ($mirror) offers no libc6 (amd64), which the openjdk-25 binaries need; set NATIVE_TOOLCHAIN_DEBIAN_MIRROR / NATIVE_TOOLCHAIN_DEBIAN_SUITE"
}

# -------------------------------------------------------------------------------------------------- versions
if ! apt_update; then
    # Offline, an already assembled toolchain of these sources is still good: use the newest one.
    [[ "$mode" == "" || "$mode" == --print-home ]] || die "cannot read the package lists of Debian $suite from $mirror"
    fallback="$(find "$cache" -maxdepth 1 -name 'graalvm-*' -type d 2>/dev/null | sort | tail -n 1)"
    if [[ -n "$fallback" && -x "$fallback/bin/native-image" ]]; then
        log "WARNING: cannot read Debian $suite from $mirror; using the toolchain already assembled: $fallback"
        printf '%s\n' "$fallback"
        exit 0
    fi
    die "cannot read the package lists of Debian $suite from $mirror (and no toolchain is assembled yet)"
fi
deb_version=""
libc_version=""
choose_versions
upstream="${deb_version%%-*}" # 25.0.5+8-1~deb13u1 -> 25.0.5+8

print_versions() {
    printf 'debian.suite=%s\ndebian.openjdk=%s\nupstream=%s\ndebian.libc6=%s\ngraalvm.version=%s\n' \
        "$suite" "$deb_version" "$upstream" "$libc_version" "$graal_version"
}
if [[ "$mode" == --print-versions ]]; then
    print_versions
    exit 0
fi

mvn_cmd=()
read -r -a mvn_cmd <<<"${NATIVE_TOOLCHAIN_MVN:-$repo/mvnw -B -q}"

# libc6 comes from the index only (any version of the suite is new enough): "URL SHA256".
libc_file() {
    (cd "$apt_dir" && "${apt_get[@]}" "${apt_opts[@]}" --print-uris download "libc6=$libc_version") |
        sed -n "s/^'\([^']*\)' [^ ]* [0-9]* SHA256:\([0-9a-f]*\).*/\1 \2/p"
}

# Downloads URL $1 to $2 and checks it against SHA256 $3 when there is one.
fetch() {
    local url="$1" dest="$2" sha="$3"
    "${curl_cmd[@]}" -fsSL --retry 2 -o "$dest.part" "$url" || die "download failed: $url"
    if [[ -n "$sha" ]]; then
        [[ "$(sha256sum "$dest.part" | cut -d' ' -f1)" == "$sha" ]] || die "SHA256 mismatch against the signed index: $url"
    else
        log "WARNING: $(basename "$dest") is not in the signed index of Debian $suite any more: taken from the pool unchecked"
    fi
    mv "$dest.part" "$dest"
}

if [[ "$mode" == --check-inputs ]]; then
    # choose_versions has asked the mirror for the chosen version's orig tarball and binaries already.
    log "Debian $suite: openjdk-25 $deb_version (orig tarball and ${bin_pkgs[*]} download), libc6 $libc_version"
    read -r libc_url _ < <(libc_file) || true
    if [[ -z "${libc_url:-}" ]] || ! available "$libc_url"; then
        die "libc6 $libc_version does not download from $mirror: ${libc_url:-no address}"
    fi
    log "builder jars: org.graalvm.nativeimage:svm:$graal_version and svm-configure with their dependencies"
    "${mvn_cmd[@]}" -f "$here/builder-jars.pom.xml" -Dgraalvm.version="$graal_version" dependency:resolve >&2 ||
        die "the builder jars $graal_version do not resolve whole on Maven Central (set NATIVE_TOOLCHAIN_GRAALVM)"
    log "all inputs resolve"
    print_versions
    exit 0
fi

# The sources of this folder decide the toolchain's content: hash them into the key, so an edit rebuilds it.
src_hash="$(cd "$here" && find . -type f \( -name '*.c' -o -name '*.h' -o -name '*.java' -o -name '*.sh' -o -name '*.xml' \) \
    -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-12)"
# Debian versions contain "~", which is safe in a path; "+" too.
home="$cache/graalvm-$graal_version-debian-$deb_version-$src_hash"

if [[ "$mode" == --print-home ]]; then
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
command -v gcc >/dev/null || die "gcc is needed (apt-get install gcc)"
command -v ar >/dev/null || die "ar is needed (apt-get install binutils)"
command -v dpkg-deb >/dev/null || die "dpkg-deb is needed (a Debian or Ubuntu machine)"

log "Debian $suite: openjdk-25 $deb_version (source and binaries), libc6 $libc_version; builder jars $graal_version"
started=$SECONDS
tmp="$home.tmp"
rm -rf "$tmp"
trap 'rm -rf "$tmp"' EXIT

# 1. The JDK: Debian's binaries, unpacked (not installed), runnable on this machine with the suite's own C library.
jdk="$cache/debian-jdk-$deb_version"
if [[ ! -f "$jdk/.complete" ]]; then
    log "downloading and unpacking ${bin_pkgs[*]} $deb_version and libc6 $libc_version"
    rm -rf "$jdk" "$jdk.debs" "$jdk.unpacked"
    mkdir -p "$jdk.debs" "$jdk.unpacked"
    while read -r url sha; do
        fetch "$url" "$jdk.debs/$(basename "$url")" "$sha"
    done < <(openjdk_files "$deb_version" | tail -n +2; libc_file)
    for deb in "$jdk.debs"/*.deb; do
        dpkg-deb -x "$deb" "$jdk.unpacked"
    done
    "$here/unpack-debian-jdk.sh" "$jdk.unpacked" "$jdk"
    rm -rf "$jdk.debs" "$jdk.unpacked"
    printf 'debian.openjdk=%s\ndebian.libc6=%s\n' "$deb_version" "$libc_version" >"$jdk/.complete"
fi
jdk_version="$(sed -n 's/^JAVA_RUNTIME_VERSION="\([^"]*\)".*/\1/p' "$jdk/release")" # 25.0.5+8-1-deb13u1-Debian
"$jdk/bin/java" -version >/dev/null 2>&1 || die "the unpacked JDK does not start: $jdk/bin/java -version"
log "JDK $jdk_version in $jdk"
cp -a "$jdk" "$tmp"
rm -f "$tmp/.complete"

# 2. The builder jars from Maven Central.
jars="$cache/jars-$graal_version"
if [[ ! -f "$jars/.complete" ]]; then
    log "copying org.graalvm.nativeimage:svm:$graal_version and svm-configure with their dependencies from Maven Central"
    rm -rf "$jars"
    "${mvn_cmd[@]}" -f "$here/builder-jars.pom.xml" -Dgraalvm.version="$graal_version" \
        dependency:copy-dependencies -DoutputDirectory="$jars" >&2
    touch "$jars/.complete"
fi
mkdir -p "$tmp/lib/svm/builder/lib"
cp "$jars"/*.jar "$tmp/lib/svm/builder/"
log "builder jars: $(find "$tmp/lib/svm/builder" -maxdepth 1 -name '*.jar' | wc -l)"

# 3. The JDK static libraries, built once per Debian version from the source package of that same version.
static="$cache/jdk-static-libs-$deb_version"
work="$cache/openjdk-build-$deb_version"
if [[ ! -f "$static/.complete" ]]; then
    orig="$work/${src_pkg}_${upstream}.orig.tar.xz"
    if [[ ! -s "$orig" ]]; then
        log "fetching the openjdk-25 $deb_version sources from Debian $suite"
        mkdir -p "$work"
        read -r url sha < <(openjdk_file orig "$deb_version")
        fetch "$url" "$orig" "$sha"
    fi
    log "building the JDK static libraries from Debian's openjdk-25 $deb_version (about 6-10 minutes)"
    rm -rf "$static"
    "$here/build-jdk-static-libs.sh" "$jdk" "$orig" "$upstream" "$work" "$static"
    touch "$static/.complete"
    # The unpacked and built JDK sources take about 1 GB; only the .a files (under 1 MB) are kept.
    [[ "${NATIVE_TOOLCHAIN_KEEP_BUILD:-0}" == 1 ]] || rm -rf "$work/src"
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
"$tmp/bin/javac" -d "$tmp/lib/svm/driver" "$here/driver/NativeImageDriver.java" >&2
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
debian.suite=$suite
debian.openjdk=$deb_version
debian.libc6=$libc_version
sources.hash=$src_hash
EOF

rm -rf "$home"
mv "$tmp" "$home"
# Earlier toolchains and the pieces of other Debian versions are no longer used: free their space.
for old in "$cache"/graalvm-* "$cache"/debian-jdk-* "$cache"/jdk-static-libs-* "$cache"/openjdk-build-*; do
    case "$old" in
        "$home" | "$jdk" | "$static" | "$work") ;;
        *) rm -rf "$old" ;;
    esac
done
log "toolchain assembled in $((SECONDS - started)) s: $home ($(du -sh "$home" | cut -f1))"
printf '%s\n' "$home"
