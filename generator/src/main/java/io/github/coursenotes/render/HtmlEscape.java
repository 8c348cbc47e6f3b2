package io.github.coursenotes.render;

/**
 * Text in HTML as CommonMark's renderer writes it in text and attribute values: {@code &}, {@code <},
 * {@code >} and {@code "} escaped, nothing else; for the HTML that card faces and Anki notes add
 * around what the renderer wrote.
 */
final class HtmlEscape {

    private HtmlEscape() {
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
