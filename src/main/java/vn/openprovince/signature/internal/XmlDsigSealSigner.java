package vn.openprovince.signature.internal;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.ToBeSigned;
import java.io.ByteArrayOutputStream;
import java.security.InvalidKeyException;
import java.security.InvalidParameterException;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.PublicKey;
import java.security.SignatureException;
import java.security.SignatureSpi;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Set;
import javax.xml.crypto.AlgorithmMethod;
import javax.xml.crypto.KeySelector;
import javax.xml.crypto.KeySelectorException;
import javax.xml.crypto.KeySelectorResult;
import javax.xml.crypto.XMLCryptoContext;
import javax.xml.crypto.dsig.CanonicalizationMethod;
import javax.xml.crypto.dsig.DigestMethod;
import javax.xml.crypto.dsig.SignatureMethod;
import javax.xml.crypto.dsig.Transform;
import javax.xml.crypto.dsig.XMLSignature;
import javax.xml.crypto.dsig.XMLSignatureFactory;
import javax.xml.crypto.dsig.dom.DOMSignContext;
import javax.xml.crypto.dsig.dom.DOMValidateContext;
import javax.xml.crypto.dsig.keyinfo.KeyInfo;
import javax.xml.crypto.dsig.keyinfo.X509Data;
import javax.xml.crypto.dsig.spec.C14NMethodParameterSpec;
import javax.xml.crypto.dsig.spec.TransformParameterSpec;
import org.springframework.stereotype.Service;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.signature.SignatureError;
import vn.openprovince.signature.XmlSealSigner;
import vn.openprovince.signature.device.Signatory;
import vn.openprovince.signature.device.SigningDeviceProvider;

/**
 * The JDK's XML-DSig with the key kept on its device: the JDK computes digests and the canonical
 * SignedInfo, and a small JCA provider hands those bytes to the {@link SigningDeviceProvider}, so the
 * private key never leaves the device (PKCS#12, PKCS#11 or the remote service alike).
 */
@Service
class XmlDsigSealSigner implements XmlSealSigner {

    private static final String ECDSA_SHA256 = "http://www.w3.org/2001/04/xmldsig-more#ecdsa-sha256";
    private static final String XMLDSIG = "http://www.w3.org/2000/09/xmldsig#";

    private final SigningDevices devices;
    private final TrustStore trustStore;
    private final XMLSignatureFactory factory = XMLSignatureFactory.getInstance("DOM");

    XmlDsigSealSigner(SigningDevices devices, TrustStore trustStore) {
        this.devices = devices;
        this.trustStore = trustStore;
    }

    @Override
    public void signEnveloped(Document document, Element parent, AgencyId agency) {
        try (SigningDeviceProvider device = devices.open(Signatory.agency(agency.value()))) {
            List<X509Certificate> chain = device.certificateChain().stream().map(c -> c.getCertificate()).toList();
            X509Certificate certificate = chain.getFirst();
            boolean ec = "EC".equals(certificate.getPublicKey().getAlgorithm());
            var reference = factory.newReference("", factory.newDigestMethod(DigestMethod.SHA256, null),
                    List.of(factory.newTransform(Transform.ENVELOPED, (TransformParameterSpec) null),
                            factory.newTransform(CanonicalizationMethod.EXCLUSIVE, (TransformParameterSpec) null)),
                    null, null);
            var signedInfo = factory.newSignedInfo(
                    factory.newCanonicalizationMethod(CanonicalizationMethod.EXCLUSIVE, (C14NMethodParameterSpec) null),
                    factory.newSignatureMethod(ec ? ECDSA_SHA256 : SignatureMethod.RSA_SHA256, null),
                    List.of(reference));
            var keyInfoFactory = factory.getKeyInfoFactory();
            KeyInfo keyInfo = keyInfoFactory.newKeyInfo(List.of(keyInfoFactory.newX509Data(new ArrayList<>(chain))));
            var context = new DOMSignContext(new DeviceKey(ec ? "EC" : "RSA"), parent);
            context.setDefaultNamespacePrefix("ds");
            context.setProperty("org.jcp.xml.dsig.internal.dom.SignatureProvider", new DeviceJca(device));
            factory.newXMLSignature(signedInfo, keyInfo).sign(context);
        } catch (vn.openprovince.signature.SignatureException e) {
            throw e;
        } catch (Exception e) {
            throw new vn.openprovince.signature.SignatureException(SignatureError.SIGNATURE_DEVICE_UNAVAILABLE);
        }
    }

    @Override
    public Verification verify(Document document) {
        NodeList signatures = document.getElementsByTagNameNS(XMLDSIG, "Signature");
        if (signatures.getLength() == 0) {
            return new Verification(false, false, false, null, "no signature");
        }
        if (signatures.getLength() > 1) {
            return new Verification(true, false, false, null, "more than one signature");
        }
        var selector = new ChainKeySelector();
        try {
            var context = new DOMValidateContext(selector, signatures.item(0));
            context.setProperty("org.jcp.xml.dsig.secureValidation", Boolean.TRUE);
            XMLSignature signature = factory.unmarshalXMLSignature(context);
            // Only the whole-document reference counts: a signature over part of it proves nothing about the rest.
            if (signature.getSignedInfo().getReferences().size() != 1
                    || !"".equals(((javax.xml.crypto.dsig.Reference) signature.getSignedInfo().getReferences().getFirst())
                    .getURI())) {
                return new Verification(true, false, false, null, "the signature does not cover the whole document");
            }
            if (!signature.validate(context)) {
                return new Verification(true, false, false, subject(selector), "signature value or digest mismatch");
            }
        } catch (Exception e) {
            return new Verification(true, false, false, subject(selector), e.getMessage());
        }
        String problem = chainProblem(selector.chain);
        return new Verification(true, true, problem == null, subject(selector), problem);
    }

    private String chainProblem(List<X509Certificate> chain) {
        try {
            Set<TrustAnchor> anchors = trustStore.anchors();
            if (anchors.isEmpty()) {
                return "the trust store is empty";
            }
            List<X509Certificate> path = new ArrayList<>(chain);
            // The path ends below the anchor: drop a self-signed root the sender included.
            path.removeIf(c -> c.getSubjectX500Principal().equals(c.getIssuerX500Principal()) && path.size() > 1);
            var certPath = CertificateFactory.getInstance("X.509").generateCertPath(path);
            var parameters = new PKIXParameters(anchors);
            parameters.setRevocationEnabled(false); // offline, like PDF validation: revocation not checked
            parameters.setDate(new Date());
            CertPathValidator.getInstance("PKIX").validate(certPath, parameters);
            return null;
        } catch (Exception e) {
            return e.getMessage();
        }
    }

    private static String subject(ChainKeySelector selector) {
        return selector.chain.isEmpty() ? null : selector.chain.getFirst().getSubjectX500Principal().getName();
    }

    /** Takes the signer's key from the X509Data; trust is decided after, on the whole chain. */
    private static final class ChainKeySelector extends KeySelector {

        final List<X509Certificate> chain = new ArrayList<>();

        @Override
        public KeySelectorResult select(KeyInfo keyInfo, Purpose purpose, AlgorithmMethod method,
                                        XMLCryptoContext context) throws KeySelectorException {
            if (keyInfo == null) {
                throw new KeySelectorException("no KeyInfo");
            }
            for (Object item : keyInfo.getContent()) {
                if (item instanceof X509Data data) {
                    for (Object o : data.getContent()) {
                        if (o instanceof X509Certificate certificate) {
                            chain.add(certificate);
                        }
                    }
                }
            }
            if (chain.isEmpty()) {
                throw new KeySelectorException("no certificate in KeyInfo");
            }
            PublicKey key = chain.getFirst().getPublicKey();
            return () -> key;
        }
    }

    /** Stands in for the private key, which stays on the device; the JDK only checks the type. */
    private record DeviceKey(String algorithm) implements PrivateKey {

        @Override
        public String getAlgorithm() {
            return algorithm;
        }

        @Override
        public String getFormat() {
            return null;
        }

        @Override
        public byte[] getEncoded() {
            return null;
        }
    }

    /** A JCA provider whose Signature engines sign with one opened device. */
    private static final class DeviceJca extends Provider {

        DeviceJca(SigningDeviceProvider device) {
            super("OpenProvinceSigningDevice", "1.0", "signs with a signatory's signing device");
            for (String algorithm : List.of("SHA256withRSA", "SHA256withECDSA")) {
                putService(new Service(this, "Signature", algorithm, DeviceSignature.class.getName(), null, null) {
                    @Override
                    public Object newInstance(Object parameter) {
                        return new DeviceSignature(device);
                    }
                });
            }
        }
    }

    private static final class DeviceSignature extends SignatureSpi {

        private final SigningDeviceProvider device;
        private final ByteArrayOutputStream data = new ByteArrayOutputStream();

        DeviceSignature(SigningDeviceProvider device) {
            this.device = device;
        }

        @Override
        protected void engineInitSign(PrivateKey privateKey) throws InvalidKeyException {
            if (!(privateKey instanceof DeviceKey)) {
                throw new InvalidKeyException("only the device signs");
            }
            data.reset();
        }

        @Override
        protected void engineInitVerify(PublicKey publicKey) throws InvalidKeyException {
            throw new InvalidKeyException("signing only");
        }

        @Override
        protected void engineUpdate(byte b) {
            data.write(b);
        }

        @Override
        protected void engineUpdate(byte[] b, int off, int len) {
            data.write(b, off, len);
        }

        @Override
        protected byte[] engineSign() throws SignatureException {
            return device.sign(new ToBeSigned(data.toByteArray()), DigestAlgorithm.SHA256).getValue();
        }

        @Override
        protected boolean engineVerify(byte[] sigBytes) throws SignatureException {
            throw new SignatureException("signing only");
        }

        @Override
        @SuppressWarnings("deprecation")
        protected void engineSetParameter(String param, Object value) throws InvalidParameterException {
            throw new InvalidParameterException("no parameters");
        }

        @Override
        @SuppressWarnings("deprecation")
        protected Object engineGetParameter(String param) throws InvalidParameterException {
            throw new InvalidParameterException("no parameters");
        }
    }
}
