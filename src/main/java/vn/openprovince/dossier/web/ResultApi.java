package vn.openprovince.dossier.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.openprovince.dossier.DossierError;
import vn.openprovince.dossier.DossierException;
import vn.openprovince.dossier.DossierResults;
import vn.openprovince.dossier.ResultVerification;
import vn.openprovince.dossier.ResultView;

/** Kết quả giải quyết: the signed result of a dossier, its release on paper, the applicant's download. */
@RestController
@Tag(name = "Results", description = "Kết quả giải quyết TTHC: lập, ký số, trả kết quả (điện tử, bản giấy)")
class ResultApi {

    private final DossierResults results;

    ResultApi(DossierResults results) {
        this.results = results;
    }

    record Decision(String decisionText) {
    }

    record PaperRelease(String collectorName, String collectorIdNumber) {
    }

    @PostMapping(value = "/api/v1/dossiers/{code}/result", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Operation(summary = "Produce the result from the template and sign it (PAdES: leader, then the agency's seal)",
            description = "A LEADER of the competent agency; the dossier must be RESULT_READY after an approving "
                    + "decision (else 409 DOSSIER_RESULT_NOT_APPROVED); once only (409 DOSSIER_RESULT_EXISTS). "
                    + "The state does not change; the PDF carries a verification code and a QR code to "
                    + "/cong-dich-vu-cong/ket-qua/{verificationCode}.")
    ResponseEntity<ResultView> generate(@PathVariable String code, @RequestBody(required = false) Decision body) {
        return created(results.produce(code, body == null ? null : body.decisionText(), null, null, base()));
    }

    @PostMapping(value = "/api/v1/dossiers/{code}/result", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Operation(summary = "Upload the result PDF (checked by its content) and sign it",
            description = "Multipart part 'file'; not a PDF → 415 DOSSIER_RESULT_NOT_PDF, nothing stored. Same rules "
                    + "as the generated result.")
    ResponseEntity<ResultView> upload(@PathVariable String code, @RequestPart(name = "file", required = false) MultipartFile file,
                                      @RequestParam(name = "decisionText", required = false) String decisionText) {
        if (file == null || file.isEmpty()) {
            throw new DossierException(DossierError.DOSSIER_RESULT_NOT_PDF);
        }
        return created(results.produce(code, decisionText, bytes(file), file.getOriginalFilename(), base()));
    }

    @GetMapping("/api/v1/dossiers/{code}/result")
    @Operation(summary = "The dossier's result: verification code, signer, release (channel, collector)")
    ResultView result(@PathVariable String code) {
        return results.officerResult(code)
                .orElseThrow(() -> new DossierException(DossierError.DOSSIER_RESULT_MISSING, code));
    }

    @GetMapping(value = "/api/v1/dossiers/{code}/result/file", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The signed result PDF, for officers of the receiving centre or competent agency")
    ResponseEntity<byte[]> file(@PathVariable String code) {
        return pdf(results.officerFile(code), code);
    }

    @PostMapping("/api/v1/dossiers/{code}/result/paper-release")
    @Operation(summary = "Paper result collected at the counter: who (name, ID number) — RESULT_RETURNED (10)",
            description = "ONE_STOP_OFFICER of the receiving centre. Released already (on paper or by the applicant's "
                    + "download) → 409 DOSSIER_RESULT_ALREADY_RELEASED.")
    ResultView releaseOnPaper(@PathVariable String code, @RequestBody PaperRelease body) {
        return results.releaseOnPaper(code, body == null ? null : body.collectorName(),
                body == null ? null : body.collectorIdNumber());
    }

    @GetMapping(value = "/api/v1/dossiers/{code}/result/download", produces = MediaType.APPLICATION_PDF_VALUE)
    @Operation(summary = "The applicant downloads the signed result; the first download is the electronic release "
            + "(RESULT_RETURNED, national 10)")
    ResponseEntity<byte[]> download(@PathVariable String code) {
        return pdf(results.applicantDownload(code), code);
    }

    @GetMapping("/api/v1/results/{verificationCode}/verification")
    @Operation(summary = "Public check of a stored result by its verification code: procedure and signature report")
    ResultVerification verify(@PathVariable String verificationCode) {
        return results.verify(verificationCode);
    }

    private static String base() {
        return ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
    }

    private static ResponseEntity<ResultView> created(ResultView view) {
        return ResponseEntity.status(HttpStatus.CREATED).header("Location", "/api/v1/dossiers/" + view.dossierCode()
                + "/result").body(view);
    }

    static byte[] bytes(MultipartFile file) {
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static ResponseEntity<byte[]> pdf(byte[] pdf, String code) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_PDF)
                .header("Content-Disposition", ContentDisposition.attachment()
                        .filename("ket-qua-" + code + ".pdf").build().toString())
                .body(pdf);
    }
}
