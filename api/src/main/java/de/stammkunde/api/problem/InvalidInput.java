package de.stammkunde.api.problem;

import java.util.List;

/**
 * A field (a JSON path such as {@code lines[0].category}, a query parameter, a path variable or a header) whose
 * value is refused before anything reads it; answered 400 with code {@code validation}. {@code messageKey} selects
 * the localised field message in messages*.properties.
 */
public class InvalidInput extends RuntimeException {
    private final String field;
    private final String messageKey;
    private final List<Object> args;

    public InvalidInput(String field, String messageKey, Object... args) {
        super(messageKey, null, false, false);
        this.field = field;
        this.messageKey = messageKey;
        this.args = List.of(args);
    }

    public String field() {
        return field;
    }

    public String messageKey() {
        return messageKey;
    }

    public List<Object> args() {
        return args;
    }
}
