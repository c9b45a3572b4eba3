package de.stammkunde.domain.history;

import de.stammkunde.domain.shared.Rejection;
import de.stammkunde.domain.shared.RejectedException;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * The upload as it streams into storage, checked on the way: valid UTF-8 throughout (a file in another encoding is
 * refused as a whole), no NUL bytes (not a text file), at most {@code maxBytes}; it counts the lines and keeps the
 * first one (the header). A failed check throws {@link RejectedException} with field {@code file}.
 */
public final class CheckedUpload extends FilterInputStream {
    private final long maxBytes;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer pending = ByteBuffer.allocate(1 << 16);
    private final CharBuffer sink = CharBuffer.allocate(1 << 16);
    private final ByteArrayOutputStream header = new ByteArrayOutputStream();
    private boolean headerDone;
    private long bytes;
    private long newlines;
    private int lastByte = -1;
    private long line = 1;
    private boolean finished;

    public CheckedUpload(InputStream in, long maxBytes) {
        super(in);
        this.maxBytes = maxBytes;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n < 0) {
            finish();
            return n;
        }
        check(b, off, n);
        return n;
    }

    private void check(byte[] b, int off, int n) {
        bytes += n;
        if (bytes > maxBytes) {
            throw reject("import-file-too-large", "The file is larger than {0} MB", maxBytes / (1024 * 1024));
        }
        for (int i = off; i < off + n; i++) {
            byte c = b[i];
            if (c == 0) {
                throw reject("import-file-not-text", "Line {0} holds a NUL byte: this is not a CSV text file", line);
            }
            if (c == '\n') {
                newlines++;
                line++;
                headerDone = true;
            } else if (!headerDone) {
                if (header.size() < 4096) {
                    header.write(c);
                } else {
                    throw reject("import-header-invalid", "The first line is longer than 4096 bytes");
                }
            }
            lastByte = c & 0xff;
        }
        decode(b, off, n);
    }

    private void decode(byte[] b, int off, int n) {
        int i = off;
        while (i < off + n) {
            int take = Math.min(pending.remaining(), off + n - i);
            pending.put(b, i, take);
            i += take;
            pending.flip();
            sink.clear();
            var result = decoder.decode(pending, sink, false);
            if (result.isError()) {
                throw reject("import-file-encoding", "The file is not UTF-8 (line {0}): save it as CSV UTF-8", line);
            }
            pending.compact();
        }
    }

    private void finish() {
        if (finished) {
            return;
        }
        finished = true;
        pending.flip();
        sink.clear();
        var result = decoder.decode(pending, sink, true);
        if (result.isError() || pending.hasRemaining()) {
            throw reject("import-file-encoding", "The file is not UTF-8 (line {0}): save it as CSV UTF-8", line);
        }
        pending.clear();
    }

    /** The bytes read so far. */
    public long bytes() {
        return bytes;
    }

    /** Lines in the file (a last line without a newline counts). */
    public long lines() {
        return newlines + (lastByte >= 0 && lastByte != '\n' ? 1 : 0);
    }

    /** The first line, without its line break. */
    public String headerLine() {
        String h = header.toString(StandardCharsets.UTF_8);
        return h.endsWith("\r") ? h.substring(0, h.length() - 1) : h;
    }

    private static RejectedException reject(String code, String message, Object... args) {
        return new RejectedException(Rejection.of(code, "file", message, args));
    }

}
