package vn.openprovince.identity;

import java.util.Optional;
import java.util.UUID;

/** Citizen and business accounts for other modules (dossier, portal). */
public interface CitizenDirectory {

    /** The citizen or business signed in on this request, if the current user is one. */
    Optional<Citizen> signedIn();

    Optional<Citizen> citizen(UUID accountId);
}
