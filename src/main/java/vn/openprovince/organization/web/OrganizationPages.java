package vn.openprovince.organization.web;

import jakarta.validation.Valid;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.openprovince.organization.OrganizationException;
import vn.openprovince.organization.internal.AgencyChanges;
import vn.openprovince.organization.internal.AgencyView;
import vn.openprovince.organization.internal.NewAgency;
import vn.openprovince.organization.internal.UnitChanges;
import vn.openprovince.organization.internal.NewDepartment;
import vn.openprovince.organization.internal.NewOfficial;
import vn.openprovince.organization.internal.OfficialChanges;
import vn.openprovince.organization.internal.OrganizationService;

/** Administration pages for units, agencies, departments and officials. */
@Controller
@RequestMapping("/admin")
class OrganizationPages {

    private static final int PAGE_SIZE = 20;

    private final OrganizationService organization;
    private final MessageSource messages;

    OrganizationPages(OrganizationService organization, MessageSource messages) {
        this.organization = organization;
        this.messages = messages;
    }

    @GetMapping("/units")
    String units(@RequestParam(required = false) String code, Model model) {
        if (code == null || code.isBlank()) {
            model.addAttribute("unit", null);
            model.addAttribute("children", organization.roots());
        } else {
            var unit = organization.unit(code);
            model.addAttribute("unit", unit);
            model.addAttribute("children", organization.children(code));
            if (!model.containsAttribute("unitChanges")) {
                model.addAttribute("unitChanges", new UnitChanges(unit.name(), unit.type()));
            }
        }
        return "organization/units";
    }

    @PostMapping("/units/{code}")
    String changeUnit(@PathVariable String code, @Valid @ModelAttribute("unitChanges") UnitChanges changes,
                      BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
        if (!errors.hasErrors() && attempt(() -> organization.changeUnit(code, changes), errors)) {
            redirect.addFlashAttribute("flash", messages.getMessage("common.saved", null, locale));
            return "redirect:/admin/units?code=" + code;
        }
        model.addAttribute("unitEditOpen", true);
        return units(code, model);
    }

    @GetMapping("/agencies/new")
    String newAgency(@RequestParam(required = false) UUID parentId, Model model) {
        model.addAttribute("agency", new NewAgency("", "", "SPECIALISED_DEPARTMENT", "", parentId, "", true, ""));
        return agencyForm(model);
    }

    @PostMapping("/agencies")
    String createAgency(@Valid @ModelAttribute("agency") NewAgency input, BindingResult errors, Model model,
                        RedirectAttributes redirect, Locale locale) {
        if (!errors.hasErrors()) {
            try {
                var created = organization.createAgency(input);
                redirect.addFlashAttribute("flash", messages.getMessage("common.saved", null, locale));
                return "redirect:/admin/agencies/" + created.id();
            } catch (OrganizationException rejected) {
                FormErrors.reject(errors, rejected.error().field(), rejected.getDetailMessageCode(),
                        rejected.getDetailMessageArguments());
            }
        }
        return agencyForm(model);
    }

    private String agencyForm(Model model) {
        model.addAttribute("kinds", java.util.List.of("PEOPLES_COMMITTEE", "OFFICE", "SPECIALISED_DEPARTMENT",
                "SERVICE_CENTRE", "OTHER"));
        model.addAttribute("parents", organization.agencies("", PageRequest.of(0, 1000)).getContent());
        return "organization/agency-form";
    }

    @GetMapping("/agencies")
    String agencies(@RequestParam(defaultValue = "") String q, @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("q", q);
        model.addAttribute("agencies", organization.agencies(q, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "organization/agencies";
    }

    @GetMapping("/agencies/{id}")
    String agency(@PathVariable UUID id, Model model) {
        AgencyView agency = organization.agency(id);
        model.addAttribute("agency", agency);
        model.addAttribute("departments", organization.departments(id));
        model.addAttribute("changes", new AgencyChanges(agency.name(), agency.abbreviation(), agency.identifierCode(),
                agency.identifierProvisional(), agency.sharingCode()));
        model.addAttribute("newDepartment", new NewDepartment("", ""));
        return "organization/agency";
    }

    @PostMapping("/agencies/{id}")
    String changeAgency(@PathVariable UUID id, @Valid @ModelAttribute("changes") AgencyChanges changes,
                        BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
        if (!errors.hasErrors() && attempt(() -> organization.changeAgency(id, changes), errors)) {
            redirect.addFlashAttribute("flash", messages.getMessage("agency.changed", null, locale));
            return "redirect:/admin/agencies/" + id;
        }
        model.addAttribute("agency", organization.agency(id));
        model.addAttribute("departments", organization.departments(id));
        model.addAttribute("newDepartment", new NewDepartment("", ""));
        return "organization/agency";
    }

    @PostMapping("/agencies/{id}/departments")
    String addDepartment(@PathVariable UUID id, @Valid @ModelAttribute("newDepartment") NewDepartment input,
                         BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
        if (!errors.hasErrors() && attempt(() -> organization.addDepartment(id, input), errors)) {
            redirect.addFlashAttribute("flash", messages.getMessage("department.added", null, locale));
            return "redirect:/admin/agencies/" + id;
        }
        AgencyView agency = organization.agency(id);
        model.addAttribute("agency", agency);
        model.addAttribute("departments", organization.departments(id));
        model.addAttribute("changes", new AgencyChanges(agency.name(), agency.abbreviation(), agency.identifierCode(),
                agency.identifierProvisional(), agency.sharingCode()));
        return "organization/agency";
    }

    @GetMapping("/agencies/{id}/officials")
    String officials(@PathVariable UUID id, @RequestParam(defaultValue = "") String q,
                     @RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("agency", organization.agency(id));
        model.addAttribute("q", q);
        model.addAttribute("officials", organization.officials(id, q, PageRequest.of(Math.max(page, 0), PAGE_SIZE)));
        return "organization/officials";
    }

    @GetMapping("/agencies/{id}/officials/new")
    String newOfficial(@PathVariable UUID id, Model model) {
        model.addAttribute("official", new NewOfficial("", "", null, "", ""));
        return officialForm(id, model);
    }

    @PostMapping("/agencies/{id}/officials")
    String registerOfficial(@PathVariable UUID id, @Valid @ModelAttribute("official") NewOfficial input,
                            BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
        if (!errors.hasErrors() && attempt(() -> organization.registerOfficial(id, input), errors)) {
            redirect.addFlashAttribute("flash", messages.getMessage("official.registered",
                    new Object[] {input.fullName()}, locale));
            return "redirect:/admin/agencies/" + id + "/officials";
        }
        return officialForm(id, model);
    }

    @GetMapping("/officials/{id}")
    String official(@PathVariable UUID id, Model model) {
        var official = organization.official(id);
        model.addAttribute("officialId", id);
        model.addAttribute("official", new OfficialChanges(official.fullName(), official.position(),
                official.departmentId(), official.email(), official.phone()));
        return officialForm(official.agencyId(), model);
    }

    @PostMapping("/officials/{id}")
    String changeOfficial(@PathVariable UUID id, @Valid @ModelAttribute("official") OfficialChanges changes,
                          BindingResult errors, Model model, RedirectAttributes redirect, Locale locale) {
        var agencyId = organization.official(id).agencyId();
        if (!errors.hasErrors() && attempt(() -> organization.changeOfficial(id, changes), errors)) {
            redirect.addFlashAttribute("flash", messages.getMessage("official.changed",
                    new Object[] {changes.fullName()}, locale));
            return "redirect:/admin/agencies/" + agencyId + "/officials";
        }
        model.addAttribute("officialId", id);
        return officialForm(agencyId, model);
    }

    private String officialForm(UUID agencyId, Model model) {
        model.addAttribute("agency", organization.agency(agencyId));
        model.addAttribute("departments", organization.departments(agencyId));
        return "organization/official-form";
    }

    /** Runs a use case; a rejected one becomes a message next to the field it concerns. */
    private static boolean attempt(Runnable useCase, BindingResult errors) {
        try {
            useCase.run();
            return true;
        } catch (OrganizationException rejected) {
            FormErrors.reject(errors, rejected.error().field(), rejected.getDetailMessageCode(),
                    rejected.getDetailMessageArguments());
            return false;
        }
    }
}
