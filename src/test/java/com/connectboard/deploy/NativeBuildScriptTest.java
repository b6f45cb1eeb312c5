package com.connectboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * native-build.sh is checked without building anything: its syntax, shellcheck when installed (also on the toolchain
 * bootstrap's scripts), its "no toolchain" path, which uses the toolchain bootstrap (stubbed here), and its
 * "no toolchain, no bootstrap" path, which must stop at once with what to install after asking Maven for the native
 * sources only. The bootstrap's choice of the Debian openjdk-25 version runs against stub apt and curl commands
 * (canned package lists, a mirror missing chosen files), and the unpacking of the Debian JDK against a fake package
 * tree whose "JDK" is a copy of echo and whose "C library" is this machine's.
 */
class NativeBuildScriptTest {

    private static final Path SCRIPT = Paths.get("native-build.sh").toAbsolutePath();
    private static final List<Path> BOOTSTRAP_SCRIPTS = List.of(
            Paths.get("build-support/native-toolchain/bootstrap.sh").toAbsolutePath(),
            Paths.get("build-support/native-toolchain/build-jdk-static-libs.sh").toAbsolutePath(),
            Paths.get("build-support/native-toolchain/unpack-debian-jdk.sh").toAbsolutePath());
    private static final Path BOOTSTRAP = BOOTSTRAP_SCRIPTS.get(0);
    private static final Path UNPACK = BOOTSTRAP_SCRIPTS.get(2);

    @Test
    void parsesWithBashN() throws Exception {
        Result result = run(List.of("bash", "-n", SCRIPT.toString()), Map.of(), null);
        assertEquals(0, result.exit, "bash -n native-build.sh:\n" + result.output);
    }

    @Test
    void bootstrapScriptsParseWithBashN() throws Exception {
        for (Path script : BOOTSTRAP_SCRIPTS) {
            Result result = run(List.of("bash", "-n", script.toString()), Map.of(), null);
            assertEquals(0, result.exit, "bash -n " + script + ":\n" + result.output);
        }
    }

    @Test
    void passesShellcheckWhenInstalled() throws Exception {
        // shellcheck is an optional Debian package (apt-get install -y shellcheck); bash -n above always runs.
        assumeTrue(onPath("shellcheck"), "shellcheck is not installed");
        Result result = run(List.of("shellcheck", SCRIPT.toString()), Map.of(), null);
        assertEquals(0, result.exit, "shellcheck native-build.sh:\n" + result.output);
        for (Path script : BOOTSTRAP_SCRIPTS) {
            result = run(List.of("shellcheck", script.toString()), Map.of(), null);
            assertEquals(0, result.exit, "shellcheck " + script + ":\n" + result.output);
        }
    }

    @Test
    void helpExplainsTheToolchainChoice() throws Exception {
        Result result = run(List.of("bash", SCRIPT.toString(), "--help"), Map.of(), null);
        assertEquals(0, result.exit, result.output);
        assertTrue(result.output.contains("GRAALVM_HOME") && result.output.contains("podman info")
                && result.output.contains("sources-only") && result.output.contains("--bootstrap-toolchain"),
                result.output);
    }

    @Test
    void withoutAToolchainItBootstrapsOneAndBuildsWithIt(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        for (String tool : List.of("dirname", "cat", "tail", "stat", "date")) {
            Files.createSymbolicLink(bin.resolve(tool), Paths.get(which(tool)));
        }
        // A fake toolchain home, printed by a stub bootstrap as its last line (as bootstrap.sh does).
        Path home = dir.resolve("toolchain");
        Files.createDirectories(home.resolve("bin"));
        executable(home.resolve("bin/native-image"), "#!/bin/sh\nexit 0\n");
        Path bootstrap = executable(bin.resolve("stub-bootstrap"),
                "#!/bin/sh\necho 'assembling' >&2\necho '" + home + "'\n");
        Path calls = dir.resolve("maven-calls");
        Path stub = executable(bin.resolve("stub-mvn"), "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n");

        Result result = run(List.of(which("bash"), SCRIPT.toString(), "--verify"), Map.of("PATH", bin.toString(),
                "NATIVE_BUILD_MVN", stub.toString(), "NATIVE_BUILD_BOOTSTRAP_SCRIPT", bootstrap.toString()), dir);

        assertTrue(result.output.contains("using the bootstrapped native-image of " + home), result.output);
        assertEquals(List.of("verify -Pnative -Dquarkus.native.graalvm-home=" + home), Files.readAllLines(calls),
                "Maven runs once, with the bootstrapped toolchain");
        // The stub Maven writes no binary, which the script reports.
        assertEquals(1, result.exit, result.output);
        assertTrue(result.output.contains("wrote no new target/*-runner binary"), result.output);
    }

    @Test
    void bootstrapToolchainOnlyRunsTheBootstrap(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("dirname"), Paths.get(which("dirname")));
        Path bootstrap = executable(bin.resolve("stub-bootstrap"), "#!/bin/sh\necho /some/home\n");
        Result result = run(List.of(which("bash"), SCRIPT.toString(), "--bootstrap-toolchain"),
                Map.of("PATH", bin.toString(), "NATIVE_BUILD_MVN", "false", "NATIVE_BUILD_BOOTSTRAP_SCRIPT",
                        bootstrap.toString()),
                dir);
        assertEquals(0, result.exit, result.output);
        assertEquals("/some/home", result.output.strip());
    }

    @Test
    void withoutAToolchainItWritesTheSourcesAndStopsWithWhatToInstall(@TempDir Path dir) throws Exception {
        // A PATH holding only what the script needs on this path: no native-image, no podman, no docker.
        Path bin = Files.createDirectory(dir.resolve("bin"));
        for (String tool : List.of("dirname", "cat")) {
            Files.createSymbolicLink(bin.resolve(tool), Paths.get(which(tool)));
        }
        Path calls = dir.resolve("maven-calls");
        Path stub = bin.resolve("stub-mvn");
        Files.writeString(stub, "#!/bin/sh\necho \"$*\" >> '" + calls + "'\n", StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(stub, PosixFilePermissions.fromString("rwxr-xr-x"));

        long started = System.nanoTime();
        Result result = run(List.of(which("bash"), SCRIPT.toString(), "--no-bootstrap"),
                Map.of("PATH", bin.toString(), "NATIVE_BUILD_MVN", stub.toString()), dir);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertEquals(2, result.exit, "exit status of the no-toolchain path:\n" + result.output);
        assertTrue(took.toSeconds() < 10, "the no-toolchain path should stop at once, took " + took);
        assertTrue(result.output.contains("cannot build a native executable"), result.output);
        assertTrue(result.output.contains("GRAALVM_HOME") && result.output.contains("Mandrel")
                && result.output.contains("Podman or Docker"), "names what to install:\n" + result.output);
        assertTrue(result.output.contains("target/native-sources"), "says where the sources are:\n" + result.output);

        List<String> mavenCalls = Files.readAllLines(calls);
        assertEquals(List.of("package -Pnative -Dquarkus.native.sources-only=true -DskipTests"), mavenCalls,
                "Maven is asked for the native sources only, once");
    }

    @Test
    void checkInputsRunsTheBootstrapsCheckAndReportsItsFailure(@TempDir Path dir) throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("dirname"), Paths.get(which("dirname")));
        Path calls = dir.resolve("bootstrap-calls");
        Path bootstrap = executable(bin.resolve("stub-bootstrap"),
                "#!/bin/sh\necho \"$*\" >> '" + calls + "'\necho 'ERROR: not downloadable' >&2\nexit 1\n");
        Result result = run(List.of(which("bash"), SCRIPT.toString(), "--check-inputs"),
                Map.of("PATH", bin.toString(), "NATIVE_BUILD_MVN", "false", "NATIVE_BUILD_BOOTSTRAP_SCRIPT",
                        bootstrap.toString()),
                dir);
        assertEquals(1, result.exit, result.output);
        assertTrue(result.output.contains("not downloadable"), result.output);
        assertEquals(List.of("--check-inputs"), Files.readAllLines(calls), "only the check runs, nothing is built");
    }

    // ------------------------------------------------------------------ the bootstrap's choice of versions

    /** A suite whose index lists openjdk-25 versions, some of them not whole, and a mirror that misses some files. */
    private static Map<String, String> fakeDebian(Path dir, String missingFiles) throws IOException {
        Path bin = Files.createDirectories(dir.resolve("stubs"));
        Path lists = Files.createDirectories(dir.resolve("madison"));
        String src = " | http://mirror.test/debian trixie/main Sources\n";
        String amd64 = " | http://mirror.test/debian trixie/main amd64 Packages\n";
        Files.writeString(lists.resolve("openjdk-25"), "openjdk-25 | 25.0.9+1-1~deb13u1" + src
                + "openjdk-25 | 25.0.10+2-1~deb13u1" + src + "openjdk-25 | 25.0.11+1-1~deb13u1" + src
                + "openjdk-25 | 25.0.12+3-1~deb13u1" + src);
        Files.writeString(lists.resolve("openjdk-25-jdk-headless"), "openjdk-25-jdk-headless | 25.0.9+1-1~deb13u1" + amd64
                + "openjdk-25-jdk-headless | 25.0.10+2-1~deb13u1" + amd64
                + "openjdk-25-jdk-headless | 25.0.11+1-1~deb13u1" + amd64
                + "openjdk-25-jdk-headless | 25.0.12+3-1~deb13u1" + amd64);
        // madison lists the source package's versions under a binary's name too: 25.0.11 has no jre binary.
        Files.writeString(lists.resolve("openjdk-25-jre-headless"), "openjdk-25-jre-headless | 25.0.9+1-1~deb13u1" + amd64
                + "openjdk-25-jre-headless | 25.0.10+2-1~deb13u1" + amd64 + "openjdk-25 | 25.0.11+1-1~deb13u1" + src
                + "openjdk-25-jre-headless | 25.0.12+3-1~deb13u1" + amd64);
        Files.writeString(lists.resolve("libc6"), "libc6 | 2.41-12" + amd64 + "libc6 | 2.41-12+deb13u5" + amd64);
        Path missing = Files.writeString(dir.resolve("missing"), missingFiles);
        Path curlCalls = dir.resolve("curl-calls");
        // apt-get: "update" succeeds, "--print-uris" names nothing (the bootstrap then looks in the pool by file name).
        executable(bin.resolve("apt-get"), "#!/bin/sh\nexit 0\n");
        executable(bin.resolve("apt-cache"), "#!/bin/sh\nfor a; do last=$a; done\ncat '" + lists + "'/\"$last\" 2>/dev/null\n");
        executable(bin.resolve("curl"), "#!/bin/sh\nfor a; do last=$a; done\necho \"$last\" >> '" + curlCalls + "'\n"
                + "while read -r part; do case \"$last\" in *\"$part\"*) exit 22 ;; esac; done < '" + missing + "'\n"
                + "exit 0\n");
        return Map.of("NATIVE_TOOLCHAIN_CACHE", dir.resolve("cache").toString(), "NATIVE_TOOLCHAIN_APT_GET",
                bin.resolve("apt-get").toString(), "NATIVE_TOOLCHAIN_APT_CACHE", bin.resolve("apt-cache").toString(),
                "NATIVE_TOOLCHAIN_CURL", bin.resolve("curl").toString(), "NATIVE_TOOLCHAIN_DEBIAN_MIRROR",
                "http://mirror.test/debian");
    }

    private static Result printVersions(Map<String, String> env) throws Exception {
        return run(List.of(which("bash"), BOOTSTRAP.toString(), "--print-versions"), env, null);
    }

    @Test
    void bootstrapTakesTheNewestVersionListedWholeThatDownloads(@TempDir Path dir) throws Exception {
        // 25.0.12 is listed whole but its orig tarball is missing on the mirror; 25.0.11 has no jre binary; of 25.0.10
        // and 25.0.9, Debian's order (not the string order) makes 25.0.10 the newer.
        Result result = printVersions(fakeDebian(dir, "openjdk-25_25.0.12%2b3.orig.tar.xz\n"));
        assertEquals(0, result.exit, result.output);
        assertTrue(result.output.contains("debian.openjdk=25.0.10+2-1~deb13u1\n"), result.output);
        assertTrue(result.output.contains("upstream=25.0.10+2\n"), result.output);
        assertTrue(result.output.contains("debian.libc6=2.41-12+deb13u5\n"), result.output);
        assertTrue(result.output.contains("openjdk-25 25.0.12+3-1~deb13u1 is not usable: not downloadable: "
                + "http://mirror.test/debian/pool/main/o/openjdk-25/openjdk-25_25.0.12%2b3.orig.tar.xz"), result.output);
        assertTrue(result.output.contains("WARNING: using openjdk-25 25.0.10+2-1~deb13u1, not the newest"), result.output);
        List<String> probed = Files.readAllLines(dir.resolve("curl-calls"));
        assertTrue(probed.contains(
                "http://mirror.test/debian/pool/main/o/openjdk-25/openjdk-25-jre-headless_25.0.10%2b2-1%7edeb13u1_amd64.deb"),
                "the binaries are asked for too: " + probed);
        assertTrue(probed.stream().noneMatch(url -> url.contains("25.0.11")), "25.0.11 is not whole, never probed: " + probed);
    }

    @Test
    void bootstrapFallsBackToAKnownGoodVersionWhenNoListedOneDownloads(@TempDir Path dir) throws Exception {
        Result result = printVersions(fakeDebian(dir, "25.0.12%2b3.orig\n25.0.10%2b2.orig\n25.0.9%2b1.orig\n"));
        assertEquals(0, result.exit, result.output);
        assertTrue(result.output.contains("debian.openjdk=25.0.3+9-2~deb13u1\n"), result.output);
        assertTrue(result.output.contains("WARNING: using openjdk-25 25.0.3+9-2~deb13u1"), result.output);
    }

    @Test
    void aPinnedVersionIsTheOnlyCandidateAndMustDownload(@TempDir Path dir) throws Exception {
        Map<String, String> env = new java.util.HashMap<>(fakeDebian(dir, "openjdk-25_25.0.12%2b3.orig.tar.xz\n"));
        env.put("NATIVE_TOOLCHAIN_DEBIAN_OPENJDK", "25.0.9+1-1~deb13u1");
        Result older = printVersions(env);
        assertEquals(0, older.exit, older.output);
        assertTrue(older.output.contains("debian.openjdk=25.0.9+1-1~deb13u1\n"), older.output);

        env.put("NATIVE_TOOLCHAIN_DEBIAN_OPENJDK", "25.0.12+3-1~deb13u1");
        Result missing = printVersions(env);
        assertEquals(1, missing.exit, missing.output);
        assertTrue(missing.output.contains("ERROR: NATIVE_TOOLCHAIN_DEBIAN_OPENJDK=25.0.12+3-1~deb13u1: its source and "
                + "binaries do not all download from http://mirror.test/debian"), missing.output);
        assertTrue(missing.output.contains("openjdk-25_25.0.12%2b3.orig.tar.xz"), "names the missing file:\n" + missing.output);
        assertTrue(!missing.output.contains("debian.openjdk="), "no fallback to another version:\n" + missing.output);
    }

    @Test
    void withoutAUsableVersionTheBootstrapNamesWhatIsMissingAndHowToOverride(@TempDir Path dir) throws Exception {
        Map<String, String> env = fakeDebian(dir, "orig.tar.xz\n");
        Result result = printVersions(env);
        assertEquals(1, result.exit, result.output);
        assertTrue(result.output.contains("ERROR: no openjdk-25 version has its source package (orig tarball) and the "
                + "binaries openjdk-25-jdk-headless openjdk-25-jre-headless all downloadable from http://mirror.test/debian"),
                result.output);
        assertTrue(
                result.output.contains(
                        "openjdk-25-jre-headless (amd64): 25.0.10+2-1~deb13u1, 25.0.12+3-1~deb13u1, 25.0.9+1-1~deb13u1"),
                "lists what the index offers:\n" + result.output);
        assertTrue(result.output.contains("25.0.3+9-2~deb13u1 (not downloadable: "), "the known-good version was tried:\n"
                + result.output);
        assertTrue(result.output.contains("NATIVE_TOOLCHAIN_DEBIAN_OPENJDK=<version>")
                && result.output.contains("NATIVE_TOOLCHAIN_DEBIAN_MIRROR"), "says how to override:\n" + result.output);
    }

    // ------------------------------------------------------------------ unpacking the Debian JDK

    @Test
    void theUnpackedJdkRunsThroughTheSuitesOwnLoaderAndKeepsNoLinkOutsideItself(@TempDir Path dir) throws Exception {
        // A package tree as dpkg-deb -x leaves it: the JDK under usr/lib/jvm, links into /etc, the suite's libc6.
        Path root = dir.resolve("root");
        Path jdk = Files.createDirectories(root.resolve("usr/lib/jvm/java-25-openjdk-amd64"));
        Files.createDirectories(jdk.resolve("bin"));
        Files.createDirectories(jdk.resolve("lib/security"));
        Files.createDirectories(jdk.resolve("jmods"));
        Files.copy(Paths.get(which("echo")), jdk.resolve("bin/java"));
        Files.setPosixFilePermissions(jdk.resolve("bin/java"), PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.writeString(jdk.resolve("release"), "JAVA_VERSION=\"25.0.9\"\n");
        Files.createDirectories(root.resolve("etc/java-25-openjdk"));
        Files.writeString(root.resolve("etc/java-25-openjdk/jvm-amd64.cfg"), "-server KNOWN\n");
        Files.createSymbolicLink(jdk.resolve("lib/jvm.cfg"), Paths.get("/etc/java-25-openjdk/jvm-amd64.cfg"));
        Files.createSymbolicLink(jdk.resolve("lib/security/cacerts"), dir.resolve("no-such-store"));
        Files.createSymbolicLink(jdk.resolve("docs"), Paths.get("../../../share/doc/openjdk-25-jre-headless"));
        Path libc = Files.createDirectories(root.resolve("usr/lib/x86_64-linux-gnu"));
        Path hostLibc = Paths.get("/lib/x86_64-linux-gnu");
        assumeTrue(Files.exists(hostLibc.resolve("libc.so.6")) && Files.exists(hostLibc.resolve("ld-linux-x86-64.so.2")),
                "not an x86-64 glibc machine");
        Files.copy(hostLibc.resolve("libc.so.6"), libc.resolve("libc.so.6"));
        Files.copy(hostLibc.resolve("ld-linux-x86-64.so.2"), libc.resolve("ld-linux-x86-64.so.2"));
        Files.setPosixFilePermissions(libc.resolve("ld-linux-x86-64.so.2"), PosixFilePermissions.fromString("rwxr-xr-x"));

        Path out = dir.resolve("jdk");
        Result unpacked = run(List.of(which("bash"), UNPACK.toString(), root.toString(), out.toString()), Map.of(), null);
        assertEquals(0, unpacked.exit, unpacked.output);
        assertTrue(unpacked.output.contains("lib/security/cacerts is left out"),
                "warns about the CA store:\n" + unpacked.output);

        assertEquals("-server KNOWN\n", Files.readString(out.resolve("lib/jvm.cfg")), "the /etc link became a copy");
        assertTrue(!Files.isSymbolicLink(out.resolve("lib/jvm.cfg")), "no link out of the JDK");
        assertTrue(!Files.exists(out.resolve("docs"), java.nio.file.LinkOption.NOFOLLOW_LINKS), "dangling link removed");
        assertTrue(!Files.exists(out.resolve("jmods")), "jmods left out");
        assertTrue(Files.exists(out.resolve("bin/java.real")), "the executable kept beside its wrapper");
        assertTrue(Files.readString(out.resolve("bin/java")).contains("ld-linux-x86-64.so.2\" --library-path"),
                "bin/java starts it through the unpacked loader");

        Result ran = run(List.of(out.resolve("bin/java").toString(), "started", "through", "the", "loader"), Map.of(), null);
        assertEquals(0, ran.exit, ran.output);
        assertEquals("started through the loader", ran.output.strip());
    }

    private static Path executable(Path file, String content) throws IOException {
        Files.writeString(file, content, StandardCharsets.UTF_8);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }

    private static boolean onPath(String tool) {
        try {
            which(tool);
            return true;
        } catch (IllegalStateException e) {
            return false;
        }
    }

    private static String which(String tool) {
        for (String entry : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Paths.get(entry, tool);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException(tool + " is not on the PATH");
    }

    private record Result(int exit, String output) {
    }

    /** Runs with a clean environment (plus {@code env}), so GRAALVM_HOME or JAVA_HOME of the build never leak in. */
    private static Result run(List<String> command, Map<String, String> env, Path workDir)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().clear();
        builder.environment().put("PATH", System.getenv().getOrDefault("PATH", "/usr/bin:/bin"));
        builder.environment().put("NATIVE_BUILD_CONTAINER_ENGINES", "");
        builder.environment().putAll(env);
        if (workDir != null) {
            builder.directory(workDir.toFile());
        }
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
