package io.github.coursenotes.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.coursenotes.cards.ClozeBlank;
import io.github.coursenotes.markdown.MarkdownFactory;
import java.util.List;
import org.commonmark.node.Heading;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.junit.jupiter.api.Test;

class PlainTextTest {

    private static Heading heading() {
        Node document = MarkdownFactory.parser().parse("The `model_id` *field*\nof [data](x.md)\n===\n");
        Heading heading = (Heading) document.getFirstChild();
        heading.appendChild(new ClozeBlank(List.of("answer", "other"), 1));
        heading.appendChild(new Text(" end"));
        return heading;
    }

    @Test
    void aHeadingIsItsLiteralTextAndCodeOnly() {
        assertEquals("The model_id fieldof data end", PlainText.ofHeading(heading()));
    }

    @Test
    void otherTextHasSpacesForLineBreaksAndBlocksAndBlanksAsTheirFirstAnswer() {
        StringBuilder text = new StringBuilder();
        heading().accept(new PlainText(text));
        assertEquals("The model_id field of dataanswer end ", text.toString());
    }
}
