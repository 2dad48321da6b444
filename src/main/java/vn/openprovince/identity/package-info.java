/**
 * Identity (tài khoản, phân quyền): accounts, sign-in, roles granted per agency with a scope,
 * API clients, citizen and business accounts with their profiles, and the access decisions every other module relies on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity", allowedDependencies = {"organization", "audit", "notification"})
package vn.openprovince.identity;
