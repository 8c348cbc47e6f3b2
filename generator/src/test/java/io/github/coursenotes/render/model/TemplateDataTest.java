package io.github.coursenotes.render.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The manual's list of what each template receives ({@code docs/09-themes.md}, "The templates" and
 * "The data") names exactly the components of the records, in their order: the documentation of the
 * theme's data cannot drift from the data.
 */
class TemplateDataTest {

    private static final Path MANUAL = Path.of("docs/09-themes.md");
    private static final Pattern CODE = Pattern.compile("`([^`]+)`");

    /** The record each heading of "The data" documents. */
    private static final Map<String, Class<?>> VALUES = Map.ofEntries(
            Map.entry("### `site`", SiteData.class),
            Map.entry("### `page`", PageData.class),
            Map.entry("### `page.toc`", TocEntry.class),
            Map.entry("### `page` on the special pages", SpecialPageData.class),
            Map.entry("### `nav`", NavItem.class),
            Map.entry("### `breadcrumbs`", Breadcrumb.class),
            Map.entry("### `prev` and `next`", PageLink.class),
            Map.entry("### `chapter` and `chapters`", ChapterData.class),
            Map.entry("### `chapter.entries`", ChapterEntry.class),
            Map.entry("### `practice`", PracticeData.class),
            Map.entry("### `practice.chapters`", PracticeChapter.class),
            Map.entry("### `sections`", PrintSection.class));

    private static List<String> manual;

    @BeforeAll
    static void readManual() throws IOException {
        manual = Files.readAllLines(MANUAL, StandardCharsets.UTF_8);
    }

    @Test
    void eachTemplateReceivesWhatItsRowOfTheTableNames() {
        assertEquals(Set.of(TemplateData.class.getPermittedSubclasses()), TemplateData.TEMPLATES.keySet());
        TemplateData.TEMPLATES.forEach((type, template) -> {
            String row = manual.stream().filter(line -> line.startsWith("| `" + template + "` |")).findFirst()
                    .orElse(null);
            assertNotNull(row, () -> "no row for " + template + " in " + MANUAL);
            String received = row.substring(row.lastIndexOf('|', row.length() - 2));
            assertEquals(components(type), codeSpans(received), template);
        });
    }

    @Test
    void eachValueIsDocumentedWithExactlyItsKeys() {
        Map<String, List<String>> tables = dataTables();
        assertEquals(new TreeSet<>(VALUES.keySet()), new TreeSet<>(tables.keySet()), "the headings of 'The data'");
        VALUES.forEach((heading, type) -> assertEquals(components(type), tables.get(heading), heading));
    }

    @Test
    void everyRecordTheTemplatesCanReachIsDocumented() {
        Set<Class<?>> reached = new HashSet<>();
        TemplateData.TEMPLATES.keySet().forEach(type -> reach(type, reached));
        TemplateData.TEMPLATES.keySet().forEach(reached::remove);
        assertEquals(names(VALUES.values()), names(reached));
    }

    @Test
    void recordsHaveNoPublicMethodsButTheirComponents() {
        List<Class<?>> records = new ArrayList<>(VALUES.values());
        records.addAll(TemplateData.TEMPLATES.keySet());
        for (Class<?> type : records) {
            Set<String> extra = new TreeSet<>();
            for (Method method : type.getDeclaredMethods()) {
                if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())
                        && !Set.of("equals", "hashCode", "toString").contains(method.getName())
                        && !components(type).contains(method.getName())) {
                    extra.add(method.getName());
                }
            }
            assertEquals(Set.of(), extra, type.getSimpleName() + ": templates would see these as keys too");
        }
    }

    /** The tables under the headings of "The data": each heading's keys, from the first column. */
    private static Map<String, List<String>> dataTables() {
        Map<String, List<String>> tables = new LinkedHashMap<>();
        int start = manual.indexOf("## The data");
        List<String> keys = null;
        for (String line : manual.subList(start + 1, manual.size())) {
            if (line.startsWith("## ")) {
                break;
            }
            if (line.startsWith("### ")) {
                keys = new ArrayList<>();
                tables.put(line.strip(), keys);
            } else if (keys != null && line.startsWith("| `")) {
                keys.add(codeSpans(line.substring(0, line.indexOf('|', 1))).get(0));
            }
        }
        return tables;
    }

    private static List<String> components(Class<?> type) {
        return Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
    }

    private static List<String> codeSpans(String text) {
        List<String> spans = new ArrayList<>();
        Matcher matcher = CODE.matcher(text);
        while (matcher.find()) {
            spans.add(matcher.group(1));
        }
        return spans;
    }

    /** Adds the records that {@code type}'s components hold, directly or in lists, and theirs. */
    private static void reach(Class<?> type, Set<Class<?>> reached) {
        for (RecordComponent component : type.getRecordComponents()) {
            Type held = component.getGenericType() instanceof ParameterizedType list
                    ? list.getActualTypeArguments()[0] : component.getType();
            if (held instanceof Class<?> value && value.isRecord() && reached.add(value)) {
                reach(value, reached);
            }
        }
    }

    private static Set<String> names(Collection<Class<?>> types) {
        Set<String> names = new TreeSet<>();
        types.forEach(type -> names.add(type.getSimpleName()));
        return names;
    }
}
