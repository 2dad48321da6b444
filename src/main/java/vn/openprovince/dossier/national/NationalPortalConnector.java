package vn.openprovince.dossier.national;

import java.util.Map;
import java.util.Optional;

/**
 * Kết nối Cổng Dịch vụ công quốc gia: the calls the one-stop shop makes to the national portal (DOMAIN §3.7). The
 * deployment chooses the implementation; {@link HttpNationalPortalConnector} speaks JSON over HTTPS with a session
 * token, as the reference implementation does. Confirm the current specification with VPCP before production.
 */
public interface NationalPortalConnector {

    /** Obtains a session token with the configured credentials; throws {@link NationalPortalException} on refusal. */
    String authenticate();

    /** {@code DongBoHoSoMC}: pushes a dossier, as new ({@code isUpdating = false}) or as an update. */
    Outcome pushDossier(Map<String, Object> dossier, boolean isUpdating);

    /** {@code CapNhatTienDoHoSoMC}: pushes one processing step of a dossier. */
    Outcome pushProgress(Map<String, Object> progress);

    /** {@code TraCuuHoSo}: the portal's record of a dossier, if it has one. */
    Optional<Map<String, Object>> lookUp(String dossierCode);

    /**
     * What the portal answered.
     *
     * @param accepted whether the portal took the call (HTTP 2xx and {@code error_code} 0 when given)
     * @param status   the HTTP status, 0 when the portal could not be reached
     * @param message  the portal's message or the transport error
     */
    record Outcome(boolean accepted, int status, String message) {
    }
}
