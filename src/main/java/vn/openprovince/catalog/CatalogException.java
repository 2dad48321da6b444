package vn.openprovince.catalog;

import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * A rejected catalogue operation; rendered as an RFC 9457 problem detail with its code and field.
 * Validation of a whole procedure reports every problem at once in {@link #violations()}.
 */
public class CatalogException extends ErrorResponseException {

    private final CatalogError error;
    private final String field;
    private final transient List<Violation> violations;

    public CatalogException(CatalogError error, Object... arguments) {
        this(error, error.field(), List.of(), arguments);
    }

    private CatalogException(CatalogError error, String field, List<Violation> violations, Object... arguments) {
        super(error.status(), problem(error, field, violations), null, "error." + error.name(), arguments);
        this.error = error;
        this.field = field;
        this.violations = List.copyOf(violations);
    }

    /** An error at a specific input field, e.g. {@code components[2].copies}. */
    public static CatalogException at(String field, CatalogError error, Object... arguments) {
        return new CatalogException(error, field, List.of(), arguments);
    }

    /** Every problem of one input; the first one gives the code and field. */
    public static CatalogException of(List<Violation> violations) {
        var first = violations.getFirst();
        return new CatalogException(first.error(), first.field(), violations, first.arguments());
    }

    public CatalogError error() {
        return error;
    }

    public String field() {
        return field;
    }

    public List<Violation> violations() {
        return violations.isEmpty() ? List.of(new Violation(field, error, getDetailMessageArguments())) : violations;
    }

    private static ProblemDetail problem(CatalogError error, String field, List<Violation> violations) {
        var problem = ProblemDetail.forStatus(error.status());
        problem.setType(URI.create("urn:openprovince:problem:" + error.name()));
        problem.setTitle(error.name());
        problem.setProperty("code", error.name());
        problem.setProperty("field", field);
        if (violations.size() > 1) {
            problem.setProperty("errors", violations.stream()
                    .map(violation -> Map.of("field", violation.field(), "code", violation.error().name())).toList());
        }
        return problem;
    }

    /** One problem with one input field. */
    public record Violation(String field, CatalogError error, Object... arguments) {
    }
}
