package vn.openprovince.signature.internal;

/**
 * Where and how a signature shows on a page (hình ảnh chữ ký): a rectangle in PDF points with its
 * origin at the top-left corner of the page (as DSS counts), and either an image or a text.
 *
 * @param page 1-based page number
 */
record Appearance(int page, float x, float y, float width, float height, byte[] image, String text) {

    static Appearance image(int page, Rectangle box, byte[] png) {
        return new Appearance(page, box.x(), box.y(), box.width(), box.height(), png, null);
    }

    static Appearance text(int page, Rectangle box, String text) {
        return new Appearance(page, box.x(), box.y(), box.width(), box.height(), null, text);
    }

    Rectangle box() {
        return new Rectangle(x, y, width, height);
    }

    /** A rectangle in PDF points, origin top-left. */
    record Rectangle(float x, float y, float width, float height) {

        float right() {
            return x + width;
        }

        float bottom() {
            return y + height;
        }

        float centreX() {
            return x + width / 2;
        }

        float centreY() {
            return y + height / 2;
        }
    }
}
