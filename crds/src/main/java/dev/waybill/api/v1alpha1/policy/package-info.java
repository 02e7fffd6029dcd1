/** The policy kind of the Waybill API. */
package dev.waybill.api.v1alpha1.policy;
