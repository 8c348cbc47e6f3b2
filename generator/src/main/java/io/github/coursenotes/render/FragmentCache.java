package io.github.coursenotes.render;

import io.github.coursenotes.render.model.NavItem;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What {@code <@reuse of=item>} rendered for each sidebar entry that many pages show alike, by
 * place in the templates: kept for the pages of one rendering (the note pages of a build) and let go
 * with it. A shared entry is one that is neither current, nor open, nor a "more" link: the body
 * of {@code <@reuse>} depends on the entry alone, so such an entry renders the same on every page
 * at its depth. Thread-safe: pages are rendered in parallel.
 */
final class FragmentCache {

    /** By call place, then by the entry's link (which names one entry of a build, its depth included). */
    private final Map<Object, Map<String, Fragment>> fragments = new ConcurrentHashMap<>();

    /** A body's text, and the same in UTF-8 for writers that take bytes. */
    record Text(String chars, byte[] utf8) {
    }

    private record Fragment(NavItem item, Text text) {
    }

    /** Whether {@code item} renders alike on every page that shows it at its depth. */
    static boolean isShared(NavItem item) {
        return !item.current() && !item.open() && !item.more();
    }

    /** The text kept for {@code item} at {@code place}, or null. */
    Text get(Object place, NavItem item) {
        Fragment known = byLink(place).get(item.href());
        return known != null && (known.item() == item || known.item().equals(item)) ? known.text() : null;
    }

    /** Keeps the text of {@code item} at {@code place} (two threads may keep the same text twice). */
    void put(Object place, NavItem item, Text text) {
        byLink(place).put(item.href(), new Fragment(item, text));
    }

    private Map<String, Fragment> byLink(Object place) {
        return fragments.computeIfAbsent(place, key -> new ConcurrentHashMap<>());
    }
}
