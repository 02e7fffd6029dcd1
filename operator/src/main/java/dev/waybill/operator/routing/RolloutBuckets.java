package dev.waybill.operator.routing;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Which orders a partially rolled-out policy takes, stably: the same order always lands in the same bucket, on
 * every replica and every JVM.
 *
 * <p>The bucket of an order under a policy is the SHA-256 digest of the UTF-8 bytes of
 * {@code policyName + "/" + orderId}, its first four bytes read as an unsigned big-endian integer, modulo 100.
 * ({@code /} cannot occur in a Kubernetes name, so the input is unambiguous.) The policy's name is part of it so
 * that two policies rolled out to 10% each take different orders rather than the same tenth. A policy with
 * {@code rollout.percent} p takes the orders whose bucket is below p: 0 takes none, 100 takes all, and raising p
 * only ever adds orders.
 */
public final class RolloutBuckets {

    private RolloutBuckets() {
    }

    /** The order's bucket under the policy, 0..99. */
    public static int bucket(String policyName, String orderId) {
        byte[] digest = sha256().digest((policyName + "/" + orderId).getBytes(StandardCharsets.UTF_8));
        long first = ((digest[0] & 0xFFL) << 24) | ((digest[1] & 0xFFL) << 16) | ((digest[2] & 0xFFL) << 8)
                | (digest[3] & 0xFFL);
        return (int) (first % 100);
    }

    /** Whether a policy rolled out to {@code percent} takes the order. */
    public static boolean takes(int percent, String policyName, String orderId) {
        if (percent >= 100) {
            return true;
        }
        if (percent <= 0) {
            return false;
        }
        return bucket(policyName, orderId) < percent;
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
