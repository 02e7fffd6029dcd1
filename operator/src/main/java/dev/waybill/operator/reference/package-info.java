/** Informers on the objects Waybill resources refer to by name, mapped back to the resources that name them. */
package dev.waybill.operator.reference;
