import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.ConnectorPortRegister;
import org.neo4j.configuration.connectors.ConnectorType;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.QueryExecutionException;
import org.neo4j.io.ByteUnit;
import org.neo4j.kernel.internal.GraphDatabaseAPI;

/**
 * The Neo4j Community engine (the jars Maven fetched, see pom.xml) in one process, with a Bolt connector on
 * 127.0.0.1 and authentication on, for `npm run neo4j` and `npm run neo4j:test` (scripts/neo4j/run.ts).
 *
 * <p>Arguments: home directory (databases and logs go there), Bolt port (0: any free port), password of the user
 * neo4j. Prints one line {@code neo4j ready bolt://127.0.0.1:PORT} once Bolt accepts the password. Stops cleanly
 * (the databases shut down, the store files stay consistent) on SIGTERM or SIGINT, and when its standard input
 * closes: the process that started it holds that pipe, so the database never outlives it. With {@code --temporary}
 * the home directory is deleted once the databases have shut down.
 */
public final class Launcher {
  public static void main(String[] args) throws Exception {
    if (args.length < 3 || args.length > 4 || (args.length == 4 && !args[3].equals("--temporary"))) {
      System.err.println("usage: Launcher HOME_DIR BOLT_PORT PASSWORD [--temporary]");
      System.exit(2);
    }
    Path home = Path.of(args[0]).toAbsolutePath();
    int port = Integer.parseInt(args[1]);
    String password = args[2];
    boolean temporary = args.length == 4;

    DatabaseManagementService dbms =
        new DatabaseManagementServiceBuilder(home)
            .setConfig(BoltConnector.enabled, true)
            .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
            .setConfig(HttpConnector.enabled, false)
            .setConfig(HttpsConnector.enabled, false)
            .setConfig(GraphDatabaseSettings.auth_enabled, true)
            // Stopping waits 5 s per Bolt connector by default, for connections a test database does not keep.
            .setConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofSeconds(1))
            .setConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofSeconds(1))
            // A development and test database beside everything else on the machine: a modest page cache.
            .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.mebiBytes(256))
            .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  dbms.shutdown();
                  if (temporary) deleteTree(home);
                  stopped.countDown();
                },
                "neo4j-shutdown"));

    int boltPort;
    try {
      setPassword(dbms, password);
      GraphDatabaseAPI db = (GraphDatabaseAPI) dbms.database(GraphDatabaseSettings.DEFAULT_DATABASE_NAME);
      boltPort =
          db.getDependencyResolver()
              .resolveDependency(ConnectorPortRegister.class)
              .getLocalAddress(ConnectorType.BOLT)
              .getPort();
    } catch (RuntimeException e) {
      // Neo4j's threads would keep the JVM alive: a launcher that cannot start exits, databases shut down.
      e.printStackTrace();
      System.exit(1);
      return;
    }
    System.out.println("neo4j ready bolt://127.0.0.1:" + boltPort);
    System.out.flush();

    Thread stdinWatch =
        new Thread(
            () -> {
              try {
                while (System.in.read() != -1) {
                  // Anything written is ignored; only the end of the stream matters.
                }
              } catch (Exception ignored) {
                // A broken pipe is an end of stream too.
              }
              System.exit(0);
            },
            "parent-watch");
    stdinWatch.setDaemon(true);
    stdinWatch.start();
    stopped.await();
  }

  /** The user neo4j gets the password the adapter is given, no change required at first login. */
  private static void setPassword(DatabaseManagementService dbms, String password) {
    try {
      dbms.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
          .executeTransactionally(
              "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
    } catch (QueryExecutionException e) {
      // A home started before with this very password: Neo4j refuses to "change" it to itself, and it is set.
      if (!e.getMessage().contains("Old password and new password cannot be the same")) throw e;
    }
  }

  private static void deleteTree(Path root) {
    try (Stream<Path> paths = Files.walk(root)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      System.err.println("neo4j: could not delete " + root + ": " + e.getMessage());
    }
  }
}
