package io.github.coursenotes.render;

import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.output.OutputSink;
import io.github.coursenotes.render.model.PrintPageModel;
import io.github.coursenotes.render.model.PrintSection;
import io.github.coursenotes.render.model.SpecialPageData;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import org.commonmark.node.Node;

/**
 * {@code print.html}: the whole course on one page in reading order, through {@code print.ftlh}.
 * Each note becomes a section whose headings start at {@code h3} (the course title is the page's
 * only {@code h1}, note titles are {@code h2}); heading ids get the note's key as a prefix so they
 * stay unique, and links between notes point to the sections of this page. Cards keep their ids,
 * which are unique in the course; the print style sheet shows their answers.
 *
 * <p>In a full build it also writes the note pages ({@link #withNotePages()}), in the same chunks of
 * notes as the sections here, each note rendered once for its page and its section
 * ({@link MarkedNoteHtml}).
 */
final class PrintPage implements SiteOutput {

    static final String PATH = "print.html";

    private final boolean withNotePages;

    PrintPage() {
        this(false);
    }

    private PrintPage(boolean withNotePages) {
        this.withNotePages = withNotePages;
    }

    /** The print page and the note pages ({@link NotePages}) together. */
    static PrintPage withNotePages() {
        return new PrintPage(true);
    }

    @Override
    public void write(SiteContext site, OutputSink sink, Diagnostics diagnostics) {
        Map<String, String> keys = new HashMap<>();
        Map<String, String> titleAnchors = new HashMap<>();
        site.pages().forEach(page -> {
            keys.put(page.page().outputPath(), page.page().key());
            titleAnchors.put(page.page().outputPath(), page.parsed().titleAnchor());
        });
        NoteHtmlRenderer noteHtml = site.noteHtml();
        PageModels models = withNotePages ? NotePages.models(site) : null;
        // The whole course's HTML is never held at once (it is tens of MB): the template reads each
        // note's content when it reaches it, rendered in parallel a chunk of notes at a time, and
        // the page is streamed to its file.
        List<CheckedPage> pages = site.pages();
        Contents contents = new Contents(pages.size(), withNotePages, (index, use) -> {
            CheckedPage page = pages.get(index);
            Node document = page.parsed().document();
            String key = keys.get(page.page().outputPath());
            Place onPage = Place.page(NotePages.rootPrefix(page));
            Place inPrint = Place.page("").withIds(anchor -> key + "--" + anchor)
                    .withLinks((element, target) -> href(target, keys, titleAnchors));
            // for both places, the note is rendered once with marks where they differ
            String marked = use == Use.BOTH ? noteHtml.render(page, document, MarkedNoteHtml.PLACE) : null;
            Function<Place, String> html = place -> marked == null ? noteHtml.render(page, document, place)
                    : MarkedNoteHtml.fill(marked, place);
            if (use != Use.PRINT) {
                NotePages.writePage(site, models, page, html.apply(onPage), sink, diagnostics);
            }
            return use == Use.PAGE ? null : demoteHeadings(html.apply(inPrint));
        });
        List<PrintSection> sections = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page page = pages.get(i).page();
            int index = i;
            sections.add(new PrintSection("page-" + keys.get(page.outputPath()), page.title(), page.outputPath(),
                    page.kind().name().toLowerCase(Locale.ROOT), () -> contents.get(index)));
        }
        PageModels special = new PageModels(site.course(), site.settings());
        // math: any note's formulas may appear here
        PrintPageModel model = new PrintPageModel(special.site("", PATH, true),
                SpecialPageData.of("The whole course", PATH, true), special.nav(""), List.of(), sections);
        try (Writer out = sink.writer(PATH)) {
            site.theme().render(model, null, out, diagnostics);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + PATH, e);
        }
        contents.writeRemainingPages();
    }

    @Override
    public Set<String> generatedPaths(SiteSettings settings, Theme theme) {
        return Set.of(PATH);
    }

    /** What a note's rendering is for: its section here, its page, or both. */
    private enum Use { PRINT, PAGE, BOTH }

    /** Renders note {@code index} for {@code use}; returns its section's HTML (null for {@link Use#PAGE}). */
    private interface NoteRendering {
        String render(int index, Use use);
    }

    /**
     * The notes' HTML, rendered a chunk of notes at a time, in parallel, when the template first reads
     * one of them. With the note pages, the first rendering of a chunk also writes its notes' pages, and
     * the pages of chunks the template never read (a theme's {@code print.ftlh} may leave them out) are
     * written at the end: every page is written exactly once, whatever the template reads.
     */
    private static final class Contents {

        private static final int CHUNK = 128;

        private final int size;
        private final boolean withNotePages;
        private final NoteRendering render;
        private final BitSet pagesWritten = new BitSet();
        private int start;
        private List<String> chunk = List.of();

        Contents(int size, boolean withNotePages, NoteRendering render) {
            this.size = size;
            this.withNotePages = withNotePages;
            this.render = render;
        }

        synchronized String get(int index) {
            if (index < start || index >= start + chunk.size()) {
                start = index - index % CHUNK;
                Use use = withNotePages && !pagesWritten.get(start / CHUNK) ? Use.BOTH : Use.PRINT;
                chunk = notes(start).mapToObj(note -> render.render(note, use)).toList();
                pagesWritten.set(start / CHUNK);
            }
            return chunk.get(index - start);
        }

        synchronized void writeRemainingPages() {
            if (!withNotePages) {
                return;
            }
            for (int from = 0; from < size; from += CHUNK) {
                if (!pagesWritten.get(from / CHUNK)) {
                    notes(from).forEach(note -> render.render(note, Use.PAGE));
                    pagesWritten.set(from / CHUNK);
                }
            }
        }

        private IntStream notes(int from) {
            return IntStream.range(from, Math.min(size, from + CHUNK)).parallel();
        }
    }

    /**
     * Where a link between notes goes on this page; links to other files keep their target. A link
     * to a note's title goes to its section, whose heading has its own id here.
     */
    static String href(String target, Map<String, String> keys, Map<String, String> titleAnchors) {
        int hash = target.indexOf('#');
        String path = hash < 0 ? target : target.substring(0, hash);
        String fragment = hash < 0 ? "" : target.substring(hash + 1);
        String key = keys.get(path);
        if (key == null) {
            return target;
        }
        if (fragment.isEmpty() || fragment.equals(titleAnchors.get(path))) {
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
        // A scan for "<h" and "</h" by hand: the regular expression it replaces was a third of the
        // print page's cost in profiles (a match object and a replacement string per heading tag).
        StringBuilder out = new StringBuilder(html.length() + 16);
        int previous = 2;
        int current = 2;
        int copied = 0;
        for (int at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
            boolean closing = at + 1 < html.length() && html.charAt(at + 1) == '/';
            int h = closing ? at + 2 : at + 1;
            if (h + 2 >= html.length()) {
                break; // no room for "h", a level and what follows; later tags start further on
            }
            if (html.charAt(h) != 'h') {
                continue;
            }
            char level = html.charAt(h + 1);
            if (level < '1' || level > '6' || !endsTagName(html.charAt(h + 2))) {
                continue;
            }
            if (!closing) {
                current = Math.min(Math.min(6, level - '0' + 1), previous + 1);
                previous = current;
            }
            out.append(html, copied, h + 1).append((char) ('0' + current));
            copied = h + 2;
        }
        return out.append(html, copied, html.length()).toString();
    }

    /** What may follow {@code <h2}: whitespace ({@code \\s} of a regular expression) or {@code >}. */
    private static boolean endsTagName(char c) {
        return c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
