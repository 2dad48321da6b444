package vn.openprovince.organization.internal;

import java.util.regex.Pattern;
import vn.openprovince.organization.OrganizationError;
import vn.openprovince.organization.OrganizationException;

/** Decision 20/2020/QĐ-TTg data-sharing code: up to 35 characters of 0–9, A–Z and dots. */
record SharingCode(String value) {

    private static final Pattern FORMAT = Pattern.compile("[0-9A-Z]+(\\.[0-9A-Z]+)*");

    SharingCode {
        if (value == null || value.strip().length() > 35 || !FORMAT.matcher(value.strip()).matches()) {
            throw new OrganizationException(OrganizationError.ORG_INVALID_SHARING_CODE, value);
        }
        value = value.strip();
    }

    /** Blank input means "no code". */
    static SharingCode ofNullable(String value) {
        return value == null || value.isBlank() ? null : new SharingCode(value);
    }
}
