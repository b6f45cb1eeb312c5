package com.connectboard.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;

import io.restassured.RestAssured;

/**
 * A real Chromium for tests, driven by Playwright's Java client: the machine's own browser ({@code /usr/bin/chromium},
 * Debian's {@code chromium} package, which {@code .ci/run} installs), because no test tool can download a browser of
 * its own here. Register it as a JUnit 5 extension:
 *
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = new Browser();
 *
 * &#64;Test
 * void opensThePage() {
 *     Page page = browser.page();
 *     page.navigate("/hosted/links/...");   // relative to the application under test
 * }
 * </pre>
 *
 * One Chromium per test class (started before the first test, closed after the last); every {@link #page()} or
 * {@link #newContext()} is a fresh browser context (no cookies, storage or cache shared with other tests), closed after
 * each test. When a test fails, every page still open is saved as a screenshot and its HTML under
 * {@code target/browser-failures/<test class>/}, and the browser console's errors are printed.
 * <p>
 * Relative URLs resolve against the application under test: the URL Quarkus gives RestAssured in
 * {@code @QuarkusTest} and {@code @QuarkusIntegrationTest} ({@link #appUrl(String)}). The browser binary can be
 * changed with {@code -Dbrowser.chromium=/path/to/chromium}; {@code -Dbrowser.headless=false} shows the window.
 */
public final class Browser
        implements
            BeforeAllCallback,
            AfterAllCallback,
            AfterEachCallback,
            TestExecutionExceptionHandler {

    /** Debian's package installs Chromium here. */
    public static final String DEFAULT_CHROMIUM = "/usr/bin/chromium";

    /**
     * The headless flags the build machines need (closed network, root): no sandbox (root), no GPU, and none of the
     * background connections (QUIC, component updates, sync) that the network would refuse. Playwright adds a fresh
     * user-data directory per launch itself.
     */
    private static final List<String> FLAGS = List.of("--no-sandbox", "--disable-gpu", "--disable-quic",
            "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync");

    private Playwright playwright;
    private com.microsoft.playwright.Browser chromium;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private final Map<Page, List<String>> consoleErrors = Collections.synchronizedMap(new IdentityHashMap<>());

    /** The URL of the application under test for an absolute path, e.g. {@code appUrl("/q/graphql-ui")}. */
    public static String appUrl(String path) {
        String base = RestAssured.baseURI + ":" + RestAssured.port
                + (RestAssured.basePath == null || RestAssured.basePath.equals("/") ? "" : RestAssured.basePath);
        return base + (path.startsWith("/") ? path : "/" + path);
    }

    /** The Chromium the tests drive; started by {@link #beforeAll}, or on first use outside JUnit. */
    public synchronized com.microsoft.playwright.Browser chromium() {
        if (chromium == null) {
            launch();
        }
        return chromium;
    }

    /** A fresh browser context whose relative URLs resolve against the application under test. */
    public BrowserContext newContext() {
        return newContext(new com.microsoft.playwright.Browser.NewContextOptions());
    }

    /**
     * A fresh browser context with the given options; without a base URL of their own, relative URLs resolve against
     * the application under test. Closed after the test.
     */
    public synchronized BrowserContext newContext(com.microsoft.playwright.Browser.NewContextOptions options) {
        if (options.baseURL == null) {
            options.setBaseURL(appUrl("/"));
        }
        BrowserContext context = chromium().newContext(options);
        context.onPage(this::watch);
        contexts.add(context);
        return context;
    }

    /** A new page in a fresh context: what a person opening a link in a new browser sees. */
    public Page page() {
        return newContext().newPage();
    }

    /**
     * What the page's console reported as errors so far, and uncaught script errors: a page that "opens without an
     * error" has none.
     */
    public List<String> consoleErrors(Page page) {
        List<String> errors = consoleErrors.get(page);
        synchronized (consoleErrors) {
            return errors == null ? List.of() : List.copyOf(errors);
        }
    }

    /** Saves a screenshot and the HTML of the page under {@code target/browser-failures/<name>.png|.html}. */
    public static Path save(Page page, String name) {
        Path base = Paths.get("target", "browser-failures").toAbsolutePath();
        Path png = base.resolve(name + ".png");
        try {
            Files.createDirectories(png.getParent());
            page.screenshot(new Page.ScreenshotOptions().setPath(png).setFullPage(true));
            Files.writeString(base.resolve(name + ".html"), page.content(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return png;
    }

    private void watch(Page page) {
        List<String> errors = Collections.synchronizedList(new ArrayList<>());
        consoleErrors.put(page, errors);
        page.onConsoleMessage(message -> {
            if ("error".equals(message.type())) {
                errors.add(message.text());
            }
        });
        page.onPageError(error -> errors.add("uncaught: " + error));
    }

    private synchronized void launch() {
        String executable = System.getProperty("browser.chromium", DEFAULT_CHROMIUM);
        if (!Files.isExecutable(Paths.get(executable))) {
            throw new IllegalStateException("No Chromium at " + executable + ": install Debian's package "
                    + "(apt-get install -y chromium, as .ci/run does) or set -Dbrowser.chromium=<path>");
        }
        // Playwright must not try to download its own browsers: the machine's Chromium is the one used.
        playwright = Playwright
                .create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        chromium = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get(executable))
                .setHeadless(!"false".equals(System.getProperty("browser.headless")))
                .setArgs(FLAGS));
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        chromium();
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        String test = context.getRequiredTestClass().getSimpleName() + "/" + context.getDisplayName()
                .replaceAll("[^A-Za-z0-9._-]+", "_");
        int n = 0;
        for (BrowserContext browserContext : List.copyOf(contexts)) {
            for (Page page : browserContext.pages()) {
                n++;
                try {
                    Path saved = save(page, test + "-" + n);
                    System.err.println("Browser page " + n + " at failure: " + page.url() + " -> " + saved);
                    List<String> errors = consoleErrors(page);
                    if (!errors.isEmpty()) {
                        System.err.println("Browser console errors of page " + n + ": " + errors);
                    }
                } catch (RuntimeException e) {
                    failure.addSuppressed(e);
                }
            }
        }
        throw failure;
    }

    @Override
    public synchronized void afterEach(ExtensionContext context) {
        for (BrowserContext browserContext : contexts) {
            browserContext.close();
        }
        contexts.clear();
        consoleErrors.clear();
    }

    @Override
    public synchronized void afterAll(ExtensionContext context) {
        close();
    }

    /** Closes the browser and Playwright's driver; the extension does it after the test class. */
    public synchronized void close() {
        if (playwright != null) {
            playwright.close();
        }
        playwright = null;
        chromium = null;
    }
}
