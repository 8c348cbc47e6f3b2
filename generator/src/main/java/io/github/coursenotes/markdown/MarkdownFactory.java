package io.github.coursenotes.markdown;

import io.github.coursenotes.cards.CardExtension;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.commonmark.Extension;
import org.commonmark.ext.autolink.AutolinkExtension;
import org.commonmark.ext.footnotes.FootnotesExtension;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.AttributeProviderFactory;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The one place where the CommonMark parser and HTML renderer are configured: GFM tables,
 * strikethrough ({@code ~~two tildes~~} only, so a lone {@code ~} keeps its CommonMark meaning),
 * autolinks, task lists, footnotes, source positions for diagnostics, a nesting limit that keeps
 * the tree shallow enough for recursive visitors ({@link NestingLimit}), the card syntax
 * ({@link CardExtension}: {@code ```card} fences parsed into card blocks, and their HTML) and the
 * theme's renderers of code blocks, tables and headings.
 * Heading anchors come from {@link HeadingAnchors}, which uses the heading-anchor extension's ids.
 *
 * <p>GitHub's syntax beyond CommonMark: formulas ({@code $…$}, {@code $$…$$}, {@code ```math};
 * {@link DollarMath}, {@link DollarMathBlocks}, {@link MathFences}), alerts ({@code > [!NOTE]};
 * {@link Alerts}), and raw HTML whose links, images and ids are checked and rewritten like
 * Markdown's ({@link RawHtmlLinks}).
 */
public final class MarkdownFactory {

    private static final List<Extension> EXTENSIONS = List.of(
            TablesExtension.create(),
            StrikethroughExtension.builder().requireTwoTildes(true).build(),
            AutolinkExtension.create(),
            TaskListItemsExtension.create(),
            FootnotesExtension.create());

    private MarkdownFactory() {
    }

    /** The notes' parser, cards included; it records block and inline source positions. Immutable and thread-safe. */
    public static Parser parser() {
        return builder().extensions(List.of(CardExtension.create())).build();
    }

    /**
     * The parser of a card's sections ({@link io.github.coursenotes.cards.CardReader}): the notes'
     * parser without the card syntax, so a card fence inside a card is a code block. Each section is
     * a document of its own: link reference definitions and footnotes do not leak between them.
     */
    public static Parser cardSectionParser() {
        return builder().build();
    }

    private static Parser.Builder builder() {
        return Parser.builder()
                .postProcessor(new NestingLimit()) // first: the extensions' post-processors recurse
                .extensions(EXTENSIONS)
                .customInlineContentParserFactory(new DollarMath())
                .customBlockParserFactory(new DollarMathBlocks())
                .postProcessor(new MathFences())
                .postProcessor(new Alerts())
                .postProcessor(new RawHtmlLinks())
                .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES);
    }

    /**
     * A renderer for the notes.
     *
     * @param rawHtml    whether HTML written in the notes passes through (otherwise it is escaped)
     * @param attributes adds heading ids and rewrites internal links for one page
     */
    public static HtmlRenderer renderer(boolean rawHtml, AttributeProviderFactory attributes) {
        return renderer(rawHtml, attributes, () -> null);
    }

    /**
     * A renderer for the notes whose cards' blanks are written as {@code blanks} gives at the start of
     * each render call ({@link CardExtension#create(Supplier)}); the site's inputs for {@code null}.
     */
    public static HtmlRenderer renderer(boolean rawHtml, AttributeProviderFactory attributes,
                                        Supplier<Function<List<String>, String>> blanks) {
        return plainBuilder(theme(HtmlRenderer.builder()), CardExtension.create(blanks))
                .escapeHtml(!rawHtml)
                .sanitizeUrls(!rawHtml)
                .attributeProviderFactory(attributes)
                .build();
    }

    /** A renderer exactly as plain CommonMark plus our extensions, for conformance tests. */
    public static HtmlRenderer plainRenderer() {
        return plainBuilder(HtmlRenderer.builder(), CardExtension.create()).build();
    }

    /**
     * How the theme wants some blocks written: code highlighted, tables that scroll inside a
     * focusable group, headings with a permalink. Added before the extensions, as for a node type
     * the first factory added wins (the tables extension has its own renderer for tables).
     */
    private static HtmlRenderer.Builder theme(HtmlRenderer.Builder builder) {
        return builder
                .nodeRendererFactory(CodeBlockRenderer::new)
                .nodeRendererFactory(TableRegionRenderer::new)
                .nodeRendererFactory(HeadingLinkRenderer::new);
    }

    /**
     * What both renderers share. URLs are percent-encoded ({@code <a href="/my%20uri">}) because the
     * CommonMark spec's examples expect it and because a raw space or non-ASCII byte is not a valid URL.
     */
    private static HtmlRenderer.Builder plainBuilder(HtmlRenderer.Builder builder, CardExtension cards) {
        return builder.extensions(EXTENSIONS).percentEncodeUrls(true)
                .nodeRendererFactory(FormulaNodeRenderer::new)
                .nodeRendererFactory(CalloutNodeRenderer::new)
                .nodeRendererFactory(RawHtmlNodeRenderer::new)
                .extensions(List.of(cards));
    }
}
