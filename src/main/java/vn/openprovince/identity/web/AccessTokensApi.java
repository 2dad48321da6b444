package vn.openprovince.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.identity.internal.AccessTokenService;
import vn.openprovince.identity.internal.AccessTokenService.AccessTokenView;

/** Mã truy cập API: an account's own bearer tokens, for apps that should not send the password on every call. */
@RestController
@RequestMapping("/api/v1/auth/tokens")
@Tag(name = "Access tokens", description = "Mã truy cập API của tài khoản")
class AccessTokensApi {

    private final AccessTokenService tokens;

    AccessTokensApi(AccessTokenService tokens) {
        this.tokens = tokens;
    }

    /** Optional body of a token request: a label the holder recognises the token by (e.g. the device). */
    record TokenRequest(String name) {
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Issue an access token to the account signing in with HTTP Basic on this call; the token "
            + "(opa_…) is shown this once and is valid for openprovince.identity.access-token-lifetime (8 h)")
    AccessTokenView issue(Authentication authentication, @RequestBody(required = false) TokenRequest request) {
        return tokens.issue(authentication, request == null ? null : request.name());
    }

    @GetMapping
    @Operation(summary = "The signed-in account's valid tokens (without the secrets)")
    List<AccessTokenView> valid(Authentication authentication) {
        return tokens.valid(authentication);
    }

    @DeleteMapping("/current")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke the token this call is made with (signing out of an app)")
    void revokeCurrent(Authentication authentication) {
        tokens.revokePresented(authentication);
    }

    @DeleteMapping("/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Revoke one of the signed-in account's tokens")
    void revoke(Authentication authentication, @PathVariable UUID id) {
        tokens.revoke(authentication, id);
    }
}
