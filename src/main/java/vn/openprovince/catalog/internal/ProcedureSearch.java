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
            String folded = VietnameseText.fold(text);
            jakarta.persistence.criteria.Path<String> searchText = root.get("searchText");
            for (String word : folded.split(" ")) {
                if (!word.isEmpty()) {
                    // Words match at their start, so "an" finds "an toàn" but not "ban".
                    conditions.add(builder.or(builder.like(searchText, escape(word) + "%", '\\'),
                            builder.like(searchText, "% " + escape(word) + "%", '\\')));
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
            if (folded.contains(" ") && query.getResultType() != Long.class && query.getResultType() != long.class) {
                // The words as typed, together, come first: "chung thuc" puts "Chứng thực…" before "chứng nhận … thực phẩm".
                query.orderBy(builder.asc(builder.selectCase()
                                .when(builder.like(searchText, "%" + escape(folded) + "%", '\\'), 0).otherwise(1)),
                        builder.asc(searchText), builder.asc(root.get("id")));
            } else {
                query.orderBy(builder.asc(searchText), builder.asc(root.get("id")));
            }
            return builder.and(conditions.toArray(Predicate[]::new));
        };
    }

    private static String escape(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
