package de.stammkunde.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The layer rules of ARCHITECTURE.md, checked on the compiled classes. */
class ArchitectureRules {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.stammkunde");

    @Test
    void theDomainUsesNoFrameworks() {
        noClasses().that().resideInAPackage("de.stammkunde.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..",
                        "redis.clients..", "java.sql..", "jakarta..", "tools.jackson..", "com.fasterxml..",
                        "de.stammkunde.persistence..", "de.stammkunde.api..")
                .check(CLASSES);
    }

    @Test
    void persistenceDoesNotKnowTheApplication() {
        noClasses().that().resideInAPackage("de.stammkunde.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("de.stammkunde.api..", "org.springframework..")
                .check(CLASSES);
    }

    @Test
    void controllersNeverTouchJooqOrRedisDirectly() {
        noClasses().that().areAnnotatedWith(org.springframework.web.bind.annotation.RestController.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "redis.clients..",
                        "org.springframework.data.redis..", "de.stammkunde.persistence..")
                .check(CLASSES);
    }

    @Test
    void onlyTheWiringKnowsTheJooqAdapters() {
        noClasses().that().resideInAPackage("de.stammkunde.api..")
                .and().resideOutsideOfPackage("de.stammkunde.api.config..")
                .should().dependOnClassesThat().resideInAPackage("de.stammkunde.persistence..")
                .check(CLASSES);
    }

    @Test
    void jooqAdaptersArePackagePrivate() {
        classes().that().resideInAPackage("de.stammkunde.persistence..")
                .and().haveSimpleNameStartingWith("Jooq")
                .should().notBePublic()
                .check(CLASSES);
    }
}
