package com.connectboard.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;

import com.microsoft.playwright.Page;

/**
 * axe-core, the dashboard's own pinned copy ({@code src/main/webui/node_modules/axe-core}, from package-lock.json),
 * injected into a page and run on the whole document: what it reports as a serious or critical violation fails the
 * test, named with its rule, help text and the elements.
 */
final class Axe {

    private static final Path SCRIPT = Paths
            .get(System.getProperty("axe.script", "src/main/webui/node_modules/axe-core/axe.min.js"));
    private static String source;

    private Axe() {
    }

    /** The serious and critical violations on the page as it is now, one line each; empty when there are none. */
    @SuppressWarnings("unchecked")
    static List<String> seriousViolations(Page page) {
        if (!Boolean.TRUE.equals(page.evaluate("() => typeof window.axe === 'object'"))) {
            page.addScriptTag(new Page.AddScriptTagOptions().setContent(source()));
        }
        return (List<String>) page.evaluate("""
                async () => {
                  const result = await axe.run(document, { resultTypes: ['violations'] });
                  return result.violations
                    .filter(v => v.impact === 'serious' || v.impact === 'critical')
                    .map(v => `${v.impact} ${v.id}: ${v.help} at ${v.nodes.map(n => n.target.join(' ')).join(', ')}`);
                }""");
    }

    private static synchronized String source() {
        if (source == null) {
            try {
                source = Files.readString(SCRIPT, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("No axe-core at " + SCRIPT + ": the front-end build installs it "
                        + "(npm install in src/main/webui)", e);
            }
        }
        return source;
    }
}
