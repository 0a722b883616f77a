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
 * When the server starts, says where it listens; then the folders named on the command line are added as sources
 * and every source is brought up to date, in the background: the UI and shell are usable at once and answer from
 * what is already indexed.
 */
record StartupIndexing(LaunchPlan plan, IndexingService indexing, String logFile)
        implements ApplicationListener<ApplicationStartedEvent> {

    private static final Logger log = LoggerFactory.getLogger(StartupIndexing.class);

    @Override
    public void onApplicationEvent(ApplicationStartedEvent event) {
        if (event.getApplicationContext() instanceof WebServerApplicationContext web) {
            int port = web.getWebServer().getPort();
            if (plan.mode() == LaunchPlan.Mode.INTERACTIVE) {
                // the shell's terminal shows warnings only: this line is for the user, so it is printed, not logged
                System.out.printf("Dossier is ready at http://127.0.0.1:%d/ — or type here: ask <question>, help, "
                        + "exit (log: %s)%n", port, logFile);
            }
            log.info("Dossier is ready at http://127.0.0.1:{}/", port);
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
        if (report.failed() > 0) {
            log.warn("{} {} failed to index in {} — see: status --failed", report.failed(),
                    report.failed() == 1 ? "file" : "files", what);
        }
        log.info("Indexed {}: {} files, {} new or changed, {} unchanged, {} skipped, {} failed, {} removed",
                what, report.files(), report.indexed(), report.unchanged(), report.skipped(), report.failed(),
                report.removed());
    }
}
