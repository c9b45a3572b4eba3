package de.stammkunde.domain.shared;

/** A use case stopped because a business rule said no; nothing it started is kept. */
public class RejectedException extends RuntimeException {
    private final Rejection rejection;

    public RejectedException(Rejection rejection) {
        super(rejection.code() + ": " + rejection.message(), null, false, false);
        this.rejection = rejection;
    }

    public Rejection rejection() {
        return rejection;
    }
}
