package vn.openprovince.catalog;

/**
 * Phí, lệ phí: one amount in VND for one case (a procedure may charge differently per case).
 *
 * @param description the case it applies to, e.g. "Cấp bản sao trích lục (mỗi bản)"
 * @param amount      in đồng; 0 means free of charge
 */
public record Fee(FeeKind kind, String description, long amount) {

    public boolean free() {
        return amount == 0;
    }

    /** {@code 1.250.000 đ}; pages say "Miễn phí" instead when {@link #free()}. */
    public String formattedAmount() {
        return Vnd.format(amount);
    }
}
