package com.connectboard.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Records what the application logs at ERROR (JUL SEVERE) while a block runs, from any thread: a refusal of bad input
 * must not look like a server failure in the logs.
 */
public final class ErrorLogs implements AutoCloseable {

    private final Handler handler;
    private final List<String> records = new ArrayList<>();

    private ErrorLogs() {
        handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                if (record.getLevel().intValue() >= Level.SEVERE.intValue()) {
                    synchronized (records) {
                        records.add(record.getLoggerName() + ": " + record.getMessage()
                                + (record.getThrown() == null ? "" : " " + record.getThrown()));
                    }
                }
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger.getLogger("").addHandler(handler);
    }

    public static ErrorLogs capture() {
        return new ErrorLogs();
    }

    public List<String> records() {
        synchronized (records) {
            return List.copyOf(records);
        }
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(handler);
    }
}
