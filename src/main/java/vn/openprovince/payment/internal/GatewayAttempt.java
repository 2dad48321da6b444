package vn.openprovince.payment.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One attempt to pay an obligation through a gateway; completed once, by the first notice that verifies. */
@Entity
@Table(name = "payment_attempt")
class GatewayAttempt {

    static final String OPEN = "OPEN";
    static final String SUCCEEDED = "SUCCEEDED";
    static final String FAILED = "FAILED";

    @Id
    private UUID id;
    @Column(name = "obligation_id")
    private UUID obligationId;
    private String gateway;
    @Column(name = "transaction_ref")
    private String transactionRef;
    private long amount;
    private String status;
    @Column(name = "response_code")
    private String responseCode;
    @Column(name = "gateway_transaction_no")
    private String gatewayTransactionNo;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "completed_at")
    private Instant completedAt;

    protected GatewayAttempt() {
    }

    GatewayAttempt(UUID obligationId, String gateway, String transactionRef, long amount, Instant createdAt) {
        this.id = UUID.randomUUID();
        this.obligationId = obligationId;
        this.gateway = gateway;
        this.transactionRef = transactionRef;
        this.amount = amount;
        this.status = OPEN;
        this.createdAt = createdAt;
    }

    void complete(boolean success, String responseCode, String gatewayTransactionNo, Instant at) {
        this.status = success ? SUCCEEDED : FAILED;
        this.responseCode = responseCode;
        this.gatewayTransactionNo = gatewayTransactionNo;
        this.completedAt = at;
    }

    boolean open() {
        return OPEN.equals(status);
    }

    boolean succeeded() {
        return SUCCEEDED.equals(status);
    }

    UUID obligationId() {
        return obligationId;
    }

    String gateway() {
        return gateway;
    }

    String transactionRef() {
        return transactionRef;
    }

    long amount() {
        return amount;
    }
}
