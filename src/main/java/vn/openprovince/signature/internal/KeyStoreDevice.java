package vn.openprovince.signature.internal;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import eu.europa.esig.dss.token.AbstractKeyStoreTokenConnection;
import eu.europa.esig.dss.token.DSSPrivateKeyEntry;
import java.util.Arrays;
import java.util.List;
import vn.openprovince.signature.device.SigningDeviceProvider;

/** A key held in a Java key store (a PKCS#12 file or a PKCS#11 token), reached through DSS. */
class KeyStoreDevice implements SigningDeviceProvider {

    private final AbstractKeyStoreTokenConnection token;
    private final DSSPrivateKeyEntry entry;
    private final boolean closesToken;

    KeyStoreDevice(AbstractKeyStoreTokenConnection token, DSSPrivateKeyEntry entry) {
        this(token, entry, true);
    }

    private KeyStoreDevice(AbstractKeyStoreTokenConnection token, DSSPrivateKeyEntry entry, boolean closesToken) {
        this.token = token;
        this.entry = entry;
        this.closesToken = closesToken;
    }

    /** A key whose store stays open after this signing (held by {@link UnlockedKeys}). */
    static KeyStoreDevice kept(AbstractKeyStoreTokenConnection token, DSSPrivateKeyEntry entry) {
        return new KeyStoreDevice(token, entry, false);
    }

    AbstractKeyStoreTokenConnection token() {
        return token;
    }

    DSSPrivateKeyEntry entry() {
        return entry;
    }

    /** Opens the only key of the store (each keystore holds one signatory's key). */
    static KeyStoreDevice firstKeyOf(AbstractKeyStoreTokenConnection token) {
        var keys = token.getKeys();
        if (keys.isEmpty()) {
            token.close();
            throw new IllegalStateException("The key store holds no private key");
        }
        return new KeyStoreDevice(token, keys.getFirst());
    }

    @Override
    public List<CertificateToken> certificateChain() {
        return Arrays.asList(entry.getCertificateChain());
    }

    @Override
    public SignatureValue sign(ToBeSigned data, DigestAlgorithm digestAlgorithm) {
        return token.sign(data, digestAlgorithm, entry);
    }

    @Override
    public void close() {
        if (closesToken) {
            token.close();
        }
    }
}
