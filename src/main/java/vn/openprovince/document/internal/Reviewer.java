package vn.openprovince.document.internal;

import java.util.UUID;

/** A reviewer named in a submission. */
record Reviewer(UUID officialId, String name) {
}
