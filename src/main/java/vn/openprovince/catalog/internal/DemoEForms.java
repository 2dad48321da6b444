package vn.openprovince.catalog.internal;

import java.util.List;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.catalog.EFormField;
import vn.openprovince.catalog.EFormFieldType;

/** Sample e-forms for four sample procedures (birth, marriage and death registration, copy certification). */
@Component
@Order(31)
@ConditionalOnBooleanProperty("openprovince.demo-data")
class DemoEForms implements ApplicationRunner {

    private static final List<String> GENDERS = List.of("Nam", "Nữ");

    static final Map<String, List<EFormField>> FORMS = Map.of(
            "1.001193", List.of(
                    field("childName", "Họ, chữ đệm, tên của trẻ", EFormFieldType.TEXT, true),
                    field("childBirthDate", "Ngày sinh của trẻ", EFormFieldType.DATE, true),
                    new EFormField("childGender", "Giới tính", EFormFieldType.CHOICE, true, GENDERS),
                    field("birthPlace", "Nơi sinh", EFormFieldType.TEXT, true),
                    field("motherName", "Họ, chữ đệm, tên người mẹ", EFormFieldType.TEXT, true),
                    field("motherCitizenId", "Số CCCD của người mẹ", EFormFieldType.CITIZEN_ID, true),
                    field("fatherName", "Họ, chữ đệm, tên người cha", EFormFieldType.TEXT, false),
                    field("fatherCitizenId", "Số CCCD của người cha", EFormFieldType.CITIZEN_ID, false),
                    field("residence", "Nơi cư trú", EFormFieldType.ADDRESS, true)),
            "1.000894", List.of(
                    field("husbandName", "Họ, chữ đệm, tên bên nam", EFormFieldType.TEXT, true),
                    field("husbandCitizenId", "Số CCCD bên nam", EFormFieldType.CITIZEN_ID, true),
                    field("wifeName", "Họ, chữ đệm, tên bên nữ", EFormFieldType.TEXT, true),
                    field("wifeCitizenId", "Số CCCD bên nữ", EFormFieldType.CITIZEN_ID, true),
                    field("residence", "Nơi cư trú", EFormFieldType.ADDRESS, true)),
            "1.000656", List.of(
                    field("deceasedName", "Họ, chữ đệm, tên người chết", EFormFieldType.TEXT, true),
                    field("deceasedCitizenId", "Số CCCD người chết", EFormFieldType.CITIZEN_ID, false),
                    field("deathDate", "Ngày chết", EFormFieldType.DATE, true),
                    field("relationship", "Quan hệ với người chết", EFormFieldType.TEXT, true)),
            "MAU.HT.01", List.of(
                    field("content", "Nội dung đề nghị thay đổi, cải chính, bổ sung", EFormFieldType.TEXT, true),
                    field("copies", "Số bản trích lục đề nghị cấp", EFormFieldType.NUMBER, true)));

    private final EFormFieldDefinitions definitions;

    DemoEForms(EFormFieldDefinitions definitions) {
        this.definitions = definitions;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        FORMS.forEach((code, fields) -> {
            if (!definitions.existsByProcedureCode(code)) {
                for (int i = 0; i < fields.size(); i++) {
                    definitions.save(new EFormFieldDefinition(code, i, fields.get(i)));
                }
            }
        });
    }

    private static EFormField field(String name, String label, EFormFieldType type, boolean required) {
        return new EFormField(name, label, type, required, List.of());
    }
}
