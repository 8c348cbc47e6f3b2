package io.github.coursenotes.markdown;

import io.github.coursenotes.text.PlainText;
import java.util.IdentityHashMap;
import java.util.Map;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;

/**
 * Gives every heading a stable anchor the way GitHub does (lowercase, spaces to hyphens,
 * punctuation dropped, {@code -1}, {@code -2} for repeats), using the heading-anchor extension's
 * {@link IdGenerator}.
 */
public final class HeadingAnchors {

    private HeadingAnchors() {
    }

    public static Map<Heading, String> assign(Node document) {
        return assign(document, generator());
    }

    /** A fresh generator: it remembers the ids it gave, to number repeats. */
    public static IdGenerator generator() {
        return IdGenerator.builder().defaultId("section").build();
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
