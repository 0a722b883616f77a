package org.dossier;

import org.dossier.engine.DossierProperties;
import org.dossier.engine.PrivateFiles;
import org.dossier.web.launch.EmbeddingHeadStart;
import org.dossier.web.launch.LaunchPlan;
import org.dossier.web.launch.ResultOutput;
import org.dossier.web.launch.ServerClient;
import org.dossier.web.launch.StartupFailure;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.security.autoconfigure.UserDetailsServiceAutoConfiguration;
import org.springframework.context.ApplicationListener;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Dossier's one executable. Without a command it serves the web UI on 127.0.0.1 and, on a terminal, opens the
 * shell; with a command ({@code index}, {@code ask}, {@code search}, {@code status}, …) it runs it, prints the
 * result and exits, without starting the web server — or, when a server already runs on the data directory, has
 * that server run it. The jar starts in {@link Dossier}, which sends a command to a running server before this
 * class is touched.
 */
// No users and passwords: the web UI has no login (see WebSecurityConfiguration); without this exclusion Spring Boot
// would make up a user and log its password. The catalog's migrations are run by the indexer's CatalogSchema, which
// leaves Flyway alone when there is nothing to migrate.
@SpringBootApplication(exclude = {UserDetailsServiceAutoConfiguration.class, FlywayAutoConfiguration.class})
public class DossierApplication {

    public static void main(String[] args) {
        // Before anything is written: what this process and its workers create is owner-only (umask 077).
        PrivateFiles.restrictNewFiles();
        LaunchPlan plan;
        try {
            plan = LaunchPlan.from(args, System.console() != null);
        } catch (IllegalArgumentException e) {
            System.err.println("dossier: " + e.getMessage());
            System.exit(2);
            return;
        }
        ResultOutput resultOutput = plan.mode() == LaunchPlan.Mode.ONE_SHOT ? ResultOutput.claimStandardOutput()
                : new ResultOutput(System.out);
        boolean terminal = System.console() != null && System.console().isTerminal();
        SpringApplication application = new SpringApplication(DossierApplication.class);
        application.setDefaultProperties(plan.defaultProperties());
        if (plan.mode() == LaunchPlan.Mode.ONE_SHOT) {
            application.setWebApplicationType(WebApplicationType.NONE);
        }
        if (plan.mode() == LaunchPlan.Mode.ONE_SHOT) {
            // Once the configuration is read, before any bean: a server running on the data directory runs the
            // command instead (one Dossier per data directory), and this process only prints its reply. Dossier's
            // main has done so already unless only Spring could tell the data directory (profiles, say).
            application.addListeners((ApplicationListener<ApplicationEnvironmentPreparedEvent>) event ->
                    ServerClient.forDataDir(Binder.get(event.getEnvironment())
                                    .bindOrCreate("dossier", DossierProperties.class).dataDir())
                            .run(plan, terminal, resultOutput.stream(), System.err)
                            .ifPresent(System::exit));
            if (plan.embedsItsQuestion()) {
                application.addListeners(new EmbeddingHeadStart());
            }
        }
        application.addInitializers(context -> {
            context.getBeanFactory().registerSingleton("launchPlan", plan);
            context.getBeanFactory().registerSingleton("resultOutput", resultOutput);
        });
        ConfigurableApplicationContext context;
        try {
            context = application.run(plan.springArguments());
        } catch (RuntimeException e) {
            System.err.println("dossier: " + StartupFailure.describe(e));
            System.exit(1);
            return;
        }
        if (plan.mode() == LaunchPlan.Mode.ONE_SHOT) {
            // Exit explicitly: native libraries may leave non-daemon threads behind (see STACK.md, llama.cpp).
            System.exit(SpringApplication.exit(context));
        }
    }
}
