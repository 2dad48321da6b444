package vn.openprovince.organization.internal;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface Agencies extends JpaRepository<Agency, UUID> {

    Optional<Agency> findByIdentifierCode(String identifierCode);

    boolean existsByIdentifierCode(String identifierCode);

    List<Agency> findByUnitIdAndValidToIsNullOrderByName(UUID unitId);

    List<Agency> findByValidToIsNullOrderBySearchText();

    List<Agency> findByIdInAndValidToIsNullOrderBySearchText(Collection<UUID> ids);

    @Query("select a from Agency a where a.validTo is null and a.searchText like :pattern order by a.searchText, a.id")
    Page<Agency> searchAll(String pattern, Pageable page);

    @Query("select a from Agency a where a.validTo is null and a.searchText like :pattern and a.id in :ids "
            + "order by a.searchText, a.id")
    Page<Agency> searchWithin(String pattern, Collection<UUID> ids, Pageable page);

    /** Current agencies of one kind on units of one level (e.g. People's Committees of communes). */
    @Query("select a from Agency a, AdministrativeUnit u where a.unitId = u.id and a.validTo is null"
            + " and a.kind = :kind and u.levelCode = :level order by a.searchText, a.id")
    List<Agency> findCurrentByKindAndUnitLevel(AgencyKind kind, String level);

    @Query("select a from Agency a where a.validTo is null and a.kind = :kind order by a.searchText, a.id")
    List<Agency> findCurrentByKind(AgencyKind kind);

    @Query("select new vn.openprovince.organization.internal.Agencies$Link(a.id, a.parentId) from Agency a "
            + "where a.validTo is null")
    List<Link> currentLinks();

    /** An agency and its parent: enough to walk the hierarchy. */
    record Link(UUID id, UUID parentId) {
    }
}
