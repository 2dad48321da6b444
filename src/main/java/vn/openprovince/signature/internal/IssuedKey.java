package vn.openprovince.signature.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.List;

/** A freshly made private key with its certificate chain (signer first), before it goes into a keystore. */
public record IssuedKey(PrivateKey key, List<X509Certificate> chain) {

    public X509Certificate certificate() {
        return chain.getFirst();
    }

    /** The key sealed in a PKCS#12 keystore under {@code alias}; the only form in which it is kept. */
    public byte[] toPkcs12(String alias, char[] password) {
        try {
            var store = KeyStore.getInstance("PKCS12");
            store.load(null, null);
            store.setKeyEntry(alias, key, password, chain.toArray(Certificate[]::new));
            var out = new ByteArrayOutputStream();
            store.store(out, password);
            return out.toByteArray();
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("Cannot write a PKCS#12 keystore", e);
        }
    }
}
