package vn.openprovince.dossier.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * Sổ theo dõi hồ sơ (Form 07, Circular 03/2025): the dossiers a receiving centre accepted in a period, in order of
 * acceptance. The columns follow the legacy Form 06 of Circular 01/2018 as far as it is known (DOMAIN §3.4 [U]).
 */
public record DossierRegister(String agencyName, LocalDate from, LocalDate to, List<Entry> entries) {

    /**
     * One dossier.
     *
     * @param contact      the applicant's address and phone, as far as the dossier holds them
     * @param resultAt     when the result was ready (nhận kết quả từ cơ quan giải quyết), or {@code null}
     * @param returnedAt   when it was returned to the applicant, or {@code null}
     * @param note         the current state in words (ghi chú)
     */
    public record Entry(int number, String code, String procedureName, String applicantName, String contact,
                        String competentAgencyName, Instant acceptedAt, LocalDate appointmentDate, Instant resultAt,
                        Instant returnedAt, String note) {
    }
}
