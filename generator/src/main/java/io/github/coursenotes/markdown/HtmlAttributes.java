package io.github.coursenotes.markdown;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.internal.util.Html5Entities;

/**
 * Finds the attributes of the start tags in a piece of raw HTML, with where each value stands,
 * following the grammar CommonMark uses to recognise raw HTML (tag and attribute names, unquoted,
 * single- and double-quoted values); comments, processing instructions, declarations, CDATA and
 * end tags are skipped. It is a scanner of tags, not an HTML parser: the notes' raw HTML passes
 * through as written, with only the values the build rewrites replaced.
 */
final class HtmlAttributes {

    private static final Pattern TAG_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]*");
    private static final Pattern ATTRIBUTE = Pattern.compile(
            "\\s+([A-Za-z_:][A-Za-z0-9_.:-]*)(?:\\s*=\\s*(\"[^\"]*\"|'[^']*'|[^\\s\"'=<>`]+))?");
    private static final Pattern TAG_END = Pattern.compile("\\s*/?>");
    private static final Pattern CHARACTER_REFERENCE = Pattern.compile("&(?:#[xX][0-9A-Fa-f]{1,6}|#[0-9]{1,7}|[A-Za-z][A-Za-z0-9]{1,31});");

    /**
     * One attribute: tag and attribute names in lower case, the value decoded, and the value's place
     * (quotes included); {@code nameStart} is where the attribute's name starts.
     */
    record Attribute(String tagName, String name, String value, int nameStart, int start, int end) {
    }

    private HtmlAttributes() {
    }

    static List<Attribute> of(String html) {
        List<Attribute> attributes = new ArrayList<>();
        int at = html.indexOf('<');
        while (at >= 0 && at < html.length() - 1) {
            int next = skipNonTag(html, at);
            if (next > at) {
                at = html.indexOf('<', next);
                continue;
            }
            Matcher name = TAG_NAME.matcher(html).region(at + 1, html.length());
            if (!name.lookingAt()) {
                at = html.indexOf('<', at + 1);
                continue;
            }
            String tag = name.group().toLowerCase(Locale.ROOT);
            int position = name.end();
            List<Attribute> found = new ArrayList<>();
            Matcher attribute = ATTRIBUTE.matcher(html);
            while (attribute.region(position, html.length()).lookingAt()) {
                String value = attribute.group(2);
                if (value != null) {
                    found.add(new Attribute(tag, attribute.group(1).toLowerCase(Locale.ROOT), decode(unquote(value)),
                            attribute.start(1), attribute.start(2), attribute.end(2)));
                }
                position = attribute.end();
            }
            if (TAG_END.matcher(html).region(position, html.length()).lookingAt()) {
                attributes.addAll(found);
            }
            at = html.indexOf('<', position);
        }
        return attributes;
    }

    /** Past a comment, processing instruction, declaration, CDATA section or end tag at {@code at}; else {@code at}. */
    private static int skipNonTag(String html, int at) {
        String[][] kinds = {{"<!--", "-->"}, {"<?", "?>"}, {"<![CDATA[", "]]>"}, {"</", ">"}, {"<!", ">"}};
        for (String[] kind : kinds) {
            if (html.startsWith(kind[0], at)) {
                int end = html.indexOf(kind[1], at + kind[0].length());
                return end < 0 ? html.length() : end + kind[1].length();
            }
        }
        return at;
    }

    private static String unquote(String value) {
        char first = value.charAt(0);
        return first == '"' || first == '\'' ? value.substring(1, value.length() - 1) : value;
    }

    /**
     * Decodes character references ({@code &amp;}, {@code &ouml;}, {@code &#38;}) the way CommonMark
     * decodes them in link destinations, with its table of HTML5 entities.
     */
    static String decode(String value) {
        if (value.indexOf('&') < 0) {
            return value;
        }
        Matcher reference = CHARACTER_REFERENCE.matcher(value);
        StringBuilder out = new StringBuilder();
        while (reference.find()) {
            reference.appendReplacement(out, Matcher.quoteReplacement(Html5Entities.entityToString(reference.group())));
        }
        reference.appendTail(out);
        return out.toString();
    }
}
