/**
 * Procedure catalogue (danh mục thủ tục hành chính): procedures with their national codes, fields,
 * competent levels and agencies, and immutable published versions (components, fees, processing
 * times, online classification) that dossiers refer to by id.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Catalogue",
        allowedDependencies = {"organization", "audit"})
package vn.openprovince.catalog;
