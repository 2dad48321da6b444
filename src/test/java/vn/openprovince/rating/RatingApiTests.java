package vn.openprovince.rating;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.openprovince.testing.CitizenDossiers;

/** Rating a dossier: once, only the applicant, only with its result; the aggregates per agency. */
@SpringBootTest
@AutoConfigureMockMvc
class RatingApiTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;

    private MvcTestResult rate(String user, String code, Object overall, Object timeliness, Object attitude, Object contacts) {
        return mvc.post().uri("/api/v1/ratings").with(httpBasic(user, "Demo@2026")).contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"dossierCode":"%s","overall":%s,"timeliness":%s,"staffAttitude":%s,"contacts":%s,
                         "comment":"Cán bộ hướng dẫn tận tình"}""".formatted(code, overall, timeliness, attitude, contacts))
                .exchange();
    }

    private String resultReadyDossier(CitizenDossiers dossiers) {
        String code = dossiers.submitAs("congdan");
        dossiers.setState(code, "RESULT_READY");
        return code;
    }

    @Test
    void theApplicantRatesOnceWhenTheResultIsReady() {
        var dossiers = new CitizenDossiers(mvc, jdbc);
        String code = resultReadyDossier(dossiers);

        var rated = rate("congdan", code, 5, 4, 5, 1);
        assertThat(rated).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.overall").isEqualTo("VERY_SATISFIED");
        assertThat(rated).bodyJson().extractingPath("$.timeliness").isEqualTo("SATISFIED");

        var again = rate("congdan", code, 1, 1, 1, 3);
        assertThat(again).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("RATING_ALREADY_RATED");
        assertThat(again).bodyJson().extractingPath("$.detail").asString().contains("chỉ được đánh giá một lần");
        assertThat(jdbc.queryForObject("select overall from dossier_rating where dossier_code = ?", Integer.class, code))
                .isEqualTo(5);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'dossier.rated' and details like ?",
                Integer.class, code + "%")).isEqualTo(1);

        assertThat(mvc.get().uri("/api/v1/ratings/{code}", code).with(httpBasic("congdan", "Demo@2026"))).hasStatusOk()
                .bodyJson().extractingPath("$.contacts").isEqualTo(1);
    }

    @Test
    void aDossierWithoutItsResultOrSomeoneElsesCannotBeRated() {
        var dossiers = new CitizenDossiers(mvc, jdbc);
        String submitted = dossiers.submitAs("congdan");
        assertThat(rate("congdan", submitted, 5, 5, 5, 1)).hasStatus(HttpStatus.CONFLICT).bodyJson()
                .extractingPath("$.code").isEqualTo("RATING_NOT_READY");
        dossiers.setState(submitted, "PROCESSING");
        assertThat(rate("congdan", submitted, 5, 5, 5, 1)).hasStatus(HttpStatus.CONFLICT);

        String ready = resultReadyDossier(dossiers);
        assertThat(rate("doanhnghiep", ready, 5, 5, 5, 1)).hasStatus(HttpStatus.NOT_FOUND).bodyJson()
                .extractingPath("$.code").isEqualTo("RATING_UNKNOWN_DOSSIER");
        assertThat(rate("motcua.xa", ready, 5, 5, 5, 1)).hasStatus(HttpStatus.FORBIDDEN);
        dossiers.setState(ready, "RESULT_RETURNED");

        var badScore = rate("congdan", ready, 5, 6, 5, 1);
        assertThat(badScore).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.field")
                .isEqualTo("timeliness");
        assertThat(badScore).bodyJson().extractingPath("$.detail").asString().contains("Rất hài lòng");
        assertThat(rate("congdan", ready, 5, 5, "null", 1)).bodyJson().extractingPath("$.field").isEqualTo("staffAttitude");
        assertThat(rate("congdan", ready, 5, 5, 5, -1)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.code").isEqualTo("RATING_INVALID_CONTACTS");
        assertThat(jdbc.queryForObject("select count(*) from dossier_rating where dossier_code in (?, ?)", Integer.class,
                submitted, ready)).isZero();
        assertThat(rate("congdan", ready, 3, 3, 3, 2)).hasStatus(HttpStatus.CREATED);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> aggregateOf(String user, UUID agency, String basis) throws Exception {
        LocalDate today = LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh"));
        var result = mvc.get().uri("/api/v1/ratings/aggregates?from={from}&to={to}&basis={basis}", today.minusDays(1),
                today.plusDays(1), basis).with(httpBasic(user, "Demo@2026")).exchange();
        assertThat(result).hasStatusOk();
        List<Map<String, Object>> rows = JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8),
                "$[?(@.agency == '" + agency + "')]");
        return rows.isEmpty() ? Map.of("ratings", 0) : rows.get(0);
    }

    @Test
    void theAggregatesCountAverageAndShareOfSatisfiedPerAgency() throws Exception {
        var dossiers = new CitizenDossiers(mvc, jdbc);
        String first = resultReadyDossier(dossiers);
        UUID competent = dossiers.competentAgency(first);
        UUID receiving = dossiers.receivingAgency(first);
        long before = ((Number) aggregateOf("admin", competent, "COMPETENT").get("ratings")).longValue();
        long sumBefore = jdbc.queryForObject("""
                select coalesce(sum(overall), 0) from dossier_rating where competent_agency_id = ?
                and rated_at >= ?""", Long.class, competent,
                java.sql.Timestamp.from(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).minusDays(1)
                        .atStartOfDay(ZoneId.of("Asia/Ho_Chi_Minh")).toInstant()));

        assertThat(rate("congdan", first, 5, 4, 4, 1)).hasStatus(HttpStatus.CREATED);
        String second = resultReadyDossier(dossiers);
        assertThat(rate("congdan", second, 2, 3, 4, 3)).hasStatus(HttpStatus.CREATED);

        var row = aggregateOf("admin", competent, "COMPETENT");
        long after = ((Number) row.get("ratings")).longValue();
        assertThat(after).isEqualTo(before + 2);
        double expectedAverage = Math.round((sumBefore + 7) * 100.0 / after) / 100.0;
        assertThat(((Number) row.get("averageOverall")).doubleValue()).isEqualTo(expectedAverage);
        if (before == 0) {
            assertThat(((Number) row.get("satisfiedPercent")).doubleValue()).isEqualTo(50.0);
            assertThat(((Number) row.get("averageContacts")).doubleValue()).isEqualTo(2.0);
            assertThat(((Number) row.get("averageStaffAttitude")).doubleValue()).isEqualTo(4.0);
        }
        assertThat(((Number) aggregateOf("admin", receiving, "RECEIVING").get("ratings")).longValue()).isGreaterThanOrEqualTo(2);

        // Out of scope: a one-stop officer of another agency does not see this one; citizens are refused.
        String officer = dossiers.oneStopOfficerNotOf(receiving);
        assertThat(((Number) aggregateOf(officer, receiving, "RECEIVING").get("ratings")).longValue()).isZero();
        assertThat(mvc.get().uri("/api/v1/ratings/aggregates?from=2026-01-01&to=2026-12-31").with(httpBasic("congdan", "Demo@2026")))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("RATING_NOT_AN_OFFICIAL");
        assertThat(mvc.get().uri("/api/v1/ratings/aggregates?from=2026-12-31&to=2026-01-01").with(httpBasic("admin", "Demo@2026")))
                .hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code").isEqualTo("RATING_INVALID_PERIOD");

        var session = dossiers.signInOfficial("admin");
        assertThat(mvc.get().uri("/danh-gia").session(session)).hasStatusOk().bodyText()
                .contains("Mức độ hài lòng của người dân, doanh nghiệp").contains("Tỷ lệ hài lòng");
    }

    @Test
    void theRatingPageShowsTheFormOnceAndThenTheRating() {
        var dossiers = new CitizenDossiers(mvc, jdbc);
        String code = dossiers.submitAs("congdan");
        var citizen = dossiers.signIn("congdan");
        String page = "/cong-dich-vu-cong/ca-nhan/danh-gia/" + code;
        assertThat(mvc.get().uri(page).session(citizen)).hasStatusOk().bodyText()
                .contains("Hồ sơ được đánh giá khi đã có kết quả").doesNotContain("Gửi đánh giá");

        dossiers.setState(code, "RESULT_RETURNED");
        assertThat(mvc.get().uri(page).session(citizen)).hasStatusOk().bodyText()
                .contains("Thái độ phục vụ của cán bộ").contains("Rất không hài lòng").contains("Gửi đánh giá");
        var missing = mvc.post().uri(page).session(citizen).with(csrf()).param("overall", "5").param("contacts", "1").exchange();
        assertThat(missing).hasStatus3xxRedirection().flash().containsKey("problem");
        var sent = mvc.post().uri(page).session(citizen).with(csrf()).param("overall", "4").param("timeliness", "4")
                .param("staffAttitude", "5").param("contacts", "2").param("comment", "Nhanh").exchange();
        assertThat(sent).hasStatus3xxRedirection().flash().containsKey("flash");
        assertThat(mvc.get().uri(page).session(citizen)).hasStatusOk().bodyText()
                .contains("Ông/bà đã đánh giá hồ sơ này").contains("Nhanh").doesNotContain("Gửi đánh giá");
        assertThat(mvc.post().uri(page).session(citizen).with(csrf()).param("overall", "1").param("timeliness", "1")
                .param("staffAttitude", "1").param("contacts", "2")).hasStatus3xxRedirection().flash().containsKey("problem");
        assertThat(mvc.get().uri(page).session(dossiers.signIn("doanhnghiep"))).hasStatus(HttpStatus.NOT_FOUND);
    }
}
