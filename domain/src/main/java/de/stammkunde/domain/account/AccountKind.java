package de.stammkunde.domain.account;

/** Whose account: a shop's staff (owner, agent) or one of its customers (the portal). */
public enum AccountKind { STAFF, CUSTOMER }
