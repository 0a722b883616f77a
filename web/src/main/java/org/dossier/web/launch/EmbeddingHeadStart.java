package org.dossier.web.launch;

import org.dossier.engine.DossierProperties;
import org.dossier.engine.EmbeddingPreload;
import org.dossier.engine.EngineProperties;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * A standalone one-shot {@code search} or {@code ask} embeds its question, and the bundled model takes about two
 * seconds to load — as long as the rest of the start after the configuration is read. So, as soon as the
 * configuration is read (the data directory and the embedding runtime are known), the model starts loading on the
 * other core while Spring wires the application.
 */
public final class EmbeddingHeadStart implements ApplicationListener<ApplicationEnvironmentPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
        Binder binder = Binder.get(event.getEnvironment());
        EngineProperties engine;
        DossierProperties dossier;
        try {
            engine = binder.bindOrCreate("dossier.engine", EngineProperties.class);
            dossier = binder.bindOrCreate("dossier", DossierProperties.class);
        } catch (RuntimeException invalidSettings) {
            return; // no head start: Spring reports the settings' fault in a moment, with its own checks
        }
        EmbeddingPreload.startIfBundled(engine, dossier);
    }
}
