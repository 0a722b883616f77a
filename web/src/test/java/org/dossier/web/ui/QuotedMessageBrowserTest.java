package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.dossier.indexer.DocumentSearch;
import org.dossier.indexer.SearchRequest;
import org.dossier.web.ScriptedModelServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A reply in the source viewer, in a real browser: its own words in full, the earlier message it quotes collapsed
 * in a {@code <details>} (no script needed to open it), opened when find-in-document lands in it.
 */
class QuotedMessageBrowserTest extends ScriptedModelServerTest {

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
    void aRepliesQuoteOfTheEarlierMessageIsCollapsedAndOpensToReadOrWhenFindLandsInIt() {
        long id = search.search(new SearchRequest("path:ferry-reply.eml", List.of(), SearchRequest.Order.RELEVANCE,
                1, 10)).page().getFirst().document().id();
        browser.get("http://127.0.0.1:" + port + "/documents/" + id);
        WebElement quote = new WebDriverWait(browser, Duration.ofSeconds(10)).until(
                ExpectedConditions.presenceOfElementLocated(By.cssSelector("#doc-text details.quoted")));

        assertThat(quote.getDomProperty("open")).isEqualTo("false");
        assertThat(quote.findElement(By.tagName("summary")).getText())
                .isEqualTo("Quoted: On Fri, 11 Oct 2024 at 10:05, Lena Hartmann wrote:");
        assertThat(quote.findElement(By.cssSelector(".quote-text")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#doc-text .passage"))).extracting(WebElement::getText)
                .anyMatch(t -> t.contains("no boat sails on Sundays")).anyMatch(t -> t.contains("Regards"))
                .noneMatch(t -> t.contains("Which ferries"));

        quote.findElement(By.tagName("summary")).click();
        assertThat(quote.findElement(By.cssSelector(".quote-text")).getText())
                .contains("> Which ferries leave on Sundays, and from which quay?");
        quote.findElement(By.tagName("summary")).click();

        browser.findElement(By.id("find")).sendKeys("which quay");
        assertThat(browser.findElement(By.id("find-count")).getText()).isEqualTo("1 of 1");
        assertThat(quote.getDomProperty("open")).isEqualTo("true");
        assertThat(HeadlessChromium.policyViolations(browser)).isEmpty();
    }
}
