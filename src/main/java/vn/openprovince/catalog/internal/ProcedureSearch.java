package vn.openprovince.catalog.internal;

import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.UUID;
import org.springframework.data.jpa.domain.Specification;
import vn.openprovince.organization.VietnameseText;

/** Search conditions on procedures: every folded word must occur ("dang ky khai sinh" finds "Đăng ký khai sinh"). */
final class ProcedureSearch {

    private ProcedureSearch() {
    }

    static Specification<Procedure> matching(String text, String level, String field, UUID agency,
                                             boolean publishedOnly, Collection<UUID> managingAgencies) {
        return (root, query, builder) -> {
            var conditions = new ArrayList<Predicate>();
            for (String word : VietnameseText.fold(text).split(" ")) {
                if (!word.isEmpty()) {
                    conditions.add(builder.like(root.get("searchText"), "%" + escape(word) + "%", '\\'));
                }
            }
            if (level != null && !level.isBlank()) {
                conditions.add(builder.equal(root.get("levelCode"), level));
            }
            if (field != null && !field.isBlank()) {
                conditions.add(builder.equal(root.get("fieldCode"), field));
            }
            if (agency != null) {
                conditions.add(builder.equal(root.get("managingAgencyId"), agency));
            }
            if (publishedOnly) {
                conditions.add(builder.isNotNull(root.get("currentVersionId")));
            }
            if (managingAgencies != null) {
                conditions.add(managingAgencies.isEmpty() ? builder.disjunction()
                        : root.get("managingAgencyId").in(managingAgencies));
            }
            query.orderBy(builder.asc(root.get("searchText")), builder.asc(root.get("id")));
            return builder.and(conditions.toArray(Predicate[]::new));
        };
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
