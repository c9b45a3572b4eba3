package de.stammkunde.api.input;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.TokenStreamContext;

/** The field name of a JSON token as our validation errors spell it: {@code lines[0].category}. */
final class JsonPath {
    /** The name of the whole body (a body that is a single string). */
    static final String BODY = "body";

    private JsonPath() {
    }

    /** The path of the value the parser is at. */
    static String of(TokenStreamContext context) {
        Deque<String> parts = new ArrayDeque<>();
        for (TokenStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) {
            if (c.inArray()) {
                parts.push("[" + c.getCurrentIndex() + "]");
            } else {
                String name = c.currentName();
                parts.push("." + (name == null ? "" : name));
            }
        }
        String path = String.join("", parts);
        path = path.startsWith(".") ? path.substring(1) : path;
        return path.isEmpty() ? BODY : path;
    }

    /** The path of a refused property name, its refused characters shown as U+FFFD. */
    static String ofName(TokenStreamContext objectContext, String name) {
        TokenStreamContext parent = objectContext.getParent();
        String prefix = parent == null || parent.inRoot() ? "" : of(parent) + ".";
        return prefix + visible(name);
    }

    private static String visible(String name) {
        StringBuilder shown = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < name.length()
                    && Character.isLowSurrogate(name.charAt(i + 1));
            if (pair) {
                shown.append(c).append(name.charAt(++i));
            } else {
                shown.append(TextRule.SINGLE_LINE.check(String.valueOf(c)) == null ? c : '\uFFFD');
            }
        }
        return shown.toString();
    }
}
