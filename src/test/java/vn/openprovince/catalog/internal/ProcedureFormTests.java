package vn.openprovince.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import vn.openprovince.catalog.CatalogError;
import vn.openprovince.catalog.CatalogException.Violation;
import vn.openprovince.catalog.OnlineService;
import vn.openprovince.catalog.ProcessingTimeUnit;

/** What an administrator types, in the form or in an Excel row, becomes content or errors at each field. */
class ProcedureFormTests {

    @Test
    void aCompleteRowBecomesContent() {
        var form = valid();
        var found = new ArrayList<Violation>();

        var content = form.content(found);

        assertThat(found).isEmpty();
        assertThat(content.processingTime().amount()).isZero();
        assertThat(content.processingTime().unit()).isEqualTo(ProcessingTimeUnit.WORKING_DAYS);
        assertThat(content.processingTime().cutoff()).isEqualTo(LocalTime.of(15, 0));
        assertThat(content.fees().getFirst().amount()).isEqualTo(1_250_000);
        assertThat(content.components()).hasSize(1);
    }

    @Test
    void amountsAreReadAsPeopleWriteThem() {
        for (String written : new String[] {"1.250.000", "1250000", "1 250 000 đ", "1,250,000", "1.250.000 VND"}) {
            var form = valid();
            form.getFees().getFirst().setAmount(written);
            assertThat(form.content(new ArrayList<>()).fees().getFirst().amount()).as(written).isEqualTo(1_250_000);
        }
    }

    @Test
    void blankRowsAreIgnoredSoTheFormCanOfferSpareOnes() {
        var form = valid().withSpareRows(3);
        var content = form.content(new ArrayList<>());
        assertThat(content.components()).hasSize(1);
        assertThat(content.fees()).hasSize(1);
    }

    @Test
    void everyBadValueIsReportedAtItsOwnFieldAndRow() {
        var form = valid().withSpareRows(1);
        form.setName(" ");
        form.setTimeAmount("ba ngày");
        form.setCutoff("25:99");
        form.setLegacyLevel("4");
        form.setOnlineService("MOT_PHAN");
        var second = new ProcedureForm.ComponentRow();
        second.setName("Giấy chứng sinh");
        second.setCopies("hai");
        form.getComponents().set(1, second);
        form.getFees().getFirst().setAmount("-1");
        form.getFees().getFirst().setKind("THUE");
        var found = new ArrayList<Violation>();

        form.content(found);

        assertThat(found).extracting(Violation::field).containsExactlyInAnyOrder("timeAmount", "cutoff", "components[1].copies",
                "fees[0].kind", "fees[0].amount", "name", "legacyLevel");
        assertThat(found).filteredOn(v -> v.field().equals("legacyLevel")).extracting(Violation::error)
                .containsExactly(CatalogError.CAT_LEGACY_LEVEL_MISMATCH);
    }

    @Test
    void aRowWithOnlyTheLegacyLevelGetsTheCurrentClassification() {
        var form = valid();
        form.setOnlineService("");
        form.setLegacyLevel("3");
        assertThat(form.content(new ArrayList<>()).onlineService()).isEqualTo(OnlineService.MOT_PHAN);
        form.setLegacyLevel("");
        assertThat(form.content(new ArrayList<>()).onlineService()).isEqualTo(OnlineService.NONE);
    }

    @Test
    void aProcedureNeedsAtLeastOneComponent() {
        var form = valid();
        form.setComponents(List.of());
        var found = new ArrayList<Violation>();
        form.content(found);
        assertThat(found).extracting(Violation::error).containsExactly(CatalogError.CAT_COMPONENTS_REQUIRED);
    }

    private static ProcedureForm valid() {
        var form = new ProcedureForm();
        form.setCode("1.001193");
        form.setName("Đăng ký khai sinh");
        form.setFieldCode("HO_TICH");
        form.setLevelCode("COMMUNE");
        form.setApplicants("Cha, mẹ của trẻ em");
        form.setCompetentAuthority("Ủy ban nhân dân cấp xã");
        form.setTimeAmount("0");
        form.setTimeUnit("WORKING_DAYS");
        form.setCutoff("15:00");
        form.setResultType("Giấy khai sinh");
        form.setLegalBasis("Luật Hộ tịch 2014");
        form.setOnlineService("TOAN_TRINH");
        var component = new ProcedureForm.ComponentRow();
        component.setName("Tờ khai đăng ký khai sinh");
        component.setOriginals("1");
        form.getComponents().add(component);
        var fee = new ProcedureForm.FeeRow();
        fee.setDescription("Lệ phí");
        fee.setAmount("1.250.000");
        form.getFees().add(fee);
        return form;
    }
}
