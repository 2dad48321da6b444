package vn.openprovince.signature.internal;

import java.security.cert.X509Certificate;
import java.util.List;
import vn.openprovince.signature.device.SigningDeviceProviderFactory;

/**
 * A device whose keys are made and kept outside the platform (a PKCS#11 token or HSM, a remote signing
 * service): the platform stores only a reference to the key and its certificate, read from the device
 * when the key is assigned to a signatory.
 */
interface ExternalKeyDevice extends SigningDeviceProviderFactory {

    /**
     * The certificate chain of the key the device knows as {@code keyReference}, signer first.
     *
     * @throws vn.openprovince.signature.SignatureException {@code SIGNATURE_KEY_NOT_ON_DEVICE} when there is none
     */
    List<X509Certificate> certificateChain(String keyReference);
}
