package vn.openprovince.identity.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.identity.IdentityError;
import vn.openprovince.identity.IdentityException;

/**
 * Mã truy cập API của tài khoản: an account signs in once with its password and calls the API with
 * the token it gets, checked with one SHA-256 and one look-up instead of a password hash on every
 * call. The account is read again on every call, so a disabled or locked account stops at once; a
 * password change or reset revokes the account's tokens.
 */
@Service
public class AccessTokenService {

    static final String TOKEN_PREFIX = "opa_";
    private static final Duration USE_RECORDING_INTERVAL = Duration.ofMinutes(5);

    private final AccessTokens tokens;
    private final Accounts accounts;
    private final AuditTrail audit;
    private final Duration lifetime;
    private final Clock clock = Clock.systemUTC();

    AccessTokenService(AccessTokens tokens, Accounts accounts, AuditTrail audit,
                       @Value("${openprovince.identity.access-token-lifetime:8h}") Duration lifetime) {
        this.tokens = tokens;
        this.accounts = accounts;
        this.audit = audit;
        this.lifetime = lifetime;
    }

    /** A token as its holder sees it; {@code token} is only ever filled in when it is issued. */
    public record AccessTokenView(UUID id, String tokenPrefix, String name, Instant createdAt, Instant expiresAt,
                                  Instant lastUsedAt, String token) {
    }

    /**
     * Issues a token to the account that signed in with its password on this request. A token cannot
     * issue another (it would outlive its own expiry without the password ever being asked again).
     */
    @Transactional
    public AccessTokenView issue(Authentication authentication, String name) {
        if (!(authentication instanceof UsernamePasswordAuthenticationToken)
                || !(authentication.getPrincipal() instanceof AccountPrincipal principal)) {
            throw new IdentityException(IdentityError.ID_TOKEN_NEEDS_PASSWORD);
        }
        String label = name == null || name.isBlank() ? null : name.strip();
        if (label != null && label.length() > 100) {
            label = label.substring(0, 100);
        }
        String token = BearerTokens.newToken(TOKEN_PREFIX);
        Instant now = clock.instant();
        var saved = tokens.save(new AccessToken(principal.accountId(), BearerTokens.hash(token),
                token.substring(0, 11), label, now, now.plus(lifetime)));
        audit.record("access-token.issued", "Account", principal.accountId(), null,
                "%s… đến %s%s".formatted(saved.tokenPrefix(), saved.expiresAt(), label == null ? "" : " (" + label + ")"));
        return view(saved, token);
    }

    /** The signed-in account's tokens that are still valid, newest first. */
    @Transactional(readOnly = true)
    public List<AccessTokenView> valid(Authentication authentication) {
        return tokens.findValid(accountOf(authentication), clock.instant()).stream().map(t -> view(t, null)).toList();
    }

    /** Revokes the token this request was authenticated with (signing out of an app). */
    @Transactional
    public void revokePresented(Authentication authentication) {
        if (!(authentication instanceof AccessTokenAuthentication presented)) {
            throw new IdentityException(IdentityError.ID_TOKEN_NOT_PRESENTED);
        }
        revoke(tokens.findById(presented.tokenId()).orElseThrow());
    }

    /** Revokes one of the signed-in account's own tokens (a lost phone). */
    @Transactional
    public void revoke(Authentication authentication, UUID tokenId) {
        UUID accountId = accountOf(authentication);
        var token = tokens.findById(tokenId).filter(t -> t.accountId().equals(accountId))
                .orElseThrow(() -> new IdentityException(IdentityError.ID_UNKNOWN_TOKEN, tokenId));
        revoke(token);
    }

    private void revoke(AccessToken token) {
        token.revoke(clock.instant());
        audit.record("access-token.revoked", "Account", token.accountId(), null, token.tokenPrefix() + "…");
    }

    /** Called in the transaction that changes an account's password. */
    void revokeAll(UUID accountId) {
        int revoked = tokens.revokeAll(accountId, clock.instant());
        if (revoked > 0) {
            audit.record("access-token.revoked-all", "Account", accountId, null, revoked + " mã truy cập");
        }
    }

    /** The account holding this valid token, as HTTP Basic would have authenticated it; empty otherwise. */
    @Transactional
    Optional<Authentication> authenticate(String token) {
        if (token == null || !token.startsWith(TOKEN_PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return tokens.findByTokenHash(BearerTokens.hash(token)).filter(t -> t.validAt(now))
                .flatMap(t -> accounts.findById(t.accountId()).filter(a -> a.enabled() && !a.isLocked(now)).map(a -> {
                    if (t.lastUsedAt() == null || t.lastUsedAt().isBefore(now.minus(USE_RECORDING_INTERVAL))) {
                        t.used(now);
                    }
                    var principal = AccountPrincipal.of(a, false);
                    principal.eraseCredentials();
                    return (Authentication) new AccessTokenAuthentication(principal, t.id());
                }));
    }

    /** Only accounts hold access tokens; an API client has its own token already. */
    private static UUID accountOf(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof AccountPrincipal principal) {
            return principal.accountId();
        }
        throw new IdentityException(IdentityError.ID_TOKEN_NEEDS_PASSWORD);
    }

    private static AccessTokenView view(AccessToken token, String secret) {
        return new AccessTokenView(token.id(), token.tokenPrefix(), token.name(), token.createdAt(),
                token.expiresAt(), token.lastUsedAt(), secret);
    }
}
