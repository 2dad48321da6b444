package vn.openprovince.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

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
import tools.jackson.databind.json.JsonMapper;

/** The organisation API as integrators and administrators use it, scoped by agency. */
@SpringBootTest
@AutoConfigureMockMvc
class OrganizationApiTests {

    private static final String PASSWORD = "Demo@2026";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    JdbcTemplate jdbc;

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void provinceListsItsTenDistrictsWhoseChildrenAre151Communes() {
        List<Map<String, Object>> districts = getList("/api/v1/units/17/children");

        assertThat(districts).hasSize(10);
        assertThat(districts).allSatisfy(district -> {
            assertThat(district).containsKeys("code", "name", "type");
            assertThat(district.get("level")).isEqualTo("DISTRICT");
        });
        int communes = districts.stream().mapToInt(d -> getList("/api/v1/units/" + d.get("code") + "/children").size()).sum();
        assertThat(communes).isEqualTo(151);
    }

    @Test
    void unknownUnitIsANotFoundProblem() {
        assertThat(mvc.get().uri("/api/v1/units/99999/children")).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.code").isEqualTo("ORG_UNKNOWN_UNIT");
    }

    @Test
    void communeOfficialSeesOwnOfficialsButNotAnotherCommunes() {
        UUID thaiBinh = committeeOf("04789");
        UUID tanHoa = committeeOf("04792");

        assertThat(mvc.get().uri("/api/v1/agencies/{id}/officials", thaiBinh).with(httpBasic("vanthu.xa", PASSWORD)))
                .hasStatusOk().bodyJson().extractingPath("$.content[*].fullName").asArray().contains("Đinh Thị Hoa");
        assertThat(mvc.get().uri("/api/v1/agencies/{id}/officials", tanHoa).with(httpBasic("vanthu.xa", PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("ACCESS_DENIED");
        assertThat(mvc.get().uri("/api/v1/agencies/{id}", tanHoa).with(httpBasic("vanthu.xa", PASSWORD)))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void provincialLeaderReachesCommunesBelow() {
        assertThat(mvc.get().uri("/api/v1/agencies/{id}/officials", committeeOf("04792"))
                .with(httpBasic("lanhdao.tinh", PASSWORD))).hasStatusOk();
    }

    @Test
    void agencyListIsScopedAndSearchIgnoresDiacritics() {
        var communeView = mvc.get().uri("/api/v1/agencies?q=uy ban").with(httpBasic("vanthu.xa", PASSWORD)).exchange();
        assertThat(communeView).hasStatusOk().bodyJson().extractingPath("$.page.totalElements").isEqualTo(1);

        var provinceView = mvc.get().uri("/api/v1/agencies?q=so tu phap").with(httpBasic("quantri.tinh", PASSWORD)).exchange();
        assertThat(provinceView).hasStatusOk().bodyJson().extractingPath("$.content[0].name").isEqualTo("Sở Tư pháp");
    }

    @Test
    void unauthenticatedCallsGetAProblemNotData() {
        assertThat(mvc.get().uri("/api/v1/agencies")).hasStatus(HttpStatus.UNAUTHORIZED)
                .bodyJson().extractingPath("$.code").isEqualTo("AUTH_REQUIRED");
    }

    @Test
    void agencyAdministratorRegistersAnOfficialWithHistory() {
        UUID thaiBinh = committeeOf("04789");
        var created = mvc.post().uri("/api/v1/agencies/{id}/officials", thaiBinh).with(httpBasic("quantri.xa", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"fullName":"Nguyễn Văn Thử","position":"Công chức Tư pháp - Hộ tịch","phone":"0912345678"}""")
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.agencyId").isEqualTo(thaiBinh.toString());

        var found = mvc.get().uri("/api/v1/agencies/{id}/officials?q=nguyen van thu", thaiBinh)
                .with(httpBasic("quantri.xa", PASSWORD)).exchange();
        assertThat(found).hasStatusOk().bodyJson().extractingPath("$.content[*].fullName").asArray().contains("Nguyễn Văn Thử");
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'official.registered'",
                Integer.class)).isPositive();
    }

    @Test
    void invalidOfficialIsRejectedFieldByFieldAndNothingIsSaved() {
        UUID thaiBinh = committeeOf("04789");
        int before = countOfficials();
        var rejected = mvc.post().uri("/api/v1/agencies/{id}/officials", thaiBinh).with(httpBasic("quantri.xa", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"fullName":"","position":"Chuyên viên","phone":"12345"}""")
                .exchange();

        assertThat(rejected).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code").isEqualTo("VALIDATION_FAILED");
        assertThat(rejected).bodyJson().extractingPath("$.errors[*].field").asArray().contains("fullName", "phone");
        assertThat(countOfficials()).isEqualTo(before);
    }

    @Test
    void departmentOfAnotherAgencyIsRejected() {
        UUID thaiBinh = committeeOf("04789");
        UUID foreignDepartment = jdbc.queryForObject(
                "select d.id from department d where d.agency_id = ? fetch first 1 rows only", UUID.class, committeeOf("04792"));
        var rejected = mvc.post().uri("/api/v1/agencies/{id}/officials", thaiBinh).with(httpBasic("quantri.xa", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"Lò Văn Sai\",\"position\":\"Chuyên viên\",\"departmentId\":\"" + foreignDepartment + "\"}")
                .exchange();
        assertThat(rejected).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT)
                .bodyJson().extractingPath("$.code").isEqualTo("ORG_UNKNOWN_DEPARTMENT");
    }

    @Test
    void clerkMayNotRegisterOfficials() {
        var rejected = mvc.post().uri("/api/v1/agencies/{id}/officials", committeeOf("04789"))
                .with(httpBasic("vanthu.xa", PASSWORD)).contentType(MediaType.APPLICATION_JSON)
                .content("{\"fullName\":\"Không Được\",\"position\":\"Chuyên viên\"}").exchange();
        assertThat(rejected).hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void malformedIdentifierCodeIsRejectedAndTheAgencyIsUnchanged() {
        UUID thaiBinh = committeeOf("04789");
        String before = identifierOf(thaiBinh);

        var rejected = mvc.put().uri("/api/v1/agencies/{id}", thaiBinh).with(httpBasic("quantri.tinh", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"name":"Ủy ban nhân dân phường Thái Bình","abbreviation":"UBND","identifierCode":"H17.01",
                         "identifierProvisional":false}""")
                .exchange();

        assertThat(rejected).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code").isEqualTo("ORG_INVALID_IDENTIFIER_CODE");
        assertThat(rejected).bodyJson().extractingPath("$.field").isEqualTo("identifierCode");
        assertThat(identifierOf(thaiBinh)).isEqualTo(before);
    }

    @Test
    void identifierCodeMustBeUnique() {
        UUID thaiBinh = committeeOf("04789");
        String taken = identifierOf(committeeOf("04792"));
        var rejected = mvc.put().uri("/api/v1/agencies/{id}", thaiBinh).with(httpBasic("quantri.tinh", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"name\":\"Ủy ban nhân dân phường Thái Bình\",\"abbreviation\":\"UBND\",\"identifierCode\":\""
                        + taken + "\",\"identifierProvisional\":true}")
                .exchange();
        assertThat(rejected).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("ORG_DUPLICATE_IDENTIFIER_CODE");
    }

    @Test
    void seededIdentifierCodesAreValidAndMarkedProvisional() {
        var agency = directory.agency(new AgencyId(committeeOf("04789"))).orElseThrow();
        assertThat(agency.identifierCode()).matches("\\d{3}\\.\\d{2}\\.\\d{2}\\.[A-Z]\\d{2}");
        assertThat(agency.identifierProvisional()).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from agency where identifier_provisional = false", Integer.class))
                .isZero();
    }

    @Test
    void agenciesAreCreatedUnderAParentTheCallerManages() {
        UUID province = committeeOf("17");
        String code = "000.00.%02d.H98".formatted((int) (Math.random() * 90) + 10);
        String body = """
                {"name":"Ban Quản lý dự án thử nghiệm","abbreviation":"BQLDA","kind":"OTHER","unitCode":"17",
                 "parentId":"%s","identifierCode":"%s","identifierProvisional":true}""".formatted(province, code);

        assertThat(mvc.post().uri("/api/v1/agencies").with(httpBasic("quantri.tinh", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(HttpStatus.CREATED);
        assertThat(mvc.post().uri("/api/v1/agencies").with(httpBasic("quantri.tinh", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(HttpStatus.CONFLICT);
        assertThat(mvc.post().uri("/api/v1/agencies").with(httpBasic("quantri.xa", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body.replace(code, "000.01.01.H98")))
                .hasStatus(HttpStatus.FORBIDDEN);
    }

    @Test
    void onlyPlatformAdministratorsRenameUnits() {
        String body = "{\"name\":\"Phường Thái Bình\",\"type\":\"Phường\"}";
        assertThat(mvc.put().uri("/api/v1/units/04789").with(httpBasic("quantri.tinh", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.put().uri("/api/v1/units/04789").with(httpBasic("admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(body)).hasStatusOk();
    }

    @Test
    void unknownAgencyIsNotFound() {
        assertThat(mvc.get().uri("/api/v1/agencies/{id}/officials", UUID.randomUUID()).with(httpBasic("admin", PASSWORD)))
                .hasStatus(HttpStatus.NOT_FOUND).bodyJson().extractingPath("$.code").isEqualTo("ORG_UNKNOWN_AGENCY");
    }

    private UUID committeeOf(String unitCode) {
        return directory.agenciesOfUnit(unitCode).getFirst().id().value();
    }

    private String identifierOf(UUID agency) {
        return jdbc.queryForObject("select identifier_code from agency where id = ?", String.class, agency);
    }

    private int countOfficials() {
        return jdbc.queryForObject("select count(*) from official", Integer.class);
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> getList(String uri) {
        MvcTestResult result = mvc.get().uri(uri).exchange();
        assertThat(result).hasStatusOk();
        return json.readValue(result.getResponse().getContentAsByteArray(), List.class);
    }
}
