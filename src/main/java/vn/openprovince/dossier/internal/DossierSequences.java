package vn.openprovince.dossier.internal;

import java.time.LocalDate;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The day's sequence per receiving unit, one row each. The increment runs in its own short transaction:
 * the UPDATE locks the row, so concurrent submissions queue on it and each reads its own number; a number
 * whose submission then fails is skipped (a gap), never given twice.
 */
@Component
class DossierSequences {

    private final JdbcTemplate jdbc;
    private final TransactionTemplate transactions;

    DossierSequences(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
        this.jdbc = jdbc;
        this.transactions = new TransactionTemplate(transactionManager);
        this.transactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    int next(String unitCode, LocalDate day) {
        for (int attempt = 0; attempt < 20; attempt++) {
            try {
                Integer number = transactions.execute(status -> {
                    int updated = jdbc.update("update dossier_sequence set last_number = last_number + 1 "
                            + "where agency_code = ? and reception_day = ?", unitCode, day);
                    if (updated == 0) {
                        // First dossier of the day: a concurrent first one makes this insert fail, and we retry.
                        jdbc.update("insert into dossier_sequence (agency_code, reception_day, last_number) values (?, ?, 1)",
                                unitCode, day);
                        return 1;
                    }
                    return jdbc.queryForObject("select last_number from dossier_sequence "
                            + "where agency_code = ? and reception_day = ?", Integer.class, unitCode, day);
                });
                return number;
            } catch (DataIntegrityViolationException firstOfTheDayTaken) {
                // Another submission created the day's row first; increment it.
            } catch (TransientDataAccessException lockWaitTimedOut) {
                // H2 gives up waiting for the row lock after its lock timeout under load; wait again.
            }
        }
        throw new IllegalStateException("could not take a dossier number for " + unitCode + " on " + day);
    }
}
