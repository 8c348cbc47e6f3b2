package io.github.coursenotes.output;

/**
 * Text in HTML as CommonMark's renderer writes it in text and attribute values: {@code &}, {@code <},
 * {@code >} and {@code "} escaped, nothing else. For the HTML written beside what the renderer
 * writes: formulas' TeX, raw HTML's rewritten attributes, card faces and Anki notes.
 */
public final class HtmlEscape {

    private HtmlEscape() {
    }

    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
