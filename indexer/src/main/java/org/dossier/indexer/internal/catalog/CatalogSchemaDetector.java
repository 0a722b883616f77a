package org.dossier.indexer.internal.catalog;

import java.util.Set;

import org.springframework.boot.sql.init.dependency.AbstractBeansOfTypeDatabaseInitializerDetector;

/**
 * Tells Spring Boot that {@link CatalogSchema} initialises the database, so that every bean that reads it (a
 * {@code JdbcClient}, say) is made after the schema is current — what Boot does for its own Flyway bean, which
 * Dossier does not use (registered in {@code META-INF/spring.factories}).
 */
class CatalogSchemaDetector extends AbstractBeansOfTypeDatabaseInitializerDetector {

    @Override
    protected Set<Class<?>> getDatabaseInitializerBeanTypes() {
        return Set.of(CatalogSchema.class);
    }
}
