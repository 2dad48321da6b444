package vn.openprovince.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.web.servlet.LocaleResolver;
import tools.jackson.databind.json.JsonMapper;

/** 401 and 403 on the API as RFC 9457 problem details, never as HTML or data. */
final class ProblemResponses {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private ProblemResponses() {
    }

    static AuthenticationEntryPoint unauthorized(MessageSource messages, LocaleResolver locales) {
        return (request, response, exception) -> {
            response.setHeader("WWW-Authenticate", "Basic realm=\"OpenProvince\"");
            write(request, response, HttpStatus.UNAUTHORIZED, "AUTH_REQUIRED", messages, locales);
        };
    }

    static AccessDeniedHandler forbidden(MessageSource messages, LocaleResolver locales) {
        return (request, response, exception) ->
                write(request, response, HttpStatus.FORBIDDEN, "ACCESS_DENIED", messages, locales);
    }

    private static void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String code,
                              MessageSource messages, LocaleResolver locales) throws IOException {
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", "urn:openprovince:problem:" + code);
        problem.put("title", code);
        problem.put("status", status.value());
        problem.put("detail", messages.getMessage("error." + code, null, code, locales.resolveLocale(request)));
        problem.put("instance", request.getRequestURI());
        problem.put("code", code);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        JSON.writeValue(response.getOutputStream(), problem);
    }
}
