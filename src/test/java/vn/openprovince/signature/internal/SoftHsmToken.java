package vn.openprovince.signature.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AuthProvider;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javax.security.auth.login.LoginException;

/**
 * A SoftHSM token made for one test run: its own token directory, initialised with
 * {@code softhsm2-util}, a key pair generated inside the token and a certificate for it stored beside it.
 * SoftHSM finds its configuration through {@code SOFTHSM2_CONF}, which the build sets for the test JVM;
 * this class writes that file.
 */
final class SoftHsmToken {

    /** Where distributions put the SoftHSM PKCS#11 module (Debian/Ubuntu first). */
    static final List<String> LIBRARY_PATHS = List.of(
            "/usr/lib/softhsm/libsofthsm2.so",
            "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/lib/aarch64-linux-gnu/softhsm/libsofthsm2.so",
            "/usr/lib64/pkcs11/libsofthsm2.so",
            "/usr/lib/pkcs11/libsofthsm2.so",
            "/usr/local/lib/softhsm/libsofthsm2.so",
            "/opt/homebrew/lib/softhsm/libsofthsm2.so");
    private static final Pattern SLOT = Pattern.compile("reassigned to slot (\\d+)");

    final String library;
    final long slot;
    final String pin;

    private SoftHsmToken(String library, long slot, String pin) {
        this.library = library;
        this.slot = slot;
        this.pin = pin;
    }

    /** Initialises a fresh token labelled {@code label} in a new temporary directory. */
    static SoftHsmToken create(String label, String pin) throws IOException {
        String library = LIBRARY_PATHS.stream().filter(path -> Files.isRegularFile(Path.of(path))).findFirst()
                .orElseThrow(() -> new AssertionError("SoftHSM is missing (none of " + LIBRARY_PATHS + "): install it "
                        + "with apt-get install -y softhsm2 (.ci/run does)"));
        String configuration = System.getenv("SOFTHSM2_CONF");
        if (configuration == null || configuration.isBlank()) {
            throw new AssertionError("SOFTHSM2_CONF is not set: run the token tests through Maven, whose surefire "
                    + "configuration sets it for the test JVM");
        }
        Path tokens = Files.createTempDirectory("openprovince-softhsm-");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteTree(tokens)));
        Path conf = Path.of(configuration);
        Files.createDirectories(conf.getParent());
        Files.writeString(conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        String output = run(List.of("softhsm2-util", "--init-token", "--free", "--label", label, "--pin", pin,
                "--so-pin", pin + "-so"), conf);
        var slot = SLOT.matcher(output);
        if (!slot.find()) {
            throw new AssertionError("softhsm2-util did not name the new token's slot: " + output);
        }
        return new SoftHsmToken(library, Long.parseLong(slot.group(1)), pin);
    }

    /**
     * Generates an RSA key pair inside the token (a token object, sensitive and not extractable), has the
     * authority certify its public key and stores the certificate chain on the token under {@code label}.
     */
    X509Certificate generateKey(String label, CertificateAuthority authority, String commonName, String organization)
            throws Exception {
        String config = """
                --name = openprovince-test-keygen
                library = "%s"
                slot = %d
                attributes(generate, *, *) = {
                  CKA_TOKEN = true
                }
                attributes(generate, CKO_PRIVATE_KEY, *) = {
                  CKA_PRIVATE = true
                  CKA_SENSITIVE = true
                  CKA_EXTRACTABLE = false
                }
                """.formatted(library, slot);
        var provider = (AuthProvider) Security.getProvider("SunPKCS11").configure(config);
        try {
            var store = KeyStore.getInstance("PKCS11", provider);
            store.load(null, pin.toCharArray());
            var generator = KeyPairGenerator.getInstance("RSA", provider);
            generator.initialize(2048);
            var pair = generator.generateKeyPair();
            var chain = authority.certify(commonName, organization, pair.getPublic(), Duration.ofDays(10));
            store.setKeyEntry(label, pair.getPrivate(), null, chain.toArray(Certificate[]::new));
            return chain.getFirst();
        } finally {
            // PKCS#11 logins belong to the whole process: log out so a wrong PIN later really is tried.
            try {
                provider.logout();
            } catch (LoginException ignored) {
                // not logged in
            }
        }
    }

    private static void deleteTree(Path directory) {
        try (var paths = Files.walk(directory)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException ignored) {
            // a temporary directory; the system cleans it eventually
        }
    }

    private static String run(List<String> command, Path conf) throws IOException {
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("SOFTHSM2_CONF", conf.toString());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("softhsm2-util is missing: apt-get install -y softhsm2 (.ci/run does)", e);
        }
        try {
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new AssertionError(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
