package vn.openprovince.signature.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.UUID;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.signature.device.Signatory;
import vn.openprovince.signature.internal.SigningKeys;
import vn.openprovince.signature.internal.SigningKeys.SigningKeyView;

/**
 * Signing keys of officials and agencies: system administrators move a signatory to a key on the PKCS#11
 * token or at the remote signing service, by the key's label or id there.
 */
@RestController
@RequestMapping("/api/v1/signatures/signing-keys")
@PreAuthorize("hasRole('SYSTEM_ADMIN')")
@Tag(name = "Signatures")
class SigningKeysApi {

    private final SigningKeys keys;

    SigningKeysApi(SigningKeys keys) {
        this.keys = keys;
    }

    @GetMapping("/{kind}/{id}")
    @Operation(summary = "The signing key of an official (OFFICIAL) or an agency seal (AGENCY)")
    SigningKeyView of(@PathVariable Signatory.Kind kind, @PathVariable UUID id) {
        return keys.of(new Signatory(kind, id));
    }

    @PutMapping("/{kind}/{id}")
    @Operation(summary = "Sign for this signatory with a key on a device: pkcs11 (key label) or remote (key id)")
    SigningKeyView assign(@PathVariable Signatory.Kind kind, @PathVariable UUID id, @RequestBody Assignment assignment) {
        return keys.assign(new Signatory(kind, id), assignment.device(), assignment.keyReference());
    }

    /** The device kind and the key's reference on it. */
    record Assignment(String device, String keyReference) {
    }
}
