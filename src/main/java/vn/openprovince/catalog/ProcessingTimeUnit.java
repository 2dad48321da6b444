package vn.openprovince.catalog;

/** Đơn vị thời hạn giải quyết: legal processing times are counted in working days or working hours. */
public enum ProcessingTimeUnit {
    WORKING_DAYS,
    WORKING_HOURS
}
