package vn.openprovince.document.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.document.internal.SavedSearchService;
import vn.openprovince.document.internal.SavedSearchView;

/** Tìm kiếm đã lưu: the caller's own named searches. */
@RestController
@RequestMapping("/api/v1/documents/saved-searches")
@Tag(name = "Documents", description = "Văn bản đến, văn bản đi, xử lý văn bản")
class SavedSearchesApi {

    private final SavedSearchService searches;

    SavedSearchesApi(SavedSearchService searches) {
        this.searches = searches;
    }

    @GetMapping
    @Operation(summary = "The caller's saved searches, newest first (run one with GET /api/v1/documents/search?q=)")
    List<SavedSearchView> mine() {
        return searches.mine();
    }

    record SaveInput(String name, String q) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Save a search under a name; private to the caller")
    SavedSearchView save(@RequestBody(required = false) SaveInput input) {
        return searches.save(input == null ? null : input.name(), input == null ? null : input.q());
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Delete one of the caller's saved searches")
    void delete(@PathVariable UUID id) {
        searches.delete(id);
    }
}
