package vn.openprovince.catalog;

/**
 * Mức độ dịch vụ công trực tuyến (Decree 42/2022 Art. 11): full online, partial, or none; with the
 * legacy levels 1–4 of Decree 43/2011 kept as a mapping for old data and reports.
 */
public enum OnlineService {
    /** Toàn trình: submission, processing and the result entirely online (or by post). */
    TOAN_TRINH,
    /** Một phần: some steps online, others in person. */
    MOT_PHAN,
    /** Not offered online: information (and forms) only. */
    NONE;

    /** The legacy level this classification corresponds to by default: 4, 3, or 2 (forms downloadable). */
    public int defaultLegacyLevel() {
        return switch (this) {
            case TOAN_TRINH -> 4;
            case MOT_PHAN -> 3;
            case NONE -> 2;
        };
    }

    /** The current classification of a legacy level: 4 is full online, 3 partial, 1–2 not online. */
    public static OnlineService fromLegacyLevel(int level) {
        return switch (level) {
            case 4 -> TOAN_TRINH;
            case 3 -> MOT_PHAN;
            case 1, 2 -> NONE;
            default -> throw new IllegalArgumentException("legacy level must be 1 to 4: " + level);
        };
    }

    /** Whether citizens can submit a dossier for it online. */
    public boolean online() {
        return this != NONE;
    }
}
