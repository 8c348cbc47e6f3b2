package io.github.coursenotes.render;

/**
 * Text in HTML as CommonMark's renderer writes it in text and attribute values: {@code &}, {@code <},
 * {@code >} and {@code "} escaped, nothing else. Card faces and the notes' marked HTML use it to
 * match what the renderer wrote around them.
 */
final class HtmlEscape {

    private HtmlEscape() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    /** The text that {@link #escape} turned into {@code html}. */
    static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&gt;", ">").replace("&lt;", "<").replace("&amp;", "&");
    }
}
