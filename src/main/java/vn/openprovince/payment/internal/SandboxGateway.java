package vn.openprovince.payment.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;
import org.springframework.web.util.UriComponentsBuilder;
import vn.openprovince.payment.PaymentError;
import vn.openprovince.payment.PaymentException;
import vn.openprovince.payment.PaymentGateway;

/**
 * Cổng thanh toán thử nghiệm — không phải thanh toán thật. A gateway that lives inside the platform for tests and
 * demos, shaped like the hosted-page gateways used in Vietnam: the order goes to its page signed, the payer pays or
 * cancels there, and the result comes back as parameters signed with HMAC-SHA256 over the sorted
 * {@code key=value} pairs joined by {@code &} (the signature itself excluded), both to the callback (IPN) and to
 * the payer's return address.
 */
@Component
public class SandboxGateway implements PaymentGateway {

    public static final String ID = "sandbox";
    /** The hosted page (inside the portal's citizen area). */
    public static final String PAGE = "/cong-dich-vu-cong/ca-nhan/cong-thanh-toan-thu-nghiem";
    public static final String SIGNATURE = "signature";
    public static final String SUCCESS = "00";
    public static final String CANCELLED = "24";

    private final byte[] secret;

    SandboxGateway(PaymentSettings settings) {
        this.secret = settings.sandbox().secret().isBlank() ? random()
                : settings.sandbox().secret().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public boolean sandbox() {
        return true;
    }

    @Override
    public String checkoutUrl(Order order, String returnUrl) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("txnRef", order.transactionRef());
        parameters.put("amount", Long.toString(order.amount()));
        parameters.put("orderInfo", order.description());
        parameters.put("returnUrl", returnUrl);
        var signed = sign(parameters);
        var builder = UriComponentsBuilder.fromPath(PAGE);
        signed.keySet().forEach(key -> builder.queryParam(key, "{" + key + "}"));
        return builder.encode().buildAndExpand(signed).toUriString();
    }

    /** The order parameters of the hosted page, checked as the gateway would. */
    public Map<String, String> verifyOrder(Map<String, String> parameters) {
        requireSignature(parameters);
        return parameters;
    }

    /** The gateway's answer to the payer's choice on its page: signed result parameters. */
    public Map<String, String> result(String transactionRef, long amount, boolean paid, String gatewayTransactionNo) {
        var parameters = new LinkedHashMap<String, String>();
        parameters.put("txnRef", transactionRef);
        parameters.put("amount", Long.toString(amount));
        parameters.put("responseCode", paid ? SUCCESS : CANCELLED);
        if (paid) {
            parameters.put("transactionNo", gatewayTransactionNo);
        }
        return sign(parameters);
    }

    @Override
    public Notice verify(Map<String, String> parameters) {
        requireSignature(parameters);
        String reference = parameters.get("txnRef");
        String amount = parameters.get("amount");
        String code = parameters.get("responseCode");
        if (reference == null || amount == null || code == null || !amount.matches("\\d{1,15}")) {
            throw new PaymentException(PaymentError.PAYMENT_INVALID_NOTICE);
        }
        boolean success = SUCCESS.equals(code);
        return new Notice(reference, Long.parseLong(amount), success, code,
                success ? parameters.get("transactionNo") : null);
    }

    /** The parameters with their {@value #SIGNATURE} added. */
    public Map<String, String> sign(Map<String, String> parameters) {
        var signed = new LinkedHashMap<>(parameters);
        signed.remove(SIGNATURE);
        signed.put(SIGNATURE, hmac(parameters));
        return signed;
    }

    private void requireSignature(Map<String, String> parameters) {
        String given = parameters.get(SIGNATURE);
        if (given == null || !MessageDigest.isEqual(given.toLowerCase(java.util.Locale.ROOT)
                .getBytes(StandardCharsets.US_ASCII), hmac(parameters).getBytes(StandardCharsets.US_ASCII))) {
            throw new PaymentException(PaymentError.PAYMENT_BAD_SIGNATURE);
        }
    }

    /** HMAC-SHA256 (lower-case hex) of the sorted {@code key=value} pairs, the signature excluded. */
    String hmac(Map<String, String> parameters) {
        var sorted = new TreeMap<>(parameters);
        sorted.remove(SIGNATURE);
        var data = new StringBuilder();
        sorted.forEach((key, value) -> data.append(data.isEmpty() ? "" : "&").append(key).append('=').append(value));
        try {
            var mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret, "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(data.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] random() {
        var bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }
}
