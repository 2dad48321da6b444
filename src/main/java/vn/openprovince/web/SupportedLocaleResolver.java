package vn.openprovince.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import java.util.Locale;
import org.springframework.web.servlet.LocaleResolver;

/** Keeps the locale to the languages the platform speaks; anything else falls back to Vietnamese. */
record SupportedLocaleResolver(LocaleResolver delegate, List<Locale> supported) implements LocaleResolver {

    @Override
    public Locale resolveLocale(HttpServletRequest request) {
        String header = request.getHeader("Accept-Language");
        Locale chosen = delegate.resolveLocale(request);
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/") && header != null
                && header.toLowerCase(Locale.ROOT).startsWith("en")) {
            // API clients may ask for English problem details; pages stay Vietnamese unless switched.
            chosen = Locale.ENGLISH;
        }
        String language = chosen.getLanguage();
        return supported.stream().filter(locale -> locale.getLanguage().equals(language)).findFirst()
                .orElse(supported.getFirst());
    }

    @Override
    public void setLocale(HttpServletRequest request, HttpServletResponse response, Locale locale) {
        Locale target = locale == null ? supported.getFirst() : supported.stream()
                .filter(candidate -> candidate.getLanguage().equals(locale.getLanguage())).findFirst()
                .orElse(supported.getFirst());
        delegate.setLocale(request, response, target);
    }
}
