package vn.openprovince.document.internal;

import java.time.LocalDate;
import java.util.UUID;
import vn.openprovince.document.AdvisoryBody;
import vn.openprovince.document.DocumentType;
import vn.openprovince.document.Secrecy;
import vn.openprovince.document.Urgency;

/**
 * The metadata of a new outgoing draft.
 *
 * @param agencyId  the issuing agency: the drafter's own or the agency above it (a Văn phòng drafts for
 *                  its People's Committee); by default the drafter's own
 * @param inReplyTo the incoming document this replies to, if any
 * @param advisoryBody the advisory body named as the issuer, numbered in its own series; usually none
 * @param replaces  the issued document of the same agency this one replaces (văn bản thay thế), if any
 */
public record OutgoingDraft(UUID agencyId, DocumentType type, String summary, Urgency urgency, Secrecy secrecy,
                            String signerName, String signerPosition, Integer pages, LocalDate replyDeadline,
                            UUID inReplyTo, AdvisoryBody advisoryBody, UUID replaces) {

    OutgoingDraft normalized() {
        return new OutgoingDraft(agencyId, type, IncomingRegistration.clean(summary),
                urgency == null ? Urgency.NORMAL : urgency, secrecy == null ? Secrecy.NORMAL : secrecy,
                IncomingRegistration.clean(signerName), IncomingRegistration.clean(signerPosition), pages,
                replyDeadline, inReplyTo, advisoryBody == null || (IncomingRegistration.clean(advisoryBody.name()) == null
                        && IncomingRegistration.clean(advisoryBody.abbreviation()) == null) ? null
                        : new AdvisoryBody(IncomingRegistration.clean(advisoryBody.name()),
                                IncomingRegistration.clean(advisoryBody.abbreviation())), replaces);
    }
}
