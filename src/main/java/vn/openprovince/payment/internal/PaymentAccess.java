package vn.openprovince.payment.internal;

import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;
import vn.openprovince.identity.CitizenDirectory;
import vn.openprovince.identity.CurrentUser;
import vn.openprovince.identity.Grant;
import vn.openprovince.identity.Role;
import vn.openprovince.identity.ScopeKind;
import vn.openprovince.identity.SignedInUser;
import vn.openprovince.organization.AgencyId;
import vn.openprovince.organization.AgencyScope;
import vn.openprovince.organization.OrganizationDirectory;
import vn.openprovince.payment.PaymentError;
import vn.openprovince.payment.PaymentException;

/**
 * Who may do what with an obligation: its payer (the citizen or business account it names) sees and pays it;
 * one-stop officers ({@code ONE_STOP_OFFICER}) of the agencies in their grants' scope request, see and confirm.
 */
@Component
class PaymentAccess {

    private final CurrentUser currentUser;
    private final CitizenDirectory citizens;
    private final OrganizationDirectory directory;

    PaymentAccess(CurrentUser currentUser, CitizenDirectory citizens, OrganizationDirectory directory) {
        this.currentUser = currentUser;
        this.citizens = citizens;
        this.directory = directory;
    }

    /** The signed-in citizen's account, if the current user is a citizen or business. */
    Optional<UUID> payer() {
        return citizens.signedIn().map(c -> c.accountId());
    }

    String actor() {
        return currentUser.get().map(SignedInUser::username).orElse("system");
    }

    /** The agencies the signed-in user acts on as a one-stop officer. */
    AgencyScope officerScope() {
        var user = currentUser.get();
        if (user.isEmpty() || user.get().citizen()) {
            return AgencyScope.NONE;
        }
        Set<AgencyId> agencies = new HashSet<>();
        for (Grant grant : user.get().grants()) {
            if (grant.role() != Role.ONE_STOP_OFFICER) {
                continue;
            }
            if (grant.scope() == ScopeKind.ALL) {
                return AgencyScope.ALL;
            }
            if (grant.agency() != null) {
                agencies.addAll(grant.scope() == ScopeKind.AGENCY_AND_SUBORDINATES
                        ? directory.agencyWithSubordinates(grant.agency()) : Set.of(grant.agency()));
            }
        }
        return AgencyScope.of(agencies);
    }

    void requireOfficerOf(AgencyId agency) {
        if (!officerScope().includes(agency)) {
            throw new PaymentException(PaymentError.PAYMENT_NOT_AN_OFFICER);
        }
    }

    /** The payer, or an officer of the receiving agency; anyone else gets 403 and nothing. */
    void requireSee(FinancialObligation obligation) {
        if (payer().filter(obligation.payerAccountId()::equals).isPresent()) {
            return;
        }
        if (officerScope().includes(obligation.receivingAgency())) {
            return;
        }
        throw new PaymentException(payer().isPresent() ? PaymentError.PAYMENT_NOT_THE_PAYER
                : PaymentError.PAYMENT_NOT_AN_OFFICER);
    }

    /** System administrators, or agency administrators whose grant reaches the agency. */
    void requireAdministratorOf(AgencyId agency) {
        var user = currentUser.get().orElse(null);
        if (user == null || user.citizen()) {
            throw new PaymentException(PaymentError.PAYMENT_NOT_AN_ADMINISTRATOR);
        }
        if (user.has(Role.SYSTEM_ADMIN)) {
            return;
        }
        for (Grant grant : user.grants()) {
            if (grant.role() == Role.AGENCY_ADMIN && grant.agency() != null && (grant.scope() == ScopeKind.ALL
                    || grant.agency().equals(agency) || grant.scope() == ScopeKind.AGENCY_AND_SUBORDINATES
                    && directory.agencyWithSubordinates(grant.agency()).contains(agency))) {
                return;
            }
        }
        throw new PaymentException(PaymentError.PAYMENT_NOT_AN_ADMINISTRATOR);
    }

    void requirePayer(FinancialObligation obligation) {
        if (payer().filter(obligation.payerAccountId()::equals).isEmpty()) {
            throw new PaymentException(PaymentError.PAYMENT_NOT_THE_PAYER);
        }
    }
}
