package org.csucasework.casehistory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;

/**
 * Where the content of case documents is kept. The default keeps it in PostgreSQL (in chunks, streamed both ways:
 * decision record 0018); an S3-compatible object store could implement this with the document id as the key. The
 * metadata (name, type, size, sha256, case) is always in the database.
 */
public interface DocumentStore {

    /**
     * Stores a new document's content, reading the stream to its end without holding it whole in memory. Called in
     * the transaction that records the document: if the stream fails (too large, broken), the store must keep
     * nothing (the database store rolls back with the transaction; an object store deletes what it wrote).
     */
    void write(long documentId, InputStream content) throws IOException;

    /** Copies the document's content to {@code out}, streamed. */
    void read(long documentId, OutputStream out) throws IOException;

    /** Removes the documents' content (retention, erasure). */
    void delete(Collection<Long> documentIds);
}
