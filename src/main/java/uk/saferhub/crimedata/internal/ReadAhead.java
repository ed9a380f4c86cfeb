package uk.saferhub.crimedata.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads a stream on a thread of its own, a few chunks ahead of whoever reads this one: a gzip's inflating then runs
 * beside the parsing of what it has already given, on another core. At most {@link #CHUNKS} chunks of 64 KB wait at a
 * time, so memory stays the same whatever the stream's length. A failure of the stream (a truncated gzip) is thrown to
 * the reader where the stream failed. Closing stops the thread and closes the stream.
 *
 * <p>It also counts the double quotes it reads ({@link #quotes}), on its own thread: in well-formed CSV every quoted
 * cell opens and closes with one and doubles those inside it, so an odd count at the end means a quoted cell was
 * never closed. (A double quote is one byte in UTF-8, never part of another character.)
 */
final class ReadAhead extends InputStream {

    static final int CHUNKS = 4;
    private static final int CHUNK = 1 << 16;
    private static final byte[] END = new byte[0];

    private final InputStream in;
    private final BlockingQueue<Object> chunks = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread reader;
    private byte[] chunk;
    private int length;
    private int position;
    private boolean ended;
    /** Written by the reading thread before it hands on the end; read by the reader after taking the end. */
    private long quotes;

    ReadAhead(InputStream in) {
        this.in = in;
        this.reader = Thread.ofPlatform().name("crime-import-read").daemon().start(this::readAll);
    }

    private void readAll() {
        try {
            while (true) {
                byte[] next = new byte[CHUNK];
                int filled = 0;
                int n;
                while (filled < CHUNK && (n = in.read(next, filled, CHUNK - filled)) >= 0) {
                    filled += n;
                }
                quotes += quotes(next, filled);
                if (filled > 0) {
                    chunks.put(filled == CHUNK ? next : java.util.Arrays.copyOf(next, filled));
                }
                if (filled < CHUNK) {
                    chunks.put(END);
                    return;
                }
            }
        } catch (InterruptedException stopped) {
            // closed before the end: nobody waits for the rest
        } catch (IOException | RuntimeException failed) {
            try {
                chunks.put(failed);
            } catch (InterruptedException stopped) {
                // closed meanwhile
            }
        }
    }

    private static final java.lang.invoke.VarHandle LONGS = java.lang.invoke.MethodHandles.byteArrayViewVarHandle(
            long[].class, java.nio.ByteOrder.LITTLE_ENDIAN);
    private static final long QUOTES = 0x2222222222222222L;
    private static final long LOW_SEVEN = 0x7F7F7F7F7F7F7F7FL;

    /**
     * The double quotes among the first {@code length} bytes, eight at a time: XOR with eight quotes leaves a zero byte
     * where a quote was, and adding 0x7F to each byte's low seven bits sets its high bit unless the byte was zero.
     */
    static long quotes(byte[] bytes, int length) {
        long count = 0;
        int i = 0;
        for (; i + 8 <= length; i += 8) {
            long x = (long) LONGS.get(bytes, i) ^ QUOTES;
            long nonZero = ((x & LOW_SEVEN) + LOW_SEVEN) | x;
            count += 8 - Long.bitCount(nonZero & ~LOW_SEVEN);
        }
        for (; i < length; i++) {
            if (bytes[i] == '"') {
                count++;
            }
        }
        return count;
    }

    /** Takes the next chunk when the one in hand is used up; false at the end. */
    private boolean more() throws IOException {
        while (chunk == null || position == length) {
            if (ended) {
                return false;
            }
            Object next;
            try {
                next = chunks.take();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new InterruptedIOException("the import was interrupted");
            }
            switch (next) {
                case byte[] bytes when bytes == END -> {
                    ended = true;
                    return false;
                }
                case byte[] bytes -> {
                    chunk = bytes;
                    length = bytes.length;
                    position = 0;
                }
                case IOException failed -> throw new IOException(failed.getMessage(), failed);
                case RuntimeException failed -> throw failed;
                default -> throw new IllegalStateException("unexpected chunk " + next);
            }
        }
        return true;
    }

    /** The double quotes in the stream; known once it has been read to its end. */
    long quotes() {
        if (!ended) {
            throw new IllegalStateException("the stream has not been read to its end");
        }
        return quotes;
    }

    @Override
    public int read() throws IOException {
        return more() ? chunk[position++] & 0xFF : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int wanted) throws IOException {
        if (wanted == 0) {
            return 0;
        }
        if (!more()) {
            return -1;
        }
        int n = Math.min(wanted, length - position);
        System.arraycopy(chunk, position, buffer, offset, n);
        position += n;
        return n;
    }

    @Override
    public void close() throws IOException {
        reader.interrupt();
        try {
            reader.join();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
        }
        in.close();
    }
}
