package vn.openprovince.organization.web;

import org.springframework.validation.BindingResult;

/** Shows a rejected use case next to the form field it concerns, or above the form. */
final class FormErrors {

    private FormErrors() {
    }

    static void reject(BindingResult errors, String field, String messageCode, Object[] arguments) {
        if (errors.getTarget() != null && errors.getFieldType(field) != null) {
            errors.rejectValue(field, messageCode, arguments, messageCode);
        } else {
            errors.reject(messageCode, arguments, messageCode);
        }
    }
}
