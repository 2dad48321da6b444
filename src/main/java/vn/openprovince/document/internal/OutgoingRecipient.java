package vn.openprovince.document.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.UUID;

/** Nơi nhận: an agency on this platform or an external one by name and identifier code. */
@Entity
@Table(name = "outgoing_recipient")
class OutgoingRecipient {

    @Id
    private UUID id;
    @Column(name = "agency_id")
    private UUID agencyId;
    @Column(nullable = false)
    private String name;
    @Column(name = "identifier_code")
    private String identifierCode;
    @Column(name = "incoming_id")
    private UUID incomingId;

    protected OutgoingRecipient() {
    }

    OutgoingRecipient(UUID agencyId, String name, String identifierCode) {
        this.id = UUID.randomUUID();
        this.agencyId = agencyId;
        this.name = name;
        this.identifierCode = identifierCode;
    }

    void registeredAs(UUID incomingId) {
        this.incomingId = incomingId;
    }

    UUID id() {
        return id;
    }

    UUID agencyId() {
        return agencyId;
    }

    String name() {
        return name;
    }

    String identifierCode() {
        return identifierCode;
    }

    UUID incomingId() {
        return incomingId;
    }
}
