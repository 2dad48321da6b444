package vn.openprovince.signature.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import vn.openprovince.signature.SignatureError;
import vn.openprovince.signature.SignatureException;
import vn.openprovince.signature.device.Signatory;
import vn.openprovince.signature.device.SigningDeviceProvider;
import vn.openprovince.signature.device.SigningDeviceProviderFactory;

/** Opens a signatory's key on the device its credential names, after checking the certificate is current. */
@Component
class SigningDevices {

    private final SigningCredentials credentials;
    private final Map<String, SigningDeviceProviderFactory> factories;

    SigningDevices(SigningCredentials credentials, List<SigningDeviceProviderFactory> factories) {
        this.credentials = credentials;
        this.factories = factories.stream()
                .collect(Collectors.toMap(SigningDeviceProviderFactory::id, Function.identity()));
    }

    SigningDeviceProvider open(Signatory signatory) {
        var credential = credentials.of(signatory)
                .orElseThrow(() -> new SignatureException(SignatureError.SIGNATURE_NO_SIGNING_KEY));
        if (credential.notAfter().isBefore(Instant.now())) {
            throw new SignatureException(SignatureError.SIGNATURE_CERTIFICATE_NOT_USABLE);
        }
        var factory = factories.get(credential.device());
        if (factory == null) {
            throw new SignatureException(SignatureError.SIGNATURE_DEVICE_NOT_CONFIGURED);
        }
        return factory.open(signatory);
    }
}
