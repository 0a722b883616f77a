package org.dossier.web.launch;

import java.io.IOException;
import java.nio.file.Path;

import org.dossier.engine.DossierProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

/** Writes {@link RunningServer} when the web server is ready, and removes it when Dossier stops. */
final class ServerAnnouncement implements ApplicationListener<ApplicationStartedEvent>, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(ServerAnnouncement.class);

    private final Path dataDir;
    private volatile RunningServer announced;

    ServerAnnouncement(DossierProperties dossier) {
        this.dataDir = dossier.dataDir();
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            RunningServer server = new RunningServer(web.getWebServer().getPort(), ProcessHandle.current().pid());
            try {
                server.announce(dataDir);
                announced = server;
            } catch (IOException e) {
                log.warn("One-shot commands cannot reach this server: could not write {}: {}",
                        dataDir.resolve(RunningServer.FILE), e.getMessage());
            }
        }
    }

    @Override
    public void destroy() throws IOException {
        if (announced != null) {
            announced.withdraw(dataDir);
        }
    }
}
