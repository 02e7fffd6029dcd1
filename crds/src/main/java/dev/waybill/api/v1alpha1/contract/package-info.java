/** The contract kind of the Waybill API. */
package dev.waybill.api.v1alpha1.contract;
