package vn.openprovince.catalog.internal;

import java.util.ArrayList;
import java.util.List;
import vn.openprovince.catalog.CatalogError;
import vn.openprovince.catalog.CatalogException.Violation;
import vn.openprovince.catalog.DossierComponent;
import vn.openprovince.catalog.Fee;

/** The rules a procedure version's content must meet; every problem is reported, not just the first. */
final class ContentRules {

    /** Column lengths of V9__catalog.sql. */
    static final int NAME_MAX = 500;
    static final int LONG_TEXT_MAX = 4000;
    /** A single fee above this (10 billion đồng) is surely a typing error. */
    static final long AMOUNT_MAX = 10_000_000_000L;
    static final int COUNT_MAX = 20;

    private ContentRules() {
    }

    static List<Violation> check(ProcedureContent content) {
        var found = new ArrayList<Violation>();
        required(found, "name", content.name(), CatalogError.CAT_NAME_REQUIRED, NAME_MAX);
        required(found, "applicants", content.applicants(), CatalogError.CAT_APPLICANTS_REQUIRED, 2000);
        required(found, "competentAuthority", content.competentAuthority(), CatalogError.CAT_AUTHORITY_REQUIRED, NAME_MAX);
        required(found, "resultType", content.resultType(), CatalogError.CAT_RESULT_REQUIRED, NAME_MAX);
        required(found, "legalBasis", content.legalBasis(), CatalogError.CAT_LEGAL_BASIS_REQUIRED, LONG_TEXT_MAX);
        optional(found, "receivingPlaces", content.receivingPlaces(), 1000);
        optional(found, "steps", content.steps(), LONG_TEXT_MAX);
        optional(found, "conditions", content.conditions(), LONG_TEXT_MAX);
        if (content.fieldCode() == null || content.fieldCode().isBlank()) {
            found.add(new Violation("fieldCode", CatalogError.CAT_UNKNOWN_FIELD, ""));
        }
        if (content.levelCode() == null || content.levelCode().isBlank()) {
            found.add(new Violation("levelCode", CatalogError.CAT_UNKNOWN_LEVEL, ""));
        }
        if (content.processingTime() == null) {
            found.add(new Violation("timeAmount", CatalogError.CAT_INVALID_TIME));
        } else {
            if (content.processingTime().amount() > 365) {
                found.add(new Violation("timeAmount", CatalogError.CAT_INVALID_TIME));
            }
            optional(found, "timeNote", content.processingTime().note(), NAME_MAX);
        }
        if (content.onlineService() == null) {
            found.add(new Violation("onlineService", CatalogError.CAT_INVALID_ONLINE_SERVICE, ""));
        } else if (content.legacyLevel() != null) {
            if (content.legacyLevel() < 1 || content.legacyLevel() > 4) {
                found.add(new Violation("legacyLevel", CatalogError.CAT_INVALID_LEGACY_LEVEL, content.legacyLevel()));
            } else if (vn.openprovince.catalog.OnlineService.fromLegacyLevel(content.legacyLevel()) != content.onlineService()) {
                found.add(new Violation("legacyLevel", CatalogError.CAT_LEGACY_LEVEL_MISMATCH, content.legacyLevel()));
            }
        }
        if (content.components().isEmpty()) {
            found.add(new Violation("components", CatalogError.CAT_COMPONENTS_REQUIRED));
        }
        for (int i = 0; i < content.components().size(); i++) {
            checkComponent(found, "components[" + i + "].", content.components().get(i));
        }
        for (int i = 0; i < content.fees().size(); i++) {
            checkFee(found, "fees[" + i + "].", content.fees().get(i));
        }
        return found;
    }

    static void checkComponent(List<Violation> found, String prefix, DossierComponent component) {
        required(found, prefix + "name", component.name(), CatalogError.CAT_COMPONENT_NAME_REQUIRED, NAME_MAX);
        if (component.originals() < 0 || component.originals() > COUNT_MAX) {
            found.add(new Violation(prefix + "originals", CatalogError.CAT_INVALID_COUNT, component.originals()));
        }
        if (component.copies() < 0 || component.copies() > COUNT_MAX) {
            found.add(new Violation(prefix + "copies", CatalogError.CAT_INVALID_COUNT, component.copies()));
        }
    }

    static void checkFee(List<Violation> found, String prefix, Fee fee) {
        required(found, prefix + "description", fee.description(), CatalogError.CAT_FEE_DESCRIPTION_REQUIRED, NAME_MAX);
        if (fee.kind() == null) {
            found.add(new Violation(prefix + "kind", CatalogError.CAT_INVALID_FEE_KIND, ""));
        }
        if (fee.amount() < 0 || fee.amount() > AMOUNT_MAX) {
            found.add(new Violation(prefix + "amount", CatalogError.CAT_INVALID_AMOUNT, fee.amount()));
        }
    }

    private static void required(List<Violation> found, String field, String value, CatalogError missing, int max) {
        if (value == null || value.isBlank()) {
            found.add(new Violation(field, missing));
        } else {
            optional(found, field, value, max);
        }
    }

    private static void optional(List<Violation> found, String field, String value, int max) {
        if (value != null && value.strip().length() > max) {
            found.add(new Violation(field, CatalogError.CAT_TEXT_TOO_LONG, max));
        }
    }
}
