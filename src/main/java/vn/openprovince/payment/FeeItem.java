package vn.openprovince.payment;

/**
 * One line of an obligation: a fee (phí) or charge (lệ phí) and its amount in đồng (VND has no minor unit).
 */
public record FeeItem(String name, long amount) {
}
