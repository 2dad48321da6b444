package vn.openprovince.dossier;

import java.time.Instant;

/**
 * A dossier's signed result and its release.
 *
 * @param source         GENERATED (from the template) or UPLOADED
 * @param releaseChannel ELECTRONIC (the applicant downloaded it) or PAPER (collected at the counter); {@code null}
 *                       while not released
 */
public record ResultView(String dossierCode, String verificationCode, String source, String fileName, long sizeBytes,
                         String sha256, Instant signedAt, String signedBy, Instant releasedAt, String releasedBy,
                         String releaseChannel, String collectorName, String collectorIdNumber) {

    public boolean released() {
        return releasedAt != null;
    }
}
