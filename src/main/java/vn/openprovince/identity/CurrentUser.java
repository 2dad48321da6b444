package vn.openprovince.identity;

import java.util.Optional;

/** Who is signed in on the current request. */
public interface CurrentUser {

    Optional<SignedInUser> get();
}
