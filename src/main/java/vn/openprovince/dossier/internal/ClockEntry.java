package vn.openprovince.dossier.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import vn.openprovince.dossier.ClockEntryKind;
import vn.openprovince.dossier.PauseKind;

/**
 * One row of the legal clock ledger (sổ theo dõi thời hạn): who, when, why, the due time in force after it and
 * the working time left. Append-only: rows are never updated (the entity is immutable), a correction is a new row.
 */
@Entity
@Immutable
@Table(name = "dossier_clock_entry")
class ClockEntry {

    @Id
    private UUID id;
    private int seq;
    @Enumerated(EnumType.STRING)
    private ClockEntryKind kind;
    @Enumerated(EnumType.STRING)
    @Column(name = "pause_kind")
    private PauseKind pauseKind;
    @Column(name = "occurred_at")
    private Instant occurredAt;
    /** The instant the event counts from: for STARTED the official reception time, else when it happened. */
    @Column(name = "counts_from")
    private Instant countsFrom;
    private String actor;
    private String reason;
    @Column(name = "due_at")
    private Instant dueAt;
    @Column(name = "appointment_date")
    private LocalDate appointmentDate;
    private Integer remaining;
    @Column(name = "remaining_unit")
    private String remainingUnit;

    protected ClockEntry() {
    }

    ClockEntry(int seq, ClockEntryKind kind, PauseKind pauseKind, Instant occurredAt, Instant countsFrom, String actor,
               String reason, Instant dueAt, LocalDate appointmentDate, LegalClock.Remaining remaining) {
        this.id = UUID.randomUUID();
        this.seq = seq;
        this.kind = kind;
        this.pauseKind = pauseKind;
        this.occurredAt = occurredAt;
        this.countsFrom = countsFrom;
        this.actor = actor;
        this.reason = reason;
        this.dueAt = dueAt;
        this.appointmentDate = appointmentDate;
        this.remaining = remaining == null ? null : remaining.amount();
        this.remainingUnit = remaining == null ? null : remaining.unit().name();
    }

    int seq() {
        return seq;
    }

    ClockEntryKind kind() {
        return kind;
    }

    PauseKind pauseKind() {
        return pauseKind;
    }

    Instant occurredAt() {
        return occurredAt;
    }

    Instant countsFrom() {
        return countsFrom;
    }

    String actor() {
        return actor;
    }

    String reason() {
        return reason;
    }

    Instant dueAt() {
        return dueAt;
    }

    LocalDate appointmentDate() {
        return appointmentDate;
    }

    LegalClock.Remaining remaining() {
        return remaining == null ? null
                : new LegalClock.Remaining(remaining, LegalClock.RemainingUnit.valueOf(remainingUnit));
    }
}
