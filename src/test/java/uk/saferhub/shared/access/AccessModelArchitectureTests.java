package uk.saferhub.shared.access;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import uk.saferhub.directory.Directory;

/**
 * The access model stays in one place: the directory's unchecked list of every person exists for the demonstration
 * loaders alone (production code names people only through lookups that apply the access rule), and no module decides
 * from an actor's roles by itself.
 */
class AccessModelArchitectureTests {

    static final JavaClasses PRODUCTION = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("uk.saferhub");

    @Test
    void onlyDemonstrationLoadersListEveryPersonWithoutTheAccessRule() {
        noClasses().that().haveSimpleNameNotEndingWith("DemoData").and().haveSimpleNameNotEndingWith("Loader")
                .should().callMethod(Directory.class, "allPeopleUncheckedForDemoLoaders")
                .because("everything else must name people through Directory.peopleVisibleTo or namesAsSeenBy")
                .check(PRODUCTION);
    }

    @Test
    void onlyTheSharedAccessPackageDecidesWhichRolesMayChangeARecord() {
        noClasses().that().resideOutsideOfPackage("uk.saferhub.shared.access..")
                .should().callMethod(Actor.class, "hasRole", Role.class)
                .because("who may change a record is decided by ChangePolicy, the role hierarchy with it")
                .check(PRODUCTION);
    }
}
