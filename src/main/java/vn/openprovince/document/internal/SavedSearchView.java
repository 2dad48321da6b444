package vn.openprovince.document.internal;

import java.time.Instant;
import java.util.UUID;

/** A saved search as its owner lists it; {@code q} is run by {@code GET /api/v1/documents/search?q=}. */
public record SavedSearchView(UUID id, String name, String q, Instant createdAt) {
}
