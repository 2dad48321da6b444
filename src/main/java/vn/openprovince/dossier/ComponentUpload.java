package vn.openprovince.dossier;

/**
 * An uploaded file for a dossier component.
 *
 * @param component the component's index in the procedure version's component list (0 for the first)
 */
public record ComponentUpload(int component, String fileName, byte[] content) {
}
