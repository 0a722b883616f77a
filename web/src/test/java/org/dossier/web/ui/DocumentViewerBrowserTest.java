package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.dossier.indexer.DocumentSearch;
import org.dossier.indexer.SearchRequest;
import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The source viewer in a real browser, reached as a journalist reaches it: from a citation of an answer. It shows
 * the cited passage marked and in view on its page, a message's headers, thread and attachments (which open as
 * documents of their own), and finds words in the text, stepping through them; nothing is blocked by the policy.
 */
class DocumentViewerBrowserTest extends SampleDocsServerTest {

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
    void theFirstCitationOpensTheViewerWithThePassageMarkedOnItsPage() {
        HeadlessChromium.policyViolations(browser);
        ask("Who signed the dredging contract?");
        WebElement citation = browser.findElement(By.cssSelector("#citation-1 a.citation-link"));
        assertThat(citation.getText()).isEqualTo("contracts/dredging-contract-PV-HD-2024-007.pdf, page 3");
        String snippet = browser.findElement(By.cssSelector("#citation-1 .snippet")).getText()
                .replace("…", "").strip();

        citation.click();
        WebElement cited = wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#doc-text .passage.cited")));

        assertThat(browser.findElement(By.id("meta-path")).getText())
                .isEqualTo("contracts/dredging-contract-PV-HD-2024-007.pdf");
        assertThat(browser.findElements(By.cssSelector("#doc-text .passage.cited"))).hasSize(1);
        assertThat(normalized(cited.getText())).contains(normalized(snippet.substring(0, Math.min(40,
                snippet.length()))));
        assertThat(js("""
                let at = arguments[0].previousElementSibling;
                while (at && !at.classList.contains('boundary')) { at = at.previousElementSibling; }
                return at ? at.textContent : null;""", cited)).isEqualTo("Page 3");
        assertThat(js("const r = arguments[0].getBoundingClientRect();"
                + " return r.top < window.innerHeight && r.bottom > 0;", cited)).isEqualTo(true);
        assertThat(js("return window.scrollY > 0;", cited)).as("scrolled to the passage").isEqualTo(true);
        assertThat(browser.findElements(By.cssSelector("#jumps a"))).extracting(WebElement::getText)
                .contains("Page 1", "Page 3");
        assertThat(HeadlessChromium.policyViolations(browser)).isEmpty();
    }

    @Test
    void aMessageCitationShowsItsHeadersThreadAndAnAttachmentThatOpensAsItsOwnDocument() {
        ask("attached is the list of the three payments to Bluewater Holdings exported from the payment system");
        WebElement citation = browser.findElements(By.cssSelector("#answer .citation a.citation-link")).stream()
                .filter(link -> link.getText().contains("“Re: Bluewater Holdings consultancy payments”")
                        && link.getText().contains("2024-08-30") && !link.getText().contains("attachment"))
                .findFirst().orElseThrow(() -> new AssertionError("no citation of the 30 August message"));

        citation.click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("mail-headers")));

        assertThat(text("#mail-headers .from")).contains("Ayşe Yılmaz").contains("ayse.yilmaz@portveldin.example");
        assertThat(text("#mail-headers .to")).contains("Mirela Çelik");
        assertThat(text("#mail-headers .subject")).isEqualTo("Re: Bluewater Holdings consultancy payments");
        assertThat(text("#mail-headers .message-id")).isEqualTo("<bluewater-list@portveldin.example>");
        assertThat(text("#mail-headers .date")).startsWith("2024-08-30T10:10");
        assertThat(browser.findElements(By.cssSelector("#thread li"))).hasSize(3);
        assertThat(text("#thread li.current")).contains("(this message)");
        assertThat(browser.findElements(By.cssSelector("#doc-text .passage.cited"))).isNotEmpty();

        WebElement attachment = browser.findElement(By.cssSelector("#attachments a.child-link"));
        assertThat(attachment.getText()).isEqualTo("bluewater-payments.csv");
        attachment.click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("doc-text"), "PV-PAY-2024-0412"));

        assertThat(text("#parent-link")).isEqualTo("Re: Bluewater Holdings consultancy payments");
        assertThat(browser.findElements(By.id("mail-headers"))).isEmpty();
        assertThat(HeadlessChromium.policyViolations(browser)).isEmpty();
    }

    @Test
    void findInTheDocumentCountsItsMatchesAndStepsThroughThem() {
        long id = search.search(new SearchRequest("path:contracts/dredging-contract", List.of(),
                SearchRequest.Order.RELEVANCE, 1, 10)).page().getFirst().document().id();
        browser.get(url("/documents/" + id));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("find")));
        long expected = (Long) js("return (document.getElementById('doc-text').textContent.toLowerCase()"
                + ".match(/contractor/g) || []).length;", null);
        assertThat(expected).isGreaterThan(2);

        browser.findElement(By.id("find")).sendKeys("Contractor");
        assertThat(text("#find-count")).isEqualTo("1 of " + expected);
        assertThat(browser.findElements(By.cssSelector("#doc-text mark.find-hit"))).hasSize((int) expected);
        browser.findElement(By.id("find-next")).click();
        assertThat(text("#find-count")).isEqualTo("2 of " + expected);
        WebElement second = browser.findElement(By.cssSelector("#doc-text mark.find-hit.current"));
        browser.findElement(By.id("find-prev")).click();
        browser.findElement(By.id("find-prev")).click();

        assertThat(text("#find-count")).isEqualTo(expected + " of " + expected);
        assertThat(second.getDomAttribute("class")).doesNotContain("current");
        assertThat(browser.findElements(By.cssSelector("#doc-text mark.find-hit.current"))).singleElement()
                .satisfies(mark -> assertThat(mark.getText()).isEqualToIgnoringCase("contractor"));
        browser.findElement(By.id("find")).clear();
        browser.findElement(By.id("find")).sendKeys("zzqqxx");
        assertThat(text("#find-count")).isEqualTo("no match");
        assertThat(HeadlessChromium.policyViolations(browser)).isEmpty();
    }

    private void ask(String question) {
        browser.get(url("/"));
        browser.findElement(By.id("q")).sendKeys(question);
        browser.findElement(By.id("ask-button")).click();
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#citation-1 a.citation-link")));
    }

    private String text(String css) {
        return browser.findElement(By.cssSelector(css)).getText();
    }

    private Object js(String script, Object argument) {
        return ((JavascriptExecutor) browser).executeScript(script, argument);
    }

    private static String normalized(String text) {
        return text.replaceAll("\\s+", " ").strip();
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }
}
