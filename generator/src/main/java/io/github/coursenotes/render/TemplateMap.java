package io.github.coursenotes.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.DefaultObjectWrapperBuilder;
import freemarker.template.SimpleCollection;
import freemarker.template.TemplateCollectionModel;
import freemarker.template.TemplateHashModelEx2;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import java.util.AbstractMap;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A read-only map of template data whose values are wrapped for Freemarker once, when it is made,
 * instead of each time a template reads them. For data that thousands of pages read: the items of
 * the sidebar tree, which Freemarker otherwise wrapped anew for every page (a tenth of the time of
 * rendering the note pages). To Java code it is an ordinary unmodifiable map; to templates the same
 * hash as the default object wrapper makes of a map ({@code ?keys}, {@code ?values}, {@code <#list>}).
 */
final class TemplateMap extends AbstractMap<String, Object> {

    /** The theme's object wrapper: Freemarker's default for {@link Theme}'s version, which knows these maps. */
    static final DefaultObjectWrapper WRAPPER = new Wrapper();

    private final Map<String, Object> values;
    private final Model model;

    TemplateMap(Map<String, Object> values) {
        this(values, null);
    }

    /**
     * A map that many pages show alike (a sidebar entry that is neither current nor open): what
     * {@code <@reuse of=…>} renders for it is kept with it ({@link ReusedFragment}), and lives as long as it.
     */
    static TemplateMap shared(Map<String, Object> values) {
        return new TemplateMap(values, new ConcurrentHashMap<>());
    }

    /** The text kept for a {@link #shared} map's model by call place, or null for any other model. */
    static Map<Object, ReusedFragment.Text> fragmentsOf(TemplateModel model) {
        return model instanceof Model hash ? hash.fragments : null;
    }

    private TemplateMap(Map<String, Object> values, Map<Object, ReusedFragment.Text> fragments) {
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
        Map<String, TemplateModel> wrapped = new LinkedHashMap<>();
        try {
            for (Map.Entry<String, Object> entry : values.entrySet()) {
                wrapped.put(entry.getKey(), WRAPPER.wrap(entry.getValue()));
            }
        } catch (TemplateModelException e) {
            throw new IllegalArgumentException("cannot wrap template data " + values.keySet(), e);
        }
        this.model = new Model(wrapped, fragments);
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return values.entrySet();
    }

    @Override
    public Object get(Object key) {
        return values.get(key);
    }

    @Override
    public boolean containsKey(Object key) {
        return values.containsKey(key);
    }

    @Override
    public int size() {
        return values.size();
    }

    /** Freemarker's default object wrapper, except that a {@link TemplateMap} is its own ready model. */
    private static final class Wrapper extends DefaultObjectWrapper {

        Wrapper() {
            super(new DefaultObjectWrapperBuilder(Configuration.VERSION_2_3_34), true);
        }

        @Override
        public TemplateModel wrap(Object object) throws TemplateModelException {
            return object instanceof TemplateMap map ? map.model : super.wrap(object);
        }
    }

    /** The hash templates see; immutable, so pages rendered at the same time can share it. */
    private static final class Model implements TemplateHashModelEx2 {

        private final Map<String, TemplateModel> models;
        private final Map<Object, ReusedFragment.Text> fragments;

        Model(Map<String, TemplateModel> models, Map<Object, ReusedFragment.Text> fragments) {
            this.models = models;
            this.fragments = fragments;
        }

        @Override
        public TemplateModel get(String key) {
            return models.get(key);
        }

        @Override
        public boolean isEmpty() {
            return models.isEmpty();
        }

        @Override
        public int size() {
            return models.size();
        }

        @Override
        public TemplateCollectionModel keys() {
            return new SimpleCollection(models.keySet(), WRAPPER);
        }

        @Override
        public TemplateCollectionModel values() {
            return new SimpleCollection(models.values(), WRAPPER);
        }

        @Override
        public KeyValuePairIterator keyValuePairIterator() {
            Iterator<Map.Entry<String, TemplateModel>> entries = models.entrySet().iterator();
            return new KeyValuePairIterator() {
                @Override
                public boolean hasNext() {
                    return entries.hasNext();
                }

                @Override
                public KeyValuePair next() throws TemplateModelException {
                    Map.Entry<String, TemplateModel> entry = entries.next();
                    TemplateModel key = WRAPPER.wrap(entry.getKey());
                    return new KeyValuePair() {
                        @Override
                        public TemplateModel getKey() {
                            return key;
                        }

                        @Override
                        public TemplateModel getValue() {
                            return entry.getValue();
                        }
                    };
                }
            };
        }
    }
}
