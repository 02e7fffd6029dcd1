/**
 * A contract's {@code dataPolicy} over a canonical order held as Maps and Lists: which fields may leave the process
 * for the vendor, and which values never appear in what people read (logs, audit details, exceptions).
 */
package dev.waybill.adapter.datapolicy;
