package org.dossier.web.launch;

import java.nio.file.Path;

import org.dossier.indexer.IndexReport;
import org.dossier.indexer.IndexingService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationListener;

/**
 * When the server starts, says where it listens; then the folders named on the command line are added as sources and every source is brought
 * up to date, in the background: the UI and shell are usable at once and answer from what is already indexed.
 */
final class StartupIndexing implements ApplicationListener<ApplicationStartedEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupIndexing.class);

    private final LaunchPlan plan;
    private final IndexingService indexing;

    StartupIndexing(LaunchPlan plan, IndexingService indexing) {
        this.plan = plan;
        this.indexing = indexing;
    }

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            log.info("Dossier is ready at http://127.0.0.1:{}/{}", web.getWebServer().getPort(),
                    plan.mode() == LaunchPlan.Mode.INTERACTIVE ? " — or type here: ask <question>, help, exit" : "");
        }
        Thread.ofPlatform().daemon().name("startup-indexing").start(this::indexSources);
    }

    private void indexSources() {
        try {
            for (Path folder : plan.folders()) {
                log(indexing.index(folder), folder.toString());
            }
            log(indexing.indexAllSources(), "all sources");
        } catch (RuntimeException e) {
            log.error("Start-up indexing stopped: {}", e.getMessage());
        }
    }

    private static void log(IndexReport report, String what) {
        log.info("Indexed {}: {} files, {} new or changed, {} unchanged, {} skipped, {} failed, {} removed",
                what, report.files(), report.indexed(), report.unchanged(), report.skipped(), report.failed(),
                report.removed());
    }
}
