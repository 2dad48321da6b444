package vn.openprovince.dossier.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;
import vn.openprovince.dossier.DossierCodeGenerator;

/**
 * The code of Circular 01/2018/TT-VPCP Art. 19: {@code <receiving unit QCVN 102 code>-YYMMDD-XXXX}, the
 * reception day and a 4-digit sequence per receiving unit and day (beyond 9999 it grows to 5 digits
 * rather than repeat). Replace this bean to follow Circular 03/2025 once its format is known.
 */
@Component
class Circular01CodeGenerator implements DossierCodeGenerator {

    static final String VERSION = "TT01-2018";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyMMdd");

    private final DossierSequences sequences;

    Circular01CodeGenerator(DossierSequences sequences) {
        this.sequences = sequences;
    }

    @Override
    public String version() {
        return VERSION;
    }

    @Override
    public String next(String receivingUnitCode, LocalDate receptionDay) {
        return format(receivingUnitCode, receptionDay, sequences.next(receivingUnitCode, receptionDay));
    }

    static String format(String unitCode, LocalDate day, int number) {
        return "%s-%s-%04d".formatted(unitCode, DAY.format(day), number);
    }
}
