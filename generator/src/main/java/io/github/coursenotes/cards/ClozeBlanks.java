package io.github.coursenotes.cards;

import io.github.coursenotes.diagnostic.Diagnostics;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Text;

/** Replaces {@code {{answer|alternative}}} in the text of a cloze card with {@link ClozeBlank} nodes. */
final class ClozeBlanks {

    private static final Pattern BLANK = Pattern.compile("\\{\\{(.*?)}}");

    private ClozeBlanks() {
    }

    /** Returns the number of blanks made; empty blanks are reported. */
    static int replace(CardPart prompt, String label, int line, Diagnostics diagnostics) {
        List<Text> texts = new ArrayList<>();
        prompt.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                texts.add(text);
            }
        });
        int count = 0;
        for (Text text : texts) {
            String literal = text.getLiteral();
            Matcher matcher = BLANK.matcher(literal);
            int last = 0;
            while (matcher.find()) {
                List<String> answers = Arrays.stream(matcher.group(1).split("\\|"))
                        .map(String::strip).filter(answer -> !answer.isEmpty()).toList();
                int blankLine = text.getSourceSpans().isEmpty() ? line
                        : line + text.getSourceSpans().get(0).getLineIndex() - lineIndexOf(prompt);
                if (answers.isEmpty()) {
                    diagnostics.error(label, blankLine, 1, "empty cloze blank '{{}}': write the answer inside");
                    continue;
                }
                if (matcher.start() > last) {
                    text.insertBefore(new Text(literal.substring(last, matcher.start())));
                }
                text.insertBefore(new ClozeBlank(answers, ++count));
                last = matcher.end();
            }
            if (last > 0) {
                if (last < literal.length()) {
                    text.insertBefore(new Text(literal.substring(last)));
                }
                text.unlink();
            }
        }
        return count;
    }

    private static int lineIndexOf(CardPart prompt) {
        var first = prompt.getFirstChild();
        return first == null || first.getSourceSpans().isEmpty() ? 0 : first.getSourceSpans().get(0).getLineIndex();
    }
}
