package org.csucasework.casehistory.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Collection;
import java.util.List;
import lombok.RequiredArgsConstructor;
import org.csucasework.casehistory.DocumentStore;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps documents in the database as numbered chunks of {@value #CHUNK} bytes (decision record 0018): storing holds
 * one chunk in memory at a time, and so does a download, which reads the chunks one by one. Plain {@code bytea}
 * rows work the same on PostgreSQL and H2, are backed up with the database, and go with their document when it is
 * deleted (no orphaned large objects).
 */
@Component
@RequiredArgsConstructor
class DatabaseDocumentStore implements DocumentStore {

    static final int CHUNK = 256 * 1024;

    private final JdbcTemplate jdbc;
    private final NamedParameterJdbcTemplate named;

    @Override
    public void write(long documentId, InputStream content) throws IOException {
        byte[] buffer = new byte[CHUNK];
        int seq = 0;
        while (true) {
            int filled = content.readNBytes(buffer, 0, CHUNK);
            if (filled == 0) {
                return;
            }
            int length = filled;
            int chunk = seq++;
            jdbc.update(connection -> {
                var insert = connection.prepareStatement(
                        "insert into case_document_chunk (document_id, seq, data) values (?, ?, ?)");
                insert.setLong(1, documentId);
                insert.setInt(2, chunk);
                insert.setBinaryStream(3, new ByteArrayInputStream(buffer, 0, length), length);
                return insert;
            });
            if (filled < CHUNK) {
                return;
            }
        }
    }

    @Override
    public void read(long documentId, OutputStream out) throws IOException {
        List<Integer> chunks = jdbc.queryForList("select seq from case_document_chunk where document_id = ?"
                + " order by seq", Integer.class, documentId);
        for (Integer seq : chunks) {
            byte[] data = jdbc.queryForObject("select data from case_document_chunk where document_id = ? and seq = ?",
                    byte[].class, documentId, seq);
            if (data != null) {
                out.write(data);
            }
        }
        out.flush();
    }

    @Override
    public void delete(Collection<Long> documentIds) {
        if (!documentIds.isEmpty()) {
            named.update("delete from case_document_chunk where document_id in (:ids)",
                    new MapSqlParameterSource("ids", documentIds));
        }
    }
}
