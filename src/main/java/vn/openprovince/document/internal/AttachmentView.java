package vn.openprovince.document.internal;

import java.time.Instant;
import java.util.UUID;

/** A phụ lục of an incoming document, numbered from 1 in the order it was added. */
public record AttachmentView(UUID id, UUID documentId, int ordinal, String fileName, String mediaType, Integer pages,
                             String uploadedByName, Instant uploadedAt) {
}
