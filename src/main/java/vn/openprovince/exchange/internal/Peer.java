package vn.openprovince.exchange.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * Nền tảng kết nối: a peer platform and the bearer token of the API client that peer registered
 * for us. The token must be sent, so it is stored as given (see docs/exchange.md).
 */
@Entity
@Table(name = "exchange_peer")
class Peer {

    @Id
    private String endpoint;
    private String token;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Peer() {
    }

    Peer(String endpoint, String token, Instant now) {
        this.endpoint = endpoint;
        change(token, now);
    }

    void change(String token, Instant now) {
        this.token = token;
        this.updatedAt = now;
    }

    String endpoint() {
        return endpoint;
    }

    String token() {
        return token;
    }

    Instant updatedAt() {
        return updatedAt;
    }
}
