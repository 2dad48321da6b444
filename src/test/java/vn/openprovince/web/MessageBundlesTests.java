package vn.openprovince.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Vietnamese (the default) and English say the same things: no key is missing from either. */
class MessageBundlesTests {

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        Set<String> vietnamese = load("messages.properties").stringPropertyNames();
        Set<String> english = load("messages_en.properties").stringPropertyNames();

        assertThat(english).containsExactlyInAnyOrderElementsOf(vietnamese);
    }

    private static Properties load(String name) throws IOException {
        var properties = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource(name).getInputStream(), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
