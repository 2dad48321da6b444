package vn.openprovince.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import vn.openprovince.dossier.DossierState;

/** Quá trình xử lý: one state a dossier entered, when, by whom; never rewritten. */
@Entity
@Table(name = "dossier_history")
class HistoryEntry {

    @Id
    private UUID id;
    private int seq;
    @Enumerated(EnumType.STRING)
    private DossierState state;
    @Column(name = "occurred_at")
    private Instant at;
    private String actor;
    private String note;

    protected HistoryEntry() {
    }

    HistoryEntry(int seq, DossierState state, Instant at, String actor, String note) {
        this.id = UUID.randomUUID();
        this.seq = seq;
        this.state = state;
        this.at = at;
        this.actor = actor;
        this.note = note;
    }

    int seq() {
        return seq;
    }

    DossierState state() {
        return state;
    }

    Instant at() {
        return at;
    }

    String actor() {
        return actor;
    }

    String note() {
        return note;
    }
}
