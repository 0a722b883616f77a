package org.dossier.web.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.dossier.indexer.IndexingService;
import org.dossier.indexer.TestFiles;
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
 * One document, many places, in a real browser: the same bytes as a file and as an e-mail's attachment are one
 * search result and one citation, each naming both places, and the viewer lists the other place beside its own.
 * The two files are indexed into the sample documents' application as a folder of their own, removed again after.
 */
class AlsoAtBrowserTest extends SampleDocsServerTest {

    private static final String MEMO = "Memo on the pilotage tender. The harbour master agreed the quayside "
            + "surcharge of 38,500 euros with the towage firm before the tender was published.";
    private static final String FILE_PLACE = "memos/pilotage.txt";
    private static final String MAIL_PLACE = "mail/forwarded.eml";

    @Autowired
    private IndexingService indexing;
    private Path folder;
    private WebDriver browser;

    @BeforeAll
    void indexTheTwoPlacesAndStartTheBrowser() throws Exception {
        folder = Files.createTempDirectory("dossier-also-at-");
        Files.createDirectories(folder.resolve("memos"));
        Files.writeString(folder.resolve(FILE_PLACE), MEMO, StandardCharsets.UTF_8);
        TestFiles.emailWithAttachment(folder.resolve(MAIL_PLACE), "pilotage.txt", MEMO);
        indexing.index(folder);
        browser = HeadlessChromium.start();
    }

    @AfterAll
    void removeThemAndStopTheBrowser() throws Exception {
        if (browser != null) {
            browser.quit();
        }
        indexing.removeSource(folder);
        try (var files = Files.walk(folder)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    @Test
    void theSearchPageShowsOneResultWithBothPlaces() {
        HeadlessChromium.policyViolations(browser);
        browser.get(url("/search"));
        browser.findElement(By.id("sq")).sendKeys("\"quayside surcharge\"");
        browser.findElement(By.id("search-button")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("hit-count")));

        List<WebElement> results = browser.findElements(By.cssSelector("#results .result"));
        assertThat(results).as("indexed once, listed once").hasSize(1);
        String place = results.getFirst().findElement(By.cssSelector(".result-place")).getText();
        assertThat(place).contains("also at").contains(FILE_PLACE).contains(MAIL_PLACE);
        assertThat(HeadlessChromium.policyViolations(browser)).isEmpty();
    }

    @Test
    void theAskPagesCitationNamesBothPlacesAndTheViewerListsTheOther() {
        browser.get(url("/"));
        browser.findElement(By.id("q")).sendKeys("What quayside surcharge did the harbour master agree for pilotage?");
        browser.findElement(By.id("ask-button")).click();
        wait(Duration.ofSeconds(20)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#citation-1 a.citation-link")));

        List<WebElement> memo = browser.findElements(By.cssSelector("#answer .citation")).stream()
                .filter(citation -> citation.getText().contains("quayside")).toList();
        assertThat(memo).as("cited once").hasSize(1);
        WebElement link = memo.getFirst().findElement(By.cssSelector("a.citation-link"));
        String here = link.getText();
        String elsewhere = memo.getFirst().findElement(By.cssSelector(".also-at")).getText();
        assertThat(List.of(here, elsewhere)).anySatisfy(text -> assertThat(text).contains(FILE_PLACE))
                .anySatisfy(text -> assertThat(text).contains(MAIL_PLACE).contains("attachment pilotage.txt"));
        assertThat(elsewhere).startsWith("also at");

        link.click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(By.id("other-places")));

        String own = browser.findElement(By.cssSelector("main.viewer > p.hint")).getText();
        List<String> others = browser.findElements(By.cssSelector("#other-places a.place-link")).stream()
                .map(WebElement::getText).toList();
        assertThat(others).hasSize(1);
        assertThat(List.of(own, others.getFirst())).anySatisfy(text -> assertThat(text).contains(FILE_PLACE))
                .anySatisfy(text -> assertThat(text).contains(MAIL_PLACE));
        assertThat(HeadlessChromium.policyViolations(browser)).isEmpty();
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }
}
