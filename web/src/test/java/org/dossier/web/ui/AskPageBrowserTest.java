package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Ask page in a real browser (Debian's Chromium, headless), as a user meets it: type a question, press Ask,
 * read the citations swapped in when the streamed answer is done (no chat model here: the answer comes whole).
 * Skipped when Chromium is not installed, unless DOSSIER_REQUIRE_BROWSER is set (CI sets it).
 */
class AskPageBrowserTest extends SampleDocsServerTest {

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
    void askingOnThePageShowsCitationsWithTheRightFileAndPage() {
        WebElement first = askAndWaitForTheFirstCitation("Who signed the dredging contract?");

        assertThat(first.getText()).isEqualTo("contracts/dredging-contract-PV-HD-2024-007.pdf, page 3");
        assertThat(browser.findElement(By.cssSelector("#answer .mode")).getText())
                .startsWith("Retrieved passages");
        List<WebElement> marks = browser.findElements(By.cssSelector("#citation-1 mark"));
        assertThat(marks).extracting(WebElement::getText).contains("signed");
        assertThat(browser.getCurrentUrl()).matches(".*/\\?conversation=\\d+");
    }

    @Test
    void aMailCitationNamesTheMessageAndItsNonAsciiSender() {
        WebElement first = askAndWaitForTheFirstCitation(
                "What service did Bluewater Holdings describe in its consultancy invoices?");

        assertThat(first.getText()).startsWith(
                "mail/harbour-finance.mbox — message “Bluewater Holdings consultancy payments” from Ayşe Yılmaz");
    }

    @Test
    void aFollowUpAskedOnThePageContinuesTheConversation() {
        askAndWaitForTheFirstCitation("Who signed the dredging contract?");
        String conversation = browser.findElement(By.id("conversation")).getDomProperty("value");

        WebElement question = browser.findElement(By.id("q"));
        question.clear();
        question.sendKeys("When was it?");
        browser.findElement(By.id("ask-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#answer .question.current"), "When was it?"));

        assertThat(conversation).isNotBlank();
        assertThat(browser.findElement(By.id("conversation")).getDomProperty("value")).isEqualTo(conversation);
        assertThat(browser.findElements(By.cssSelector("#answer .turn .question"))).extracting(WebElement::getText)
                .containsExactly("Who signed the dredging contract?");
        assertThat(browser.findElement(By.cssSelector("#answer .searched")).getText())
                .startsWith("Searched as: When was it? (");
        assertThat(browser.findElement(By.cssSelector("#citation-1 .label")).getText())
                .isEqualTo("contracts/dredging-contract-PV-HD-2024-007.pdf, page 3");
        assertThat(browser.getCurrentUrl()).contains("conversation=" + conversation);

        browser.findElement(By.id("new-conversation")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(url("/")));
        assertThat(browser.findElement(By.id("conversation")).getDomProperty("value")).isEmpty();
    }

    /** Types the question on a fresh Ask page, presses Ask, and waits for the answer to be swapped in. */
    private WebElement askAndWaitForTheFirstCitation(String question) {
        browser.get(url("/"));
        browser.findElement(By.id("q")).sendKeys(question);
        browser.findElement(By.id("ask-button")).click();
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#citation-1 .label")));
    }
}
