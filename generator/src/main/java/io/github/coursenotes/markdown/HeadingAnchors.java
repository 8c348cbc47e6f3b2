package io.github.coursenotes.markdown;

import io.github.coursenotes.text.PlainText;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Gives every heading a stable anchor the way GitHub does (lowercase, spaces to hyphens,
 * punctuation dropped, {@code -1}, {@code -2} for repeats), using the heading-anchor extension's
 * {@link IdGenerator}. One difference: the ids the built-in theme gives the page around a note
 * ({@link #THEME_IDS}) count as taken, so that a heading "Main" becomes {@code main-1} and a
 * page never has two elements with the same id.
 */
public final class HeadingAnchors {

    /**
     * The element ids of the built-in theme's page frame (layout, home and chapter page). A theme of
     * the project's own that adds ids should avoid ones headings could take.
     */
    public static final List<String> THEME_IDS = List.of("main", "sidebar", "site-search-input",
            "chapters-title", "in-this-chapter");

    private HeadingAnchors() {
    }

    public static Map<Heading, String> assign(Node document) {
        return assign(document, generator());
    }

    /** A fresh generator: it remembers the ids it gave, to number repeats, and starts with {@link #THEME_IDS} taken. */
    public static IdGenerator generator() {
        IdGenerator ids = IdGenerator.builder().defaultId("section").build();
        THEME_IDS.forEach(ids::generateId);
        return ids;
    }

    /** Assigns anchors with {@code ids}, which goes on numbering for any later id on the same page. */
    public static Map<Heading, String> assign(Node document, IdGenerator ids) {
        Map<Heading, String> anchors = new IdentityHashMap<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                anchors.put(heading, ids.generateId(PlainText.ofHeading(heading)));
            }
        });
        return anchors;
    }
}
