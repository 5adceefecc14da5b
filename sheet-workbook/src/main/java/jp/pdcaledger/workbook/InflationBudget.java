package jp.pdcaledger.workbook;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.apache.poi.openxml4j.util.ZipArchiveThresholdInputStream;
import org.apache.poi.openxml4j.util.ZipEntrySource;
import org.apache.poi.openxml4j.util.ZipFileZipEntrySource;
import org.apache.poi.openxml4j.util.ZipSecureFile;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Enumeration;

/**
 * The workbook's zip, opened in memory for POI to take only the parts it is asked for, every byte counted as it
 * inflates. POI's own guards ({@code ZipSecureFile}'s inflate ratio and entry size) hold per part; this adds what
 * they cannot see: the total of all parts read, and a small ceiling on the parts POI parses whole into a tree
 * (content types, relationships, document properties). Sizes the zip's directory declares are believed only to
 * refuse early, never to accept: what is read is counted as it comes out of the inflater.
 */
final class InflationBudget implements ZipEntrySource {

    /** Parts POI reads into a DOM; none of a workbook's is near this, and a tree costs several times its text. */
    static final long MAX_STRUCTURE_PART_BYTES = 1024 * 1024;

    private final ZipFile zip;
    /** POI's own lookup of parts (case-insensitive, as Office's) over the same zip. */
    private final ZipFileZipEntrySource entries;
    private final long limit;
    private long inflated;

    private InflationBudget(ZipFile zip, long limit) {
        this.zip = zip;
        this.entries = new ZipFileZipEntrySource(zip);
        this.limit = limit;
    }

    /**
     * The zip in {@code bytes}, refused at once if its directory already says that a part is a bomb (by POI's own
     * per-part guards) or that the parts unpack to more than the limit together.
     */
    static InflationBudget open(byte[] bytes, long limit) throws IOException {
        ZipFile zip = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes)).get();
        try {
            long declared = 0;
            for (ZipArchiveEntry entry : Collections.list(zip.getEntries())) {
                long size = Math.max(0, entry.getSize());
                if (size > ZipSecureFile.getMaxEntrySize() || size > ZipSecureFile.getGraceEntrySize()
                        && entry.getCompressedSize() / (double) size < ZipSecureFile.getMinInflateRatio()) {
                    throw new IOException("Zip bomb detected! The zip's directory declares " + entry.getName()
                            + " to inflate from " + entry.getCompressedSize() + " to " + size + " bytes");
                }
                declared += size;
            }
            if (declared > limit) {
                throw new InflatedTooLarge(limit);
            }
            return new InflationBudget(zip, limit);
        } catch (IOException | RuntimeException refused) {
            zip.close();
            throw refused;
        }
    }

    long inflated() {
        return inflated;
    }

    @Override
    public Enumeration<? extends ZipArchiveEntry> getEntries() {
        return entries.getEntries();
    }

    @Override
    public ZipArchiveEntry getEntry(String path) {
        return entries.getEntry(path);
    }

    @Override
    public InputStream getInputStream(ZipArchiveEntry entry) throws IOException {
        long partLimit = isStructure(entry.getName()) ? MAX_STRUCTURE_PART_BYTES : Long.MAX_VALUE;
        return new Counted(new ZipArchiveThresholdInputStream(zip.getInputStream(entry)), partLimit);
    }

    private static boolean isStructure(String name) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        return lower.endsWith(".rels") || lower.equals("[content_types].xml") || lower.startsWith("docprops/");
    }

    @Override
    public void close() throws IOException {
        entries.close();
    }

    @Override
    public boolean isClosed() {
        return entries.isClosed();
    }

    /** A part's bytes as they inflate, charged to the workbook's budget and to the part's own ceiling. */
    private final class Counted extends FilterInputStream {

        private final long partLimit;
        private long read;

        Counted(InputStream in, long partLimit) {
            super(in);
            this.partLimit = partLimit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                charge(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                charge(n);
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            long skipped = super.skip(n);
            if (skipped > 0) {
                charge(skipped);
            }
            return skipped;
        }

        private void charge(long bytes) throws IOException {
            read += bytes;
            inflated += bytes;
            if (inflated > limit) {
                throw new InflatedTooLarge(limit);
            }
            if (read > partLimit) {
                throw new InflatedTooLarge(partLimit);
            }
        }
    }

    /** More inflated than the workbook (or the part) may be: refused, and nothing more of it is read. */
    static final class InflatedTooLarge extends IOException {

        InflatedTooLarge(long limit) {
            super("展開すると上限（" + limit + " バイト）を超えるため読めません。"
                    + "書き出したときにないシートや書式を削除して保存し直してください");
        }
    }
}
