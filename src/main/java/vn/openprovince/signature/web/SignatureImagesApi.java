package vn.openprovince.signature.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.signature.internal.SignatureImageStore;

/** Upload of officials' signature images and agencies' seal images (transparent PNG, checked). */
@RestController
@RequestMapping("/api/v1/signatures")
@PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'AGENCY_ADMIN')")
@Tag(name = "Signatures")
class SignatureImagesApi {

    private final SignatureImageStore images;

    SignatureImagesApi(SignatureImageStore images) {
        this.images = images;
    }

    @PutMapping(path = "/officials/{officialId}/signature-image", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set an official's handwritten-signature image (blue, transparent PNG)")
    void signatureImage(@PathVariable UUID officialId, @RequestPart("file") MultipartFile file) {
        images.uploadSignatureImage(officialId, SignaturesApi.bytes(file));
    }

    @PutMapping(path = "/agencies/{agencyId}/seal-image", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Set an agency's seal image (red, transparent PNG) and its real diameter in mm")
    void sealImage(@PathVariable UUID agencyId, @RequestPart("file") MultipartFile file,
                   @RequestParam double diameterMm) {
        images.uploadSealImage(new AgencyId(agencyId), SignaturesApi.bytes(file), diameterMm);
    }
}
