package vn.openprovince.document.internal;

import java.util.UUID;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sổ, dãy số: gives numbers in sequence within an agency, a series and a year. The row of the
 * series is locked while a number is taken, so two clerks at the same instant (on any node) get
 * consecutive numbers; a rolled-back transaction gives its number back, so none is skipped.
 */
@Component
class NumberSeries {

    /** Arrival numbers of incoming documents (số đến). */
    static final String INCOMING = "INCOMING";
    /** The agency's shared series of administrative documents. */
    static final String ADMINISTRATIVE = "ADMINISTRATIVE";
    /** Secret documents are numbered apart (Decree 30, Appendix I §II.3). */
    static final String SECRET = "SECRET";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate ownTransaction;

    NumberSeries(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.ownTransaction = new TransactionTemplate(transactions);
        this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Makes sure the row of the series exists; call it before the transaction that takes a number,
     * so that creating the row of a new year never makes that transaction fail.
     */
    void prepare(UUID agencyId, String series, int year) {
        Integer existing = count(agencyId, series, year);
        if (existing > 0) {
            return;
        }
        try {
            ownTransaction.executeWithoutResult(status -> jdbc.update(
                    "insert into number_sequence (agency_id, series, sequence_year, last_number) values (?, ?, ?, 0)",
                    agencyId, series, year));
        } catch (DataAccessException concurrentlyCreated) {
            // Another node or thread created the row first: that is all we wanted.
        }
    }

    /** The next number of the series, taken under a row lock held until the caller's transaction ends. */
    @Transactional(propagation = Propagation.MANDATORY)
    int next(UUID agencyId, String series, int year) {
        Integer last = jdbc.query("select last_number from number_sequence where agency_id = ? and series = ? "
                        + "and sequence_year = ? for update", rs -> rs.next() ? rs.getInt(1) : null, agencyId, series, year);
        if (last == null) {
            throw new IllegalStateException("number series " + series + "/" + year + " was not prepared");
        }
        int next = last + 1;
        jdbc.update("update number_sequence set last_number = ? where agency_id = ? and series = ? and sequence_year = ?",
                next, agencyId, series, year);
        return next;
    }

    private Integer count(UUID agencyId, String series, int year) {
        return jdbc.queryForObject("select count(*) from number_sequence where agency_id = ? and series = ? and sequence_year = ?",
                Integer.class, agencyId, series, year);
    }
}
