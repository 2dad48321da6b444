package vn.openprovince.signature.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.FileInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A remote signing service for the tests, run in its own JVM so the key really lives outside the
 * platform: it holds a PKCS#12 keystore (one key per alias = key id) and signs digests it is sent.
 * Uses the JDK only, so it starts with the test classes directory as its whole class path.
 *
 * <p>Arguments: the keystore file, then optionally {@code --impostor <keyId>}: a key id that answers
 * with the certificate chain of the keystore's first key but signs with another key (a misconfigured or
 * compromised service). Environment: {@code REMOTE_SIGNER_PASSWORD} (keystore) and
 * {@code REMOTE_SIGNER_TOKEN} (the bearer token clients must send). Prints {@code LISTENING <port>}.
 */
public final class RemoteSignerProcess {

    private static final Pattern FIELD = Pattern.compile("\"(\\w+)\"\\s*:\\s*\"([^\"]*)\"");
    private static final Map<String, String> DIGEST_INFO = Map.of(
            "SHA256", "3031300d060960864801650304020105000420",
            "SHA384", "3041300d060960864801650304020205000430",
            "SHA512", "3051300d060960864801650304020305000440");

    private final Map<String, PrivateKey> keys = new HashMap<>();
    private final Map<String, Certificate[]> chains = new HashMap<>();
    private final String token;

    private RemoteSignerProcess(String token) {
        this.token = token;
    }

    public static void main(String[] args) throws Exception {
        char[] password = System.getenv("REMOTE_SIGNER_PASSWORD").toCharArray();
        var signer = new RemoteSignerProcess(System.getenv("REMOTE_SIGNER_TOKEN"));
        var store = KeyStore.getInstance("PKCS12");
        try (var in = new FileInputStream(args[0])) {
            store.load(in, password);
        }
        String first = null;
        for (String alias : java.util.Collections.list(store.aliases())) {
            signer.keys.put(alias, (PrivateKey) store.getKey(alias, password));
            signer.chains.put(alias, store.getCertificateChain(alias));
            first = first == null ? alias : first;
        }
        if (args.length == 3 && "--impostor".equals(args[1])) {
            var other = KeyPairGenerator.getInstance("RSA");
            other.initialize(2048);
            signer.keys.put(args[2], other.generateKeyPair().getPrivate());
            signer.chains.put(args[2], signer.chains.get(first));
        }
        var server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", signer::handle);
        server.start();
        System.out.println("LISTENING " + server.getAddress().getPort());
        System.out.flush();
        // Stops when the test ends it, or when the test JVM goes and closes our standard input.
        while (System.in.read() != -1) {
            // keep serving
        }
        server.stop(0);
        System.exit(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                answer(exchange, 401, "{\"error\":\"unauthorised\"}");
                return;
            }
            String path = exchange.getRequestURI().getPath();
            if ("GET".equals(exchange.getRequestMethod()) && path.matches("/keys/[^/]+/certificate-chain")) {
                var chain = chains.get(path.split("/")[2]);
                if (chain == null) {
                    answer(exchange, 404, "{\"error\":\"no such key\"}");
                    return;
                }
                String certificates = java.util.Arrays.stream(chain).map(RemoteSignerProcess::base64)
                        .map(encoded -> "\"" + encoded + "\"").collect(Collectors.joining(","));
                answer(exchange, 200, "{\"certificateChain\":[" + certificates + "]}");
            } else if ("POST".equals(exchange.getRequestMethod()) && path.equals("/sign")) {
                var request = fields(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                var key = keys.get(request.get("keyId"));
                String prefix = DIGEST_INFO.get(request.get("digestAlgorithm"));
                if (key == null || prefix == null || request.get("digest") == null) {
                    answer(exchange, 400, "{\"error\":\"bad request\"}");
                    return;
                }
                byte[] signature = sign(key, HexFormat.of().parseHex(prefix), Base64.getDecoder().decode(request.get("digest")));
                answer(exchange, 200, "{\"signature\":\"" + Base64.getEncoder().encodeToString(signature)
                        + "\",\"requestId\":\"" + java.util.UUID.randomUUID() + "\"}");
            } else {
                answer(exchange, 404, "{\"error\":\"not found\"}");
            }
        } catch (GeneralSecurityException | RuntimeException e) {
            answer(exchange, 500, "{\"error\":\"" + e.getClass().getSimpleName() + "\"}");
        }
    }

    /** Hash signing: RSA PKCS#1 v1.5 over DigestInfo(digest), ECDSA over the digest itself. */
    private static byte[] sign(PrivateKey key, byte[] digestInfoPrefix, byte[] digest) throws GeneralSecurityException {
        Signature signature;
        byte[] input;
        if ("RSA".equals(key.getAlgorithm())) {
            signature = Signature.getInstance("NONEwithRSA");
            input = new byte[digestInfoPrefix.length + digest.length];
            System.arraycopy(digestInfoPrefix, 0, input, 0, digestInfoPrefix.length);
            System.arraycopy(digest, 0, input, digestInfoPrefix.length, digest.length);
        } else {
            signature = Signature.getInstance("NONEwithECDSA");
            input = digest;
        }
        signature.initSign(key);
        signature.update(input);
        return signature.sign();
    }

    private static Map<String, String> fields(String json) {
        var fields = new HashMap<String, String>();
        var matcher = FIELD.matcher(json);
        while (matcher.find()) {
            fields.put(matcher.group(1), matcher.group(2));
        }
        return fields;
    }

    private static String base64(Certificate certificate) {
        try {
            return Base64.getEncoder().encodeToString(certificate.getEncoded());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void answer(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }
}
