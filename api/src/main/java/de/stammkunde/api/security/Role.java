package de.stammkunde.api.security;

/** Who is logged in: a shop's owner or agent (staff), or one of its customers. */
public enum Role {
    OWNER, AGENT, CUSTOMER;

    public String authority() {
        return "ROLE_" + name();
    }

    public boolean isStaff() {
        return this != CUSTOMER;
    }
}
