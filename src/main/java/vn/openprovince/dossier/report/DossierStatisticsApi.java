package vn.openprovince.dossier.report;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.organization.AgencyId;

/** The one-stop statistics and the dossier register for officers and leaders, within their agencies. */
@RestController
@Tag(name = "Dossier statistics", description = "Thống kê hồ sơ một cửa và sổ theo dõi hồ sơ (Form 07)")
class DossierStatisticsApi {

    private final DossierStatisticsService statistics;
    private final DossierRegisterService registers;
    private final DossierRegisterExports exports;

    DossierStatisticsApi(DossierStatisticsService statistics, DossierRegisterService registers, DossierRegisterExports exports) {
        this.statistics = statistics;
        this.registers = registers;
        this.exports = exports;
    }

    @GetMapping("/api/v1/dossier-statistics")
    @Operation(summary = "Statistics per competent agency and procedure for a period",
            description = "Received (online/direct: accepted in the period), resolved early/on time/late (result ready "
                    + "in the period against the appointment date), in progress on time/overdue (as of the period's "
                    + "last day, or now), supplements, refusals and the average processing time in working days. "
                    + "Dossiers are selected by competent or receiving agency; one-stop officers, specialists, "
                    + "department heads and leaders see the agencies in their scope (403 otherwise). The period is "
                    + "at most 366 days; without dates, the current month.")
    DossierStatistics statistics(
            @Parameter(description = "agency id; every agency in the caller's scope when absent")
            @RequestParam(required = false) UUID agency,
            @Parameter(description = "first day, yyyy-MM-dd (Asia/Ho_Chi_Minh)")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @Parameter(description = "last day included, yyyy-MM-dd")
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            @Parameter(description = "procedure code (MaTTHC)") @RequestParam(required = false) String procedure) {
        return statistics.statistics(agency == null ? null : new AgencyId(agency), procedure, from, to);
    }

    @GetMapping("/api/v1/dossier-register")
    @Operation(summary = "The dossier register (Form 07) of a receiving centre for a period, as PDF or Excel",
            description = "Dossiers accepted at the centre in the period, in order of acceptance. format=pdf (A4 "
                    + "landscape) or xlsx. At most 5000 dossiers per register.")
    ResponseEntity<byte[]> register(@RequestParam(required = false) UUID agency,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(defaultValue = "pdf") String format, Locale locale) {
        return export(registers, exports, agency, from, to, format, locale);
    }

    /** The register file with its content type and a download name; shared with the page. */
    static ResponseEntity<byte[]> export(DossierRegisterService registers, DossierRegisterExports exports, UUID agency,
                                         LocalDate from, LocalDate to, String format, Locale locale) {
        boolean pdf = "pdf".equalsIgnoreCase(format);
        if (!pdf && !"xlsx".equalsIgnoreCase(format)) {
            throw new ReportException(ReportError.DOSSIER_REPORT_FORMAT_UNKNOWN, format);
        }
        var register = registers.register(agency == null ? null : new AgencyId(agency), from, to, locale);
        String name = "so-theo-doi-ho-so-" + register.from() + "-" + register.to() + (pdf ? ".pdf" : ".xlsx");
        return ResponseEntity.ok()
                .contentType(pdf ? MediaType.APPLICATION_PDF : MediaType.parseMediaType(
                        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"))
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + name + "\"")
                .body(pdf ? exports.pdf(register, locale) : exports.xlsx(register, locale));
    }
}
