package vn.openprovince.catalog.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Catalogue settings ({@code openprovince.catalog.*}).
 *
 * @param codePattern             the national procedure code format (mã TTHC); the exact rule is not
 *                                verified (DOMAIN §3.3), so it is configurable
 * @param acceptNonstandardCodes  accept codes outside that format, flagged as non-standard (lenient default)
 * @param maxTemplateSize         the largest form template file an administrator may upload
 */
@ConfigurationProperties("openprovince.catalog")
public record CatalogSettings(
        @DefaultValue(ProcedureCodeRule.NATIONAL_FORMAT) String codePattern,
        @DefaultValue("true") boolean acceptNonstandardCodes,
        @DefaultValue("5MB") DataSize maxTemplateSize) {
}
