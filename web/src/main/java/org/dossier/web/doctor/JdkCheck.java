package org.dossier.web.doctor;

/** Dossier is built for JDK 25 (Lucene's vector search, the launcher's flags, ScopedValue). */
record JdkCheck(Runtime.Version version, String vendor) {

    static final int REQUIRED = 25;

    static JdkCheck ofThisJvm() {
        return new JdkCheck(Runtime.version(), System.getProperty("java.vendor", "unknown vendor"));
    }

    Check run() {
        String found = "Java " + version + " (" + vendor + ")";
        return version.feature() >= REQUIRED ? Check.passed("JDK", found)
                : Check.failed("JDK", found, "install a JDK " + REQUIRED + " or newer and set JAVA_HOME to it");
    }
}
