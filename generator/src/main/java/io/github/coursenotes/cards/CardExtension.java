package io.github.coursenotes.cards;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The card syntax as a CommonMark extension: {@code ```card} fences become {@link CardBlock}s with
 * their source positions ({@link CardBlockParser}), written as cards by {@link CardNodeRenderer}.
 * A card's text is read on its page by {@link CardReader}, which reports what is wrong with it.
 */
public final class CardExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private CardExtension() {
    }

    public static CardExtension create() {
        return new CardExtension();
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customBlockParserFactory(new CardBlockParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder) {
        rendererBuilder.nodeRendererFactory(CardNodeRenderer::new);
    }
}
