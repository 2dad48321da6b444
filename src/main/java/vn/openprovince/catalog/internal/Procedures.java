package vn.openprovince.catalog.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface Procedures extends JpaRepository<Procedure, UUID>, JpaSpecificationExecutor<Procedure> {

    Optional<Procedure> findByCode(String code);

    boolean existsByCode(String code);

    /** The administrative levels (organisation's reference data, shared through the schema's foreign key). */
    @Query(value = "select code from unit_level order by rank", nativeQuery = true)
    List<String> levelCodes();

    @Query("select p.fieldCode, count(p) from Procedure p where p.currentVersionId is not null group by p.fieldCode")
    List<Object[]> publishedCountByField();

    @Query("select p.levelCode, count(p) from Procedure p where p.currentVersionId is not null group by p.levelCode")
    List<Object[]> publishedCountByLevel();

    @Query("select p.managingAgencyId, count(p) from Procedure p where p.currentVersionId is not null "
            + "group by p.managingAgencyId")
    List<Object[]> publishedCountByManagingAgency();
}
