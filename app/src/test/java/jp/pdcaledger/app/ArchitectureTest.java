package jp.pdcaledger.app;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

/**
 * The sides meet only through events in the store: neither imports the other, and the kernel knows neither Spring
 * nor Axon. Inside a module the packages form no cycle, HTTP stays in the web packages (controllers, pages and the
 * security filters that answer before them), and no application code calls a controller.
 */
class ArchitectureTest {

    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("jp.pdcaledger");

    @Test
    void the_query_side_does_not_know_the_command_side() {
        noClasses().that().resideInAPackage("jp.pdcaledger.query..")
                .should().dependOnClassesThat().resideInAPackage("jp.pdcaledger.command..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void the_command_side_does_not_know_the_query_side() {
        noClasses().that().resideInAPackage("jp.pdcaledger.command..")
                .should().dependOnClassesThat().resideInAPackage("jp.pdcaledger.query..")
                .check(CLASSES);
    }

    @Test
    void the_kernel_knows_neither_side_nor_spring() {
        noClasses().that().resideInAPackage("jp.pdcaledger.kernel..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.pdcaledger.command..", "jp.pdcaledger.query..",
                        "jp.pdcaledger.app..", "org.springframework..", "org.axonframework..")
                .check(CLASSES);
    }

    @Test
    void no_module_has_a_cycle_between_its_packages() {
        for (String module : List.of("kernel", "command", "query", "app", "workbook")) {
            slices().matching("jp.pdcaledger." + module + ".(*)..").should().beFreeOfCycles()
                    .allowEmptyShould(true)
                    .check(CLASSES);
        }
    }

    @Test
    void controllers_are_called_by_the_web_only() {
        noClasses().that().areNotAnnotatedWith(RestController.class).and().areNotAnnotatedWith(Controller.class)
                .and().resideOutsideOfPackages("..web..", "..ui..")
                .should().dependOnClassesThat().areAnnotatedWith(RestController.class)
                .orShould().dependOnClassesThat().areAnnotatedWith(Controller.class)
                .check(CLASSES);
    }

    @Test
    void http_answers_are_made_in_web_packages_only() {
        noClasses().that().resideOutsideOfPackages("..web..", "..ui..", "..security..")
                .should().dependOnClassesThat().areAssignableTo(ResponseEntity.class)
                .check(CLASSES);
    }

    @Test
    void the_workbook_codec_knows_neither_side_nor_spring() {
        noClasses().that().resideInAPackage("jp.pdcaledger.workbook..")
                .should().dependOnClassesThat().resideInAnyPackage("jp.pdcaledger.command..", "jp.pdcaledger.query..",
                        "jp.pdcaledger.app..", "org.springframework..")
                .check(CLASSES);
    }
}
