package vn.openprovince.document.internal;

import java.util.List;
import java.util.UUID;

/**
 * Phát hành: the recipients and whether a paper copy also goes out.
 *
 * @param paperCopy {@code false} marks the document as sent electronically only
 */
public record IssueInput(List<RecipientInput> recipients, Boolean paperCopy) {

    /** An agency on this platform by id, or an external one by name and identifier code. */
    public record RecipientInput(UUID agencyId, String name, String identifierCode) {
    }
}
