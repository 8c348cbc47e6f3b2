package io.github.coursenotes.check;

import io.github.coursenotes.content.Asset;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.ParsedPage;
import io.github.coursenotes.markdown.RawHtmlReference;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.CustomNode;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Checks every link and image of the course and resolves the internal ones, as GitHub resolves
 * them in a repository: links to notes ({@code ../deploy/canary.md#rollback}), to a folder's page
 * ({@code homework/}, whose {@code index.md} or {@code README.md} introduces it), to anchors, to
 * files; a path starting with {@code /} starts at {@code content/}; {@code x.html} finds the note
 * {@code x.md}. The same goes for the {@code href} and {@code src} of raw HTML. Each problem
 * becomes a diagnostic at the link's line and column, with a suggestion where one is likely.
 */
public final class LinkChecker {

    private final CourseIndex index;
    private final LinkRules rules;
    private final Diagnostics diagnostics;

    private LinkChecker(Course course, List<ParsedPage> pages, LinkRules rules, Diagnostics diagnostics) {
        this.index = new CourseIndex(course, pages);
        this.rules = rules;
        this.diagnostics = diagnostics;
    }

    public static List<CheckedPage> check(Course course, List<ParsedPage> pages, Diagnostics diagnostics) {
        return check(course, pages, pages, LinkRules.strict(), diagnostics);
    }

    public static List<CheckedPage> check(Course course, List<ParsedPage> pages, LinkRules rules,
                                          Diagnostics diagnostics) {
        return check(course, pages, pages, rules, diagnostics);
    }

    /**
     * Checks the links of {@code toCheck} only, against the whole course ({@code pages}): the preview
     * server's rebuild of a few changed notes. Returns the checked pages in the order of {@code toCheck}.
     */
    public static List<CheckedPage> check(Course course, List<ParsedPage> pages, List<ParsedPage> toCheck,
                                          LinkRules rules, Diagnostics diagnostics) {
        LinkChecker checker = new LinkChecker(course, pages, rules, diagnostics);
        return toCheck.parallelStream().map(checker::checkPage).toList();
    }

    /** The links of one page, checked; what each internal one points to is collected into the result. */
    private CheckedPage checkPage(ParsedPage page) {
        PageLinks links = new PageLinks();
        page.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                checkDestination(page, link, link.getDestination(), null, links);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                checkDestination(page, image, image.getDestination(), "img", links);
                visitChildren(image);
            }

            @Override
            public void visit(CustomNode node) {
                if (node instanceof RawHtmlReference reference && rules.rawHtml()
                        && reference.kind() != RawHtmlReference.Kind.ANCHOR) {
                    checkDestination(page, reference, reference.value().strip(),
                            reference.kind() == RawHtmlReference.Kind.SOURCE ? reference.tagName() : null, links);
                }
                visitChildren(node);
            }
        });
        return new CheckedPage(page, links.targets, links.linksTo);
    }

    /** What the links of the page being checked point to. */
    private static final class PageLinks {
        private final Map<CheckedPage.Start, String> targets = new HashMap<>();
        private final Set<String> linksTo = new HashSet<>();

        void target(Node node, String target) {
            CheckedPage.Start.of(node).ifPresent(start -> targets.put(start, target));
        }
    }

    /** @param embeddedBy the element that loads the target ({@code img}, {@code video}...), or null for a link */
    private void checkDestination(ParsedPage page, Node node, String destination, String embeddedBy,
                                  PageLinks links) {
        Position at = Position.of(page.page(), node);
        boolean image = embeddedBy != null;
        if (LinkTarget.isExternal(destination)) {
            if (image) {
                ExternalSources.check(destination, embeddedBy, rules.externalImages())
                        .ifPresent(message -> diagnostics.warning(at.label(), at.line(), at.column(), message));
            }
            return;
        }
        String what = image ? (embeddedBy.equals("img") ? "image" : "'<" + embeddedBy + " src>'") : "link";
        if (destination.isBlank()) {
            problem(at, "empty " + what + " destination");
            return;
        }
        LinkTarget target = LinkTarget.parse(destination);
        if (target.path().isEmpty()) {
            checkFragment(at, page, target.fragment(), "this page");
            links.target(node, UrlEncoding.href(page.page().outputPath(), target.fragment()));
            return;
        }
        String folder = CourseIndex.folderOf(page.page());
        boolean fromRoot = target.path().startsWith("/");
        Optional<String> resolved = LinkTarget.resolve(fromRoot ? "" : folder, fromRoot
                ? target.path().replaceFirst("^/+", "") : target.path());
        if (resolved.isEmpty()) {
            problem(at, what + " '" + destination + "' climbs out of the content folder");
            return;
        }
        String path = CourseIndex.nfc(resolved.get());
        Asset asset = index.asset(path);
        if (asset != null) {
            links.target(node, UrlEncoding.href(asset.outputPath(), target.fragment()));
            return;
        }
        ParsedPage linked = index.page(path);
        if (linked != null && !image) {
            if (target.fragment() != null) {
                checkFragment(at, linked, target.fragment(), "'" + linked.page().label() + "'");
            }
            links.target(node, UrlEncoding.href(linked.page().outputPath(), target.fragment()));
            links.linksTo.add(linked.page().sourcePath());
            return;
        }
        String folderPath = path.endsWith("/") ? path : path + "/";
        if (!image && index.isFolder(folderPath)) {
            linkToFolder(at, node, destination, folderPath, links);
            return;
        }
        Optional<String> skippedWhy = index.skippedReason(path);
        if (skippedWhy.isPresent()) {
            problem(at, what + " '" + destination + "' points to content/" + path + ", which is left out of the site: "
                    + skippedWhy.get());
            return;
        }
        String suggestion = LinkSuggestion.suggest(folder, path, index.existing());
        problem(at, image ? what + " '" + destination + "' not found (looked for content/" + path + ")" + suggestion
                : "broken link '" + destination + "': no note or file at content/" + path + suggestion);
    }

    /**
     * A folder of the course that holds no note (code, data): it has no page. On GitHub the link shows
     * the folder's files, so with a repository URL the link goes there; without one it is a warning.
     */
    private void linkToFolder(Position at, Node node, String destination, String folderPath, PageLinks links) {
        if (rules.folderUrl() != null) {
            links.target(node, rules.folderUrl() + UrlEncoding.encode(folderPath));
            return;
        }
        diagnostics.warning(at.label(), at.line(), at.column(), "link '" + destination + "' points to the folder"
                + " content/" + folderPath + ", which holds no note and so has no page in the site; link to a file in"
                + " it, or give the POM a GitHub <scm><url> so that the link opens the folder on GitHub");
    }

    private void checkFragment(Position at, ParsedPage page, String fragment, String where) {
        if (fragment != null && !fragment.isEmpty() && !page.anchors().contains(fragment)) {
            problem(at, "broken anchor '#" + fragment + "': " + where + " has no heading or card with that anchor"
                    + AnchorSuggestion.suggest(fragment, page.anchors()));
        }
    }

    /** A broken link, anchor or image: an error, or a warning when the build is asked to let them pass. */
    private void problem(Position at, String message) {
        if (rules.brokenAsWarnings()) {
            diagnostics.warning(at.label(), at.line(), at.column(), message);
        } else {
            diagnostics.error(at.label(), at.line(), at.column(), message);
        }
    }
}
