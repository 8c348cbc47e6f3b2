package io.github.coursenotes.render;

import freemarker.core.Environment;
import freemarker.ext.util.WrapperTemplateModel;
import freemarker.template.TemplateDirectiveBody;
import freemarker.template.TemplateDirectiveModel;
import freemarker.template.TemplateException;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import io.github.coursenotes.render.model.NavItem;
import java.io.IOException;
import java.io.StringWriter;
import java.util.Map;

/**
 * The theme's {@code <@reuse of=item>…</@reuse>}: renders its body once for each shared sidebar
 * entry ({@link FragmentCache#isShared}) and writes the same text wherever that entry comes again.
 * The sidebar lists the same ~150 entries on every page of a chapter, most of them neither current
 * nor open; rendering them anew was half the time of rendering the note pages. For any other value,
 * and when no {@link FragmentCache} is given to the rendering, the body is rendered as usual. The body
 * must therefore depend on the item alone, as the built-in sidebar's entry does. Text is kept per
 * call place in the template, so two places may render the same item differently.
 */
final class ReusedFragment implements TemplateDirectiveModel {

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
        Object cache = env.getCustomState(FragmentCache.class);
        if (!(cache instanceof FragmentCache fragments) || !(of instanceof WrapperTemplateModel wrapped)
                || !(wrapped.getWrappedObject() instanceof NavItem item) || !FragmentCache.isShared(item)) {
            body.render(env.getOut());
            return;
        }
        Object place = env.getCurrentDirectiveCallPlace();
        String text = fragments.get(place, item);
        if (text == null) {
            StringWriter out = new StringWriter();
            body.render(out);
            text = out.toString();
            fragments.put(place, item, text);
        }
        env.getOut().write(text);
    }
}
