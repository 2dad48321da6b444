package vn.openprovince.dossier.workflow;

/** Which agency's officers hold a step: the dossier's competent agency, its receiving centre, or a named one. */
public enum StepAgency {
    /** Cơ quan có thẩm quyền giải quyết. */
    COMPETENT,
    /** Trung tâm / bộ phận tiếp nhận hồ sơ. */
    RECEIVING,
    /** A named agency (e.g. the provincial department after a commune step: liên thông). */
    NAMED
}
