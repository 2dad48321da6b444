package vn.openprovince.document.internal;

import java.util.UUID;

/** Hoàn thành xử lý: the handler's result (đề xuất) and, optionally, the outgoing reply. */
public record CompletionInput(String result, UUID replyDocumentId) {
}
