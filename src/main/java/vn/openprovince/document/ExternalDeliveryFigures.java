package vn.openprovince.document;

import java.util.Collection;
import java.util.Map;
import java.util.UUID;

/**
 * Số liệu gửi ra ngoài: per issued document, how many of its external recipients (other platforms,
 * the national axis) got it and how many completed it.
 *
 * <p>Why an interface here: the document exchange depends on this module, so this module cannot ask
 * the exchange. The exchange implements this interface (one grouped query for a whole page of
 * documents); without the exchange the external recipients count as not delivered.
 */
public interface ExternalDeliveryFigures {

    /** Figures for the documents that have tracked external recipients; the others are absent. */
    Map<UUID, Figures> figures(Collection<UUID> outgoingIds);

    /** @param delivered external recipients that acknowledged arrival and did not reject it */
    record Figures(int delivered, int done) {
    }
}
