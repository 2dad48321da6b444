package vn.openprovince.identity.internal;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import vn.openprovince.identity.Role;

interface Accounts extends JpaRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByOfficialId(UUID officialId);

    // Sign-in bookkeeping uses single atomic updates: concurrent sign-ins to one account must never
    // fail each other on the optimistic version check.

    @Modifying
    @Query("update Account a set a.failedAttempts = a.failedAttempts + 1 where a.username = :username")
    int countFailedLogin(String username);

    /** Locks the account if it reached the limit; returns 1 when it did. */
    @Modifying
    @Query("""
            update Account a set a.lockedUntil = :until, a.failedAttempts = 0
            where a.username = :username and a.failedAttempts >= :limit""")
    int lockIfLimitReached(String username, int limit, Instant until);

    @Modifying
    @Query("update Account a set a.failedAttempts = 0 where a.username = :username and a.failedAttempts > 0")
    int clearFailedLogins(String username);

    @Modifying
    @Query("""
            update Account a set a.failedAttempts = 0, a.lockedUntil = null, a.lastLoginAt = :now
            where a.username = :username""")
    int recordLogin(String username, Instant now);

    @Query("select a from Account a where a.searchText like :pattern")
    Page<Account> searchAll(String pattern, Pageable page);

    /** Accounts holding any grant at one of the agencies. */
    @Query(value = """
            select a from Account a where a.searchText like :pattern and exists (
                select 1 from Account b join b.assignments r where b = a and r.agencyId in :agencyIds)""")
    Page<Account> searchWithin(String pattern, Collection<UUID> agencyIds, Pageable page);

    /** Enabled official accounts with a grant of the role at the agency itself, by sign-in name. */
    @Query("""
            select distinct a from Account a join a.assignments r
            where a.enabled = true and a.officialId is not null and r.role = :role and r.agencyId = :agencyId
            order by a.username""")
    List<Account> findOfficialsHolding(Role role, UUID agencyId);
}
