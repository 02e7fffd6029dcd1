package dev.waybill.operator.e2e;

import dev.waybill.testkit.Repo;
import dev.waybill.testkit.Shell;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What `make e2e` and an incident rely on, checked without a cluster: every alert of the chart's PrometheusRule has
 * its runbook (the alert links {@code <runbookBaseUrl>/<AlertName>.md}), the runbook pages' links resolve, and the
 * kind and e2e scripts (which cannot run here, having no Docker) at least parse.
 */
class RunbooksTest {

    private static final Path RULE = Repo.path("helm/waybill/templates/prometheusrule.yaml");
    private static final Path RUNBOOKS = Repo.path("docs/runbooks");
    private static final List<String> SCRIPTS = List.of("hack/kind.sh", "hack/e2e.sh");
    private static final Pattern ALERT = Pattern.compile("^\\s*- alert: (\\S+)\\s*$", Pattern.MULTILINE);
    private static final Pattern RUNBOOK_URL = Pattern.compile("runbook_url: \\{\\{ printf \"%s/([^\"]+)\\.md\"");
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    @Test
    void everyAlertHasARunbookPageNamedAsItsRunbookUrlSays() throws IOException {
        String rule = Files.readString(RULE);
        List<String> alerts = all(ALERT, rule);
        assertThat(alerts).as("alerts in %s", RULE).hasSizeGreaterThanOrEqualTo(8).doesNotHaveDuplicates();
        assertThat(all(RUNBOOK_URL, rule)).as("the runbook_url of each alert, in order").isEqualTo(alerts);
        for (String alert : alerts) {
            Path page = RUNBOOKS.resolve(alert + ".md");
            assertThat(page).as("runbook of alert %s", alert).isRegularFile();
            assertThat(Files.readAllLines(page).get(0)).as("title of %s", page).isEqualTo("# " + alert);
        }
    }

    @Test
    void noRunbookOutlivesItsAlert() throws IOException {
        List<String> alerts = all(ALERT, Files.readString(RULE));
        try (Stream<Path> pages = Files.list(RUNBOOKS)) {
            assertThat(pages.map(p -> p.getFileName().toString()).filter(n -> !n.equals("README.md"))
                    .map(n -> n.replaceFirst("\\.md$", ""))).as("pages in docs/runbooks/ besides README.md")
                    .containsExactlyInAnyOrderElementsOf(alerts);
        }
    }

    @Test
    void theIndexLinksEveryRunbookTheGoLiveChecklistAndTheRollbackPlan() throws IOException {
        String index = Files.readString(RUNBOOKS.resolve("README.md"));
        for (String alert : all(ALERT, Files.readString(RULE))) {
            assertThat(index).as("docs/runbooks/README.md").contains("(" + alert + ".md)");
        }
        assertThat(index).contains("(../go-live.md)", "(../rollback.md)");
    }

    @Test
    void relativeLinksOfTheOperationsPagesResolve() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Repo.path("docs/go-live.md"), Repo.path("docs/rollback.md")));
        try (Stream<Path> runbooks = Files.list(RUNBOOKS)) {
            runbooks.forEach(pages::add);
        }
        for (Path page : pages) {
            for (String target : all(LINK, Files.readString(page))) {
                if (target.startsWith("http") || target.startsWith("#")) {
                    continue;
                }
                Path file = page.getParent().resolve(target.replaceFirst("#.*$", "")).normalize();
                assertThat(file).as("link %s in %s", target, Repo.root().relativize(page)).exists();
            }
        }
    }

    @Test
    void theKindAndE2eScriptsParse() {
        for (String script : SCRIPTS) {
            run("bash", "-n", Repo.path(script).toString());
            assertThat(Repo.path(script)).as(script).isExecutable();
        }
        run("python3", "-c", "import ast, sys; ast.parse(open(sys.argv[1]).read(), sys.argv[1])",
                Repo.path("hack/e2e/orders.py").toString());
    }

    @Test
    void theKindAndE2eScriptsAreShellcheckClean() {
        assumeTrue(Shell.run(List.of("sh", "-c", "command -v shellcheck"), Map.of(), Duration.ofSeconds(10)).ok(),
                "shellcheck is not installed");
        List<String> command = new ArrayList<>(List.of("shellcheck"));
        SCRIPTS.forEach(s -> command.add(Repo.path(s).toString()));
        run(command.toArray(String[]::new));
    }

    @Test
    void makeE2eRunsTheScriptWhichFillsEveryPlaceholderOfTheSimulatorManifest() throws IOException {
        assertThat(Files.readString(Repo.path("Makefile"))).containsPattern("(?m)^e2e:.*\\n\\t.*hack/e2e\\.sh");
        String script = Files.readString(Repo.path("hack/e2e.sh"));
        Matcher placeholders = Pattern.compile("__[A-Z_]+__").matcher(Files.readString(Repo.path("hack/e2e/simulator.yaml")));
        while (placeholders.find()) {
            assertThat(script).as("hack/e2e.sh fills %s", placeholders.group()).contains("s|" + placeholders.group() + "|");
        }
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }

    private static void run(String... command) {
        Shell.run(List.of(command), Map.of(), Duration.ofSeconds(60)).orThrow();
    }
}
