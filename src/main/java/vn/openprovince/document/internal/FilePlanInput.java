package vn.openprovince.document.internal;

import java.util.UUID;

/**
 * An entry of the year's file plan (danh mục hồ sơ), as the clerk or agency administrator writes it.
 *
 * @param year        FileCatalog; the current year when absent
 * @param maintenance the retention period (thời hạn bảo quản), e.g. "10 năm", "Vĩnh viễn"
 */
public record FilePlanInput(UUID agencyId, Integer year, String fileNotation, String title, String maintenance,
                            String rights, String language, String description, UUID responsibleDepartmentId,
                            UUID responsibleOfficialId) {

    static final String VIETNAMESE = "Tiếng Việt";

    FilePlanInput normalized() {
        return new FilePlanInput(agencyId, year, IncomingRegistration.clean(fileNotation),
                IncomingRegistration.clean(title), IncomingRegistration.clean(maintenance),
                IncomingRegistration.clean(rights), IncomingRegistration.clean(language),
                IncomingRegistration.clean(description), responsibleDepartmentId, responsibleOfficialId);
    }
}
