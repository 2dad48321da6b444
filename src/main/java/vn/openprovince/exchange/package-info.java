/**
 * Document exchange (liên thông văn bản): edXML packages (QCVN 102:2016) between the agencies of
 * this platform and of peer platforms, the agency directory, a transactional outbox with retries,
 * receipt with signature and structure checks, and the status messages back to the sender.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Document exchange",
        allowedDependencies = {"organization", "identity", "audit", "signature", "document"})
package vn.openprovince.exchange;
