package io.github.coursenotes.render;

import io.github.coursenotes.check.CheckedPage;
import io.github.coursenotes.markdown.MarkdownFactory;
import io.github.coursenotes.markdown.RawHtmlReference;
import java.util.Map;
import java.util.function.UnaryOperator;
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
 * Renders a checked note's Markdown to HTML with heading anchors and internal links relative to
 * where the HTML lands; images of the course get their {@code width} and {@code height}.
 */
public final class NoteHtmlRenderer {

    private final ImageSizes images;

    /**
     * The attributes of the render call running on this thread: the renderer is built once (building
     * one per call showed in profiles, cards being rendered part by part) and asks its factory for
     * the attribute provider at the start of each call, on the calling thread.
     */
    private final ThreadLocal<AttributeProvider> callAttributes = new ThreadLocal<>();
    private final HtmlRenderer renderer;

    public NoteHtmlRenderer(boolean rawHtml, ImageSizes images) {
        this.images = images;
        this.renderer = MarkdownFactory.renderer(rawHtml, context -> callAttributes.get());
    }

    /**
     * @param node       the document or any node of it (e.g. one card)
     * @param rootPrefix the way from the output file to the site root, e.g. {@code ../}
     */
    public String render(CheckedPage page, Node node, String rootPrefix) {
        return render(page, node, rootPrefix, UnaryOperator.identity(), href -> rootPrefix + href);
    }

    /**
     * Renders with heading ids and internal link targets mapped, for a page that holds several notes
     * ({@code print.html}): ids must stay unique and links may point within the page.
     *
     * @param ids       maps an anchor of the note (a heading's or a footnote's) to the id written
     * @param linkHrefs maps a site-root-relative link target ({@code deploy/canary.html#rollback}) to the href written
     */
    public String render(CheckedPage page, Node node, String rootPrefix, UnaryOperator<String> ids,
                         UnaryOperator<String> linkHrefs) {
        Map<Heading, String> anchors = page.parsed().headingIds();
        AttributeProvider attributes = (target, tagName, attrs) -> {
            if (target instanceof Heading heading && anchors.containsKey(heading)) {
                attrs.put("id", ids.apply(anchors.get(heading)));
            } else if (target instanceof FootnoteReference || target instanceof FootnoteDefinition) {
                attrs.computeIfPresent("id", (name, id) -> ids.apply(id));
                attrs.computeIfPresent("href", (name, href) -> href.startsWith("#") ? "#" + ids.apply(href.substring(1)) : href);
            } else if (target instanceof Link) {
                page.target(target).ifPresent(href -> attrs.put("href", href(href, linkHrefs)));
            } else if (target instanceof TaskListItemMarker marker) {
                // a checkbox needs an accessible name; the item's text follows it
                attrs.put("aria-label", marker.isChecked() ? "done" : "not done");
            } else if (target instanceof RawHtmlReference reference) {
                rawHtmlAttribute(page, reference, attrs, rootPrefix, ids, linkHrefs);
            } else if (target instanceof Image) {
                page.target(target).ifPresent(src -> {
                    attrs.put("src", rootPrefix + src);
                    // the browser keeps the image's space while it loads: no layout shift
                    images.get(src).ifPresent(size -> {
                        attrs.put("width", Integer.toString(size.width()));
                        attrs.put("height", Integer.toString(size.height()));
                    });
                });
                attrs.putIfAbsent("loading", "lazy");
            }
        };
        callAttributes.set(attributes);
        try {
            return renderer.render(node);
        } finally {
            callAttributes.remove();
        }
    }

    /**
     * An attribute of raw HTML: an id or name keeps its value (prefixed on the print page), a link
     * or file of the course points where a Markdown link or image would. Others are left as written.
     */
    private static void rawHtmlAttribute(CheckedPage page, RawHtmlReference reference, Map<String, String> attrs, String rootPrefix,
                                  UnaryOperator<String> ids, UnaryOperator<String> linkHrefs) {
        if (reference.kind() == RawHtmlReference.Kind.ANCHOR) {
            attrs.put(reference.attribute(), ids.apply(reference.value()));
            return;
        }
        page.target(reference).ifPresent(target -> attrs.put(reference.attribute(),
                reference.kind() == RawHtmlReference.Kind.SOURCE ? rootPrefix + target : href(target, linkHrefs)));
    }

    /** A target in the site through {@code linkHrefs}; one on the repository host (a folder without notes) as it is. */
    private static String href(String target, UnaryOperator<String> linkHrefs) {
        return target.startsWith("https://") || target.startsWith("http://") ? target : linkHrefs.apply(target);
    }
}
