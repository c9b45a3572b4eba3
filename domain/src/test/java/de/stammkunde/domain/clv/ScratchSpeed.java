package de.stammkunde.domain.clv;

import org.junit.jupiter.api.Test;

class ScratchSpeed {
    static RfmData simulate(BgNbdParameters truth, int n, long seed) {
        return simulate(truth, n, seed, false);
    }

    static double day(double weeks) {
        return Math.ceil(weeks * 7) / 7;
    }

    static RfmData simulate(BgNbdParameters truth, int n, long seed, boolean days) {
        BgNbdSimulator sim = new BgNbdSimulator(seed);
        RfmData.Builder b = RfmData.builder(n);
        for (int i = 0; i < n; i++) {
            BgNbdSimulator.Customer c = sim.customer(truth, sim.uniform(26, 78));
            if (days) {
                double T = Math.floor(c.T() * 7) / 7;
                double tx = Math.min(T, day(c.tx()));
                b.add(c.x(), c.x() == 0 ? 0 : tx, T);
            } else {
                b.add(c.x(), c.tx(), c.T());
            }
        }
        return b.build();
    }

    @Test
    void speed() {
        BgNbdParameters truth = new BgNbdParameters(0.243, 4.414, 0.793, 2.426);
        for (int n : new int[] {100_000, 1_000_000, 100_000, 1_000_000}) {
            RfmData d = simulate(truth, n, n + 1, Boolean.getBoolean("days"));
            com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean();
            long c0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            BgNbdFit fit = BgNbdFitter.fit(d);
            long t1 = System.nanoTime();
            System.out.printf("cpu %.3f s ", (os.getProcessCpuTime() - c0) / 1e9);
            System.out.printf("n=%d rows=%d %.3f s evals=%d conv=%s %s LL=%.4f%n", n,
                    BgNbdLikelihood.of(d).rows(), (t1 - t0) / 1e9, fit.evaluations(), fit.converged(), fit.parameters(),
                    fit.logLikelihood());
        }
        RfmData d = simulate(truth, 1_000_000, 5);
        BgNbdLikelihood l = BgNbdLikelihood.of(d);
        for (int rep = 0; rep < 3; rep++) {
            long t0 = System.nanoTime();
            double s = 0;
            for (int i = 0; i < 20; i++) {
                s += l.logLikelihood(0.24 + i * 1e-3, 4.4, 0.79, 2.4);
            }
            System.out.printf("eval 1M: %.2f ms%n", (System.nanoTime() - t0) / 20e6);
            t0 = System.nanoTime();
            for (int i = 0; i < 20; i++) {
                try {
                    s += new java.util.concurrent.ForkJoinPool(1).submit(() -> l.logLikelihood(0.24, 4.4, 0.79, 2.4)).get();
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }
            System.out.printf("eval 1M single: %.2f ms%n", (System.nanoTime() - t0) / 20e6);
        }
        System.out.println("procs " + Runtime.getRuntime().availableProcessors() + " pool "
                + java.util.concurrent.ForkJoinPool.getCommonPoolParallelism());
    }
}
