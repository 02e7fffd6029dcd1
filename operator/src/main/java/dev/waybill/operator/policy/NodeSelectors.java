package dev.waybill.operator.policy;

import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.LabelSelectorRequirement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Predicate;

/** Turns a Kubernetes label selector into a predicate over node labels, with Kubernetes' own semantics. */
public final class NodeSelectors {

    private NodeSelectors() {
    }

    /** The predicate; an empty or absent selector matches every node. */
    public static Predicate<Map<String, String>> compile(LabelSelector selector) {
        if (selector == null) {
            return labels -> true;
        }
        List<Predicate<Map<String, String>>> parts = new ArrayList<>();
        if (selector.getMatchLabels() != null) {
            Map<String, String> wanted = Map.copyOf(selector.getMatchLabels());
            parts.add(labels -> wanted.entrySet().stream()
                    .allMatch(e -> Objects.equals(labels.get(e.getKey()), e.getValue())));
        }
        if (selector.getMatchExpressions() != null) {
            selector.getMatchExpressions().forEach(r -> parts.add(requirement(r)));
        }
        return labels -> parts.stream().allMatch(p -> p.test(labels));
    }

    /** Why the selector cannot be used, or null when it can. */
    public static String problem(LabelSelector selector) {
        if (selector == null || selector.getMatchExpressions() == null) {
            return null;
        }
        for (LabelSelectorRequirement r : selector.getMatchExpressions()) {
            String op = r.getOperator();
            int values = r.getValues() == null ? 0 : r.getValues().size();
            if (!List.of("In", "NotIn", "Exists", "DoesNotExist").contains(op)) {
                return "operator " + op + " of key " + r.getKey() + " is not In, NotIn, Exists or DoesNotExist";
            }
            if ((op.equals("In") || op.equals("NotIn")) && values == 0) {
                return "operator " + op + " of key " + r.getKey() + " needs at least one value";
            }
            if ((op.equals("Exists") || op.equals("DoesNotExist")) && values > 0) {
                return "operator " + op + " of key " + r.getKey() + " takes no values";
            }
        }
        return null;
    }

    private static Predicate<Map<String, String>> requirement(LabelSelectorRequirement r) {
        List<String> values = r.getValues() == null ? List.of() : List.copyOf(r.getValues());
        String key = r.getKey();
        return switch (r.getOperator()) {
            case "In" -> labels -> labels.containsKey(key) && values.contains(labels.get(key));
            case "NotIn" -> labels -> !labels.containsKey(key) || !values.contains(labels.get(key));
            case "Exists" -> labels -> labels.containsKey(key);
            default -> labels -> !labels.containsKey(key);
        };
    }
}
