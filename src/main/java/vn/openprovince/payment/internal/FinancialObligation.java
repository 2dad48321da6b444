package vn.openprovince.payment.internal;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.payment.FeeItem;
import vn.openprovince.payment.Obligation;
import vn.openprovince.payment.PaymentError;
import vn.openprovince.payment.PaymentException;
import vn.openprovince.payment.PaymentId;
import vn.openprovince.payment.PaymentMethod;
import vn.openprovince.payment.PaymentStatus;

/**
 * Nghĩa vụ tài chính: what the applicant owes for a dossier. Pending until {@link #markPaid}, which happens once:
 * paid is final, so a second confirmation or a replayed gateway notice cannot pay it twice.
 */
@Entity
@Table(name = "payment_obligation")
class FinancialObligation {

    @Id
    private UUID id;
    @Column(name = "dossier_code")
    private String dossierCode;
    @Column(name = "payer_account_id")
    private UUID payerAccountId;
    @Column(name = "receiving_agency_id")
    private UUID receivingAgencyId;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "payment_item", joinColumns = @JoinColumn(name = "obligation_id"))
    @OrderColumn(name = "position")
    private List<Item> items = new ArrayList<>();
    private long total;
    @Column(name = "due_date")
    private LocalDate dueDate;
    private String note;
    @Enumerated(EnumType.STRING)
    private PaymentStatus status;
    @Enumerated(EnumType.STRING)
    private PaymentMethod method;
    private String reference;
    @Column(name = "requested_at")
    private Instant requestedAt;
    @Column(name = "requested_by")
    private String requestedBy;
    @Column(name = "paid_at")
    private Instant paidAt;
    @Column(name = "confirmed_by")
    private String confirmedBy;
    @Column(name = "receipt_number")
    private String receiptNumber;
    @Version
    private long version;

    protected FinancialObligation() {
    }

    FinancialObligation(String dossierCode, UUID payerAccountId, UUID receivingAgencyId, List<FeeItem> items,
                        LocalDate dueDate, String note, Instant requestedAt, String requestedBy) {
        this.id = UUID.randomUUID();
        this.dossierCode = dossierCode;
        this.payerAccountId = payerAccountId;
        this.receivingAgencyId = receivingAgencyId;
        for (FeeItem item : items) {
            this.items.add(new Item(item.name(), item.amount()));
            this.total = Math.addExact(this.total, item.amount());
        }
        this.dueDate = dueDate;
        this.note = note;
        this.status = PaymentStatus.PENDING;
        this.requestedAt = requestedAt;
        this.requestedBy = requestedBy;
    }

    /** Paid, once: by whom (an officer's username, or the gateway), how, with which reference and receipt number. */
    void markPaid(PaymentMethod method, String reference, Instant at, String by, String receiptNumber) {
        if (status == PaymentStatus.PAID) {
            throw new PaymentException(PaymentError.PAYMENT_ALREADY_PAID, dossierCode);
        }
        this.status = PaymentStatus.PAID;
        this.method = method;
        this.reference = reference;
        this.paidAt = at;
        this.confirmedBy = by;
        this.receiptNumber = receiptNumber;
    }

    UUID id() {
        return id;
    }

    String dossierCode() {
        return dossierCode;
    }

    UUID payerAccountId() {
        return payerAccountId;
    }

    AgencyId receivingAgency() {
        return new AgencyId(receivingAgencyId);
    }

    long total() {
        return total;
    }

    PaymentStatus status() {
        return status;
    }

    String confirmedBy() {
        return confirmedBy;
    }

    Obligation view() {
        return new Obligation(new PaymentId(id), dossierCode, payerAccountId, new AgencyId(receivingAgencyId),
                items.stream().map(i -> new FeeItem(i.name, i.amount)).toList(), total, dueDate, note, status, method,
                reference, requestedAt, paidAt, receiptNumber);
    }

    /** One fee or charge line. */
    @Embeddable
    static class Item {
        private String name;
        private long amount;

        protected Item() {
        }

        Item(String name, long amount) {
            this.name = name;
            this.amount = amount;
        }
    }
}
