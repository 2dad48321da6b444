package vn.openprovince.web;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The API's description in OpenAPI: what it is, how to authenticate, how errors look. */
@Configuration
class OpenApiConfiguration {

    @Bean
    OpenAPI openProvinceApi() {
        return new OpenAPI()
                .info(new Info().title("OpenProvince API").version("v1")
                        .description("""
                                REST API of the OpenProvince e-government platform. Authenticate with HTTP Basic \
                                (an account's credentials) or a bearer token of a registered API client. Every \
                                error is an RFC 9457 problem detail (application/problem+json) with a stable \
                                `code` property and, for input errors, the `field` it concerns. Access is \
                                checked per agency: data outside the caller's scope answers 403.""")
                        .license(new License().name("Open source")))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP)
                                .scheme("bearer").description("Token of a registered API client (op_…)")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }
}
