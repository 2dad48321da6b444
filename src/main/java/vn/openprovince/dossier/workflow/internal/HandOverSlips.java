package vn.openprovince.dossier.workflow.internal;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.flowable.engine.HistoryService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.dossier.workflow.WorkflowError;
import vn.openprovince.dossier.workflow.WorkflowException;
import vn.openprovince.identity.SignedInUser;
import vn.openprovince.printing.PdfDocumentWriter;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ (Form 06, Circular 03/2025): every hand-over of a dossier's
 * processing — who handed it over, who received it, when, and whether before, on or after the step's due
 * time — as data and as an A4 landscape PDF table, continued on further pages when long. Shown to officers of the
 * agencies the dossier passed through (its steps, competent agency and receiving centre).
 */
@Service
public class HandOverSlips {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    /** Column widths in points, filling the 770 between the margins of the landscape page. */
    private static final float[] COLUMNS = {150, 150, 120, 100, 100, 70, 79};

    /** One line of the slip. */
    public record Line(String stepName, String handedBy, String handedByName, Instant handedAt, String receivedBy,
                       String receivedByName, Instant receivedAt, Instant dueAt, String timeliness,
                       String decision, String note) {
    }

    private final HandOvers handOvers;
    private final HistoryService history;
    private final AuditTrail audit;

    HandOverSlips(HandOvers handOvers, HistoryService history, AuditTrail audit) {
        this.handOvers = handOvers;
        this.history = history;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Line> lines(SignedInUser user, UUID dossierId) {
        return rows(user, dossierId).stream().map(HandOverSlips::line).toList();
    }

    @Transactional
    public byte[] pdf(SignedInUser user, UUID dossierId) {
        List<HandOver> rows = rows(user, dossierId);
        String code = rows.isEmpty() ? codeOf(dossierId) : rows.getFirst().dossierCode();
        audit.record("workflow.slip-printed", "Dossier", dossierId, null, code);
        try (var pdf = PdfDocumentWriter.a4Landscape(PdfDocumentWriter.Margins.of(36), 6)) {
            pdf.line(pdf.bold(), 14, "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
            pdf.line(pdf.regular(), 11, "Mã hồ sơ: " + code + "   (Mẫu 06, Thông tư 03/2025/TT-VPCP)");
            pdf.gap(8);
            pdf.row(pdf.bold(), 9, COLUMNS, List.of("Bước xử lý", "Bên giao", "Bên nhận", "Thời gian giao", "Hạn bước",
                    "Kết quả", "Ý kiến"));
            for (HandOver row : rows) {
                pdf.row(pdf.regular(), 9, COLUMNS, List.of(text(row.stepName()),
                        name(row.handedByName(), row.handedBy()), name(row.receivedByName(), row.receivedBy()),
                        time(row.handedAt()), time(row.dueAt()), timeliness(row.timeliness()),
                        text(row.decision()) + (row.note() == null ? "" : ": " + row.note())));
            }
            return pdf.toBytes();
        }
    }

    private List<HandOver> rows(SignedInUser user, UUID dossierId) {
        var processes = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossierId.toString())
                .includeProcessVariables().list();
        if (processes.isEmpty()) {
            throw WorkflowException.onField("code", WorkflowError.WORKFLOW_DOSSIER_UNKNOWN, dossierId);
        }
        List<HandOver> rows = handOvers.findByDossierIdOrderByHandedAt(dossierId);
        Set<UUID> agencies = new HashSet<>();
        rows.forEach(row -> agencies.add(row.agencyId()));
        for (var process : processes) {
            for (String variable : List.of(BpmnGenerator.COMPETENT_AGENCY, BpmnGenerator.RECEIVING_AGENCY)) {
                Object value = process.getProcessVariables().get(variable);
                if (value != null) {
                    agencies.add(ProcessDefinitions.parseUuid(value.toString()));
                }
            }
        }
        boolean inScope = user.grants().stream().anyMatch(grant -> grant.agency() != null
                && agencies.contains(grant.agency().value()))
                || rows.stream().anyMatch(row -> user.username().equals(row.handedBy())
                || user.username().equals(row.receivedBy()));
        if (!inScope) {
            throw WorkflowException.onField("code", WorkflowError.WORKFLOW_DOSSIER_UNKNOWN, dossierId);
        }
        return new ArrayList<>(rows);
    }

    private String codeOf(UUID dossierId) {
        var process = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossierId.toString())
                .list();
        return process.isEmpty() || process.getFirst().getName() == null ? dossierId.toString()
                : process.getFirst().getName();
    }

    private static Line line(HandOver row) {
        return new Line(row.stepName(), row.handedBy(), row.handedByName(), row.handedAt(), row.receivedBy(),
                row.receivedByName(), row.receivedAt(), row.dueAt(), row.timeliness().name(), row.decision(),
                row.note());
    }

    private static String timeliness(HandOver.Timeliness timeliness) {
        return switch (timeliness) {
            case EARLY -> "Trước hạn";
            case ON_TIME -> "Đúng hạn";
            case LATE -> "Quá hạn";
        };
    }

    private static String name(String name, String username) {
        if (username == null) {
            return "";
        }
        return name == null ? username : name;
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZONE));
    }

    private static String text(String text) {
        return text == null ? "" : text;
    }
}
