package io.github.coursenotes.render;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.UnaryOperator;

/**
 * Where a note's HTML is written, and so how it writes what depends on the place: a note is rendered
 * for each place it appears (its page, its section of the print page, a card on the practice page
 * or in an export) with that place's links, ids and blanks.
 *
 * @param links  the {@code href} of an internal link, from the element ({@code a}, or the element
 *               of raw HTML) and the target relative to the site root; {@code null} writes the
 *               element without a link (the Anki package without a site URL)
 * @param files  the {@code src} of an image or other embedded file, from the element and the target
 * @param ids    the id written for an anchor of the note (a heading's, a footnote's, raw HTML's)
 * @param blanks how a blank of a cloze card is written, from its answers (the first is the one shown);
 *               {@code null} for the site's input with its answer revealed in the card's back
 */
record Place(BiFunction<String, String, String> links, BiFunction<String, String, String> files,
             UnaryOperator<String> ids, Function<List<String>, String> blanks) {

    /** A page {@code rootPrefix} away from the site root (e.g. {@code ../}): targets relative to it, ids as they are. */
    static Place page(String rootPrefix) {
        BiFunction<String, String, String> relative = (element, target) -> rootPrefix + target;
        return new Place(relative, relative, UnaryOperator.identity(), null);
    }

    Place withLinks(BiFunction<String, String, String> newLinks) {
        return new Place(newLinks, files, ids, blanks);
    }

    Place withFiles(BiFunction<String, String, String> newFiles) {
        return new Place(links, newFiles, ids, blanks);
    }

    Place withIds(UnaryOperator<String> newIds) {
        return new Place(links, files, newIds, blanks);
    }

    Place withBlanks(Function<List<String>, String> newBlanks) {
        return new Place(links, files, ids, newBlanks);
    }
}
