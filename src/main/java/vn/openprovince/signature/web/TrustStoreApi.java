package vn.openprovince.signature.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.openprovince.signature.internal.TrustStore;
import vn.openprovince.signature.internal.TrustStore.TrustedCertificateView;

/** The trust store of validation: system administrators add and remove root and intermediate certificates. */
@RestController
@RequestMapping("/api/v1/signatures/trusted-certificates")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
@Tag(name = "Signatures")
class TrustStoreApi {

    private final TrustStore trustStore;

    TrustStoreApi(TrustStore trustStore) {
        this.trustStore = trustStore;
    }

    @GetMapping
    @Operation(summary = "Trusted root and intermediate certificates")
    Page<TrustedCertificateView> list(Pageable page) {
        return trustStore.list(page);
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Trust a CA certificate (DER or PEM)")
    TrustedCertificateView add(@RequestPart("file") MultipartFile file) {
        return trustStore.add(SignaturesApi.bytes(file));
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Stop trusting a certificate")
    void remove(@PathVariable UUID id) {
        trustStore.remove(id);
    }
}
