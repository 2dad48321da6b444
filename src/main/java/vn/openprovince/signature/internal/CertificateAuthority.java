package vn.openprovince.signature.internal;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509ExtensionUtils;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A small certification authority (tổ chức cung cấp dịch vụ chứng thực) for the demo PKI and the
 * tests: a root, issuing CAs below it, and signer certificates. Real deployments get their
 * certificates from a licensed CA; this one only exists so demo and test keys are made on the spot.
 */
public final class CertificateAuthority {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final PrivateKey key;
    private final List<X509Certificate> chain;

    private CertificateAuthority(PrivateKey key, List<X509Certificate> chain) {
        this.key = key;
        this.chain = List.copyOf(chain);
    }

    /** A self-signed root CA. */
    public static CertificateAuthority root(String commonName, Duration validity) {
        KeyPair pair = newKeyPair();
        X500Name name = name(commonName, null);
        var certificate = build(name, pair.getPrivate(), null, name, pair, validity, true);
        return new CertificateAuthority(pair.getPrivate(), List.of(certificate));
    }

    /** An issuing CA certified by this one. */
    public CertificateAuthority issuingAuthority(String commonName, Duration validity) {
        KeyPair pair = newKeyPair();
        var certificate = build(subject(), key, certificate(), name(commonName, null), pair, validity, true);
        return new CertificateAuthority(pair.getPrivate(), prepend(certificate));
    }

    /** A signer's key and certificate (non-repudiation), with the chain up to the root. */
    public IssuedKey issueSigner(String commonName, String organization, Duration validity) {
        KeyPair pair = newKeyPair();
        var certificate = build(subject(), key, certificate(), name(commonName, organization), pair, validity, false);
        return new IssuedKey(pair.getPrivate(), prepend(certificate));
    }

    /**
     * A signer certificate for a key made elsewhere (on a token, at a signing service), with the chain up
     * to the root; the private key never comes here.
     */
    public List<X509Certificate> certify(String commonName, String organization, PublicKey publicKey,
                                         Duration validity) {
        var certificate = build(subject(), key, certificate(), name(commonName, organization),
                new KeyPair(publicKey, null), validity, false);
        return prepend(certificate);
    }

    /** This authority as a key holder, so its key can be kept in a keystore like any other. */
    public IssuedKey asIssuedKey() {
        return new IssuedKey(key, chain);
    }

    public static CertificateAuthority of(IssuedKey issued) {
        return new CertificateAuthority(issued.key(), issued.chain());
    }

    public X509Certificate certificate() {
        return chain.getFirst();
    }

    public X509Certificate rootCertificate() {
        return chain.getLast();
    }

    private X500Name subject() {
        return X500Name.getInstance(certificate().getSubjectX500Principal().getEncoded());
    }

    private List<X509Certificate> prepend(X509Certificate certificate) {
        var result = new ArrayList<X509Certificate>();
        result.add(certificate);
        result.addAll(chain);
        return result;
    }

    private static X500Name name(String commonName, String organization) {
        var builder = new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.C, "VN");
        if (organization != null) {
            builder.addRDN(BCStyle.O, organization);
        }
        return builder.addRDN(BCStyle.CN, commonName).build();
    }

    private static X509Certificate build(X500Name issuer, PrivateKey issuerKey, X509Certificate issuerCertificate,
                                         X500Name subject, KeyPair subjectKeys, Duration validity, boolean ca) {
        try {
            Instant now = Instant.now();
            // Back-dated a little so a certificate made a moment ago is already valid on another clock.
            X509v3CertificateBuilder builder = new JcaX509v3CertificateBuilder(issuer, new BigInteger(64, RANDOM).abs(),
                    Date.from(now.minus(Duration.ofHours(1))), Date.from(now.plus(validity)), subject,
                    subjectKeys.getPublic());
            var extensions = new JcaX509ExtensionUtils();
            builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(ca));
            builder.addExtension(Extension.keyUsage, true, ca
                    ? new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign)
                    : new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
            if (!ca) {
                builder.addExtension(Extension.extendedKeyUsage, false,
                        new ExtendedKeyUsage(KeyPurposeId.id_kp_emailProtection));
            }
            builder.addExtension(Extension.subjectKeyIdentifier, false,
                    extensions.createSubjectKeyIdentifier(subjectKeys.getPublic()));
            builder.addExtension(Extension.authorityKeyIdentifier, false, issuerCertificate == null
                    ? extensions.createAuthorityKeyIdentifier(subjectKeys.getPublic())
                    : extensions.createAuthorityKeyIdentifier(issuerCertificate));
            var signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuerKey);
            return new JcaX509CertificateConverter().getCertificate(builder.build(signer));
        } catch (GeneralSecurityException | OperatorCreationException | java.io.IOException e) {
            throw new IllegalStateException("Cannot issue a certificate for " + subject, e);
        }
    }

    private static KeyPair newKeyPair() {
        try {
            var generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048, RANDOM);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
