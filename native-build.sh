#!/usr/bin/env bash
# Builds Connectboard's native executable (target/connectboard-1.0.0-SNAPSHOT-runner) with ./mvnw package -Pnative.
# See --help and docs/deploy.md. Written for bash 4+ on Linux.
set -euo pipefail

# The builder image Quarkus 3.30 would use for Mandrel on JDK 25. Quarkus 3.30's own default ("mandrel") is the jdk-21
# tag; the issue asks for a JDK 25 toolchain, so the tag is named explicitly. Override with NATIVE_BUILD_BUILDER_IMAGE.
readonly DEFAULT_BUILDER_IMAGE="quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:jdk-25"

usage() {
    cat <<'EOF'
Usage: ./native-build.sh [--help] [--verify] [--no-bootstrap] [--bootstrap-toolchain] [--check-inputs]
                         [-- EXTRA_MAVEN_ARGS...]

Builds the native executable of Connectboard with "./mvnw package -Pnative" and prints the
binary's path, size and build time. It picks the toolchain in this order:

  1. A local GraalVM or Mandrel for JDK 25:
       $GRAALVM_HOME/bin/native-image, else $JAVA_HOME/bin/native-image, else native-image on the PATH.
     It is passed to Quarkus as -Dquarkus.native.graalvm-home=<dir>.
  2. A container engine that answers ("podman info", then "docker info"): the build runs inside
     Quarkus' Mandrel builder image (-Dquarkus.native.container-build=true,
     -Dquarkus.native.container-runtime=<podman|docker>, -Dquarkus.native.builder-image=<image>).
  3. Neither: it assembles a native-image toolchain from Maven Central and Debian material with
     build-support/native-toolchain/bootstrap.sh (once; cached under
     ${XDG_CACHE_HOME:-~/.cache}/connectboard-native, see docs/native.md) and uses it as in 1.
  4. Neither, and --no-bootstrap (or NATIVE_BUILD_BOOTSTRAP=0): it writes the native sources only
     (-Dquarkus.native.sources-only=true, under target/native-sources/) so they can be compiled on
     another machine, says what to install, and exits with status 2.

Options:
  --verify               run "./mvnw verify -Pnative" instead of package: the @QuarkusIntegrationTest
                         suite (PackagedAppIT) then runs against the native executable
  --no-bootstrap         never assemble the toolchain (step 3); fall through to step 4
  --bootstrap-toolchain  only assemble the toolchain (step 3) and print its GRAALVM_HOME
  --check-inputs         build nothing: check that every input of step 3 still resolves (the Debian openjdk-25
                         source and binary packages of the version it would choose, libc6, the builder jars on
                         Maven Central) and print the versions; exit status 1 names what is missing

Arguments after "--" are appended to the Maven command line (e.g. -DskipTests).

Environment (all optional):
  GRAALVM_HOME, JAVA_HOME       where to look for bin/native-image (see above)
  NATIVE_BUILD_MVN              the Maven command (default: ./mvnw -B); tests replace it with a stub
  NATIVE_BUILD_CONTAINER_ENGINES  engines to try, in order (default: "podman docker"; empty: none)
  NATIVE_BUILD_BUILDER_IMAGE    builder image for the container build
                                (default: quay.io/quarkus/ubi9-quarkus-mandrel-builder-image:jdk-25)
  NATIVE_BUILD_BOOTSTRAP        0: as --no-bootstrap
  NATIVE_BUILD_BOOTSTRAP_SCRIPT the bootstrap command (default: build-support/native-toolchain/bootstrap.sh);
                                tests replace it with a stub
  NATIVE_TOOLCHAIN_*            passed on to the bootstrap: e.g. NATIVE_TOOLCHAIN_DEBIAN_OPENJDK pins the Debian
                                openjdk-25 version, NATIVE_TOOLCHAIN_CACHE moves the cache (see docs/native.md)
EOF
}

log() { printf 'native-build: %s\n' "$*" >&2; }

# Prints the directory that holds bin/native-image, or nothing.
find_graalvm_home() {
    local candidate
    for candidate in "${GRAALVM_HOME:-}" "${JAVA_HOME:-}"; do
        if [[ -n "$candidate" && -x "$candidate/bin/native-image" ]]; then
            printf '%s\n' "$candidate"
            return 0
        fi
    done
    local on_path
    if on_path="$(command -v native-image 2>/dev/null)" && [[ -n "$on_path" ]]; then
        # .../bin/native-image -> ... (resolve symlinks such as /usr/bin/native-image -> /opt/mandrel/bin/...)
        on_path="$(readlink -f "$on_path")"
        dirname "$(dirname "$on_path")"
        return 0
    fi
    return 1
}

# Prints the first engine whose daemon answers. "docker --version" works without an engine, "docker info" does not.
find_container_engine() {
    local engine
    for engine in ${NATIVE_BUILD_CONTAINER_ENGINES-podman docker}; do
        if command -v "$engine" >/dev/null 2>&1 && "$engine" info >/dev/null 2>&1; then
            printf '%s\n' "$engine"
            return 0
        fi
    done
    return 1
}

run_maven() {
    # Print the exact command line first, so that a user (or docs/deploy.md) can run it by hand.
    printf 'native-build: running:' >&2
    printf ' %q' "$@" >&2
    printf '\n' >&2
    "$@"
}

main() {
    local extra=() goal=package bootstrap="${NATIVE_BUILD_BOOTSTRAP:-1}" bootstrap_only=0 check_inputs=0
    while [[ $# -gt 0 ]]; do
        case "$1" in
            -h | --help)
                usage
                return 0
                ;;
            --verify)
                goal=verify
                shift
                ;;
            --no-bootstrap)
                bootstrap=0
                shift
                ;;
            --bootstrap-toolchain)
                bootstrap_only=1
                shift
                ;;
            --check-inputs)
                check_inputs=1
                shift
                ;;
            --)
                shift
                extra=("$@")
                break
                ;;
            *)
                log "unknown argument: $1 (see --help)"
                return 64
                ;;
        esac
    done

    cd "$(dirname "${BASH_SOURCE[0]}")"

    local mvn=() bootstrap_cmd=()
    read -r -a mvn <<<"${NATIVE_BUILD_MVN:-./mvnw -B}"
    read -r -a bootstrap_cmd <<<"${NATIVE_BUILD_BOOTSTRAP_SCRIPT:-build-support/native-toolchain/bootstrap.sh}"

    if ((check_inputs)); then
        "${bootstrap_cmd[@]}" --check-inputs
        return $?
    fi
    if ((bootstrap_only)); then
        "${bootstrap_cmd[@]}"
        return $?
    fi

    local graalvm_home engine
    local cmd=("${mvn[@]}" "$goal" -Pnative)
    if graalvm_home="$(find_graalvm_home)"; then
        log "using the local native-image of $graalvm_home"
        cmd+=("-Dquarkus.native.graalvm-home=$graalvm_home")
    elif engine="$(find_container_engine)"; then
        log "no local native-image; building inside a container with $engine"
        cmd+=(-Dquarkus.native.container-build=true "-Dquarkus.native.container-runtime=$engine"
            "-Dquarkus.native.builder-image=${NATIVE_BUILD_BUILDER_IMAGE:-$DEFAULT_BUILDER_IMAGE}")
    elif [[ "$bootstrap" != 0 ]]; then
        log "no GraalVM/Mandrel and no running container engine: using the bootstrapped toolchain (docs/native.md)"
        if ! graalvm_home="$("${bootstrap_cmd[@]}" | tail -n 1)" || [[ -z "$graalvm_home" ]] ||
            [[ ! -x "$graalvm_home/bin/native-image" ]]; then
            log "ERROR: the toolchain bootstrap did not produce bin/native-image (see its messages above)"
            return 1
        fi
        log "using the bootstrapped native-image of $graalvm_home"
        cmd+=("-Dquarkus.native.graalvm-home=$graalvm_home")
    else
        log "no GraalVM/Mandrel and no running container engine: writing the native sources only"
        run_maven "${mvn[@]}" package -Pnative -Dquarkus.native.sources-only=true -DskipTests "${extra[@]}" >&2
        cat >&2 <<EOF
native-build: ERROR: cannot build a native executable on this machine.
native-build: The native sources are in $PWD/target/native-sources/ (native-image.args and the jars);
native-build: build them on a machine with Mandrel for JDK 25: cd target/native-sources && native-image \$(cat native-image.args)
native-build: To build here, run it without --no-bootstrap (assembles a toolchain, docs/native.md), or install ONE of:
native-build:   - Mandrel or GraalVM for JDK 25 (https://github.com/graalvm/mandrel/releases), then set
native-build:     GRAALVM_HOME to its directory (it must contain bin/native-image), plus gcc, glibc-devel and zlib-devel;
native-build:   - Podman or Docker with a running engine ("podman info" or "docker info" must answer).
EOF
        return 2
    fi

    cmd+=("${extra[@]}")
    local started=$SECONDS started_epoch
    started_epoch="$(date +%s)"
    run_maven "${cmd[@]}"
    local elapsed=$((SECONDS - started))

    local runners runner
    shopt -s nullglob
    runners=(target/*-runner)
    shopt -u nullglob
    runner="${runners[0]:-}"
    # A runner older than this run would be a leftover of an earlier build, not this one's result.
    if [[ -z "$runner" || ! -f "$runner" || "$(stat -c %Y "$runner")" -lt "$started_epoch" ]]; then
        log "ERROR: Maven succeeded but wrote no new target/*-runner binary"
        return 1
    fi
    local size
    size="$(stat -c %s "$runner")"
    printf 'native-build: binary:     %s\n' "$PWD/$runner"
    printf 'native-build: size:       %s bytes (%s MiB)\n' "$size" "$((size / 1024 / 1024))"
    printf 'native-build: build time: %s s\n' "$elapsed"
}

main "$@"
