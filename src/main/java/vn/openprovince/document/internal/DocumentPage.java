package vn.openprovince.document.internal;

import java.util.List;
import org.springframework.data.domain.Page;

/** A page of a list, with its totals at the top level and in {@code page} like the other lists of the API. */
public record DocumentPage<T>(List<T> content, long totalElements, int totalPages, int number, int size,
                              PageMetadata page) {

    public record PageMetadata(int size, int number, long totalElements, int totalPages) {
    }

    static <T> DocumentPage<T> of(Page<T> page) {
        return new DocumentPage<>(page.getContent(), page.getTotalElements(), page.getTotalPages(), page.getNumber(),
                page.getSize(), new PageMetadata(page.getSize(), page.getNumber(), page.getTotalElements(),
                page.getTotalPages()));
    }

    /** For the pages' pager fragment. */
    public boolean isFirst() {
        return number == 0;
    }

    public boolean isLast() {
        return number + 1 >= totalPages;
    }
}
