package de.stammkunde.domain.history;

import de.stammkunde.domain.shared.ShopId;
import java.io.InputStream;
import java.util.UUID;

/** Port: an import's uploaded file, kept (in pieces) until the job is done, so a restart can read it again. */
public interface ImportFiles {
    /** Stores the stream's bytes for the job; how many. */
    long store(ShopId shopId, UUID importId, InputStream content);

    /** The stored file from its start (read piece by piece). */
    InputStream open(ShopId shopId, UUID importId);
}
