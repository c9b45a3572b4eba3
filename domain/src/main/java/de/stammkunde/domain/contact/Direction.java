package de.stammkunde.domain.contact;

/** Who began it: the customer (inbound) or the shop (outbound). */
public enum Direction { INBOUND, OUTBOUND }
