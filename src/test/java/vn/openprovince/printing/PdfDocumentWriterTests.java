package vn.openprovince.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class PdfDocumentWriterTests {

    private static final PdfDocumentWriter.Margins MARGINS = new PdfDocumentWriter.Margins(85, 57, 57, 57);

    @Test
    void printsTheDecree30HeaderAndVietnameseText() throws IOException {
        byte[] pdf;
        try (var writer = PdfDocumentWriter.a4Portrait(MARGINS, 5)) {
            writer.nationalHeader("Ủy ban nhân dân xã Đông Hưng", "Số: 12/UBND", "Thái Bình, ngày 01 tháng 12 năm 2026");
            writer.centered(writer.bold(), 14, "GIẤY TIẾP NHẬN HỒ SƠ");
            writer.paragraph(writer.regular(), 12, "Người nộp hồ sơ: Nguyễn Thị Hằng");
            pdf = writer.toBytes();
        }
        String text = text(pdf);
        assertThat(text.replace('\n', ' ')).as("the agency block is wrapped to its column")
                .contains("ỦY BAN NHÂN DÂN XÃ ĐÔNG HƯNG");
        assertThat(text).contains("Số: 12/UBND", PdfDocumentWriter.NATION,
                PdfDocumentWriter.MOTTO, "Thái Bình, ngày 01 tháng 12 năm 2026", "GIẤY TIẾP NHẬN HỒ SƠ",
                "Người nộp hồ sơ: Nguyễn Thị Hằng");
    }

    @Test
    void wrapsToTheWidthAndKeepsAWordLongerThanTheWidthWhole() {
        try (var writer = PdfDocumentWriter.a4Portrait(MARGINS, 5)) {
            var lines = PdfDocumentWriter.wrap(writer.regular(), 12, "một hai ba bốn năm sáu bảy tám chín mười", 60);
            assertThat(lines).hasSizeGreaterThan(1).allMatch(line ->
                    PdfDocumentWriter.widthOf(writer.regular(), 12, line) <= 60 || !line.contains(" "));
            assertThat(String.join(" ", lines)).isEqualTo("một hai ba bốn năm sáu bảy tám chín mười");
            assertThat(PdfDocumentWriter.wrap(writer.regular(), 12, "https://example.org/cong-dich-vu-cong/tra-cuu", 20))
                    .containsExactly("https://example.org/cong-dich-vu-cong/tra-cuu");
        }
    }

    @Test
    void continuesParagraphsAndTableRowsOnNewPagesWithoutLosingAny() throws IOException {
        byte[] pdf;
        try (var writer = PdfDocumentWriter.a4Landscape(PdfDocumentWriter.Margins.of(40), 6)) {
            float[] widths = {100, 300};
            writer.row(writer.bold(), 9, widths, List.of("Số", "Trích yếu"));
            for (int i = 1; i <= 120; i++) {
                writer.row(writer.regular(), 9, widths, List.of(String.valueOf(i), "Văn bản số " + i));
            }
            writer.paragraph(writer.regular(), 11, "Hết sổ.");
            pdf = writer.toBytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isGreaterThan(1);
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Văn bản số 1\n", "Văn bản số 120", "Hết sổ.");
        }
    }

    @Test
    void appendsAnotherPdfAfterWhatWasWritten() throws IOException {
        byte[] annex;
        try (var writer = PdfDocumentWriter.a4Portrait(MARGINS, 5)) {
            writer.line(writer.regular(), 12, "Phụ lục kèm theo");
            annex = writer.toBytes();
        }
        byte[] pdf;
        try (var writer = PdfDocumentWriter.a4Portrait(MARGINS, 5)) {
            writer.line(writer.bold(), 14, "MỤC LỤC");
            writer.append(annex);
            writer.line(writer.regular(), 12, "Trang sau phụ lục");
            pdf = writer.toBytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getNumberOfPages()).isEqualTo(3);
            var stripper = new PDFTextStripper();
            stripper.setStartPage(2);
            stripper.setEndPage(2);
            assertThat(stripper.getText(document)).contains("Phụ lục kèm theo");
        }
    }

    @Test
    void drawsTheQrCodeWithItsCaptionAndAddress() throws IOException {
        byte[] pdf;
        try (var writer = PdfDocumentWriter.a4Portrait(MARGINS, 5)) {
            writer.qrCode("https://dichvucong.example/tra-cuu?ma=000.00.01.H56-261201-0001", "Tra cứu tình trạng hồ sơ:");
            pdf = writer.toBytes();
        }
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getPage(0).getResources().getXObjectNames()).hasSize(1);
        }
        assertThat(text(pdf)).contains("Tra cứu tình trạng hồ sơ:", "tra-cuu?ma=000.00.01.H56-261201-0001");
    }

    private static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }
}
