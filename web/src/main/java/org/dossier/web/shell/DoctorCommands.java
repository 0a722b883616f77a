package org.dossier.web.shell;

import java.io.PrintWriter;
import java.util.List;

import org.dossier.web.doctor.Check;
import org.dossier.web.doctor.Doctor;
import org.springframework.shell.core.command.CommandContext;
import org.springframework.shell.core.command.annotation.Command;
import org.springframework.stereotype.Component;

/** {@code doctor}: one line per check; a failed check makes the command fail (exit 1 in a script). */
@Component
public class DoctorCommands {

    private final Doctor doctor;

    DoctorCommands(Doctor doctor) {
        this.doctor = doctor;
    }

    @Command(name = "doctor", group = "Dossier",
            description = "Check the setup: JDK, data directory, index, models, llama-server, tesseract, addresses.")
    public String doctor(CommandContext context) {
        List<Check> checks = doctor.checks();
        PrintWriter out = context.outputWriter();
        checks.forEach(check -> out.println(check.line()));
        out.flush();
        long failed = checks.stream().filter(Check::failed).count();
        if (failed > 0) {
            throw new ChecksFailedException(failed + (failed == 1 ? " check failed" : " checks failed")
                    + " — see the lines marked ✗");
        }
        return "All checks passed.";
    }

    /** Not wrong input: the setup needs fixing, so a script sees exit status 1. */
    static final class ChecksFailedException extends RuntimeException {
        ChecksFailedException(String message) {
            super(message);
        }
    }
}
