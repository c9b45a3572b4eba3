package de.stammkunde.api.web;

import org.jspecify.annotations.Nullable;

/** Text cells of the CSV files the API hands out (refunds, import errors, customer lists). */
public final class CsvCells {
    private CsvCells() {
    }

    /**
     * The text as a cell a spreadsheet shows rather than runs: one starting with = + - @, a tab or CR gets a leading
     * apostrophe (OWASP, CSV injection); null is empty.
     */
    public static String safe(@Nullable String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }
}
