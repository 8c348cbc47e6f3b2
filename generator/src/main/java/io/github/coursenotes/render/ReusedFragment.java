package io.github.coursenotes.render;

import freemarker.core.Environment;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import io.github.coursenotes.output.Utf8Writer;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * The theme's {@code <@reuse of=item>…</@reuse>}: renders its body once for each shared item and
 * writes the same text wherever that item comes again. The sidebar lists the same ~150 entries on
 * every page of a chapter, most of them neither current nor open; rendering them anew was half the
 * time of rendering the note pages. Only items the generator shares between pages ({@link
 * TemplateMap#shared}) are reused; for any other value the body is rendered as usual. The body must
 * therefore depend on the item alone, as the built-in sidebar's entry does. Text is kept per call
 * place in the template, so two places may render the same item differently.
 */
final class ReusedFragment implements TemplateDirectiveModel {

    /** A body's text, and the same in UTF-8 for writers that take bytes (the site's files: {@link Utf8Writer}). */
    record Text(String chars, byte[] utf8) {
    }

    @Override
    public void execute(Environment env, @SuppressWarnings("rawtypes") Map params, TemplateModel[] loopVars,
                        TemplateDirectiveBody body) throws TemplateException, IOException {
        Object of = params.get("of");
        if (of == null || params.size() != 1) {
            throw new TemplateModelException("<@reuse> takes one parameter, of=the item its body shows");
        }
        if (body == null) {
            return;
        }
        Map<Object, Text> fragments = TemplateMap.fragmentsOf((TemplateModel) of);
        if (fragments == null) {
            body.render(env.getOut());
            return;
        }
        Object place = env.getCurrentDirectiveCallPlace();
        Text text = fragments.get(place);
        if (text == null) {
            StringWriter out = new StringWriter();
            body.render(out);
            text = new Text(out.toString(), Utf8Writer.encode(out.toString()));
            fragments.putIfAbsent(place, text);
        }
        if (env.getOut() instanceof Utf8Writer bytes) {
            bytes.writeUtf8(text.utf8());
        } else {
            env.getOut().write(text.chars());
        }
    }
}
