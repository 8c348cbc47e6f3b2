package io.github.coursenotes.math;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes the {@code style} attributes out of Temml's MathML, because the site's
 * Content-Security-Policy ({@code style-src 'self'}) makes browsers ignore inline styles: a colour
 * becomes MathML's own {@code mathcolor} / {@code mathbackground} attribute, each declaration Temml
 * writes with a fixed value becomes a class that the theme's {@code math.css} styles
 * ({@link #CLASSES}), and anything else (sizes from {@code \kern}, {@code \raisebox},
 * {@code \arraystretch}) is dropped and named in the result, so that the build can say so.
 */
final class MathmlStyles {

    /** Every fixed declaration Temml 0.13 writes, and its class in {@code math.css}. */
    static final Map<String, String> CLASSES = Map.ofEntries(
            Map.entry("text-align:left", "tml-left"),
            Map.entry("width:100%", "tml-w100"),
            Map.entry("width:90%", "tml-w90"),
            Map.entry("width:50%", "tml-w50"),
            Map.entry("width:7.5%", "tml-w7"),
            Map.entry("height:1em", "tml-h1"),
            Map.entry("math-depth:0", "tml-md0"),
            Map.entry("math-depth:2", "tml-md2"),
            Map.entry("font-weight:bold", "tml-bold"),
            Map.entry("font-style:italic", "tml-italic"),
            Map.entry("font-family:Cambria, 'Times New Roman', serif", "tml-serif"),
            Map.entry("padding:0", "tml-p0"),
            Map.entry("padding:0.3em", "tml-p03"),
            Map.entry("padding:3pt", "tml-p3pt"),
            Map.entry("padding:0.5ex 0.1em 0 0", "tml-parrow"),
            Map.entry("padding-top:0", "tml-pt0"),
            Map.entry("padding-bottom:0", "tml-pb0"),
            Map.entry("padding-left:0", "tml-pl0"),
            Map.entry("padding-left:0em", "tml-pl0"),
            Map.entry("padding-left:1em", "tml-pl1"),
            Map.entry("padding-left:0.4em", "tml-pl04"),
            Map.entry("padding-left:0.1389em", "tml-pl0139"),
            Map.entry("padding-left:0.25em", "tml-pl025"),
            Map.entry("padding-right:0", "tml-pr0"),
            Map.entry("padding-right:0em", "tml-pr0"),
            Map.entry("padding-right:1em", "tml-pr1"),
            Map.entry("padding-right:0.4em", "tml-pr04"),
            Map.entry("padding-right:0.2em", "tml-pr02"),
            Map.entry("padding-right:0.1389em", "tml-pr0139"),
            Map.entry("padding-right:0.25em", "tml-pr025"),
            Map.entry("border:1px solid", "tml-border"),
            Map.entry("border-top:0.06em solid", "tml-bt-solid"),
            Map.entry("border-top:0.06em dashed", "tml-bt-dashed"),
            Map.entry("border-top:0.15em double", "tml-bt-double"),
            Map.entry("border-bottom:0.06em solid", "tml-bb-solid"),
            Map.entry("border-bottom:0.06em dashed", "tml-bb-dashed"),
            Map.entry("border-bottom:0.15em double", "tml-bb-double"),
            Map.entry("border-left:0.06em solid", "tml-bl-solid"),
            Map.entry("border-left:0.06em dashed", "tml-bl-dashed"),
            Map.entry("border-left:0.15em double", "tml-bl-double"),
            Map.entry("border-right:0.06em solid", "tml-br-solid"),
            Map.entry("border-right:0.06em dashed", "tml-br-dashed"),
            Map.entry("border-right:0.15em double", "tml-br-double"),
            Map.entry("left:0.1em", "tml-l01"),
            Map.entry("position:absolute", "tml-abs"),
            Map.entry("position:relative", "tml-rel"),
            Map.entry("right:0", "tml-r0"),
            Map.entry("bottom:0", "tml-b0"),
            Map.entry("display:flex", "tml-flex"),
            Map.entry("justify-content:center", "tml-center"),
            Map.entry("transform:scaleX(-1)", "tml-mirror"));

    private static final Pattern START_TAG = Pattern.compile("<([a-z]+)((?:\\s+[a-z-]+=\"[^\"]*\")*)\\s*(/?)>");
    private static final Pattern STYLE = Pattern.compile("\\sstyle=\"([^\"]*)\"");
    private static final Pattern CLASS = Pattern.compile("\\sclass=\"([^\"]*)\"");

    private MathmlStyles() {
    }

    static TexResult apply(TexResult result) {
        if (result.isError() || !result.mathml().contains(" style=\"")) {
            return result;
        }
        Set<String> dropped = new LinkedHashSet<>();
        Matcher tag = START_TAG.matcher(result.mathml());
        StringBuilder out = new StringBuilder(result.mathml().length());
        while (tag.find()) {
            tag.appendReplacement(out, Matcher.quoteReplacement(rewrite(tag, dropped)));
        }
        tag.appendTail(out);
        return new TexResult(out.toString(), null, -1, List.copyOf(dropped));
    }

    private static String rewrite(Matcher tag, Set<String> dropped) {
        String attributes = tag.group(2);
        Matcher style = STYLE.matcher(attributes);
        if (!style.find()) {
            return tag.group();
        }
        Set<String> classes = new LinkedHashSet<>();
        Matcher existing = CLASS.matcher(attributes);
        if (existing.find()) {
            classes.addAll(List.of(existing.group(1).split("\\s+")));
        }
        StringBuilder extra = new StringBuilder();
        for (String declaration : style.group(1).split(";")) {
            int colon = declaration.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String property = declaration.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = declaration.substring(colon + 1).strip();
            String normal = property + ":" + value;
            if (property.equals("color")) {
                extra.append(" mathcolor=\"").append(value).append('"');
            } else if (property.equals("background-color")) {
                extra.append(" mathbackground=\"").append(value).append('"');
            } else if (normal.equals("display:block math")) {
                continue; // math.tml-display in math.css
            } else if (CLASSES.containsKey(normal)) {
                classes.add(CLASSES.get(normal));
            } else {
                dropped.add(normal);
            }
        }
        String kept = CLASS.matcher(STYLE.matcher(attributes).replaceAll("")).replaceAll("");
        String classAttribute = classes.isEmpty() ? "" : " class=\"" + String.join(" ", classes) + "\"";
        return "<" + tag.group(1) + kept + classAttribute + extra + tag.group(3) + ">";
    }
}
