package vn.openprovince.dossier.workflow.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.flowable.engine.HistoryService;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.openprovince.audit.AuditTrail;
import vn.openprovince.dossier.workflow.WorkflowError;
import vn.openprovince.dossier.workflow.WorkflowException;
import vn.openprovince.identity.SignedInUser;

/**
 * Phiếu kiểm soát quá trình giải quyết hồ sơ (Form 06, Circular 03/2025): every hand-over of a dossier's
 * processing — who handed it over, who received it, when, and whether before, on or after the step's due
 * time — as data and as an A4 landscape PDF with Liberation Serif embedded (Vietnamese everywhere). Shown to
 * officers of the agencies the dossier passed through (its steps, competent agency and receiving centre).
 */
@Service
public class HandOverSlips {

    private static final String FONT = "liberation/LiberationSerif-Regular.ttf";
    private static final String FONT_BOLD = "liberation/LiberationSerif-Bold.ttf";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final float MARGIN = 36;

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
        try (var document = new PDDocument(); var out = new ByteArrayOutputStream()) {
            PDType0Font font = load(document, FONT);
            PDType0Font bold = load(document, FONT_BOLD);
            var size = new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
            var page = new PDPage(size);
            document.addPage(page);
            try (var content = new PDPageContentStream(document, page)) {
                float y = size.getHeight() - MARGIN;
                y = text(content, bold, 14, MARGIN, y, "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ");
                y = text(content, font, 11, MARGIN, y, "Mã hồ sơ: " + code + "   (Mẫu 06, Thông tư 03/2025/TT-VPCP)");
                y -= 8;
                float[] columns = {MARGIN, MARGIN + 150, MARGIN + 300, MARGIN + 420, MARGIN + 520, MARGIN + 620, MARGIN + 690};
                String[] header = {"Bước xử lý", "Bên giao", "Bên nhận", "Thời gian giao", "Hạn bước", "Kết quả", "Ý kiến"};
                for (int i = 0; i < header.length; i++) {
                    text(content, bold, 9, columns[i], y, header[i]);
                }
                y -= 14;
                for (HandOver row : rows) {
                    String[] cells = {clip(row.stepName(), 32), clip(name(row.handedByName(), row.handedBy()), 30),
                            clip(name(row.receivedByName(), row.receivedBy()), 26), time(row.handedAt()),
                            time(row.dueAt()), timeliness(row.timeliness()), clip(row.decision()
                            + (row.note() == null ? "" : ": " + row.note()), 20)};
                    for (int i = 0; i < cells.length; i++) {
                        text(content, font, 9, columns[i], y, cells[i]);
                    }
                    y -= 14;
                    if (y < MARGIN) {
                        break;
                    }
                }
            }
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
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

    private static String clip(String text, int max) {
        if (text == null) {
            return "";
        }
        String flat = text.replace('\n', ' ').replace('\r', ' ');
        return flat.length() <= max ? flat : flat.substring(0, max - 1) + "…";
    }

    private static float text(PDPageContentStream content, PDType0Font font, float fontSize, float x, float y,
                              String text) throws IOException {
        content.beginText();
        content.setFont(font, fontSize);
        content.newLineAtOffset(x, y);
        content.showText(text);
        content.endText();
        return y - fontSize * 1.5f;
    }

    private static PDType0Font load(PDDocument document, String resource) throws IOException {
        try (InputStream in = new ClassPathResource(resource).getInputStream()) {
            return PDType0Font.load(document, in);
        }
    }
}
