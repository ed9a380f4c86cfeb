package uk.saferhub.crimedata.internal;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.function.LongSupplier;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import uk.saferhub.crimedata.CrimeImportRefused;

/**
 * Opens a street-level file as it comes: a CSV, a gzip of one, or a zip archive in data.police.uk's layout
 * (2025-02/2025-02-cambridgeshire-street.csv, with outcomes and stop-and-search files beside them, which are passed
 * over), or a zip of crimes-street API answers (.json) that together make a force's month. Everything is read as a stream, never held whole. A guard against zip bombs counts the bytes decompressed and
 * the entries of an archive, and refuses the file past either limit.
 */
final class CrimeFileSource {

    /**
     * Receives each street-level file in turn; the stream is the entry's, closed by the source. {@code quotes} gives
     * the double quotes the stream held, once it has been read to its end.
     */
    interface EntryReader {
        void read(String entry, InputStream in, LongSupplier quotes) throws IOException;
    }

    private final long maxUncompressedBytes;
    private final int maxEntries;

    CrimeFileSource(long maxUncompressedBytes, int maxEntries) {
        this.maxUncompressedBytes = maxUncompressedBytes;
        this.maxEntries = maxEntries;
    }

    /** Reads every street-level file in {@code raw} (named {@code name}); the number of entries passed over. */
    int each(String name, InputStream raw, EntryReader reader) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
        in.mark(4);
        int first = in.read();
        int second = in.read();
        in.reset();
        if (first == 0x1f && second == 0x8b) {
            // Inflated on a thread of its own, beside the parsing; closed whatever happens, which stops it.
            try (ReadAhead inflated = new ReadAhead(new GZIPInputStream(in, 1 << 16))) {
                reader.read(name, new Limited(inflated, maxUncompressedBytes), inflated::quotes);
            }
            return 0;
        }
        if (first == 'P' && second == 'K') {
            return archive(in, reader);
        }
        try (ReadAhead plain = new ReadAhead(in)) {
            reader.read(name, new Limited(plain, maxUncompressedBytes), plain::quotes);
        }
        return 0;
    }

    private int archive(InputStream in, EntryReader reader) throws IOException {
        Limited total = new Limited(null, maxUncompressedBytes);
        int entries = 0;
        int skipped = 0;
        int street = 0;
        try (ZipInputStream zip = new ZipInputStream(in)) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > maxEntries) {
                    throw new CrimeImportRefused("file", "crimedata.import.tooManyEntries", maxEntries);
                }
                String entryName = entry.getName();
                if (entry.isDirectory()) {
                    continue;
                }
                String lower = entryName.toLowerCase(Locale.ROOT);
                if (!lower.endsWith("-street.csv") && !lower.endsWith("-outcomes.csv") && !lower.endsWith(".json")) {
                    skipped++;
                    continue;
                }
                street++;
                try (ReadAhead inflated = new ReadAhead(new Unclosed(zip))) {
                    reader.read(entryName, total.over(inflated), inflated::quotes);
                }
            }
        }
        if (street == 0) {
            throw new CrimeImportRefused("file", "crimedata.import.noStreetFiles");
        }
        return skipped;
    }

    /** A stream that refuses the file once more than the limit has been read through it (and its siblings). */
    private static final class Limited extends FilterInputStream {

        private final long limit;
        private final long[] count;

        Limited(InputStream in, long limit) {
            this(in, limit, new long[1]);
        }

        private Limited(InputStream in, long limit, long[] count) {
            super(in);
            this.limit = limit;
            this.count = count;
        }

        /** Another stream sharing this one's count (each entry of one archive). */
        Limited over(InputStream next) {
            return new Limited(next, limit, count);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                counted(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                counted(n);
            }
            return n;
        }

        private void counted(long n) {
            count[0] += n;
            if (count[0] > limit) {
                throw new CrimeImportRefused("file", "crimedata.import.tooLarge", limit);
            }
        }
    }

    /** An archive entry's stream, which the reader may close without closing the archive. */
    private static final class Unclosed extends FilterInputStream {

        Unclosed(InputStream in) {
            super(in);
        }

        @Override
        public void close() {
            // the archive is closed by the source
        }
    }
}
