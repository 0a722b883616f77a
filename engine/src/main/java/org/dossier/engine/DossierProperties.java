package org.dossier.engine;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings shared by every module. {@code dossier.data-dir} (environment: {@code DOSSIER_DATA_DIR}) holds the
 * catalog, the index and the logs; nothing else on disk is written by Dossier. It is owner-only: see
 * {@link PrivateFiles}. As in {@link EngineProperties}, the default is put in place here, and
 * config/application.yml shows the same.
 *
 * @param dataDir unset: {@code .dossier} in the user's home folder
 */
@ConfigurationProperties("dossier")
public record DossierProperties(Path dataDir) {

    public DossierProperties {
        dataDir = (dataDir != null ? dataDir : Path.of(System.getProperty("user.home"), ".dossier"))
                .toAbsolutePath().normalize();
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }
}
