package org.dossier.engine;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Starts a child in a session of its own, so that the terminal's Ctrl-C — a SIGINT to the whole foreground process
 * group — reaches Dossier's shell, which stops the running answer or indexing, and not a llama-server or a parse
 * worker JVM it manages, which would die. Dossier still stops the child itself (by its pid) when it is done. Java cannot call setsid(2), so a small
 * program does it and then becomes the child: util-linux's {@code setsid} (it execs in place when its caller leads no
 * process group, as a child of the JVM never does, so the child keeps its pid), or, on macOS, which has no setsid
 * program, the system Perl. Fixed paths, not the PATH: what runs in front of the server must be the system's. Without
 * either the child starts as before, in Dossier's process group.
 */
public final class OwnSession {

    private static final Path SETSID = Path.of("/usr/bin/setsid");
    private static final Path PERL = Path.of("/usr/bin/perl");
    private static final String PERL_SETSID = "POSIX::setsid(); exec { $ARGV[0] } @ARGV or die \"$ARGV[0]: $!\\n\"";

    private OwnSession() {
    }

    /** {@code command}, run so that it starts a session of its own. */
    public static List<String> of(List<String> command) {
        return of(command, SETSID, PERL);
    }

    static List<String> of(List<String> command, Path setsid, Path perl) {
        List<String> wrapped = new ArrayList<>();
        if (Files.isExecutable(setsid)) {
            wrapped.add(setsid.toString());
        } else if (Files.isExecutable(perl)) {
            wrapped.addAll(List.of(perl.toString(), "-MPOSIX", "-e", PERL_SETSID, "--"));
        }
        wrapped.addAll(command);
        return wrapped;
    }
}
