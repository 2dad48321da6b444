package vn.openprovince.identity;

import java.util.List;
import java.util.Optional;
import vn.openprovince.organization.AgencyId;

/** Read-only look-up of officials' accounts for other modules, e.g. to notify whoever holds a processing step. */
public interface OfficialAccounts {

    /** The enabled official account with this sign-in name. */
    Optional<OfficialAccount> byUsername(String username);

    /**
     * The enabled official accounts holding the role at the agency itself (whatever the grant's scope), by sign-in
     * name. A grant at a superior agency whose scope reaches this one does not count: it decides what its holder may
     * open, but a processing step belongs to the agency named in its group only (a provincial chairman does not hold
     * the steps, nor hear about the deadlines, of every commune below the province).
     */
    List<OfficialAccount> holding(Role role, AgencyId agency);
}
