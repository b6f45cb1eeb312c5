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
 * sources only.
 */
class NativeBuildScriptTest {

    private static final Path SCRIPT = Paths.get("native-build.sh").toAbsolutePath();
    private static final List<Path> BOOTSTRAP_SCRIPTS = List.of(
            Paths.get("build-support/native-toolchain/bootstrap.sh").toAbsolutePath(),
            Paths.get("build-support/native-toolchain/build-jdk-static-libs.sh").toAbsolutePath());

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
