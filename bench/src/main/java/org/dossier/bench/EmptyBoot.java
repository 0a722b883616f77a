package org.dossier.bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.WebApplicationType;

/**
 * A Spring Boot application that does nothing: the start-up benchmark's floor for any command that starts Spring
 * Boot (its listeners, environment, logging and an empty context), in its own JVM, with the same Spring Boot as
 * Dossier. No auto-configuration: anything more is the cost of what an application configures.
 */
@SpringBootConfiguration
public class EmptyBoot {

    public static void main(String[] args) {
        SpringApplication application = new SpringApplication(EmptyBoot.class);
        application.setWebApplicationType(WebApplicationType.NONE);
        application.run(args).close();
    }
}
