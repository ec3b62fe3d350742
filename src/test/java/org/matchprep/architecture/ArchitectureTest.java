package org.matchprep.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

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
import org.matchprep.account.AccountSessions;
import org.matchprep.account.AccountSummaries;
import org.matchprep.notification.Notifier;
import org.matchprep.review.ReviewSeeding;
import org.matchprep.review.ReviewableKind;
import org.springframework.data.repository.Repository;
import org.springframework.stereotype.Service;

/**
 * The structure the house style promises, checked on every build. Boundaries between features (who may
 * use which package, no cycles between them) are ModularityTest's; these rules look inside a feature.
 * "Feature packages have no cycles" moved there: Modulith's verify() checks exactly that slice rule.
 */
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
    void icons_come_from_the_apps_sprite_not_the_whole_vaadin_icon_set() {
        ArchRule rule = noClasses().should().dependOnClassesThat()
                .haveFullyQualifiedName("com.vaadin.flow.component.icon.Icon")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("com.vaadin.flow.component.icon.VaadinIcon")
                .because("one Icon on a page makes the browser load all 600 Vaadin icons (52 KB); AppIcon loads the few we use");
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
    void views_never_use_the_lookups_and_providers_that_check_no_role() {
        ArchRule rule = noClasses().that().areAssignableTo(Component.class)
                .should().dependOnClassesThat().areAssignableTo(AccountSummaries.class)
                .orShould().dependOnClassesThat().areAssignableTo(AccountSessions.class)
                .orShould().dependOnClassesThat().areAssignableTo(Notifier.class)
                .orShould().dependOnClassesThat().areAssignableTo(ReviewSeeding.class)
                .orShould().dependOnClassesThat().areAssignableTo(ReviewableKind.class)
                .because("they leave access checks to their caller, and a view is not the wall");
        rule.check(productionClasses);
    }
}
