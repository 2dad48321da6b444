package vn.openprovince.catalog.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.catalog.DossierComponent;
import vn.openprovince.catalog.Fee;
import vn.openprovince.catalog.FeeKind;
import vn.openprovince.catalog.FormTemplateId;
import vn.openprovince.catalog.OnlineService;
import vn.openprovince.catalog.ProcessingTime;
import vn.openprovince.catalog.ProcessingTimeUnit;
import vn.openprovince.organization.AgencySummary;
import vn.openprovince.organization.OrganizationDirectory;

/**
 * Loads about 40 sample procedures into an empty catalogue in demo mode, each flagged as sample data
 * (shown as "Dữ liệu mẫu"): their codes, times, fees and legal bases are plausible but unverified.
 * Components marked as forms get a generated sample template (DOCX) to download.
 */
@Component
@Order(30)
@ConditionalOnBooleanProperty("openprovince.demo-data")
class DemoProcedures implements ApplicationRunner {

    /** The demo province (Hòa Bình, GSO code 17), whose departments manage the sample procedures. */
    private static final String PROVINCE_UNIT = "17";
    /** The commune of the demo commune officials (chuyenvien.xa, lanhdao.xa, motcua.xa). */
    private static final String DEMO_COMMUNE_UNIT = "04789";
    /** Đăng ký khai sinh: settled by the demo commune (the other commune-level samples keep the managing agency). */
    private static final String BIRTH_REGISTRATION = "1.001193";
    private static final LocalDate EFFECTIVE_FROM = LocalDate.of(2025, 7, 1);
    private static final Logger log = LoggerFactory.getLogger(DemoProcedures.class);

    private final Procedures procedures;
    private final FormTemplateFiles templates;
    private final OrganizationDirectory directory;
    private final AuditTrail audit;

    DemoProcedures(Procedures procedures, FormTemplateFiles templates, OrganizationDirectory directory, AuditTrail audit) {
        this.procedures = procedures;
        this.templates = templates;
        this.directory = directory;
        this.audit = audit;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (procedures.count() > 0) {
            return;
        }
        Map<String, UUID> provincial = new HashMap<>();
        for (AgencySummary agency : directory.agenciesOfUnit(PROVINCE_UNIT)) {
            provincial.putIfAbsent(agency.abbreviation(), agency.id().value());
        }
        UUID serviceCentre = provincial.get("TTPVHCC");
        if (serviceCentre == null) {
            log.warn("Sample procedures not loaded: the demo organisation has no provincial service centre");
            return;
        }
        // The demo commune's People's Committee settles the sample birth registration:
        // its specialist and leader get the steps, while any centre of the province (here the provincial one)
        // receives them (DOMAIN §3.2).
        UUID demoCommune = directory.agenciesOfUnit(DEMO_COMMUNE_UNIT).stream().map(a -> a.id().value()).findFirst()
                .orElse(null);
        var rule = ProcedureCodeRule.lenient();
        var now = Clock.systemUTC().instant();
        Map<String, FormTemplateId> forms = new HashMap<>();
        var file = read();
        for (var entry : file.procedures()) {
            UUID managing = Optional.ofNullable(provincial.get(entry.managingAgency())).orElse(provincial.get("VP"));
            var components = entry.components().stream().map(c -> new DossierComponent(c.name(), c.required(),
                    c.originals(), c.copies(), c.form() ? forms.computeIfAbsent(c.name(), this::sampleForm) : null,
                    c.form() ? fileName(c.name()) : null, c.eform())).toList();
            var content = new ProcedureContent(entry.name(), entry.field(), entry.level(), entry.applicants(),
                    entry.competentAuthority(),
                    BIRTH_REGISTRATION.equals(entry.code()) && demoCommune != null ? List.of(demoCommune) : List.of(),
                    List.of(serviceCentre), receivingPlaces(entry.level()),
                    entry.steps(), entry.conditions(),
                    new ProcessingTime(entry.timeAmount(), ProcessingTimeUnit.valueOf(entry.timeUnit()),
                            entry.cutoff() == null ? null : LocalTime.parse(entry.cutoff()), entry.timeNote()),
                    entry.fees().stream().map(f -> new Fee(FeeKind.valueOf(f.kind()), f.description(), f.amount())).toList(),
                    components, entry.resultType(), entry.electronicResult(), entry.legalBasis(),
                    OnlineService.valueOf(entry.onlineService()), null);
            var problems = ContentRules.check(content);
            if (!problems.isEmpty()) {
                throw new IllegalStateException("sample procedure " + entry.code() + " is invalid: " + problems);
            }
            var procedure = new Procedure(rule.check(entry.code()), managing, true, content, now);
            procedure.publish(EFFECTIVE_FROM, EFFECTIVE_FROM, now);
            procedures.save(procedure);
        }
        audit.record("demo-data.procedures-loaded", "Procedure", "sample", null,
                "%d sample procedures, %d form templates".formatted(file.procedures().size(), forms.size()));
        log.info("Sample procedure catalogue loaded: {} procedures (flagged as sample data)", file.procedures().size());
    }

    private static String receivingPlaces(String level) {
        return switch (level) {
            case "COMMUNE" -> "Bộ phận Một cửa (Trung tâm Phục vụ hành chính công) của Ủy ban nhân dân cấp xã; "
                    + "hoặc bất kỳ Trung tâm Phục vụ hành chính công nào trong tỉnh";
            case "DISTRICT" -> "Bộ phận Một cửa của Ủy ban nhân dân cấp huyện (từ 01/07/2025: cấp xã)";
            default -> "Trung tâm Phục vụ hành chính công tỉnh";
        };
    }

    /** A plain sample form: the national title, the form's name and lines to fill in. */
    private FormTemplateId sampleForm(String componentName) {
        try (var document = new XWPFDocument(); var out = new ByteArrayOutputStream()) {
            line(document, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", true, ParagraphAlignment.CENTER);
            line(document, "Độc lập - Tự do - Hạnh phúc", true, ParagraphAlignment.CENTER);
            line(document, "", false, ParagraphAlignment.LEFT);
            line(document, componentName.toUpperCase(java.util.Locale.forLanguageTag("vi")), true, ParagraphAlignment.CENTER);
            line(document, "(Mẫu minh họa — dữ liệu mẫu, không phải biểu mẫu chính thức)", false, ParagraphAlignment.CENTER);
            line(document, "", false, ParagraphAlignment.LEFT);
            line(document, "Kính gửi: ................................................................", false, ParagraphAlignment.LEFT);
            line(document, "Họ, chữ đệm, tên người yêu cầu: ..........................................", false, ParagraphAlignment.LEFT);
            line(document, "Số định danh cá nhân: ..................................................", false, ParagraphAlignment.LEFT);
            line(document, "Nơi cư trú: ............................................................", false, ParagraphAlignment.LEFT);
            line(document, "Nội dung đề nghị: ......................................................", false, ParagraphAlignment.LEFT);
            line(document, "", false, ParagraphAlignment.LEFT);
            line(document, "Làm tại ............, ngày ..... tháng ..... năm ........", false, ParagraphAlignment.RIGHT);
            line(document, "Người yêu cầu (ký, ghi rõ họ tên)", true, ParagraphAlignment.RIGHT);
            document.write(out);
            byte[] content = out.toByteArray();
            var saved = templates.save(new FormTemplateFile(fileName(componentName),
                    CatalogService.TEMPLATE_TYPES.get("docx"), content, CatalogService.sha256(content),
                    Clock.systemUTC().instant()));
            return new FormTemplateId(saved.id());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void line(XWPFDocument document, String text, boolean bold, ParagraphAlignment alignment) {
        var paragraph = document.createParagraph();
        paragraph.setAlignment(alignment);
        var run = paragraph.createRun();
        run.setFontFamily("Times New Roman");
        run.setFontSize(13);
        run.setBold(bold);
        run.setText(text);
    }

    /** "Tờ khai đăng ký khai sinh theo mẫu" → "to-khai-dang-ky-khai-sinh.docx". */
    static String fileName(String componentName) {
        String slug = vn.openprovince.organization.VietnameseText.fold(componentName.replace(" theo mẫu", ""))
                .replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
        return (slug.length() > 60 ? slug.substring(0, 60).replaceAll("-$", "") : slug) + ".docx";
    }

    private static SampleFile read() {
        try (InputStream in = new ClassPathResource("seed/sample-procedures.json").getInputStream()) {
            return JsonMapper.builder().build().readValue(in, SampleFile.class);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    record SampleFile(String note, List<SampleProcedure> procedures) {
    }

    record SampleProcedure(String code, String name, String field, String level, String managingAgency,
                           String applicants, String competentAuthority, int timeAmount, String timeUnit, String cutoff,
                           String timeNote, List<SampleFee> fees, List<SampleComponent> components, String resultType,
                           boolean electronicResult, String legalBasis, String onlineService, String steps,
                           String conditions) {
    }

    record SampleFee(String kind, String description, long amount) {
    }

    record SampleComponent(String name, boolean required, int originals, int copies, boolean eform, boolean form) {
    }
}
