package vn.openprovince.dossier.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.openprovince.catalog.EFormField;
import vn.openprovince.dossier.DossierError;
import vn.openprovince.dossier.DossierException;
import vn.openprovince.identity.VietnameseIds;

/**
 * Checks submitted form data against the procedure's e-form on the server: required fields present, each
 * value of its type; unknown keys are dropped. Returns the clean data, in the form's order.
 */
final class FormDataCheck {

    private FormDataCheck() {
    }

    static Map<String, Object> check(List<EFormField> form, Map<String, Object> data) {
        Map<String, Object> clean = new LinkedHashMap<>();
        for (EFormField field : form) {
            Object value = data.get(field.name());
            String key = "data." + field.name();
            if (blank(value)) {
                if (field.required()) {
                    throw DossierException.onField(key, DossierError.DOSSIER_FIELD_REQUIRED, field.label());
                }
                continue;
            }
            clean.put(field.name(), switch (field.type()) {
                case TEXT -> text(value, 2000, key, field);
                case NUMBER -> number(value, key, field);
                case DATE -> date(value, key, field);
                case CHOICE -> {
                    String choice = text(value, 200, key, field);
                    if (!field.choices().contains(choice)) {
                        throw DossierException.onField(key, DossierError.DOSSIER_FIELD_INVALID, field.label());
                    }
                    yield choice;
                }
                case CITIZEN_ID -> {
                    String id = text(value, 20, key, field).replace(" ", "");
                    if (!VietnameseIds.isCitizenId(id)) {
                        throw DossierException.onField(key, DossierError.DOSSIER_FIELD_INVALID, field.label());
                    }
                    yield id;
                }
                case ADDRESS -> address(value, key, field);
            });
        }
        return clean;
    }

    private static boolean blank(Object value) {
        return value == null || (value instanceof String text && text.isBlank())
                || (value instanceof Map<?, ?> map && map.values().stream().allMatch(FormDataCheck::blank));
    }

    private static String text(Object value, int max, String key, EFormField field) {
        if (!(value instanceof String || value instanceof Number)) {
            throw DossierException.onField(key, DossierError.DOSSIER_FIELD_INVALID, field.label());
        }
        String text = value.toString().strip();
        if (text.length() > max) {
            throw DossierException.onField(key, DossierError.DOSSIER_FIELD_INVALID, field.label());
        }
        return text;
    }

    private static BigDecimal number(Object value, String key, EFormField field) {
        try {
            return new BigDecimal(value.toString().strip());
        } catch (NumberFormatException e) {
            throw DossierException.onField(key, DossierError.DOSSIER_FIELD_INVALID, field.label());
        }
    }

    private static String date(Object value, String key, EFormField field) {
        try {
            LocalDate date = LocalDate.parse(value.toString().strip());
            if (date.isAfter(LocalDate.now().plusYears(1)) || date.isBefore(LocalDate.of(1900, 1, 1))) {
                throw DossierException.onField(key, DossierError.DOSSIER_FIELD_INVALID, field.label());
            }
            return date.toString();
        } catch (DateTimeParseException e) {
            throw DossierException.onField(key, DossierError.DOSSIER_FIELD_INVALID, field.label());
        }
    }

    private static Map<String, String> address(Object value, String key, EFormField field) {
        if (!(value instanceof Map<?, ?> map)) {
            throw DossierException.onField(key, DossierError.DOSSIER_FIELD_INVALID, field.label());
        }
        Object commune = map.get("communeCode");
        if (commune == null || !commune.toString().strip().matches("\\d{5}")) {
            throw DossierException.onField(key + ".communeCode", DossierError.DOSSIER_FIELD_INVALID, field.label());
        }
        var address = new LinkedHashMap<String, String>();
        Object district = map.get("districtCode");
        if (district != null && !district.toString().isBlank()) {
            address.put("districtCode", district.toString().strip());
        }
        address.put("communeCode", commune.toString().strip());
        Object street = map.get("street");
        if (street != null && !street.toString().isBlank()) {
            address.put("street", text(street, 200, key + ".street", field));
        }
        return address;
    }
}
