package dev.waybill.api.v1alpha1.meta;

/** What a fulfillment node can do; routing policies require these of their candidates. */
public enum Capability {
    InventoryReservation,
    PartialCancellation,
    FullCancellation,
    SameDayConfirmation,
    ShipFromStore,
    StorePickup,
    Returns,
    RealTimeInventory
}
