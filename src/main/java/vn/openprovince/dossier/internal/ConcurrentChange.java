package vn.openprovince.dossier.internal;

import java.util.function.Supplier;
import org.springframework.dao.OptimisticLockingFailureException;

/**
 * A dossier changed by two transactions at once (an officer's or applicant's action and a background
 * step of its process, e.g. "processing started") fails the later one on its version. Each call here
 * is a whole transaction of a use case, so running it again reads the fresh row and checks its rules
 * again: the action either applies to the new state or is refused for a real reason.
 */
public final class ConcurrentChange {

    private static final int ATTEMPTS = 5;

    private ConcurrentChange() {
    }

    public static <T> T retried(Supplier<T> transaction) {
        for (int attempt = 1; ; attempt++) {
            try {
                return transaction.get();
            } catch (OptimisticLockingFailureException clash) {
                if (attempt == ATTEMPTS) {
                    throw clash;
                }
            }
        }
    }
}
