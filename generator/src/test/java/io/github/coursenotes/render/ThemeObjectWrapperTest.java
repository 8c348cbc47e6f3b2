package io.github.coursenotes.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import freemarker.template.TemplateBooleanModel;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.TemplateNumberModel;
import freemarker.template.TemplateScalarModel;
import freemarker.template.TemplateSequenceModel;
import io.github.coursenotes.render.model.DeferredHtml;
import io.github.coursenotes.render.model.PracticeChapter;
import io.github.coursenotes.render.model.SpecialPageData;
import io.github.coursenotes.render.model.TemplateData;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Templates read every component of every record of the theme's data under its own name, with its
 * type: a boolean a boolean, a list a sequence, a record a hash, deferred HTML its text.
 */
class ThemeObjectWrapperTest {

    @Test
    void everyComponentOfEveryTemplatesDataReadsUnderItsName() throws Exception {
        for (Class<? extends TemplateData> type : TemplateData.TEMPLATES.keySet()) {
            assertReadable(sample(type, new HashSet<>()), type.getSimpleName());
        }
    }

    @Test
    void aComponentNamedLikeABeanReadMethodReadsUnderItsOwnName() throws TemplateModelException {
        TemplateHashModel chapter = hash(new PracticeChapter("Glossary", "glossary.html", "glossary.html", 4, false));
        assertEquals(TemplateBooleanModel.FALSE, chapter.get("isChapter"), "not the method isChapter()");
    }

    @Test
    void aNullComponentIsAMissingKey() throws TemplateModelException {
        assertNull(hash(new PracticeChapter("t", null, "h", 0, true)).get("key"));
        assertNull(hash(SpecialPageData.of("Search", "search.html", false)).get("noSuchKey"));
    }

    @Test
    void deferredHtmlIsRenderedWhenRead() throws TemplateModelException {
        List<String> rendered = new ArrayList<>();
        DeferredHtml html = () -> {
            rendered.add("now");
            return "<p>x</p>";
        };
        TemplateModel model = ThemeObjectWrapper.INSTANCE.wrap(html);
        assertEquals(List.of("now"), rendered);
        assertEquals("<p>x</p>", ((TemplateScalarModel) model).getAsString());
    }

    private static TemplateHashModel hash(Object value) throws TemplateModelException {
        return assertInstanceOf(TemplateHashModel.class, ThemeObjectWrapper.INSTANCE.wrap(value));
    }

    /** Reads each component of {@code value} as a template would, and those of the records it holds. */
    private static void assertReadable(Object value, String where) throws Exception {
        TemplateHashModel hash = hash(value);
        for (RecordComponent component : value.getClass().getRecordComponents()) {
            String path = where + "." + component.getName();
            TemplateModel read = hash.get(component.getName());
            Object held = component.getAccessor().invoke(value);
            Class<?> type = component.getType();
            if (type == boolean.class) {
                assertEquals(held, ((TemplateBooleanModel) read).getAsBoolean(), path);
            } else if (type == int.class || type == long.class) {
                assertEquals(((Number) held).longValue(), ((TemplateNumberModel) read).getAsNumber().longValue(), path);
            } else if (type == String.class || type == DeferredHtml.class) {
                assertInstanceOf(TemplateScalarModel.class, read, path);
            } else if (type == List.class) {
                TemplateSequenceModel list = assertInstanceOf(TemplateSequenceModel.class, read, path);
                assertEquals(((List<?>) held).size(), list.size(), path);
                if (list.size() > 0) {
                    assertReadable(((List<?>) held).get(0), path + "[0]");
                }
            } else {
                assertReadable(held, path);
            }
        }
    }

    /**
     * A value of {@code type} with every component set: lists of one (empty where a record would hold
     * itself, {@code nav}'s children), records filled in alike.
     */
    private static Object sample(Class<?> type, Set<Class<?>> making) throws Exception {
        making.add(type);
        RecordComponent[] components = type.getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] = value(components[i], making);
        }
        making.remove(type);
        return type.getDeclaredConstructor(types).newInstance(values);
    }

    private static Object value(RecordComponent component, Set<Class<?>> making) throws Exception {
        Class<?> type = component.getType();
        if (type == boolean.class) {
            return true;
        } else if (type == int.class) {
            return 2;
        } else if (type == long.class) {
            return 3L;
        } else if (type == String.class) {
            return component.getName() + " value";
        } else if (type == DeferredHtml.class) {
            return (DeferredHtml) () -> "<p>html</p>";
        } else if (type == List.class) {
            Class<?> element = (Class<?>) ((ParameterizedType) component.getGenericType()).getActualTypeArguments()[0];
            return making.contains(element) ? List.of() : List.of(sample(element, making));
        }
        return sample(type, making);
    }
}
