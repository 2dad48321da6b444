/**
 * Organisation (tổ chức bộ máy): administrative units, agencies with their identifier codes,
 * departments, officials and their memberships, with validity dates so history survives
 * reorganisation.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Organisation", allowedDependencies = "audit")
package vn.openprovince.organization;
