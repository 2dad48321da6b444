package vn.openprovince.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.ClassPathResource;

/** Every document error code has a message in Vietnamese and in English, and a field for the page. */
class DocumentErrorsTests {

    @Test
    void everyErrorCodeHasAMessageInBothLanguagesAndAField() throws IOException {
        for (String bundle : new String[] {"messages.properties", "messages_en.properties"}) {
            var messages = new Properties();
            try (var reader = new InputStreamReader(new ClassPathResource(bundle).getInputStream(), StandardCharsets.UTF_8)) {
                messages.load(reader);
            }
            assertThat(Arrays.stream(DocumentError.values()).map(error -> "error." + error.name()))
                    .as(bundle).allSatisfy(key -> assertThat(messages.getProperty(key)).as(key).isNotBlank());
        }
        assertThat(DocumentError.values()).allSatisfy(error -> assertThat(error.field()).isNotBlank());
    }

    @Test
    void everyUrgencyAndSecrecyHasAVietnameseName() throws IOException {
        var messages = new Properties();
        try (var reader = new InputStreamReader(new ClassPathResource("messages.properties").getInputStream(),
                StandardCharsets.UTF_8)) {
            messages.load(reader);
        }
        assertThat(messages.getProperty("urgency.FLASH_TIMED")).isEqualTo("Hỏa tốc hẹn giờ");
        assertThat(messages.getProperty("urgency.VERY_URGENT")).isEqualTo("Thượng khẩn");
        assertThat(Arrays.stream(Secrecy.values())).allSatisfy(s -> assertThat(messages.getProperty("secrecy." + s)).isNotBlank());
    }
}
