package nl.planbord.planning;

import java.util.List;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * One field of a theme, goal, action or capacity line, described once: its name, its label in
 * the review's Dutch wording, how to read it from a value ({@code get}) and how to make a copy
 * with another value ({@code with}), how the review shows it and, when the user may type a value
 * of their own in the review, how that text is written and read back. {@link Fields} holds all of
 * them; comparison, merge, review and the store's columns all go through that table. Fields are
 * compared by identity: each exists once.
 *
 * @param <E> the record the field belongs to
 * @param <V> the type of its value
 */
public final class Field<E, V> {

    /** How the review compares a field: not at all, by its shown text, or line by line (capacity). */
    public enum Review { NONE, VALUE, LINES }

    private final Fields.Kind kind;
    private final String name;
    private final String label;
    private final Function<E, V> get;
    private final BiFunction<E, V, E> with;
    private final Function<V, String> shown;
    private final Review review;
    private final Function<V, String> typed;
    private final Function<String, V> parse;
    private final List<String> components;

    private Field(Fields.Kind kind, String name, String label, Function<E, V> get, BiFunction<E, V, E> with, Function<V, String> shown,
            Review review, Function<V, String> typed, Function<String, V> parse, List<String> components) {
        this.kind = kind;
        this.name = name;
        this.label = label;
        this.get = get;
        this.with = with;
        this.shown = shown;
        this.review = review;
        this.typed = typed;
        this.parse = parse;
        this.components = components;
    }

    /** A field the review compares by {@code shown}; its record component is called {@code name}. */
    static <E, V> Field<E, V> of(Fields.Kind kind, String name, String label, Function<E, V> get, BiFunction<E, V, E> with,
            Function<V, String> shown) {
        return new Field<>(kind, name, label, get, with, shown, Review.VALUE, null, null, List.of(name));
    }

    /** A field the review does not show by itself (a number, one part of a capacity line). */
    static <E, V> Field<E, V> stored(Fields.Kind kind, String name, String label, Function<E, V> get, BiFunction<E, V, E> with) {
        return new Field<>(kind, name, label, get, with, String::valueOf, Review.NONE, null, null, List.of(name));
    }

    /** The same field compared line by line in the review (the capacity lines of a theme or goal). */
    Field<E, V> byLines() {
        return new Field<>(kind, name, label, get, with, shown, Review.LINES, typed, parse, components);
    }

    /** The same field, open to a value of the user's own in the review: written as {@code typed}, read back by {@code parse}. */
    Field<E, V> editable(Function<V, String> typedAs, Function<String, V> parsedBy) {
        return new Field<>(kind, name, label, get, with, shown, review, typedAs, parsedBy, components);
    }

    /** The same field holding more than one record component (a planning and whether it is estimated). */
    Field<E, V> covering(String... recordComponents) {
        return new Field<>(kind, name, label, get, with, shown, review, typed, parse, List.of(recordComponents));
    }

    public Fields.Kind kind() {
        return kind;
    }

    /** The field's name in code ("title"); with the kind the old text key ("theme.title"). */
    public String name() {
        return name;
    }

    /** How the review names it: "titel", "wie daarvoor nodig zijn", "planning". */
    public String label() {
        return label;
    }

    public Review review() {
        return review;
    }

    public boolean editable() {
        return typed != null;
    }

    /** The record components this field stands for (its name, or more: see {@link #covering}). */
    public List<String> components() {
        return components;
    }

    public V get(E entity) {
        return get.apply(entity);
    }

    public E with(E entity, V value) {
        return with.apply(entity, value);
    }

    /** A copy of {@code into} with the value this field has in {@code from}. */
    public E copy(E from, E into) {
        return with.apply(into, get.apply(from));
    }

    public boolean same(E a, E b) {
        return Objects.equals(get.apply(a), get.apply(b));
    }

    /** The value as the review shows it. */
    public String shown(E entity) {
        return shown.apply(get.apply(entity));
    }

    /** The value as the user would type it (only for an editable field). */
    public String typed(E entity) {
        return typed.apply(get.apply(entity));
    }

    /**
     * A copy with the value the user typed.
     *
     * @throws NotationException when the text cannot be read (a planning)
     */
    public E withTyped(E entity, String text) {
        if (parse == null) {
            throw new IllegalStateException(this + " is not editable");
        }
        return with.apply(entity, parse.apply(text));
    }

    @Override
    public String toString() {
        return kind.key() + "." + name;
    }
}
