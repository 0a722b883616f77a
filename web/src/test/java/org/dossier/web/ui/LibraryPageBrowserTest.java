package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Library page in a real browser, under Dossier's security rules: its forms carry their CSRF token from
 * Dossier's own origin and are accepted, the live progress bar (a script file, an event stream) works under the
 * Content-Security-Policy, and nothing on the Ask, Library or Conversations pages is blocked by that policy.
 */
class LibraryPageBrowserTest extends SampleDocsServerTest {

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
    void aFolderAddedOnThePageIsIndexedWithLiveProgressAndCanBeRemoved(@TempDir Path folder) throws Exception {
        Files.writeString(folder.resolve("note.txt"), "A quillwort memo about the harbour.");
        String source = folder.toRealPath().toString();
        browser.get(url("/library"));

        browser.findElement(By.id("folder")).sendKeys(source);
        browser.findElement(By.cssSelector("#add-source button")).click();

        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                "Added " + source));
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.textToBePresentInElementLocated(
                By.id("progress-text"), "Up to date"));
        browser.navigate().refresh();
        assertThat(browser.findElements(By.cssSelector(".source-path"))).extracting(e -> e.getText())
                .contains(source);

        browser.findElements(By.cssSelector(".sources li")).stream()
                .filter(item -> item.getText().contains(source)).findFirst().orElseThrow()
                .findElement(By.cssSelector("button")).click();

        wait(Duration.ofSeconds(10)).until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".flash"),
                "Removed " + source));
        assertThat(browser.findElements(By.cssSelector(".source-path"))).extracting(e -> e.getText())
                .doesNotContain(source);
    }

    @Test
    void noPageHasAnythingThePolicyBlocks() {
        HeadlessChromium.policyViolations(browser); // what earlier tests left in the console
        for (String page : new String[] {"/", "/library", "/conversations", "/?q=harbour"}) {
            browser.get(url(page));
            wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.tagName("main")));
        }
        browser.get(url("/"));
        browser.findElement(By.id("q")).sendKeys("Who signed the dredging contract?");
        browser.findElement(By.id("ask-button")).click();
        wait(Duration.ofSeconds(15)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#citation-1 .label")));

        assertThat(HeadlessChromium.policyViolations(browser)).isEmpty();
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }
}
