package vn.openprovince.dossier.web;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import vn.openprovince.dossier.DossierReception;

/** The applicant's copies of the forms issued for their dossier (receipt, supplement request…), on the portal. */
@Controller
class ApplicantForms {

    private final DossierReception reception;

    ApplicantForms(DossierReception reception) {
        this.reception = reception;
    }

    @GetMapping("/cong-dich-vu-cong/ca-nhan/ho-so/{code}/phieu/{form}")
    ResponseEntity<byte[]> form(@PathVariable String code, @PathVariable String form) {
        return ReceptionApi.pdf(reception.formPdf(code, form,
                ServletUriComponentsBuilder.fromCurrentContextPath().toUriString()), code, form);
    }
}
