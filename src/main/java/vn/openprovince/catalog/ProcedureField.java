package vn.openprovince.catalog;

/** Lĩnh vực: the field a procedure belongs to, with its code. */
public record ProcedureField(String code, String name, String nameEn) {
}
