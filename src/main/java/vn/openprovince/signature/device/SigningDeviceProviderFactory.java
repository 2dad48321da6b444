package vn.openprovince.signature.device;

/**
 * Makes {@link SigningDeviceProvider}s of one device kind. One Spring bean per kind; the
 * signatory's credential names the kind by {@link #id()}.
 */
public interface SigningDeviceProviderFactory {

    /** The device kind, e.g. {@code pkcs12}, {@code pkcs11}, {@code remote}. */
    String id();

    /**
     * Opens the signatory's key.
     *
     * @throws vn.openprovince.signature.SignatureException when the signatory has no usable key on this device
     */
    SigningDeviceProvider open(Signatory signatory);
}
