package de.stammkunde.domain.outbox;

/** Port: turns payloads (records of plain values) into JSON and back. */
public interface PayloadCodec {
    String encode(Object value);

    /** @throws RuntimeException when the JSON does not fit the type (written by another version, damaged) */
    <T> T decode(String json, Class<T> type);
}
