/**
 * Public service portal (cổng dịch vụ công): the pages citizens and businesses use without signing
 * in to find a procedure and learn who may use it, what to bring, how long it takes, what it costs
 * and where to go; and, signed in, the pages where citizens and businesses submit and track dossiers.
 * Reads the catalogue and the dossiers through their public APIs only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Public portal",
        allowedDependencies = {"catalog", "organization", "identity", "dossier", "notification"})
package vn.openprovince.portal;
