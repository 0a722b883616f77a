package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dossier.web.SampleDocsServerTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The Ask page in a real browser (Debian's Chromium, headless), as a user meets it: type a question, press Ask,
 * read the citations that htmx swaps in. Skipped when Chromium is not installed, unless DOSSIER_REQUIRE_BROWSER is
 * set (CI sets it).
 */
class AskPageBrowserTest extends SampleDocsServerTest {

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final File CHROMIUM = new File("/usr/bin/chromium");

    private WebDriver browser;
    private Path profile;

    @BeforeAll
    void startBrowser() throws Exception {
        if (System.getenv("DOSSIER_REQUIRE_BROWSER") == null) {
            assumeThat(CHROMEDRIVER.canExecute() && CHROMIUM.canExecute())
                    .as("Chromium and chromedriver are installed").isTrue();
        }
        profile = Files.createTempDirectory("dossier-chromium");
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                // Headless, and nothing of Chromium's own reaches for the network.
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-default-apps",
                        "--user-data-dir=" + profile, "--window-size=1200,900");
        // An explicit driver path: Selenium Manager (which would download drivers) never runs.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
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
        assertThat(browser.getCurrentUrl()).contains("q=Who");
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

    /** Types the question on a fresh Ask page, presses Ask, and waits for htmx to swap in the answer. */
    private WebElement askAndWaitForTheFirstCitation(String question) {
        browser.get(url("/"));
        browser.findElement(By.id("q")).sendKeys(question);
        browser.findElement(By.id("ask-button")).click();
        return new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#citation-1 .label")));
    }
}
