package io.github.coursenotes.deck;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The note types as the {@code models} of an Anki collection in schema 11: a JSON object from
 * note type id to note type, with the card templates and the style sheet shared by all.
 */
public final class AnkiNoteTypes {

    /**
     * When the note types (fields, templates or style) last changed, in seconds since the epoch
     * (2026-12-06). Anki takes a note type's templates and style from a package only when the
     * package's note type is newer than its own, and the notes' own times never go below this one:
     * a change to the templates or to how fields are written needs a later time here, or learners
     * who imported an older package keep the old ones. {@code AnkiNoteTypesTest} fails when the
     * note types change without it.
     */
    public static final long MODIFIED = 1_796_515_200L;

    /** The style sheet of every note type. */
    public static final String CSS = resource("anki-cards.css");

    private static final String LATEX_PRE = """
            \\documentclass[12pt]{article}
            \\special{papersize=3in,5in}
            \\usepackage[utf8]{inputenc}
            \\usepackage{amssymb,amsmath}
            \\pagestyle{empty}
            \\setlength{\\parindent}{0in}
            \\begin{document}
            """;

    private AnkiNoteTypes() {
    }

    /** Every note type by id (as a string, JSON keys being strings), in a fixed order. */
    static Map<String, Object> models() {
        Map<String, Object> models = new LinkedHashMap<>();
        for (AnkiNoteType type : AnkiNoteType.values()) {
            models.put(Long.toString(type.id()), model(type));
        }
        return models;
    }

    private static Map<String, Object> model(AnkiNoteType type) {
        Map<String, Object> model = new LinkedHashMap<>();
        model.put("id", type.id());
        model.put("name", type.displayName());
        model.put("type", type.isCloze() ? 1 : 0);
        model.put("mod", MODIFIED);
        model.put("usn", 0);
        model.put("sortf", 0);
        model.put("did", 1L);
        model.put("tmpls", List.of(template(type)));
        model.put("flds", fields(type));
        model.put("css", CSS);
        model.put("latexPre", LATEX_PRE);
        model.put("latexPost", "\\end{document}");
        model.put("latexsvg", false);
        if (!type.isCloze()) {
            // the card exists when one of the fields on its front is filled (Anki works this out again on import)
            model.put("req", List.of(List.of(0, "any", type.frontFields())));
        }
        model.put("tags", List.of());
        model.put("vers", List.of());
        return model;
    }

    private static Map<String, Object> template(AnkiNoteType type) {
        Map<String, Object> template = new LinkedHashMap<>();
        template.put("name", AnkiNoteType.TEMPLATE_NAME);
        template.put("ord", 0);
        template.put("qfmt", type.front());
        template.put("afmt", type.back());
        template.put("bqfmt", "");
        template.put("bafmt", "");
        template.put("did", null);
        template.put("bfont", "");
        template.put("bsize", 0);
        return template;
    }

    private static List<Object> fields(AnkiNoteType type) {
        List<Object> fields = new ArrayList<>();
        List<String> names = type.fields();
        for (int i = 0; i < names.size(); i++) {
            Map<String, Object> field = new LinkedHashMap<>();
            field.put("name", names.get(i));
            field.put("ord", i);
            field.put("sticky", false);
            field.put("rtl", false);
            field.put("font", "Arial");
            field.put("size", 20);
            field.put("media", List.of());
            fields.add(field);
        }
        return fields;
    }

    static String resource(String name) {
        try (InputStream in = AnkiNoteTypes.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name + " beside " + AnkiNoteTypes.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
