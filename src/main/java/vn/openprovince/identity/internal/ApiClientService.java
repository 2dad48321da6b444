package vn.openprovince.identity.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.identity.IdentityError;
import vn.openprovince.identity.IdentityException;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.OrganizationDirectory;

/** Registers API clients and authenticates their bearer tokens. */
@Service
public class ApiClientService {

    static final String TOKEN_PREFIX = "op_";
    private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(5);

    private final ApiClients clients;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;
    private final Clock clock = Clock.systemUTC();

    ApiClientService(ApiClients clients, OrganizationDirectory directory, AuditTrail audit) {
        this.clients = clients;
        this.directory = directory;
        this.audit = audit;
    }

    /** Input for registering a client system. */
    public record NewApiClient(@NotBlank @Size(max = 100) String name, @NotNull Role role, @NotNull UUID agencyId,
                               ScopeKind scope) {
    }

    /** A registered client; {@code token} is only ever filled in on registration. */
    public record ApiClientView(UUID id, String name, String tokenPrefix, Role role, UUID agencyId, ScopeKind scope,
                                boolean enabled, Instant createdAt, Instant lastUsedAt, String token) {
    }

    @Transactional
    public ApiClientView register(NewApiClient input) {
        if (input.role() == Role.SYSTEM_ADMIN || input.role() == Role.CITIZEN) {
            throw new IdentityException(IdentityError.ID_GRANT_OUTSIDE_SCOPE, input.role());
        }
        if (directory.agency(new AgencyId(input.agencyId())).isEmpty()) {
            throw new IdentityException(IdentityError.ID_UNKNOWN_AGENCY, input.agencyId());
        }
        String token = BearerTokens.newToken(TOKEN_PREFIX);
        var client = clients.save(new ApiClient(input.name().strip(), BearerTokens.hash(token), token.substring(0, 10),
                input.role(), input.agencyId(), input.scope() == null ? ScopeKind.AGENCY : input.scope(),
                clock.instant()));
        audit.record("api-client.registered", "ApiClient", client.id(), input.agencyId(),
                "%s as %s".formatted(client.name(), client.role()));
        return view(client, token);
    }

    @Transactional
    public ApiClientView revoke(UUID id) {
        var client = clients.findById(id).orElseThrow(() -> new IdentityException(IdentityError.ID_UNKNOWN_API_CLIENT, id));
        client.revoke();
        audit.record("api-client.revoked", "ApiClient", id, client.agencyId(), client.name());
        return view(client, null);
    }

    @Transactional(readOnly = true)
    public Page<ApiClientView> clients(Pageable page) {
        return clients.findAllByOrderByCreatedAtDesc(page).map(client -> view(client, null));
    }

    /** The client holding this token, if any; records its use at most every few minutes. */
    @Transactional
    Optional<ApiClientPrincipal> authenticate(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        return clients.findByTokenHashAndEnabledTrue(BearerTokens.hash(token)).map(client -> {
            Instant now = clock.instant();
            if (client.lastUsedAt() == null || client.lastUsedAt().isBefore(now.minus(USE_RECORDING_INTERVAL))) {
                client.used(now);
            }
            return new ApiClientPrincipal(client.id(), client.name(), client.grant());
        });
    }

    private static ApiClientView view(ApiClient client, String token) {
        return new ApiClientView(client.id(), client.name(), client.tokenPrefix(), client.role(), client.agencyId(),
                client.scope(), client.enabled(), client.createdAt(), client.lastUsedAt(), token);
    }
}
