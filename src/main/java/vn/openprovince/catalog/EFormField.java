package vn.openprovince.catalog;

import java.util.List;

/**
 * Trường của biểu mẫu điện tử (tờ khai điện tử): one field of a procedure's online form.
 *
 * @param name    the key in the submitted form data, e.g. {@code childName}
 * @param choices the allowed values of a {@link EFormFieldType#CHOICE} field, else empty
 */
public record EFormField(String name, String label, EFormFieldType type, boolean required, List<String> choices) {
}
