package org.dossier.bench;

/** The machine a result was measured on: figures from different machines are not comparable. */
record MachineFacts(int cores, long maxHeapBytes, String java, String os) {

    static MachineFacts current() {
        Runtime runtime = Runtime.getRuntime();
        return new MachineFacts(
                runtime.availableProcessors(),
                runtime.maxMemory(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"));
    }
}
