package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue #15's check of a PDF citation, in a real browser: ask a sample question, click its first citation, and the
 * viewer draws the PDF's cited page with PDF.js (from its WebJar) and marks the cited passage on the page's text
 * layer — read from the text layer, not from pixels; the other pages are a click away; the policy blocks nothing.
 */
class PdfPageBrowserTest extends SampleDocsServerTest {

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
    void theFirstCitationOpensThePdfAtItsCitedPageWithThePassageMarkedOnTheTextLayer() {
        HeadlessChromium.policyViolations(browser);
        browser.get(url("/"));
        browser.findElement(By.id("q")).sendKeys("Who signed the dredging contract?");
        browser.findElement(By.id("ask-button")).click();
        WebElement citation = wait(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#citation-1 a.citation-link")));
        assertThat(citation.getText()).isEqualTo("contracts/dredging-contract-PV-HD-2024-007.pdf, page 3");

        citation.click();
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(By.id("page-view"),
                "data-rendered-page", "3"));

        assertThat(browser.findElement(By.id("page-number")).getText()).matches("Page 3 of \\d+");
        assertThat(js("const c = document.getElementById('pdf-canvas');"
                + " const px = c.getContext('2d').getImageData(0, 0, c.width, c.height).data; let ink = 0;"
                + " for (let i = 0; i < px.length; i += 4) { if (px[i] < 128) ink++; } return ink;"))
                .as("dark pixels drawn on the canvas").isInstanceOf(Long.class)
                .satisfies(ink -> assertThat((Long) ink).isGreaterThan(500));
        String passage = normalized(browser.findElement(By.cssSelector("#doc-text .passage.cited"))
                .getAttribute("textContent"));
        List<String> marked = browser.findElements(By.cssSelector("#pdf-text-layer span.cited")).stream()
                .map(span -> normalized(span.getAttribute("textContent"))).filter(text -> !text.isEmpty()).toList();
        assertThat(marked).isNotEmpty();
        assertThat(marked).allSatisfy(text -> assertThat(passage.replace(" ", "")).contains(text.replace(" ", "")));
        List<String> passageWords = Arrays.stream(passage.split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() > 3)
                .toList();
        String markedText = String.join(" ", marked);
        assertThat(passageWords.stream().filter(markedText::contains).count())
                .as("words of the passage marked on the page").isGreaterThan(passageWords.size() * 3 / 4);
        List<String> console = browser.manage().logs().get(LogType.BROWSER).getAll().stream()
                .map(LogEntry::getMessage).toList();
        assertThat(console).as("nothing refused by the policy, PDF.js in its own worker, nothing failed")
                .noneMatch(message -> message.contains("Content Security Policy") || message.contains("Refused to")
                        || message.contains("fake worker") || message.contains("Error"));
    }

    @Test
    void thePreviousAndNextButtonsTurnThePagesAndOnlyTheCitedPageIsMarked() {
        browser.get(url("/"));
        browser.findElement(By.id("q")).sendKeys("Who signed the dredging contract?");
        browser.findElement(By.id("ask-button")).click();
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#citation-1 a.citation-link"))).click();
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(By.id("page-view"),
                "data-rendered-page", "3"));

        browser.findElement(By.id("page-prev")).click();
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(By.id("page-view"),
                "data-rendered-page", "2"));
        assertThat(browser.findElement(By.id("page-number")).getText()).startsWith("Page 2 of ");
        assertThat(browser.findElements(By.cssSelector("#pdf-text-layer span"))).isNotEmpty();
        assertThat(browser.findElements(By.cssSelector("#pdf-text-layer span.cited"))).isEmpty();

        browser.findElement(By.id("page-next")).click();
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.attributeToBe(By.id("page-view"),
                "data-rendered-page", "3"));
        assertThat(browser.findElements(By.cssSelector("#pdf-text-layer span.cited"))).isNotEmpty();
        assertThat(HeadlessChromium.policyViolations(browser)).isEmpty();
    }

    private Object js(String script) {
        return ((JavascriptExecutor) browser).executeScript(script);
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }
}
