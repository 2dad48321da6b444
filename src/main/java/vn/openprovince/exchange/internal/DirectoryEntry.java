package vn.openprovince.exchange.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** Mục danh bạ liên thông: an agency of another platform, by its QCVN 102 code, and where it is reached. */
@Entity
@Table(name = "exchange_directory_entry")
class DirectoryEntry {

    @Id
    @Column(name = "organ_id")
    private String organId;
    private String name;
    @Enumerated(EnumType.STRING)
    private Route route;
    private String endpoint;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected DirectoryEntry() {
    }

    DirectoryEntry(String organId, String name, Route route, String endpoint, Instant now) {
        this.organId = organId;
        change(name, route, endpoint, now);
    }

    void change(String name, Route route, String endpoint, Instant now) {
        this.name = name;
        this.route = route;
        this.endpoint = endpoint;
        this.updatedAt = now;
    }

    String organId() {
        return organId;
    }

    String name() {
        return name;
    }

    Route route() {
        return route;
    }

    String endpoint() {
        return endpoint;
    }
}
