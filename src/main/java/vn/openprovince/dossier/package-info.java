/**
 * One-stop-shop dossiers (hồ sơ một cửa): online submission with its automatic completeness check, the
 * dossier code, the official reception time, component files, the state history mapped to the national
 * portal's states 1–10, and the events the one-stop-shop processing builds on.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossiers",
        allowedDependencies = {"catalog", "organization", "calendar", "identity", "notification", "audit", "payment", "signature", "printing"})
package vn.openprovince.dossier;
