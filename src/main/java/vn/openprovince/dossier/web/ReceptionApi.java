package vn.openprovince.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.http.ContentDisposition;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.core.JacksonException;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.dossier.ComponentUpload;
import vn.openprovince.dossier.DossierError;
import vn.openprovince.dossier.DossierException;
import vn.openprovince.dossier.internal.ConcurrentChange;
import vn.openprovince.dossier.DossierReception;
import vn.openprovince.dossier.DossierView;
import vn.openprovince.dossier.OfficerDossierView;
import vn.openprovince.dossier.ReceptionQueueItem;
import vn.openprovince.dossier.SupplementItem;

/**
 * The one-stop-shop officers' API (reception outcomes, extension, stop, the dossier with its clock ledger and
 * steps, the forms as PDF, the reception queue and the at-risk list) and the applicant's withdrawal and supplement.
 */
@RestController
@Tag(name = "Reception", description = "Tiếp nhận hồ sơ một cửa và thời hạn giải quyết (officers); rút, bổ sung hồ sơ (applicant)")
class ReceptionApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final DossierReception reception;

    ReceptionApi(DossierReception reception) {
        this.reception = reception;
    }

    record Acceptance(String note) {
    }

    record SupplementRequestBody(List<SupplementItem> items, String guidance) {
    }

    record Refusal(List<String> reasons) {
    }

    record Extension(String reason, LocalDate newAppointmentDate, Integer additionalWorkingDays) {
    }

    record Reason(String reason) {
    }

    /** One page of a list, with its position and the total. */
    record ItemsPage(List<ReceptionQueueItem> items, int page, int size, long totalElements, int totalPages) {
        static ItemsPage of(Page<ReceptionQueueItem> page) {
            return new ItemsPage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                    page.getTotalPages());
        }
    }

    @PostMapping("/api/v1/dossiers/{code}/acceptance")
    @Operation(summary = "Accept a dossier (Form 01): the appointment date is computed once from the legal time",
            description = "ONE_STOP_OFFICER of the receiving centre; state SUBMITTED only. A second acceptance is a 409 "
                    + "problem (DOSSIER_ALREADY_ACCEPTED) and changes nothing.")
    OfficerDossierView accept(@PathVariable String code, @RequestBody(required = false) Acceptance body) {
        return ConcurrentChange.retried(() -> reception.accept(code, body == null ? null : body.note()));
    }

    @PostMapping("/api/v1/dossiers/{code}/supplement-request")
    @Operation(summary = "Request a supplement (Form 02): every missing or wrong item at once",
            description = "items: [{component: <index>} or {field: <e-form field name>}, reason]; guidance: the one "
                    + "written guidance. Before acceptance: the receiving centre's one-stop officer. After acceptance: "
                    + "the receiving centre or the competent agency; the legal clock pauses.")
    OfficerDossierView requestSupplement(@PathVariable String code, @RequestBody SupplementRequestBody body) {
        return ConcurrentChange.retried(() -> reception.requestSupplement(code, body.items(), body.guidance()));
    }

    @PostMapping("/api/v1/dossiers/{code}/refusal")
    @Operation(summary = "Refuse a dossier (Form 03) with the reasons; SUBMITTED only")
    OfficerDossierView refuse(@PathVariable String code, @RequestBody Refusal body) {
        return ConcurrentChange.retried(() -> reception.refuse(code, body.reasons()));
    }

    @PostMapping("/api/v1/dossiers/{code}/extension")
    @Operation(summary = "Apologise and set a new appointment (Form 04), once only",
            description = "reason, and either newAppointmentDate (a working day after the current appointment) or "
                    + "additionalWorkingDays. A second extension is a 409 problem (DOSSIER_ALREADY_EXTENDED).")
    OfficerDossierView extend(@PathVariable String code, @RequestBody Extension body) {
        return ConcurrentChange.retried(() -> reception.extend(code, body.reason(), body.newAppointmentDate(),
                body.additionalWorkingDays()));
    }

    @PostMapping("/api/v1/dossiers/{code}/stop")
    @Operation(summary = "Stop processing (Form 05), e.g. after the applicant asked to withdraw")
    OfficerDossierView stop(@PathVariable String code, @RequestBody Reason body) {
        return ConcurrentChange.retried(() -> reception.stop(code, body.reason()));
    }

    @GetMapping("/api/v1/dossiers/{code}")
    @Operation(summary = "A dossier for officers of its receiving centre or competent agency",
            description = "state, nationalState, appointmentDate, the clock ledger[], the processing steps[], history, "
                    + "files, forms issued; 404 out of scope.")
    OfficerDossierView dossier(@PathVariable String code) {
        return reception.officerView(code).orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, code));
    }

    @GetMapping(value = "/api/v1/dossiers/{code}/forms/{form}", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "A form issued for the dossier (01 receipt, 02 supplement request, 03 refusal, 04 extension, "
            + "05 stop) as PDF")
    ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form) {
        return pdf(reception.formPdf(code, form, ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()),
                code, form);
    }

    @GetMapping("/api/v1/reception/queue")
    @Operation(summary = "Dossiers awaiting reception at the officer's centres, oldest first (paged)")
    ItemsPage queue(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return ItemsPage.of(reception.queue(PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 100))));
    }

    @GetMapping("/api/v1/reception/at-risk")
    @Operation(summary = "Running dossiers due within one working day or overdue (the apology and extension prompt)")
    ItemsPage atRisk(@RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "20") int size) {
        return ItemsPage.of(reception.atRisk(PageRequest.of(Math.max(page, 0), Math.clamp(size, 1, 100))));
    }

    /** The {@code form} part of a counter intake. */
    record CounterForm(String procedureCode, String applicantName, String citizenId, String phone) {
    }

    record Received(String code) {
    }

    @PostMapping(value = "/api/v1/reception/counter", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Counter intake: the officer files a dossier for a walk-in applicant (channel COUNTER)",
            description = "Multipart: a part 'form' with JSON {procedureCode, applicantName, citizenId, phone} and one "
                    + "part 'component-<index>' per scanned component. The dossier is SUBMITTED at the officer's centre.")
    ResponseEntity<Received> counter(MultipartHttpServletRequest request) {
        CounterForm form;
        try {
            String text = MultipartParts.text(request, "form");
            if (text == null) {
                throw new DossierException(DossierError.DOSSIER_INVALID_FORM);
            }
            form = JSON.readValue(text, CounterForm.class);
        } catch (JacksonException | IOException e) {
            throw new DossierException(DossierError.DOSSIER_INVALID_FORM);
        }
        String code = reception.receiveAtCounter(new vn.openprovince.dossier.CounterIntake(form.procedureCode(),
                form.applicantName(), form.citizenId(), form.phone(), MultipartParts.components(request)));
        return ResponseEntity.status(org.springframework.http.HttpStatus.CREATED)
                .header("Location", "/api/v1/dossiers/" + code).body(new Received(code));
    }

    @PostMapping("/api/v1/dossiers/{code}/withdrawal-request")
    @Operation(summary = "The applicant asks to withdraw their dossier (national state 7)")
    DossierView withdraw(@PathVariable String code, @RequestBody Reason body) {
        return ConcurrentChange.retried(() -> reception.requestWithdrawal(code, body.reason()));
    }

    @GetMapping("/api/v1/dossiers/{code}/supplement")
    @Operation(summary = "What the open supplement request asks of the applicant")
    DossierReception.SupplementRequest requested(@PathVariable String code) {
        return reception.openSupplementRequest(code)
                .orElseThrow(() -> DossierException.onField("form", DossierError.DOSSIER_FORM_NOT_ISSUED, "02"));
    }

    @PostMapping(value = "/api/v1/dossiers/{code}/supplement", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "The applicant supplements: replaces exactly the requested components and fields",
            description = "Multipart: an optional part 'data' with JSON {field: value} for the requested e-form fields, "
                    + "and one part 'component-<index>' per requested component. Earlier files and values are kept.")
    DossierView supplement(@PathVariable String code, MultipartHttpServletRequest request) {
        Map<String, Object> data = Map.of();
        try {
            String text = MultipartParts.text(request, "data");
            if (text != null && !text.isBlank()) {
                data = JSON.readValue(text, new TypeReference<Map<String, Object>>() {
                });
            }
        } catch (JacksonException | IOException e) {
            throw new DossierException(DossierError.DOSSIER_BAD_REQUEST);
        }
        Map<String, Object> values = data;
        List<ComponentUpload> files = MultipartParts.components(request);
        return ConcurrentChange.retried(() -> reception.supplement(code, values, files));
    }

    static ResponseEntity<byte[]> pdf(byte[] pdf, String code, String form) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.inline()
                        .filename("mau-" + form + "-" + code + ".pdf").build().toString())
                .body(pdf);
    }
}
