package vn.openprovince.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.organization.internal.AgencyChanges;
import vn.openprovince.organization.internal.AgencyView;
import vn.openprovince.organization.internal.DepartmentView;
import vn.openprovince.organization.internal.NewAgency;
import vn.openprovince.organization.internal.NewDepartment;
import vn.openprovince.organization.internal.NewOfficial;
import vn.openprovince.organization.internal.OfficialChanges;
import vn.openprovince.organization.internal.OfficialView;
import vn.openprovince.organization.internal.OrganizationService;

/** Agencies, their departments and officials, within the caller's agency scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Organisation", description = "Cơ quan, phòng ban, cán bộ")
class AgenciesApi {

    private final OrganizationService organization;

    AgenciesApi(OrganizationService organization) {
        this.organization = organization;
    }

    @GetMapping("/agencies")
    @Operation(summary = "Agencies in the caller's scope; q searches names without regard to diacritics")
    Page<AgencyView> agencies(@RequestParam(defaultValue = "") String q, @PageableDefault(size = 20) Pageable page) {
        return organization.agencies(q, page);
    }

    @PostMapping("/agencies")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Create an agency under a parent agency (or at the top, for platform administrators)")
    AgencyView createAgency(@Valid @RequestBody NewAgency input) {
        return organization.createAgency(input);
    }

    @GetMapping("/agencies/{id}")
    AgencyView agency(@PathVariable UUID id) {
        return organization.agency(id);
    }

    @PutMapping("/agencies/{id}")
    @Operation(summary = "Edit an agency's names and identifier codes")
    AgencyView changeAgency(@PathVariable UUID id, @Valid @RequestBody AgencyChanges changes) {
        return organization.changeAgency(id, changes);
    }

    @GetMapping("/agencies/{id}/departments")
    List<DepartmentView> departments(@PathVariable UUID id) {
        return organization.departments(id);
    }

    @PostMapping("/agencies/{id}/departments")
    @ResponseStatus(HttpStatus.CREATED)
    DepartmentView addDepartment(@PathVariable UUID id, @Valid @RequestBody NewDepartment input) {
        return organization.addDepartment(id, input);
    }

    @GetMapping("/agencies/{id}/officials")
    @Operation(summary = "Current officials of an agency")
    Page<OfficialView> officials(@PathVariable UUID id, @RequestParam(defaultValue = "") String q,
                                 @PageableDefault(size = 20) Pageable page) {
        return organization.officials(id, q, page);
    }

    @PostMapping("/agencies/{id}/officials")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Register an official in an agency")
    OfficialView registerOfficial(@PathVariable UUID id, @Valid @RequestBody NewOfficial input) {
        return organization.registerOfficial(id, input);
    }

    @GetMapping("/officials/{id}")
    OfficialView official(@PathVariable UUID id) {
        return organization.official(id);
    }

    @PutMapping("/officials/{id}")
    @Operation(summary = "Edit an official; a new position starts a new membership and keeps the old one")
    OfficialView changeOfficial(@PathVariable UUID id, @Valid @RequestBody OfficialChanges changes) {
        return organization.changeOfficial(id, changes);
    }
}
