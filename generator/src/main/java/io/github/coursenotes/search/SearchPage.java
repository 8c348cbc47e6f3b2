package io.github.coursenotes.search;

/** A page of the search index: where it is ({@code lifecycle/stages.html}) and its title. */
public record SearchPage(String path, String title) {
}
