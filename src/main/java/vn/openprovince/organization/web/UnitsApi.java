package vn.openprovince.organization.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.organization.internal.OrganizationService;
import vn.openprovince.organization.internal.UnitChanges;
import vn.openprovince.organization.internal.UnitView;

/** Public reference data: administrative units by their statistical codes. */
@RestController
@RequestMapping("/api/v1/units")
@Tag(name = "Administrative units", description = "Đơn vị hành chính (public)")
class UnitsApi {

    private final OrganizationService organization;

    UnitsApi(OrganizationService organization) {
        this.organization = organization;
    }

    @GetMapping
    @Operation(summary = "Top-level units (provinces)")
    List<UnitView> roots() {
        return organization.roots();
    }

    @GetMapping("/{code}")
    @Operation(summary = "One unit by its statistical code")
    UnitView unit(@PathVariable String code) {
        return organization.unit(code);
    }

    @PutMapping("/{code}")
    @Operation(summary = "Rename a unit (system administrators)")
    UnitView changeUnit(@PathVariable String code, @Valid @RequestBody UnitChanges changes) {
        return organization.changeUnit(code, changes);
    }

    @GetMapping("/{code}/children")
    @Operation(summary = "Units directly below a unit, e.g. a province's districts")
    List<UnitView> children(@PathVariable String code) {
        return organization.children(code);
    }
}
