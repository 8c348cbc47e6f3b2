package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import freemarker.template.TemplateMethodModelEx;
import io.github.coursenotes.diagnostic.Diagnostics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code <@reuse of=item>}: the body of a shared item is rendered once per call place. */
class ReusedFragmentTest {

    @TempDir
    Path templates;

    private final AtomicInteger renders = new AtomicInteger();
    private final TemplateMethodModelEx count = arguments -> renders.incrementAndGet();

    private String render(String template, Map<String, Object> model) throws Exception {
        Files.writeString(templates.resolve("t.ftlh"), template);
        Diagnostics diagnostics = new Diagnostics();
        String out = Theme.load(templates).render("t.ftlh", model, diagnostics).orElse("");
        assertEquals("[]", diagnostics.sorted().toString());
        return out;
    }

    @Test
    void aSharedItemIsRenderedOnceAndWrittenEachTime() throws Exception {
        Map<String, Object> item = TemplateMap.shared(Map.of("title", "A & B"));
        String out = render("<#list items as i><@reuse of=i>[${i.title} ${count()}]</@reuse></#list>",
                Map.of("items", List.of(item, item, item), "count", count));
        assertEquals("[A &amp; B 1][A &amp; B 1][A &amp; B 1]", out);
        assertEquals(1, renders.get());
    }

    @Test
    void anyOtherValueIsRenderedEachTime() throws Exception {
        Map<String, Object> item = new TemplateMap(Map.of("title", "x"));
        String out = render("<#list items as i><@reuse of=i>[${count()}]</@reuse></#list>",
                Map.of("items", List.of(item, item, Map.of("title", "y")), "count", count));
        assertEquals("[1][2][3]", out);
    }

    @Test
    void eachCallPlaceKeepsItsOwnText() throws Exception {
        Map<String, Object> item = TemplateMap.shared(Map.of("title", "t"));
        String out = render("<@reuse of=item>one ${item.title}</@reuse>|<@reuse of=item>two ${item.title}</@reuse>"
                + "|<@reuse of=item>one ${item.title}</@reuse>", Map.of("item", item));
        assertEquals("one t|two t|one t", out);
    }

    @Test
    void withoutItsParameterItIsATemplateError() throws Exception {
        Files.writeString(templates.resolve("t.ftlh"), "ok\n<@reuse>x</@reuse>");
        Diagnostics diagnostics = new Diagnostics();
        assertTrue(Theme.load(templates).render("t.ftlh", Map.of(), diagnostics).isEmpty());
        String problems = diagnostics.sorted().toString();
        assertTrue(problems.contains("t.ftlh:2:") && problems.contains("<@reuse> takes one parameter"), problems);
    }
}
