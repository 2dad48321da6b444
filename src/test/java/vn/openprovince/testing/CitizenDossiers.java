package vn.openprovince.testing;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Fixtures for modules built on dossiers: a birth registration submitted through the API by a demo citizen, its
 * receiving agency and that agency's one-stop officer, and a state set directly (for the states reception and
 * processing will reach).
 */
public final class CitizenDossiers {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"
            .getBytes(StandardCharsets.US_ASCII);
    private static final String BIRTH_FORM = """
            {"procedureCode": "1.001193", "data": {"childName": "Nguyễn Thị Mai", "childBirthDate": "2026-11-20",
             "childGender": "Nữ", "birthPlace": "Bệnh viện Đa khoa tỉnh Hòa Bình", "motherName": "Lò Thị Hoa",
             "motherCitizenId": "017190004567", "residence": {"districtCode": "148", "communeCode": "04789", "street": "Số 12"}}}""";

    private final MockMvcTester mvc;
    private final JdbcTemplate jdbc;

    public CitizenDossiers(MockMvcTester mvc, JdbcTemplate jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
    }

    /** Submits a birth registration as the demo citizen or business and returns its code. */
    public String submitAs(String username) {
        var created = mvc.post().uri("/api/v1/dossiers").multipart()
                .file(new MockMultipartFile("form", "", MediaType.APPLICATION_JSON_VALUE,
                        BIRTH_FORM.getBytes(StandardCharsets.UTF_8)))
                .file(new MockMultipartFile("component-1", "giay-chung-sinh.pdf", "application/pdf", PDF))
                .with(httpBasic(username, "Demo@2026")).exchange();
        try {
            if (created.getResponse().getStatus() != 201) {
                throw new IllegalStateException("submission failed: " + created.getResponse().getContentAsString());
            }
            return com.jayway.jsonpath.JsonPath.read(created.getResponse().getContentAsString(StandardCharsets.UTF_8),
                    "$.code");
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    public UUID account(String username) {
        return jdbc.queryForObject("select id from account where username = ?", UUID.class, username);
    }

    public UUID receivingAgency(String code) {
        return jdbc.queryForObject("select receiving_agency_id from dossier where code = ?", UUID.class, code);
    }

    public UUID competentAgency(String code) {
        return jdbc.queryForObject("select competent_agency_id from dossier where code = ?", UUID.class, code);
    }

    /** A demo account holding ONE_STOP_OFFICER at exactly this agency. */
    public String oneStopOfficerOf(UUID agency) {
        return jdbc.queryForObject("""
                select min(a.username) from account a join role_assignment r on r.account_id = a.id
                where r.role = 'ONE_STOP_OFFICER' and r.agency_id = ?""", String.class, agency);
    }

    /** A demo one-stop officer of another agency. */
    public String oneStopOfficerNotOf(UUID agency) {
        return jdbc.queryForObject("""
                select min(a.username) from account a join role_assignment r on r.account_id = a.id
                where r.role = 'ONE_STOP_OFFICER' and r.agency_id <> ? and r.scope = 'AGENCY'""", String.class, agency);
    }

    /** Puts the dossier in a state that reception or processing would reach (fixture only). */
    public void setState(String code, String state) {
        jdbc.update("update dossier set state = ? where code = ?", state, code);
    }

    /** Signs in on the portal's page (session with CSRF, like a browser). */
    public MockHttpSession signIn(String username) {
        var signedIn = mvc.post().uri("/login").with(csrf()).param("username", username)
                .param("password", "Demo@2026").param("portal", "1").exchange();
        return (MockHttpSession) signedIn.getRequest().getSession(false);
    }

    public MockHttpSession signInOfficial(String username) {
        var signedIn = mvc.post().uri("/login").with(csrf()).param("username", username)
                .param("password", "Demo@2026").exchange();
        return (MockHttpSession) signedIn.getRequest().getSession(false);
    }
}
