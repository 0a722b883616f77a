package org.dossier.web.launch;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

class QuickCatalogCloseTest {

    private static final String CATALOG = "jdbc:h2:file:/data/catalog/dossier;DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";

    @Test
    void aShortCommandClosesTheCatalogWithoutCompactingIt() {
        assertThat(urlAfter("search", CATALOG)).isEqualTo(CATALOG + ";MAX_COMPACT_TIME=0");
        assertThat(urlAfter("status", CATALOG)).isEqualTo(CATALOG + ";MAX_COMPACT_TIME=0");
    }

    @Test
    void indexingKeepsTheCompactionAtClose() {
        assertThat(urlAfter("index", CATALOG)).isEqualTo(CATALOG);
        assertThat(urlAfter("sources", CATALOG)).isEqualTo(CATALOG);
    }

    @Test
    void aUrlThatSetsTheCompactionTimeItselfIsLeftAsItIs() {
        String own = CATALOG + ";max_compact_time=1000";

        assertThat(urlAfter("search", own)).isEqualTo(own);
    }

    private static String urlAfter(String command, String url) {
        try (HikariDataSource pool = new HikariDataSource()) {
            pool.setJdbcUrl(url);
            new QuickCatalogClose(LaunchPlan.from(new String[] {command, "x"}, false))
                    .postProcessAfterInitialization(pool, "dataSource");
            return pool.getJdbcUrl();
        }
    }
}
