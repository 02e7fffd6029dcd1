/**
 * A contract's {@code dataPolicy} over a canonical order held as Maps and Lists: which fields may leave the process
 * for the vendor, and which values never appear in what people read (logs, audit details, exceptions). The one place
 * personal data is masked: the fields {@code OrderDataPolicy.ALWAYS_MASKED} plus the contract's {@code maskInLogs},
 * in every form a vendor or a system may echo them ({@code ValueForms}).
 */
package dev.waybill.adapter.datapolicy;
