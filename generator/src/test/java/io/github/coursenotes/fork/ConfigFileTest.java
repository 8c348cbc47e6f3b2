package io.github.coursenotes.fork;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.github.coursenotes.BuildConfig;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The forked build gets the configuration it was given: every component of {@link BuildConfig},
 * including any added later, set to a value of its own, survives the trip through the file.
 */
class ConfigFileTest {

    @TempDir
    Path folder;

    @Test
    void everySettingSurvivesTheTrip() throws Exception {
        for (boolean flag : new boolean[] {true, false}) {
            BuildConfig config = everyComponentSet(flag);
            Path file = folder.resolve("config.properties");
            ConfigFile.write(config, file);
            assertEquals(config, ConfigFile.read(file));
        }
    }

    @Test
    void theValuesAreNotTheDefaults() throws Exception {
        // guards the test above: a component left at its default would not show that it is carried
        BuildConfig defaults = BuildConfig.builder(folder).build();
        BuildConfig set = everyComponentSet(!defaults.rawHtml());
        for (RecordComponent component : BuildConfig.class.getRecordComponents()) {
            if (component.getType() != boolean.class) {
                assertNotEquals(component.getAccessor().invoke(defaults), component.getAccessor().invoke(set),
                        component.getName());
            }
        }
    }

    @Test
    void unsetSettingsStayUnset() throws Exception {
        BuildConfig config = BuildConfig.builder(folder).templatesDirectory(null).build();
        Path file = folder.resolve("config.properties");
        ConfigFile.write(config, file);
        assertEquals(config, ConfigFile.read(file));
    }

    /** A config with each component set to a value naming it, in characters a properties file must escape. */
    private BuildConfig everyComponentSet(boolean flag) throws ReflectiveOperationException {
        RecordComponent[] components = BuildConfig.class.getRecordComponents();
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            String name = components[i].getName();
            Class<?> type = components[i].getType();
            if (type == Path.class) {
                values[i] = folder.resolve(name + " = ü:#\\");
            } else if (type == String.class) {
                values[i] = name + ".example.org — \"quoted\" = ☃ 𝄞 \\n\nline two";
            } else if (type == boolean.class) {
                values[i] = flag;
            } else if (type == int.class) {
                values[i] = name.length() + 1;
            } else {
                throw new AssertionError("BuildConfig." + name + " has a type this test does not know: " + type);
            }
        }
        Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
        return BuildConfig.class.getDeclaredConstructor(types).newInstance(values);
    }
}
