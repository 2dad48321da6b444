package vn.openprovince.document.internal;

import java.util.UUID;

/** The official doing something, with the department they work in (if any). */
record Actor(UUID officialId, String name, UUID departmentId) {
}
