package vn.openprovince.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import com.jayway.jsonpath.JsonPath;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import vn.openprovince.payment.internal.SandboxGateway;
import vn.openprovince.testing.CitizenDossiers;

/**
 * Financial obligations through the API and the pages: the officer's request, who sees what, the VietQR details,
 * the officer's confirmation (once, with the right amount), the sandbox gateway's signed and idempotent callback,
 * the receipt.
 */
@SpringBootTest
@AutoConfigureMockMvc
@RecordApplicationEvents
class PaymentApiTests {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    SandboxGateway sandbox;
    @Autowired
    ApplicationEvents events;
    @Autowired
    vn.openprovince.notification.Notifications notifications;

    CitizenDossiers dossiers;
    String code;
    UUID agency;
    String officer;

    @BeforeEach
    void aSubmittedDossier() {
        dossiers = new CitizenDossiers(mvc, jdbc);
        code = dossiers.submitAs("congdan");
        agency = dossiers.receivingAgency(code);
        officer = dossiers.oneStopOfficerOf(agency);
        assertThat(officer).as("a demo one-stop officer of the receiving agency").isNotNull();
    }

    private String request(String user, long... amounts) {
        var items = new StringBuilder();
        for (int i = 0; i < amounts.length; i++) {
            items.append(i == 0 ? "" : ",").append("{\"name\":\"Lệ phí đăng ký khai sinh %d\",\"amount\":%d}"
                    .formatted(i + 1, amounts[i]));
        }
        var created = mvc.post().uri("/api/v1/payments").with(httpBasic(user, "Demo@2026"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"dossierCode":"%s","payerAccountId":"%s","receivingAgencyId":"%s","items":[%s],
                         "dueDate":"2026-12-31","note":"Nộp trước khi nhận kết quả"}"""
                        .formatted(code, dossiers.account("congdan"), agency, items)).exchange();
        assertThat(created).hasStatus(HttpStatus.CREATED);
        return body(created, "$.id");
    }

    private static String body(MvcTestResult result, String path) {
        try {
            return JsonPath.read(result.getResponse().getContentAsString(StandardCharsets.UTF_8), path).toString();
        } catch (java.io.UnsupportedEncodingException e) {
            throw new IllegalStateException(e);
        }
    }

    private MvcTestResult confirm(String user, String id, String reference, long amount) {
        return mvc.post().uri("/api/v1/payments/{id}/confirmation", id).with(httpBasic(user, "Demo@2026"))
                .contentType(MediaType.APPLICATION_JSON)
                .content("{\"bankReference\":\"%s\",\"amount\":%d}".formatted(reference, amount)).exchange();
    }

    private int audits(String action, String id) {
        return jdbc.queryForObject("select count(*) from audit_entry where action = ? and object_id = ?", Integer.class,
                action, id);
    }

    @Test
    void theOfficerRequestsAndOnlyThePayerAndTheAgencysOfficersSeeIt() {
        String id = request(officer, 50_000, 8_000);

        var mine = mvc.get().uri("/api/v1/payments?dossier={code}", code).with(httpBasic("congdan", "Demo@2026")).exchange();
        assertThat(mine).hasStatusOk().bodyJson().extractingPath("$[0].total").isEqualTo(58_000);
        assertThat(mine).bodyJson().extractingPath("$[0].status").isEqualTo("PENDING");
        assertThat(mvc.get().uri("/api/v1/payments?dossier={code}", code).with(httpBasic(officer, "Demo@2026")))
                .hasStatusOk();
        assertThat(mvc.get().uri("/api/v1/payments/{id}", id).with(httpBasic("doanhnghiep", "Demo@2026")))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("PAYMENT_NOT_THE_PAYER");
        assertThat(mvc.get().uri("/api/v1/payments/{id}", id).with(httpBasic(dossiers.oneStopOfficerNotOf(agency), "Demo@2026")))
                .hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code").isEqualTo("PAYMENT_NOT_AN_OFFICER");
        assertThat(mvc.get().uri("/api/v1/payments/{id}", id).with(httpBasic("vanthu.tinh", "Demo@2026")))
                .hasStatus(HttpStatus.FORBIDDEN);
        assertThat(mvc.get().uri("/api/v1/payments/{id}", id)).hasStatus(HttpStatus.UNAUTHORIZED);

        assertThat(audits("payment.requested", id)).isEqualTo(1);
        UUID payer = dossiers.account("congdan");
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(notifications.inbox(payer)).anySatisfy(message -> assertThat(message.subject())
                        .isEqualTo("Yêu cầu thực hiện nghĩa vụ tài chính hồ sơ " + code)));
        assertThat(events.stream(PaymentRequested.class).filter(e -> e.paymentId().toString().equals(id))).hasSize(1);
    }

    @Test
    void aCitizenCannotRequestPaymentAndBadItemsAreRefused() {
        var byCitizen = mvc.post().uri("/api/v1/payments").with(httpBasic("congdan", "Demo@2026"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"dossierCode":"%s","payerAccountId":"%s","receivingAgencyId":"%s",
                         "items":[{"name":"Lệ phí","amount":50000}]}""".formatted(code, dossiers.account("congdan"), agency))
                .exchange();
        assertThat(byCitizen).hasStatus(HttpStatus.FORBIDDEN).bodyJson().extractingPath("$.code")
                .isEqualTo("PAYMENT_NOT_AN_OFFICER");
        var negative = mvc.post().uri("/api/v1/payments").with(httpBasic(officer, "Demo@2026"))
                .contentType(MediaType.APPLICATION_JSON).content("""
                        {"dossierCode":"%s","payerAccountId":"%s","receivingAgencyId":"%s",
                         "items":[{"name":"Lệ phí","amount":-5}]}""".formatted(code, dossiers.account("congdan"), agency))
                .exchange();
        assertThat(negative).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("PAYMENT_INVALID_ITEM");
        assertThat(negative).bodyJson().extractingPath("$.detail").asString().contains("số nguyên dương");
        assertThat(jdbc.queryForObject("select count(*) from payment_obligation where dossier_code = ?", Integer.class, code))
                .isZero();
    }

    @Test
    void thePayerGetsAVietQrPayloadForTheAgencysAccountWithTheDossierCodeAsReference() {
        String id = request(officer, 50_000);
        var transfer = mvc.get().uri("/api/v1/payments/{id}/transfer", id).with(httpBasic("congdan", "Demo@2026")).exchange();
        assertThat(transfer).hasStatusOk();
        String payload = body(transfer, "$.payload");
        String note = body(transfer, "$.transferNote");
        assertThat(code).endsWith(note);
        assertThat(payload).startsWith("000201010212").contains("0010A000000727").contains("0208QRIBFTTA")
                .contains("5303704").contains("540550000").contains("5802VN").contains(note);
        assertThat(body(transfer, "$.sample")).isEqualTo("true");
    }

    @Test
    void anAdministratorSetsTheAgencysBankAccountAndTheQrPaysIntoIt() {
        String id = request(officer, 20_000);
        String account = """
                {"bankBin":"970418","bankName":"BIDV","accountNumber":"21510001234567","accountName":"TTPVHCC","sample":false}""";
        try {
            assertThat(mvc.put().uri("/api/v1/payments/bank-accounts/{agency}", agency).with(httpBasic("congdan", "Demo@2026"))
                    .contentType(MediaType.APPLICATION_JSON).content(account)).hasStatus(HttpStatus.FORBIDDEN);
            assertThat(mvc.put().uri("/api/v1/payments/bank-accounts/{agency}", agency).with(httpBasic(officer, "Demo@2026"))
                    .contentType(MediaType.APPLICATION_JSON).content(account)).hasStatus(HttpStatus.FORBIDDEN)
                    .bodyJson().extractingPath("$.code").isEqualTo("PAYMENT_NOT_AN_ADMINISTRATOR");
            assertThat(mvc.put().uri("/api/v1/payments/bank-accounts/{agency}", agency).with(httpBasic("admin", "Demo@2026"))
                    .contentType(MediaType.APPLICATION_JSON).content(account.replace("970418", "97041")))
                    .hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                    .isEqualTo("PAYMENT_INVALID_BANK_ACCOUNT");
            assertThat(mvc.put().uri("/api/v1/payments/bank-accounts/{agency}", agency).with(httpBasic("admin", "Demo@2026"))
                    .contentType(MediaType.APPLICATION_JSON).content(account)).hasStatusOk();

            var transfer = mvc.get().uri("/api/v1/payments/{id}/transfer", id).with(httpBasic("congdan", "Demo@2026")).exchange();
            assertThat(body(transfer, "$.payload")).contains("0006970418" + "011421510001234567").contains("540520000");
            assertThat(body(transfer, "$.sample")).isEqualTo("false");
            assertThat(jdbc.queryForObject("select count(*) from audit_entry where action = 'payment.account-set' and object_id = ?",
                    Integer.class, agency.toString())).isPositive();
        } finally {
            jdbc.update("delete from payment_beneficiary where agency_id = ?", agency); // other tests expect the demo account
        }
    }

    @Test
    void theOfficerConfirmsOnceWithTheRightAmountAndTheReceiptIsIssued() throws Exception {
        String id = request(officer, 50_000);

        var wrongAmount = confirm(officer, id, "FT2633500001", 5_000);
        assertThat(wrongAmount).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("PAYMENT_AMOUNT_MISMATCH");
        assertThat(wrongAmount).bodyJson().extractingPath("$.detail").asString().contains("5.000 đ").contains("50.000 đ");
        assertThat(confirm(officer, id, " ", 50_000)).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson()
                .extractingPath("$.code").isEqualTo("PAYMENT_BANK_REFERENCE_REQUIRED");
        assertThat(confirm("congdan", id, "FT2633500001", 50_000)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(confirm(dossiers.oneStopOfficerNotOf(agency), id, "FT2633500001", 50_000)).hasStatus(HttpStatus.FORBIDDEN);
        assertThat(jdbc.queryForObject("select status from payment_obligation where id = ?", String.class, UUID.fromString(id)))
                .isEqualTo("PENDING");
        assertThat(mvc.get().uri("/api/v1/payments/{id}/receipt", id).with(httpBasic("congdan", "Demo@2026")))
                .hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("PAYMENT_NOT_PAID");

        var confirmed = confirm(officer, id, "FT2633500001", 50_000);
        assertThat(confirmed).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("PAID");
        assertThat(confirmed).bodyJson().extractingPath("$.method").isEqualTo("BANK_TRANSFER");
        assertThat(body(confirmed, "$.receiptNumber")).matches("BL-\\d{4}-\\d{6}");

        var twice = confirm(officer, id, "FT2633500002", 50_000);
        assertThat(twice).hasStatus(HttpStatus.CONFLICT).bodyJson().extractingPath("$.code").isEqualTo("PAYMENT_ALREADY_PAID");
        assertThat(twice).bodyJson().extractingPath("$.detail").asString().contains("đã được thanh toán");
        assertThat(jdbc.queryForObject("select reference from payment_obligation where id = ?", String.class, UUID.fromString(id)))
                .isEqualTo("FT2633500001");
        assertThat(audits("payment.paid", id)).isEqualTo(1);
        assertThat(events.stream(PaymentConfirmed.class).filter(e -> e.paymentId().toString().equals(id)))
                .singleElement().satisfies(e -> {
                    assertThat(e.dossierCode()).isEqualTo(code);
                    assertThat(e.amount()).isEqualTo(50_000);
                    assertThat(e.method()).isEqualTo(PaymentMethod.BANK_TRANSFER);
                });

        var receipt = mvc.get().uri("/api/v1/payments/{id}/receipt", id).with(httpBasic("congdan", "Demo@2026")).exchange();
        assertThat(receipt).hasStatusOk().hasContentType(MediaType.APPLICATION_PDF);
        try (var pdf = Loader.loadPDF(receipt.getResponse().getContentAsByteArray())) {
            String text = new PDFTextStripper().getText(pdf);
            assertThat(text).contains("BIÊN LAI THU PHÍ, LỆ PHÍ").contains(code).contains("50.000 đ")
                    .contains("Năm mươi nghìn đồng").contains("Nguyễn Văn An").contains("FT2633500001")
                    .contains("Lệ phí đăng ký khai sinh 1").doesNotContain("THỬ NGHIỆM");
        }
    }

    @Test
    void theOfficersQueueListsPendingTransfersOfTheirAgencyPaged() {
        String id = request(officer, 30_000);
        var page = mvc.get().uri("/api/v1/payments/pending?size=100").with(httpBasic(officer, "Demo@2026")).exchange();
        assertThat(page).hasStatusOk().bodyJson().extractingPath("$.content[*].id").asArray().contains(id);
        assertThat(page).bodyJson().extractingPath("$.page.size").isEqualTo(100);
        assertThat(mvc.get().uri("/api/v1/payments/pending").with(httpBasic(dossiers.oneStopOfficerNotOf(agency), "Demo@2026")))
                .hasStatusOk().bodyJson().extractingPath("$.content[*].id").asArray().doesNotContain(id);
        assertThat(mvc.get().uri("/api/v1/payments/pending").with(httpBasic("congdan", "Demo@2026")))
                .hasStatus(HttpStatus.FORBIDDEN);

        var session = dossiers.signInOfficial(officer);
        assertThat(mvc.get().uri("/thanh-toan/cho-xac-nhan").session(session)).hasStatusOk().bodyText()
                .contains("Chuyển khoản chờ xác nhận").contains(code).contains("30.000 đ");
        assertThat(mvc.post().uri("/thanh-toan/{id}/xac-nhan", id).session(session).with(csrf())
                .param("bankReference", "FT1").param("amount", "3.000")).hasStatus3xxRedirection()
                .flash().containsKey("problem");
        assertThat(mvc.post().uri("/thanh-toan/{id}/xac-nhan", id).session(session).with(csrf())
                .param("bankReference", "FT1").param("amount", "30.000")).hasStatus3xxRedirection()
                .flash().containsKey("flash");
        assertThat(jdbc.queryForObject("select status from payment_obligation where id = ?", String.class, UUID.fromString(id)))
                .isEqualTo("PAID");
    }

    private Map<String, String> notice(String transactionRef, long amount, String responseCode) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("txnRef", transactionRef);
        parameters.put("amount", Long.toString(amount));
        parameters.put("responseCode", responseCode);
        parameters.put("transactionNo", "SB-" + transactionRef);
        return parameters;
    }

    private MvcTestResult callback(Map<String, String> parameters) {
        var request = mvc.post().uri("/api/v1/payments/sandbox/callback").contentType(MediaType.APPLICATION_FORM_URLENCODED);
        for (var entry : parameters.entrySet()) {
            request = request.param(entry.getKey(), entry.getValue());
        }
        return request.exchange();
    }

    /** Starts a sandbox checkout on the citizen's page and returns the transaction reference the gateway got. */
    private String startSandbox(org.springframework.mock.web.MockHttpSession citizen, String id) {
        var redirect = mvc.post().uri("/cong-dich-vu-cong/ca-nhan/nghia-vu-tai-chinh/thanh-toan/{id}/thu-nghiem", id)
                .session(citizen).with(csrf()).exchange();
        assertThat(redirect).hasStatus3xxRedirection();
        String location = redirect.getResponse().getRedirectedUrl();
        assertThat(location).startsWith(SandboxGateway.PAGE);
        var page = mvc.get().uri(java.net.URI.create(location)).session(citizen).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Môi trường thử nghiệm — không phải thanh toán thật")
                .contains("50.000 đ");
        return org.springframework.web.util.UriComponentsBuilder.fromUriString(location).build().getQueryParams()
                .getFirst("txnRef");
    }

    @Test
    void theSandboxCallbackIsVerifiedCheckedAndAppliedOnce() throws Exception {
        String id = request(officer, 50_000);
        var citizen = dossiers.signIn("congdan");
        String reference = startSandbox(citizen, id);

        var forged = new LinkedHashMap<>(sandbox.sign(notice(reference, 50_000, "00")));
        forged.put("signature", "0".repeat(64));
        assertThat(callback(forged)).hasStatus(HttpStatus.BAD_REQUEST).bodyJson().extractingPath("$.code")
                .isEqualTo("PAYMENT_BAD_SIGNATURE");
        var wrongAmount = callback(sandbox.sign(notice(reference, 5_000, "00")));
        assertThat(wrongAmount).hasStatus(HttpStatus.UNPROCESSABLE_CONTENT).bodyJson().extractingPath("$.code")
                .isEqualTo("PAYMENT_AMOUNT_MISMATCH");
        assertThat(callback(sandbox.sign(notice("NOSUCHREF", 50_000, "00")))).hasStatus(HttpStatus.NOT_FOUND);
        assertThat(jdbc.queryForObject("select status from payment_obligation where id = ?", String.class, UUID.fromString(id)))
                .isEqualTo("PENDING");

        var paid = callback(sandbox.sign(notice(reference, 50_000, "00")));
        assertThat(paid).hasStatusOk().bodyJson().extractingPath("$.status").isEqualTo("PAID");
        assertThat(paid).bodyJson().extractingPath("$.replayed").isEqualTo(false);
        var replay = callback(sandbox.sign(notice(reference, 50_000, "00")));
        assertThat(replay).hasStatusOk().bodyJson().extractingPath("$.replayed").isEqualTo(true);
        assertThat(audits("payment.paid", id)).isEqualTo(1);
        assertThat(events.stream(PaymentConfirmed.class).filter(e -> e.paymentId().toString().equals(id)))
                .singleElement().satisfies(e -> assertThat(e.method()).isEqualTo(PaymentMethod.SANDBOX_GATEWAY));

        // The payer coming back with the same signed result sees it paid; nothing is applied twice.
        var back = mvc.get().uri("/cong-dich-vu-cong/ca-nhan/nghia-vu-tai-chinh/ket-qua");
        for (var entry : sandbox.sign(notice(reference, 50_000, "00")).entrySet()) {
            back = back.param(entry.getKey(), entry.getValue());
        }
        var returned = back.session(citizen).exchange();
        assertThat(returned).hasStatus3xxRedirection().flash().containsKey("flash");
        assertThat(audits("payment.paid", id)).isEqualTo(1);

        var receipt = mvc.get().uri("/cong-dich-vu-cong/ca-nhan/nghia-vu-tai-chinh/bien-lai/{id}", id).session(citizen).exchange();
        try (var pdf = Loader.loadPDF(receipt.getResponse().getContentAsByteArray())) {
            assertThat(new PDFTextStripper().getText(pdf)).contains("KHÔNG PHẢI THANH TOÁN THẬT").contains(code);
        }
    }

    @Test
    void theSandboxPagesPayOrCancelAndTheDossierPageShowsTheResult() {
        String id = request(officer, 50_000);
        var citizen = dossiers.signIn("congdan");

        var page = mvc.get().uri("/cong-dich-vu-cong/ca-nhan/nghia-vu-tai-chinh/{code}", code).session(citizen).exchange();
        assertThat(page).hasStatusOk().bodyText().contains("Nghĩa vụ tài chính").contains("50.000 đ")
                .contains("Năm mươi nghìn đồng").contains("Chuyển khoản bằng VietQR")
                .contains("Môi trường thử nghiệm — không phải thanh toán thật").contains("Tài khoản mẫu");
        assertThat(mvc.get().uri("/cong-dich-vu-cong/ca-nhan/nghia-vu-tai-chinh/{code}", code)
                .session(dossiers.signIn("doanhnghiep"))).hasStatus(HttpStatus.FORBIDDEN);

        // Cancel first: still pending.
        String first = startSandbox(citizen, id);
        var cancelled = choose(citizen, first, "cancel");
        assertThat(cancelled).hasStatus3xxRedirection();
        assertThat(mvc.get().uri(java.net.URI.create(cancelled.getResponse().getRedirectedUrl())).session(citizen)).hasStatus3xxRedirection()
                .flash().containsKey("problem");
        assertThat(jdbc.queryForObject("select status from payment_obligation where id = ?", String.class, UUID.fromString(id)))
                .isEqualTo("PENDING");

        // Then pay.
        String second = startSandbox(citizen, id);
        var paid = choose(citizen, second, "pay");
        assertThat(paid).hasStatus3xxRedirection();
        assertThat(jdbc.queryForObject("select status from payment_obligation where id = ?", String.class, UUID.fromString(id)))
                .isEqualTo("PAID");
        assertThat(mvc.get().uri(java.net.URI.create(paid.getResponse().getRedirectedUrl())).session(citizen)).hasStatus3xxRedirection();
        assertThat(mvc.get().uri("/cong-dich-vu-cong/ca-nhan/nghia-vu-tai-chinh/{code}", code).session(citizen))
                .hasStatusOk().bodyText().contains("Đã thanh toán").contains("Tải biên lai");
        assertThat(mvc.get().uri("/cong-dich-vu-cong/ca-nhan/nghia-vu-tai-chinh").session(citizen)).hasStatusOk()
                .bodyText().contains(code);
    }

    /** Posts the payer's choice on the sandbox page, with the order the page carries. */
    private MvcTestResult choose(org.springframework.mock.web.MockHttpSession citizen, String reference, String choice) {
        var order = new LinkedHashMap<String, String>();
        order.put("txnRef", reference);
        order.put("amount", "50000");
        order.put("orderInfo", "Thanh toan ho so " + code);
        order.put("returnUrl", "/cong-dich-vu-cong/ca-nhan/nghia-vu-tai-chinh/ket-qua");
        var request = mvc.post().uri(SandboxGateway.PAGE).session(citizen).with(csrf()).param("choice", choice);
        for (var entry : sandbox.sign(order).entrySet()) {
            request = request.param(entry.getKey(), entry.getValue());
        }
        return request.exchange();
    }
}
