package dev.iqconsole;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Which feature package may use which. One package per feature (catalog, cluster, security, profile, manifest, deploy,
 * api) and its pages beside it in {@code <feature>.ui}, with the shell in {@code base.ui}. The data packages form the
 * lower layers: a package may use only those listed for it, so a new dependency between features fails here until it
 * is added on purpose, with its reason. Pages may use the data packages and the shared page parts; no data package
 * uses a page. So the pages are layers of their own, above every data package: the catalog's pages show profiles
 * ({@code catalog.ui} uses {@code profile}) while profiles rest on the catalog's data ({@code profile} uses {@code
 * catalog}), and neither package depends back.
 */
class ArchitectureTest {

    private static final String ROOT = "dev.iqconsole";

    private static JavaClasses console;

    /**
     * The folder (or jar) the console's classes were compiled to, not the package looked up on the classpath: a
     * package import also opens every jar of the test classpath to look for the package in it (Playwright's driver
     * jar alone is 200 MB). Library classes the console uses are not imported either ({@code archunit.properties}):
     * every rule here reads them by package name only.
     */
    @BeforeAll
    static void importMainClasses() throws URISyntaxException {
        var mainClasses =
                Application.class.getProtectionDomain().getCodeSource().getLocation();
        console = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importLocations(Set.of(Location.of(mainClasses.toURI())));
        assertThat(console.containPackage(ROOT + ".deploy")).isTrue();
    }

    @Test
    void feature_packages_use_only_the_packages_allowed_for_them() {
        layeredArchitecture()
                .consideringOnlyDependenciesInLayers()
                // data: what the console knows and does, without pages
                .layer("catalog")
                .definedBy(ROOT + ".catalog")
                .layer("cluster")
                .definedBy(ROOT + ".cluster")
                .layer("security")
                .definedBy(ROOT + ".security")
                .layer("profile")
                .definedBy(ROOT + ".profile", ROOT + ".profile.calibration")
                .layer("manifest")
                .definedBy(ROOT + ".manifest")
                .layer("deploy")
                .definedBy(ROOT + ".deploy")
                .layer("api")
                .definedBy(ROOT + ".api")
                // pages
                .layer("base.ui")
                .definedBy(ROOT + ".base.ui")
                .layer("catalog.ui")
                .definedBy(ROOT + ".catalog.ui")
                .layer("cluster.ui")
                .definedBy(ROOT + ".cluster.ui")
                .layer("security.ui")
                .definedBy(ROOT + ".security.ui")
                .layer("profile.ui")
                .definedBy(ROOT + ".profile.ui")
                .layer("deploy.ui")
                .definedBy(ROOT + ".deploy.ui")
                // the catalog's reviewed files, read into memory: the facts everything else rests on
                .whereLayer("catalog")
                .mayNotAccessAnyLayer()
                // kubeconfig contexts and what a cluster offers
                .whereLayer("cluster")
                .mayNotAccessAnyLayer()
                // login, roles, request filters
                .whereLayer("security")
                .mayNotAccessAnyLayer()
                // curves, profiles and costs from the catalog's facts (calibration included)
                .whereLayer("profile")
                .mayOnlyAccessLayers("catalog")
                // a request by name resolved against catalog and profiles, then generated as manifests
                .whereLayer("manifest")
                .mayOnlyAccessLayers("catalog", "profile")
                // applying manifests to a cluster, checks, rollouts, history, who may do it
                .whereLayer("deploy")
                .mayOnlyAccessLayers("catalog", "cluster", "manifest", "security")
                // the gkerecommender API: read-only, it never reaches into deploy or a cluster
                .whereLayer("api")
                .mayOnlyAccessLayers("catalog", "profile", "manifest")
                // the shell: menu, layout, charts, error notices; shows who is signed in
                .whereLayer("base.ui")
                .mayOnlyAccessLayers("security")
                .whereLayer("catalog.ui")
                .mayOnlyAccessLayers("base.ui", "catalog", "profile", "profile.ui")
                .whereLayer("cluster.ui")
                .mayOnlyAccessLayers("base.ui", "cluster")
                .whereLayer("security.ui")
                .mayOnlyAccessLayers("base.ui", "security", "cluster")
                .whereLayer("profile.ui")
                .mayOnlyAccessLayers("base.ui", "catalog", "profile")
                .whereLayer("deploy.ui")
                .mayOnlyAccessLayers(
                        "base.ui",
                        "catalog",
                        "cluster",
                        "cluster.ui",
                        "deploy",
                        "manifest",
                        "profile",
                        "profile.ui",
                        "security")
                .check(console);
    }

    @Test
    void no_cycles_between_packages() {
        slices().matching(ROOT + ".(**)").should().beFreeOfCycles().check(console);
    }

    /** Keeps the data packages usable without a browser: Vaadin components only in pages and the app shell. */
    @Test
    void only_pages_use_vaadin_components() {
        noClasses()
                .that()
                .resideOutsideOfPackages(ROOT + "..ui..", ROOT)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("com.vaadin.flow.component..")
                .check(console);
    }

    /**
     * A class a reader can hold in view: no source file over 300 lines, no page (a {@code @Route}) over 250. A class
     * that grows past it is split along its responsibilities, as DeployView was into form, recommendation, checks
     * and actions.
     */
    @Test
    void classes_fit_on_a_screen() throws IOException {
        List<String> tooLong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src", "main", "java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                int limit = lines.stream().anyMatch(l -> l.startsWith("@Route(")) ? 250 : 300;
                if (lines.size() > limit) {
                    tooLong.add(file + ": " + lines.size() + " lines (at most " + limit + ")");
                }
            }
        }
        assertThat(tooLong).isEmpty();
    }
}
