package vn.openprovince.organization.internal;

import java.util.regex.Pattern;
import vn.openprovince.organization.OrganizationError;
import vn.openprovince.organization.OrganizationException;

/**
 * Mã định danh per QCVN 102:2016: {@code V1V2V3.Z1Z2.Y1Y2.MX1X2}, levels 4 to 1, unused levels
 * zero-filled, level 1 a letter and two digits (e.g. {@code 000.00.00.H49}).
 */
record IdentifierCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");

    IdentifierCode {
        if (value == null || !FORMAT.matcher(value.strip()).matches()) {
            throw new OrganizationException(OrganizationError.ORG_INVALID_IDENTIFIER_CODE, value);
        }
        value = value.strip();
    }

    static IdentifierCode of(String level1, int level2, int level3, int level4) {
        return new IdentifierCode("%03d.%02d.%02d.%s".formatted(level4, level3, level2, level1));
    }
}
