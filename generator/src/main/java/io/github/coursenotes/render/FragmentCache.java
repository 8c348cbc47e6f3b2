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

    /**
     * By the entry's link (which names one entry of a rendering, its depth included), the texts of
     * the entry at each call place: one lookup per entry shown, for the thousands of pages of a build.
     */
    private final Map<String, Fragment> fragments = new ConcurrentHashMap<>();

    /** The text of {@code item} at {@code place}, and the texts of the same link at other places. */
    private record Fragment(NavItem item, Object place, String text, Fragment next) {
    }

    /** Whether {@code item} renders alike on every page that shows it at its depth. */
    static boolean isShared(NavItem item) {
        return !item.current() && !item.open() && !item.more();
    }

    /** The text kept for {@code item} at {@code place}, or null. */
    String get(Object place, NavItem item) {
        for (Fragment known = fragments.get(item.href()); known != null; known = known.next()) {
            if (known.place() == place) {
                return known.item() == item || known.item().equals(item) ? known.text() : null;
            }
        }
        return null;
    }

    /** Keeps the text of {@code item} at {@code place}, in place of any other kept for its link there. */
    void put(Object place, NavItem item, String text) {
        fragments.compute(item.href(), (link, known) -> new Fragment(item, place, text, without(known, place)));
    }

    private static Fragment without(Fragment fragment, Object place) {
        if (fragment == null) {
            return null;
        }
        Fragment next = without(fragment.next(), place);
        return fragment.place() == place ? next
                : new Fragment(fragment.item(), fragment.place(), fragment.text(), next);
    }
}
