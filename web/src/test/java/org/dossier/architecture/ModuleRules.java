package org.dossier.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.Set;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * Dossier's module rules, for any base package (so that a test can show they catch a violation).
 * Dependencies point one way: engine ← indexer ← assistant ← web (and the application class on top).
 */
final class ModuleRules {

    private static final Set<String> MODULES = Set.of("engine", "indexer", "assistant", "web");

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
     * Each module shows the others one face, its root package: what lies below it (Lucene, H2, Tika and worker JVMs
     * in the indexer; the stages of an answer in the assistant; runtimes in the engine) can change, or be replaced by
     * a server-backed index, without touching the modules above.
     */
    static ArchRule modulesShowOnlyTheirFace(String base) {
        return classes().should(new ArchCondition<JavaClass>("use only the root package of another module") {
            @Override
            public void check(JavaClass origin, ConditionEvents events) {
                String own = moduleOf(base, origin.getPackageName());
                if (own == null) {
                    return; // the application class composes the modules: it may reach into the front ends
                }
                for (Dependency dependency : origin.getDirectDependenciesFromSelf()) {
                    String target = dependency.getTargetClass().getPackageName();
                    String module = moduleOf(base, target);
                    if (module != null && !module.equals(own) && !target.equals(base + "." + module)) {
                        events.add(SimpleConditionEvent.violated(dependency, dependency.getDescription()));
                    }
                }
            }
        }).allowEmptyShould(true);
    }

    /** The module (engine, indexer, assistant, web) a package belongs to below the base, or null. */
    private static String moduleOf(String base, String packageName) {
        if (!packageName.startsWith(base + ".")) {
            return null;
        }
        String rest = packageName.substring(base.length() + 1);
        String module = rest.contains(".") ? rest.substring(0, rest.indexOf('.')) : rest;
        return MODULES.contains(module) ? module : null;
    }

    /** Feature packages inside a module (indexer.extract, indexer.index, …) never depend on each other in a circle. */
    static ArchRule featuresHaveNoCycles(String base) {
        return slices().matching(base + ".(*).(*)..").should().beFreeOfCycles().allowEmptyShould(true);
    }
}
