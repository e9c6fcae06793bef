package nl.planbord.planning;

import java.util.Objects;
import java.util.UUID;

/**
 * What a change of a comparison is about, typed: the kind of thing, its id, and either the field
 * that changed or what happened to the whole thing. Merging takes the changes by these keys.
 * {@link #toString()} gives the short text form ("action.planning:&lt;id&gt;", "theme+&lt;id&gt;").
 *
 * @param field the field for {@link Event#CHANGED}, null otherwise
 */
public record ChangeKey(Fields.Kind kind, UUID id, Event event, Field<?, ?> field) {

    /** What happened: a field changed, the thing was added or removed, an action moved to another goal, a goal's order changed. */
    public enum Event { CHANGED, ADDED, REMOVED, MOVED, ORDER }

    public ChangeKey {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(event, "event");
        if ((event == Event.CHANGED) != (field != null)) {
            throw new IllegalArgumentException("a field belongs to a changed field, and only there");
        }
        if (field != null && field.kind() != kind) {
            throw new IllegalArgumentException(field + " is not a field of " + kind);
        }
    }

    public static ChangeKey of(Field<?, ?> field, UUID id) {
        return new ChangeKey(field.kind(), id, Event.CHANGED, field);
    }

    public static ChangeKey added(Fields.Kind kind, UUID id) {
        return new ChangeKey(kind, id, Event.ADDED, null);
    }

    public static ChangeKey removed(Fields.Kind kind, UUID id) {
        return new ChangeKey(kind, id, Event.REMOVED, null);
    }

    /** An action put under another goal. */
    public static ChangeKey moved(UUID actionId) {
        return new ChangeKey(Fields.Kind.ACTION, actionId, Event.MOVED, null);
    }

    /** The order of the actions of a goal. */
    public static ChangeKey order(UUID goalId) {
        return new ChangeKey(Fields.Kind.GOAL, goalId, Event.ORDER, null);
    }

    /** Whether this is a change of that field. */
    public boolean is(Field<?, ?> f) {
        return field == f;
    }

    /** Seen from the other side: what one side removed is what, compared the other way, it adds. */
    ChangeKey removalAsAddition() {
        return event == Event.REMOVED ? added(kind, id) : this;
    }

    @Override
    public String toString() {
        return switch (event) {
            case CHANGED -> field + ":" + id;
            case ADDED -> kind.key() + "+" + id;
            case REMOVED -> kind.key() + "-" + id;
            case MOVED -> "action.goal:" + id;
            case ORDER -> "goal.order:" + id;
        };
    }
}
