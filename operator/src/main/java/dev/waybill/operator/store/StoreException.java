package dev.waybill.operator.store;

import java.sql.SQLException;

/** The store could not do what was asked; retryable when the database was busy or a concurrent write won. */
public final class StoreException extends RuntimeException {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    /** A unique constraint refused the write: someone stored the same key or order first. */
    public boolean uniqueViolation() {
        for (Throwable t = getCause(); t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("23505".equals(sql.getSQLState())
                    || (sql.getMessage() != null && sql.getMessage().contains("UNIQUE constraint failed")))) {
                return true;
            }
        }
        return false;
    }
}
