package io.github.coursenotes.markdown;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Node;
import org.commonmark.node.SourceSpan;
import org.commonmark.parser.PostProcessor;

/** Turns {@code ```math} fences, GitHub's third way of writing a formula, into {@link FormulaBlock}s. */
final class MathFences implements PostProcessor {

    @Override
    public Node process(Node document) {
        List<FencedCodeBlock> fences = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock fence) {
                if (isMath(fence.getInfo())) {
                    fences.add(fence);
                }
            }
        });
        for (FencedCodeBlock fence : fences) {
            String tex = fence.getLiteral().endsWith("\n")
                    ? fence.getLiteral().substring(0, fence.getLiteral().length() - 1) : fence.getLiteral();
            List<SourceSpan> spans = fence.getSourceSpans();
            // the first span is the opening fence; the TeX lines follow it
            List<SourceSpan> texSpans = spans.size() <= 1 ? List.of()
                    : spans.subList(1, Math.min(spans.size(), 1 + (int) tex.lines().count()));
            FormulaBlock block = FormulaBlock.fenced(tex, texSpans);
            block.setSourceSpans(spans);
            fence.insertBefore(block);
            fence.unlink();
        }
        return document;
    }

    private static boolean isMath(String info) {
        if (info == null) {
            return false;
        }
        String first = info.strip().split("\\s+", 2)[0];
        return first.equals("math");
    }
}
