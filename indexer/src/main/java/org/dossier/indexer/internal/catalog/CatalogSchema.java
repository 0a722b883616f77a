package org.dossier.indexer.internal.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.springframework.beans.factory.InitializingBean;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Brings the catalog's schema to the migrations on the class path (Flyway's {@code db/migration}), once at start,
 * before anything reads the catalog. When the catalog's {@code flyway_schema_history} already lists every
 * migration script there, each applied successfully, and nothing else, Flyway is not even configured: setting it
 * up (its plugins, its configuration model), scanning and validating took about half a second of a one-shot
 * command's start, to find nothing to do. Otherwise — a new or older catalog, a failed migration, a script that is
 * not a plain versioned SQL file, a location outside the class path — Flyway migrates and validates as always, and
 * says what is wrong. Checksums are not compared on the quick path: the scripts ship inside the jar and do not change
 * once released.
 */
public final class CatalogSchema implements InitializingBean {

    private static final String CLASSPATH = "classpath:";

    private final DataSource dataSource;
    private final List<String> locations;

    /** @param locations Flyway's locations ({@code spring.flyway.locations}), e.g. {@code classpath:db/migration} */
    public CatalogSchema(DataSource dataSource, List<String> locations) {
        this.dataSource = dataSource;
        this.locations = List.copyOf(locations);
    }

    @Override
    public void afterPropertiesSet() throws SQLException {
        if (!isCurrent()) {
            Flyway.configure(getClass().getClassLoader()).dataSource(dataSource)
                    .locations(locations.toArray(String[]::new)).load().migrate();
        }
    }

    /** Whether every migration script on the class path, and no other, is applied without failure. */
    boolean isCurrent() throws SQLException {
        Optional<Set<String>> scripts = versionedScripts();
        if (scripts.isEmpty()) {
            return false;
        }
        // A failure to connect (the data directory locked by another Dossier, a damaged file) is reported as it is;
        // a failed query (no history table yet: a new catalog) means Flyway has work to do.
        try (Connection connection = dataSource.getConnection()) {
            return scripts.get().equals(appliedScripts(connection).orElse(null));
        }
    }

    /** The scripts the history lists as applied; empty when any failed or there is no history to read. */
    private static Optional<Set<String>> appliedScripts(Connection connection) {
        Set<String> applied = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                     "SELECT \"script\", \"success\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return Optional.empty();
                }
                applied.add(rows.getString(1));
            }
        } catch (SQLException noHistory) {
            return Optional.empty();
        }
        return Optional.of(applied);
    }

    /**
     * The versioned SQL scripts ({@code V…__….sql}) under the locations, named relative to their location as Flyway
     * records them; empty when only Flyway can tell what is there (another kind of file, or of location).
     */
    private Optional<Set<String>> versionedScripts() {
        var resolver = new PathMatchingResourcePatternResolver(getClass().getClassLoader());
        Set<String> scripts = new HashSet<>();
        for (String location : locations) {
            if (!location.startsWith(CLASSPATH)) {
                return Optional.empty();
            }
            String folder = location.substring(CLASSPATH.length()).replaceAll("^/+|/+$", "") + "/";
            try {
                for (Resource resource : resolver.getResources("classpath*:" + folder + "**/*")) {
                    String url = resource.getURL().toString();
                    if (url.endsWith("/") || resource.isFile() && resource.getFile().isDirectory()) {
                        continue; // a folder
                    }
                    String script = url.substring(url.lastIndexOf("/" + folder) + folder.length() + 1);
                    String name = script.substring(script.lastIndexOf('/') + 1);
                    if (!name.startsWith("V") || !name.contains("__") || !name.endsWith(".sql")) {
                        return Optional.empty();
                    }
                    scripts.add(script);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("could not list the catalog's migrations in " + location, e);
            }
        }
        return scripts.isEmpty() ? Optional.empty() : Optional.of(scripts);
    }
}
