package de.stammkunde.api.security;

/** Who is calling: a shop's owner or agent (staff), one of its customers, or its till (an API key). */
public enum Role {
    OWNER, AGENT, CUSTOMER, TILL;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this == OWNER || this == AGENT;
    }
}
