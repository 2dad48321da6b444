package vn.openprovince.organization.internal;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.openprovince.organization.VietnameseText;

/** Cán bộ, công chức: a person working in the administration, with their memberships over time. */
@Entity
@Table(name = "official")
class Official {

    @Id
    private UUID id;
    @Column(name = "full_name")
    private String fullName;
    @Column(name = "search_text")
    private String searchText;
    private String email;
    private String phone;
    @Column(name = "created_at")
    private Instant createdAt;
    @Version
    private long version;

    @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.LAZY)
    @JoinColumn(name = "official_id", nullable = false, updatable = false)
    @OrderBy("validFrom")
    private List<Membership> memberships = new ArrayList<>();

    protected Official() {
    }

    Official(String fullName, String email, String phone, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.createdAt = createdAt;
        updateContact(fullName, email, phone);
    }

    void updateContact(String fullName, String email, String phone) {
        this.fullName = fullName.strip();
        this.email = blankToNull(email);
        this.phone = blankToNull(phone);
        this.searchText = VietnameseText.fold(this.fullName + " " + (this.email == null ? "" : this.email));
    }

    /** Starts a new position; any current membership ends the day before, so history is kept. */
    Membership appoint(UUID agencyId, UUID departmentId, String position, LocalDate from) {
        currentMembership().ifPresent(current -> current.end(from));
        var membership = new Membership(agencyId, departmentId, position, from);
        memberships.add(membership);
        return membership;
    }

    Optional<Membership> currentMembership() {
        return memberships.stream().filter(Membership::isCurrent).findFirst();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    UUID id() {
        return id;
    }

    String fullName() {
        return fullName;
    }

    String email() {
        return email;
    }

    String phone() {
        return phone;
    }

    List<Membership> memberships() {
        return List.copyOf(memberships);
    }
}
