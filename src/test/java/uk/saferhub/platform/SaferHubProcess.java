package uk.saferhub.platform;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The real SaferHub application started in a child JVM on the test's classpath (without the test classes), as
 * {@code java -jar} would start it: its console output is collected and copied to {@code <name>.log}.
 */
final class SaferHubProcess implements AutoCloseable {

    /** Generous, so that a busy build machine does not make the tests flaky; a quiet one starts in ~15 s. */
    static final Duration START_TIMEOUT = Duration.ofSeconds(150);

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final Process process;
    private final int port;
    private final StringBuffer output = new StringBuffer();
    private final Thread reader;

    private SaferHubProcess(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.reader = Thread.ofPlatform().daemon().start(() -> copyOutput(log));
    }

    /**
     * Starts SaferHub with the given environment variables and arguments, on a free port of 127.0.0.1 given through
     * {@code SERVER_ADDRESS} and {@code SERVER_PORT}.
     */
    static SaferHubProcess start(Path log, Map<String, String> environment, String... arguments) throws IOException {
        return launch(List.of(javaExecutable(),
                "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", // start-up speed: these tests check behaviour
                "-cp", applicationClasspath(), "uk.saferhub.SaferHubApplication"), log, environment, arguments);
    }

    /**
     * Starts the packaged application exactly as {@code java -jar target/saferhub-*.jar} does (classes loaded from the
     * nested jars), with the JVM seeing only two processors, as on the build machines.
     */
    static SaferHubProcess startJar(Path log, Map<String, String> environment, String... arguments)
            throws IOException {
        return launch(List.of(javaExecutable(), "-XX:ActiveProcessorCount=2", "-jar", packagedJar().toString()), log,
                environment, arguments);
    }

    /** The jar {@code mvn package} made; integration tests run after it. */
    static Path packagedJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("saferhub-.*\\.jar"))
                    .filter(file -> !file.getFileName().toString().endsWith("-plain.jar"))
                    .findFirst().orElseThrow(() -> new IllegalStateException("No target/saferhub-*.jar: run mvn package"));
        }
    }

    private static SaferHubProcess launch(List<String> java, Path log, Map<String, String> environment,
            String... arguments) throws IOException {
        int port = freePort();
        List<String> command = new ArrayList<>(java);
        command.addAll(Arrays.asList(arguments));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().keySet().removeIf(name -> name.startsWith("SPRING_") || name.startsWith("SAFERHUB_")
                || name.startsWith("SERVER_") || name.equals("JAVA_TOOL_OPTIONS"));
        // The address and port as an operator sets them, overriding application.yml's 127.0.0.1:8080.
        builder.environment().put("SERVER_ADDRESS", "127.0.0.1");
        builder.environment().put("SERVER_PORT", String.valueOf(port));
        builder.environment().putAll(environment);
        Files.createDirectories(log.getParent());
        return new SaferHubProcess(builder.start(), port, log);
    }

    static Map<String, String> environment(String... namesAndValues) {
        Map<String, String> environment = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            environment.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return environment;
    }

    static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    long pid() {
        return process.pid();
    }

    String output() {
        return output.toString();
    }

    /** Waits until SaferHub is ready for traffic: started, and its start-up runners (the demonstration) done. */
    void awaitReady() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("SaferHub ended with status " + process.exitValue() + ":\n" + output());
            }
            if (status("/actuator/health/readiness") == 200) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("SaferHub was not ready within " + START_TIMEOUT + ":\n" + output());
    }

    /** Waits for the process to end by itself and answers its exit status. */
    int awaitExit(Duration timeout) throws InterruptedException {
        if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("SaferHub did not end within " + timeout + ":\n" + output());
        }
        reader.join(5_000);
        return process.exitValue();
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    int status(String path) {
        return get(path).map(HttpResponse::statusCode).orElse(-1);
    }

    String body(String path) {
        return get(path).map(HttpResponse::body).orElse("");
    }

    private java.util.Optional<HttpResponse<String>> get(String path) {
        try {
            var request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                    .timeout(Duration.ofSeconds(5)).GET().build();
            return java.util.Optional.of(HTTP.send(request, HttpResponse.BodyHandlers.ofString()));
        } catch (IOException e) {
            return java.util.Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return java.util.Optional.empty();
        }
    }

    /** SIGKILL, as {@code kill -9}: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    /** SIGTERM, as a service manager stops it; answers the exit status. */
    int stop() throws InterruptedException {
        return stop(Duration.ofSeconds(60));
    }

    /** SIGTERM; fails when the process has not ended within the timeout. */
    int stop(Duration timeout) throws InterruptedException {
        process.destroy();
        return awaitExit(timeout);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private void copyOutput(Path log) {
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
                var out = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                output.append(line).append('\n');
                out.write(line);
                out.newLine();
                out.flush();
            }
        } catch (IOException e) {
            output.append("[output unreadable: ").append(e.getMessage()).append("]\n");
        }
    }

    private static String javaExecutable() {
        return ProcessHandle.current().info().command()
                .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    }

    /**
     * The test JVM's classpath without the test classes (whose components and test profile are not the
     * application's), with Surefire's manifest-only jar opened up.
     */
    static String applicationClasspath() {
        return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
                .flatMap(SaferHubProcess::expandManifestJar)
                .filter(entry -> !Path.of(entry).endsWith("test-classes"))
                .distinct()
                .reduce((a, b) -> a + File.pathSeparator + b)
                .orElseThrow();
    }

    private static Stream<String> expandManifestJar(String entry) {
        if (!entry.endsWith(".jar") || !Path.of(entry).getFileName().toString().startsWith("surefirebooter")) {
            return Stream.of(entry);
        }
        try (var jar = new JarFile(entry)) {
            String classPath = jar.getManifest().getMainAttributes().getValue("Class-Path");
            URI base = Path.of(entry).toAbsolutePath().getParent().toUri();
            return Stream.of(classPath.trim().split("\\s+"))
                    .map(uri -> Path.of(base.resolve(uri)).toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
