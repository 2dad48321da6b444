/**
 * Public service portal (cổng dịch vụ công): the pages citizens and businesses use without signing
 * in to find a procedure and learn who may use it, what to bring, how long it takes, what it costs
 * and where to go. Reads the catalogue through its public API only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal",
        allowedDependencies = {"catalog", "organization"})
package vn.openprovince.portal;
