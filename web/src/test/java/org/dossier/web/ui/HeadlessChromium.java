package org.dossier.web.ui;

import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.logging.Level;

import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's Chromium, headless, driven by its chromedriver. Tests that need it are skipped when it is not installed,
 * unless DOSSIER_REQUIRE_BROWSER is set (CI sets it).
 */
final class HeadlessChromium {

    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
    private static final File CHROMIUM = new File("/usr/bin/chromium");

    private HeadlessChromium() {
    }

    /** What the browser's console said since the last call about content the page's policy refused. */
    static List<String> policyViolations(WebDriver browser) {
        return browser.manage().logs().get(LogType.BROWSER).getAll().stream().map(LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy") || message.contains("Refused to"))
                .toList();
    }

    static WebDriver start() throws IOException {
        if (System.getenv("DOSSIER_REQUIRE_BROWSER") == null) {
            assumeThat(CHROMEDRIVER.canExecute() && CHROMIUM.canExecute())
                    .as("Chromium and chromedriver are installed").isTrue();
        }
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                // Headless, and nothing of Chromium's own reaches for the network.
                .addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                        "--disable-quic", "--no-first-run", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--disable-default-apps",
                        "--user-data-dir=" + Files.createTempDirectory("dossier-chromium"), "--window-size=1200,900");
        // The console, to read what the Content-Security-Policy blocked
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        // An explicit driver path: Selenium Manager (which would download drivers) never runs.
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
