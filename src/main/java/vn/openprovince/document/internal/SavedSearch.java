package vn.openprovince.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Tìm kiếm đã lưu: a search an official named to run again; private to them. */
@Entity
@Table(name = "saved_search")
class SavedSearch {

    @Id
    private UUID id;
    @Column(name = "official_id", nullable = false)
    private UUID officialId;
    @Column(nullable = false, length = 100)
    private String name;
    @Column(nullable = false, length = 500)
    private String q;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected SavedSearch() {
    }

    SavedSearch(UUID officialId, String name, String q, Instant now) {
        this.id = UUID.randomUUID();
        this.officialId = officialId;
        this.name = name;
        this.q = q;
        this.createdAt = now;
    }

    UUID id() { return id; }
    UUID officialId() { return officialId; }
    String name() { return name; }
    String q() { return q; }
    Instant createdAt() { return createdAt; }
}
