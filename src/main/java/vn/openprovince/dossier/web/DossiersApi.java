package vn.openprovince.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.dossier.ComponentUpload;
import vn.openprovince.dossier.DossierError;
import vn.openprovince.dossier.DossierException;
import vn.openprovince.dossier.DossierState;
import vn.openprovince.dossier.DossierView;
import vn.openprovince.dossier.OnlineSubmission;
import vn.openprovince.dossier.OnlineSubmissions;

/** Online submission by citizens and businesses, their dossiers, and the public status look-up. */
@RestController
@RequestMapping("/api/v1/dossiers")
@Tag(name = "Dossiers", description = "Hồ sơ: online submission (citizens) and public status")
class DossiersApi {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final OnlineSubmissions submissions;

    DossiersApi(OnlineSubmissions submissions) {
        this.submissions = submissions;
    }

    /** The {@code form} part: the procedure and the e-form's values. */
    record SubmissionForm(String procedureCode, Map<String, Object> data) {
    }

    record Receipt(String code, Instant receivedAt, DossierState state) {
    }

    record Status(String code, DossierState state, LocalDate appointmentDate) {
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Submit a dossier online (citizen or business account)",
            description = "Multipart: a part 'form' with JSON {procedureCode, data} and one part per component file "
                    + "named 'component-<index>' (index in the procedure's component list; PDF, JPEG or PNG). "
                    + "An Idempotency-Key header makes a replay return the same dossier.")
    ResponseEntity<Receipt> submit(MultipartHttpServletRequest request,
                                   @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        SubmissionForm form = form(request);
        List<ComponentUpload> files = MultipartParts.components(request);
        var receipt = submissions.submit(new OnlineSubmission(form.procedureCode(), form.data(), files, idempotencyKey));
        var body = new Receipt(receipt.code(), receipt.receivedAt(), receipt.state());
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/dossiers/" + receipt.code() + "/status")
                .header("Idempotent-Replayed", Boolean.toString(receipt.replayed())).body(body);
    }

    @GetMapping("/{code}/status")
    @Operation(summary = "The state and appointment date of a dossier, by its code (public, rate-limited)")
    Status status(@PathVariable String code) {
        return submissions.status(code).map(s -> new Status(s.code(), s.state(), s.appointmentDate()))
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_UNKNOWN, code));
    }

    @GetMapping("/mine")
    @Operation(summary = "The signed-in citizen's dossiers, newest first")
    List<DossierView> mine() {
        return submissions.mine();
    }

    private static SubmissionForm form(MultipartHttpServletRequest request) {
        try {
            String text = MultipartParts.text(request, "form");
            if (text == null) {
                throw new DossierException(DossierError.DOSSIER_INVALID_FORM);
            }
            return JSON.readValue(text, SubmissionForm.class);
        } catch (JacksonException | IOException e) {
            throw new DossierException(DossierError.DOSSIER_INVALID_FORM);
        }
    }
}
