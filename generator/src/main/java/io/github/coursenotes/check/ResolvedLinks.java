package io.github.coursenotes.check;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.commonmark.node.Node;

/**
 * Where each internal link and image of the course points in the site, relative to the site root
 * and percent-encoded (e.g. {@code deploy/canary.html#rollback}, {@code basics/my%20diagram.svg}).
 * External links are not listed.
 */
public final class ResolvedLinks {

    private final Map<Node, String> targets;

    ResolvedLinks(Map<Node, String> targets) {
        this.targets = Collections.unmodifiableMap(new IdentityHashMap<>(targets));
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
}
