package io.github.coursenotes.render;

import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.markdown.MarkdownFactory;
import io.github.coursenotes.markdown.RawHtmlReference;
import java.util.Map;
import org.commonmark.ext.footnotes.FootnoteDefinition;
import org.commonmark.ext.footnotes.FootnoteReference;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.renderer.html.AttributeProvider;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Renders a checked note's Markdown to HTML for a {@link Place}: heading anchors, and internal links
 * and files as the place writes them; images of the course get their {@code width} and {@code height}.
 */
public final class NoteHtmlRenderer {

    /** What one render call renders and where it lands. */
    private record Call(CheckedPage page, Place place) {
    }

    private final ImageSizes images;

    /**
     * The render call running on this thread: the renderer is built once (building one per call showed
     * in profiles, cards being rendered part by part), and its factories read what differs per call
     * (the attributes, the blanks of cards) when it starts, on the calling thread.
     */
    private final ThreadLocal<Call> calls = new ThreadLocal<>();
    private final HtmlRenderer renderer;

    public NoteHtmlRenderer(boolean rawHtml, ImageSizes images) {
        this.images = images;
        this.renderer = MarkdownFactory.renderer(rawHtml, context -> attributes(calls.get()),
                () -> calls.get().place().blanks());
    }

    /**
     * @param node       the document or any node of it (e.g. one card)
     * @param rootPrefix the way from the output file to the site root, e.g. {@code ../}
     */
    public String render(CheckedPage page, Node node, String rootPrefix) {
        return render(page, node, Place.page(rootPrefix));
    }

    /** Renders {@code node} of {@code page} (the document or any node of it) for {@code place}. */
    String render(CheckedPage page, Node node, Place place) {
        calls.set(new Call(page, place));
        try {
            return renderer.render(node);
        } finally {
            calls.remove();
        }
    }

    private AttributeProvider attributes(Call call) {
        Map<Heading, String> anchors = call.page().parsed().headingIds();
        Place place = call.place();
        return (target, tagName, attrs) -> {
            if (target instanceof Heading heading && anchors.containsKey(heading)) {
                attrs.put("id", place.ids().apply(anchors.get(heading)));
            } else if (target instanceof FootnoteReference || target instanceof FootnoteDefinition) {
                attrs.computeIfPresent("id", (name, id) -> place.ids().apply(id));
                attrs.computeIfPresent("href", (name, href) -> href.startsWith("#")
                        ? "#" + place.ids().apply(href.substring(1)) : href);
            } else if (target instanceof Link) {
                call.page().target(target).ifPresent(href -> {
                    String written = href(tagName, href, place);
                    if (written == null) {
                        attrs.remove("href");
                    } else {
                        attrs.put("href", written);
                    }
                });
            } else if (target instanceof TaskListItemMarker marker) {
                // a checkbox needs an accessible name; the item's text follows it
                attrs.put("aria-label", marker.isChecked() ? "done" : "not done");
            } else if (target instanceof RawHtmlReference reference) {
                rawHtmlAttribute(call.page(), reference, attrs, place);
            } else if (target instanceof Image) {
                call.page().target(target).ifPresent(src -> {
                    attrs.put("src", place.files().apply(tagName, src));
                    // the browser keeps the image's space while it loads: no layout shift
                    images.get(src).ifPresent(size -> {
                        attrs.put("width", Integer.toString(size.width()));
                        attrs.put("height", Integer.toString(size.height()));
                    });
                });
                attrs.putIfAbsent("loading", "lazy");
            }
        };
    }

    /**
     * An attribute of raw HTML: an id or name keeps its value (through the place's ids), a link or file
     * of the course points where a Markdown link or image would. Others are left as written.
     */
    private static void rawHtmlAttribute(CheckedPage page, RawHtmlReference reference, Map<String, String> attrs,
                                         Place place) {
        if (reference.kind() == RawHtmlReference.Kind.ANCHOR) {
            attrs.put(reference.attribute(), place.ids().apply(reference.value()));
            return;
        }
        page.target(reference).ifPresent(target -> {
            if (reference.kind() == RawHtmlReference.Kind.SOURCE) {
                attrs.put(reference.attribute(), place.files().apply(reference.tagName(), target));
            } else {
                // null leaves the attribute out (RawHtmlNodeRenderer)
                attrs.put(reference.attribute(), href(reference.tagName(), target, place));
            }
        });
    }

    /**
     * A link's target through the place ({@code null} for no link); one on the repository host (a
     * folder without notes) as it is.
     */
    private static String href(String element, String target, Place place) {
        boolean absolute = target.startsWith("https://") || target.startsWith("http://");
        return absolute ? target : place.links().apply(element, target);
    }
}
