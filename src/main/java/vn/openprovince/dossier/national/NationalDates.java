package vn.openprovince.dossier.national;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Dates as the national portal reads them: {@code yyyyMMddHHmmss} in Asia/Ho_Chi_Minh (DOMAIN §3.7). */
final class NationalDates {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZONE);

    private NationalDates() {
    }

    /** The formatted instant, or an empty string when there is none (the portal expects the field present). */
    static String format(Instant at) {
        return at == null ? "" : FORMAT.format(at);
    }
}
