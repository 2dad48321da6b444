package vn.openprovince.dossier;

import java.util.List;

/**
 * Tiếp nhận trực tiếp: what the one-stop officer captures for a walk-in applicant at the counter: the applicant
 * (name; identity number and phone when given), the procedure and the scans of the components.
 */
public record CounterIntake(String procedureCode, String applicantName, String citizenId, String phone,
                            List<ComponentUpload> files) {
}
