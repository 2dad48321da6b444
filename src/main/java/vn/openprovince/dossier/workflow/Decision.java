package vn.openprovince.dossier.workflow;

/** Ý kiến xử lý: how an officer completes a step. */
public enum Decision {
    /** Đồng ý, chuyển bước tiếp theo (at the last step: the result is granted). */
    APPROVE,
    /** Trả lại bước trước. */
    RETURN,
    /** Từ chối giải quyết (the applicant gets a written refusal); only at a leader's or the last step. */
    REFUSE
}
