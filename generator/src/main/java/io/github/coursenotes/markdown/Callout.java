package io.github.coursenotes.markdown;

import java.util.Locale;
import java.util.Optional;
import org.commonmark.node.CustomBlock;

/**
 * A GitHub alert ({@code > [!NOTE]}, {@code [!TIP]}, {@code [!IMPORTANT]}, {@code [!WARNING]},
 * {@code [!CAUTION]}): a quote that stands out, with an icon and a title naming its kind.
 */
public final class Callout extends CustomBlock {

    /** The kinds GitHub knows, each with the title it shows. */
    public enum Kind {
        NOTE("Note"), TIP("Tip"), IMPORTANT("Important"), WARNING("Warning"), CAUTION("Caution");

        private final String title;

        Kind(String title) {
            this.title = title;
        }

        public String title() {
            return title;
        }

        /** {@code note}: the CSS class suffix. */
        public String keyword() {
            return name().toLowerCase(Locale.ROOT);
        }

        /** The kind of a marker's word, in any case ({@code note}, {@code NOTE}). */
        public static Optional<Kind> of(String word) {
            for (Kind kind : values()) {
                if (kind.name().equalsIgnoreCase(word)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    private final Kind kind;

    Callout(Kind kind) {
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
