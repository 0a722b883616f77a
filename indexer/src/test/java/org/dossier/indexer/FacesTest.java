package org.dossier.indexer;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import java.util.ArrayList;
import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;

/**
 * What the indexer shows the other modules: its faces, in the root package; everything else is package-private or
 * in an internal package. The faces are the seam where another index (a search server, a database) could stand in,
 * so their public signatures name no index library, no database and no internal type.
 */
class FacesTest {

    private static final JavaClasses INDEXER = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("org.dossier.indexer");

    private static final List<String> KEPT_OUT = List.of("org.apache.lucene.", "org.h2.", "org.springframework.jdbc.",
            "java.sql.", "org.dossier.indexer.internal.");

    @Test
    void publicTypesAreTheFacesInTheRootPackageOrInternal() {
        classes().that().arePublic()
                .should().resideInAnyPackage("org.dossier.indexer", "org.dossier.indexer.internal..")
                .check(INDEXER);
    }

    @Test
    void theFacesNameNoIndexLibraryDatabaseOrInternalType() {
        codeUnits().that().arePublic()
                .and().areDeclaredInClassesThat(faces())
                .should(nameOnlyTypesOutside(KEPT_OUT))
                .check(INDEXER);
    }

    /** The architecture test's cycle rule slices packages two levels down: inside {@code internal} it is done here. */
    @Test
    void internalFeaturePackagesHaveNoCycles() {
        slices().matching("org.dossier.indexer.internal.(*)..").should().beFreeOfCycles().check(INDEXER);
    }

    private static DescribedPredicate<JavaClass> faces() {
        return DescribedPredicate.describe("faces of the root package", type ->
                type.getPackageName().equals("org.dossier.indexer") && type.getModifiers().contains(JavaModifier.PUBLIC));
    }

    private static ArchCondition<JavaCodeUnit> nameOnlyTypesOutside(List<String> packages) {
        return new ArchCondition<>("name no type of " + packages + " in parameters, results or exceptions") {
            @Override
            public void check(JavaCodeUnit unit, ConditionEvents events) {
                List<JavaClass> named = new ArrayList<>(unit.getReturnType().getAllInvolvedRawTypes());
                unit.getParameterTypes().forEach(type -> named.addAll(type.getAllInvolvedRawTypes()));
                unit.getExceptionTypes().forEach(type -> named.addAll(type.getAllInvolvedRawTypes()));
                named.stream()
                        .filter(type -> packages.stream().anyMatch(prefix -> type.getName().startsWith(prefix)))
                        .forEach(type -> events.add(SimpleConditionEvent.violated(unit,
                                unit.getFullName() + " names " + type.getName())));
            }
        };
    }
}
