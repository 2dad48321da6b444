package vn.openprovince.dossier;

import java.time.LocalDate;

/**
 * Sinh mã số hồ sơ: gives a dossier its code. Pluggable and versioned, because Circular 03/2025 also
 * governs the code and its format was not retrieved (DOMAIN §3.3); the version is kept with each dossier.
 */
public interface DossierCodeGenerator {

    /** The rule this generator follows, e.g. {@code TT01-2018}, kept with each dossier. */
    String version();

    /**
     * The next code for a dossier received by the unit on the day; never the same code twice, even for
     * submissions at the same instant on two nodes.
     *
     * @param receivingUnitCode the receiving unit's identifier code (QCVN 102:2016)
     */
    String next(String receivingUnitCode, LocalDate receptionDay);
}
