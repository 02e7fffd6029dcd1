/** Types shared by the Waybill kinds: conditions, status, references, capabilities. */
package dev.waybill.api.v1alpha1.meta;
