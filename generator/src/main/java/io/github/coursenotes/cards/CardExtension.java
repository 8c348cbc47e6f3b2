package io.github.coursenotes.cards;

import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * The card syntax as a CommonMark extension: {@code ```card} fences become {@link CardBlock}s with
 * their source positions ({@link CardBlockParser}), written as cards by {@link CardNodeRenderer}.
 * A card's text is read on its page by {@link CardReader}, which reports what is wrong with it.
 */
public final class CardExtension implements Parser.ParserExtension, HtmlRenderer.HtmlRendererExtension {

    private final Supplier<Function<List<String>, String>> blanks;

    private CardExtension(Supplier<Function<List<String>, String>> blanks) {
        this.blanks = blanks;
    }

    /** Cards as the site shows them: blanks are inputs, revealed with the answer. */
    public static CardExtension create() {
        return new CardExtension(() -> null);
    }

    /**
     * Cards whose blanks are written as {@code blanks} gives, asked at the start of each render call
     * (a card's faces in the exports: a gap, the answer, Anki's cloze); {@code null} for the site's inputs.
     */
    public static CardExtension create(Supplier<Function<List<String>, String>> blanks) {
        return new CardExtension(blanks);
    }

    @Override
    public void extend(Parser.Builder parserBuilder) {
        parserBuilder.customBlockParserFactory(new CardBlockParser.Factory());
    }

    @Override
    public void extend(HtmlRenderer.Builder rendererBuilder) {
        rendererBuilder.nodeRendererFactory(context -> new CardNodeRenderer(context, blanks.get()));
    }
}
