package dev.waybill.testkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The kubectl installed on the machine, pointed at a kubeconfig. */
public final class Kubectl {

    private final Path kubeconfig;

    public Kubectl(Path kubeconfig) {
        this.kubeconfig = kubeconfig;
    }

    /** kubectl on the suite's real API server, as admin. */
    public static Kubectl admin() {
        return new Kubectl(RealApiServer.kubeconfig());
    }

    public Shell.Result run(String... args) {
        List<String> command = new ArrayList<>(List.of("kubectl", "--kubeconfig", kubeconfig.toString()));
        command.addAll(List.of(args));
        return Shell.run(command, Map.of(), Duration.ofSeconds(90));
    }
}
