package vn.openprovince.dossier.national;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The HTTP connector exists only when a national endpoint is configured; otherwise there is no connector bean. */
@Configuration(proxyBeanMethods = false)
class NationalPortalConfiguration {

    @Bean
    @ConditionalOnExpression("!'${openprovince.national.endpoint:}'.isBlank()")
    NationalPortalConnector httpNationalPortalConnector(NationalPortalSettings settings) {
        return new HttpNationalPortalConnector(settings);
    }
}
