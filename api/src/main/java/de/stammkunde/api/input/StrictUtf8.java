package de.stammkunde.api.input;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** UTF-8 decoding that refuses malformed bytes (and UTF-8 encoded surrogates) instead of replacing them. */
final class StrictUtf8 {
    private StrictUtf8() {
    }

    /** The text, or {@code null} when the bytes are not valid UTF-8. */
    static @Nullable String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
