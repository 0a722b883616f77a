package org.dossier.web.launch;

import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * For a short one-shot command ({@link LaunchPlan#isShort()}): H2 closes the catalog without compacting its file.
 * H2 spends up to 200 ms compacting as the last connection closes, which such a command, having read the catalog and
 * written little or nothing, waited for at exit. Without it the file grows by a few kilobytes now and then (measured:
 * 229 to 319 KB over 20 runs on the sample documents' catalog), until the next server or {@code index} closes it
 * with compaction. A data source URL that sets {@code MAX_COMPACT_TIME} itself is left as it is.
 */
final class QuickCatalogClose implements BeanPostProcessor {

    static final String NO_COMPACTION = ";MAX_COMPACT_TIME=0";

    private final LaunchPlan plan;

    QuickCatalogClose(LaunchPlan plan) {
        this.plan = plan;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (plan.isShort() && bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null
                && pool.getJdbcUrl().startsWith("jdbc:h2:file:")
                && !pool.getJdbcUrl().toUpperCase(Locale.ROOT).contains("MAX_COMPACT_TIME")) {
            pool.setJdbcUrl(pool.getJdbcUrl() + NO_COMPACTION);
        }
        return bean;
    }
}
