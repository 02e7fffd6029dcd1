package dev.waybill.operator.e2e;

import dev.waybill.operator.lifecycle.OperatorConfig;
import dev.waybill.testkit.Repo;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import io.smallrye.config.WithDefault;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.nio.file.Files;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the images of hack/kind.sh are made of, checked without Docker: each Quarkus app's application.properties
 * (which Jib reads when a build sets {@code quarkus.container-image.build=true}) names a Java 17 base that Quarkus
 * starts with run-java.sh, a numeric non-root user, the port the app listens on, and, by default, the image name
 * that kind.sh loads and e2e.sh, the chart and the operator run. Building the image itself needs Docker.
 */
class ContainerImageConfigTest {

    /** The ubi images Quarkus 3.33 starts through run-java.sh; another base would get a bare {@code java -jar}. */
    private static final Pattern JAVA_17_BASE =
            Pattern.compile("registry\\.access\\.redhat\\.com/ubi[89]/openjdk-17-runtime:\\d+(\\.\\d+)+");
    private static final Pattern IMAGE_EXPRESSION = Pattern.compile("\\$\\{([A-Z_]+):[^}]+}");

    /** The three apps kind.sh builds: module, the variable naming the image, the port its manifest uses. */
    enum App {
        OPERATOR("operator", "OPERATOR_IMAGE", 8080),
        ADAPTER("adapter-runtime/app", "ADAPTER_IMAGE", 8080),
        SIMULATOR("examples/vendor-simulator", "SIM_IMAGE", 9090);

        final String module;
        final String imageVariable;
        final int port;

        App(String module, String imageVariable, int port) {
            this.module = module;
            this.imageVariable = imageVariable;
            this.port = port;
        }
    }

    @ParameterizedTest
    @EnumSource(App.class)
    void theJibExtensionIsThereAndBuildsNothingUnlessAsked(App app) throws IOException {
        assertThat(Files.readString(Repo.path(app.module + "/pom.xml")))
                .contains("<artifactId>quarkus-container-image-jib</artifactId>");
        SmallRyeConfig config = config(app);
        assertThat(config.getOptionalValue("quarkus.container-image.build", Boolean.class)).as(app.module)
                .isEmpty();
        assertThat(config.getOptionalValue("quarkus.container-image.push", Boolean.class)).as(app.module)
                .isEmpty();
    }

    @ParameterizedTest
    @EnumSource(App.class)
    void theImageRunsJava17AsANumericNonRootUserOnTheAppsPort(App app) throws IOException {
        SmallRyeConfig config = config(app);
        assertThat(config.getValue("quarkus.jib.base-jvm-image", String.class)).as(app.module).matches(JAVA_17_BASE);
        assertThat(config.getValue("quarkus.jib.user", String.class)).as("%s: the kubelet checks runAsNonRoot "
                + "only against a numeric user", app.module).matches("[1-9][0-9]*");
        assertThat(config.getValue("quarkus.jib.ports", Integer.class)).as(app.module).isEqualTo(app.port)
                .isEqualTo(config.getValue("quarkus.http.port", Integer.class));
    }

    @ParameterizedTest
    @EnumSource(App.class)
    void theImageIsNamedAsKindShAndE2eShNameIt(App app) throws IOException {
        String expression = properties(app).getProperty("quarkus.container-image.image");
        Matcher variable = IMAGE_EXPRESSION.matcher(expression);
        assertThat(variable.matches()).as("%s: quarkus.container-image.image=%s", app.module, expression).isTrue();
        assertThat(variable.group(1)).isEqualTo(app.imageVariable);
        String kind = Files.readString(Repo.path("hack/kind.sh"));
        assertThat(kind).as("hack/kind.sh exports it to Maven").containsPattern("(?m)^export .*\\b" + app.imageVariable
                + "\\b");
        String image = config(app).getValue("quarkus.container-image.image", String.class);
        for (String script : new String[] {kind, Files.readString(Repo.path("hack/e2e.sh"))}) {
            Matcher fallback = Pattern.compile(app.imageVariable + "=\"\\$\\{" + app.imageVariable
                    + ":-([^$\"]+)\\$VERSION}\"").matcher(script);
            assertThat(fallback.find()).as("the default of %s in the scripts", app.imageVariable).isTrue();
            assertThat(image).isEqualTo(fallback.group(1) + appVersion());
        }
    }

    @Test
    void theChartRunsTheOperatorImageOnItsPort() throws IOException {
        String image = config(App.OPERATOR).getValue("quarkus.container-image.image", String.class);
        assertThat(Files.readString(Repo.path("helm/waybill/values.yaml")))
                .contains("repository: " + image.substring(0, image.lastIndexOf(':')));
        assertThat(Files.readString(Repo.path("helm/waybill/templates/deployment.yaml")))
                .contains("containerPort: " + App.OPERATOR.port);
    }

    @Test
    void theOperatorRunsTheAdapterImageByDefault() throws Exception {
        String operatorDefault = OperatorConfig.Adapter.class.getMethod("image").getAnnotation(WithDefault.class)
                .value();
        assertThat(config(App.ADAPTER).getValue("quarkus.container-image.image", String.class))
                .as("waybill.adapter.image's default").isEqualTo(operatorDefault);
    }

    @Test
    void theSimulatorManifestRunsItAsTheImagesUserOnItsPort() throws IOException {
        SmallRyeConfig config = config(App.SIMULATOR);
        assertThat(Files.readString(Repo.path("hack/e2e/simulator.yaml"))).contains(
                "runAsUser: " + config.getValue("quarkus.jib.user", String.class),
                "containerPort: " + config.getValue("quarkus.jib.ports", String.class));
    }

    /** The app's application.properties alone: no environment, so each expression takes its default. */
    private static SmallRyeConfig config(App app) throws IOException {
        return new SmallRyeConfigBuilder().addDefaultInterceptors()
                .withSources(new PropertiesConfigSource(properties(app), app.module, 100)).build();
    }

    private static Properties properties(App app) throws IOException {
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(Repo.path(app.module + "/src/main/resources/application.properties"))) {
            properties.load(in);
        }
        return properties;
    }

    private static String appVersion() throws IOException {
        Matcher m = Pattern.compile("(?m)^appVersion: \"?([^\"\\s]+)\"?$")
                .matcher(Files.readString(Repo.path("helm/waybill/Chart.yaml")));
        assertThat(m.find()).as("appVersion in Chart.yaml").isTrue();
        return m.group(1);
    }
}
