package vn.openprovince.identity;

import java.time.LocalDate;
import java.util.UUID;

/**
 * Công dân, doanh nghiệp: the profile of a citizen or business account, which prefills their forms.
 *
 * @param citizenId        the 12-digit citizen identity number (số CCCD / định danh cá nhân), or {@code null}
 * @param provinceCode     GSO codes of the address's province, district and commune, or {@code null}
 * @param taxCode          for a business: its tax code (mã số thuế), else {@code null}
 * @param organisationName for a business: its registered name, else {@code null}
 */
public record Citizen(UUID accountId, String username, ApplicantKind kind, String fullName, String citizenId,
                      LocalDate dateOfBirth, String phone, String email, String provinceCode, String districtCode,
                      String communeCode, String street, String taxCode, String organisationName) {

    /** The name a dossier is filed under: the organisation's for a business, the person's otherwise. */
    public String applicantName() {
        return kind == ApplicantKind.BUSINESS && organisationName != null ? organisationName : fullName;
    }
}
