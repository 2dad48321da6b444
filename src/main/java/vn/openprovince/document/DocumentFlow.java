package vn.openprovince.document;

import java.time.Instant;
import java.util.List;
import vn.openprovince.organization.AgencyId;

/**
 * Luồng văn bản trên hệ thống, for the exchange indicators: what an agency issued in a period and
 * what it received from agencies of this platform, with the moments of arrival, registration and
 * completion. Every read is bounded.
 */
public interface DocumentFlow {

    /** Issued by the agency in {@code [from, to)}; {@code onlineOnly}: without a paper copy. */
    Sent sent(AgencyId agency, Instant from, Instant to);

    /**
     * Documents issued on this platform to the agency in {@code [from, to)}: arrival is the issue (it is
     * in the inbox at once), then its registration and completion when they happened. At most
     * {@code limit} rows, oldest first.
     */
    List<Timeline> receivedOnThisPlatform(AgencyId agency, Instant from, Instant to, int limit);

    record Sent(int documents, int onlineOnly) {
    }

    record Timeline(Instant arrivedAt, Instant registeredAt, Instant completedAt) {
    }
}
