package org.dossier.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;

/**
 * Dossier's module rules, for any base package (so that a test can show they catch a violation).
 * Dependencies point one way: engine ← indexer ← assistant ← web (and the application class on top).
 */
final class ModuleRules {

    private ModuleRules() {
    }

    static ArchRule modulesDependOneWay(String base) {
        return layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("Application").definedBy(base)
                .layer("Web").definedBy(base + ".web..")
                .layer("Assistant").definedBy(base + ".assistant..")
                .layer("Indexer").definedBy(base + ".indexer..")
                .layer("Engine").definedBy(base + ".engine..")
                .whereLayer("Web").mayOnlyBeAccessedByLayers("Application")
                .whereLayer("Assistant").mayOnlyBeAccessedByLayers("Web", "Application")
                .whereLayer("Indexer").mayOnlyBeAccessedByLayers("Assistant", "Web", "Application")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Indexer", "Assistant", "Web", "Application")
                .allowEmptyShould(true);
    }

    /** The front ends (shell, web pages, API) live in the web module; what they call knows nothing of them. */
    static ArchRule frontEndsOnlyInWeb(String base) {
        return noClasses().that().resideInAnyPackage(base + ".engine..", base + ".indexer..", base + ".assistant..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework.shell..", "org.jline..",
                        "org.springframework.web.servlet..", "org.springframework.web.bind..", "org.thymeleaf..",
                        "jakarta.servlet..")
                .allowEmptyShould(true);
    }

    /**
     * The indexer shows other modules one face, its root package: its internals (Lucene, H2, Tika, worker JVMs)
     * can change, or be replaced by a server-backed index, without touching the assistant or the front ends.
     */
    static ArchRule indexerShowsOnlyItsFace(String base) {
        return noClasses().that().resideOutsideOfPackage(base + ".indexer..")
                .should().dependOnClassesThat().resideInAPackage(base + ".indexer.internal..")
                .allowEmptyShould(true);
    }

    /** Feature packages inside a module (indexer.extract, indexer.index, …) never depend on each other in a circle. */
    static ArchRule featuresHaveNoCycles(String base) {
        return slices().matching(base + ".(*).(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }
}
