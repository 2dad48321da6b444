package vn.openprovince.catalog;

/**
 * Thành phần hồ sơ: one paper the applicant brings or uploads.
 *
 * @param originals        number of originals (bản chính)
 * @param copies           number of copies (bản sao)
 * @param template         the downloadable form template (mẫu đơn, tờ khai), or {@code null}
 * @param templateName     its file name, or {@code null}
 * @param replacedByEForm  whether an online e-form replaces the paper when submitting online
 */
public record DossierComponent(String name, boolean required, int originals, int copies, FormTemplateId template,
                               String templateName, boolean replacedByEForm) {
}
