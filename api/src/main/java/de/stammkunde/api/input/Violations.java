package de.stammkunde.api.input;

import de.stammkunde.api.problem.InvalidInput;

/** Turns a {@link TextRule.Violation} into the 400 problem naming the field. */
final class Violations {
    private Violations() {
    }

    static InvalidInput refused(String field, TextRule.Violation violation) {
        return switch (violation.kind()) {
            case CONTROL_CHARACTER -> new InvalidInput(field, "validation.control-character", violation.character());
            case UNPAIRED_SURROGATE -> new InvalidInput(field, "validation.unpaired-surrogate");
        };
    }
}
