package org.dossier.web.shell;

import java.awt.Desktop;
import java.awt.GraphicsEnvironment;
import java.io.IOException;
import java.net.URI;
import java.util.function.BooleanSupplier;

import org.dossier.engine.LoopbackPolicy;
import org.springframework.stereotype.Component;

/**
 * The desktop's browser, for {@code open <n>}: the viewer's address opened where the user sits, when there is a
 * desktop to open it on (not headless, and the platform can browse); elsewhere — a server over SSH, tests, CI — the
 * address is only printed. Only loopback addresses are opened: the viewer is Dossier's own.
 */
@Component
class Browser {

    private final BooleanSupplier desktop;

    Browser() {
        this(Browser::desktopCanBrowse);
    }

    Browser(BooleanSupplier desktop) {
        this.desktop = desktop;
    }

    /** @return whether the browser was asked to open the address */
    boolean open(URI address) {
        LoopbackPolicy.requireLoopbackUri("the viewer's address", address);
        if (!desktop.getAsBoolean()) {
            return false;
        }
        try {
            Desktop.getDesktop().browse(address);
            return true;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return false; // the address is printed: the user can open it by hand
        }
    }

    private static boolean desktopCanBrowse() {
        return !GraphicsEnvironment.isHeadless() && Desktop.isDesktopSupported()
                && Desktop.getDesktop().isSupported(Desktop.Action.BROWSE);
    }
}
