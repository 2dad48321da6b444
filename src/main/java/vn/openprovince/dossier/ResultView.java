package vn.openprovince.dossier;

import java.time.Instant;

/**
 * A dossier's signed result and its release.
 *
 * @param refusal        the written answer that the dossier is not granted, with the reasons (văn bản trả lời
 *                       không giải quyết), rather than the result that grants it
 * @param source         GENERATED (from the template) or UPLOADED
 * @param releaseChannel ELECTRONIC (the applicant downloaded it) or PAPER (collected at the counter); {@code null}
 *                       while not released
 */
public record ResultView(String dossierCode, String verificationCode, boolean refusal, String source, String fileName, long sizeBytes,
                         String sha256, Instant signedAt, String signedBy, Instant releasedAt, String releasedBy,
                         String releaseChannel, String collectorName, String collectorIdNumber) {

    public boolean released() {
        return releasedAt != null;
    }
}
