import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * Connectboard build-support: a small {@code native-image} driver for the bootstrapped toolchain (see docs/native.md).
 * It accepts the options Quarkus passes to {@code $GRAALVM_HOME/bin/native-image}, applies the
 * {@code META-INF/native-image/**} metadata of the class path, and runs the native-image builder
 * ({@code NativeImageGeneratorRunner}) from the Maven Central jars on the JDK it lives in.
 *
 * <p>Layout, relative to the JDK copy it runs from ({@code java.home}): {@code lib/svm/builder/*.jar} (the builder
 * jars), {@code lib/svm/clibraries/linux-amd64/} (the C support libraries and headers),
 * {@code lib/static/linux-amd64/glibc/} (JDK static libraries), {@code lib/svm/toolchain.properties} (versions).
 *
 * <p>Written for this project. It implements the subset of the official driver's options listed in
 * {@link #translate}; anything else is refused with a message rather than silently dropped.
 */
public final class NativeImageDriver {

    private final Path javaHome = Paths.get(System.getProperty("java.home"));
    private final Properties toolchain = new Properties();

    private final List<String> jvmArgs = new ArrayList<>();
    private final List<String> builderArgs = new ArrayList<>();
    private final List<String> classPath = new ArrayList<>();
    private final List<String[]> excludeConfig = new ArrayList<>();
    private final List<String> positional = new ArrayList<>();
    private String jar;
    private String output;
    private String mainClass;
    private boolean verbose;
    private boolean dryRun;

    public static void main(String[] args) throws Exception {
        try {
            System.exit(new NativeImageDriver().run(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(64);
        }
    }

    int run(String[] rawArgs) throws Exception {
        Path props = javaHome.resolve("lib/svm/toolchain.properties");
        if (Files.exists(props)) {
            try (InputStream in = Files.newInputStream(props)) {
                toolchain.load(in);
            }
        }
        List<String> args = expandArgFiles(List.of(rawArgs));
        if (args.contains("--version")) {
            System.out.print(versionText());
            return 0;
        }
        if (args.contains("--help") || args.contains("-h")) {
            System.out.println("native-image (Connectboard bootstrap driver): see docs/native.md. Options: --version, -J<jvm flag>, "
                    + "-H:<option>, -R:<option>, -D<k>=<v>, -cp <path>, -jar <jar>, -o <name>, @<argfile>, and the API options of "
                    + "NativeImageDriver.translate (--features, --initialize-at-*, --no-fallback, -march, --enable-monitoring, ...).");
            return 0;
        }
        parse(args, false);
        if (jar != null) {
            addJar(Paths.get(jar));
        }
        if (output == null) {
            output = positional.isEmpty() ? null : positional.get(jar == null && positional.size() > 1 ? 1 : 0);
            if (jar == null && !positional.isEmpty()) {
                mainClass = mainClass == null ? positional.get(0) : mainClass;
            }
        }
        if (output == null) {
            output = jar != null ? Paths.get(jar).getFileName().toString().replaceFirst("\\.jar$", "")
                    : mainClass == null ? "image" : mainClass.toLowerCase();
        }
        applyClassPathMetadata();
        List<String> command = builderCommand();
        if (verbose || dryRun) {
            System.err.println("native-image driver: " + String.join(" ", command));
        }
        if (dryRun) {
            return 0;
        }
        Process process = new ProcessBuilder(command).inheritIO().start();
        return process.waitFor();
    }

    // ------------------------------------------------------------------ version

    String versionText() {
        String jdkVersion = Runtime.version().toString(); // e.g. 25.0.3+9-LTS
        String graal = toolchain.getProperty("graalvm.version", "25.0.2");
        String date = System.getProperty("java.version.date", "");
        Runtime.Version v = Runtime.version();
        String feature = v.feature() + "." + v.interim() + "." + v.update();
        // Three lines in the format of GraalVM CE's driver, which Quarkus' GraalVM.VersionParseHelper parses: the vendor
        // version names the builder jars' version, the build the JDK that runs them.
        return "native-image " + feature + " " + date + "\n"
                + "GraalVM Runtime Environment GraalVM CE " + graal + "+bootstrap (build " + jdkVersion + ")\n"
                + "Substrate VM GraalVM CE " + graal + "+bootstrap (build " + jdkVersion + ", serial gc)\n";
    }

    // ------------------------------------------------------------------ arguments

    static List<String> expandArgFiles(List<String> args) throws IOException {
        List<String> result = new ArrayList<>();
        for (String arg : args) {
            if (arg.startsWith("@") && arg.length() > 1) {
                result.addAll(expandArgFiles(tokenize(Files.readString(Paths.get(arg.substring(1))))));
            } else {
                result.add(arg);
            }
        }
        return result;
    }

    /** Splits an argument file: white space separates, '...' and "..." quote, a backslash escapes the next character. */
    static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inToken = false;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else if (c == '\\' && quote == '"' && i + 1 < text.length()) {
                    current.append(text.charAt(++i));
                } else {
                    current.append(c);
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
                inToken = true;
            } else if (Character.isWhitespace(c)) {
                if (inToken) {
                    tokens.add(current.toString());
                    current.setLength(0);
                    inToken = false;
                }
            } else {
                current.append(c);
                inToken = true;
            }
        }
        if (inToken) {
            tokens.add(current.toString());
        }
        return tokens;
    }

    /** Parses driver arguments; {@code fromProperties} marks the Args of a native-image.properties file. */
    void parse(List<String> args, boolean fromProperties) {
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (arg.startsWith("-J")) {
                jvmArgs.add(arg.substring(2));
            } else if (arg.startsWith("-H:") || arg.startsWith("-R:")) {
                builderArgs.add(arg);
            } else if (arg.startsWith("-D")) {
                jvmArgs.add(arg);
            } else if (arg.equals("-cp") || arg.equals("-classpath") || arg.equals("--class-path")) {
                for (String entry : args.get(++i).split(File.pathSeparator)) {
                    if (!entry.isEmpty()) {
                        classPath.add(entry);
                    }
                }
            } else if (arg.equals("-jar")) {
                jar = args.get(++i);
            } else if (arg.equals("-o")) {
                output = args.get(++i);
            } else if (arg.startsWith("-o") && arg.length() > 2 && !arg.startsWith("-O")) {
                output = arg.substring(2);
            } else if (arg.equals("--exclude-config")) {
                excludeConfig.add(new String[] { args.get(++i), args.get(++i) });
            } else if (arg.equals("--verbose")) {
                verbose = true;
            } else if (arg.equals("--dry-run")) {
                dryRun = true;
            } else if ((arg.equals("--add-exports") || arg.equals("--add-opens") || arg.equals("--add-reads"))
                    && i + 1 < args.size()) {
                builderArgs.addAll(translate(arg + "=" + args.get(++i)));
            } else if (arg.startsWith("-")) {
                builderArgs.addAll(translate(arg));
            } else if (!fromProperties) {
                positional.add(arg);
            }
        }
    }

    /** Maps one API option of the official driver to the builder's hosted options. */
    static List<String> translate(String arg) {
        int eq = arg.indexOf('=');
        String name = eq < 0 ? arg : arg.substring(0, eq);
        String value = eq < 0 ? null : arg.substring(eq + 1);
        switch (name) {
            case "--features":
                return List.of("-H:Features=" + value);
            case "--initialize-at-build-time":
                return List.of("-H:ClassInitialization=" + suffixEach(value, ":build_time"));
            case "--initialize-at-run-time":
                return List.of("-H:ClassInitialization=" + suffixEach(value, ":run_time"));
            case "--link-at-build-time":
                return List.of("-H:LinkAtBuildTime=" + (value == null ? "" : value));
            case "--enable-url-protocols":
                return List.of("-H:EnableURLProtocols=" + value);
            case "--enable-http":
                return List.of("-H:EnableURLProtocols=http");
            case "--enable-https":
                return List.of("-H:EnableURLProtocols=https");
            case "-march":
                return List.of("-H:MicroArchitecture=" + value);
            case "--enable-monitoring":
                return List.of("-H:EnableMonitoringFeatures=" + (value == null || value.isEmpty() ? "all" : value));
            case "--no-fallback":
                return List.of("-H:FallbackThreshold=0");
            case "--install-exit-handlers":
                return List.of("-H:+InstallExitHandlers");
            case "--static":
                return List.of("-H:+StaticExecutable");
            case "--shared":
                return List.of("-H:+SharedLibrary");
            case "--libc":
                return List.of("-H:UseLibC=" + value);
            case "--native-compiler-options":
                return List.of("-H:CCompilerOption=" + value);
            case "--native-compiler-path":
                return List.of("-H:CCompilerPath=" + value);
            case "--add-exports":
                return List.of("-H:AddExports=" + value);
            case "--add-opens":
                return List.of("-H:AddOpens=" + value);
            case "--add-reads":
                return List.of("-H:AddReads=" + value);
            case "--enable-native-access":
                return List.of("-H:EnableNativeAccess=" + value);
            case "--parallelism":
                return List.of("-H:NumberOfThreads=" + value);
            case "-g":
                return List.of("-H:GenerateDebugInfo=1");
            // Deprecated no-ops in 25 (now the defaults): accepted and dropped.
            case "--strict-image-heap":
            case "--report-unsupported-elements-at-runtime":
            case "--allow-incomplete-classpath":
            case "--trace-class-initialization":
            case "--no-server":
                return List.of();
            default:
                if (name.matches("-O[0-3bs]")) {
                    return List.of("-H:Optimize=" + name.substring(2));
                }
                throw new IllegalArgumentException("native-image (Connectboard bootstrap driver): unsupported option " + arg
                        + " (see build-support/native-toolchain/driver/NativeImageDriver.java, translate)");
        }
    }

    private static String suffixEach(String value, String suffix) {
        if (value == null || value.isEmpty()) {
            return suffix;
        }
        return Stream.of(value.split(",")).map(element -> element + suffix).collect(Collectors.joining(","));
    }

    // ------------------------------------------------------------------ class path and its metadata

    private void addJar(Path jarPath) throws IOException {
        classPath.add(0, jarPath.toString());
        try (JarFile jarFile = new JarFile(jarPath.toFile())) {
            Manifest manifest = jarFile.getManifest();
            if (manifest == null) {
                return;
            }
            Attributes attributes = manifest.getMainAttributes();
            if (mainClass == null) {
                mainClass = attributes.getValue(Attributes.Name.MAIN_CLASS);
            }
            // As "java -jar" does (and Quarkus' runner jar relies on: Add-Opens: java.base/java.lang for jboss-threads),
            // the manifest's Add-Opens / Add-Exports apply to the code being built.
            for (String kind : List.of("Add-Opens", "Add-Exports")) {
                String value = attributes.getValue(kind);
                if (value != null) {
                    for (String modulePackage : value.trim().split("\\s+")) {
                        jvmArgs.add("--" + kind.toLowerCase() + "=" + modulePackage + "=ALL-UNNAMED");
                    }
                }
            }
            String manifestClassPath = attributes.getValue(Attributes.Name.CLASS_PATH);
            if (manifestClassPath != null) {
                Path base = jarPath.toAbsolutePath().getParent();
                for (String entry : manifestClassPath.trim().split("\\s+")) {
                    if (!entry.isEmpty()) {
                        classPath.add(base.resolve(entry).normalize().toString());
                    }
                }
            }
        }
    }

    /**
     * As the official driver does: every directory under META-INF/native-image of a class-path entry that holds
     * metadata becomes a configuration resource root, and its native-image.properties (Args, JavaArgs) are applied.
     * Roots matched by --exclude-config are skipped.
     */
    private void applyClassPathMetadata() throws IOException {
        Set<String> roots = new TreeSet<>();
        for (String entry : new ArrayList<>(classPath)) {
            Path path = Paths.get(entry);
            if (Files.isDirectory(path)) {
                Path base = path.resolve("META-INF/native-image");
                if (Files.isDirectory(base)) {
                    try (Stream<Path> files = Files.walk(base)) {
                        for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
                            String name = path.relativize(file).toString().replace('\\', '/');
                            handleMetadata(entry, name, roots, () -> Files.newInputStream(file));
                        }
                    }
                }
            } else if (Files.isRegularFile(path)) {
                try (JarFile jarFile = new JarFile(path.toFile())) {
                    for (Enumeration<? extends ZipEntry> e = jarFile.entries(); e.hasMoreElements();) {
                        ZipEntry zipEntry = e.nextElement();
                        if (!zipEntry.isDirectory() && zipEntry.getName().startsWith("META-INF/native-image/")) {
                            handleMetadata(entry, zipEntry.getName(), roots, () -> jarFile.getInputStream(zipEntry));
                        }
                    }
                }
            }
        }
        for (String root : roots) {
            builderArgs.add("-H:ConfigurationResourceRoots=" + root);
        }
    }

    interface Opener {
        InputStream open() throws IOException;
    }

    private void handleMetadata(String entry, String name, Set<String> roots, Opener opener) throws IOException {
        for (String[] exclude : excludeConfig) {
            if (Pattern.compile(exclude[0]).matcher(entry).find() && Pattern.compile(exclude[1]).matcher("/" + name).find()) {
                return;
            }
        }
        String dir = name.substring(0, name.lastIndexOf('/'));
        String file = name.substring(name.lastIndexOf('/') + 1);
        if (file.equals("native-image.properties")) {
            Properties properties = new Properties();
            try (InputStream in = opener.open()) {
                properties.load(in);
            }
            String imageArgs = properties.getProperty("Args");
            if (imageArgs != null) {
                parse(tokenize(imageArgs.replace("${.}", dir)), true);
            }
            String javaArgs = properties.getProperty("JavaArgs");
            if (javaArgs != null) {
                jvmArgs.addAll(tokenize(javaArgs));
            }
            roots.add(dir);
        } else if (file.endsWith(".json")) {
            roots.add(dir);
        }
    }

    // ------------------------------------------------------------------ the builder

    List<String> builderCommand() throws IOException {
        Path builderDir = javaHome.resolve("lib/svm/builder");
        List<Path> jars;
        try (Stream<Path> list = Files.list(builderDir)) {
            jars = list.filter(p -> p.toString().endsWith(".jar")).sorted().collect(Collectors.toList());
        }
        Path compiler = jars.stream().filter(p -> p.getFileName().toString().startsWith("compiler-")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no compiler-*.jar in " + builderDir));
        List<Path> modulePath = jars.stream().filter(p -> !p.equals(compiler)).collect(Collectors.toList());
        Set<String> builderModules = new TreeSet<>();
        for (ModuleReference ref : ModuleFinder.of(jars.toArray(Path[]::new)).findAll()) {
            builderModules.add(ref.descriptor().name());
        }

        List<String> jvm = new ArrayList<>();
        jvm.add("-XX:+UseParallelGC");
        jvm.add("-XX:+UnlockExperimentalVMOptions");
        jvm.add("-XX:+EnableJVMCI");
        jvm.add("-XX:-UseJVMCICompiler");
        jvm.add("-Xss10m");
        jvm.add("-Xshare:off");
        jvm.add("-Dorg.graalvm.nativeimage.imagecode=buildtime");
        jvm.add("-Djava.system.class.loader=com.oracle.svm.hosted.NativeImageSystemClassLoader");
        jvm.add("-Dsubstratevm.HostLibC=glibc");
        jvm.add("-Dorg.graalvm.version=" + toolchain.getProperty("graalvm.version", "25.0.2"));
        jvm.add("-Dorg.graalvm.vendor=Connectboard bootstrap (GraalVM CE builder jars)");
        // Read at build time by features such as Quarkus' (io.quarkus.runtime.graal.GraalVM.Version.getCurrent).
        jvm.add("-Dorg.graalvm.vendorversion=GraalVM CE " + toolchain.getProperty("graalvm.version", "25.0.2") + "+bootstrap");
        jvm.add("-Dcom.oracle.graalvm.isaot=true");
        jvm.add("-Djdk.internal.lambda.disableEagerInitialization=true");
        jvm.add("-Djdk.internal.lambda.eagerlyInitialize=false");
        jvm.add("-Djava.lang.invoke.InnerClassLambdaMetafactory.initializeLambdas=false");
        jvm.add("-Djava.lang.invoke.MethodHandle.DUMP_CLASS_FILES=false");
        jvm.add("--enable-native-access=" + String.join(",", builderModules) + ",ALL-UNNAMED");
        jvm.add("--add-modules=ALL-DEFAULT");
        for (String export : exports(builderModules)) {
            jvm.add(export);
        }
        jvm.addAll(jvmArgs);
        jvm.add("--upgrade-module-path");
        jvm.add(compiler.toString());
        jvm.add("--module-path");
        jvm.add(modulePath.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator)));
        jvm.add("--add-modules=org.graalvm.nativeimage,org.graalvm.word,org.graalvm.collections,jdk.graal.compiler,"
                + "jdk.internal.vm.ci,org.graalvm.truffle.compiler");
        jvm.add("-m");
        jvm.add("org.graalvm.nativeimage.builder/com.oracle.svm.hosted.NativeImageGeneratorRunner");

        List<String> runner = new ArrayList<>();
        runner.add("-imagecp");
        runner.add(classPath.stream().map(p -> Paths.get(p).toAbsolutePath().toString())
                .collect(Collectors.joining(File.pathSeparator)));
        Path out = Paths.get(output).toAbsolutePath();
        runner.add("-H:Path=" + out.getParent());
        runner.add("-H:Name=" + out.getFileName());
        if (mainClass != null) {
            runner.add("-H:Class=" + mainClass);
        }
        runner.add("-H:ImageBuildID=" + UUID.randomUUID());
        runner.add("-H:CLibraryPath=" + javaHome.resolve("lib/svm/clibraries/linux-amd64"));
        runner.addAll(builderArgs);

        // The JVM options go into an argument file: the --add-exports list alone is hundreds of flags.
        Path argFile = Files.createTempFile("native-image-builder-", ".args");
        argFile.toFile().deleteOnExit();
        Files.write(argFile, jvm.stream().map(NativeImageDriver::quoteForArgFile).collect(Collectors.toList()),
                StandardCharsets.UTF_8);
        List<String> command = new ArrayList<>();
        command.add(javaHome.resolve("bin/java").toString());
        command.add("@" + argFile);
        command.addAll(runner);
        return command;
    }

    private static String quoteForArgFile(String arg) {
        if (arg.chars().noneMatch(c -> Character.isWhitespace(c) || c == '"' || c == '\'' || c == '\\' || c == '#')) {
            return arg;
        }
        return '"' + arg.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /** --add-exports of every package of the JDK modules the builder reaches into, to every builder module. */
    static List<String> exports(Set<String> builderModules) {
        List<String> modules = List.of("java.base", "jdk.internal.vm.ci", "java.management", "jdk.management", "jdk.jfr",
                "jdk.internal.jvmstat", "jdk.unsupported", "jdk.net", "java.xml", "java.logging", "java.desktop",
                "java.naming", "java.rmi", "jdk.attach", "jdk.jdeps", "jdk.zipfs", "jdk.jdi", "jdk.httpserver",
                "java.security.jgss", "jdk.crypto.cryptoki", "jdk.management.agent", "jdk.sctp", "java.scripting");
        String targets = String.join(",", builderModules) + ",ALL-UNNAMED";
        Set<String> result = new LinkedHashSet<>();
        ModuleFinder system = ModuleFinder.ofSystem();
        for (String module : modules) {
            system.find(module).map(ModuleReference::descriptor).map(ModuleDescriptor::packages).ifPresent(packages -> {
                for (String pkg : new TreeSet<>(packages)) {
                    result.add("--add-exports=" + module + "/" + pkg + "=" + targets);
                }
            });
        }
        return new ArrayList<>(result);
    }

}
