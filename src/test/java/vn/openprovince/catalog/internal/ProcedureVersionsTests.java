package vn.openprovince.catalog.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.openprovince.catalog.CatalogError;
import vn.openprovince.catalog.CatalogException;
import vn.openprovince.catalog.DossierComponent;
import vn.openprovince.catalog.OnlineService;
import vn.openprovince.catalog.ProcessingTime;
import vn.openprovince.catalog.ProcessingTimeUnit;

/** A published version never changes; a new draft supersedes it on publication and closes its period. */
class ProcedureVersionsTests {

    private static final Instant NOW = Instant.parse("2025-09-01T02:00:00Z");
    private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

    @Test
    void firstVersionIsADraftUntilPublished() {
        var procedure = birthRegistration("Đăng ký khai sinh");

        assertThat(procedure.published()).isFalse();
        assertThat(procedure.draft()).isPresent();

        var event = procedure.publish(LocalDate.of(2025, 7, 1), TODAY, NOW);

        assertThat(procedure.published()).isTrue();
        assertThat(procedure.draft()).isEmpty();
        assertThat(event.number()).isEqualTo(1);
        assertThat(event.previous()).isNull();
        assertThat(procedure.current().orElseThrow().details("Hộ tịch").effectiveFrom()).isEqualTo(LocalDate.of(2025, 7, 1));
    }

    @Test
    void editingAPublishedProcedureOpensTheNextVersionAndLeavesTheCurrentOneAlone() {
        var procedure = birthRegistration("Đăng ký khai sinh");
        procedure.publish(LocalDate.of(2025, 7, 1), TODAY, NOW);

        var draft = procedure.reviseDraft(content("Đăng ký khai sinh (sửa đổi)"), NOW);

        assertThat(draft.number()).isEqualTo(2);
        assertThat(procedure.current().orElseThrow().name()).isEqualTo("Đăng ký khai sinh");
        assertThat(procedure.name()).isEqualTo("Đăng ký khai sinh");
    }

    @Test
    void publishingSupersedesThePreviousVersionTheDayBefore() {
        var procedure = birthRegistration("Phiên bản 1");
        procedure.publish(LocalDate.of(2025, 7, 1), TODAY, NOW);
        var first = procedure.current().orElseThrow();
        procedure.reviseDraft(content("Phiên bản 2"), NOW);

        var event = procedure.publish(LocalDate.of(2025, 8, 15), TODAY, NOW);

        assertThat(first.status()).isEqualTo(VersionStatus.SUPERSEDED);
        assertThat(first.details(null).effectiveTo()).isEqualTo(LocalDate.of(2025, 8, 14));
        assertThat(event.previous().value()).isEqualTo(first.id());
        assertThat(procedure.name()).isEqualTo("Phiên bản 2");
    }

    @Test
    void aPublishedVersionCannotBeRevised() {
        var procedure = birthRegistration("Phiên bản 1");
        procedure.publish(LocalDate.of(2025, 7, 1), TODAY, NOW);

        assertThatThrownBy(() -> procedure.current().orElseThrow().revise(content("Sửa trộm")))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.error()).isEqualTo(CatalogError.CAT_VERSION_NOT_DRAFT));
    }

    @Test
    void publishingNeedsADraftAndADateAfterThePreviousOneAndNotInTheFuture() {
        var procedure = birthRegistration("Phiên bản 1");
        assertThatThrownBy(() -> procedure.publish(TODAY.plusDays(1), TODAY, NOW))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.error()).isEqualTo(CatalogError.CAT_INVALID_EFFECTIVE_DATE));
        procedure.publish(LocalDate.of(2025, 7, 1), TODAY, NOW);

        assertThatThrownBy(() -> procedure.publish(TODAY, TODAY, NOW)).isInstanceOfSatisfying(CatalogException.class,
                e -> assertThat(e.error()).isEqualTo(CatalogError.CAT_NO_DRAFT));
        procedure.reviseDraft(content("Phiên bản 2"), NOW);
        assertThatThrownBy(() -> procedure.publish(LocalDate.of(2025, 7, 1), TODAY, NOW))
                .isInstanceOfSatisfying(CatalogException.class,
                        e -> assertThat(e.error()).isEqualTo(CatalogError.CAT_INVALID_EFFECTIVE_DATE));
        assertThat(procedure.current().orElseThrow().name()).isEqualTo("Phiên bản 1");
    }

    @Test
    void searchTextIsFoldedFromCodeAndName() {
        assertThat(birthRegistration("Đăng ký khai sinh").name()).isEqualTo("Đăng ký khai sinh");
        var procedure = birthRegistration("Đăng ký khai sinh");
        procedure.publish(LocalDate.of(2025, 7, 1), TODAY, NOW);
        assertThat(procedure.current().orElseThrow().details(null).code()).isEqualTo("1.001193");
    }

    private static Procedure birthRegistration(String name) {
        return new Procedure(ProcedureCodeRule.lenient().check("1.001193"), UUID.randomUUID(), true, content(name), NOW);
    }

    static ProcedureContent content(String name) {
        return new ProcedureContent(name, "HO_TICH", "COMMUNE", "Cha, mẹ của trẻ em", "Ủy ban nhân dân cấp xã", List.of(),
                List.of(), null, null, null, new ProcessingTime(0, ProcessingTimeUnit.WORKING_DAYS, null, null), List.of(),
                List.of(new DossierComponent("Tờ khai đăng ký khai sinh", true, 1, 0, null, null, true)), "Giấy khai sinh",
                true, "Luật Hộ tịch 2014", OnlineService.TOAN_TRINH, null);
    }
}
