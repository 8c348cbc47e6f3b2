package io.github.coursenotes.fork;

import io.github.coursenotes.BuildConfig;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;

/**
 * A {@link BuildConfig} written to a file for the forked JVM, and read back there. Every component
 * of the record is carried, by its name: a new setting reaches the forked build without a change
 * here, and a setting of a type this file cannot carry fails every build at once.
 */
final class ConfigFile {

    private static final RecordComponent[] COMPONENTS = BuildConfig.class.getRecordComponents();

    private ConfigFile() {
    }

    static void write(BuildConfig config, Path file) throws IOException {
        Properties properties = new Properties();
        for (RecordComponent component : COMPONENTS) {
            Object value = value(component, config);
            checkCarried(component);
            if (value != null) {
                properties.setProperty(component.getName(), value.toString());
            }
        }
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "coursenotes build configuration, for one forked build");
        }
    }

    static BuildConfig read(Path file) throws IOException {
        Properties properties = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            properties.load(in);
        }
        Object[] values = new Object[COMPONENTS.length];
        for (int i = 0; i < COMPONENTS.length; i++) {
            values[i] = parse(COMPONENTS[i], properties.getProperty(COMPONENTS[i].getName()));
        }
        Class<?>[] types = Arrays.stream(COMPONENTS).map(RecordComponent::getType).toArray(Class<?>[]::new);
        try {
            return BuildConfig.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot make a BuildConfig from " + file, e);
        }
    }

    private static Object value(RecordComponent component, BuildConfig config) {
        try {
            return component.getAccessor().invoke(config);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("cannot read BuildConfig." + component.getName(), e);
        }
    }

    private static void checkCarried(RecordComponent component) {
        Class<?> type = component.getType();
        if (type != Path.class && type != String.class && type != boolean.class && type != int.class) {
            throw new IllegalStateException("BuildConfig." + component.getName() + " is a " + type.getName()
                    + ", which the forked build's configuration file cannot carry yet");
        }
    }

    private static Object parse(RecordComponent component, String text) {
        checkCarried(component);
        Class<?> type = component.getType();
        if (type == boolean.class) {
            return Boolean.parseBoolean(text);
        }
        if (type == int.class) {
            return text == null ? 0 : Integer.parseInt(text);
        }
        if (text == null) {
            return null;
        }
        return type == Path.class ? Path.of(text) : text;
    }
}
