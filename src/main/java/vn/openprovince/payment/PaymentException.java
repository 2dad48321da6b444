package vn.openprovince.payment;

import java.net.URI;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A refused payment operation; rendered as an RFC 9457 problem detail with its code and field. */
public class PaymentException extends ErrorResponseException {

    private final PaymentError error;

    public PaymentException(PaymentError error, Object... arguments) {
        super(error.status(), problem(error), null, "error." + error.name(), arguments);
        this.error = error;
    }

    public PaymentError error() {
        return error;
    }

    private static ProblemDetail problem(PaymentError error) {
        var problem = ProblemDetail.forStatus(error.status());
        problem.setType(URI.create("urn:openprovince:problem:" + error.name()));
        problem.setTitle(error.name());
        problem.setProperty("code", error.name());
        problem.setProperty("field", error.field());
        return problem;
    }
}
