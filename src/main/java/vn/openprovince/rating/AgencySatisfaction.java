package vn.openprovince.rating;

import vn.openprovince.organization.AgencyId;

/**
 * Mức độ hài lòng of one agency over a period.
 *
 * @param ratings          how many dossiers were rated
 * @param satisfiedPercent the share of ratings whose overall score is 4 or 5 (hài lòng, rất hài lòng), 0–100, one decimal
 * @param averageContacts  contacts or visits needed per dossier, on average
 */
public record AgencySatisfaction(AgencyId agency, String agencyName, long ratings, double averageOverall,
                                 double averageTimeliness, double averageStaffAttitude, double satisfiedPercent,
                                 double averageContacts) {
}
