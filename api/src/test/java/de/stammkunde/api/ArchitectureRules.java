package de.stammkunde.api;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import de.stammkunde.domain.ledger.LedgerEntry;
import org.junit.jupiter.api.Test;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.bind.annotation.RestController;

/** The layer rules of ARCHITECTURE.md and docs/architecture.md, checked on the compiled classes. */
class ArchitectureRules {
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("de.stammkunde");

    /** A port: an interface of the domain that the persistence module implements. */
    private static final DescribedPredicate<JavaClass> PORTS = DescribedPredicate.describe(
            "ports (domain interfaces implemented in persistence)",
            c -> c.isInterface() && c.getPackageName().startsWith("de.stammkunde.domain")
                    && c.getAllSubclasses().stream()
                    .anyMatch(s -> s.getPackageName().startsWith("de.stammkunde.persistence")));

    @Test
    void thePortRulesSeeThePorts() {
        assertThat(CLASSES.that(PORTS)).extracting(JavaClass::getSimpleName)
                .contains("Ledger", "Customers", "Purchases", "Outbox", "Tiers", "Vouchers")
                .hasSizeGreaterThan(15);
    }

    @Test
    void theDomainUsesNoFrameworks() {
        noClasses().that().resideInAPackage("de.stammkunde.domain..")
                .should().dependOnClassesThat().resideInAnyPackage("org.springframework..", "org.jooq..",
                        "redis.clients..", "java.sql..", "jakarta..", "tools.jackson..", "com.fasterxml..",
                        "de.stammkunde.persistence..", "de.stammkunde.api..")
                .check(CLASSES);
    }

    @Test
    void domainFeaturesReactToFactsInsteadOfCallingEachOtherInCircles() {
        slices().matching("de.stammkunde.domain.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void applicationFeaturesDoNotDependOnEachOtherInCircles() {
        slices().matching("de.stammkunde.api.(*)..").should().beFreeOfCycles().check(CLASSES);
    }

    @Test
    void persistenceDoesNotKnowTheApplication() {
        noClasses().that().resideInAPackage("de.stammkunde.persistence..")
                .should().dependOnClassesThat().resideInAnyPackage("de.stammkunde.api..", "org.springframework..")
                .check(CLASSES);
    }

    @Test
    void controllersNeverTouchJooqOrRedisDirectly() {
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat().resideInAnyPackage("org.jooq..", "redis.clients..",
                        "org.springframework.data.redis..", "de.stammkunde.persistence..")
                .check(CLASSES);
    }

    @Test
    void controllersCallUseCasesAndQueriesNotPorts() {
        noClasses().that().areAnnotatedWith(RestController.class)
                .should().dependOnClassesThat(PORTS)
                .check(CLASSES);
    }

    @Test
    void scheduledJobsCallUseCasesNotPorts() {
        noClasses().that().haveSimpleNameEndingWith("Job").and().resideInAPackage("de.stammkunde.api..")
                .should().dependOnClassesThat(PORTS)
                .check(CLASSES);
    }

    @Test
    void onlyEachFeaturesWiringKnowsTheJooqAdapters() {
        noClasses().that().resideInAPackage("de.stammkunde.api..")
                .and().areNotAnnotatedWith(Configuration.class)
                .should().dependOnClassesThat().resideInAPackage("de.stammkunde.persistence..")
                .check(CLASSES);
    }

    @Test
    void thereIsNoCentralWiringOrJobsPackage() {
        noClasses().should().resideInAnyPackage("de.stammkunde.api.jobs..")
                .check(CLASSES);
        classes().that().areAnnotatedWith(Configuration.class).and().resideInAPackage("de.stammkunde.api.config")
                .should().haveSimpleNameNotContaining("UseCase")
                .check(CLASSES);
    }

    @Test
    void jooqAdaptersArePackagePrivate() {
        classes().that().resideInAPackage("de.stammkunde.persistence..")
                .and().haveSimpleNameStartingWith("Jooq")
                .should().notBePublic()
                .check(CLASSES);
    }

    @Test
    void useCasesBuildLedgerEntriesThroughTheNamedFactories() {
        classes().that().resideInAPackage("de.stammkunde.domain..")
                .and().doNotHaveFullyQualifiedName(LedgerEntry.class.getName())
                .should(new ArchCondition<>("not call LedgerEntry's canonical constructor") {
                    @Override
                    public void check(JavaClass item, ConditionEvents events) {
                        for (JavaConstructorCall call : item.getConstructorCallsFromSelf()) {
                            if (call.getTargetOwner().isEquivalentTo(LedgerEntry.class)) {
                                events.add(SimpleConditionEvent.violated(item, call.getDescription()));
                            }
                        }
                    }
                })
                .check(CLASSES);
    }
}
