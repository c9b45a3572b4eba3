package de.stammkunde.domain.history;

/**
 * Counts how often each 64-bit key has been seen — the occurrence number of identical lines in a file — in an
 * open-addressing table of primitives (about 24 bytes per distinct line: a million lines take ~24 MB, the file
 * itself is never held).
 */
public final class OccurrenceCounter {
    private long[] keys = new long[1 << 12];
    private int[] counts = new int[1 << 12];
    private boolean zeroSeen;
    private int zeroCount;
    private int size;

    /** Counts one more {@code key}; how many times it has been seen now (1 the first time). */
    public int next(long key) {
        if (key == 0) {
            zeroSeen = true;
            return ++zeroCount;
        }
        if ((size + 1) * 2 > keys.length) {
            grow();
        }
        int mask = keys.length - 1;
        int i = mix(key) & mask;
        while (keys[i] != 0 && keys[i] != key) {
            i = (i + 1) & mask;
        }
        if (keys[i] == 0) {
            keys[i] = key;
            size++;
        }
        return ++counts[i];
    }

    /** Distinct keys seen. */
    public int distinct() {
        return size + (zeroSeen ? 1 : 0);
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldCounts = counts;
        keys = new long[oldKeys.length * 2];
        counts = new int[oldKeys.length * 2];
        int mask = keys.length - 1;
        for (int j = 0; j < oldKeys.length; j++) {
            if (oldKeys[j] != 0) {
                int i = mix(oldKeys[j]) & mask;
                while (keys[i] != 0) {
                    i = (i + 1) & mask;
                }
                keys[i] = oldKeys[j];
                counts[i] = oldCounts[j];
            }
        }
    }

    private static int mix(long key) {
        long h = key * 0x9E3779B97F4A7C15L;
        return (int) (h ^ (h >>> 32));
    }
}
