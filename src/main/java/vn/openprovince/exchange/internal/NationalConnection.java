package vn.openprovince.exchange.internal;

import java.util.ArrayList;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.exchange.ExchangeError;
import vn.openprovince.exchange.ExchangeException;
import vn.openprovince.exchange.NationalExchangeConnector;
import vn.openprovince.identity.Role;

/**
 * Kết nối Trục quốc gia: the connector exists only when its endpoint, system id and secret key are
 * in the environment ({@code EXCHANGE_NATIONAL_ENDPOINT}, {@code EXCHANGE_NATIONAL_SYSTEM_ID},
 * {@code EXCHANGE_NATIONAL_SECRET_KEY}); then packages for NATIONAL recipients go out through the
 * outbox, received packages and statuses are polled, and the administrator can load the axis's
 * agency list into the directory. Without it the pages say plainly that it is not configured.
 */
@Service
public class NationalConnection {

    private static final Logger log = LoggerFactory.getLogger(NationalConnection.class);

    private final ObjectProvider<NationalExchangeConnector> connector;
    private final ExchangeReceiving receiving;
    private final ExchangeDirectory directory;
    private final ExchangeAccess access;
    private final AuditTrail audit;

    NationalConnection(ObjectProvider<NationalExchangeConnector> connector, ExchangeReceiving receiving,
                       ExchangeDirectory directory, ExchangeAccess access, AuditTrail audit) {
        this.connector = connector;
        this.receiving = receiving;
        this.directory = directory;
        this.access = access;
        this.audit = audit;
    }

    @Configuration(proxyBeanMethods = false)
    static class ConnectorConfiguration {

        @Bean
        @ConditionalOnExpression("!'${openprovince.exchange.national.endpoint:}'.isBlank()"
                + " and !'${openprovince.exchange.national.system-id:}'.isBlank()"
                + " and !'${openprovince.exchange.national.secret-key:}'.isBlank()")
        NationalExchangeConnector nationalExchangeConnector(
                @Value("${openprovince.exchange.national.endpoint}") String endpoint,
                @Value("${openprovince.exchange.national.system-id}") String systemId,
                @Value("${openprovince.exchange.national.secret-key}") String secretKey, ExchangeSettings settings) {
            String url = endpoint.strip();
            if (!url.startsWith("https://") && !url.startsWith("http://127.0.0.1") && !url.startsWith("http://localhost")) {
                throw new IllegalStateException("EXCHANGE_NATIONAL_ENDPOINT must be an https:// address");
            }
            return new HttpNationalExchangeConnector(new NationalExchangeConnector.Configuration(url, systemId.strip(),
                    secretKey.strip()), settings.connectTimeout(), settings.requestTimeout());
        }
    }

    /** What the administrator's page says: the endpoint and system id (never the secret), or empty. */
    public Optional<NationalExchangeConnector.Configuration> configuration() {
        return Optional.ofNullable(connector.getIfAvailable()).map(c -> c instanceof HttpNationalExchangeConnector h
                ? new NationalExchangeConnector.Configuration(h.configuration().endpoint(), h.configuration().systemId(),
                "***") : new NationalExchangeConnector.Configuration("(SDK)", "", "***"));
    }

    /**
     * GetAgencyList into the directory as NATIONAL entries, all or nothing; this platform's own
     * agencies are skipped. System administrators only.
     */
    public int importAgencies() {
        if (!access.scope(Role.SYSTEM_ADMIN).all()) {
            throw new org.springframework.security.access.AccessDeniedException("system administrators only");
        }
        var national = connector.getIfAvailable();
        if (national == null) {
            throw new ExchangeException(ExchangeError.EXC_NATIONAL_NOT_CONFIGURED);
        }
        var rows = new ArrayList<ExchangeDirectory.EntryInput>();
        for (var agency : national.agencies()) {
            boolean ours = directory.resolve(agency.organId()).filter(d -> d.route() == Route.THIS_PLATFORM).isPresent();
            if (!ours) {
                rows.add(new ExchangeDirectory.EntryInput(agency.organId(), agency.name(), Route.NATIONAL, null));
            }
        }
        int imported = directory.importEntries(rows);
        audit.record("exchange.national-agencies-imported", "DirectoryEntry", "national", null,
                imported + " cơ quan từ Trục quốc gia");
        return imported;
    }

    /**
     * Nhận từ Trục quốc gia: every received document and status package is fetched, checked and stored
     * as a peer's would be, then acknowledged ("done") so the axis stops delivering it. A package we
     * reject is acknowledged too (it is audited with its reason); one we could not read stays for the
     * next run.
     */
    @Scheduled(fixedDelayString = "${openprovince.exchange.national.poll-delay:60s}",
            initialDelayString = "${openprovince.exchange.national.poll-delay:60s}")
    public void poll() {
        var national = connector.getIfAvailable();
        if (national == null) {
            return;
        }
        for (var kind : NationalExchangeConnector.Kind.values()) {
            try {
                for (String docId : national.received(kind)) {
                    receiveOne(national, docId);
                }
            } catch (ExchangeException e) {
                log.warn("National axis: listing {} failed: {}", kind, e.reason());
            }
        }
    }

    /** @return whether the package was taken (stored, a duplicate, or rejected for its content) */
    boolean receiveOne(NationalExchangeConnector national, String docId) {
        byte[] xml;
        try {
            xml = national.fetch(docId);
        } catch (ExchangeException e) {
            log.warn("National axis: fetching {} failed: {}", docId, e.reason());
            return false;
        }
        try {
            receiving.receive(xml);
        } catch (ExchangeException e) {
            log.info("National axis: package {} rejected: {}", docId, e.reason());
        }
        try {
            national.markDone(docId);
        } catch (ExchangeException e) {
            // fetched again next time, and then acknowledged as a duplicate
            log.warn("National axis: acknowledging {} failed: {}", docId, e.reason());
        }
        return true;
    }
}
