package vn.openprovince.document.internal;

import java.time.Instant;
import java.util.UUID;

/**
 * A search result: an incoming (kind {@code INCOMING}) or outgoing ({@code OUTGOING}) document.
 *
 * @param reference the arrival number for incoming documents, the number and symbol for issued ones
 */
public record SearchHit(String kind, UUID id, String reference, String numberAndSymbol, String typeName,
                        String summary, String issuerName, String status, Instant at) {
}
