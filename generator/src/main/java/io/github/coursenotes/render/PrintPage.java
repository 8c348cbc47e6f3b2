package io.github.coursenotes.render;

import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.output.OutputSink;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code print.html}: the whole course on one page in reading order, through {@code print.ftlh}.
 * Each note becomes a section whose headings start at {@code h3} (the course title is the page's
 * only {@code h1}, note titles are {@code h2}); heading ids get the note's key as a prefix so they
 * stay unique, and links between notes point to the sections of this page. Cards keep their ids,
 * which are unique in the course; the print style sheet shows their answers.
 */
final class PrintPage implements SiteOutput {

    static final String PATH = "print.html";
    private static final Pattern HEADING_TAG = Pattern.compile("<(/?)h([1-6])([\\s>])");

    @Override
    public void write(SiteContext site, OutputSink sink, Diagnostics diagnostics) {
        Map<String, String> keys = new HashMap<>();
        site.pages().forEach(page -> keys.put(page.page().outputPath(), key(page.page())));
        NoteHtmlRenderer noteHtml = site.noteHtml();
        // the notes are rendered in parallel (this page is as big as the whole course) and the page
        // is streamed to its file as it is rendered
        List<Map<String, Object>> sections = site.pages().parallelStream().map(parsed -> {
            String key = keys.get(parsed.page().outputPath());
            String html = noteHtml.render(parsed, parsed.document(), "", anchor -> key + "--" + anchor,
                    target -> href(target, keys));
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("id", "page-" + key);
            section.put("title", parsed.page().title());
            section.put("path", parsed.page().outputPath());
            section.put("kind", parsed.page().kind().name().toLowerCase(java.util.Locale.ROOT));
            section.put("content", demoteHeadings(html));
            return section;
        }).toList();
        Map<String, Object> model = new PageModel(site.course(), site.settings())
                .forSpecial(PATH, "The whole course", "");
        model.put("sections", sections);
        try (Writer out = sink.writer(PATH)) {
            site.theme().render("print.ftlh", model, out, diagnostics);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + PATH, e);
        }
    }

    /** {@code lifecycle/stages.html} becomes {@code lifecycle-stages}; the home page {@code index}. */
    static String key(Page page) {
        return page.outputPath().replaceAll("\\.html$", "").replace('/', '-');
    }

    /** Where a link between notes goes on this page; links to other files keep their target. */
    static String href(String target, Map<String, String> keys) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash + 1);
        String key = keys.get(path);
        if (key == null) {
            return target;
        }
        if (fragment.isEmpty()) {
            return "#page-" + key;
        }
        return fragment.startsWith("card-") ? "#" + fragment : "#" + key + "--" + fragment;
    }

    /**
     * Moves the note's headings under the note title's {@code <h2>}: {@code <h2>} becomes
     * {@code <h3>} and so on, and no heading skips a level (a note that jumps from its title to
     * {@code ###} gets {@code <h3>} there), because the page's outline must not skip levels.
     */
    static String demoteHeadings(String html) {
        Matcher matcher = HEADING_TAG.matcher(html);
        StringBuilder out = new StringBuilder(html.length());
        int previous = 2;
        int current = 2;
        while (matcher.find()) {
            boolean closing = !matcher.group(1).isEmpty();
            if (!closing) {
                current = Math.min(Math.min(6, Integer.parseInt(matcher.group(2)) + 1), previous + 1);
                previous = current;
            }
            matcher.appendReplacement(out, "<" + matcher.group(1) + "h" + current + matcher.group(3));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
