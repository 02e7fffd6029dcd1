package dev.waybill.api.v1alpha1.meta;

/** Schema fragments shared by the kinds' CRD annotations. */
public final class Schemas {

    /** JSON path of the Ready condition's status, for printer columns. */
    public static final String READY_PATH = ".status.conditions[?(@.type==\"Ready\")].status";

    /** A Kubernetes-style duration: "250ms", "2s", "1m30s". */
    public static final String DURATION = "^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$";

    /** A decimal amount of money: "4.10". */
    public static final String MONEY = "^[0-9]{1,12}(\\.[0-9]{1,4})?$";

    /** A JSON Pointer into the canonical order: "/shipTo/city". */
    public static final String JSON_POINTER = "^(/[^/~]*(~[01][^/~]*)*)+$";

    /** An HTTP header name. */
    public static final String HEADER_NAME = "^[A-Za-z0-9][-A-Za-z0-9]*$";

    private Schemas() {
    }
}
