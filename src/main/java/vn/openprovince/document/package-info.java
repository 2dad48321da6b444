/**
 * E-office (văn bản đến, văn bản đi): registration and numbering of incoming documents, the
 * leader's direction and the processing tree, outgoing drafts with review, signing and issue, and
 * the domain events the document exchange turns into edXML status messages.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents",
        allowedDependencies = {"organization", "identity", "audit", "calendar", "signature", "printing"})
package vn.openprovince.document;
