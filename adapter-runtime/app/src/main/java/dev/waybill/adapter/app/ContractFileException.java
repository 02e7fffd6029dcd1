package dev.waybill.adapter.app;

/**
 * The contract file cannot be run: missing, not JSON, or a field missing or invalid. The app does not start; the
 * message names the file and the field (e.g. {@code spec.operations.create.request}) so the cause is one log line.
 */
public final class ContractFileException extends RuntimeException {

    private final String field;

    public ContractFileException(String file, String field, String problem) {
        super("contract file " + file + ": " + field + ": " + problem);
        this.field = field;
    }

    /** Where the problem is: a field path such as {@code spec.baseUrl}, or {@code (file)} for the file itself. */
    public String field() {
        return field;
    }
}
