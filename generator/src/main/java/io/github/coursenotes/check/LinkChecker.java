package io.github.coursenotes.check;

import io.github.coursenotes.content.Asset;
import io.github.coursenotes.content.Course;
import io.github.coursenotes.content.Page;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.markdown.ParsedPage;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Checks every link and image of the course and resolves the internal ones: links to notes
 * ({@code ../deploy/canary.md#rollback}), to chapter folders, to anchors on the same page, and to
 * assets. Each problem becomes a diagnostic at the link's line and column.
 */
public final class LinkChecker {

    private final Map<String, ParsedPage> pagesBySource = new HashMap<>();
    private final Map<String, Asset> assetsBySource = new HashMap<>();
    private final Diagnostics diagnostics;
    // Nodes keep Object's identity equality, so a concurrent map behaves as an identity map here.
    private final Map<Node, String> targets = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> linkedPages = new ConcurrentHashMap<>();

    private LinkChecker(Course course, List<ParsedPage> pages, Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
        for (ParsedPage page : pages) {
            pagesBySource.put(nfc(page.page().sourcePath()), page);
            if (page.page().kind() != Page.Kind.NOTE) {
                pagesBySource.put(nfc(folderOf(page.page())), page);
            }
        }
        course.assets().forEach(asset -> assetsBySource.put(nfc(asset.sourcePath()), asset));
    }

    public static ResolvedLinks check(Course course, List<ParsedPage> pages, Diagnostics diagnostics) {
        return check(course, pages, pages, diagnostics);
    }

    /**
     * Checks the links of {@code toCheck} only, against the whole course ({@code pages}): the preview
     * server's rebuild of a few changed notes.
     */
    public static ResolvedLinks check(Course course, List<ParsedPage> pages, List<ParsedPage> toCheck,
                                      Diagnostics diagnostics) {
        LinkChecker checker = new LinkChecker(course, pages, diagnostics);
        toCheck.parallelStream().forEach(checker::checkPage);
        return new ResolvedLinks(checker.targets, checker.linkedPages);
    }

    private void checkPage(ParsedPage page) {
        linkedPages.put(page.page().sourcePath(), ConcurrentHashMap.newKeySet());
        page.document().accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                checkDestination(page, link, link.getDestination(), false);
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                checkDestination(page, image, image.getDestination(), true);
                visitChildren(image);
            }
        });
    }

    private void checkDestination(ParsedPage page, Node node, String destination, boolean image) {
        if (LinkTarget.isExternal(destination)) {
            return;
        }
        Position at = Position.of(page.page(), node);
        String what = image ? "image" : "link";
        if (destination.isBlank()) {
            error(at, "empty " + what + " destination");
            return;
        }
        LinkTarget target = LinkTarget.parse(destination);
        if (target.path().isEmpty()) {
            checkFragment(at, page, target.fragment(), "this page");
            targets.put(node, UrlEncoding.href(page.page().outputPath(), target.fragment()));
            return;
        }
        if (target.path().startsWith("/")) {
            error(at, what + " '" + destination + "' is absolute, which breaks when the site is opened from disk"
                    + " or published under a project path; write it relative to this file, e.g. '../" +
                    target.path().substring(1) + "'");
            return;
        }
        String folder = folderOf(page.page());
        Optional<String> resolved = LinkTarget.resolve(folder, target.path());
        if (resolved.isEmpty()) {
            error(at, what + " '" + destination + "' climbs out of the content folder");
            return;
        }
        String path = nfc(resolved.get());
        Asset asset = assetsBySource.get(path);
        ParsedPage linked = asset == null ? findPage(path) : null;
        if (image && asset == null) {
            error(at, "image '" + destination + "' not found (looked for content/" + path + ")");
        } else if (asset != null) {
            targets.put(node, UrlEncoding.href(asset.outputPath(), target.fragment()));
        } else if (linked == null) {
            error(at, "broken link '" + destination + "': no note or file at content/" + path);
        } else {
            if (target.fragment() != null) {
                checkFragment(at, linked, target.fragment(), "'" + linked.page().label() + "'");
            }
            targets.put(node, UrlEncoding.href(linked.page().outputPath(), target.fragment()));
            linkedPages.get(page.page().sourcePath()).add(linked.page().sourcePath());
        }
    }

    private ParsedPage findPage(String path) {
        ParsedPage page = pagesBySource.get(path);
        if (page == null && !path.endsWith("/")) {
            page = pagesBySource.get(path + "/");
        }
        return page;
    }

    private void checkFragment(Position at, ParsedPage page, String fragment, String where) {
        if (fragment != null && !fragment.isEmpty() && !page.anchors().contains(fragment)) {
            error(at, "broken anchor '#" + fragment + "': " + where + " has no heading or card with that anchor"
                    + AnchorSuggestion.suggest(fragment, page.anchors()));
        }
    }

    private void error(Position at, String message) {
        diagnostics.error(at.label(), at.line(), at.column(), message);
    }

    /** File names compare in NFC: macOS stores them decomposed, editors type them composed. */
    private static String nfc(String path) {
        return Normalizer.normalize(path, Normalizer.Form.NFC);
    }

    /** {@code 01-lifecycle/} for any page in that folder; empty for the root. */
    private static String folderOf(Page page) {
        String source = page.sourcePath();
        if (page.kind() != Page.Kind.NOTE && !source.endsWith(".md")) {
            return source;
        }
        int slash = source.lastIndexOf('/');
        return slash < 0 ? "" : source.substring(0, slash + 1);
    }
}
