package dev.waybill.operator.store;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A connection that keeps the statements prepared on it. The embedded store's single writer runs the same dozen
 * statements thousands of times a second, and SQLite's driver would compile each one anew every time (a fifth of
 * the writer's time). A statement the code closes is only cleared, and is handed out again for the same SQL; the
 * statements are really closed when the connection is, or when they fall out of the cache.
 */
final class PreparedStatementCache implements InvocationHandler {

    static final int CAPACITY = 64;

    private final Connection connection;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>(CAPACITY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= CAPACITY) {
                return false;
            }
            closeQuietly(eldest.getValue());
            return true;
        }
    };

    private PreparedStatementCache(Connection connection) {
        this.connection = connection;
    }

    /** {@code connection}, keeping what is prepared on it; one thread at a time, like the connection itself. */
    static Connection wrap(Connection connection) {
        return (Connection) Proxy.newProxyInstance(PreparedStatementCache.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new PreparedStatementCache(connection));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        if (method.getName().equals("prepareStatement") && args != null && args.length == 1) {
            return reused((String) args[0]);
        }
        if (method.getName().equals("close")) {
            List<PreparedStatement> open = new ArrayList<>(statements.values());
            statements.clear();
            open.forEach(PreparedStatementCache::closeQuietly);
        }
        return call(connection, method, args);
    }

    private PreparedStatement reused(String sql) throws SQLException {
        PreparedStatement statement = statements.get(sql);
        if (statement == null) {
            statement = connection.prepareStatement(sql);
            statements.put(sql, statement);
        }
        PreparedStatement real = statement;
        return (PreparedStatement) Proxy.newProxyInstance(PreparedStatementCache.class.getClassLoader(),
                new Class<?>[] {PreparedStatement.class}, (p, m, a) -> {
                    if (m.getName().equals("close") && (a == null || a.length == 0)) {
                        real.clearParameters(); // back to the cache, clean for the next caller
                        real.clearBatch();
                        return null;
                    }
                    return call(real, m, a);
                });
    }

    private static Object call(Object target, Method method, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static void closeQuietly(PreparedStatement statement) {
        try {
            statement.close();
        } catch (SQLException e) {
            // the connection is going away or the statement is already unusable: nothing to keep
        }
    }
}
