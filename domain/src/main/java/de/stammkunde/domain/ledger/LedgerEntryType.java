package de.stammkunde.domain.ledger;

/** Why points moved. */
public enum LedgerEntryType { PURCHASE_EARN, ADJUSTMENT }
