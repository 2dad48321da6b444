package vn.openprovince.document.internal;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.document.DocumentError;
import vn.openprovince.document.DocumentException;

/**
 * Tìm kiếm đã lưu: an official names the current search to run it again with one click. Each
 * official sees and deletes only their own; another's id is unknown to them.
 */
@Service
public class SavedSearchService {

    /** Enough for a working set of searches; more is clutter on the search page. */
    static final int MAX_PER_OFFICIAL = 50;

    private final SavedSearches searches;
    private final DocumentAccess access;
    private final AuditTrail audit;

    SavedSearchService(SavedSearches searches, DocumentAccess access, AuditTrail audit) {
        this.searches = searches;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<SavedSearchView> mine() {
        Viewer viewer = access.viewer();
        return searches.findByOfficialIdOrderByCreatedAtDesc(viewer.officialId()).stream().map(SavedSearchService::view)
                .toList();
    }

    @Transactional
    public SavedSearchView save(String rawName, String rawQ) {
        Viewer viewer = access.viewer();
        String name = IncomingRegistration.clean(rawName);
        String q = IncomingRegistration.clean(rawQ);
        if (name == null || name.length() > 100) {
            throw new DocumentException(DocumentError.DOC_MISSING_SEARCH_NAME);
        }
        if (q == null || q.length() > 500 || IncomingService.words(q).isEmpty()) {
            throw new DocumentException(DocumentError.DOC_MISSING_SEARCH_QUERY);
        }
        if (searches.countByOfficialId(viewer.officialId()) >= MAX_PER_OFFICIAL) {
            throw new DocumentException(DocumentError.DOC_TOO_MANY_SAVED_SEARCHES, MAX_PER_OFFICIAL);
        }
        var saved = searches.save(new SavedSearch(viewer.officialId(), name, q, Instant.now()));
        audit.record("saved-search.saved", "SavedSearch", saved.id(), agency(viewer), name + ": " + q);
        return view(saved);
    }

    @Transactional
    public void delete(UUID id) {
        Viewer viewer = access.viewer();
        var saved = searches.findByIdAndOfficialId(id, viewer.officialId())
                .orElseThrow(() -> new DocumentException(DocumentError.DOC_UNKNOWN_SAVED_SEARCH));
        searches.delete(saved);
        audit.record("saved-search.deleted", "SavedSearch", id, agency(viewer), saved.name());
    }

    private static UUID agency(Viewer viewer) {
        return viewer.agencyId() == null ? null : viewer.agencyId().value();
    }

    private static SavedSearchView view(SavedSearch s) {
        return new SavedSearchView(s.id(), s.name(), s.q(), s.createdAt());
    }
}
