package vn.openprovince.organization.internal;

import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Officials extends JpaRepository<Official, UUID> {

    java.util.Optional<Official> findByEmailIgnoreCase(String email);

    /** The current officials of an agency, one row each, in one query. */
    @Query(value = """
            select new vn.openprovince.organization.internal.OfficialView(
                o.id, o.fullName, o.email, o.phone, m.position, m.agencyId, a.name, m.departmentId, d.name,
                m.validFrom)
            from Official o join o.memberships m join Agency a on a.id = m.agencyId
                 left join Department d on d.id = m.departmentId
            where m.agencyId = :agencyId and m.validTo is null and o.searchText like :pattern
            order by o.searchText, o.id""",
            countQuery = """
            select count(o) from Official o join o.memberships m
            where m.agencyId = :agencyId and m.validTo is null and o.searchText like :pattern""")
    Page<OfficialView> currentOfAgency(UUID agencyId, String pattern, Pageable page);
}
