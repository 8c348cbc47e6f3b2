package io.github.coursenotes.markdown;

import io.github.coursenotes.text.PlainText;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableHead;
import org.commonmark.node.Node;
import org.commonmark.renderer.NodeRenderer;
import org.commonmark.renderer.html.HtmlNodeRendererContext;
import org.commonmark.renderer.html.HtmlWriter;

/**
 * A table inside a keyboard-focusable group that scrolls sideways when the table is wider than
 * the page (a phone): {@code <div class="table-scroll" role="group" tabindex="0" aria-label="Table:
 * Stage, Signal">}. Only the wrapper is written here; the table itself is the tables extension's.
 */
final class TableRegionRenderer implements NodeRenderer {

    private final HtmlNodeRendererContext context;
    private final HtmlWriter html;

    TableRegionRenderer(HtmlNodeRendererContext context) {
        this.context = context;
        this.html = context.getWriter();
    }

    @Override
    public Set<Class<? extends Node>> getNodeTypes() {
        return Set.of(TableBlock.class);
    }

    @Override
    public void render(Node node) {
        Map<String, String> wrapper = new LinkedHashMap<>();
        wrapper.put("class", "table-scroll");
        wrapper.put("role", "group");
        wrapper.put("tabindex", "0");
        wrapper.put("aria-label", label(node));
        html.line();
        html.tag("div", wrapper);
        html.line();
        html.tag("table", context.extendAttributes(node, "table", Map.of()));
        html.line();
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            context.render(child);
        }
        html.tag("/table");
        html.line();
        html.tag("/div");
        html.line();
    }

    /** "Table: " and the column headings, which name the table for a screen reader. */
    private static String label(Node table) {
        List<String> headings = new ArrayList<>();
        if (table.getFirstChild() instanceof TableHead head && head.getFirstChild() != null) {
            for (Node cell = head.getFirstChild().getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell) {
                    String text = PlainText.ofHeading(cell);
                    if (!text.isEmpty()) {
                        headings.add(text);
                    }
                }
            }
        }
        return headings.isEmpty() ? "Table" : "Table: " + String.join(", ", headings);
    }
}
