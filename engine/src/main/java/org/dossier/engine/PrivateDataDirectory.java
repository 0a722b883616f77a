package org.dossier.engine;

import java.nio.file.Path;

import org.springframework.boot.context.event.ApplicationPreparedEvent;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.ApplicationListener;

/**
 * Makes the data directory owner-only once the application context is prepared and before it is refreshed: the
 * environment is complete by then (initializers, tests' dynamic properties included) and logging is configured,
 * but no bean exists yet, so H2, Lucene, the caches and the shell history have written nothing. Registered in
 * META-INF/spring.factories, because a listener for this event cannot be a bean.
 */
class PrivateDataDirectory implements ApplicationListener<ApplicationPreparedEvent> {

    @Override
    public void onApplicationEvent(ApplicationPreparedEvent event) {
        Binder.get(event.getApplicationContext().getEnvironment()).bind("dossier.data-dir", Path.class)
                .ifBound(dataDir -> PrivateFiles.secureDataDirectory(new DossierProperties(dataDir).dataDir()));
    }
}
