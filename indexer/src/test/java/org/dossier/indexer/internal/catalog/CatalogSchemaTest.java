package org.dossier.indexer.internal.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The catalog's schema on a real H2 file, with the indexer's real migrations. */
class CatalogSchemaTest {

    private static final List<String> LOCATIONS = List.of("classpath:db/migration");

    @TempDir
    Path dataDir;

    private JdbcDataSource dataSource;
    private JdbcClient jdbc;

    @BeforeEach
    void catalog() {
        dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:file:" + dataDir.resolve("catalog/dossier") + ";WRITE_DELAY=0");
        dataSource.setUser("dossier");
        dataSource.setPassword("");
        jdbc = JdbcClient.create(dataSource);
    }

    @Test
    void aNewCatalogIsMigratedToTheLatestScript() throws Exception {
        CatalogSchema schema = new CatalogSchema(dataSource, LOCATIONS);
        assertThat(schema.isCurrent()).isFalse();

        schema.afterPropertiesSet();

        assertThat(schema.isCurrent()).isTrue();
        assertThat(appliedScripts()).contains("V1__catalog.sql", "V11__state_count_indexes.sql");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM document").query(Long.class).single()).isZero();
    }

    @Test
    void aCatalogAtTheLatestScriptIsLeftAloneWithoutAskingFlyway() throws Exception {
        new CatalogSchema(dataSource, LOCATIONS).afterPropertiesSet();
        // A checksum Flyway would refuse: only a start that skips Flyway's validation gets past it.
        jdbc.sql("UPDATE \"flyway_schema_history\" SET \"checksum\" = 1 WHERE \"script\" = 'V1__catalog.sql'").update();
        Flyway flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load();
        assertThatThrownBy(flyway::validate).isInstanceOf(FlywayValidateException.class);

        new CatalogSchema(dataSource, LOCATIONS).afterPropertiesSet();

        assertThat(appliedScripts()).hasSize(scriptCount());
    }

    @Test
    void anOlderCatalogIsMigratedByFlyway() throws Exception {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("10").load().migrate();
        CatalogSchema schema = new CatalogSchema(dataSource, LOCATIONS);
        assertThat(schema.isCurrent()).isFalse();

        schema.afterPropertiesSet();

        assertThat(schema.isCurrent()).isTrue();
        assertThat(appliedScripts()).contains("V11__state_count_indexes.sql");
    }

    @Test
    void aFailedMigrationIsLeftToFlywayWhichSaysSo() throws Exception {
        new CatalogSchema(dataSource, LOCATIONS).afterPropertiesSet();
        jdbc.sql("UPDATE \"flyway_schema_history\" SET \"success\" = FALSE WHERE \"script\" = 'V11__state_count_indexes.sql'")
                .update();
        CatalogSchema schema = new CatalogSchema(dataSource, LOCATIONS);

        assertThat(schema.isCurrent()).isFalse();
        assertThatThrownBy(schema::afterPropertiesSet).isInstanceOf(FlywayValidateException.class)
                .hasMessageContaining("failed migration");
    }

    @Test
    void aCatalogFromANewerDossierIsLeftToFlyway() throws Exception {
        new CatalogSchema(dataSource, LOCATIONS).afterPropertiesSet();
        jdbc.sql("""
                INSERT INTO "flyway_schema_history" ("installed_rank", "version", "description", "type", "script",
                    "checksum", "installed_by", "execution_time", "success")
                VALUES (99, '99', 'from the future', 'SQL', 'V99__from_the_future.sql', 0, 'dossier', 0, TRUE)""")
                .update();
        CatalogSchema schema = new CatalogSchema(dataSource, LOCATIONS);

        assertThat(schema.isCurrent()).isFalse();
        schema.afterPropertiesSet(); // Flyway's default: a future migration is ignored
        assertThat(appliedScripts()).hasSize(scriptCount() + 1);
    }

    @Test
    void aLocationOutsideTheClassPathIsAlwaysLeftToFlyway() throws Exception {
        new CatalogSchema(dataSource, LOCATIONS).afterPropertiesSet();

        assertThat(new CatalogSchema(dataSource, List.of("filesystem:" + dataDir)).isCurrent()).isFalse();
    }

    private List<String> appliedScripts() {
        return jdbc.sql("SELECT \"script\" FROM \"flyway_schema_history\" WHERE \"version\" IS NOT NULL")
                .query(String.class).list();
    }

    private static int scriptCount() throws Exception {
        return new PathMatchingResourcePatternResolver().getResources("classpath*:db/migration/*.sql").length;
    }
}
