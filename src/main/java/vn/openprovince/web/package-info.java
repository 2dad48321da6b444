/**
 * Web shell (khung giao diện): layout, language switch, the signed-in home page, officials' in-app notices,
 * error pages and the mapping of errors to RFC 9457 problem details on the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell",
        allowedDependencies = {"identity", "organization", "document", "notification"})
package vn.openprovince.web;
