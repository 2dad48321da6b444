package vn.openprovince.document.internal;

import java.util.Set;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import vn.openprovince.document.DocumentType;

/**
 * Settings of the document module ({@code openprovince.document.*}).
 *
 * @param maxFileSize     the largest upload accepted
 * @param ownSeriesTypes  document types numbered in their own series; the others share the agency's
 *                        administrative series (the head of the agency decides, Decree 30 Appendix I)
 */
@ConfigurationProperties("openprovince.document")
record DocumentSettings(@DefaultValue("20MB") DataSize maxFileSize, @DefaultValue("") Set<DocumentType> ownSeriesTypes) {
}
