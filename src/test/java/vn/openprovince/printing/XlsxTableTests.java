package vn.openprovince.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Arrays;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class XlsxTableTests {

    @Test
    void writesTitleLinesHeadingsAndRowsWithNumbersAsNumericCells() throws IOException {
        byte[] xlsx = new XlsxTable("SO-THEO-DOI")
                .line("Ủy ban nhân dân tỉnh Thái Bình")
                .row(Arrays.asList("Đơn vị", "Tổng số"))
                .row(Arrays.asList("Phòng Kinh tế", 7))
                .emptyRow()
                .row(Arrays.asList("Ghi chú", null, "hết"))
                .columnWidth(0, 40)
                .toBytes();
        try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            var sheet = workbook.getSheet("SO-THEO-DOI");
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Ủy ban nhân dân tỉnh Thái Bình");
            assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Tổng số");
            assertThat(sheet.getRow(2).getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(sheet.getRow(2).getCell(1).getNumericCellValue()).isEqualTo(7);
            assertThat(sheet.getRow(3).getPhysicalNumberOfCells()).isZero();
            assertThat(sheet.getRow(4).getCell(1)).isNull();
            assertThat(sheet.getColumnWidth(0)).isEqualTo(40 * 256);
        }
    }
}
