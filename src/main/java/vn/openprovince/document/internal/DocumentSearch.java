package vn.openprovince.document.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Tra cứu văn bản: incoming and outgoing documents the caller may see whose metadata or file text
 * contains every word of the query, without regard to diacritics or case.
 */
@Service
public class DocumentSearch {

    private final IncomingDocuments incoming;
    private final OutgoingDocuments outgoing;
    private final DocumentAccess access;

    DocumentSearch(IncomingDocuments incoming, OutgoingDocuments outgoing, DocumentAccess access) {
        this.incoming = incoming;
        this.outgoing = outgoing;
        this.access = access;
    }

    @Transactional(readOnly = true)
    public DocumentPage<SearchHit> search(String q, int page, int size) {
        Viewer viewer = access.viewer();
        int pageSize = Math.min(Math.max(size, 1), IncomingService.MAX_PAGE_SIZE);
        int pageNumber = Math.max(page, 0);
        var words = IncomingService.words(q);
        if (words.isEmpty()) {
            return DocumentPage.of(new PageImpl<>(List.of(), PageRequest.of(pageNumber, pageSize), 0));
        }
        // Both lists newest first; the first (page + 1) * size of each hold the page of the merged list.
        int window = (pageNumber + 1) * pageSize;
        Specification<IncomingDocument> incomingSpec = IncomingService.visibleTo(viewer).and((root, query, cb) ->
                cb.and(words.stream().map(word -> cb.like(root.get("searchText"), "%" + word + "%"))
                        .toArray(jakarta.persistence.criteria.Predicate[]::new)));
        Specification<OutgoingDocument> outgoingSpec = OutgoingService.visibleTo(viewer).and((root, query, cb) ->
                cb.and(words.stream().map(word -> cb.like(root.get("searchText"), "%" + word + "%"))
                        .toArray(jakarta.persistence.criteria.Predicate[]::new)));
        var incomingHits = incoming.findAll(incomingSpec, PageRequest.of(0, window, Sort.by(Sort.Direction.DESC, "arrivedAt")));
        var outgoingHits = outgoing.findAll(outgoingSpec, PageRequest.of(0, window, Sort.by(Sort.Direction.DESC, "createdAt")));
        var hits = new ArrayList<SearchHit>();
        incomingHits.forEach(d -> hits.add(new SearchHit("INCOMING", d.id(), "%02d".formatted(d.arrivalNumber()),
                d.numberAndSymbol(), d.documentType().vietnameseName(), d.summary(), d.issuerName(),
                d.status().name(), d.arrivedAt())));
        outgoingHits.forEach(d -> hits.add(new SearchHit("OUTGOING", d.id(),
                d.numberAndSymbol() == null ? null : d.numberAndSymbol().toString(),
                d.numberAndSymbol() == null ? null : d.numberAndSymbol().toString(), d.documentType().vietnameseName(),
                d.summary(), null, d.status().name(), d.createdAt())));
        hits.sort(Comparator.comparing(SearchHit::at).reversed());
        int from = Math.min(pageNumber * pageSize, hits.size());
        int to = Math.min(from + pageSize, hits.size());
        long total = incomingHits.getTotalElements() + outgoingHits.getTotalElements();
        return DocumentPage.of(new PageImpl<>(hits.subList(from, to), PageRequest.of(pageNumber, pageSize), total));
    }
}
