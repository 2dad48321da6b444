package vn.openprovince.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import vn.openprovince.organization.OrganizationDirectory;

/** The procedure catalogue API: public look-ups of the sample catalogue, and administrators' changes in scope. */
@SpringBootTest
@AutoConfigureMockMvc
class CatalogApiTests {

    private static final String PASSWORD = "Demo@2026";

    @Autowired
    MockMvcTester mvc;
    @Autowired
    OrganizationDirectory directory;
    @Autowired
    ProcedureCatalog catalog;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void searchWithoutDiacriticsFindsBirthRegistrationWithoutSigningIn() {
        var found = mvc.get().uri("/api/v1/procedures?q=dang ky khai sinh").exchange();

        assertThat(found).hasStatusOk().bodyJson().extractingPath("$.content[*].name").asArray()
                .contains("Đăng ký khai sinh");
        assertThat(found).bodyJson().extractingPath("$.content[0].code").isEqualTo("1.001193");
        assertThat(found).bodyJson().extractingPath("$.totalElements").asNumber().isEqualTo(2);
        assertThat(found).bodyJson().extractingPath("$.content[0].sampleData").isEqualTo(true);
    }

    @Test
    void everyWordMustMatchAndFiltersNarrowTheResult() {
        assertThat(mvc.get().uri("/api/v1/procedures?q=khai sinh nuoc ngoai")).hasStatusOk()
                .bodyJson().extractingPath("$.totalElements").asNumber().isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/procedures?q=khai sinh&level=DISTRICT")).hasStatusOk()
                .bodyJson().extractingPath("$.content[0].name").isEqualTo("Đăng ký khai sinh có yếu tố nước ngoài");
        assertThat(mvc.get().uri("/api/v1/procedures?field=CHUNG_THUC&size=100")).hasStatusOk()
                .bodyJson().extractingPath("$.content[*].fieldCode").asArray().containsOnly("CHUNG_THUC").hasSizeGreaterThanOrEqualTo(4);
        assertThat(mvc.get().uri("/api/v1/procedures?q=khai sinh&level=PROVINCE")).hasStatusOk()
                .bodyJson().extractingPath("$.totalElements").asNumber().isEqualTo(0);
    }

    @Test
    void listIsPagedAndThePageSizeIsCappedAt100() {
        var page = mvc.get().uri("/api/v1/procedures?size=5&page=1").exchange();
        assertThat(page).hasStatusOk().bodyJson().extractingPath("$.content").asArray().hasSize(5);
        assertThat(page).bodyJson().extractingPath("$.number").asNumber().isEqualTo(1);
        assertThat(page).bodyJson().extractingPath("$.totalElements").asNumber().satisfies(total ->
                assertThat(total.intValue()).isGreaterThanOrEqualTo(40));
        assertThat(mvc.get().uri("/api/v1/procedures?size=500")).hasStatusOk()
                .bodyJson().extractingPath("$.size").asNumber().isEqualTo(100);
    }

    @Test
    void procedureByCodeHasComponentsFeesTimeAndClassification() {
        var birth = mvc.get().uri("/api/v1/procedures/1.001193").exchange();

        assertThat(birth).hasStatusOk().bodyJson().extractingPath("$.name").isEqualTo("Đăng ký khai sinh");
        assertThat(birth).bodyJson().extractingPath("$.components[0].name").asString().startsWith("Tờ khai đăng ký khai sinh");
        assertThat(birth).bodyJson().extractingPath("$.components[0].required").isEqualTo(true);
        assertThat(birth).bodyJson().extractingPath("$.processingTime.unit").isEqualTo("WORKING_DAYS");
        assertThat(birth).bodyJson().extractingPath("$.processingTime.cutoff").isEqualTo("15:00:00");
        assertThat(birth).bodyJson().extractingPath("$.fees[0].amount").asNumber().isEqualTo(0);
        assertThat(birth).bodyJson().extractingPath("$.onlineService").isEqualTo("TOAN_TRINH");
        assertThat(birth).bodyJson().extractingPath("$.legacyLevel").asNumber().isEqualTo(4);
        assertThat(birth).bodyJson().extractingPath("$.sampleData").isEqualTo(true);
        assertThat(birth).bodyJson().extractingPath("$.status").isEqualTo("PUBLISHED");
    }

    @Test
    void unknownCodeIsANotFoundProblem() {
        assertThat(mvc.get().uri("/api/v1/procedures/9.999999")).hasStatus(HttpStatus.NOT_FOUND)
                .bodyJson().extractingPath("$.code").isEqualTo("CAT_UNKNOWN_PROCEDURE");
    }

    @Test
    void agencyAdministratorOfACommuneCannotEditAProvincialDepartmentsProcedure() {
        var rejected = mvc.put().uri("/api/v1/procedures/1.001193/draft").with(httpBasic("quantri.xa", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(procedureJson("1.001193", ward("04789"), "Thử sửa"))
                .exchange();

        assertThat(rejected).hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("ACCESS_DENIED");
        assertThat(catalog.currentVersion("1.001193").orElseThrow().name()).isEqualTo("Đăng ký khai sinh");
    }

    @Test
    void agencyAdministratorManagesTheirOwnCommunesProcedureButNotTheNeighbours() {
        String code = "XA.TB." + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var created = mvc.post().uri("/api/v1/procedures").with(httpBasic("quantri.xa", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(procedureJson(code, ward("04789"), "Xác nhận đơn thử nghiệm"))
                .exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED).bodyJson().extractingPath("$.draft.number").asNumber().isEqualTo(1);
        assertThat(created).bodyJson().extractingPath("$.codeStandard").isEqualTo(false);
        // A draft is not public.
        assertThat(mvc.get().uri("/api/v1/procedures/{code}", code)).hasStatus(HttpStatus.NOT_FOUND);

        assertThat(mvc.post().uri("/api/v1/procedures/{code}/publication", code).with(httpBasic("quantri.xa", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("{}")).hasStatusOk()
                .bodyJson().extractingPath("$.current.number").asNumber().isEqualTo(1);
        assertThat(mvc.get().uri("/api/v1/procedures/{code}", code)).hasStatusOk()
                .bodyJson().extractingPath("$.name").isEqualTo("Xác nhận đơn thử nghiệm");

        String neighbours = "XA.TH." + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        assertThat(mvc.post().uri("/api/v1/procedures").with(httpBasic("quantri.xa", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content(procedureJson(neighbours, ward("04792"), "Thủ tục của xã khác")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'procedure.published' "
                + "and object_id = ?", Integer.class, code)).isEqualTo(1);
    }

    @Test
    void publishingANewVersionKeepsTheOldOneReadableAndClosesItsPeriod() {
        String code = "XA.V." + UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        var admin = httpBasic("admin", PASSWORD);
        mvc.post().uri("/api/v1/procedures").with(admin).contentType(MediaType.APPLICATION_JSON)
                .content(procedureJson(code, ward("04789"), "Phiên bản một")).exchange();
        mvc.post().uri("/api/v1/procedures/{code}/publication", code).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"effectiveFrom\":\"2025-07-01\"}").exchange();
        var first = catalog.currentVersion(code).orElseThrow();

        assertThat(mvc.put().uri("/api/v1/procedures/{code}/draft", code).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content(procedureJson(code, ward("04789"), "Phiên bản hai"))).hasStatusOk()
                .bodyJson().extractingPath("$.draft.number").asNumber().isEqualTo(2);
        // The public still sees version 1 until the draft is published.
        assertThat(catalog.currentVersion(code).orElseThrow().name()).isEqualTo("Phiên bản một");
        mvc.post().uri("/api/v1/procedures/{code}/publication", code).with(admin).contentType(MediaType.APPLICATION_JSON)
                .content("{\"effectiveFrom\":\"2025-09-01\"}").exchange();

        assertThat(catalog.currentVersion(code).orElseThrow().name()).isEqualTo("Phiên bản hai");
        var old = catalog.version(first.id()).orElseThrow();
        assertThat(old.name()).isEqualTo("Phiên bản một");
        assertThat(old.status()).isEqualTo("SUPERSEDED");
        assertThat(old.effectiveTo()).isEqualTo(java.time.LocalDate.of(2025, 8, 31));
    }

    @Test
    void badInputIsRejectedFieldByFieldAndNothingIsSaved() {
        int before = jdbc.queryForObject("select count(*) from catalog_procedure", Integer.class);
        var rejected = mvc.post().uri("/api/v1/procedures").with(httpBasic("admin", PASSWORD))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"code":"1.001193 bad","managingAgencyId":"%s","name":"","fieldCode":"HO_TICH","levelCode":"COMMUNE",
                         "applicants":"Công dân","competentAuthority":"UBND cấp xã","timeAmount":"ba","timeUnit":"WORKING_DAYS",
                         "resultType":"Giấy","legalBasis":"Luật","onlineService":"TOAN_TRINH",
                         "components":[{"name":"Tờ khai","originals":"1","copies":"-1"}],
                         "fees":[{"kind":"LE_PHI","description":"Lệ phí","amount":"mười nghìn"}]}
                        """.formatted(ward("04789"))).exchange();

        assertThat(rejected).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code").isEqualTo("CAT_INVALID_CODE");
        assertThat(rejected).bodyJson().extractingPath("$.errors[*].field").asArray()
                .contains("code", "name", "timeAmount", "components[0].copies", "fees[0].amount");
        assertThat(jdbc.queryForObject("select count(*) from catalog_procedure", Integer.class)).isEqualTo(before);
    }

    @Test
    void procedureChangesNeedSignIn() {
        assertThat(mvc.post().uri("/api/v1/procedures").contentType(MediaType.APPLICATION_JSON).content("{}"))
                .hasStatus(HttpStatus.UNAUTHORIZED);
        assertThat(mvc.get().uri("/api/v1/procedures/1.001193/versions")).hasStatus(HttpStatus.UNAUTHORIZED);
    }

    private UUID ward(String unitCode) {
        return directory.agenciesOfUnit(unitCode).getFirst().id().value();
    }

    private static String procedureJson(String code, UUID managingAgency, String name) {
        return """
                {"code":"%s","managingAgencyId":"%s","name":"%s","fieldCode":"HO_TICH","levelCode":"COMMUNE",
                 "applicants":"Công dân cư trú trên địa bàn","competentAuthority":"Ủy ban nhân dân phường",
                 "timeAmount":"3","timeUnit":"WORKING_DAYS","cutoff":"15:00","resultType":"Văn bản xác nhận",
                 "legalBasis":"Luật Hộ tịch 2014","onlineService":"MOT_PHAN",
                 "components":[{"name":"Đơn đề nghị","required":true,"originals":"1","copies":"0"}],
                 "fees":[{"kind":"LE_PHI","description":"Lệ phí","amount":"10.000"}]}
                """.formatted(code, managingAgency, name);
    }
}
