package io.github.coursenotes.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.coursenotes.BuildConfig;
import java.io.File;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every parameter of the goals reaches the core's one configuration value (and from it the forked
 * build: {@code ConfigFileTest}), or is a goal's own setting named here. A parameter or a
 * {@link BuildConfig} component added without being carried fails this test.
 */
class ParametersTest {

    /** Components set from a parameter of another name, and the parameter. */
    private static final Map<String, String> DERIVED = Map.of("spareDirectory", "buildDirectory");
    /** Parameters that belong to a goal, or only derive a component, and are no component themselves. */
    private static final Set<String> GOAL_SETTINGS =
            Set.of("skip", "fork", "jvmOptions", "force", "host", "port", "previewDrafts", "scmUrl", "buildDirectory");

    @ParameterizedTest
    @ValueSource(classes = {BuildMojo.class, CheckMojo.class, ServeMojo.class})
    void everyParameterReachesTheConfigOrIsAGoalSetting(Class<? extends AbstractParameters> goal) throws Exception {
        for (boolean flag : new boolean[] {true, false}) {
            AbstractParameters mojo = goal.getDeclaredConstructor().newInstance();
            Map<String, Object> parameters = setEveryParameter(mojo, flag);
            BuildConfig config = mojo.config(flag);

            Set<String> carried = new HashSet<>(GOAL_SETTINGS);
            RecordComponent[] components = BuildConfig.class.getRecordComponents();
            Object[] expected = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                String source = DERIVED.getOrDefault(components[i].getName(), components[i].getName());
                assertTrue(parameters.containsKey(source), "BuildConfig." + components[i].getName()
                        + " is set from no parameter of " + goal.getSimpleName());
                carried.add(source);
                expected[i] = expectedValue(components[i].getName(), parameters.get(source));
            }
            Class<?>[] types = Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new);
            assertEquals(BuildConfig.class.getDeclaredConstructor(types).newInstance(expected), config);
            for (String parameter : parameters.keySet()) {
                assertTrue(carried.contains(parameter), "parameter '" + parameter + "' of " + goal.getSimpleName()
                        + " reaches no BuildConfig component and is no goal setting");
            }
        }
    }

    @Test
    void theReplacedSiteIsKeptInMavensBuildFolder() {
        assertEquals(Path.of("project/target/coursenotes/previous-site"), goal("https://user.github.io/repo/", null)
                .config(false).spareDirectory());
    }

    @Test
    void theEditUrlComesFromAGitHubScmUrlWhenNotSet() {
        BuildMojo mojo = goal(null, null);
        mojo.scmUrl = "scm:git:git@github.com:owner/repo.git";
        assertEquals("https://github.com/owner/repo/edit/main/content/", mojo.config(false).editUrl());
        mojo.editUrl = "https://example.org/edit/";
        assertEquals("https://example.org/edit/", mojo.config(false).editUrl());
    }

    @Test
    void theCustomDomainGivesTheSiteUrlWhenThereIsNoneAndAnExplicitOneWins() {
        assertEquals("https://docs.example.org/", goal(null, "docs.example.org").config(false).siteUrl());
        assertEquals("https://user.github.io/repo/", goal("https://user.github.io/repo", "docs.example.org")
                .config(false).siteUrl());
        assertNull(goal("https://user.github.io/repo/", null).config(false).cname());
    }

    private static BuildMojo goal(String siteUrl, String cname) {
        BuildMojo mojo = new BuildMojo();
        File base = new File("project");
        mojo.baseDirectory = base;
        mojo.buildDirectory = new File(base, "target");
        mojo.contentDirectory = new File(base, "content");
        mojo.templatesDirectory = new File(base, "templates");
        mojo.outputDirectory = new File(base, "site");
        mojo.siteUrl = siteUrl;
        mojo.cname = cname;
        mojo.rawHtml = true;
        return mojo;
    }

    /** Sets every parameter field of {@code mojo} to a value of its own ({@code flag} for the booleans). */
    private static Map<String, Object> setEveryParameter(AbstractParameters mojo, boolean flag)
            throws IllegalAccessException {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Class<?> type = mojo.getClass(); type != AbstractParameters.class.getSuperclass();
             type = type.getSuperclass()) {
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers())) {
                    continue;
                }
                Object value = valueFor(field, flag);
                field.setAccessible(true);
                field.set(mojo, value);
                values.put(field.getName(), value);
            }
        }
        return values;
    }

    private static Object valueFor(Field field, boolean flag) {
        String name = field.getName();
        Class<?> type = field.getType();
        if (type == File.class) {
            return new File("/projects/course/" + name);
        } else if (type == String.class) {
            return "https://" + name.toLowerCase(Locale.ROOT) + ".example.org/";
        } else if (type == boolean.class) {
            return flag;
        } else if (type == int.class) {
            return 8000 + name.length();
        }
        throw new AssertionError("parameter '" + name + "' has a type this test does not know: " + type);
    }

    private static Object expectedValue(String component, Object parameter) {
        if (component.equals("spareDirectory")) {
            return ((File) parameter).toPath().resolve("coursenotes").resolve("previous-site");
        }
        return parameter instanceof File file ? file.toPath() : parameter;
    }
}
