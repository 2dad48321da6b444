package vn.openprovince.identity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.web.PageableDefault;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.identity.SignedInUser;
import vn.openprovince.identity.internal.AccountService;
import vn.openprovince.identity.internal.AccountView;
import vn.openprovince.identity.internal.GrantInput;
import vn.openprovince.identity.internal.NewAccount;

/** Accounts of officials, within the administrator's agency scope. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Accounts", description = "Tài khoản và phân quyền")
class AccountsApi {

    private final AccountService accounts;
    private final CurrentUser currentUser;

    AccountsApi(AccountService accounts, CurrentUser currentUser) {
        this.accounts = accounts;
        this.currentUser = currentUser;
    }

    record PasswordReset(@NotBlank String password) {
    }

    @GetMapping("/me")
    @Operation(summary = "The signed-in account, its official, agency and grants")
    SignedInUser me() {
        return currentUser.get().orElseThrow(() -> new AccessDeniedException("not an account"));
    }

    @GetMapping("/accounts")
    Page<AccountView> accounts(@RequestParam(defaultValue = "") String q, @PageableDefault(size = 20) Pageable page) {
        return accounts.accounts(q, PageRequest.of(page.getPageNumber(), page.getPageSize()));
    }

    @PostMapping("/accounts")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Open an account for an official with a first role at the official's agency")
    AccountView open(@Valid @RequestBody NewAccount input) {
        return accounts.open(input);
    }

    @GetMapping("/accounts/{id}")
    AccountView account(@PathVariable UUID id) {
        return accounts.account(id);
    }

    @PutMapping("/accounts/{id}/grants")
    @Operation(summary = "Replace an account's roles; only grants within the administrator's own scope")
    AccountView replaceGrants(@PathVariable UUID id, @Valid @RequestBody List<GrantInput> grants) {
        return accounts.replaceGrants(id, grants);
    }

    @PostMapping("/accounts/{id}/unlock")
    AccountView unlock(@PathVariable UUID id) {
        return accounts.unlock(id);
    }

    @PostMapping("/accounts/{id}/password-reset")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void resetPassword(@PathVariable UUID id, @Valid @RequestBody PasswordReset input) {
        accounts.resetPassword(id, input.password());
    }
}
