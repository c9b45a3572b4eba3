package de.stammkunde.domain.complaint;

/** How much the complaint hurts the customer (and so the shop). */
public enum Severity {
    LOW, MEDIUM, HIGH, CRITICAL
}
