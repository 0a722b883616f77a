package org.dossier.engine;

import java.nio.file.Path;

import jakarta.validation.constraints.NotNull;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings shared by every module. {@code dossier.data-dir} (environment: {@code DOSSIER_DATA_DIR}) holds the
 * catalog, the index and the logs; nothing else on disk is written by Dossier. It is owner-only: see
 * {@link PrivateFiles}.
 */
@Validated
@ConfigurationProperties("dossier")
public record DossierProperties(@NotNull Path dataDir) {

    public DossierProperties {
        dataDir = dataDir.toAbsolutePath().normalize();
    }

    public Path indexDir() {
        return dataDir.resolve("index");
    }
}
