package vn.openprovince.dossier.internal;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import vn.openprovince.dossier.ResultView;

/** Kết quả giải quyết: the signed result PDF of one dossier, its public verification code and its release. */
@Entity
@Table(name = "dossier_result")
class DossierResult {

    /** How the result was released to the applicant. */
    enum Channel { ELECTRONIC, PAPER }

    @Id
    private UUID id;
    @Column(name = "dossier_id")
    private UUID dossierId;
    @Column(name = "verification_code")
    private String verificationCode;
    private String source;
    @Column(name = "decision_text")
    private String decisionText;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "size_bytes")
    private long sizeBytes;
    private String sha256;
    @Basic(fetch = FetchType.LAZY)
    private byte[] content;
    @Column(name = "signed_at")
    private Instant signedAt;
    @Column(name = "signed_by")
    private String signedBy;
    @Column(name = "released_at")
    private Instant releasedAt;
    @Column(name = "released_by")
    private String releasedBy;
    @Column(name = "release_channel")
    private String releaseChannel;
    @Column(name = "collector_name")
    private String collectorName;
    @Column(name = "collector_id_number")
    private String collectorIdNumber;
    @Version
    private long version;

    protected DossierResult() {
    }

    DossierResult(UUID dossierId, String verificationCode, String source, String decisionText, String fileName,
                  byte[] signedPdf, String sha256, Instant signedAt, String signedBy) {
        this.id = UUID.randomUUID();
        this.dossierId = dossierId;
        this.verificationCode = verificationCode;
        this.source = source;
        this.decisionText = decisionText;
        this.fileName = fileName;
        this.content = signedPdf;
        this.sizeBytes = signedPdf.length;
        this.sha256 = sha256;
        this.signedAt = signedAt;
        this.signedBy = signedBy;
    }

    void release(Channel channel, Instant at, String actor, String collectorName, String collectorIdNumber) {
        this.releaseChannel = channel.name();
        this.releasedAt = at;
        this.releasedBy = actor;
        this.collectorName = collectorName;
        this.collectorIdNumber = collectorIdNumber;
    }

    boolean released() {
        return releasedAt != null;
    }

    UUID dossierId() {
        return dossierId;
    }

    byte[] content() {
        return content;
    }

    Instant signedAt() {
        return signedAt;
    }

    ResultView view(String dossierCode, boolean refusal) {
        return new ResultView(dossierCode, verificationCode, refusal, source, fileName, sizeBytes, sha256, signedAt, signedBy,
                releasedAt, releasedBy, releaseChannel, collectorName, collectorIdNumber);
    }
}
