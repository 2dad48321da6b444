package vn.openprovince.dossier.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import vn.openprovince.printing.PdfDocumentWriter;
import vn.openprovince.printing.XlsxTable;

/**
 * Prints the dossier register (Form 07) as an A4 landscape PDF under the Decree 30 header, and writes it as an Excel
 * workbook, one row per dossier.
 */
@Component
class DossierRegisterExports {

    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy");
    private static final Locale VI = Locale.of("vi");
    private static final float FONT_SIZE = 8.5f;
    /** Shares of the table width, one per column. */
    private static final float[] SHARES = {0.035f, 0.145f, 0.13f, 0.1f, 0.1f, 0.1f, 0.075f, 0.065f, 0.075f, 0.075f, 0.1f};

    private final MessageSource messages;

    DossierRegisterExports(MessageSource messages) {
        this.messages = messages;
    }

    List<String> columns(Locale locale) {
        var columns = new ArrayList<String>();
        for (String key : List.of("number", "code", "procedure", "applicant", "contact", "competent", "accepted",
                "appointment", "result", "returned", "note")) {
            columns.add(messages.getMessage("dossierRegister.column." + key, null, locale));
        }
        return columns;
    }

    byte[] pdf(DossierRegister register, Locale locale) {
        try (var pdf = PdfDocumentWriter.a4Landscape(PdfDocumentWriter.Margins.of(30), 6)) {
            pdf.nationalHeader(register.agencyName(), null, null);
            pdf.line(pdf.bold(), 14, messages.getMessage("dossierRegister.title", null, locale).toUpperCase(VI));
            pdf.line(pdf.regular(), 11, period(register, locale));
            pdf.gap(4);
            float[] widths = new float[SHARES.length];
            for (int i = 0; i < SHARES.length; i++) {
                widths[i] = pdf.width() * SHARES[i];
            }
            pdf.row(pdf.bold(), FONT_SIZE, widths, columns(locale));
            for (var entry : register.entries()) {
                pdf.row(pdf.regular(), FONT_SIZE, widths, cells(entry));
            }
            if (register.entries().isEmpty()) {
                pdf.gap(6);
                pdf.line(pdf.regular(), 10, messages.getMessage("dossierRegister.empty", null, locale));
            }
            return pdf.toBytes();
        }
    }

    byte[] xlsx(DossierRegister register, Locale locale) {
        var table = new XlsxTable("SO-THEO-DOI-HO-SO")
                .line(register.agencyName())
                .line(messages.getMessage("dossierRegister.title", null, locale) + " · " + period(register, locale))
                .row(columns(locale));
        for (var entry : register.entries()) {
            var cells = new ArrayList<Object>(cells(entry));
            cells.set(0, entry.number());
            table.row(cells);
        }
        return table.columnWidth(1, 30).columnWidth(2, 40).columnWidth(3, 25).toBytes();
    }

    private String period(DossierRegister register, Locale locale) {
        return messages.getMessage("dossierRegister.period", new Object[]{DATE.format(register.from()),
                DATE.format(register.to())}, locale);
    }

    private static List<String> cells(DossierRegister.Entry e) {
        return List.of(String.valueOf(e.number()), e.code(), text(e.procedureName()), text(e.applicantName()),
                text(e.contact()), text(e.competentAgencyName()), time(e.acceptedAt()), date(e.appointmentDate()),
                time(e.resultAt()), time(e.returnedAt()), text(e.note()));
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }

    private static String time(Instant at) {
        return at == null ? "" : DATE_TIME.format(at.atZone(ZONE));
    }

    private static String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }
}
