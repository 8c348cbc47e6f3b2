package io.github.coursenotes.render;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.Environment;
import freemarker.core.InvalidReferenceException;
import freemarker.core.ParseException;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import io.github.coursenotes.diagnostic.Diagnostics;
import io.github.coursenotes.render.model.TemplateData;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The Freemarker theme: templates are looked up in the project's {@code templates/} folder first
 * and in the plugin's built-in theme second, file by file. Template mistakes become diagnostics
 * naming the template file and line.
 */
public final class Theme {

    private static final ReusedFragment REUSE = new ReusedFragment();

    private final Configuration freemarker;
    private final Optional<Path> projectTemplates;
    private final Map<String, ThemeAsset> builtInAssets;

    private Theme(Configuration freemarker, Optional<Path> projectTemplates, Map<String, ThemeAsset> builtInAssets) {
        this.freemarker = freemarker;
        this.projectTemplates = projectTemplates;
        this.builtInAssets = builtInAssets;
    }

    /** @param projectTemplates the project's templates folder; it may be missing or empty */
    public static Theme load(Path projectTemplates) {
        Optional<Path> project = Optional.ofNullable(projectTemplates).filter(Files::isDirectory);
        Configuration configuration = new Configuration(Configuration.VERSION_2_3_34);
        configuration.setDefaultEncoding("UTF-8");
        configuration.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        configuration.setLogTemplateExceptions(false);
        configuration.setWrapUncheckedExceptions(true);
        configuration.setFallbackOnNullLoopVariable(false);
        configuration.setLocalizedLookup(false);
        configuration.setNumberFormat("computer");
        configuration.setObjectWrapper(ThemeObjectWrapper.INSTANCE); // the default one, reading records' components
        List<TemplateLoader> loaders = new ArrayList<>();
        project.ifPresent(dir -> loaders.add(fileLoader(dir)));
        loaders.add(new ClassTemplateLoader(Theme.class, ThemeFiles.BUILT_IN_ROOT));
        configuration.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        return new Theme(configuration, project, ThemeFiles.builtInAssets(Theme.class.getClassLoader()));
    }

    /** Renders {@code data} with its template (e.g. {@code note.ftlh}); empty after reporting a template error. */
    Optional<String> render(TemplateData data, Diagnostics diagnostics) {
        StringWriter out = new StringWriter();
        return render(data, null, out, diagnostics) ? Optional.of(out.toString()) : Optional.empty();
    }

    /**
     * Renders {@code data} with its template into {@code out} as it goes; false after reporting a
     * template error (what was written by then is incomplete).
     *
     * @param fragments what {@code <@reuse>} rendered for the other pages of the same rendering, or
     *                  {@code null} to render every {@code <@reuse>} body
     */
    boolean render(TemplateData data, FragmentCache fragments, Writer out, Diagnostics diagnostics) {
        String name = TemplateData.TEMPLATES.get(data.getClass());
        try {
            Template template = freemarker.getTemplate(name);
            Environment environment = template.createProcessingEnvironment(data, out);
            // a global, not a shared variable: templates find it before they look in the data, which
            // would take 'reuse' for a missing key of the record at each call (logged at debug level)
            environment.setGlobalVariable("reuse", REUSE);
            if (fragments != null) {
                environment.setCustomState(FragmentCache.class, fragments);
            }
            environment.process();
            return true;
        } catch (ParseException e) {
            diagnostics.error(label(e.getTemplateName()), e.getLineNumber(), e.getColumnNumber(),
                    "template syntax error: " + firstLine(e.getEditorMessage()));
        } catch (TemplateException e) {
            String source = e.getTemplateSourceName() == null ? name : e.getTemplateSourceName();
            int line = e.getLineNumber() == null ? 0 : e.getLineNumber();
            int column = e.getColumnNumber() == null ? 0 : e.getColumnNumber();
            diagnostics.error(label(source), line, column, "template error: " + describe(e));
        } catch (TemplateNotFoundException e) {
            diagnostics.error(label(name), 0, 0, "template not found in templates/ nor in the built-in theme");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read template " + name + " or write its output", e);
        }
        return false;
    }

    /** Every asset of this theme by path under {@code assets/}. */
    Map<String, ThemeAsset> assets() {
        return ThemeFiles.assets(builtInAssets, projectTemplates);
    }

    private String label(String templateName) {
        if (projectTemplates.isPresent() && Files.isRegularFile(projectTemplates.get().resolve(templateName))) {
            return projectTemplates.get().getFileName() + "/" + templateName;
        }
        return "built-in theme/" + templateName;
    }

    /** What went wrong, naming the expression at fault: Freemarker's first line alone does not. */
    private static String describe(TemplateException e) {
        if (e instanceof InvalidReferenceException && e.getBlamedExpressionString() != null) {
            return "'" + e.getBlamedExpressionString() + "' is undefined or null (write '"
                    + e.getBlamedExpressionString() + "!' for an empty default, or test it with '??')";
        }
        return firstLine(e.getMessageWithoutStackTop());
    }

    private static String firstLine(String message) {
        String text = message == null ? "unknown problem" : message.strip();
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }

    private static TemplateLoader fileLoader(Path dir) {
        try {
            return new FileTemplateLoader(dir.toFile());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read templates folder " + dir, e);
        }
    }
}
