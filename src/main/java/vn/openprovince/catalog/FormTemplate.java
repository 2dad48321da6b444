package vn.openprovince.catalog;

/** A form template file to download (mẫu đơn, tờ khai). */
public record FormTemplate(FormTemplateId id, String fileName, String contentType, byte[] content) {
}
