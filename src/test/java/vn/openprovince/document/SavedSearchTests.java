package vn.openprovince.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import tools.jackson.databind.json.JsonMapper;

/** Saved searches: named by an official, listed on the search page, run with one click, private. */
@SpringBootTest
@AutoConfigureMockMvc
class SavedSearchTests {

    static final String PASSWORD = "Demo@2026";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    UserDetailsService accounts;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void anOfficialSavesASearchListsItAndDeletesItAndNobodyElseSeesIt() {
        String name = "Ngân sách " + ThreadLocalRandom.current().nextInt(1_000_000);
        var saved = read(post("vanthu.tinh", Map.of("name", name, "q", "du toan ngan sach")), HttpStatus.CREATED);
        assertThat(saved.get("q")).isEqualTo("du toan ngan sach");
        String id = (String) saved.get("id");

        assertThat(list("vanthu.tinh")).bodyJson().extractingPath("$[*].name").asArray().contains(name);
        assertThat(list("lanhdao.tinh")).bodyJson().extractingPath("$[*].id").asArray().doesNotContain(id);
        assertThat(mvc.delete().uri("/api/v1/documents/saved-searches/{id}", id).with(httpBasic("lanhdao.tinh", PASSWORD)))
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code").isEqualTo("DOC_UNKNOWN_SAVED_SEARCH");

        assertThat(mvc.delete().uri("/api/v1/documents/saved-searches/{id}", id).with(httpBasic("vanthu.tinh", PASSWORD)))
                .hasStatus(HttpStatus.NO_CONTENT);
        assertThat(list("vanthu.tinh")).bodyJson().extractingPath("$[*].id").asArray().doesNotContain(id);
        assertThat(jdbc.queryForList("select action from audit_entry where object_id = ?", String.class, id))
                .contains("saved-search.saved", "saved-search.deleted");
    }

    @Test
    void aSearchWithoutANameOrWordsIsNotSaved() {
        var unnamed = post("vanthu.tinh", Map.of("name", " ", "q", "ke hoach"));
        assertThat(unnamed).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code").isEqualTo("DOC_MISSING_SEARCH_NAME");
        var empty = post("vanthu.tinh", Map.of("name", "Trống", "q", "  "));
        assertThat(empty).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.field").isEqualTo("q");
        assertThat(mvc.get().uri("/api/v1/documents/saved-searches")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theSearchPageSavesTheCurrentSearchAndListsItAsAOneClickLink() {
        String name = "Lũ quét " + ThreadLocalRandom.current().nextInt(1_000_000);
        var saved = mvc.post().uri("/documents/search/saved").param("name", name).param("q", "lu quet")
                .with(user(accounts.loadUserByUsername("vanthu.xa"))).with(csrf()).exchange();
        assertThat(saved).hasStatus(HttpStatus.FOUND).redirectedUrl().isEqualTo("/documents/search?q=lu%20quet");

        assertThat(mvc.get().uri("/documents/search?q=lu quet").with(user(accounts.loadUserByUsername("vanthu.xa"))))
                .hasStatusOk().bodyText().contains("Tìm kiếm đã lưu", name, "/documents/search?q=lu%20quet",
                        "Lưu tìm kiếm");
        assertThat(mvc.get().uri("/documents/search?lang=en").with(user(accounts.loadUserByUsername("vanthu.xa"))))
                .hasStatusOk().bodyText().contains("Saved searches", name);
        assertThat(mvc.get().uri("/documents/search").with(user(accounts.loadUserByUsername("vanthu.xa2"))))
                .hasStatusOk().bodyText().doesNotContain(name);
    }

    MvcTestResult post(String user, Object body) {
        return mvc.post().uri("/api/v1/documents/saved-searches").contentType(MediaType.APPLICATION_JSON)
                .content(json.writeValueAsString(body)).with(httpBasic(user, PASSWORD)).exchange();
    }

    MvcTestResult list(String user) {
        var result = mvc.get().uri("/api/v1/documents/saved-searches").with(httpBasic(user, PASSWORD)).exchange();
        assertThat(result).hasStatusOk();
        return result;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> read(MvcTestResult result, HttpStatus status) {
        assertThat(result.getResponse().getStatus())
                .as(() -> new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8))
                .isEqualTo(status.value());
        return json.readValue(result.getResponse().getContentAsByteArray(), Map.class);
    }
}
