package vn.openprovince.dossier.report;

import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;

/** The statistics page (filters and a table) and the register downloads for officers and leaders. */
@Controller
class DossierStatisticsPages {

    private final DossierStatisticsService statistics;
    private final DossierRegisterService registers;
    private final DossierRegisterExports exports;
    private final ReportScope scopes;
    private final OrganizationDirectory directory;
    private final MessageSource messages;

    DossierStatisticsPages(DossierStatisticsService statistics, DossierRegisterService registers,
                           DossierRegisterExports exports, ReportScope scopes, OrganizationDirectory directory,
                           MessageSource messages) {
        this.statistics = statistics;
        this.registers = registers;
        this.exports = exports;
        this.scopes = scopes;
        this.directory = directory;
        this.messages = messages;
    }

    @GetMapping("/dossiers/statistics")
    String statistics(@RequestParam(required = false) UUID agency,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      @RequestParam(required = false) String procedure, Model model, Locale locale) {
        var scope = scopes.current();
        model.addAttribute("agencies", directory.agencies(scope));
        model.addAttribute("agency", agency);
        model.addAttribute("procedure", procedure);
        model.addAttribute("from", from);
        model.addAttribute("to", to);
        try {
            var result = statistics.statistics(agency == null ? null : new AgencyId(agency), procedure, from, to);
            model.addAttribute("statistics", result);
            model.addAttribute("from", result.from());
            model.addAttribute("to", result.to());
        } catch (ReportException e) {
            model.addAttribute("problem", messages.getMessage(e.getDetailMessageCode(), e.getDetailMessageArguments(),
                    e.getDetailMessageCode(), locale));
        }
        return "dossier/statistics";
    }

    @GetMapping("/dossiers/register")
    ResponseEntity<byte[]> register(@RequestParam(required = false) UUID agency,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(defaultValue = "pdf") String format, Locale locale) {
        return DossierStatisticsApi.export(registers, exports, agency, from, to, format, locale);
    }

    /** A refused register download goes back to the page with the reason in Vietnamese, nothing downloaded. */
    @org.springframework.web.bind.annotation.ExceptionHandler(ReportException.class)
    String refused(ReportException e, jakarta.servlet.http.HttpServletRequest request, Locale locale) {
        org.springframework.web.servlet.support.RequestContextUtils.getOutputFlashMap(request).put("problem",
                messages.getMessage(e.getDetailMessageCode(), e.getDetailMessageArguments(), e.getDetailMessageCode(),
                        locale));
        return "redirect:/dossiers/statistics";
    }
}
