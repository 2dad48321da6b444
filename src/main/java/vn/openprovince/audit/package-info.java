/**
 * Audit trail (nhật ký hệ thống): every state change is recorded, append-only and hash-chained so
 * that an altered or removed entry is detected.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit", allowedDependencies = {})
package vn.openprovince.audit;
