package io.github.coursenotes.render;

import io.github.coursenotes.content.Chapter;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.CourseNode;
import io.github.coursenotes.content.LastUpdated;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.render.model.Breadcrumb;
import io.github.coursenotes.render.model.ChapterData;
import io.github.coursenotes.render.model.ChapterEntry;
import io.github.coursenotes.render.model.ChapterPageModel;
import io.github.coursenotes.render.model.HomePageModel;
import io.github.coursenotes.render.model.NavItem;
import io.github.coursenotes.render.model.NotePageModel;
import io.github.coursenotes.render.model.PageData;
import io.github.coursenotes.render.model.PageLink;
import io.github.coursenotes.render.model.SiteData;
import io.github.coursenotes.render.model.TemplateData;
import io.github.coursenotes.render.model.TocEntry;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Builds the data the templates receive ({@code render.model}, documented in the manual's "Changing
 * the theme"): the model of each note page, and the parts special pages share. Built once per
 * rendering: the sidebar's shared entries, the {@code chapters} list and what {@code <@reuse>}
 * renders ({@link #fragments}) are made once and used by every page.
 */
final class PageModels {

    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    private final Course course;
    private final SiteSettings settings;
    private final LastUpdated lastUpdated;
    private final List<Page> readingOrder;
    private final Map<Page, Integer> positions = new IdentityHashMap<>();
    private final Navigation navigation;
    private final FragmentCache fragments = new FragmentCache();
    /** The {@code chapters} list by root prefix: it lists every page, so building it per page would be quadratic. */
    private final Map<String, List<ChapterData>> chaptersByRoot = new ConcurrentHashMap<>();

    PageModels(Course course, SiteSettings settings) {
        this(course, settings, LastUpdated.none());
    }

    PageModels(Course course, SiteSettings settings, LastUpdated lastUpdated) {
        this.course = course;
        this.settings = settings;
        this.lastUpdated = lastUpdated;
        this.readingOrder = course.pagesInOrder();
        this.navigation = new Navigation(course);
        for (int i = 0; i < readingOrder.size(); i++) {
            positions.put(readingOrder.get(i), i);
        }
    }

    /** What {@code <@reuse>} rendered for the pages of this rendering. */
    FragmentCache fragments() {
        return fragments;
    }

    /** The model of the home page, a chapter page or a note, around its HTML. */
    TemplateData forPage(ParsedPage parsed, String contentHtml) {
        Page page = parsed.page();
        String root = "../".repeat(page.depth());
        SiteData site = site(root, page.outputPath(), true);
        PageData data = page(parsed, contentHtml);
        List<NavItem> nav = navigation.tree(page, root);
        List<ChapterData> chapters = chaptersByRoot.computeIfAbsent(root, this::chapters);
        int index = positions.getOrDefault(page, -1);
        PageLink next = index >= 0 && index < readingOrder.size() - 1 ? link(readingOrder.get(index + 1), root) : null;
        if (page.kind() == Page.Kind.HOME) {
            return new HomePageModel(site, data, nav, List.of(), next, chapters);
        }
        PageLink prev = index > 0 ? link(readingOrder.get(index - 1), root) : null;
        List<Breadcrumb> breadcrumbs = breadcrumbs(page, root);
        if (page.kind() == Page.Kind.CHAPTER) {
            List<Chapter> path = navigation.ancestors(page);
            ChapterData chapter = path.isEmpty() ? null : chapterData(path.get(path.size() - 1), root);
            return new ChapterPageModel(site, data, nav, breadcrumbs, prev, next, chapter, chapters);
        }
        return new NotePageModel(site, data, nav, breadcrumbs, prev, next, chapters);
    }

    /**
     * {@code site} for the page at {@code outputPath}, {@code rootPrefix} being the way from it to the
     * site root; its canonical URL only when {@code canonical} (the 404 page has none).
     */
    SiteData site(String rootPrefix, String outputPath, boolean canonical) {
        String url = settings.siteUrl();
        return new SiteData(settings.title(), settings.description() == null ? "" : settings.description(),
                rootPrefix, rootPrefix + "index.html", settings.externalImages(), url,
                url == null || !canonical ? null : url + (outputPath.equals("index.html") ? "" : outputPath));
    }

    /** The sidebar of a page that is not in the course (404, practice, search, print): every chapter closed. */
    List<NavItem> nav(String rootPrefix) {
        return navigation.tree(null, rootPrefix);
    }

    private List<ChapterData> chapters(String root) {
        return course.root().children().stream()
                .filter(child -> child instanceof Chapter)
                .map(child -> chapterData((Chapter) child, root)).toList();
    }

    private PageData page(ParsedPage parsed, String contentHtml) {
        Page page = parsed.page();
        List<TocEntry> toc = parsed.outline().stream()
                .map(entry -> new TocEntry(entry.level(), entry.text(), entry.anchor())).toList();
        String editUrl = settings.editUrl() != null && page.sourcePath().endsWith(".md")
                ? settings.editUrl() + page.sourcePath() : null;
        LocalDate date = lastUpdated.of(page.sourcePath()).orElse(null);
        return new PageData(page.title(), parsed.titleAnchor().isEmpty() ? null : parsed.titleAnchor(),
                page.summary() == null ? "" : page.summary(), contentHtml, page.outputPath(), page.sourcePath(),
                page.kind().name().toLowerCase(Locale.ROOT), parsed.cards().size(), toc, editUrl,
                date == null ? null : date.toString(), date == null ? null : DAY.format(date),
                contentHtml.contains("<math")); // the page links math.css only when it shows a formula
    }

    private List<Breadcrumb> breadcrumbs(Page page, String root) {
        List<Breadcrumb> crumbs = new ArrayList<>();
        crumbs.add(new Breadcrumb(settings.title(), root + "index.html"));
        for (Chapter chapter : navigation.ancestors(page)) {
            if (chapter.intro() != page) {
                crumbs.add(new Breadcrumb(chapter.title(), root + chapter.intro().outputPath()));
            }
        }
        return crumbs;
    }

    private ChapterData chapterData(Chapter chapter, String root) {
        List<ChapterEntry> entries = new ArrayList<>();
        for (CourseNode child : chapter.children()) {
            Page target = child instanceof Page page ? page : ((Chapter) child).intro();
            entries.add(new ChapterEntry(target.title(), root + target.outputPath(), target.outputPath(),
                    target.summary() == null ? "" : target.summary(), child instanceof Chapter));
        }
        return new ChapterData(chapter.title(), chapter.summary() == null ? "" : chapter.summary(),
                root + chapter.intro().outputPath(), chapter.intro().outputPath(), noteCount(chapter),
                chapter.children().stream().filter(Chapter.class::isInstance).count(), entries);
    }

    /** The notes of a chapter and of the chapters inside it; chapter pages are not notes. */
    private static long noteCount(Chapter chapter) {
        long notes = 0;
        for (CourseNode child : chapter.children()) {
            notes += child instanceof Chapter nested ? noteCount(nested) : 1;
        }
        return notes;
    }

    private static PageLink link(Page page, String root) {
        return new PageLink(page.title(), root + page.outputPath(), page.outputPath());
    }
}
