package vn.openprovince.exchange;

import java.util.List;

/**
 * Kết nối Trục liên thông văn bản quốc gia: the operations of the VPCP SDK's {@code DocumentService}
 * (DOMAIN §2.4) as a provider interface, so a deployment plugs in the SDK (or an LGSP gateway)
 * without the exchange knowing which. No implementation ships: the live service is out of reach
 * here, and the administrator's page says the connector is not configured.
 */
public interface NationalExchangeConnector {

    /** GetAgencyList: every agency known to the axis. */
    List<Agency> agencies();

    /** GetListUnit: the units connected through this system. */
    List<Agency> connectedUnits();

    /** SendEdoc: sends an edXML package or status message; returns the axis's document id. */
    String send(byte[] edxml);

    /** GetReceivedEdocList(type): ids of packages waiting for this system. */
    List<String> received(Kind kind);

    /** GetEdoc: downloads one package. */
    byte[] fetch(String docId);

    /** UpdateStatus(docId, "done"): acknowledges a package so the axis stops delivering it. */
    void markDone(String docId);

    /** What GetReceivedEdocList lists: documents or status messages, polled separately. */
    enum Kind { ELECTRONIC_DOCUMENT, STATUS_DOCUMENT }

    /** An agency as the axis lists it. */
    record Agency(String organId, String name, String parentOrganId) {
    }

    /**
     * The connection ({@code ClientConf}): endpoint over HTTPS, SystemId (this platform's agency code)
     * and SecretKey, all from the environment ({@code EXCHANGE_NATIONAL_ENDPOINT},
     * {@code EXCHANGE_NATIONAL_SYSTEM_ID}, {@code EXCHANGE_NATIONAL_SECRET_KEY}).
     */
    record Configuration(String endpoint, String systemId, String secretKey) {

        public boolean configured() {
            return endpoint != null && !endpoint.isBlank() && systemId != null && !systemId.isBlank()
                    && secretKey != null && !secretKey.isBlank();
        }
    }
}
