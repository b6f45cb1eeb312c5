package com.connectboard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import com.microsoft.playwright.Page;

/** The shared browser helper itself: the machine's Chromium starts, renders, reports console errors, saves pages. */
class BrowserTest {

    @RegisterExtension
    static final Browser browser = new Browser();

    @Test
    void drivesTheSystemChromiumAndReportsConsoleErrors() {
        Page page = browser.page();
        page.setContent("<h1>Hello</h1><script>console.error('broken'); document.title = navigator.userAgent;</script>");
        assertEquals("Hello", page.locator("h1").textContent());
        assertTrue(browser.chromium().version().matches("\\d+\\..*"), browser.chromium().version());
        assertEquals(java.util.List.of("broken"), browser.consoleErrors(page));
    }

    @Test
    void eachPageIsAFreshContextAndCanBeSaved() {
        Page first = browser.page();
        first.setContent("<p>first</p>");
        Page second = browser.page();
        assertTrue(first.context() != second.context(), "contexts are not shared");
        Path png = Browser.save(second, "BrowserTest/saved");
        assertTrue(Files.exists(png));
        assertTrue(Files.exists(png.resolveSibling("saved.html")));
    }
}
