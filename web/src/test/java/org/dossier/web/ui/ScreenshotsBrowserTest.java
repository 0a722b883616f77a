package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The README's screenshots, taken in the same headless Chromium over the sample documents: Ask, the viewer on a
 * PDF's cited page and on a message, Search with facets, Status. Runs only when asked for, with the folder to write
 * to: {@code -Ddossier.screenshots=../docs/screenshots}.
 */
@EnabledIfSystemProperty(named = "dossier.screenshots", matches = ".+")
class ScreenshotsBrowserTest extends SampleDocsServerTest {

    private WebDriver browser;
    private Path folder;

    @BeforeAll
    void startBrowser() throws Exception {
        browser = HeadlessChromium.start();
        folder = Files.createDirectories(Path.of(System.getProperty("dossier.screenshots")));
    }

    @AfterAll
    void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void takeTheReadmeScreenshots() throws Exception {
        browser.get(url("/"));
        browser.findElement(By.id("q")).sendKeys("Who signed the dredging contract?");
        browser.findElement(By.id("ask-button")).click();
        WebElement citation = wait(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#citation-1 a.citation-link")));
        save("ask.png");

        citation.click();
        wait(Duration.ofSeconds(30)).until(ExpectedConditions.attributeToBe(By.id("page-view"),
                "data-rendered-page", "3"));
        save("viewer-pdf-page.png");

        browser.get(url("/search?q=" + query("from:yilmaz bluewater")));
        browser.findElement(By.cssSelector(".result-passages a.place")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("mail-headers")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0);");
        save("viewer-message.png");

        browser.get(url("/search?q=bluewater&f=" + query("type:message/rfc822")));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("hit-count")));
        save("search.png");

        browser.get(url("/status"));
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("privacy")));
        save("status.png");

        assertThat(HeadlessChromium.policyViolations(browser)).isEmpty();
    }

    private void save(String name) throws Exception {
        byte[] png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(folder.resolve(name), png);
        assertThat(png.length).as(name).isGreaterThan(10_000);
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }
}
