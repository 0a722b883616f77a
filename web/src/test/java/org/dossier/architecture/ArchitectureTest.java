package org.dossier.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.EvaluationResult;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final JavaClasses DOSSIER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            // the other modules' test jars, on this module's test classpath, hold test code too
            .withImportOption(location -> !location.contains("-tests.jar"))
            .importPackages("org.dossier");

    /** Test fixtures with deliberate wrong imports: engine → indexer, assistant → indexer.internal, web → assistant.answer. */
    private static final JavaClasses WRONG_WAY = new ClassFileImporter().importPackages("org.dossier.archfixture");

    @Test
    void dossierHasClassesFromEveryModuleToCheck() {
        assertThat(DOSSIER.stream().map(c -> c.getPackageName().split("\\."))
                .filter(parts -> parts.length > 2).map(parts -> parts[2]).distinct())
                .contains("engine", "indexer", "assistant", "web");
    }

    @Test
    void modulesDependOneWayEngineIndexerAssistantWeb() {
        ModuleRules.modulesDependOneWay("org.dossier").check(DOSSIER);
    }

    @Test
    void onlyTheWebModuleHoldsFrontEndCode() {
        ModuleRules.frontEndsOnlyInWeb("org.dossier").check(DOSSIER);
    }

    @Test
    void otherModulesUseOnlyEachModulesFace() {
        ModuleRules.modulesShowOnlyTheirFace("org.dossier").check(DOSSIER);
    }

    @Test
    void theFaceRuleCatchesAnAssistantClassThatUsesAnIndexerInternal() {
        EvaluationResult result = ModuleRules.modulesShowOnlyTheirFace("org.dossier.archfixture").evaluate(WRONG_WAY);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line)
                .contains("archfixture.assistant.PeekingAssistant").contains("indexer.internal.HiddenIndexerType"));
    }

    @Test
    void theFaceRuleCatchesAFrontEndThatUsesAStageBelowTheAssistantsFace() {
        EvaluationResult result = ModuleRules.modulesShowOnlyTheirFace("org.dossier.archfixture").evaluate(WRONG_WAY);

        assertThat(result.getFailureReport().getDetails())
                .anySatisfy(line -> assertThat(line).contains("archfixture.web.PeekingPage")
                        .contains("archfixture.assistant.answer.HiddenStage"))
                .noneSatisfy(line -> assertThat(line).contains("PeekingPage").contains("assistant.PeekingAssistant "));
    }

    @Test
    void featurePackagesHaveNoCycles() {
        ModuleRules.featuresHaveNoCycles("org.dossier").check(DOSSIER);
    }

    @Test
    void theModuleRuleCatchesAnEngineClassThatImportsTheIndexer() {
        EvaluationResult result = ModuleRules.modulesDependOneWay("org.dossier.archfixture").evaluate(WRONG_WAY);

        assertThat(result.hasViolation()).isTrue();
        assertThat(result.getFailureReport().getDetails()).anySatisfy(line -> assertThat(line)
                .contains("archfixture.engine.LeakyEngine").contains("archfixture.indexer.SomeIndexerType"));
    }
}
