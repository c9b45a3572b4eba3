package de.stammkunde.domain.contact;

/**
 * The eight types of dissatisfied customers (DOMAIN.md §3): an agent may tag a contact with one, the console shows a
 * handling tip for it, and reports count complaints per type.
 */
public enum CustomerType {
    /** Angeber. */ SHOW_OFF,
    /** Besserwisser. */ KNOW_IT_ALL,
    /** Nörgler. */ GRUMBLER,
    /** Schwatzhafter. */ TALKATIVE,
    /** Misstrauischer. */ SUSPICIOUS,
    /** Unentschlossener. */ INDECISIVE,
    /** Schweigsamer. */ SILENT,
    /** Unzufriedener Ja-Sager. */ DISSATISFIED_YES_SAYER
}
