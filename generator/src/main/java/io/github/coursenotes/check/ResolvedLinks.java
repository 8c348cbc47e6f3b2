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

    /** Links of pages checked again after a rebuild are flattened into one map after this many old links. */
    private static final int MAX_STALE = 5_000;

    private final Map<Node, String> targets;
    /**
     * The targets of the pages checked again since {@link #targets} was made, looked up first, and
     * the old link nodes they replace: {@link #replacing} then costs the changed pages, not the course.
     */
    private final Map<Node, String> recent;
    private final Set<Node> stale;
    /** Source path of a page → source paths of the pages its links point to. */
    private final Map<String, Set<String>> linkedPages;

    private ResolvedLinks(Map<Node, String> targets, Map<Node, String> recent, Set<Node> stale,
                          Map<String, Set<String>> linkedPages) {
        this.targets = targets;
        this.recent = recent;
        this.stale = stale;
        this.linkedPages = linkedPages;
    }

    ResolvedLinks(Map<Node, String> targets, Map<String, Set<String>> linkedPages) {
        this(Collections.unmodifiableMap(new IdentityHashMap<>(targets)), Map.of(), Set.of(),
                Collections.unmodifiableMap(new HashMap<>(linkedPages)));
    }

    ResolvedLinks(Map<Node, String> targets) {
        this(targets, Map.of());
    }

    public static ResolvedLinks none() {
        return new ResolvedLinks(Map.of());
    }

    /** The site-root-relative target of a link or image node, if it is internal. */
    public Optional<String> target(Node node) {
        String recentTarget = recent.get(node);
        if (recentTarget != null || stale.contains(node)) {
            return Optional.ofNullable(recentTarget);
        }
        return Optional.ofNullable(targets.get(node));
    }

    public int size() {
        return targets.size() - stale.size() + recent.size();
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
        Set<Node> oldLinks = Collections.newSetFromMap(new IdentityHashMap<>());
        oldLinks.addAll(stale);
        Map<Node, String> newer = new IdentityHashMap<>(recent);
        Map<String, Set<String>> linked = new HashMap<>(linkedPages);
        for (ParsedPage page : replaced) {
            linked.remove(page.page().sourcePath());
            page.document().accept(new AbstractVisitor() {
                @Override
                public void visit(Link link) {
                    drop(link);
                    visitChildren(link);
                }

                @Override
                public void visit(Image image) {
                    drop(image);
                    visitChildren(image);
                }

                private void drop(Node node) {
                    if (newer.remove(node) == null && targets.containsKey(node)) {
                        oldLinks.add(node);
                    }
                }
            });
        }
        newer.putAll(rechecked.targets);
        newer.putAll(rechecked.recent);
        linked.putAll(rechecked.linkedPages);
        if (oldLinks.size() > MAX_STALE) {
            Map<Node, String> flat = new IdentityHashMap<>(targets);
            oldLinks.forEach(flat::remove);
            flat.putAll(newer);
            return new ResolvedLinks(flat, linked);
        }
        return new ResolvedLinks(targets, Collections.unmodifiableMap(newer), Collections.unmodifiableSet(oldLinks),
                Collections.unmodifiableMap(linked));
    }
}
