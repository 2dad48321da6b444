package vn.openprovince.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.web.WebProperties;
import org.springframework.boot.webmvc.autoconfigure.error.BasicErrorController;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.boot.webmvc.error.ErrorAttributes;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.http.CacheControl;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;

/** Vietnamese by default; {@code ?lang=en} switches to English and a cookie remembers the choice. */
@Configuration
class WebConfiguration implements WebMvcConfigurer {

    static final Locale VIETNAMESE = Locale.forLanguageTag("vi");

    /** Public API paths, open without sign-in and therefore rate-limited per client address. */
    static final String[] PUBLIC_API = {"/api/v1/units", "/api/v1/units/**", "/api/v1/calendar/lunar",
            "/api/v1/calendar/solar", "/api/v1/calendar/holidays", "/api/v1/calendar/deadline",
            "/api/v1/signatures/validate", "/api/v1/signatures/validate/*", "/verify", "/api/v1/procedures",
            "/api/v1/procedures/*", "/api/v1/dossiers/*/status", "/cong-dich-vu-cong/tra-cuu",
            "/api/v1/results/*/verification", "/cong-dich-vu-cong/ket-qua/*",
            // Registration sends e-mails and SMS: limited like the public API, against code flooding.
            "/cong-dich-vu-cong/dang-ky", "/cong-dich-vu-cong/dang-ky/**"};

    /** Enough distinct clients for a province's traffic, small enough to bound memory (~100 bytes each). */
    private static final int MAX_TRACKED_CLIENTS = 100_000;

    private final int requestsPerMinute;

    WebConfiguration(@Value("${openprovince.public-api.requests-per-minute:120}") int requestsPerMinute) {
        this.requestsPerMinute = requestsPerMinute;
    }

    @Bean
    LocaleResolver localeResolver() {
        var resolver = new CookieLocaleResolver("openprovince-lang");
        resolver.setDefaultLocale(VIETNAMESE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        return new SupportedLocaleResolver(resolver, List.of(VIETNAMESE, Locale.ENGLISH));
    }

    @Bean
    BasicErrorController basicErrorController(ErrorAttributes attributes, WebProperties web,
                                              ObjectProvider<ErrorViewResolver> resolvers, MessageSource messages) {
        return new ProblemErrorController(attributes, web.getError(), resolvers.orderedStream().toList(), messages);
    }

    /**
     * The only static files: webjars (version-free paths) and the application's CSS and scripts. Boot's default
     * {@code /**} mapping (switched off by {@code spring.web.resources.add-mappings=false}) made every link a page
     * renders look for a file of that name on the classpath, found by profiling to be a third of a portal page's
     * processor time.
     */
    @Override
    public void addResourceHandlers(ResourceHandlerRegistry registry) {
        registry.addResourceHandler("/webjars/**").addResourceLocations("classpath:/META-INF/resources/webjars/")
                .setCacheControl(CacheControl.maxAge(Duration.ofDays(7)).cachePublic())
                .resourceChain(true).addResolver(new LiteWebJarsResourceResolver());
        registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/")
                .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)));
        registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/")
                .setCacheControl(CacheControl.maxAge(Duration.ofHours(1)));
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        var interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
        registry.addInterceptor(new PublicApiRateLimit(
                new TokenBuckets(requestsPerMinute, MAX_TRACKED_CLIENTS, System::nanoTime))).addPathPatterns(PUBLIC_API);
    }
}
