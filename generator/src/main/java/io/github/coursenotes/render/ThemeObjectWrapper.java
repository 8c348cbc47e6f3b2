package io.github.coursenotes.render;

import freemarker.ext.beans.GenericObjectModel;
import freemarker.ext.beans.MethodAppearanceFineTuner;
import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import io.github.coursenotes.render.model.DeferredHtml;
import java.beans.IntrospectionException;
import java.beans.PropertyDescriptor;
import java.lang.reflect.RecordComponent;

/**
 * How templates see the data of {@code render.model}: FreeMarker's default object wrapper of
 * {@link Theme}'s version (2.3.34), which reads a record's components as the keys of a hash
 * ({@code page.title} calls {@code title()}), with two additions:
 *
 * <ul>
 *   <li>every component reads under its own name, {@code isChapter} too: FreeMarker takes
 *       {@code isChapter()} for the read method of a bean property {@code chapter}, and would leave
 *       {@code isChapter} a method, which {@code <#if c.isChapter>} cannot test;</li>
 *   <li>a {@link DeferredHtml} is rendered when a template reads it, and seen as its HTML.</li>
 * </ul>
 */
final class ThemeObjectWrapper extends DefaultObjectWrapper {

    static final ThemeObjectWrapper INSTANCE = new ThemeObjectWrapper();

    private ThemeObjectWrapper() {
        super(builder(), true);
    }

    private static DefaultObjectWrapperBuilder builder() {
        DefaultObjectWrapperBuilder builder = new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34);
        builder.setMethodAppearanceFineTuner(componentsByTheirNames());
        return builder;
    }

    @Override
    public TemplateModel wrap(Object object) throws TemplateModelException {
        if (object instanceof Record) {
            // what the default wrapper makes of a record, without first testing it for every other type:
            // the sidebar's ~150 entries of each page are wrapped as the page lists them
            return new GenericObjectModel(object, this);
        }
        return super.wrap(object instanceof DeferredHtml html ? html.render() : object);
    }

    /** Exposes each record component as a property named as the component (and as a method, as records' are). */
    private static MethodAppearanceFineTuner componentsByTheirNames() {
        return (in, out) -> {
            if (!in.getContainingClass().isRecord()) {
                return;
            }
            for (RecordComponent component : in.getContainingClass().getRecordComponents()) {
                if (component.getAccessor().equals(in.getMethod())) {
                    out.setExposeAsProperty(property(component));
                    out.setMethodInsteadOfPropertyValueBeforeCall(true); // page.title() reads as page.title
                }
            }
        };
    }

    private static PropertyDescriptor property(RecordComponent component) {
        try {
            return new PropertyDescriptor(component.getName(), component.getAccessor(), null);
        } catch (IntrospectionException e) {
            throw new IllegalStateException("cannot expose " + component, e);
        }
    }
}
