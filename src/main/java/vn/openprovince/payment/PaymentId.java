package vn.openprovince.payment;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.UUID;

/** Identifies a financial obligation (nghĩa vụ tài chính) across modules. */
public record PaymentId(@JsonValue UUID value) {

    public PaymentId {
        if (value == null) {
            throw new IllegalArgumentException("payment id must not be null");
        }
    }

    public static PaymentId of(String value) {
        return new PaymentId(UUID.fromString(value));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
