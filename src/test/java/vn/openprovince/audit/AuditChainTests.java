package vn.openprovince.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Altering or removing any stored entry breaks the chain, and verification names the entry. */
@SpringBootTest
class AuditChainTests {

    @Autowired
    AuditTrail audit;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void intactChainVerifies() {
        audit.record("test.intact", "Test", UUID.randomUUID(), null, "first");
        audit.record("test.intact", "Test", UUID.randomUUID(), null, "second");

        var result = audit.verify();

        assertThat(result.intact()).as(result.problem()).isTrue();
        assertThat(result.entriesChecked()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void alteringOneRowNamesThatRow() {
        long seq = recordAndGetSeq("to be altered");
        audit.record("test.after", "Test", UUID.randomUUID(), null, "a later entry");
        String original = jdbc.queryForObject("select details from audit_entry where seq = ?", String.class, seq);
        try {
            jdbc.update("update audit_entry set details = ? where seq = ?", "forged", seq);

            var result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(seq);
            assertThat(result.problem()).contains("altered");
        } finally {
            jdbc.update("update audit_entry set details = ? where seq = ?", original, seq);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void removingARowIsDetected() {
        long seq = recordAndGetSeq("to be removed");
        audit.record("test.after", "Test", UUID.randomUUID(), null, "a later entry");
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", seq);
        try {
            jdbc.update("delete from audit_entry where seq = ?", seq);

            var result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(seq);
            assertThat(result.problem()).contains("missing");
        } finally {
            restore(row);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void removingTheNewestRowIsDetected() {
        long seq = recordAndGetSeq("newest");
        Map<String, Object> row = jdbc.queryForMap("select * from audit_entry where seq = ?", seq);
        try {
            jdbc.update("delete from audit_entry where seq = ?", seq);

            var result = audit.verify();

            assertThat(result.intact()).isFalse();
            assertThat(result.brokenAtSeq()).isEqualTo(seq);
        } finally {
            restore(row);
        }
    }

    private long recordAndGetSeq(String details) {
        audit.record("test.tamper", "Test", UUID.randomUUID(), null, details);
        return jdbc.queryForObject("select max(seq) from audit_entry", Long.class);
    }

    private void restore(Map<String, Object> row) {
        jdbc.update("""
                insert into audit_entry (seq, occurred_at, actor, action, object_type, object_id, agency_id,
                                         client_address, details, previous_hash, hash)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                row.get("seq"), row.get("occurred_at"), row.get("actor"), row.get("action"), row.get("object_type"),
                row.get("object_id"), row.get("agency_id"), row.get("client_address"), row.get("details"),
                row.get("previous_hash"), row.get("hash"));
    }
}
