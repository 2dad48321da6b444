/**
 * Web shell (khung giao diện): layout, language switch, the signed-in home page, error pages and
 * the mapping of errors to RFC 9457 problem details on the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell",
        allowedDependencies = {"identity", "organization", "document"})
package vn.openprovince.web;
