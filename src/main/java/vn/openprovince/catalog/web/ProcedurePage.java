package vn.openprovince.catalog.web;

import java.util.List;
import org.springframework.data.domain.Page;
import vn.openprovince.catalog.ProcedureSummary;

/**
 * A page of procedures in the public API: a stable shape (content, number, size, totalElements,
 * totalPages) that does not depend on how Spring Data serialises its pages.
 */
record ProcedurePage(List<ProcedureSummary> content, int number, int size, long totalElements, int totalPages) {

    static ProcedurePage of(Page<ProcedureSummary> page) {
        return new ProcedurePage(page.getContent(), page.getNumber(), page.getSize(), page.getTotalElements(),
                page.getTotalPages());
    }
}
