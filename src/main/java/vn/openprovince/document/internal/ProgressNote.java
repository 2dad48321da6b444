package vn.openprovince.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Ý kiến, tiến độ: a progress note or comment a handler wrote on their step. */
@Entity
@Table(name = "progress_note")
class ProgressNote {

    @Id
    private UUID id;
    @Column(name = "author_official_id")
    private UUID authorOfficialId;
    @Column(name = "author_name")
    private String authorName;
    @Column(nullable = false, length = 2000)
    private String note;
    @Column(name = "written_at", nullable = false)
    private Instant writtenAt;

    protected ProgressNote() {
    }

    ProgressNote(Actor author, String note, Instant now) {
        this.id = UUID.randomUUID();
        this.authorOfficialId = author.officialId();
        this.authorName = author.name();
        this.note = note;
        this.writtenAt = now;
    }

    String authorName() {
        return authorName;
    }

    String note() {
        return note;
    }

    Instant writtenAt() {
        return writtenAt;
    }
}
