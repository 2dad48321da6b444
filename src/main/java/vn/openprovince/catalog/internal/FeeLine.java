package vn.openprovince.catalog.internal;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import vn.openprovince.catalog.Fee;
import vn.openprovince.catalog.FeeKind;

/** Phí, lệ phí as stored in a version. */
@Embeddable
class FeeLine {

    @Enumerated(EnumType.STRING)
    private FeeKind kind;
    private String description;
    private long amount;

    protected FeeLine() {
    }

    FeeLine(Fee fee) {
        this.kind = fee.kind();
        this.description = fee.description().strip();
        this.amount = fee.amount();
    }

    Fee fee() {
        return new Fee(kind, description, amount);
    }
}
