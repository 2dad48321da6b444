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
 * @param staff            when an authorised staff member of the business is acting for it (nhân viên được ủy quyền),
 *                         who that is; {@code null} when the account holder acts themself
 */
public record Citizen(UUID accountId, String username, ApplicantKind kind, String fullName, String citizenId,
                      LocalDate dateOfBirth, String phone, String email, String provinceCode, String districtCode,
                      String communeCode, String street, String taxCode, String organisationName, ActingStaff staff) {

    /** A citizen or business acting themself. */
    public Citizen(UUID accountId, String username, ApplicantKind kind, String fullName, String citizenId,
                   LocalDate dateOfBirth, String phone, String email, String provinceCode, String districtCode,
                   String communeCode, String street, String taxCode, String organisationName) {
        this(accountId, username, kind, fullName, citizenId, dateOfBirth, phone, email, provinceCode, districtCode,
                communeCode, street, taxCode, organisationName, null);
    }

    /** The name a dossier is filed under: the organisation's for a business, the person's otherwise. */
    public String applicantName() {
        return kind == ApplicantKind.BUSINESS && organisationName != null ? organisationName : fullName;
    }

    /** Whether an authorised staff member, not the account holder, is acting now. */
    public boolean actedByStaff() {
        return staff != null;
    }

    /** The same business, acted for by the given staff member. */
    public Citizen actingThrough(ActingStaff member) {
        return new Citizen(accountId, username, kind, fullName, citizenId, dateOfBirth, phone, email, provinceCode,
                districtCode, communeCode, street, taxCode, organisationName, member);
    }

    /**
     * Nhân viên được ủy quyền: the staff member acting for a business, with their own account.
     *
     * @param accountId the staff member's own account (who signed in)
     * @param username  their sign-in name (e-mail or phone)
     */
    public record ActingStaff(UUID accountId, String username, String fullName) {
    }
}
