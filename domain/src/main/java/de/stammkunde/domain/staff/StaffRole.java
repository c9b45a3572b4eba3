package de.stammkunde.domain.staff;

/** What a staff member of a shop may do. OWNER: everything; AGENT: customers, purchases, service. */
public enum StaffRole { OWNER, AGENT }
