/** Starting and stopping the operator inside the Quarkus process. */
package dev.waybill.operator.lifecycle;
