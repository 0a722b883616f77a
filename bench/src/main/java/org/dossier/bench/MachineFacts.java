package org.dossier.bench;

import java.lang.management.ManagementFactory;

/**
 * The machine a result was measured on, and how busy it was when the run started: figures from different machines
 * are not comparable, and a loaded machine gives slower, noisier figures.
 *
 * @param loadAverage the system load average over the last minute (-1 where the OS does not tell)
 */
record MachineFacts(int cores, long maxHeapBytes, String java, String os, double loadAverage) {

    static MachineFacts current() {
        Runtime runtime = Runtime.getRuntime();
        return new MachineFacts(
                runtime.availableProcessors(),
                runtime.maxMemory(),
                System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")",
                System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }
}
