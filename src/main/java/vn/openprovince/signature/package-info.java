/**
 * Digital signatures (chữ ký số): PAdES signing of PDFs with the Decree 30 appearances, signing
 * devices, validation against an administered trust store and the public verification page.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Signatures",
        allowedDependencies = {"audit", "organization"})
package vn.openprovince.signature;
