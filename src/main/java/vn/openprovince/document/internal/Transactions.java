package vn.openprovince.document.internal;

import java.util.function.Supplier;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a use case that takes a number in its own transaction, again when the database gave up
 * waiting for the series lock (H2's lock timeout) or chose it as a deadlock victim: the rolled
 * back attempt took no number, so retrying neither skips nor doubles one.
 */
@Component
class Transactions {

    private static final int ATTEMPTS = 20;

    private final TransactionTemplate template;
    private final TransactionTemplate readOnly;

    Transactions(PlatformTransactionManager transactions) {
        this.template = new TransactionTemplate(transactions);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    /** Reads what a use case checks before it takes a number. */
    <T> T read(Supplier<T> work) {
        return readOnly.execute(status -> work.get());
    }

    <T> T withNumberLock(Supplier<T> work) {
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> work.get());
            } catch (PessimisticLockingFailureException busy) {
                if (attempt == ATTEMPTS) {
                    throw busy;
                }
                try {
                    Thread.sleep(10L * attempt);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw busy;
                }
            }
        }
    }
}
