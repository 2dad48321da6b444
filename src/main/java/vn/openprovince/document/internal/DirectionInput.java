package vn.openprovince.document.internal;

import com.fasterxml.jackson.annotation.JsonAlias;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Ý kiến chỉ đạo: exactly one lead unit, supporting units and units for information, each a
 * department of the receiving agency with a deadline and an instruction; or, instead, the leader
 * the document is forwarded to.
 */
public record DirectionInput(@JsonAlias({"leadUnit", "chuTri"}) UnitInput lead,
                             @JsonAlias({"supportUnits", "phoiHop"}) List<UnitInput> support,
                             @JsonAlias({"infoUnits", "deBiet"}) List<UnitInput> info,
                             @JsonAlias("forwardTo") UUID forwardToLeaderId, String instruction) {

    public record UnitInput(UUID departmentId, LocalDate deadline, String instruction) {
    }

    List<UnitInput> supportOrEmpty() {
        return support == null ? List.of() : support.stream().filter(unit -> unit != null && unit.departmentId() != null).toList();
    }

    List<UnitInput> infoOrEmpty() {
        return info == null ? List.of() : info.stream().filter(unit -> unit != null && unit.departmentId() != null).toList();
    }
}
