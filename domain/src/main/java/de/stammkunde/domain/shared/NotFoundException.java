package de.stammkunde.domain.shared;

/** The resource does not exist in the caller's shop (which, for other shops' data, is always the answer). */
public class NotFoundException extends RuntimeException {
    private final String resource;

    public NotFoundException(String resource, Object id) {
        super(resource + " " + id + " not found", null, false, false);
        this.resource = resource;
    }

    public String resource() {
        return resource;
    }
}
