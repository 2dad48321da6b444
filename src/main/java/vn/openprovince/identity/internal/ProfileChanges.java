package vn.openprovince.identity.internal;

import java.time.LocalDate;

/** The editable part of a citizen's profile, as typed (checked by {@link CitizenAccounts}). */
public record ProfileChanges(String fullName, String citizenId, LocalDate dateOfBirth, String phone, String email,
                             String provinceCode, String districtCode, String communeCode, String street,
                             String taxCode, String organisationName) {
}
