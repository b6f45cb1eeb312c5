#!/usr/bin/env bash
# Turns Debian's openjdk-25 binary packages, unpacked with dpkg-deb -x (not installed) together with the same suite's
# libc6, into a self-contained JDK folder that runs on this machine even when its own C library is older than the
# one the packages were built for (Debian 13's JDK needs glibc 2.38; Debian 12 has 2.36).
#
# Usage: unpack-debian-jdk.sh <root the .deb files were unpacked into> <output JDK folder>
#
# - The JDK moves from <root>/usr/lib/jvm/java-25-openjdk-amd64 to <output>; jmods/ (only jlink reads it, 337 MB) is
#   left out.
# - Links into /etc/java-25-openjdk (configuration the packages ship under /etc) become copies from <root>; the CA
#   store link (/etc/ssl/certs/java/cacerts, made by ca-certificates-java on a real install) becomes a copy of this
#   machine's, when it has one: the native executable embeds the trust store of the JDK that built it.
# - The suite's C library goes to <output>/lib/svm/glibc, and every executable of bin/ and lib/ is replaced by a
#   two-line script that starts it through that C library's loader (ld.so --library-path): nothing is set in the
#   environment, so the programs they start (gcc, ld, ...) run with this machine's own C library as usual.
set -euo pipefail

root="$1"
out="$2"
log() { printf 'native-toolchain: %s\n' "$*" >&2; }

src="$root/usr/lib/jvm/java-25-openjdk-amd64"
[[ -x "$src/bin/java" ]] || {
    log "ERROR: no usr/lib/jvm/java-25-openjdk-amd64/bin/java in the unpacked packages ($root)"
    exit 1
}
rm -rf "$out"
mv "$src" "$out"
rm -rf "$out/jmods"

while IFS= read -r -d '' link; do
    target="$(readlink "$link")"
    if [[ "$target" == /* ]]; then
        rm -f "$link"
        if [[ -e "$root$target" ]]; then
            cp -L "$root$target" "$link"
        elif [[ -f "$target" ]]; then
            cp -L "$target" "$link"
        else
            log "WARNING: $target does not exist on this machine; ${link#"$out"/} is left out (for lib/security/cacerts: apt-get install ca-certificates-java, else the native executable trusts no certificate authority)"
        fi
    elif [[ ! -e "$link" ]]; then
        rm -f "$link" # docs/, src.zip: point into other packages
    fi
done < <(find "$out" -type l -print0)

glibc="$out/lib/svm/glibc"
mkdir -p "$glibc"
find "$root/usr/lib/x86_64-linux-gnu" -maxdepth 1 -name '*.so*' \( -type f -o -type l \) -exec cp -a {} "$glibc/" \;
[[ -e "$glibc/ld-linux-x86-64.so.2" && -e "$glibc/libc.so.6" ]] || {
    log "ERROR: the libc6 package did not provide ld-linux-x86-64.so.2 and libc.so.6"
    exit 1
}

is_elf_executable() {
    [[ -f "$1" && -x "$1" && "$1" != *.so && "$(head -c 4 "$1" | tr -d '\0')" == $'\x7fELF' ]]
}
wrap() {
    local file="$1" to_glibc="$2" name
    name="$(basename "$file")"
    mv "$file" "$file.real"
    cat >"$file" <<WRAPPER
#!/bin/sh
# Debian's $name, started with the C library it was built for (see build-support/native-toolchain/unpack-debian-jdk.sh).
case "\$0" in */*) d="\${0%/*}" ;; *) d="\$(dirname "\$(command -v "\$0")")" ;; esac
exec "\$d/$to_glibc/ld-linux-x86-64.so.2" --library-path "\$d/$to_glibc" --argv0 "\$0" "\$d/$name.real" "\$@"
WRAPPER
    chmod 755 "$file"
}
for file in "$out"/bin/*; do
    if is_elf_executable "$file"; then wrap "$file" ../lib/svm/glibc; fi
done
for file in "$out"/lib/*; do
    if is_elf_executable "$file"; then wrap "$file" svm/glibc; fi
done
