package de.stammkunde.domain.contact;

/** The eight channels of DOMAIN.md §3, plus the counter of a small shop. */
public enum Channel { PHONE, EMAIL, LETTER, FAX, SMS, WEB_FORM, SOCIAL, CHAT, IN_STORE }
