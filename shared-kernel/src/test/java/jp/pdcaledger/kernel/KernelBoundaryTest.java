package jp.pdcaledger.kernel;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The shared kernel is the published language of every module: it must not pull Spring into its users. */
@AnalyzeClasses(packages = "jp.pdcaledger.kernel", importOptions = ImportOption.DoNotIncludeTests.class)
class KernelBoundaryTest {

    @ArchTest
    static final ArchRule the_kernel_depends_on_no_spring_class = noClasses()
            .that().resideInAPackage("jp.pdcaledger.kernel..")
            .should().dependOnClassesThat().resideInAPackage("org.springframework..")
            .because("the shared kernel is Spring-free: commands, events and value objects are plain Java");
}
