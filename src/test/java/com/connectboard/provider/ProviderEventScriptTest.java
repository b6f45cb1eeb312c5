package com.connectboard.provider;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.startsWith;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import com.connectboard.testing.Accounts;
import com.connectboard.testing.Funds;
import com.connectboard.testing.GraphQL;
import com.connectboard.testing.Provider;
import com.connectboard.testing.TestIds;
import com.connectboard.testing.Tokens;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.oidc.server.OidcWiremockTestResource;

/** dev/provider-event.sh, the documented way to play the provider in development, run against this test server. */
@QuarkusTest
@WithTestResource(OidcWiremockTestResource.class)
class ProviderEventScriptTest {

    private static final Path SCRIPT = Path.of("dev/provider-event.sh");

    @TestHTTPResource("/")
    URL base;

    record Run(int exitCode, String output) {
    }

    @Test
    void aSignedTopUpSucceededMakesTheMoneyAvailable() throws Exception {
        String platformId = Accounts.completePlatform("US", "usd");
        String topUpId = Funds.addToBalance(platformId, 4200, "usd", Funds.key()).extract()
                .path("data.addToBalance.topUp.id");

        Run run = run(Provider.SECRET, "top_up.succeeded", "{\"top_up_id\":\"" + topUpId + "\"}");

        assertThat(run.output(), run.exitCode(), is(0));
        assertThat(run.output(), startsWith("200 {\"status\":\"applied\"}"));
        assertThat(Funds.available(platformId, null, "usd"), is(4200L));
    }

    @Test
    void aSupportCaseOpenedAppearsOnTheAccount() throws Exception {
        String platformId = Accounts.completePlatform("US", "usd");
        String accountId = Accounts.create(platformId, Accounts.input("FULL"));
        String data = """
                {"case_id":"%s","account_id":"%s","subject":"Payout missing","body":"Where is it?","opened_at":%d}"""
                .formatted("cs_" + TestIds.providerEvent(), accountId, Instant.now().getEpochSecond());

        Run run = run(Provider.SECRET, "support_case.opened", data);

        assertThat(run.output(), run.exitCode(), is(0));
        GraphQL.as(Tokens.of(platformId, "support_specialist"))
                .ok("""
                        query($id: ID!) { connectedAccount(id: $id) { supportCases { nodes { subject } } } }""",
                        Map.of("id", accountId))
                .body("data.connectedAccount.supportCases.nodes[0].subject", is("Payout missing"));
    }

    @Test
    void aFileIsSentAsItIsAndAReplayChangesNothing() throws Exception {
        String platformId = Accounts.completePlatform("US", "usd");
        String topUpId = Funds.addToBalance(platformId, 700, "usd", Funds.key()).extract()
                .path("data.addToBalance.topUp.id");
        Path file = Files.createTempFile("event", ".json");
        Files.writeString(file, Provider.event(TestIds.providerEvent(), "top_up.succeeded",
                Map.of("top_up_id", topUpId)));

        assertThat(runArgs(Provider.SECRET, "-f", file.toString()).output(), startsWith("200 {\"status\":\"applied\"}"));
        Run replay = runArgs(Provider.SECRET, "-f", file.toString());

        assertThat(replay.output(), startsWith("200 {\"status\":\"already_applied\"}"));
        assertThat(Funds.available(platformId, null, "usd"), is(700L));
        Files.delete(file);
    }

    @Test
    void anotherSecretIsRefusedAndTheScriptFails() throws Exception {
        Run run = run("not-the-secret", "top_up.succeeded", "{\"top_up_id\":\"tu_unknown\"}");

        assertThat(run.output(), run.exitCode(), is(1));
        assertThat(run.output(), startsWith("401 "));
    }

    @Test
    void anUnknownTopUpIsReportedWithTheServersReason() throws Exception {
        Run run = run(Provider.SECRET, "top_up.succeeded", "{\"top_up_id\":\"tu_unknown\"}");

        assertThat(run.output(), run.exitCode(), is(1));
        assertThat(run.output(), startsWith("422 {\"error\":"));
    }

    private Run run(String secret, String type, String data) throws IOException, InterruptedException {
        return runArgs(secret, type, data);
    }

    private Run runArgs(String secret, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("CONNECTBOARD_URL", base.toString().replaceAll("/$", ""));
        builder.environment().put("CONNECTBOARD_PROVIDER_WEBHOOK_SECRET", secret);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("dev/provider-event.sh did not finish");
        }
        return new Run(process.exitValue(), new String(process.getInputStream().readAllBytes(),
                StandardCharsets.UTF_8).trim());
    }
}
