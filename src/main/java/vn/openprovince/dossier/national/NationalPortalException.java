package vn.openprovince.dossier.national;

/** The national portal could not be reached or refused the credentials. */
public class NationalPortalException extends RuntimeException {

    public NationalPortalException(String message, Throwable cause) {
        super(message, cause);
    }

    public NationalPortalException(String message) {
        super(message);
    }
}
