package de.stammkunde.domain.customer;

/** How a customer found the shop; acquisition cost and lifetime value are compared per channel. */
public enum AcquisitionChannel { IN_STORE, WEBSITE, SOCIAL_MEDIA, REFERRAL, ADVERTISING, EVENT, PARTNER, OTHER }
