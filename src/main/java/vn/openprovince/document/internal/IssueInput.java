package vn.openprovince.document.internal;

import java.util.List;
import java.util.UUID;
import vn.openprovince.organization.AgencyGroup;

/**
 * Phát hành: the recipients and whether a paper copy also goes out.
 *
 * @param paperCopy {@code false} marks the document as sent electronically only
 * @param groups    whole groups of this platform's agencies (nhóm nơi nhận), e.g. every commune People's
 *                  Committee; each member becomes a recipient, once even when also named alone
 */
public record IssueInput(List<RecipientInput> recipients, Boolean paperCopy, List<AgencyGroup> groups) {

    public IssueInput(List<RecipientInput> recipients, Boolean paperCopy) {
        this(recipients, paperCopy, null);
    }

    /** An agency on this platform by id, or an external one by name and identifier code. */
    public record RecipientInput(UUID agencyId, String name, String identifierCode) {
    }
}
