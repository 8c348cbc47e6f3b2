package io.github.coursenotes.math;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.Source;
import org.graalvm.polyglot.Value;

/**
 * Temml (TeX to MathML, {@value #VERSION}, MIT) run in GraalJS. The JavaScript engine costs about
 * two seconds to start on a stock JDK, where it runs interpreted, so it is started once per JVM, on
 * the first formula that is not in the {@link MathCache}: a course without formulas never starts it.
 * One context serves every thread, one formula at a time (a JavaScript context is single-threaded).
 * The script has no access to the host, files or network; Temml's own limits ({@code trust: false},
 * macro expansion bounded) keep a formula from doing more than typesetting. Inline formulas get
 * Temml's soft line breaks after relations and operators ({@code wrap: 'tex'}), so that a long one
 * wraps on a phone instead of widening the page. (Temml's {@code annotate} option would wrap the
 * formula in a {@code <semantics>} element, which stops that: the renderer puts the TeX in a
 * {@code data-tex} attribute instead.)
 */
final class Temml {

    static final String VERSION = "0.13.5";
    /** Temml's options besides the display mode; part of what {@link MathCache} keeps between builds. */
    static final String OPTIONS = "throwOnError: true, wrap: 'tex'";
    private static final String SCRIPT = "temml.min.js";
    private static final String RENDER = """
            (function (tex, display) {
              try {
                const options = {displayMode: display, %s};
                return {mathml: temml.renderToString(tex, options), error: null, position: -1};
              } catch (e) {
                const position = e && typeof e.position === 'number' ? e.position : -1;
                return {mathml: null, error: String(e && e.message !== undefined ? e.message : e), position: position};
              }
            })
            """.formatted(OPTIONS);

    private final Context context;
    private final Value render;

    private Temml() {
        context = Context.newBuilder("js")
                .option("engine.WarnInterpreterOnly", "false")
                .build();
        context.eval(Source.newBuilder("js", script(), SCRIPT).buildLiteral());
        render = context.eval("js", RENDER);
    }

    /** The engine, started on first use. */
    static Temml instance() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        private static final Temml INSTANCE = new Temml();
    }

    synchronized TexResult render(String tex, boolean display) {
        Value result = render.execute(tex, display);
        Value mathml = result.getMember("mathml");
        if (!mathml.isNull()) {
            return TexResult.ok(mathml.asString());
        }
        return TexResult.error(message(result.getMember("error").asString()), result.getMember("position").asInt());
    }

    /**
     * {@code "Error:  Unexpected end of input in a macro argument, expected '}' at end of input: \frac{a"}
     * becomes {@code "Unexpected end of input in a macro argument, expected '}'"}: the diagnostic gives the place.
     */
    static String message(String raw) {
        String message = raw.replaceFirst("^\\w*Error:\\s*", "").strip();
        int at = message.indexOf(" at position ");
        if (at < 0) {
            at = message.indexOf(" at end of input");
        }
        return (at < 0 ? message : message.substring(0, at)).strip();
    }

    private static String script() {
        try (InputStream in = Temml.class.getResourceAsStream(SCRIPT)) {
            if (in == null) {
                throw new IllegalStateException("missing " + SCRIPT + " in the plugin");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + SCRIPT + " from the plugin", e);
        }
    }
}
