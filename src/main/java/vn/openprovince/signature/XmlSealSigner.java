package vn.openprovince.signature;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import vn.openprovince.organization.AgencyId;

/**
 * Ký số gói tin XML bằng chữ ký số của cơ quan: an enveloped XML-DSig (RSA or ECDSA with SHA-256,
 * exclusive canonicalization) made with the agency's signing key on its device, and its
 * verification against the platform's trust store. Used for edXML packages and status messages.
 */
public interface XmlSealSigner {

    /**
     * Signs the whole document ({@code URI=""}, enveloped transform) with the agency's key and puts the
     * {@code ds:Signature}, with the certificate chain in its KeyInfo, inside {@code parent}.
     *
     * @throws SignatureException when the agency has no usable key
     */
    void signEnveloped(Document document, Element parent, AgencyId agency);

    /** Verifies the document's one {@code ds:Signature}, then chains its certificate to the trust store (offline). */
    Verification verify(Document document);

    /**
     * @param signed    a signature is present
     * @param intact    the signature value and the digests verify: nothing was changed after signing
     * @param trusted   the signing certificate chains to a trusted root and is within its validity
     * @param signer    the signing certificate's subject
     * @param problem   why it failed, for the rejection's reason
     */
    record Verification(boolean signed, boolean intact, boolean trusted, String signer, String problem) {

        public boolean valid() {
            return signed && intact && trusted;
        }
    }
}
