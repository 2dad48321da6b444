package vn.openprovince.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URI;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.support.RequestContextUtils;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 on the API as RFC 9457 problem details, never as HTML or data. */
final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(MessageSource messages) {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"OpenProvince\", Bearer");
            write(request, response, HttpStatus.UNAUTHORIZED, "AUTH_REQUIRED", messages);
        };
    }

    static AccessDeniedHandler forbidden(MessageSource messages) {
        return (request, response, exception) -> write(request, response, HttpStatus.FORBIDDEN, "ACCESS_DENIED", messages);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                              MessageSource messages) throws IOException {
        var problem = ProblemDetail.forStatusAndDetail(status,
                messages.getMessage("error." + code, null, code, RequestContextUtils.getLocale(request)));
        problem.setType(URI.create("urn:openprovince:problem:" + code));
        problem.setTitle(code);
        problem.setInstance(URI.create(request.getRequestURI()));
        problem.setProperty("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
