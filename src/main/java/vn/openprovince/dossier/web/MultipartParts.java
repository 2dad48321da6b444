package vn.openprovince.dossier.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import vn.openprovince.dossier.ComponentUpload;

/** The parts of the dossier API's multipart requests: a JSON part (as a field or a file) and the component files. */
final class MultipartParts {

    private static final Pattern COMPONENT_PART = Pattern.compile("component-(\\d{1,3})");

    private MultipartParts() {
    }

    /** The text of part {@code name}, sent as a form field or as a file; null when absent. */
    static String text(MultipartHttpServletRequest request, String name) throws IOException {
        String text = request.getParameter(name);
        if (text == null && request.getFile(name) != null) {
            text = new String(request.getFile(name).getBytes(), StandardCharsets.UTF_8);
        }
        return text;
    }

    /** Every non-empty part {@code component-<index>}, with the component's index in the procedure. */
    static List<ComponentUpload> components(MultipartHttpServletRequest request) {
        List<ComponentUpload> files = new ArrayList<>();
        request.getMultiFileMap().forEach((name, uploads) -> {
            var matcher = COMPONENT_PART.matcher(name);
            if (!matcher.matches()) {
                return;
            }
            for (var upload : uploads) {
                if (upload.isEmpty()) {
                    continue;
                }
                try {
                    files.add(new ComponentUpload(Integer.parseInt(matcher.group(1)), upload.getOriginalFilename(),
                            upload.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        });
        return files;
    }
}
