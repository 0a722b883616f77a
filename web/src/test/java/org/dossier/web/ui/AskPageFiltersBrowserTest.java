package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;

import org.dossier.assistant.ConversationStore;
import org.dossier.web.SampleDocsServerTest;
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
 * The Ask page's filters and its conversation list, in a real browser over the sample documents: a question asked
 * within a folder or from a sender is answered only from there, and the conversations beside the answer open,
 * continue, export and delete.
 */
class AskPageFiltersBrowserTest extends SampleDocsServerTest {

    private static final String QUESTION = "Who signed the dredging contract?";

    @Autowired
    private ConversationStore conversations;

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
    void aQuestionAskedWithinAFolderCitesOnlyThatFolder() {
        browser.get(url("/"));
        browser.findElement(By.cssSelector(".ask-filters summary")).click();
        browser.findElement(By.id("folder")).sendKeys("press/");

        List<String> labels = askAndReadCitations(QUESTION);

        assertThat(labels).isNotEmpty().allMatch(label -> label.startsWith("press/"));
        assertThat(browser.findElement(By.cssSelector("#answer .within")).getText())
                .isEqualTo("Answered only from: folder press/");
        assertThat(HeadlessChromium.policyViolations(browser)).isEmpty();
    }

    @Test
    void aQuestionAskedWithinASenderCitesOnlyTheirMessages() {
        browser.get(url("/"));
        browser.findElement(By.cssSelector(".ask-filters summary")).click();
        browser.findElement(By.id("sender")).sendKeys("Yılmaz");

        List<String> labels = askAndReadCitations("What did the consultancy invoices describe?");

        assertThat(labels).isNotEmpty().allSatisfy(label -> assertThat(label)
                .startsWith("mail/harbour-finance.mbox — message").contains("from Ayşe Yılmaz"));
    }

    @Test
    void theFiltersOfAnAddressAreShownOpenAndFilledIn() {
        browser.get(url("/?folder=mail/&sender=brenner"));

        assertThat(browser.findElement(By.cssSelector(".ask-filters")).getDomProperty("open")).isEqualTo("true");
        assertThat(browser.findElement(By.id("folder")).getDomProperty("value")).isEqualTo("mail/");
        assertThat(browser.findElement(By.id("sender")).getDomProperty("value")).isEqualTo("brenner");
    }

    @Test
    void aNewConversationAppearsBesideTheAnswerAndCanBeOpenedExportedAndDeleted() {
        browser.get(url("/"));
        askAndReadCitations(QUESTION);
        String id = browser.findElement(By.id("conversation")).getDomProperty("value");

        // the list reloads itself with the new conversation marked as the current one
        WebElement current = new WebDriverWait(browser, Duration.ofSeconds(15)).until(
                ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#side-conversation-" + id + ".current")));
        assertThat(current.findElement(By.cssSelector("a.open")).getText()).isEqualTo(QUESTION);
        assertThat(current.findElement(By.cssSelector("a.open")).getDomAttribute("aria-current")).isEqualTo("true");
        String export = current.findElement(By.cssSelector("a.export")).getDomAttribute("href");
        assertThat(get(export).body()).contains(QUESTION);

        // open it from a fresh page, and continue it
        browser.get(url("/"));
        browser.findElement(By.cssSelector("#side-conversation-" + id + " a.open")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("conversation=" + id));
        assertThat(browser.findElements(By.cssSelector("#answer .turn .question"))).extracting(WebElement::getText)
                .containsExactly(QUESTION);
        askAndReadCitations("When was it signed?");
        assertThat(browser.findElement(By.id("conversation")).getDomProperty("value")).isEqualTo(id);
        assertThat(conversations.get(Long.parseLong(id)).turns()).hasSize(2);

        // delete it from the list: back on a fresh Ask page, and gone
        browser.findElement(By.cssSelector("#side-conversation-" + id + " button.delete")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlToBe(url("/")));
        assertThat(browser.findElements(By.id("side-conversation-" + id))).isEmpty();
        assertThat(conversations.find(Long.parseLong(id))).isEmpty();
    }

    /** Types the question, presses Ask, waits for the streamed answer, and reads its citations' labels. */
    private List<String> askAndReadCitations(String question) {
        WebElement box = browser.findElement(By.id("q"));
        box.clear();
        box.sendKeys(question);
        browser.findElement(By.id("ask-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.cssSelector("#answer .question.current"), question));
        return browser.findElements(By.cssSelector("#answer .citation .label")).stream().map(WebElement::getText)
                .toList();
    }
}
