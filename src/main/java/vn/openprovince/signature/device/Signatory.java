package vn.openprovince.signature.device;

import java.util.UUID;

/**
 * Chủ thể ký: whose key signs — an official personally (chữ ký số cá nhân) or an agency
 * (chữ ký số của cơ quan, the electronic seal kept by the records office).
 */
public record Signatory(Kind kind, UUID id) {

    public enum Kind { OFFICIAL, AGENCY }

    public Signatory {
        if (kind == null || id == null) {
            throw new IllegalArgumentException("a signatory needs a kind and an id");
        }
    }

    public static Signatory official(UUID officialId) {
        return new Signatory(Kind.OFFICIAL, officialId);
    }

    public static Signatory agency(UUID agencyId) {
        return new Signatory(Kind.AGENCY, agencyId);
    }
}
