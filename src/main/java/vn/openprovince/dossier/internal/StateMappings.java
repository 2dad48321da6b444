package vn.openprovince.dossier.internal;

import java.util.EnumMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import vn.openprovince.dossier.DossierState;

/** The configurable mapping of internal states to the national portal's states 1–10 (table dossier_state_mapping). */
@Component
class StateMappings {

    private final JdbcTemplate jdbc;

    StateMappings(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    int nationalState(DossierState state) {
        Integer code = jdbc.query("select national_state from dossier_state_mapping where state = ?",
                rs -> rs.next() ? rs.getInt(1) : null, state.name());
        if (code == null) {
            throw new IllegalStateException("no national state mapped for " + state);
        }
        return code;
    }

    Map<DossierState, Integer> all() {
        var map = new EnumMap<DossierState, Integer>(DossierState.class);
        jdbc.query("select state, national_state from dossier_state_mapping",
                rs -> { map.put(DossierState.valueOf(rs.getString(1)), rs.getInt(2)); });
        return map;
    }
}
