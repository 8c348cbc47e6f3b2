package io.github.coursenotes.cards;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;

/** Replaces {@code {{answer|alternative}}} in the text of a cloze card with {@link ClozeBlank} nodes. */
final class ClozeBlanks {

    private static final Pattern BLANK = Pattern.compile("\\{\\{(.*?)}}");

    private ClozeBlanks() {
    }

    /**
     * Returns the number of blanks made; empty blanks are reported.
     *
     * @param bodyLine the file line of the body's first line: the prompt's source spans count from it
     */
    static int replace(CardPart prompt, int bodyLine, CardProblems problems) {
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
                if (answers.isEmpty()) {
                    SourceSpan span = text.getSourceSpans().isEmpty() ? null : text.getSourceSpans().get(0);
                    problems.error(span == null ? bodyLine : bodyLine + span.getLineIndex(),
                            span == null ? 1 : span.getColumnIndex() + 1 + matcher.start(),
                            "empty cloze blank '" + matcher.group() + "': write the answer inside");
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
}
