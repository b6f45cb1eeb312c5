package com.connectboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/**
 * The bootstrapped toolchain's native-image driver (build-support/native-toolchain/driver/NativeImageDriver.java),
 * run from its source with this test's JVM (Java's single-file source launcher): cheap checks of its argument
 * handling, without a toolchain. That Quarkus parses its --version is checked with Quarkus' own parser.
 */
class NativeImageDriverTest {

    private static final Path DRIVER = Paths.get("build-support/native-toolchain/driver/NativeImageDriver.java")
            .toAbsolutePath();

    @Test
    void versionIsParsedByQuarkusAsAGraalVmForJdk25() throws Exception {
        // The driver reports the JDK it runs on; the toolchain runs it on Debian's JDK 25, and Quarkus reads the GraalVM
        // version from the vendor string only for JDK 25+. Any JDK 25 shows the format: the machine's Temurin here.
        Path jdk25 = Paths.get(System.getenv().getOrDefault("NATIVE_DRIVER_TEST_JDK", "/usr/lib/jvm/temurin-25-jdk-amd64"));
        assumeTrue(Files.isExecutable(jdk25.resolve("bin/java")), "no JDK 25 at " + jdk25);
        Result result = run(jdk25.resolve("bin/java").toString(), "--version");
        assertEquals(0, result.exit, result.output);
        List<String> lines = result.output.lines().toList();
        assertEquals(3, lines.size(), result.output);
        assertTrue(lines.get(0).startsWith("native-image "), result.output);

        // io.quarkus.deployment.pkg.steps.GraalVM.VersionParseHelper.parse is what NativeImageBuildStep uses.
        Class<?> helper = Class.forName("io.quarkus.deployment.pkg.steps.GraalVM$VersionParseHelper");
        Method parse = helper.getDeclaredMethod("parse", List.class);
        parse.setAccessible(true);
        io.quarkus.runtime.graal.GraalVM.Version version = (io.quarkus.runtime.graal.GraalVM.Version) parse.invoke(null,
                lines);
        assertNotNull(version, "Quarkus could not parse:\n" + result.output);
        assertEquals("25.0.2", version.getVersionAsString(), "the builder jars' version");
        assertEquals(25, version.javaVersion.feature(), "the JDK that runs the builder");
    }

    @Test
    void unsupportedOptionsAreRefusedNotDropped() throws Exception {
        Result result = driver("--some-future-option", "-jar", "app.jar");
        assertEquals(64, result.exit, result.output);
        assertTrue(result.output.contains("unsupported option --some-future-option"), result.output);
    }

    @Test
    void argumentFilesAreExpanded() throws Exception {
        Path argFile = Files.createTempFile("driver-test", ".args");
        try {
            Files.writeString(argFile, "--version\n");
            Result result = driver("@" + argFile);
            assertEquals(0, result.exit, result.output);
            assertTrue(result.output.startsWith("native-image "), result.output);
        } finally {
            Files.delete(argFile);
        }
    }

    private record Result(int exit, String output) {
    }

    private static Result driver(String... args) throws Exception {
        return run(ProcessHandle.current().info().command().orElse("java"), args);
    }

    private static Result run(String java, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(java);
        command.add(DRIVER.toString());
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(process.exitValue(), new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
}
