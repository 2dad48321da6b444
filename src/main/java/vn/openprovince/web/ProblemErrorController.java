package vn.openprovince.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Errors that never reached a controller (unknown paths, filters) still answer machines with an
 * RFC 9457 problem detail and a code; browsers keep getting the Vietnamese error pages.
 */
class ProblemErrorController extends BasicErrorController {

    private final MessageSource messages;

    ProblemErrorController(ErrorAttributes attributes, ErrorProperties properties, List<ErrorViewResolver> resolvers,
                           MessageSource messages) {
        super(attributes, properties, resolvers);
        this.messages = messages;
    }

    @Override
    public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
        HttpStatus status = getStatus(request);
        if (status == HttpStatus.NO_CONTENT) {
            return new ResponseEntity<>(status);
        }
        String code = switch (status.value()) {
            case 401 -> "AUTH_REQUIRED";
            case 403 -> "ACCESS_DENIED";
            case 404 -> "NOT_FOUND";
            case 405 -> "METHOD_NOT_ALLOWED";
            case 429 -> "RATE_LIMITED";
            default -> status.is5xxServerError() ? "INTERNAL_ERROR" : "BAD_REQUEST";
        };
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "urn:openprovince:problem:" + code);
        problem.put("title", code);
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage("error." + code, null, code, LocaleContextHolder.getLocale()));
        Object path = request.getAttribute("jakarta.servlet.error.request_uri");
        if (path != null) {
            problem.put("instance", path);
        }
        problem.put("code", code);
        return ResponseEntity.status(status).contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }
}
