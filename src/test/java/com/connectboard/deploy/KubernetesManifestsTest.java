package com.connectboard.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPort;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;

/**
 * Every kustomize overlay under k8s/ renders with {@code kubectl kustomize}, and every rendered object is valid:
 * built-in kinds by strict deserialization into fabric8's Kubernetes model (an unknown or misplaced field fails, as it
 * would at {@code kubectl apply --validate=strict}), custom resources by the fields this project relies on. Then the
 * security and operations properties the issue asks for are asserted on the typed objects.
 */
class KubernetesManifestsTest {

    private static final Path K8S = Paths.get("k8s").toAbsolutePath();

    /** Built-in kinds and their fabric8 types, by apiVersion and kind. Anything else must be a known custom resource. */
    private static final Map<String, Class<? extends HasMetadata>> BUILT_IN = Map.of(
            "v1/ConfigMap", ConfigMap.class,
            "v1/Service", Service.class,
            "v1/Secret", Secret.class,
            "apps/v1/Deployment", Deployment.class,
            "autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class,
            "policy/v1/PodDisruptionBudget", PodDisruptionBudget.class,
            "networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class);

    private static final Set<String> CUSTOM = Set.of("serving.knative.dev/v1/Service", "postgresql.cnpg.io/v1/Cluster",
            "monitoring.coreos.com/v1/ServiceMonitor");

    private static final ObjectMapper STRICT = JsonMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
            .build();

    @Test
    void productionRendersValidObjects() throws Exception {
        Map<String, List<Object>> objects = validate(render("production"));
        assertEquals(Set.of("v1/ConfigMap", "v1/Service", "apps/v1/Deployment", "autoscaling/v2/HorizontalPodAutoscaler",
                "policy/v1/PodDisruptionBudget", "networking.k8s.io/v1/NetworkPolicy", "postgresql.cnpg.io/v1/Cluster",
                "monitoring.coreos.com/v1/ServiceMonitor"), objects.keySet());

        Deployment deployment = (Deployment) single(objects, "apps/v1/Deployment");
        assertNull(deployment.getSpec().getReplicas(), "the HPA owns the replica count");
        PodSpec pod = deployment.getSpec().getTemplate().getSpec();
        assertEquals(Boolean.TRUE, pod.getSecurityContext().getRunAsNonRoot(), "pod runAsNonRoot");
        assertEquals("RuntimeDefault", pod.getSecurityContext().getSeccompProfile().getType());
        assertPodIsLockedDown(pod, true);
        Map<String, String> annotations = deployment.getSpec().getTemplate().getMetadata().getAnnotations();
        assertEquals("/q/metrics", annotations.get("prometheus.io/path"));

        HorizontalPodAutoscaler hpa = (HorizontalPodAutoscaler) single(objects, "autoscaling/v2/HorizontalPodAutoscaler");
        assertEquals("Deployment", hpa.getSpec().getScaleTargetRef().getKind());
        assertEquals(deployment.getMetadata().getName(), hpa.getSpec().getScaleTargetRef().getName());
        assertTrue(hpa.getSpec().getMinReplicas() >= 2, "at least two replicas");

        PodDisruptionBudget pdb = (PodDisruptionBudget) single(objects, "policy/v1/PodDisruptionBudget");
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(), pdb.getSpec().getSelector().getMatchLabels());

        Service service = (Service) single(objects, "v1/Service");
        assertEquals(deployment.getSpec().getSelector().getMatchLabels(), service.getSpec().getSelector());

        NetworkPolicy policy = (NetworkPolicy) single(objects, "networking.k8s.io/v1/NetworkPolicy");
        assertEquals(Set.of(8080), ports(policy.getSpec().getIngress().stream().flatMap(i -> i.getPorts().stream())
                .collect(Collectors.toList())), "ingress only to the HTTP port");
        assertNetworkPolicyEgress(policy);

        JsonNode monitor = (JsonNode) single(objects, "monitoring.coreos.com/v1/ServiceMonitor");
        assertEquals("/q/metrics", text(monitor, "/spec/endpoints/0/path"));
        assertEquals("http", text(monitor, "/spec/endpoints/0/port"));
        assertTrue(service.getSpec().getPorts().stream().anyMatch(p -> "http".equals(p.getName())),
                "the ServiceMonitor's port name exists on the Service");

        assertDatabaseCluster((JsonNode) single(objects, "postgresql.cnpg.io/v1/Cluster"));
    }

    @Test
    void serverlessRendersAKnativeServiceInsteadOfTheDeployment() throws Exception {
        Map<String, List<Object>> objects = validate(render("serverless"));
        assertEquals(Set.of("v1/ConfigMap", "serving.knative.dev/v1/Service", "networking.k8s.io/v1/NetworkPolicy",
                "postgresql.cnpg.io/v1/Cluster"), objects.keySet(), "no Deployment, HPA, PDB or plain Service");

        JsonNode knative = (JsonNode) single(objects, "serving.knative.dev/v1/Service");
        JsonNode annotations = knative.at("/spec/template/metadata/annotations");
        assertEquals("0", annotations.path("autoscaling.knative.dev/min-scale").asText(), "scales to zero");
        assertEquals("concurrency", annotations.path("autoscaling.knative.dev/metric").asText());
        assertTrue(annotations.path("autoscaling.knative.dev/target").asInt() > 0, "a concurrency target");
        // Knative's RevisionSpec is a (restricted) PodSpec plus Knative's own fields: check those, then validate the
        // rest with the same strict model.
        ObjectNode revision = ((ObjectNode) knative.at("/spec/template/spec")).deepCopy();
        assertTrue(revision.remove("containerConcurrency").asInt() > 0, "a hard concurrency limit per pod");
        assertTrue(revision.remove("timeoutSeconds").asInt() > 0, "a request timeout");
        PodSpec pod = strict(revision, PodSpec.class, "Knative Service spec.template.spec");
        assertPodIsLockedDown(pod, false);
        assertEquals("RuntimeDefault", pod.getContainers().get(0).getSecurityContext().getSeccompProfile().getType());

        assertNetworkPolicyEgress((NetworkPolicy) single(objects, "networking.k8s.io/v1/NetworkPolicy"));
        assertDatabaseCluster((JsonNode) single(objects, "postgresql.cnpg.io/v1/Cluster"));
    }

    @Test
    void theStrictValidationRejectsAMisplacedField() throws Exception {
        // Guards the guard: fabric8 keeps unknown fields in "additionalProperties" instead of failing, which
        // validate() must notice. "runAsNonroot" (wrong case) would be silently ignored by a lenient parser.
        String yaml = """
                apiVersion: apps/v1
                kind: Deployment
                metadata: {name: x}
                spec:
                  selector: {matchLabels: {a: b}}
                  template:
                    metadata: {labels: {a: b}}
                    spec:
                      securityContext: {runAsNonroot: true}
                      containers: [{name: c, image: i}]
                """;
        AssertionError error = null;
        try {
            validate(yaml);
        } catch (AssertionError e) {
            error = e;
        }
        assertNotNull(error, "a misspelt field must fail validation");
        assertTrue(error.getMessage().contains("runAsNonroot"), error.getMessage());
    }

    private static void assertPodIsLockedDown(PodSpec pod, boolean startupProbe) {
        assertEquals(Boolean.FALSE, pod.getAutomountServiceAccountToken(), "no API token in the pod");
        assertFalse(pod.getContainers().isEmpty());
        for (Container container : pod.getContainers()) {
            String name = container.getName();
            SecurityContext security = container.getSecurityContext();
            assertNotNull(security, name + ": securityContext");
            assertEquals(Boolean.TRUE, security.getRunAsNonRoot(), name + ": runAsNonRoot");
            assertEquals(Boolean.TRUE, security.getReadOnlyRootFilesystem(), name + ": readOnlyRootFilesystem");
            assertEquals(Boolean.FALSE, security.getAllowPrivilegeEscalation(), name + ": allowPrivilegeEscalation");
            assertEquals(List.of("ALL"), security.getCapabilities().getDrop(), name + ": drop ALL capabilities");
            assertTrue(container.getVolumeMounts().stream().anyMatch(m -> "/tmp".equals(m.getMountPath())),
                    name + ": a writable /tmp");

            assertProbe(container.getLivenessProbe(), "/q/health/live", name + ": liveness");
            assertProbe(container.getReadinessProbe(), "/q/health/ready", name + ": readiness");
            if (startupProbe) {
                assertProbe(container.getStartupProbe(), "/q/health/started", name + ": startup");
            }

            assertNotNull(container.getResources().getRequests().get("memory"), name + ": memory request");
            assertNotNull(container.getResources().getRequests().get("cpu"), name + ": cpu request");
            assertNotNull(container.getResources().getLimits().get("memory"), name + ": memory limit");

            Set<String> fromSecrets = container.getEnv().stream()
                    .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                    .map(EnvVar::getName).collect(Collectors.toSet());
            assertEquals(Set.of("QUARKUS_DATASOURCE_JDBC_URL", "QUARKUS_DATASOURCE_USERNAME",
                    "QUARKUS_DATASOURCE_PASSWORD", "CONNECTBOARD_PROVIDER_WEBHOOK_SECRET"), fromSecrets,
                    name + ": secrets come from Secret references");
            for (EnvVar env : container.getEnv()) {
                if (env.getName().contains("PASSWORD") || env.getName().contains("SECRET")) {
                    assertEquals(null, env.getValue(), name + ": " + env.getName() + " must not be a literal");
                }
            }
            assertTrue(container.getEnvFrom().stream()
                    .anyMatch(e -> e.getConfigMapRef() != null && "connectboard-config".equals(e.getConfigMapRef().getName())),
                    name + ": non-secret settings from the ConfigMap");
        }
    }

    private static void assertProbe(Probe probe, String path, String what) {
        assertNotNull(probe, what + " probe");
        assertNotNull(probe.getHttpGet(), what + " probe is an HTTP GET");
        assertEquals(path, probe.getHttpGet().getPath(), what + " probe path");
    }

    private static void assertNetworkPolicyEgress(NetworkPolicy policy) {
        assertTrue(policy.getSpec().getPolicyTypes().containsAll(List.of("Ingress", "Egress")), "default deny both ways");
        List<NetworkPolicyPort> egress = policy.getSpec().getEgress().stream().flatMap(e -> e.getPorts().stream())
                .collect(Collectors.toList());
        assertEquals(Set.of(5432, 443, 53), ports(egress), "egress only to PostgreSQL, the issuer and DNS");
        assertEquals(Set.of("UDP", "TCP"), egress.stream().filter(p -> p.getPort().getIntVal() == 53)
                .map(NetworkPolicyPort::getProtocol).collect(Collectors.toSet()), "DNS over UDP and TCP");
        assertTrue(policy.getSpec().getEgress().stream()
                .filter(e -> e.getPorts().stream().anyMatch(p -> p.getPort().getIntVal() == 5432))
                .allMatch(e -> !e.getTo().isEmpty()), "5432 only to the database pods");
    }

    private static void assertDatabaseCluster(JsonNode cluster) {
        assertEquals(3, cluster.at("/spec/instances").asInt(), "three PostgreSQL instances");
        assertEquals("connectboard-db", text(cluster, "/metadata/name"),
                "the name behind the Secret connectboard-db-app the pods read");
        assertFalse(text(cluster, "/spec/imageName").endsWith(":latest"), "a pinned PostgreSQL image");
        assertFalse(cluster.at("/spec/storage/size").isMissingNode(), "storage size");
    }

    private static Set<Integer> ports(Collection<NetworkPolicyPort> ports) {
        return ports.stream().map(p -> p.getPort().getIntVal()).collect(Collectors.toSet());
    }

    private static String text(JsonNode node, String pointer) {
        JsonNode value = node.at(pointer);
        assertFalse(value.isMissingNode(), pointer + " is missing");
        return value.asText();
    }

    private static Object single(Map<String, List<Object>> objects, String key) {
        List<Object> found = objects.get(key);
        assertNotNull(found, "no " + key);
        assertEquals(1, found.size(), "one " + key);
        return found.get(0);
    }

    private static void assertNull(Object value, String message) {
        assertEquals(null, value, message);
    }

    /** Parses every document; returns typed objects for built-in kinds and JSON trees for custom resources. */
    private static Map<String, List<Object>> validate(String yaml) throws IOException {
        ObjectMapper yamlReader = new ObjectMapper(new YAMLFactory());
        List<JsonNode> documents = new ArrayList<>();
        try (MappingIterator<JsonNode> it = yamlReader.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode document = it.next();
                if (document != null && !document.isNull() && !document.isEmpty()) {
                    documents.add(document);
                }
            }
        }
        assertFalse(documents.isEmpty(), "nothing rendered");
        Map<String, List<Object>> objects = new java.util.TreeMap<>();
        for (JsonNode document : documents) {
            String key = document.path("apiVersion").asText() + "/" + document.path("kind").asText();
            String name = document.at("/metadata/name").asText();
            assertFalse(name.isBlank(), key + " without metadata.name");
            Object object;
            if (BUILT_IN.containsKey(key)) {
                HasMetadata typed = strict(document, BUILT_IN.get(key), key + " " + name);
                if (typed instanceof Secret secret) {
                    assertTrue((secret.getData() == null || secret.getData().isEmpty())
                            && (secret.getStringData() == null || secret.getStringData().isEmpty()),
                            "Secret " + name + " carries values; secrets are created in the cluster, not committed");
                }
                object = typed;
            } else if (CUSTOM.contains(key)) {
                assertTrue(document.path("spec").isObject(), key + " " + name + " has a spec");
                object = document;
            } else {
                throw new AssertionError("unexpected kind " + key + " (" + name
                        + "): add it to the built-in kinds (typed validation) or the known custom resources");
            }
            objects.computeIfAbsent(key, k -> new ArrayList<>()).add(object);
        }
        return objects;
    }

    private static <T> T strict(JsonNode document, Class<T> type, String what) {
        T value;
        try {
            value = STRICT.treeToValue(document, type);
        } catch (IOException e) {
            throw new AssertionError(what + " does not match the Kubernetes schema: " + e.getMessage(), e);
        }
        List<String> unknown = new ArrayList<>();
        collectUnknownFields(value, what, unknown, new IdentityHashMap<>());
        if (!unknown.isEmpty()) {
            fail(what + " has fields the Kubernetes schema does not know: " + unknown);
        }
        return value;
    }

    /**
     * fabric8's model classes accept any field into an "additionalProperties" map, so FAIL_ON_UNKNOWN_PROPERTIES alone
     * never fires: walk the object graph and report every non-empty one.
     */
    private static void collectUnknownFields(Object value, String path, List<String> unknown,
            IdentityHashMap<Object, Boolean> seen) {
        if (value == null || seen.put(value, Boolean.TRUE) != null) {
            return;
        }
        if (value instanceof Collection<?> collection) {
            int i = 0;
            for (Object element : collection) {
                collectUnknownFields(element, path + "[" + i++ + "]", unknown, seen);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                collectUnknownFields(entry.getValue(), path + "." + entry.getKey(), unknown, seen);
            }
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method method : value.getClass().getMethods()) {
            if (method.getParameterCount() != 0 || Modifier.isStatic(method.getModifiers())
                    || !method.getName().startsWith("get") || method.getDeclaringClass() == Object.class) {
                continue;
            }
            Object child;
            try {
                child = method.invoke(value);
            } catch (ReflectiveOperationException e) {
                continue;
            }
            if ("getAdditionalProperties".equals(method.getName())) {
                if (child instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    extra.keySet().forEach(k -> unknown.add(path + "." + k));
                }
                continue;
            }
            collectUnknownFields(child, path + "." + decapitalize(method.getName().substring(3)), unknown, seen);
        }
    }

    private static String decapitalize(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static String render(String overlay) throws IOException, InterruptedException {
        Path dir = K8S.resolve("overlays").resolve(overlay);
        assertTrue(Files.isDirectory(dir), dir + " is missing");
        ProcessBuilder builder = new ProcessBuilder("kubectl", "kustomize", dir.toString());
        Path errors = Files.createTempFile("kustomize", ".err");
        builder.redirectError(errors.toFile());
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError("kubectl is needed to render k8s/overlays/" + overlay
                    + " (kubectl kustomize); install kubectl (https://kubernetes.io/docs/tasks/tools/) and put it on the PATH",
                    e);
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            fail("kubectl kustomize " + dir + " timed out");
        }
        String stderr = Files.readString(errors);
        Files.deleteIfExists(errors);
        assertEquals(0, process.exitValue(), "kubectl kustomize " + dir + " failed:\n" + stderr);
        return output;
    }
}
