package io.github.coursenotes.markdown;

import org.commonmark.node.CustomBlock;

/**
 * Where {@link NestingLimit} cut a too deeply nested tree; its source span is that of the first
 * node left out. {@link PageParser} reports it as an error and removes it.
 */
public final class TooDeeplyNested extends CustomBlock {

    private final int limit;

    TooDeeplyNested(int limit) {
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
