package vn.openprovince.signature.device;

import eu.europa.esig.dss.enumerations.DigestAlgorithm;
import eu.europa.esig.dss.model.SignatureValue;
import eu.europa.esig.dss.model.ToBeSigned;
import eu.europa.esig.dss.model.x509.CertificateToken;
import java.util.List;

/**
 * One signatory's key, opened on its device for one signing and closed after. The private key
 * never leaves the device: callers hand in the data to be signed and get the signature value.
 */
public interface SigningDeviceProvider extends AutoCloseable {

    /** The signer's certificate first, then its issuers up to the root when the device knows them. */
    List<CertificateToken> certificateChain();

    /** Signs the data DSS prepared (the signed attributes) with the key in the device. */
    SignatureValue sign(ToBeSigned data, DigestAlgorithm digestAlgorithm);

    @Override
    void close();
}
