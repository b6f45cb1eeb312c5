package com.connectboard.it;

import java.io.File;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.connectboard.testing.TestIds;
import com.connectboard.testing.Tokens;

import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/**
 * Measures what the native image must beat (docs/deploy.md): the time from launching the packaged application to its
 * first served, authenticated GraphQL request, and its resident memory right after. Not a test: run by hand after
 * {@code ./mvnw package}, with the test classpath (the command is in docs/deploy.md). The application gets exactly the
 * integration tests' configuration: its own embedded PostgreSQL and the WireMock OpenID issuer.
 * <p>
 * Arguments: the runs to make (default 5), then the command that starts the application (default
 * {@code java -jar target/quarkus-app/quarkus-run.jar}); the configuration is appended as {@code -D} options, so a
 * native executable can be measured the same way.
 * <p>
 * With the system property {@code measure.wrk.seconds} (e.g. {@code -Dmeasure.wrk.seconds=20}), the last run's
 * application is kept up after its first answer, warmed up for as long again, and loaded for that many seconds by
 * {@code wrk} (apt-get install wrk) with the same authenticated query ({@code measure.wrk.connections}, default 16,
 * on 2 threads); the requests/s and the RSS after the load are printed.
 * <p>
 * With {@code measure.log.dir} set to a directory, each run's application output is kept there as
 * {@code run-<n>.log} (to read where the start-up time goes, e.g. with
 * {@code -Dquarkus.log.category."io.quarkus".level=DEBUG} after the command); otherwise it is deleted. With
 * {@code measure.hold.seconds}, the last run's application stays up, idle, that many seconds after its first answer
 * (its pid is printed), e.g. to read {@code /proc/<pid>/smaps}.
 */
public final class JvmStartupMeasurement {

    private static final String QUERY = "{\"query\":\"{ viewer { subject } }\"}";

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        List<String> launch = args.length > 1
                ? List.of(args).subList(1, args.length)
                : List.of(Paths.get(System.getProperty("java.home"), "bin", "java").toString(), "-jar",
                        "target/quarkus-app/quarkus-run.jar");

        OidcWiremockTestResource oidc = new OidcWiremockTestResource();
        PackagedAppResource app = new PackagedAppResource();
        Map<String, String> config = new HashMap<>(oidc.start());
        config.putAll(app.start());
        String token = Tokens.withSubject("measure", TestIds.platform(), "administrator");
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofMillis(200)).build();
        List<Long> millis = new ArrayList<>();
        List<Long> rssKb = new ArrayList<>();
        try {
            for (int run = 1; run <= runs; run++) {
                int port;
                try (ServerSocket socket = new ServerSocket(0)) {
                    port = socket.getLocalPort();
                }
                List<String> command = new ArrayList<>(launch);
                int options = launch.get(launch.size() - 1).endsWith(".jar") ? launch.size() - 2 : launch.size();
                List<String> system = new ArrayList<>();
                config.forEach((k, v) -> system.add("-D" + k + "=" + v));
                system.add("-Dquarkus.http.port=" + port);
                command.addAll(options, system);
                Path log = Files.createTempFile("connectboard-startup", ".log");
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/graphql"))
                        .timeout(Duration.ofSeconds(5)).header("Content-Type", "application/json")
                        .header("Authorization", "Bearer " + token)
                        .POST(HttpRequest.BodyPublishers.ofString(QUERY)).build();

                long started = System.nanoTime();
                Process process = new ProcessBuilder(command).redirectErrorStream(true)
                        .redirectOutput(log.toFile()).start();
                try {
                    String body = null;
                    while (body == null) {
                        if (!process.isAlive()) {
                            throw new IllegalStateException("the application exited; its output:\n" + Files.readString(log));
                        }
                        if (System.nanoTime() - started > Duration.ofSeconds(120).toNanos()) {
                            throw new IllegalStateException("no answer within 120 s; output:\n" + Files.readString(log));
                        }
                        try {
                            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                            if (response.statusCode() == 200 && response.body().contains("\"measure\"")) {
                                body = response.body();
                            } else {
                                throw new IllegalStateException("unexpected answer " + response.statusCode() + ": "
                                        + response.body());
                            }
                        } catch (java.io.IOException notYetListening) {
                            Thread.sleep(10);
                        }
                    }
                    long elapsed = (System.nanoTime() - started) / 1_000_000;
                    long rss = rssKb(process.pid());
                    millis.add(elapsed);
                    rssKb.add(rss);
                    System.out.printf("run %d: first GraphQL answer after %d ms, RSS %d MiB (%s)%n", run, elapsed,
                            rss / 1024, quarkusStartedLine(log));
                    int holdSeconds = Integer.getInteger("measure.hold.seconds", 0);
                    if (run == runs && holdSeconds > 0) {
                        // Time to inspect the idle process as it is right after its first answer (/proc/<pid>/smaps).
                        System.out.printf("holding pid %d for %d s%n", process.pid(), holdSeconds);
                        Thread.sleep(holdSeconds * 1000L);
                    }
                    int wrkSeconds = Integer.getInteger("measure.wrk.seconds", 0);
                    if (run == runs && wrkSeconds > 0) {
                        wrk(port, token, wrkSeconds, process.pid());
                    }
                } finally {
                    process.destroy();
                    process.waitFor();
                    String keep = System.getProperty("measure.log.dir");
                    if (keep != null) {
                        Files.createDirectories(Paths.get(keep));
                        Files.move(log, Paths.get(keep, "run-" + run + ".log"),
                                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                    } else {
                        Files.deleteIfExists(log);
                    }
                }
            }
        } finally {
            app.stop();
            oidc.stop();
        }
        Collections.sort(millis);
        Collections.sort(rssKb);
        System.out.printf(
                "%d runs: first GraphQL answer after median %d ms (min %d, max %d); RSS median %d MiB (min %d, max %d)%n",
                runs, millis.get(runs / 2), millis.get(0), millis.get(runs - 1), rssKb.get(runs / 2) / 1024,
                rssKb.get(0) / 1024, rssKb.get(runs - 1) / 1024);
    }

    /** Warms up, then loads the application with wrk; prints wrk's requests/s and latency, and the RSS after. */
    private static void wrk(int port, String token, int seconds, long pid) throws Exception {
        Path script = Files.createTempFile("connectboard-wrk", ".lua");
        Files.writeString(script, "wrk.method = \"POST\"\n" + "wrk.body = '" + QUERY + "'\n"
                + "wrk.headers[\"Content-Type\"] = \"application/json\"\n" + "wrk.headers[\"Authorization\"] = \"Bearer "
                + token + "\"\n");
        String connections = System.getProperty("measure.wrk.connections", "16");
        try {
            for (String phase : List.of("warm-up", "measured")) {
                Process wrk = new ProcessBuilder("wrk", "-t2", "-c" + connections, "-d" + seconds + "s", "--latency", "-s",
                        script.toString(), "http://127.0.0.1:" + port + "/graphql").redirectErrorStream(true).start();
                String output = new String(wrk.getInputStream().readAllBytes());
                wrk.waitFor();
                if (phase.equals("measured")) {
                    System.out.println("wrk, " + seconds + " s, " + connections + " connections, 2 threads:");
                    output.lines().filter(l -> l.contains("Requests/sec") || l.contains("Latency")
                            || l.contains("requests in") || l.contains("Non-2xx") || l.contains(" 50%")
                            || l.contains(" 99%")).forEach(l -> System.out.println("  " + l.strip()));
                    System.out.printf("  RSS after the load: %d MiB%n", rssKb(pid) / 1024);
                }
            }
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static long rssKb(long pid) throws Exception {
        for (String line : Files.readAllLines(new File("/proc/" + pid + "/status").toPath())) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("[^0-9]", ""));
            }
        }
        throw new IllegalStateException("no VmRSS for " + pid);
    }

    private static String quarkusStartedLine(Path log) throws Exception {
        return Files.readAllLines(log).stream().filter(l -> l.contains(" started in ")).findFirst()
                .map(l -> l.replaceAll(".*(started in [0-9.]+s).*", "$1")).orElse("no start line");
    }
}
