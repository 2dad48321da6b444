package vn.openprovince.signature;

import java.util.UUID;
import vn.openprovince.organization.AgencyId;

/**
 * Ký số văn bản: signs PDFs as PAdES with the appearances of Decree 30/2020/NĐ-CP, Appendix I.
 * Each call adds one signature in an incremental update, so earlier signatures stay valid; nothing
 * is stored, the caller keeps the returned PDF.
 */
public interface DocumentSigner {

    /**
     * The competent person's own signature: their blue signature image between the position line
     * and the name line on the last page.
     */
    byte[] signPersonal(byte[] pdf, UUID officialId);

    /**
     * The agency's signature on a main document already signed by the competent person: the red
     * seal at its real size, overlapping about a third of the personal signature image on its left.
     */
    byte[] signAsAgency(byte[] pdf, AgencyId agencyId);

    /**
     * The agency's signature on an attachment in a separate file: top-right of page 1, no image, the
     * document's number and symbol and the signing time.
     */
    byte[] signAttachment(byte[] pdf, AgencyId agencyId, String numberAndSymbol);

    /**
     * The agency's signature on an electronic copy it made: top-right of page 1, no image, the copy
     * form, the copying agency and the signing time.
     */
    byte[] signCopy(byte[] pdf, AgencyId agencyId, CopyForm form);
}
