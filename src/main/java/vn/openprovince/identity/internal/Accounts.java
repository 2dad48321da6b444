package vn.openprovince.identity.internal;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Accounts extends JpaRepository<Account, UUID> {

    Optional<Account> findByUsername(String username);

    boolean existsByUsername(String username);

    boolean existsByOfficialId(UUID officialId);

    @Query("select a from Account a where a.searchText like :pattern")
    Page<Account> searchAll(String pattern, Pageable page);

    /** Accounts holding any grant at one of the agencies. */
    @Query(value = """
            select a from Account a where a.searchText like :pattern and exists (
                select 1 from Account b join b.assignments r where b = a and r.agencyId in :agencyIds)""")
    Page<Account> searchWithin(String pattern, Collection<UUID> agencyIds, Pageable page);
}
