package org.matchprep.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/** The structure the house style promises, checked on every build. */
class ArchitectureTest {

    private static JavaClasses productionClasses;

    @BeforeAll
    static void importClasses() {
        productionClasses = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.matchprep");
    }

    @Test
    void every_route_declares_who_may_open_it() {
        ArchRule rule = classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(AnonymousAllowed.class)
                .orShould().beAnnotatedWith(DenyAll.class)
                .because("Vaadin denies unannotated views, and an accidental @AnonymousAllowed must be a visible choice");
        rule.check(productionClasses);
    }

    @Test
    void views_never_touch_repositories() {
        ArchRule rule = noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .because("views call services, which check roles and ownership");
        rule.check(productionClasses);
    }

    @Test
    void services_carry_no_vaadin_types() {
        ArchRule rule = noClasses().that().areAnnotatedWith(Service.class)
                .should().dependOnClassesThat().resideInAPackage("com.vaadin..")
                .because("services are the wall and must be callable from anywhere, not only from a UI");
        rule.check(productionClasses);
    }

    @Test
    void domain_code_does_not_depend_on_views() {
        ArchRule rule = noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat().resideInAnyPackage("..ui..", "com.vaadin..");
        rule.check(productionClasses);
    }

    @Test
    void feature_packages_have_no_cycles() {
        slices().matching("org.matchprep.(*)..").should().beFreeOfCycles().check(productionClasses);
    }
}
