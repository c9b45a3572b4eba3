package de.stammkunde.domain.clv;

import java.io.Serial;

/**
 * The data cannot support a fit of the model (for example no customer has bought a second time yet). The message says
 * what is missing in plain English; the caller is expected to fall back to a simpler estimate.
 */
public class NotEnoughData extends IllegalStateException {
    @Serial
    private static final long serialVersionUID = 1L;

    public NotEnoughData(String message) {
        super(message);
    }
}
