/**
 * Signing devices (thiết bị lưu khóa bí mật): where signatories' private keys live and sign. A
 * provider interface with a factory per device kind, in the manner of Keycloak providers, so a
 * deployment picks PKCS#12 keystores, a PKCS#11 token/HSM or a remote signing service.
 */
package vn.openprovince.signature.device;
