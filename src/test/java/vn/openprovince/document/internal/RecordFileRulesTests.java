package vn.openprovince.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.openprovince.document.DocumentError;
import vn.openprovince.document.DocumentException;

/** The rules of a file (hồ sơ): its code, the order of its documents, closing and the transfer date. */
class RecordFileRulesTests {

    private static final LocalDate TODAY = LocalDate.of(2026, 6, 15);
    private final Actor specialist = new Actor(UUID.randomUUID(), "Phạm Văn Hùng", null);

    @Test
    void fileCodeIsOrganIdYearAndNotationJoinedByDots() {
        assertThat(RecordFile.fileCode("000.00.01.H30", 2026, "01.VP")).isEqualTo("000.00.01.H30.2026.01.VP");
    }

    @Test
    void fileNotationIsOneToTwentyCharactersWithoutSpaces() {
        assertThat(RecordFile.validNotation("01.VP")).isTrue();
        assertThat(RecordFile.validNotation("12/KT-TH")).isTrue();
        assertThat(RecordFile.validNotation("Đ1")).isTrue();
        assertThat(RecordFile.validNotation("12345678901234567890")).isTrue();
        assertThat(RecordFile.validNotation("123456789012345678901")).isFalse();
        assertThat(RecordFile.validNotation("01 VP")).isFalse();
        assertThat(RecordFile.validNotation(".VP")).isFalse();
        assertThat(RecordFile.validNotation("")).isFalse();
        assertThat(RecordFile.validNotation(null)).isFalse();
    }

    @Test
    void aClosedFileIsDueForTransferOneYearAfterItsEnd() {
        assertThat(RecordFile.transferDue(LocalDate.of(2026, 3, 31))).isEqualTo(LocalDate.of(2027, 3, 31));
        assertThat(RecordFile.transferDue(LocalDate.of(2024, 2, 29))).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aFileIsDueSoonFromThirtyDaysBeforeItsTransferDate() {
        assertThat(RecordFile.dueForTransferSoon(TODAY.plusDays(30), TODAY)).isTrue();
        assertThat(RecordFile.dueForTransferSoon(TODAY.plusDays(31), TODAY)).isFalse();
        assertThat(RecordFile.dueForTransferSoon(TODAY.minusDays(3), TODAY)).as("overdue").isTrue();
        assertThat(RecordFile.dueForTransferSoon(null, TODAY)).isFalse();
    }

    @Test
    void docOrdinalFollowsTheDocumentsDatesWhateverOrderTheyAreAttachedIn() {
        var file = openFile();
        var march = file.attach(FiledDocumentKind.INCOMING, UUID.randomUUID(), LocalDate.of(2026, 3, 2), at(3), specialist, at(10));
        var january = file.attach(FiledDocumentKind.OUTGOING, UUID.randomUUID(), LocalDate.of(2026, 1, 20), at(1), specialist, at(11));
        var february = file.attach(FiledDocumentKind.INCOMING, UUID.randomUUID(), LocalDate.of(2026, 2, 5), at(2), specialist, at(12));

        assertThat(january.docOrdinal()).isEqualTo(1);
        assertThat(february.docOrdinal()).isEqualTo(2);
        assertThat(march.docOrdinal()).isEqualTo(3);
        assertThat(file.documents()).containsExactly(january, february, march);

        file.detach(february.id());
        assertThat(file.documents()).extracting(RecordFileDocument::docOrdinal).containsExactly(1, 2);
        assertThat(march.docOrdinal()).isEqualTo(2);
    }

    @Test
    void documentsOfTheSameDateAreOrderedByRegistrationTime() {
        var file = openFile();
        var later = file.attach(FiledDocumentKind.INCOMING, UUID.randomUUID(), LocalDate.of(2026, 3, 2), at(5), specialist, at(10));
        var earlier = file.attach(FiledDocumentKind.INCOMING, UUID.randomUUID(), LocalDate.of(2026, 3, 2), at(4), specialist, at(11));
        assertThat(earlier.docOrdinal()).isEqualTo(1);
        assertThat(later.docOrdinal()).isEqualTo(2);
    }

    @Test
    void aDocumentIsInAFileOnlyOnce() {
        var file = openFile();
        UUID document = UUID.randomUUID();
        file.attach(FiledDocumentKind.INCOMING, document, LocalDate.of(2026, 3, 2), at(1), specialist, at(2));
        assertThatThrownBy(() -> file.attach(FiledDocumentKind.INCOMING, document, LocalDate.of(2026, 3, 2), at(1),
                specialist, at(3))).isInstanceOfSatisfying(DocumentException.class,
                e -> assertThat(e.error()).isEqualTo(DocumentError.DOC_ALREADY_IN_FILE));
    }

    @Test
    void documentsAttachOnlyWhileTheFileIsOpen() {
        var planned = plannedFile();
        assertThatThrownBy(() -> planned.attach(FiledDocumentKind.INCOMING, UUID.randomUUID(), TODAY, at(1), specialist, at(2)))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.error()).isEqualTo(DocumentError.DOC_FILE_NOT_OPEN));
        var file = openFile();
        file.close(TODAY, TODAY);
        assertThatThrownBy(() -> file.attach(FiledDocumentKind.INCOMING, UUID.randomUUID(), TODAY, at(1), specialist, at(2)))
                .isInstanceOfSatisfying(DocumentException.class,
                        e -> assertThat(e.error()).isEqualTo(DocumentError.DOC_FILE_NOT_OPEN));
    }

    @Test
    void closingSetsTheEndDateAndTheTransferDueDate() {
        var file = openFile();
        file.close(null, TODAY);
        assertThat(file.status()).isEqualTo(RecordFileStatus.CLOSED);
        assertThat(file.endDate()).isEqualTo(TODAY);
        assertThat(file.transferDue()).isEqualTo(LocalDate.of(2027, 6, 15));
    }

    @Test
    void aFileCannotEndBeforeItWasOpenedNorInTheFuture() {
        var file = openFile();
        for (LocalDate end : new LocalDate[] {TODAY.minusDays(1), TODAY.plusDays(1)}) {
            assertThatThrownBy(() -> file.close(end, TODAY)).isInstanceOfSatisfying(DocumentException.class,
                    e -> assertThat(e.error()).isEqualTo(DocumentError.DOC_FILE_END_DATE_OUT_OF_RANGE));
        }
        assertThat(file.status()).isEqualTo(RecordFileStatus.OPEN);
    }

    private RecordFile plannedFile() {
        return new RecordFile(UUID.randomUUID(), "000.00.01.H30", 2026,
                new FilePlanInput(null, 2026, "01.VP", "Hồ sơ phòng chống thiên tai năm 2026", "10 năm", null, null,
                        null, null, null),
                new RecordFile.Responsible(null, null, null, null), specialist, at(0));
    }

    private RecordFile openFile() {
        var file = plannedFile();
        file.open(specialist, TODAY);
        return file;
    }

    private static Instant at(int hour) {
        return Instant.parse("2026-06-15T00:00:00Z").plusSeconds(3600L * hour);
    }
}
