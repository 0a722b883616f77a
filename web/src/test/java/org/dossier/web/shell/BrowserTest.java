package org.dossier.web.shell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.GraphicsEnvironment;
import java.net.URI;
import java.util.concurrent.atomic.AtomicInteger;

import org.dossier.engine.LoopbackPolicy;
import org.junit.jupiter.api.Test;

/** {@code open <n>} opens a browser only on a desktop, and only for Dossier's own loopback viewer. */
class BrowserTest {

    private static final URI VIEWER = URI.create("http://127.0.0.1:8080/documents/3#passage-2322-3275");

    @Test
    void withoutADesktopNothingIsOpenedAndTheAddressIsOnlyPrinted() {
        // the build runs tests headless (java.awt.headless): no browser ever opens from a test
        assertThat(GraphicsEnvironment.isHeadless()).isTrue();

        assertThat(new Browser().open(VIEWER)).isFalse();
    }

    @Test
    void theDesktopIsAskedOnlyForALoopbackAddress() {
        AtomicInteger asked = new AtomicInteger();
        Browser browser = new Browser(() -> {
            asked.incrementAndGet();
            return false;
        });

        assertThatThrownBy(() -> browser.open(URI.create("http://example.com/documents/3")))
                .isInstanceOf(LoopbackPolicy.NonLoopbackAddressException.class);
        assertThat(asked).hasValue(0);
        assertThat(browser.open(VIEWER)).isFalse();
        assertThat(asked).hasValue(1);
    }
}
