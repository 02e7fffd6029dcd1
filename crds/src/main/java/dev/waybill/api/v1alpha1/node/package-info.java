/** The node kind of the Waybill API. */
package dev.waybill.api.v1alpha1.node;
