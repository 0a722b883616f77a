package org.dossier.indexer.internal.catalog;

import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.DefaultTransactionDefinition;

/**
 * The catalog's writes during an indexing run, grouped into one transaction per commit of the run instead of one per
 * statement: with {@code WRITE_DELAY=0} every H2 commit stores a chunk before it returns, and that store was two
 * thirds of the time spent recording a small file (profiled on 3,000 notes). The transaction is bound to the thread
 * that runs (Spring's {@code DataSourceUtils}), so every read and write of the catalog on that thread, through any
 * {@code JdbcClient} over the same {@link DataSource}, sees the rows the batch holds; other threads see them once
 * committed, together with the index. A crash loses the open batch whole, and with it only index changes that were
 * not committed either (see {@code CommitProtocol}).
 */
public final class WriteBatches {

    private static final TransactionDefinition BATCH = new DefaultTransactionDefinition();

    private final PlatformTransactionManager transactions;
    private final ThreadLocal<TransactionStatus> open = new ThreadLocal<>();

    WriteBatches(DataSource dataSource) {
        this.transactions = new DataSourceTransactionManager(dataSource);
    }

    /**
     * Runs {@code work} with this thread's catalog writes in batches, which {@link #commit(Runnable)} ends and
     * starts again. What is pending at the end is committed even when {@code work} throws: the index may hold those
     * changes in its buffer, and its next commit must find their rows. Nested calls join the batch open.
     */
    public <T> T batched(Supplier<T> work) {
        if (open.get() != null) {
            return work.get();
        }
        open.set(transactions.getTransaction(BATCH));
        Throwable failure = null;
        try {
            return work.get();
        } catch (RuntimeException | Error e) {
            failure = e;
            throw e;
        } finally {
            TransactionStatus last = open.get();
            open.remove();
            try {
                transactions.commit(last);
            } catch (RuntimeException e) {
                if (failure == null) {
                    throw e;
                }
                failure.addSuppressed(e);
            }
        }
    }

    /**
     * Commits the batch open on this thread, runs {@code between} outside any batch (each statement committed as it
     * runs), then opens the next batch. Outside {@link #batched} only {@code between} runs.
     */
    public void commit(Runnable between) {
        TransactionStatus current = open.get();
        if (current == null) {
            between.run();
            return;
        }
        open.remove();
        transactions.commit(current);
        try {
            between.run();
        } finally {
            open.set(transactions.getTransaction(BATCH));
        }
    }
}
