package vn.openprovince.signature.internal;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.enumerations.EncryptionAlgorithm;
import eu.europa.esig.dss.enumerations.SignatureAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.spi.DSSUtils;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.signature.SignatureError;
import vn.openprovince.signature.SignatureException;
import vn.openprovince.signature.device.Signatory;
import vn.openprovince.signature.device.SigningDeviceProvider;

/**
 * Keys kept by a remote signing service ({@code openprovince.signature.remote.*}), hash signing: the
 * platform computes the digest of the data DSS prepared, sends it with the key id, and embeds the
 * signature value the service returns, after checking it with the certificate's public key.
 *
 * <p>The protocol, JSON over HTTPS with {@code Authorization: Bearer <token>}:
 * <ul>
 *   <li>{@code GET {base}/keys/{keyId}/certificate-chain} → {@code {"certificateChain": ["<base64 DER>", …]}},
 *       signer first;</li>
 *   <li>{@code POST {base}/sign} with {@code {"keyId": …, "digestAlgorithm": "SHA256", "digest": "<base64>"}}
 *       → {@code {"signature": "<base64>"}}: PKCS#1 v1.5 for RSA keys, DER for EC keys.</li>
 * </ul>
 */
@Component
class RemoteSigningDevices implements ExternalKeyDevice {

    static final String ID = "remote";
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]", "::1");

    private final SigningCredentials credentials;
    private final SignatureSettings.Remote settings;
    private final HttpClient http;
    // Services add fields of their own (request ids, algorithm names); only ours are read.
    private final JsonMapper json = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    RemoteSigningDevices(SigningCredentials credentials, SignatureSettings settings) {
        this.credentials = credentials;
        this.settings = settings.remote();
        // No client (and its selector thread) in deployments without a signing service.
        this.http = this.settings.configured() ? HttpClient.newBuilder().connectTimeout(this.settings.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build() : null;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SigningDeviceProvider open(Signatory signatory) {
        var credential = credentials.of(signatory).filter(found -> ID.equals(found.device()))
                .orElseThrow(() -> new SignatureException(SignatureError.SIGNATURE_NO_SIGNING_KEY));
        var chain = certificateChain(credential.keyReference());
        if (!chain.getFirst().equals(credential.certificate())) {
            // The platform records who signed by the enrolled certificate; another key must not sign.
            throw new SignatureException(SignatureError.SIGNATURE_DEVICE_CERTIFICATE_CHANGED);
        }
        return new RemoteKey(credential.keyReference(), chain);
    }

    @Override
    public List<X509Certificate> certificateChain(String keyId) {
        var answer = call(HttpRequest.newBuilder(endpoint("keys/" + URLEncoder.encode(keyId, StandardCharsets.UTF_8)
                + "/certificate-chain")).GET(), CertificateChainAnswer.class, true);
        if (answer.certificateChain() == null || answer.certificateChain().isEmpty()) {
            throw new SignatureException(SignatureError.SIGNATURE_REMOTE_INVALID_RESPONSE);
        }
        try {
            return answer.certificateChain().stream().map(encoded -> Certificates.parse(decode(encoded))).toList();
        } catch (SignatureException e) {
            throw new SignatureException(SignatureError.SIGNATURE_REMOTE_INVALID_RESPONSE, e);
        }
    }

    private SignatureValue sign(String keyId, X509Certificate certificate, ToBeSigned data,
                                DigestAlgorithm digestAlgorithm) {
        byte[] digest = DSSUtils.digest(digestAlgorithm, data.getBytes());
        var request = new SignRequest(keyId, digestAlgorithm.getName(), Base64.getEncoder().encodeToString(digest));
        var answer = call(HttpRequest.newBuilder(endpoint("sign")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(json.writeValueAsBytes(request))), SignAnswer.class, false);
        if (answer.signature() == null) {
            throw new SignatureException(SignatureError.SIGNATURE_REMOTE_INVALID_RESPONSE);
        }
        byte[] value = decode(answer.signature());
        var algorithm = SignatureAlgorithm.getAlgorithm(EncryptionAlgorithm.forKey(certificate.getPublicKey()),
                digestAlgorithm);
        if (algorithm == null || !verifies(algorithm, certificate, data.getBytes(), value)) {
            // Never embed a value the signer's certificate does not vouch for: the PDF would carry a broken signature.
            throw new SignatureException(SignatureError.SIGNATURE_VALUE_MISMATCH);
        }
        return new SignatureValue(algorithm, value);
    }

    private static boolean verifies(SignatureAlgorithm algorithm, X509Certificate certificate, byte[] data,
                                    byte[] value) {
        try {
            var verifier = Signature.getInstance(algorithm.getJCEId());
            verifier.initVerify(certificate.getPublicKey());
            verifier.update(data);
            return verifier.verify(value);
        } catch (GeneralSecurityException | RuntimeException e) {
            return false;
        }
    }

    private <T> T call(HttpRequest.Builder request, Class<T> answerType, boolean notFoundIsMissingKey) {
        request.timeout(settings.readTimeout()).header("Accept", "application/json");
        if (settings.token() != null && !settings.token().isBlank()) {
            request.header("Authorization", "Bearer " + settings.token());
        }
        HttpResponse<byte[]> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new SignatureException(SignatureError.SIGNATURE_REMOTE_UNREACHABLE, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SignatureException(SignatureError.SIGNATURE_REMOTE_UNREACHABLE, e);
        }
        if (response.statusCode() == 404 && notFoundIsMissingKey) {
            throw new SignatureException(SignatureError.SIGNATURE_KEY_NOT_ON_DEVICE);
        }
        if (response.statusCode() != 200) {
            throw new SignatureException(SignatureError.SIGNATURE_REMOTE_REFUSED, response.statusCode());
        }
        try {
            return json.readValue(response.body(), answerType);
        } catch (JacksonException e) {
            throw new SignatureException(SignatureError.SIGNATURE_REMOTE_INVALID_RESPONSE, e);
        }
    }

    private URI endpoint(String path) {
        if (!settings.configured()) {
            throw new SignatureException(SignatureError.SIGNATURE_DEVICE_NOT_CONFIGURED);
        }
        String base = settings.baseUrl().endsWith("/") ? settings.baseUrl() : settings.baseUrl() + "/";
        URI uri;
        try {
            uri = URI.create(base).resolve(path);
        } catch (IllegalArgumentException e) {
            throw new SignatureException(SignatureError.SIGNATURE_DEVICE_NOT_CONFIGURED, e);
        }
        // The bearer token and the digests cross the network: plain HTTP only to this machine.
        if (!"https".equals(uri.getScheme()) && !("http".equals(uri.getScheme()) && LOOPBACK.contains(uri.getHost()))) {
            throw new SignatureException(SignatureError.SIGNATURE_DEVICE_NOT_CONFIGURED);
        }
        return uri;
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new SignatureException(SignatureError.SIGNATURE_REMOTE_INVALID_RESPONSE, e);
        }
    }

    record SignRequest(String keyId, String digestAlgorithm, String digest) {
    }

    record SignAnswer(String signature) {
    }

    record CertificateChainAnswer(List<String> certificateChain) {
    }

    /** One signatory's key at the service; nothing to close, each call stands alone. */
    private final class RemoteKey implements SigningDeviceProvider {

        private final String keyId;
        private final List<X509Certificate> chain;

        private RemoteKey(String keyId, List<X509Certificate> chain) {
            this.keyId = keyId;
            this.chain = chain;
        }

        @Override
        public List<CertificateToken> certificateChain() {
            return chain.stream().map(CertificateToken::new).toList();
        }

        @Override
        public SignatureValue sign(ToBeSigned data, DigestAlgorithm digestAlgorithm) {
            return RemoteSigningDevices.this.sign(keyId, chain.getFirst(), data, digestAlgorithm);
        }

        @Override
        public void close() {
            // stateless
        }
    }
}
