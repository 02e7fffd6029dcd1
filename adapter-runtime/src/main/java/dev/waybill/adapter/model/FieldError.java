package dev.waybill.adapter.model;

/**
 * One problem found in an incoming order, reported to the channel so it can fix the payload: where ({@code field}, a
 * JSON path such as {@code lines[0].quantity}, or {@code body} for the document as a whole), what is wrong in words
 * ({@code message}), and a stable machine-readable {@code code} that clients may branch on (one of the constants
 * below; {@code null} when the producer has none).
 */
public record FieldError(String field, String message, String code) {

    /** A required member is absent, {@code null}, or blank. */
    public static final String REQUIRED = "Required";
    /** A member has the wrong JSON type (a number where a string is required, a fraction where an integer is). */
    public static final String INVALID_TYPE = "InvalidType";
    /** A string does not have the required syntax (pattern, timestamp, decimal), or the body is not JSON. */
    public static final String INVALID_FORMAT = "InvalidFormat";
    /** A number, length or count lies outside its bounds. */
    public static final String OUT_OF_RANGE = "OutOfRange";
    /** Well-formed, but not one of the accepted values, or inconsistent with another member. */
    public static final String INVALID_VALUE = "InvalidValue";
    /** A value that must be unique within the order (a lineId) repeats an earlier one. */
    public static final String DUPLICATE = "Duplicate";
    /** A member that the schema does not define. */
    public static final String UNKNOWN_FIELD = "UnknownField";
    /** The document declares a schemaVersion this release cannot read. */
    public static final String UNSUPPORTED_SCHEMA_VERSION = "UnsupportedSchemaVersion";

    /** The field path that denotes the request body as a whole. */
    public static final String BODY = "body";

    /** An error without a code, for producers that have no finer classification. */
    public FieldError(String field, String message) {
        this(field, message, null);
    }
}
