package org.sendtime.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.reflect.Method;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.sendtime.calendar.HolidayCalendar;
import org.sendtime.policy.Constraint;

/**
 * Compiles the Java that {@link Policy#toJava()} prints, many policies in one compilation: each
 * becomes a static method of one class, taking the host calendars and constraints by name.
 */
final class JavaSource {
  private static final String CLASS_NAME = "org.sendtime.rules.generated.PrintedPolicies";

  private JavaSource() {
  }

  /**
   * Compiles the printed Java of policies, loads the class and calls each method.
   *
   * @return the policies the printed code builds, in order
   * @throws AssertionError if the code does not compile, with the compiler's messages
   */
  static List<Policy> compileAndRun(List<String> printed, Map<String, HolidayCalendar> calendars,
      Map<String, Constraint> constraints) throws ReflectiveOperationException {
    TreeSet<String> imports = new TreeSet<>(List.of(
        "import java.util.Map;", "import org.sendtime.calendar.HolidayCalendar;",
        "import org.sendtime.policy.Constraint;", "import org.sendtime.rules.Policy;"));
    StringBuilder methods = new StringBuilder();
    for (int i = 0; i < printed.size(); i++) {
      String[] parts = printed.get(i).split("\n\n", 2);
      assertThat(parts).as("imports, an empty line, the expression: %s", printed.get(i)).hasSize(2);
      imports.addAll(parts[0].lines().toList());
      methods.append("  public static Policy p").append(i)
          .append("(Map<String, HolidayCalendar> calendars, Map<String, Constraint> constraints) {\n")
          .append("    return ").append(parts[1].strip()).append(";\n  }\n\n");
    }
    String source = "package org.sendtime.rules.generated;\n\n" + String.join("\n", imports)
        + "\n\npublic final class PrintedPolicies {\n" + methods + "}\n";
    ClassLoader loader = compile(source);
    Class<?> generated = loader.loadClass(CLASS_NAME);
    List<Policy> built = new ArrayList<>();
    for (int i = 0; i < printed.size(); i++) {
      Method m = generated.getMethod("p" + i, Map.class, Map.class);
      built.add((Policy) m.invoke(null, calendars, constraints));
    }
    return built;
  }

  private static ClassLoader compile(String source) {
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    Map<String, ByteArrayOutputStream> classes = new HashMap<>();
    StandardJavaFileManager standard = compiler.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8);
    JavaFileManager files = new ForwardingJavaFileManager<>(standard) {
      @Override
      public JavaFileObject getJavaFileForOutput(Location location, String className, JavaFileObject.Kind kind,
          FileObject sibling) {
        return new SimpleJavaFileObject(URI.create("mem:///" + className.replace('.', '/') + kind.extension), kind) {
          @Override
          public OutputStream openOutputStream() {
            return classes.computeIfAbsent(className, n -> new ByteArrayOutputStream());
          }
        };
      }
    };
    JavaFileObject unit = new SimpleJavaFileObject(
        URI.create("mem:///" + CLASS_NAME.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
      @Override
      public CharSequence getCharContent(boolean ignoreEncodingErrors) {
        return source;
      }
    };
    List<String> options = List.of("-classpath", System.getProperty("java.class.path"), "-proc:none",
        "-encoding", "UTF-8");
    boolean ok = compiler.getTask(null, files, diagnostics, options, null, List.of(unit)).call();
    assertThat(ok).as("the printed Java compiles: %s%n%s", diagnostics.getDiagnostics(), source).isTrue();
    return new ClassLoader(JavaSource.class.getClassLoader()) {
      @Override
      protected Class<?> findClass(String name) throws ClassNotFoundException {
        ByteArrayOutputStream bytes = classes.get(name);
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] b = bytes.toByteArray();
        return defineClass(name, b, 0, b.length);
      }
    };
  }
}
