package io.github.coursenotes.math;

import java.util.List;

/**
 * What typesetting one formula gave: its MathML, or the TeX error and where in the TeX it is.
 *
 * @param mathml        the {@code <math>} element, or {@code null} on an error
 * @param error         the error's message without its position, or {@code null}
 * @param position      where the error is in the TeX (0-based character index), or -1 when unknown
 * @param droppedStyles the inline styles Temml wrote that the site cannot apply ({@link MathmlStyles}), each once
 */
public record TexResult(String mathml, String error, int position, List<String> droppedStyles) {

    public TexResult {
        droppedStyles = List.copyOf(droppedStyles);
    }

    static TexResult ok(String mathml) {
        return new TexResult(mathml, null, -1, List.of());
    }

    static TexResult error(String error, int position) {
        return new TexResult(null, error, position, List.of());
    }

    public boolean isError() {
        return mathml == null;
    }
}
