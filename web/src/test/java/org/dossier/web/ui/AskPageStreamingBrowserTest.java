package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.dossier.web.ScriptedModelServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Ask page in a real browser with a model that writes word by word: the answer appears as it is written, then
 * the checked answer takes its place. Skipped like {@link AskPageBrowserTest} when Chromium is not installed.
 */
class AskPageStreamingBrowserTest extends ScriptedModelServerTest {

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
    void theAnswerAppearsAsTheModelWritesItThenTheCheckedAnswerTakesItsPlace() {
        model.holdAfter(3);
        browser.get(url("/"));
        browser.findElement(By.id("q")).sendKeys(QUESTION);
        browser.findElement(By.id("ask-button")).click();

        awaitStreamedText("Harbour Master Tomas");
        assertThat(browser.findElements(By.id("citation-1"))).as("no checked answer while the model writes").isEmpty();
        assertThat(browser.findElement(By.cssSelector("#streaming .streaming-source")).getText())
                .isEqualTo("[1] contract.txt");
        model.release();
        wait(Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#citation-1 .label")));

        assertThat(browser.findElement(By.cssSelector("#answer .generated")).getText()).isEqualTo(CHECKED);
        assertThat(browser.findElement(By.cssSelector("#answer .notice")).getText())
                .isEqualTo("Removed citations that matched no passage: [9]");
        assertThat(browser.findElements(By.id("streamed-text"))).isEmpty();
        assertThat(browser.findElement(By.id("conversation")).getDomProperty("value")).isNotBlank();
        assertThat(browser.getCurrentUrl()).matches(".*/\\?conversation=\\d+");
    }

    @Test
    void leavingThePageWhileTheModelWritesStopsTheModel() throws Exception {
        model.reply("Harbour Master Tomas Brenner signed it [1]. " + "And more words follow here. ".repeat(100));
        model.holdAfter(2);
        browser.get(url("/"));
        browser.findElement(By.id("q")).sendKeys(QUESTION);
        browser.findElement(By.id("ask-button")).click();
        awaitStreamedText("Harbour Master");

        browser.get(url("/library"));
        model.release();

        assertThat(model.lastGeneration().awaitCancelled(Duration.ofSeconds(10))).as("the model was stopped").isTrue();
        assertThat(model.lastGeneration().sent()).isLessThan(model.lastGeneration().words());
    }

    /** Waits until the text being written reads so far (the last word's trailing blank aside). */
    private void awaitStreamedText(String text) {
        wait(Duration.ofSeconds(15)).until(page -> page.findElement(By.id("streamed-text")).getText().strip().equals(text));
    }

    private WebDriverWait wait(Duration timeout) {
        WebDriverWait wait = new WebDriverWait(browser, timeout);
        wait.pollingEvery(Duration.ofMillis(20));
        return wait;
    }
}
