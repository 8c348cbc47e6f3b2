package io.github.coursenotes.deck;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the HTML of a card, rendered with a marker where the way to the site root goes, into the
 * HTML of an Anki field, which Anki shows outside the site:
 * <ul>
 * <li>images of the course become media files of the package, referred to by their plain file
 *     name (Anki keeps media in one flat folder);</li>
 * <li>links into the course become absolute when the site's URL is known; without it they lose
 *     their target (a relative link has nothing to open inside Anki) and keep their text;</li>
 * <li>formulas become Anki's MathJax form, {@code \(…\)} inline and {@code \[…\]} displayed
 *     ({@link #math}).</li>
 * </ul>
 */
public final class AnkiHtml {

    private static final Pattern IMAGE_SOURCE = Pattern.compile("(<img\\b[^>]*?\\ssrc=\")\u0000([^\"]*)\"");
    private static final Pattern LINK = Pattern.compile("<a\\b([^>]*?)\\shref=\"\u0000([^\"]*)\"([^>]*)>");
    private static final Pattern MATH = Pattern.compile("(?s)<math\\b([^>]*)>.*?</math>");
    private static final Pattern TEX_ANNOTATION =
            Pattern.compile("(?s)<annotation\\b[^>]*\\bencoding=\"application/x-tex\"[^>]*>(.*?)</annotation>");
    private static final Pattern DISPLAY_BLOCK = Pattern.compile("\\sdisplay=\"block\"");
    private static final Pattern TEX_ATTRIBUTE = Pattern.compile("\\sdata-tex=\"([^\"]*)\"");

    /** The marker the card HTML was rendered with in place of the way to the site root. */
    public static final String ROOT = "\u0000";

    private final String siteUrl;
    private final Function<String, Optional<String>> mediaName;

    /**
     * @param siteUrl   the published site's URL ending in {@code /}, or {@code null}
     * @param mediaName the media file name of an image of the course, by its path in the site
     *                  (e.g. {@code basics/diagram.svg}); empty for a path that is not an image of the course
     */
    public AnkiHtml(String siteUrl, Function<String, Optional<String>> mediaName) {
        this.siteUrl = siteUrl;
        this.mediaName = mediaName;
    }

    /** The field's HTML for {@code markedHtml}, rendered with {@link #ROOT} as the way to the site root. */
    public String field(String markedHtml) {
        String html = replace(IMAGE_SOURCE, markedHtml, matcher -> {
            String path = percentDecoded(unescape(matcher.group(2)));
            String source = mediaName.apply(path).map(AnkiHtml::escape).orElse(absolute(matcher.group(2)));
            return matcher.group(1) + source + "\"";
        });
        html = replace(LINK, html, matcher -> siteUrl == null
                ? "<a" + matcher.group(1) + matcher.group(3) + ">"
                : "<a" + matcher.group(1) + " href=\"" + escape(siteUrl) + matcher.group(2) + "\"" + matcher.group(3) + ">");
        return math(html.replace(ROOT, siteUrl == null ? "" : escape(siteUrl)));
    }

    /**
     * Formulas in Anki's form. A formula rendered as MathML that carries its TeX source (the
     * notes' {@code data-tex} attribute, or an {@code application/x-tex} annotation) becomes {@code \(TeX\)}, or {@code \[TeX\]} when it is
     * displayed as a block, which Anki typesets with its MathJax on every platform. A formula
     * without its source stays MathML. This is the one place where formulas are converted: a
     * renderer that knows a formula's Anki form can take over here.
     */
    static String math(String html) {
        if (!html.contains("<math")) {
            return html;
        }
        return replace(MATH, html, matcher -> {
            Matcher tex = TEX_ATTRIBUTE.matcher(matcher.group(1));
            if (!tex.find()) {
                tex = TEX_ANNOTATION.matcher(matcher.group());
                if (!tex.find()) {
                    return matcher.group();
                }
            }
            boolean block = DISPLAY_BLOCK.matcher(matcher.group(1)).find();
            return (block ? "\\[" : "\\(") + tex.group(1).strip() + (block ? "\\]" : "\\)");
        });
    }

    private String absolute(String encodedPath) {
        return siteUrl == null ? encodedPath : escape(siteUrl) + encodedPath;
    }

    private static String replace(Pattern pattern, String text, Function<Matcher, String> replacement) {
        Matcher matcher = pattern.matcher(text);
        StringBuilder out = new StringBuilder(text.length());
        while (matcher.find()) {
            matcher.appendReplacement(out, Matcher.quoteReplacement(replacement.apply(matcher)));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** {@code %xx} sequences decoded as UTF-8 (consecutive ones together); anything else kept. */
    static String percentDecoded(String text) {
        if (text.indexOf('%') < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < text.length()) {
            if (text.charAt(i) == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
                bytes.write(Integer.parseInt(text.substring(i + 1, i + 3), 16));
                i += 3;
            } else {
                out.append(bytes.toString(StandardCharsets.UTF_8)).append(text.charAt(i++));
                bytes.reset();
            }
        }
        return out.append(bytes.toString(StandardCharsets.UTF_8)).toString();
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }

    private static String unescape(String html) {
        return html.replace("&quot;", "\"").replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
