package io.github.coursenotes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The GitHub Pages workflow ({@code .github/workflows/pages.yml}) against the project: it must build
 * with a Maven phase that runs the plugin's {@code build} goal, and upload the folder the plugin
 * writes.
 */
class PagesWorkflowIT {

    private static final Path REPOSITORY = Fixtures.courseContent().getParent();
    private static final Path PLUGIN_DESCRIPTOR = Path.of("target/classes/META-INF/maven/plugin.xml");

    private static Map<String, Object> workflow;

    @BeforeAll
    @SuppressWarnings("unchecked")
    static void load() throws Exception {
        String yaml = Files.readString(REPOSITORY.resolve(".github/workflows/pages.yml"));
        workflow = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(yaml);
    }

    @Test
    void runsOnPushesToMainPullRequestsAndByHand() {
        Map<String, Object> on = map(workflow, "on");
        assertEquals(List.of("main"), map(on, "push").get("branches"));
        assertTrue(on.containsKey("pull_request"));
        assertTrue(on.containsKey("workflow_dispatch"));
    }

    @Test
    void pullRequestsRunAllTheTestsButDoNotPublish() {
        Map<String, Object> maven = steps("test").stream().filter(step -> String.valueOf(step.get("run")).startsWith("mvn "))
                .findFirst().orElseGet(() -> fail("no Maven step in the test job"));
        assertTrue(String.valueOf(maven.get("run")).startsWith("mvn -B verify"), String.valueOf(maven.get("run")));
        assertEquals("true", map(maven, "env").get("CI"), "a missing browser fails instead of skipping");
        assertEquals("github.event_name != 'pull_request'", job("build").get("if"));
        assertEquals("test", job("build").get("needs"), "publishes only after the tests passed");
    }

    @Test
    void theUploadKeepsTheSitesDotFiles() {
        // upload-pages-artifact leaves dot-files out since v4 unless asked; .nojekyll must be published
        assertEquals(true, with(step("build", "actions/upload-pages-artifact@")).get("include-hidden-files"));
    }

    @Test
    void hasThePermissionsAndConcurrencyPagesNeeds() {
        assertEquals(Map.of("contents", "read", "pages", "write", "id-token", "write"), workflow.get("permissions"));
        assertEquals(Map.of("group", "pages", "cancel-in-progress", false), job("deploy").get("concurrency"),
                "one deployment at a time, without holding up the tests of pull requests");
    }

    @Test
    void setsUpJava17WithTheMavenCacheAndFullHistory() {
        Map<String, Object> java = with(step("build", "actions/setup-java@"));
        assertEquals("17", String.valueOf(java.get("java-version")));
        assertEquals("temurin", java.get("distribution"));
        assertEquals("maven", java.get("cache"));
        // "last updated" dates need the whole history; a shallow clone has none
        assertEquals(0, with(step("build", "actions/checkout@")).get("fetch-depth"));
    }

    @Test
    void theBuildCommandRunsThePluginsBuildGoal() throws Exception {
        String command = mavenCommand();
        List<String> words = List.of(command.trim().split("\\s+"));
        assertEquals("mvn", words.get(0));
        assertTrue(words.contains("-B"), "batch mode: " + command);
        String descriptor = Files.readString(PLUGIN_DESCRIPTOR);
        Matcher build = Pattern.compile("<goal>build</goal>.*?<phase>([a-z-]+)</phase>", Pattern.DOTALL).matcher(descriptor);
        assertTrue(build.find(), "the plugin has a build goal bound to a phase");
        assertEquals("package", build.group(1));
        assertTrue(words.contains("package"), "the command must reach the package phase: " + command);
        assertTrue(rootPomBindsTheBuildGoal(), "the root pom runs the plugin's build goal");
    }

    @Test
    void theSiteUrlComesFromTheConfigurePagesStep() {
        Matcher url = Pattern.compile("-Dcoursenotes\\.siteUrl=\\$\\{\\{ steps\\.([a-z-]+)\\.outputs\\.base_url }}/")
                .matcher(mavenCommand());
        assertTrue(url.find(), mavenCommand());
        Map<String, Object> configure = step("build", "actions/configure-pages@");
        assertEquals(url.group(1), configure.get("id"));
    }

    @Test
    void uploadsTheFolderThePluginWrites() throws Exception {
        String path = String.valueOf(with(step("build", "actions/upload-pages-artifact@")).get("path"));
        String normalised = path.replaceFirst("^\\./", "").replaceFirst("/$", "");
        String descriptor = Files.readString(PLUGIN_DESCRIPTOR);
        assertTrue(descriptor.contains("<outputDirectory implementation=\"java.io.File\" default-value=\"${project.basedir}/"
                + normalised + "\">"), "the plugin's default output folder is " + normalised);
        assertTrue(rootPomOutputDirectory().isEmpty(), "the root pom does not move the output folder");
        assertEquals("site", normalised);
    }

    @Test
    void deploysTheArtifactInASecondJob() {
        Map<String, Object> deploy = job("deploy");
        assertEquals("build", deploy.get("needs"));
        Map<String, Object> environment = map(deploy, "environment");
        assertEquals("github-pages", environment.get("name"));
        Map<String, Object> step = step("deploy", "actions/deploy-pages@");
        assertEquals("${{ steps." + step.get("id") + ".outputs.page_url }}", environment.get("url"));
    }

    private static String mavenCommand() {
        for (Map<String, Object> step : steps("build")) {
            Object run = step.get("run");
            if (run != null && run.toString().trim().startsWith("mvn ")) {
                return run.toString().trim();
            }
        }
        return fail("no Maven step in the build job");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Map<String, Object> parent, String key) {
        Object value = parent.get(key);
        assertTrue(value instanceof Map, key + " should be a mapping, is " + value);
        return (Map<String, Object>) value;
    }

    private static Map<String, Object> job(String name) {
        return map(map(workflow, "jobs"), name);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> steps(String job) {
        return (List<Map<String, Object>>) job(job).get("steps");
    }

    private static Map<String, Object> step(String job, String usesPrefix) {
        return steps(job).stream().filter(step -> String.valueOf(step.get("uses")).startsWith(usesPrefix)).findFirst()
                .orElseGet(() -> fail("job " + job + " has no step using " + usesPrefix));
    }

    private static Map<String, Object> with(Map<String, Object> step) {
        return map(step, "with");
    }

    private static boolean rootPomBindsTheBuildGoal() throws Exception {
        for (Element plugin : coursenotesPlugins()) {
            NodeList goals = plugin.getElementsByTagName("goal");
            for (int i = 0; i < goals.getLength(); i++) {
                if (goals.item(i).getTextContent().trim().equals("build")) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String rootPomOutputDirectory() throws Exception {
        for (Element plugin : coursenotesPlugins()) {
            NodeList directories = plugin.getElementsByTagName("outputDirectory");
            if (directories.getLength() > 0) {
                return directories.item(0).getTextContent().trim();
            }
        }
        return "";
    }

    /** The coursenotes plugin in the root pom's main build (profiles excluded). */
    private static List<Element> coursenotesPlugins() throws Exception {
        Document pom = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(REPOSITORY.resolve("pom.xml").toFile());
        Element build = (Element) pom.getDocumentElement().getElementsByTagName("build").item(0);
        NodeList plugins = build.getElementsByTagName("plugin");
        List<Element> found = new ArrayList<>();
        for (int i = 0; i < plugins.getLength(); i++) {
            Element plugin = (Element) plugins.item(i);
            NodeList ids = plugin.getElementsByTagName("artifactId");
            if (ids.getLength() > 0 && ids.item(0).getTextContent().trim().equals("coursenotes-maven-plugin")
                    && plugin.getParentNode().getParentNode() == build) {
                found.add(plugin);
            }
        }
        assertTrue(!found.isEmpty(), "the root pom uses coursenotes-maven-plugin");
        return found;
    }
}
