package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.render.model.NavItem;
import io.github.coursenotes.render.model.NotFoundPageModel;
import io.github.coursenotes.render.model.SiteData;
import io.github.coursenotes.render.model.SpecialPageData;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code <@reuse of=item>}: the body of a shared sidebar entry is rendered once per call place for
 * all the pages of a rendering. Each test template counts the bodies it renders in {@code n}.
 */
class ReusedFragmentTest {

    private static final String COUNTED =
            "<#list nav as i><@reuse of=i><#global n = (n!0) + 1>[${i.title} ${n}]</@reuse></#list> rendered ${n!0}";

    @TempDir
    Path templates;

    private final FragmentCache fragments = new FragmentCache();
    private Theme theme;

    private static NavItem shared(String title) {
        return new NavItem(title, "../" + title + ".html", title + ".html", false, false, false, List.of(), false);
    }

    /** Renders {@code nav} with {@code template}, which stays that of the first call: a theme keeps its templates. */
    private String render(String template, List<NavItem> nav, FragmentCache cache) throws Exception {
        if (theme == null) {
            Files.writeString(templates.resolve("404.ftlh"), template);
            theme = Theme.load(templates);
        }
        Diagnostics diagnostics = new Diagnostics();
        NotFoundPageModel model = new NotFoundPageModel(new SiteData("T", "", "", "index.html", false, null, null),
                SpecialPageData.of("Page not found", "404.html", false), nav, List.of());
        StringWriter out = new StringWriter();
        theme.render(model, cache, out, diagnostics);
        assertEquals("[]", diagnostics.sorted().toString());
        return out.toString();
    }

    @Test
    void aSharedItemIsRenderedOnceAndWrittenEachTime() throws Exception {
        NavItem item = shared("A & B");
        assertEquals("[A &amp; B 1][A &amp; B 1][A &amp; B 1] rendered 1",
                render(COUNTED, List.of(item, item, item), fragments));
    }

    @Test
    void otherPagesOfTheRenderingReuseTheText() throws Exception {
        assertEquals("[a 1][b 2] rendered 2", render(COUNTED, List.of(shared("a"), shared("b")), fragments));
        assertEquals("[a 1][b 2] rendered 0", render(COUNTED, List.of(shared("a"), shared("b")), fragments),
                "equal entries of another page: none rendered again");
        assertEquals("[a 1][c 1] rendered 1", render(COUNTED, List.of(shared("a"), shared("c")), fragments));
    }

    @Test
    void anEntryRenamedUnderTheSameLinkIsRenderedAgain() throws Exception {
        NavItem before = shared("a");
        render(COUNTED, List.of(before), fragments);
        NavItem renamed = new NavItem("Renamed", before.href(), before.path(), false, false, false, List.of(), false);
        assertEquals("[Renamed 1] rendered 1", render(COUNTED, List.of(renamed), fragments));
    }

    @Test
    void currentOpenAndMoreEntriesAreRenderedEachTime() throws Exception {
        NavItem current = new NavItem("x", "x.html", "x.html", true, false, false, List.of(), false);
        NavItem open = new NavItem("y", "y.html", "y.html", false, true, true, List.of(shared("z")), false);
        NavItem more = new NavItem("… 3 more", "y.html", "y.html", false, false, false, List.of(), true);
        assertEquals("[x 1][x 2][y 3][… 3 more 4][… 3 more 5] rendered 5",
                render(COUNTED, List.of(current, current, open, more, more), fragments));
    }

    @Test
    void withoutACacheEveryBodyIsRendered() throws Exception {
        NavItem item = shared("a");
        assertEquals("[a 1][a 2] rendered 2", render(COUNTED, List.of(item, item), null));
    }

    @Test
    void eachCallPlaceKeepsItsOwnText() throws Exception {
        String out = render("<#list nav as i><@reuse of=i>one ${i.title}</@reuse>|<@reuse of=i>two ${i.title}</@reuse>|"
                + "</#list>", List.of(shared("t"), shared("t")), fragments);
        assertEquals("one t|two t|one t|two t|", out);
    }

    @Test
    void withoutItsParameterItIsATemplateError() throws Exception {
        Files.writeString(templates.resolve("404.ftlh"), "ok\n<@reuse>x</@reuse>");
        Diagnostics diagnostics = new Diagnostics();
        NotFoundPageModel model = new NotFoundPageModel(new SiteData("T", "", "", "index.html", false, null, null),
                SpecialPageData.of("Page not found", "404.html", false), List.of(), List.of());
        assertTrue(Theme.load(templates).render(model, diagnostics).isEmpty());
        String problems = diagnostics.sorted().toString();
        assertTrue(problems.contains("404.ftlh:2:") && problems.contains("<@reuse> takes one parameter"), problems);
    }
}
