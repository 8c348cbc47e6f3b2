package io.github.coursenotes.check;

import io.github.coursenotes.markdown.ParsedPage;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;

/**
 * Where each internal link and image of the course points in the site, relative to the site root
 * and percent-encoded (e.g. {@code deploy/canary.html#rollback}, {@code basics/my%20diagram.svg}).
 * External links are not listed. It also knows which pages each page links to, so that the preview
 * server can check again the links into a note that changed.
 */
public final class ResolvedLinks {

    private final Map<Node, String> targets;
    /** Source path of a page → source paths of the pages its links point to. */
    private final Map<String, Set<String>> linkedPages;

    ResolvedLinks(Map<Node, String> targets, Map<String, Set<String>> linkedPages) {
        this.targets = Collections.unmodifiableMap(new IdentityHashMap<>(targets));
        this.linkedPages = Map.copyOf(linkedPages);
    }

    ResolvedLinks(Map<Node, String> targets) {
        this(targets, Map.of());
    }

    public static ResolvedLinks none() {
        return new ResolvedLinks(Map.of());
    }

    /** The site-root-relative target of a link or image node, if it is internal. */
    public Optional<String> target(Node node) {
        return Optional.ofNullable(targets.get(node));
    }

    public int size() {
        return targets.size();
    }

    /** The source paths of the pages with a link to any of {@code sourcePaths} (anchors included). */
    public Set<String> pagesLinkingTo(Set<String> sourcePaths) {
        Set<String> linking = new HashSet<>();
        linkedPages.forEach((from, to) -> {
            if (!Collections.disjoint(to, sourcePaths)) {
                linking.add(from);
            }
        });
        return linking;
    }

    /**
     * These links with the pages of {@code replaced} checked again: their old link nodes are dropped
     * and the targets of {@code rechecked} (the links of their new parse) take their place.
     */
    public ResolvedLinks replacing(Collection<ParsedPage> replaced, ResolvedLinks rechecked) {
        Map<Node, String> merged = new IdentityHashMap<>(targets);
        Map<String, Set<String>> linked = new HashMap<>(linkedPages);
        for (ParsedPage page : replaced) {
            linked.remove(page.page().sourcePath());
            page.document().accept(new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                    merged.remove(link);
                    visitChildren(link);
                }

                @Override
                public void visit(Image image) {
                    merged.remove(image);
                    visitChildren(image);
                }
            });
        }
        merged.putAll(rechecked.targets);
        linked.putAll(rechecked.linkedPages);
        return new ResolvedLinks(merged, linked);
    }
}
