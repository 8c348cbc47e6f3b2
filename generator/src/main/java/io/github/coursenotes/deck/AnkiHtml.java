package io.github.coursenotes.deck;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a card's HTML is written for an Anki field, which Anki shows outside the site:
 * <ul>
 * <li>images of the course become media files of the package, referred to by their plain file
 *     name (Anki keeps media in one flat folder): {@link #file};</li>
 * <li>links into the course become absolute when the site's URL is known; without it they lose
 *     their target (a relative link has nothing to open inside Anki) and keep their text: {@link #link};</li>
 * <li>formulas become Anki's MathJax form, {@code \(…\)} inline and {@code \[…\]} displayed
 *     ({@link #math}).</li>
 * </ul>
 */
public final class AnkiHtml {

    private static final Pattern MATH = Pattern.compile("(?s)<math\\b([^>]*)>.*?</math>");
    private static final Pattern TEX_ANNOTATION =
            Pattern.compile("(?s)<annotation\\b[^>]*\\bencoding=\"application/x-tex\"[^>]*>(.*?)</annotation>");
    private static final Pattern DISPLAY_BLOCK = Pattern.compile("\\sdisplay=\"block\"");
    private static final Pattern TEX_ATTRIBUTE = Pattern.compile("\\sdata-tex=\"([^\"]*)\"");

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

    /**
     * The {@code href} of a link into the site, from its element ({@code a}, or another element of raw
     * HTML) and its percent-encoded target relative to the site root: absolute, or {@code null} for no
     * link when the site's URL is not known (an element other than {@code a} keeps the target).
     */
    public String link(String element, String target) {
        if (siteUrl == null) {
            return element.equals("a") ? null : target;
        }
        return siteUrl + target;
    }

    /** The {@code src} of a file of the site: an image of the course by its media name, anything else absolute when it can. */
    public String file(String element, String target) {
        if (element.equals("img")) {
            Optional<String> media = mediaName.apply(percentDecoded(target));
            if (media.isPresent()) {
                return media.get();
            }
        }
        return siteUrl == null ? target : siteUrl + target;
    }

    /**
     * Formulas in Anki's form. A formula rendered as MathML that carries its TeX source (the
     * notes' {@code data-tex} attribute, or an {@code application/x-tex} annotation) becomes {@code \(TeX\)}, or {@code \[TeX\]} when it is
     * displayed as a block, which Anki typesets with its MathJax on every platform. A formula
     * without its source stays MathML. This is the one place where formulas are converted: a
     * renderer that knows a formula's Anki form can take over here.
     */
    public static String math(String html) {
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
}
