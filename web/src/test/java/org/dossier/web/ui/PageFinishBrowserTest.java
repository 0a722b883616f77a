package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.dossier.indexer.DocumentSearch;
import org.dossier.indexer.SearchRequest;
import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The finish of every page, in a real browser at a laptop's and a tablet's width: nothing wider than the window,
 * every input labelled, keyboard focus visible, a way back to Ask from every page, and every asset (script, style,
 * image, font) loaded from Dossier itself.
 */
class PageFinishBrowserTest extends SampleDocsServerTest {

    private static final List<Dimension> WIDTHS = List.of(new Dimension(1280, 800), new Dimension(768, 1024));

    @Autowired
    private DocumentSearch search;
    private WebDriver browser;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageFitsLaptopAndTabletWidthsLabelsItsInputsLinksBackAndLoadsOnlyItsOwnAssets() {
        List<String> problems = new ArrayList<>();
        for (Dimension size : WIDTHS) {
            browser.manage().window().setSize(size);
            for (String page : pages()) {
                browser.get(url(page));
                new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                        By.cssSelector("header nav")));
                String where = page + " at " + size.getWidth() + "px";
                Object overflow = js("return document.documentElement.scrollWidth - window.innerWidth;");
                if (((Number) overflow).longValue() > 0) {
                    problems.add(where + ": " + overflow + "px wider than the window");
                }
                problems.addAll(prefixed(where, js("""
                        return Array.from(document.querySelectorAll('input, select, textarea'))
                          .filter(e => e.type !== 'hidden')
                          .filter(e => !(e.id && document.querySelector('label[for="' + e.id + '"]'))
                                    && !e.closest('label') && !e.getAttribute('aria-label'))
                          .map(e => 'unlabelled ' + e.tagName + (e.name ? ' ' + e.name : ''));""")));
                problems.addAll(prefixed(where, js("""
                        return performance.getEntriesByType('resource').map(r => r.name)
                          .filter(n => new URL(n).origin !== location.origin)
                          .map(n => 'asset from elsewhere: ' + n);""")));
                if (browser.findElements(By.cssSelector("header a[href='/']")).isEmpty()) {
                    problems.add(where + ": no link back to Ask");
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(HeadlessChromium.policyViolations(browser)).isEmpty();
    }

    @Test
    void keyboardFocusIsVisibleOnLinksInputsAndButtons() {
        browser.manage().window().setSize(WIDTHS.getFirst());
        browser.get(url("/search?q=harbour"));
        List<String> unmarked = new ArrayList<>();
        for (int tab = 0; tab < 12; tab++) {
            browser.switchTo().activeElement().sendKeys(Keys.TAB);
            Object outline = js("const e = document.activeElement; const s = getComputedStyle(e);"
                    + " return s.outlineStyle === 'none' || s.outlineWidth === '0px' ? e.tagName + ' ' + e.outerHTML.slice(0, 80) : null;");
            if (outline != null) {
                unmarked.add(outline.toString());
            }
        }
        assertThat(unmarked).as("focused without a visible outline").isEmpty();
    }

    private List<String> pages() {
        long pdf = search.search(new SearchRequest("path:contracts/dredging-contract", List.of(),
                SearchRequest.Order.RELEVANCE, 1, 10)).page().getFirst().document().id();
        long message = search.search(new SearchRequest("from:yilmaz bluewater", List.of(),
                SearchRequest.Order.RELEVANCE, 1, 10)).page().getFirst().document().id();
        return List.of("/", "/?folder=mail/&sender=yilmaz", "/search?q=harbour", "/search?q=" + query("a AND"),
                "/documents/" + pdf, "/documents/" + message, "/status", "/library", "/conversations", "/models");
    }

    @SuppressWarnings("unchecked")
    private static List<String> prefixed(String where, Object found) {
        return ((List<Object>) found).stream().map(item -> where + ": " + item).toList();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }
}
