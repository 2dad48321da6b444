package vn.openprovince.identity.internal;

import vn.openprovince.identity.ApplicantKind;

/**
 * A registration as typed on the portal.
 *
 * @param contact an e-mail address or a phone number: where the code goes, and the sign-in name after
 */
public record NewRegistration(ApplicantKind kind, String fullName, String contact, String password,
                              String confirmation, String taxCode, String organisationName) {
}
