package vn.openprovince.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.ApplicationModuleTest.BootstrapMode;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import vn.openprovince.OpenProvinceApplication;
import vn.openprovince.catalog.internal.CatalogService;
import vn.openprovince.catalog.internal.DraftChanges;
import vn.openprovince.catalog.internal.NewProcedure;
import vn.openprovince.catalog.internal.ProcedureContent;
import vn.openprovince.organization.AccessScopes;
import vn.openprovince.organization.AgencyScope;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.organization.OrganizationPermission;

/**
 * The catalogue with its direct dependencies (organisation, audit): what the one-stop-shop module will rely
 * on — a version read by id after it was superseded, and an event when a version is published.
 */
@ApplicationModuleTest(mode = BootstrapMode.DIRECT_DEPENDENCIES)
class CatalogModuleTests {

    @Autowired
    CatalogService service;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    OrganizationDirectory directory;
    /** Implemented by the identity module, which is not started here: a platform-wide editor. */
    @MockitoBean
    AccessScopes access;

    @BeforeEach
    void platformWideEditor() {
        when(access.scopeFor(OrganizationPermission.MANAGE_AGENCIES)).thenReturn(AgencyScope.ALL);
    }

    @Test
    void dependsOnlyOnOrganisationAndAudit() {
        var modules = ApplicationModules.of(OpenProvinceApplication.class);
        var module = modules.getModuleByName("catalog").orElseThrow();
        module.verifyDependencies(modules);
        assertThat(module.getBootstrapDependencies(modules).map(m -> m.getName())).containsOnly("organization", "audit");
    }

    @Test
    void publishingAnnouncesTheNewVersionAndTheSupersededOneStaysReadableById(Scenario scenario) {
        UUID agency = directory.agenciesOfUnit("17").getFirst().id().value();
        String code = "MOD." + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        service.create(new NewProcedure(code, agency, false, false, content("Phiên bản thứ nhất", 5)));

        scenario.stimulate(() -> service.publish(code, LocalDate.of(2025, 7, 1)))
                .andWaitForEventOfType(ProcedureVersionPublished.class)
                .matching(event -> event.code().equals(code))
                .toArriveAndVerify(event -> {
                    assertThat(event.number()).isEqualTo(1);
                    assertThat(event.previous()).isNull();
                });
        var first = catalog.currentVersion(code).orElseThrow();

        service.saveDraft(code, new DraftChanges(agency, false, content("Phiên bản thứ hai", 3)));
        scenario.stimulate(() -> service.publish(code, LocalDate.of(2025, 10, 1)))
                .andWaitForEventOfType(ProcedureVersionPublished.class)
                // The scenario has seen version 1's event too; wait for the next one.
                .matching(event -> event.code().equals(code) && event.number() == 2)
                .toArriveAndVerify(event -> {
                    assertThat(event.previous()).isEqualTo(first.id());
                });

        // A dossier submitted under version 1 still reads its five working days.
        var kept = catalog.version(first.id()).orElseThrow();
        assertThat(kept.processingTime().amount()).isEqualTo(5);
        assertThat(kept.effectiveTo()).isEqualTo(LocalDate.of(2025, 9, 30));
        assertThat(catalog.currentVersion(code).orElseThrow().processingTime().amount()).isEqualTo(3);
    }

    private static ProcedureContent content(String name, int days) {
        return new ProcedureContent(name, "HO_TICH", "PROVINCE", "Công dân", "Sở Tư pháp", List.of(), List.of(), null, null,
                null, new ProcessingTime(days, ProcessingTimeUnit.WORKING_DAYS, null, null), List.of(),
                List.of(new DossierComponent("Tờ khai", true, 1, 0, null, null, false)), "Văn bản", false, "Luật",
                OnlineService.MOT_PHAN, null);
    }
}
