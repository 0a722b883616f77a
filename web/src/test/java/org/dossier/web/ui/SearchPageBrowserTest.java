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
 * The search page in a real browser: a phrase, a sender and a facet narrow the results to what the sample
 * documents hold; the facet shows as a chip that takes it off again; the CSV export has a row for every document
 * the page counts; a malformed query is explained in one line; nothing is blocked by the policy.
 */
class SearchPageBrowserTest extends SampleDocsServerTest {

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
    void aPhraseFindsTheOneMessageThatSaysItWordForWord() {
        searchFor("\"port logistics advisory\"");

        assertThat(hits()).isEqualTo(1);
        assertThat(titles()).containsExactly("Bluewater Holdings consultancy payments");
        assertThat(browser.findElements(By.cssSelector(".result-passages mark"))).extracting(WebElement::getText)
                .contains("port", "logistics", "advisory");
    }

    @Test
    void fromFindsTheFiveMessagesOfOneSender() {
        searchFor("from:yilmaz");

        assertThat(hits()).isEqualTo(5);
        assertThat(browser.findElements(By.cssSelector(".result-place"))).hasSize(5)
                .allSatisfy(place -> assertThat(place.getText()).contains("from Ayşe Yılmaz"));
    }

    @Test
    void aFacetNarrowsToItsCountAndItsChipTakesItOffAgain() {
        HeadlessChromium.policyViolations(browser);
        searchFor("bluewater");
        int all = hits();
        WebElement messages = browser.findElements(By.cssSelector("section[data-facet=type] li")).stream()
                .filter(item -> item.findElement(By.cssSelector("a")).getText().equals("message/rfc822"))
                .findFirst().orElseThrow();
        int counted = Integer.parseInt(messages.findElement(By.cssSelector(".count")).getText());

        messages.findElement(By.cssSelector("a")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".chip")));

        assertThat(counted).isPositive().isLessThan(all);
        assertThat(hits()).isEqualTo(counted);
        assertThat(browser.findElements(By.cssSelector(".result-path"))).extracting(WebElement::getText)
                .allMatch(path -> path.startsWith("mail/"));
        assertThat(browser.findElement(By.cssSelector(".chip")).getText()).contains("Type: message/rfc822");

        browser.findElement(By.cssSelector(".chip")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.numberOfElementsToBe(By.cssSelector(".chip"), 0));
        assertThat(hits()).isEqualTo(all);
        assertThat(HeadlessChromium.policyViolations(browser)).isEmpty();
    }

    @Test
    void theCsvExportHasARowForEveryDocumentThePageCounts() {
        searchFor("harbour OR bluewater");
        int hits = hits();
        String csvAddress = browser.findElement(By.id("csv-link")).getDomAttribute("href");

        List<String> rows = client().get(csvAddress).body().lines().skip(1).toList();

        assertThat(hits).isGreaterThan(20);
        assertThat(rows).hasSize(hits);
    }

    @Test
    void aMalformedQueryIsExplainedInOneLine() {
        searchFor("invoice AND");

        WebElement problem = browser.findElement(By.id("query-problem"));
        assertThat(problem.isDisplayed()).isTrue();
        assertThat(problem.getText()).startsWith("The query ends too early").doesNotContain("\n");
        assertThat(browser.findElements(By.id("hit-count"))).isEmpty();
    }

    @Test
    void aResultOpensTheViewerAtItsPassage() {
        searchFor("\"port logistics advisory\"");

        browser.findElement(By.cssSelector(".result-passages a.place")).click();
        WebElement cited = wait(Duration.ofSeconds(10)).until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#doc-text .passage.cited")));

        assertThat(cited.getText()).contains("port logistics advisory");
    }

    @Test
    void keysFocusTheQueryMoveThroughTheResultsAndOpenOne() {
        searchFor("bluewater");
        List<WebElement> results = browser.findElements(By.cssSelector("#results .result-title"));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.activeElement.blur();");

        new org.openqa.selenium.interactions.Actions(browser).sendKeys("j").sendKeys("j").perform();
        assertThat(browser.switchTo().activeElement()).isEqualTo(results.get(1));
        new org.openqa.selenium.interactions.Actions(browser).sendKeys("k").perform();
        assertThat(browser.switchTo().activeElement()).isEqualTo(results.get(0));
        String opened = results.get(0).getDomAttribute("href");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys(org.openqa.selenium.Keys.ENTER).perform();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("doc-text")));
        assertThat(browser.getCurrentUrl()).endsWith(opened);

        browser.navigate().back();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.presenceOfElementLocated(By.id("sq")));
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("document.activeElement.blur();");
        new org.openqa.selenium.interactions.Actions(browser).sendKeys("/").perform();
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("sq");
    }

    private void searchFor(String query) {
        browser.get(url("/search"));
        browser.findElement(By.id("sq")).sendKeys(query);
        browser.findElement(By.id("search-button")).click();
        wait(Duration.ofSeconds(10)).until(ExpectedConditions.or(
                ExpectedConditions.presenceOfElementLocated(By.id("hit-count")),
                ExpectedConditions.presenceOfElementLocated(By.id("query-problem"))));
    }

    private int hits() {
        return Integer.parseInt(browser.findElement(By.id("hit-count")).getText());
    }

    private List<String> titles() {
        return browser.findElements(By.cssSelector(".result-title")).stream().map(WebElement::getText).toList();
    }

    private WebDriverWait wait(Duration timeout) {
        return new WebDriverWait(browser, timeout);
    }
}
