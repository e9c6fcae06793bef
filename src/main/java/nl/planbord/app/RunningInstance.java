package nl.planbord.app;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One Planbord per data folder: the running one listens on a loopback port written, with a secret,
 * to {@code planbord.instance} in the data folder; a second one started on the same folder hands
 * it what it was asked to do (files to open, or only "come to the front") and ends.
 */
public final class RunningInstance implements AutoCloseable {

    public static final String FILE = "planbord.instance";
    private static final Logger LOG = LoggerFactory.getLogger(RunningInstance.class);
    private static final int TIMEOUT_MS = 3000;

    private final ServerSocket server;
    private final Path file;
    private final String secret;

    private RunningInstance(ServerSocket server, Path file, String secret) {
        this.server = server;
        this.file = file;
        this.secret = secret;
    }

    /**
     * Starts listening for a second Planbord on this data folder; {@code requests} hears the files it
     * was asked to open (an empty list: only come to the front), on the listener's thread.
     */
    public static RunningInstance listen(Path dataDir, Consumer<List<Path>> requests) throws IOException {
        ServerSocket server = new ServerSocket();
        server.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        byte[] bytes = new byte[16];
        new SecureRandom().nextBytes(bytes);
        String secret = HexFormat.of().formatHex(bytes);
        Path file = dataDir.resolve(FILE);
        Files.writeString(file, server.getLocalPort() + " " + secret + "\n", StandardCharsets.UTF_8);
        RunningInstance instance = new RunningInstance(server, file, secret);
        Thread thread = new Thread(() -> instance.serve(requests), "planbord: second start");
        thread.setDaemon(true);
        thread.start();
        return instance;
    }

    private void serve(Consumer<List<Path>> requests) {
        while (!server.isClosed()) {
            try (Socket s = server.accept()) {
                s.setSoTimeout(TIMEOUT_MS);
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                if (!secret.equals(in.readLine())) {
                    continue;
                }
                List<Path> files = in.lines().takeWhile(l -> !l.isEmpty()).map(Path::of).toList();
                requests.accept(files);
                out.write("OK\n");
                out.flush();
            } catch (IOException e) {
                if (!server.isClosed()) {
                    LOG.warn("a second start could not be heard", e);
                }
            }
        }
    }

    /**
     * Hands {@code files} to the Planbord running on {@code dataDir}; true when it took them.
     * False when none answers (it may be starting or hanging, or the folder is held by another program).
     */
    public static boolean handOver(Path dataDir, List<Path> files) {
        Path file = dataDir.resolve(FILE);
        try {
            String[] parts = Files.readString(file, StandardCharsets.UTF_8).strip().split(" ");
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), Integer.parseInt(parts[0])), TIMEOUT_MS);
                s.setSoTimeout(TIMEOUT_MS);
                Writer out = new OutputStreamWriter(s.getOutputStream(), StandardCharsets.UTF_8);
                out.write(parts[1] + "\n");
                for (Path f : files) {
                    out.write(f.toAbsolutePath() + "\n");
                }
                out.write("\n");
                out.flush();
                BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                return "OK".equals(in.readLine());
            }
        } catch (IOException | RuntimeException e) {
            LOG.info("no running Planbord answered for {}: {}", dataDir, e.toString());
            return false;
        }
    }

    @Override
    public void close() {
        try {
            server.close();
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("closing the second-start listener failed", e);
        }
    }
}
