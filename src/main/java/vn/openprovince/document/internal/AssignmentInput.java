package vn.openprovince.document.internal;

import java.time.LocalDate;
import java.util.UUID;

/** Giao xử lý: the specialist of the department, the deadline and the instruction. */
public record AssignmentInput(UUID assigneeId, LocalDate deadline, String instruction) {
}
