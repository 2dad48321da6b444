package vn.openprovince.identity.internal;

import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import vn.openprovince.audit.AuditTrail;

/** Counts failed sign-ins towards the lockout and records successful interactive sign-ins. */
@Component
class SignInEvents {

    private final AccountService accounts;
    private final StaffMembers staff;
    private final AuditTrail audit;

    SignInEvents(AccountService accounts, StaffMembers staff, AuditTrail audit) {
        this.accounts = accounts;
        this.staff = staff;
        this.audit = audit;
    }

    @EventListener
    void onFailure(AuthenticationFailureBadCredentialsEvent event) {
        accounts.recordFailedLogin(String.valueOf(event.getAuthentication().getName()).strip().toLowerCase(Locale.ROOT));
    }

    @EventListener
    void onSuccess(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.clearFailedLogins(principal.getUsername());
        }
    }

    @EventListener
    void onInteractiveSuccess(InteractiveAuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountPrincipal principal) {
            accounts.recordLogin(principal.getUsername());
            // A staff member signing in starts acting for the business: on the business's record, naming them.
            staff.findByStaffAccountId(principal.accountId()).filter(StaffMember::active).ifPresent(member ->
                    audit.record("business-staff.signed-in", "Account", member.businessAccountId(), null,
                            member.fullName() + " " + principal.getUsername() + " acts for the business"));
        }
    }
}
