package de.stammkunde.persistence.history;

import static de.stammkunde.persistence.jooq.Tables.IMPORT_CHUNK;

import de.stammkunde.domain.history.ImportFiles;
import de.stammkunde.domain.shared.ShopId;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.UUID;
import org.jooq.DSLContext;

/**
 * The file in chunks of 1 MB (bytea rows): written while it streams in, read back one chunk per query — never the
 * whole file in memory, and every application instance can resume a job.
 */
final class JooqImportFiles implements ImportFiles {
    static final int CHUNK = 1 << 20;

    private final DSLContext dsl;

    JooqImportFiles(DSLContext dsl) {
        this.dsl = dsl;
    }

    @Override
    public long store(ShopId shopId, UUID importId, InputStream content) {
        byte[] buffer = new byte[CHUNK];
        long total = 0;
        int chunkNo = 0;
        try {
            while (true) {
                int filled = content.readNBytes(buffer, 0, CHUNK);
                if (filled == 0) {
                    break;
                }
                byte[] data = filled == CHUNK ? buffer.clone() : java.util.Arrays.copyOf(buffer, filled);
                dsl.insertInto(IMPORT_CHUNK)
                        .set(IMPORT_CHUNK.SHOP_ID, shopId.value())
                        .set(IMPORT_CHUNK.IMPORT_ID, importId)
                        .set(IMPORT_CHUNK.CHUNK_NO, chunkNo++)
                        .set(IMPORT_CHUNK.DATA, data)
                        .execute();
                total += filled;
                if (filled < CHUNK) {
                    // readNBytes only returns short at the end; one more read confirms it (and lets checks finish)
                    if (content.read() != -1) {
                        throw new IllegalStateException("short read before the end of the upload");
                    }
                    break;
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return total;
    }

    @Override
    public InputStream open(ShopId shopId, UUID importId) {
        return new InputStream() {
            private int next;
            private InputStream current = InputStream.nullInputStream();
            private boolean end;

            @Override
            public int read() throws IOException {
                byte[] one = new byte[1];
                int n = read(one, 0, 1);
                return n < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) throws IOException {
                while (!end) {
                    int n = current.read(b, off, len);
                    if (n > 0) {
                        return n;
                    }
                    byte[] data = dsl.select(IMPORT_CHUNK.DATA).from(IMPORT_CHUNK)
                            .where(IMPORT_CHUNK.SHOP_ID.eq(shopId.value()), IMPORT_CHUNK.IMPORT_ID.eq(importId),
                                    IMPORT_CHUNK.CHUNK_NO.eq(next))
                            .fetchOne(IMPORT_CHUNK.DATA);
                    if (data == null) {
                        end = true;
                    } else {
                        next++;
                        current = new ByteArrayInputStream(data);
                    }
                }
                return -1;
            }
        };
    }
}
